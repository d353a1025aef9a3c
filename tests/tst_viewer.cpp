// The desktop viewer, offscreen: opening files the ways people do, the filter, the detail pane, the
// verdict banner, errors; and screenshots of the main states under <build>/tests/screenshots.
#include "DocumentLoader.h"
#include "DocumentView.h"
#include "MainWindow.h"
#include "VerdictBanner.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace ctlv;

namespace {

QString realPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}
const QString cab2025 = QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab");
const QString stl2025 = QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl");

// Every display text of a model, depth first.
QStringList allTexts(const QAbstractItemModel *model, const QModelIndex &parent = {}) {
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            texts << model->index(row, column, parent).data().toString();
        texts += allTexts(model, model->index(row, 0, parent));
    }
    return texts;
}

void screenshot(QWidget *widget, const QString &name) {
    const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/screenshots");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestViewer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the tests stay apart from a user's
        QCoreApplication::setOrganizationName(QStringLiteral("CTL Viewer tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewer"));
        QVERIFY(m_dir.isValid());
    }

    void svgIconsRender() {
        // Without Qt's SVG image plugin every icon would silently be blank.
        QVERIFY(!QIcon(QStringLiteral(":/icons/status-ok.svg")).pixmap(16, 16).isNull());
        QVERIFY(!QIcon(QStringLiteral(":/icons/ctlviewer.svg")).pixmap(64, 64).isNull());
    }

    void welcomePage() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QCOMPARE(window.tabs()->count(), 0);
        QVERIFY(!window.tabs()->isVisible()); // the welcome page, not an empty tab bar
        screenshot(&window, QStringLiteral("1-welcome"));
        window.openBundledSample();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("authrootstl.cab"));
        QVERIFY(!window.currentView()->hasError());
    }

    void openFromCommandLinePath() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({realPath(cab2025)}); // what ctlviewer FILE does
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), cab2025);
        DocumentView *view = window.currentView();
        QVERIFY(!view->hasError());
        // SOURCES.md: 514 entries in the 2025-06-16 list.
        QCOMPARE(view->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        const QString banner = view->banner()->text();
        QVERIFY2(banner.startsWith(verdictSentence(Verdict::ValidWithWarnings)) ||
                     banner.startsWith(verdictSentence(Verdict::Valid)),
                 qPrintable(banner));
        QVERIFY(banner.contains(QLatin1String("Windows' \"not valid\" warning is cosmetic.")));
        QVERIFY(banner.contains(QLatin1String("Root List Signer (1.3.6.1.4.1.311.10.3.9)")));
        screenshot(&window, QStringLiteral("2-authroot-opened"));
    }

    void dropTwoFiles() {
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(realPath(stl2025)),
                      QUrl::fromLocalFile(realPath(QStringLiteral("disallowedcertstl_2019-08-13.cab")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->tabText(0), stl2025);
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("disallowedcertstl_2019-08-13.cab"));
        QCOMPARE(window.documentView(1)->countLabel()->text(), QStringLiteral("72 of 72 entries"));
    }

    void filterAndDetail() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({realPath(stl2025)});
        DocumentView *view = window.currentView();

        // A thumbprint prefix: the SHA-256 of the 2001 root (its anchor file's hash) matches one entry.
        QTest::keyClicks(view->filterEdit(), QStringLiteral("885de64c"));
        QCOMPARE(view->countLabel()->text(), QStringLiteral("1 of 514 entries"));
        QCOMPARE(view->entryTable()->model()->rowCount(), 1);
        view->selectEntryRow(0);
        const QStringList details = allTexts(view->detailView()->model());
        QVERIFY(details.contains(QStringLiteral("Microsoft Root Certificate Authority")));
        QVERIFY(
            details.join(QLatin1Char(' '))
                .contains(QLatin1String("885de64c340e3ea70658f01e1145f957fcda27aabeea1ab9faa9fdb0102d4077"),
                          Qt::CaseInsensitive));
        screenshot(&window, QStringLiteral("3-entry-selected"));

        // A name: the expected count comes from the document, not from the model.
        const auto loaded = DocumentLoader::loadFile(realPath(stl2025));
        int thawte = 0;
        for (const CtlEntry &entry : loaded.value().front().entries)
            thawte += entry.friendlyName &&
                      entry.friendlyName->contains(QLatin1String("thawte"), Qt::CaseInsensitive);
        QVERIFY(thawte > 0);
        view->filterEdit()->clear();
        QTest::keyClicks(view->filterEdit(), QStringLiteral("Thawte"));
        QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 of 514 entries").arg(thawte));

        // Hide disabled: 170 entries carry a disabled date, 2 of them empty ("always"), per ctl-format.md;
        // only those disabled for every purpose before the reference time disappear, so fewer rows remain.
        view->filterEdit()->clear();
        view->hideDisabledBox()->setChecked(true);
        const int visible = view->entryTable()->model()->rowCount();
        QVERIFY(visible < 514 && visible >= 514 - 170);
    }

    void exportScopes() {
        MainWindow window;
        window.show();
        window.openFiles({realPath(stl2025)});
        DocumentView *view = window.currentView();
        QTest::keyClicks(view->filterEdit(), QStringLiteral("Thawte"));
        const int visible = view->entryTable()->model()->rowCount();
        const auto lines = [this](const QString &name) {
            QFile file(m_dir.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll().count("\r\n") : -1;
        };
        QCOMPARE(view->exportEntriesCsv(m_dir.filePath(QStringLiteral("all.csv")),
                                        DocumentView::EntryScope::All, QLatin1Char(','), false),
                 QString());
        QCOMPARE(lines(QStringLiteral("all.csv")), 1 + 514);
        QCOMPARE(view->exportEntriesCsv(m_dir.filePath(QStringLiteral("filtered.csv")),
                                        DocumentView::EntryScope::FilteredView, QLatin1Char(','), false),
                 QString());
        QCOMPARE(lines(QStringLiteral("filtered.csv")), 1 + visible);
        view->entryTable()->selectRow(0);
        QCOMPARE(view->exportEntriesCsv(m_dir.filePath(QStringLiteral("selected.csv")),
                                        DocumentView::EntryScope::SelectedRows, QLatin1Char(';'), true),
                 QString());
        QCOMPARE(lines(QStringLiteral("selected.csv")), 2);
        QCOMPARE(
            view->exportFindingsCsv(m_dir.filePath(QStringLiteral("findings.csv")), QLatin1Char(','), false),
            QString());
        QCOMPARE(view->exportPdf(m_dir.filePath(QStringLiteral("report.pdf")), QPageSize::A4), QString());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("report.pdf"))).size() > 10000);
        QVERIFY(!view->exportPdf(QStringLiteral("/nonexistent-dir/report.pdf"), QPageSize::A4).isEmpty());
    }

    // Issue 13, items 5 and 6: the viewer's exports go through the same checks as ctltool's: never over
    // the opened file (also through a link), never over a FIFO.
    void exportsNeverReplaceTheOpenedFile() {
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("opened.stl"));
        QVERIFY(QFile::copy(realPath(stl2025), list));
        QFile original(list);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        QVERIFY(QFile::link(list, dir.filePath(QStringLiteral("link.stl"))));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        MainWindow window;
        window.openFiles({list});
        DocumentView *view = window.currentView();
        for (const QString &output : {list, dir.filePath(QStringLiteral("link.stl"))}) {
            const QString refusal =
                QStringLiteral("%1: this is the input %2 (the same file); an export never "
                               "replaces the list it is made from")
                    .arg(output, list);
            QCOMPARE(view->exportEntriesCsv(output, DocumentView::EntryScope::All, QLatin1Char(','), false),
                     refusal);
            QCOMPARE(view->exportFindingsCsv(output, QLatin1Char(','), false), refusal);
            QCOMPARE(view->exportPdf(output, QPageSize::A4), refusal);
        }
        QCOMPARE(view->exportEntriesCsv(fifo, DocumentView::EntryScope::All, QLatin1Char(','), false),
                 fifo +
                     QStringLiteral(
                         ": this is a named pipe (FIFO), not a regular file; an export never replaces it"));
        QFile after(list);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("link.stl"))).isSymLink());
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    }

    void findingsPage() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({realPath(stl2025)});
        DocumentView *view = window.currentView();
        view->showFindings();
        QVERIFY(view->findingsTable()->isVisible());
        QVERIFY(allTexts(view->findingsTable()->model())
                    .contains(QStringLiteral("Windows' \"not valid\" warning is cosmetic")));
        screenshot(&window, QStringLiteral("4-findings"));
    }

    void tamperedListBanner() {
        // Flip one byte inside the first entry's friendly name (`openssl asn1parse`: its OCTET STRING value
        // starts at offset 382): the DER stays well-formed, the signed content does not.
        QFile original(realPath(stl2025));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes[390] = static_cast<char>(bytes[390] ^ 0x01);
        const QString path = writeFile(QStringLiteral("tampered.stl"), bytes);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({path});
        const QString banner = window.currentView()->banner()->text();
        QVERIFY2(banner.startsWith(verdictSentence(Verdict::Invalid)), qPrintable(banner));
        QVERIFY(banner.contains(QLatin1String("Windows' \"not valid\" warning is real.")));
        QVERIFY(banner.contains(QLatin1String("does not verify")));
        screenshot(&window, QStringLiteral("5-tampered"));
    }

    void badFileShowsItsError() {
        const QString path =
            writeFile(QStringLiteral("cube.stl"), "solid cube\n facet normal 0 0 1\nendsolid cube\n");
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({path});
        QCOMPARE(window.tabs()->count(), 1);
        DocumentView *view = window.currentView();
        QVERIFY(view->hasError());
        const QString text = view->errorLabel()->text();
        QVERIFY(text.contains(QLatin1String("this is a 3D model in ASCII STL format")));
        QVERIFY(text.contains(QLatin1String("cube.stl")));
        screenshot(&window, QStringLiteral("6-error"));
    }

    void pastePem() {
        QFile original(realPath(stl2025));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QGuiApplication::clipboard()->setText(QStringLiteral("-----BEGIN PKCS7-----\n") +
                                              QString::fromLatin1(original.readAll().toBase64()) +
                                              QStringLiteral("\n-----END PKCS7-----\n"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Pasted text"));
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
    }

    void reloadWhenTheFileChanges() {
        QFile source(realPath(stl2025));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString path = writeFile(QStringLiteral("changing.stl"), source.readAll());
        MainWindow window;
        window.show();
        window.openFiles({path});
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        QFile disallowed(realPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl")));
        QVERIFY(disallowed.open(QIODevice::ReadOnly));
        writeFile(QStringLiteral("changing.stl"), disallowed.readAll());
        QTRY_COMPARE_WITH_TIMEOUT(window.currentView()->countLabel()->text(),
                                  QStringLiteral("72 of 72 entries"), 5000);
        QCOMPARE(window.tabs()->count(), 1);
    }
};

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
