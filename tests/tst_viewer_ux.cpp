// The viewer as a careful keyboard and mouse user meets it (issue 18): Ctrl+C copies what has focus, Tab
// leaves the tables, Ctrl+Tab / Ctrl+PgUp / Ctrl+PgDn switch tabs, context menus everywhere, the window
// title, a window that fits a small screen, ISO dates in the filter, seconds in every language, the detail
// pane following the filter, printing, the save dialogs' folder, a reload keeping the user's place, and a
// second `ctlviewer FILE` handing its file to the running viewer (the real binary, started twice).
#include "DocumentLoader.h"
#include "DocumentTreeModel.h"
#include "DocumentView.h"
#include "MainWindow.h"
#include "ModelText.h"
#include "Roles.h"
#include "SaveDialog.h"
#include "Sections.h"
#include "TrustSettingsDialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalSocket>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>

using namespace ctlv;

namespace {

QString realPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}
const QString cab2025 = QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab");
const QString stl2025 = QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl");
const QString disallowedCab = QStringLiteral("disallowedcertstl_2019-08-13.cab");
// The SHA-256 of the Microsoft Root Certificate Authority 2001 (sha256sum of its DER, tests/data/real).
const QString root2001Sha256 =
    QStringLiteral("885de64c340e3ea70658f01e1145f957fcda27aabeea1ab9faa9fdb0102d4077");

void screenshot(QWidget *widget, const QString &name) {
    const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/screenshots");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The row of `model` (depth first) whose column `column` shows `text`.
QModelIndex findRow(const QAbstractItemModel *model, int column, const QString &text,
                    const QModelIndex &parent = {}) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, column, parent);
        if (index.data().toString().contains(text, Qt::CaseInsensitive))
            return index;
        if (const QModelIndex below = findRow(model, column, text, model->index(row, 0, parent));
            below.isValid())
            return below;
    }
    return {};
}

// Opens the context menu of `view` at `index` as a right click does and returns its action texts (the
// menu is closed again at once).
QStringList contextMenuTexts(DocumentView *document, QAbstractItemView *view, const QModelIndex &index,
                             const QString &shotName = {}) {
    QStringList texts;
    auto connection = QObject::connect(document, &DocumentView::contextMenuShown, document, [&](QMenu *menu) {
        for (const QAction *action : menu->actions())
            if (!action->isSeparator())
                texts << action->text();
        QTimer::singleShot(0, menu, [menu, shotName] {
            if (!shotName.isEmpty())
                screenshot(menu, shotName);
            menu->close();
        });
    });
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QObject::disconnect(connection);
    return texts;
}

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

QString normalisedHex(QString text) {
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char(':')).toLower();
}

} // namespace

class TestViewerUx : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void openAndWait(MainWindow &window, const QStringList &paths) {
        window.openFiles(paths);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CTL Viewer tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_viewer_ux"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void copyFollowsFocus() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        QTest::keyClicks(view->filterEdit(), root2001Sha256.left(8));
        QCOMPARE(view->entryTable()->model()->rowCount(), 1);
        view->selectEntryRow(0);

        // The table has focus: Ctrl+C copies the selected row, the name among its cells.
        view->entryTable()->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view->entryTable(), Qt::Key_C, Qt::ControlModifier);
        const QString row = QGuiApplication::clipboard()->text();
        QVERIFY2(row.contains(QLatin1String("Microsoft Root Certificate Authority")) &&
                     row.contains(QLatin1Char('\t')),
                 qPrintable(row));

        // A field of the detail pane has focus: Ctrl+C copies that field's value, not the rows.
        QTreeView *detail = view->detailView();
        const QModelIndex field = findRow(detail->model(), DetailColumn::Value, root2001Sha256.left(8));
        QVERIFY(field.isValid());
        detail->setFocus();
        detail->setCurrentIndex(field.siblingAtColumn(DetailColumn::Field));
        QTest::keyClick(detail, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(normalisedHex(QGuiApplication::clipboard()->text()), root2001Sha256);
        screenshot(&window, QStringLiteral("ux-1-detail-field-focused"));

        // The findings have focus: the finding with its explanation.
        view->showFindings();
        view->findingsTable()->setFocus();
        QTest::keyClick(view->findingsTable(), Qt::Key_C, Qt::ControlModifier);
        const QModelIndex finding =
            view->findingsTable()->currentIndex().siblingAtColumn(FindingColumn::Title);
        QVERIFY(finding.isValid());
        QVERIFY(QGuiApplication::clipboard()->text().contains(finding.data().toString()));
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            modeltext::oneLine(finding.data(ExplanationRole).toString())));
    }

    void tabLeavesTablesAndSwitchesTabs() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        openAndWait(window, {realPath(stl2025), realPath(disallowedCab)});
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QTableView *entries = window.currentView()->entryTable();
        entries->setFocus();
        entries->setCurrentIndex(entries->model()->index(0, 0));
        QTest::keyClick(entries, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != entries); // Tab left the table
        QCOMPARE(entries->currentIndex().row(), 0);      // and did not move within it

        entries->setFocus();
        QTest::keyClick(entries, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0); // wraps around
    }

    void contextMenus() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        QTreeView *tree = view->navigationTree();

        // The signers' chains: copy, and export where the node is a certificate.
        const auto *treeModel = qobject_cast<const DocumentTreeModel *>(tree->model());
        QVERIFY(treeModel);
        const QModelIndex signers = treeModel->findNode(DocumentNodeKind::Signers, 0);
        QVERIFY(signers.isValid());
        tree->setCurrentIndex(signers);
        QTreeView *chain = nullptr;
        for (QTreeView *candidate : view->findChildren<QTreeView *>())
            if (candidate->accessibleName() == DocumentView::tr("Signers and certificate chains"))
                chain = candidate;
        QVERIFY(chain && chain->model()->rowCount() > 0);
        const QModelIndex signer = chain->model()->index(0, 0);
        const QStringList chainMenu =
            contextMenuTexts(view, chain, signer, QStringLiteral("ux-2-chain-menu"));
        QVERIFY2(chainMenu.contains(DocumentView::tr("Copy row as tab-separated text")),
                 qPrintable(chainMenu.join(QLatin1Char('|'))));
        QVERIFY2(chainMenu.contains(DocumentView::tr("Export certificate as PEM\u2026")),
                 qPrintable(chainMenu.join(QLatin1Char('|'))));

        // The tree: copy the name.
        const QStringList treeMenu = contextMenuTexts(view, tree, signers);
        QVERIFY(treeMenu.contains(DocumentView::tr("Copy name")));

        // The findings: copy the finding and its code.
        view->showFindings();
        QVERIFY(view->findingsTable()->model()->rowCount() > 0);
        const QStringList findingsMenu = contextMenuTexts(
            view, view->findingsTable(), view->findingsTable()->model()->index(0, FindingColumn::Title));
        QVERIFY(findingsMenu.contains(DocumentView::tr("Copy finding")));
    }

    void chainIsATree() {
        // SOURCES.md, 2025-06-16: Trust List Publisher (2024-09-12..2025-09-11) <- Certificate List CA 2011
        // (2011-03-29..2026-03-29) <- Root Certificate Authority 2010 (not embedded; bundled); signed
        // 2025-06-16, so both embedded certificates were valid then.
        MainWindow window;
        window.resize(1400, 800);
        window.show();
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        const auto *treeModel = qobject_cast<const DocumentTreeModel *>(view->navigationTree()->model());
        view->navigationTree()->setCurrentIndex(treeModel->findNode(DocumentNodeKind::Signers, 0));
        QTreeView *chain = nullptr;
        for (QTreeView *candidate : view->findChildren<QTreeView *>())
            if (candidate->accessibleName() == DocumentView::tr("Signers and certificate chains"))
                chain = candidate;
        QVERIFY(chain);
        const QAbstractItemModel *model = chain->model();
        const QModelIndex signer = model->index(0, 0);
        QCOMPARE(model->rowCount(signer), 1);
        const QModelIndex publisher = model->index(0, 0, signer);
        QVERIFY(publisher.data().toString().contains(
            QLatin1String("Microsoft Certificate Trust List Publisher")));
        QCOMPARE(model->rowCount(publisher), 1);
        const QModelIndex listCa = model->index(0, 0, publisher);
        QVERIFY(listCa.data().toString().contains(QLatin1String("Microsoft Certificate List CA 2011")));
        QCOMPARE(model->rowCount(listCa), 1);
        const QModelIndex root = model->index(0, 0, listCa);
        QVERIFY(root.data().toString().contains(QLatin1String("Microsoft Root Certificate Authority 2010")));
        for (const QModelIndex &element : {publisher, listCa}) {
            const QString validity = element.siblingAtColumn(ChainColumn::Validity).data().toString();
            QVERIFY2(validity.startsWith(QLatin1String("valid at")) &&
                         validity.contains(QLatin1String("2025")),
                     qPrintable(validity));
        }
        QVERIFY(publisher.siblingAtColumn(ChainColumn::Validity)
                    .data()
                    .toString()
                    .contains(QLatin1String("2024")));
        const QString purposes = publisher.siblingAtColumn(ChainColumn::Purposes).data().toString();
        QVERIFY2(purposes.contains(QLatin1String("1.3.6.1.4.1.311.10.3.9")), qPrintable(purposes));
        screenshot(&window, QStringLiteral("ux-4-chain-tree"));
    }

    void emptyColumnsHidden() {
        // SOURCES.md / ctl-format.md: disallowed entries carry no attributes, so no friendly name, purpose or
        // date; their identifiers are there. An authroot list opened next keeps every column.
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        openAndWait(window, {realPath(disallowedCab)});
        QTableView *entries = window.currentView()->entryTable();
        QHeaderView *header = entries->horizontalHeader();
        QVERIFY(header->isSectionHidden(EntryColumn::FriendlyName));
        QVERIFY(header->isSectionHidden(EntryColumn::Ekus));
        QVERIFY(header->isSectionHidden(EntryColumn::DisabledFrom));
        QVERIFY(!header->isSectionHidden(EntryColumn::Identifier));
        QVERIFY(!header->isSectionHidden(EntryColumn::Status));
        screenshot(&window, QStringLiteral("ux-5-disallowed-columns"));
        window.close(); // stores the header state: the hidden columns must not be stored with it
        MainWindow again;
        again.show();
        openAndWait(again, {realPath(stl2025)});
        QVERIFY(!again.currentView()->entryTable()->horizontalHeader()->isSectionHidden(
            EntryColumn::FriendlyName));
        QVERIFY(!again.currentView()->entryTable()->horizontalHeader()->isSectionHidden(EntryColumn::Ekus));
    }

    void pinRulesListTheirPins() {
        // The pinned key hashes as openssl asn1parse reads them out of the pin-rules extension.
        const QString file =
            realPath(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"));
        const auto run = [&](const QStringList &extra) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          QStringList{QStringLiteral("asn1parse"), QStringLiteral("-inform"),
                                      QStringLiteral("DER"), QStringLiteral("-in"), file} +
                              extra);
            openssl.waitForFinished(30000);
            return QString::fromLatin1(openssl.readAllStandardOutput()).split(QLatin1Char('\n'));
        };
        const QStringList outer = run({});
        QString offset;
        for (int i = 0; i + 2 < outer.size() && offset.isEmpty(); ++i)
            if (outer[i].contains(QLatin1String(":1.3.6.1.4.1.311.10.3.33")))
                for (int j = i + 1; j <= i + 2; ++j)
                    if (outer[j].contains(QLatin1String("OCTET STRING")))
                        offset = outer[j].section(QLatin1Char(':'), 0, 0).trimmed();
        QVERIFY(!offset.isEmpty());
        QStringList pins; // "md5-sized sha256-sized" per pinned key, in order
        const QStringList inner = run({QStringLiteral("-strparse"), offset});
        for (int i = 0; i + 1 < inner.size(); ++i)
            if (inner[i].contains(QLatin1String("l=  16 prim: OCTET STRING")) &&
                inner[i + 1].contains(QLatin1String("l=  32 prim: OCTET STRING")))
                pins << (inner[i].section(QLatin1Char(':'), -1) + QLatin1Char(' ') +
                         inner[i + 1].section(QLatin1Char(':'), -1))
                            .toLower();
        QVERIFY(pins.size() > 10);

        const auto loaded = DocumentLoader::loadFile(file);
        QVERIFY(loaded);
        const CtlDocument &document = loaded.value().front();
        QStringList shown;
        QStringList labels;
        for (const CtlExtension &extension : document.extensions)
            for (const sections::Section &section : sections::extensionSections(extension, QLocale::c()))
                for (const sections::Field &field : section.fields) {
                    if (field.key == QLatin1String("pinRulePin"))
                        shown << field.value;
                    if (field.key == QLatin1String("pinRule"))
                        labels << field.label;
                }
        QCOMPARE(shown, pins);
        QVERIFY(!labels.isEmpty());
        QCOMPARE(labels.front(), QStringLiteral("Pin rule 0")); // as the entries' index attribute counts
    }

    void trustDialogShowsSubjects() {
        TrustSettings settings;
        const QString anchor =
            realPath(QStringLiteral("anchor_Microsoft-Root-Certificate-Authority-2010_3B1EFD3A.pem.crt"));
        settings.trustFiles << anchor;
        TrustSettingsDialog dialog(settings);
        QListWidget *files = nullptr;
        for (QListWidget *list : dialog.findChildren<QListWidget *>())
            if (list->accessibleName() == TrustSettingsDialog::tr("Trusted root files"))
                files = list;
        QVERIFY(files && files->count() == 1);
        QVERIFY2(
            files->item(0)->text().contains(QLatin1String("CN=Microsoft Root Certificate Authority 2010")),
            qPrintable(files->item(0)->text()));
        QVERIFY(files->item(0)->text().contains(anchor));
        QCOMPARE(dialog.settings().trustFiles, QStringList{anchor}); // the path is what is stored
        dialog.resize(700, 500);
        screenshot(&dialog, QStringLiteral("ux-6-trust-dialog-subjects"));
    }

    void longExtensionListsStartClosed() {
        // SOURCES.md / ctl-format.md: the 2025-06 list's CT log extension holds 41 P-256 keys.
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        const auto *treeModel = qobject_cast<const DocumentTreeModel *>(view->navigationTree()->model());
        view->navigationTree()->setCurrentIndex(treeModel->findNode(DocumentNodeKind::Extension, 0, 0));
        const QAbstractItemModel *detail = view->detailView()->model();
        QCOMPARE(detail->rowCount(), 2); // Extension, Content
        const QModelIndex content = detail->index(1, 0);
        QCOMPARE(detail->rowCount(content), 41);
        QVERIFY(!view->detailView()->isExpanded(content));
        QVERIFY(view->detailView()->isExpanded(detail->index(0, 0))); // name and OID stay in view
        // Each log: its ID (64 hex digits) and key type (all P-256, ctl-format.md).
        for (int row = 0; row < 41; ++row) {
            const QString log = detail->index(row, DetailColumn::Value, content).data().toString();
            static const QRegularExpression shape(
                QStringLiteral("^[0-9a-f]{64}  \\(EC public key NIST P-256\\)$"));
            QVERIFY2(shape.match(log).hasMatch(), qPrintable(log));
        }
        screenshot(&window, QStringLiteral("ux-7-ct-logs-closed"));
    }

    void windowTitleNamesFileAndKind() {
        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), MainWindow::tr("CTL Viewer"));
        openAndWait(window, {realPath(cab2025), realPath(disallowedCab)});
        QVERIFY2(window.windowTitle().contains(disallowedCab), qPrintable(window.windowTitle()));
        QVERIFY2(window.windowTitle().contains(listKindLabel(ListKind::Disallowed)),
                 qPrintable(window.windowTitle()));
        window.tabs()->setCurrentIndex(0);
        QVERIFY(window.windowTitle().contains(cab2025));
        QVERIFY(window.windowTitle().contains(listKindLabel(ListKind::AuthRoot)));
        QVERIFY(!window.windowTitle().contains(disallowedCab));
    }

    void windowFitsSmallScreen() {
        // A 1600x1000 screen at 150 % offers 1066x666 device-independent pixels, less a panel.
        const QSize available(1066, 666 - 32);
        const QSize fitted = MainWindow::fittedSize(QSize(1200, 800), available);
        QVERIFY(fitted.width() <= available.width() && fitted.height() <= available.height());
        QCOMPARE(MainWindow::fittedSize(QSize(900, 500), available), QSize(900, 500)); // fits: unchanged

        // The real window on the offscreen platform's screen (800x600, smaller than the default size), also
        // when a geometry kept from a larger screen is restored.
        QSettings().remove(QStringLiteral("window/geometry"));
        for (int round = 0; round < 2; ++round) {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QRect screen = window.screen()->availableGeometry();
            QVERIFY2(screen.contains(window.frameGeometry()),
                     qPrintable(QStringLiteral("%1x%2 window on %3x%4 screen")
                                    .arg(window.frameGeometry().width())
                                    .arg(window.frameGeometry().height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
            if (round == 0) { // keep a geometry larger than the screen for the second round
                window.setGeometry(0, 0, screen.width() + 600, screen.height() + 400);
                window.close();
            }
        }
    }

    void filterFindsIsoDatesInAuthroot() {
        const auto loaded = DocumentLoader::loadFile(realPath(stl2025));
        QVERIFY(loaded);
        const CtlDocument &document = loaded.value().front();
        // "2021-08" as typed: entries whose disabled or NotBefore date falls in August 2021.
        const QString month = QStringLiteral("2021-08");
        int expected = 0;
        for (const CtlEntry &entry : document.entries) {
            bool hit = false;
            for (const auto *date : {&entry.disabledFrom, &entry.notBefore})
                hit = hit || (*date && (*date)->utc.isValid() &&
                              (*date)->utc.toUTC().toString(QStringLiteral("yyyy-MM")) == month);
            expected += hit ? 1 : 0;
        }
        QVERIFY2(expected > 0, "the 2025 list has entries disabled or restricted in August 2021");
        MainWindow window;
        window.show();
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        QTest::keyClicks(view->filterEdit(), month);
        QCOMPARE(view->entryTable()->model()->rowCount(), expected);
        screenshot(&window, QStringLiteral("ux-3-filter-iso-date"));
    }

    void datesKeepSeconds() {
        const QDateTime time(QDate(2021, 8, 10), QTime(17, 5, 9), QTimeZone::utc());
        for (const char *name : {"en_US", "de_DE", "ko_KR", "C"}) {
            const QString shown = modeltext::utcText(time, QLocale(QString::fromLatin1(name)));
            QVERIFY2(shown.contains(QLatin1String("05:09")),
                     qPrintable(QString::fromLatin1(name) + QLatin1String(": ") + shown));
            QVERIFY2(shown.contains(QLatin1String("2021")), qPrintable(shown));
        }
    }

    void detailFollowsFilter() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        view->selectEntryRow(0);
        const QString first =
            view->entryTable()->currentIndex().siblingAtColumn(EntryColumn::FriendlyName).data().toString();
        QVERIFY(!first.isEmpty());
        // A filter that hides the selected entry: the pane follows the first entry still shown.
        QTest::keyClicks(view->filterEdit(), root2001Sha256.left(8));
        QCOMPARE(view->entryTable()->model()->rowCount(), 1);
        QVERIFY(view->entryTable()->currentIndex().isValid());
        const QStringList details = allTexts(view->detailView()->model());
        QVERIFY2(
            details.join(QLatin1Char(' ')).contains(QLatin1String("Microsoft Root Certificate Authority")),
            qPrintable(details.join(QLatin1Char('|'))));
        // A filter that hides every entry: the pane is empty.
        view->filterEdit()->setText(QStringLiteral("no entry is called this"));
        QCOMPARE(view->entryTable()->model()->rowCount(), 0);
        QCOMPARE(view->detailView()->model()->rowCount(), 0);
        view->filterEdit()->clear(); // entries again: the pane follows the first
        QVERIFY(view->entryTable()->currentIndex().isValid());
        QVERIFY(view->detailView()->model()->rowCount() > 0);

        // Nothing selected (the list's own details shown): a filter selects nothing of its own accord.
        MainWindow other;
        other.show();
        openAndWait(other, {realPath(stl2025)});
        DocumentView *fresh = other.currentView();
        QTest::keyClicks(fresh->filterEdit(), QStringLiteral("micro"));
        QVERIFY(!fresh->entryTable()->currentIndex().isValid());
        QVERIFY(allTexts(fresh->detailView()->model()).contains(listKindLabel(ListKind::AuthRoot)));
    }

    void printToPdfFile() {
        MainWindow window;
        window.show();
        bool printShortcut = false;
        for (QAction *action : window.menuBar()->findChildren<QAction *>())
            printShortcut = printShortcut || action->shortcut() == QKeySequence(QKeySequence::Print);
        QVERIFY(printShortcut); // File ▸ Print…, Ctrl+P
        openAndWait(window, {realPath(disallowedCab)});
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        const Expected<void> printed = window.printCurrent(printer);
        QVERIFY2(printed, printed ? "" : qPrintable(printed.error().toString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void saveDialogsStartInLastFolder() {
        const QString folder = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        savedialog::remember(folder + QStringLiteral("/report.pdf"));
        QCOMPARE(savedialog::startFolder(), folder);
        QVERIFY(QDir(folder).removeRecursively()); // gone: the documents folder instead
        QCOMPARE(savedialog::startFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }

    void reloadKeepsSelectionAndScroll() {
        // The same path as applying Tools ▸ Trust and purposes: every open list is read and checked again.
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        openAndWait(window, {realPath(stl2025)});
        DocumentView *view = window.currentView();
        view->selectEntryRow(300);
        QTableView *entries = view->entryTable();
        entries->scrollTo(entries->currentIndex(), QAbstractItemView::PositionAtCenter);
        const int entry = entries->currentIndex().data(EntryIndexRole).toInt();
        const int scroll = entries->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QAction *reload = nullptr;
        for (QAction *action : window.menuBar()->findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                reload = action;
        QVERIFY(reload);
        reload->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.currentView() != view, 30000);
        DocumentView *again = window.currentView();
        QCOMPARE(again->entryTable()->currentIndex().data(EntryIndexRole).toInt(), entry);
        QTRY_COMPARE(again->entryTable()->verticalScrollBar()->value(), scroll);
    }
};

// The second instance: the real binary, started as a file manager starts it.
class TestViewerInstances : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    std::vector<std::unique_ptr<QProcess>> m_viewers;

    QProcess *start(const QStringList &arguments) {
        auto viewer = std::make_unique<QProcess>();
        viewer->setProcessEnvironment(m_environment);
        viewer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        viewer->start(QStringLiteral(CTLVIEWER_PATH), arguments);
        m_viewers.push_back(std::move(viewer));
        return m_viewers.back().get();
    }
    QString socketPath() const { return m_dir.filePath(QStringLiteral("run/ctlviewer.socket")); }
    bool answers() const {
        QLocalSocket probe;
        probe.connectToServer(socketPath());
        return probe.waitForConnected(200);
    }
    QStringList recentFiles() const {
        const QSettings settings(m_dir.filePath(QStringLiteral("config/CTL Viewer/ctlviewer.conf")),
                                 QSettings::IniFormat);
        return settings.value(QStringLiteral("recentFiles")).toStringList();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A runtime folder and settings of the test's own: no viewer of the user's takes part.
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    }
    void cleanupTestCase() {
        for (const auto &viewer : m_viewers) {
            viewer->kill();
            viewer->waitForFinished(5000);
        }
    }

    void secondInstanceHandsOver() {
        QProcess *first = start({realPath(stl2025)});
        QTRY_VERIFY_WITH_TIMEOUT(answers(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(recentFiles().contains(realPath(stl2025)), 30000);

        // A relative path from another working directory: the running viewer opens the same file.
        QProcess *second = new QProcess(this);
        second->setProcessEnvironment(m_environment);
        second->setWorkingDirectory(QStringLiteral(CTL_TEST_DATA_DIR));
        second->start(QStringLiteral(CTLVIEWER_PATH), {QStringLiteral("real/") + disallowedCab});
        QVERIFY(second->waitForFinished(30000));
        QCOMPARE(second->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(recentFiles().contains(QDir::cleanPath(realPath(disallowedCab))), 30000);
        QCOMPARE(first->state(), QProcess::Running);

        // --new-window: a viewer of its own, which stays.
        QProcess *own = start({QStringLiteral("--new-window"), realPath(cab2025)});
        QTRY_VERIFY_WITH_TIMEOUT(recentFiles().contains(realPath(cab2025)), 30000);
        QCOMPARE(own->state(), QProcess::Running);
        own->kill();
        own->waitForFinished(5000);

        // The first viewer crashes and leaves its socket: the next viewer replaces it and takes files.
        first->kill();
        QVERIFY(first->waitForFinished(5000));
        QVERIFY(QFileInfo::exists(socketPath()));
        QVERIFY(!answers());
        QProcess *third = start({realPath(stl2025)});
        QTRY_VERIFY_WITH_TIMEOUT(answers(), 30000);
        QProcess *fourth = start({realPath(QStringLiteral("pinrulesstl_2017-05-31.cab"))});
        QVERIFY(fourth->waitForFinished(30000));
        QCOMPARE(fourth->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            recentFiles().contains(realPath(QStringLiteral("pinrulesstl_2017-05-31.cab"))), 30000);
        QCOMPARE(third->state(), QProcess::Running);
    }
};

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    int status = 0;
    {
        TestViewerUx ux;
        status |= QTest::qExec(&ux, argc, argv);
    }
    {
        TestViewerInstances instances;
        status |= QTest::qExec(&instances, argc, argv);
    }
    return status;
}

#include "tst_viewer_ux.moc"
