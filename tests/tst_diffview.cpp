// Issue #16 in the viewer: File ▸ Compare with… as MainWindow::compareWith runs it, the diff tab's summary,
// table (QAbstractItemModelTester on the model and its filter), both versions of the selected entry, the
// filter by kind and text, and the CSV and Markdown exports. CTL_DIFFVIEW_SCREENSHOT=FILE saves a
// screenshot of the tab for a person to look at.
#include "DetailModel.h"
#include "DiffTableModel.h"
#include "DiffView.h"
#include "DocumentView.h"
#include "HistoryView.h"
#include "MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlv;

namespace {
QString real(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}
} // namespace

class TestDiffView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compareTwoRealLists() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openFiles({real(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DiffView *view =
            window.compareWith(real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        QVERIFY(view);
        QCOMPARE(window.tabs()->currentWidget(), view);
        QCOMPARE(window.tabs()->count(), 2);
        // 34 added, 15 changed (tst_diff checks them against an independent reading).
        QCOMPARE(view->diff().added.size(), size_t(34));
        QCOMPARE(view->diff().changed.size(), size_t(15));
        QAbstractItemModelTester modelTester(view->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = view->proxy()->rowCount();
        QVERIFY(all > 34 + 15);

        // Filter: only the added ones, then a name.
        view->proxy()->setKind(int(DiffText::RowKind::Added));
        QCOMPARE(view->proxy()->rowCount(), 34);
        view->proxy()->setText(QStringLiteral("GTS Root R1"));
        QCOMPARE(view->proxy()->rowCount(), 1);
        QCOMPARE(view->proxy()->index(0, DiffTableModel::KindColumn).data().toString(),
                 QStringLiteral("Added"));
        view->proxy()->setText(QString());
        view->proxy()->setKind(-1);
        QCOMPARE(view->proxy()->rowCount(), all);

        // A changed entry: both versions side by side.
        int changedRow = -1;
        for (int row = 0; row < view->table()->model()->rowCount() && changedRow < 0; ++row)
            if (view->table()->model()->index(row, 0).data(DiffTableModel::KindRole).toInt() ==
                int(DiffText::RowKind::Changed))
                changedRow = row;
        QVERIFY(changedRow >= 0);
        view->table()->setCurrentIndex(view->table()->model()->index(changedRow, 0));
        QVERIFY(view->oldDetail()->rowCount() > 0);
        QVERIFY(view->newDetail()->rowCount() > 0);
        // An added entry: nothing on the old side.
        view->proxy()->setKind(int(DiffText::RowKind::Added));
        view->table()->setCurrentIndex(view->table()->model()->index(0, 0));
        QCOMPARE(view->oldDetail()->rowCount(), 0);
        QVERIFY(view->newDetail()->rowCount() > 0);
        view->proxy()->setKind(-1);

        if (const QByteArray shot = qgetenv("CTL_DIFFVIEW_SCREENSHOT"); !shot.isEmpty()) {
            view->table()->setCurrentIndex(view->table()->model()->index(changedRow, 0));
            QTest::qWait(200);
            window.grab().save(QString::fromLocal8Bit(shot));
        }

        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("diff.csv"));
        QVERIFY(view->exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.size() - 2, all); // the header, and an empty piece after the last CRLF
        const QString markdown = folder.filePath(QStringLiteral("diff.md"));
        QVERIFY(view->exportMarkdown(markdown));
        QFile markdownFile(markdown);
        QVERIFY(markdownFile.open(QIODevice::ReadOnly));
        QVERIFY(markdownFile.readAll().contains("GTS Root R1"));
        // Never over an input.
        QVERIFY(!view->exportCsv(real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))));

        // The diff tab closes like any other.
        window.tabs()->tabCloseRequested(1);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void stlAgainstItsCabIsIdentical() {
        MainWindow window;
        window.openFiles({real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DiffView *view =
            window.compareWith(real(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab")));
        QVERIFY(view);
        QVERIFY(view->diff().empty());
        QCOMPARE(view->model()->rowCount(), 0);
    }

    // `ctlviewer --compare OLD NEW` (git difftool): the two files' lists, the CAB's list matched by kind.
    void compareFilesFromTheCommandLine() {
        MainWindow window;
        DiffView *view =
            window.compareFiles(real(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl")),
                                real(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab")));
        QVERIFY(view);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(view->diff().added.size(),
                 size_t(34)); // as compareTwoRealLists: the CAB holds the same list
        QCOMPARE(view->diff().changed.size(), size_t(15));
        // The first change is current at once, and both panes show it: row 0 is the list fields (the
        // lists' thisUpdate differ, 2023-12-13 and 2025-06-16), so each side shows its list.
        QAbstractItemModel *rows = view->table()->model();
        QCOMPARE(view->table()->currentIndex().row(), 0);
        QVERIFY(view->table()->selectionModel()->isRowSelected(0, QModelIndex()));
        QCOMPARE(rows->index(0, 0).data(DiffTableModel::KindRole).toInt(), int(DiffText::RowKind::List));
        QVERIFY(view->oldDetail()->rowCount() > 0);
        QVERIFY(view->newDetail()->rowCount() > 0);
        // A filter that leaves the current row out: the first row left becomes current (an added root:
        // nothing on the old side, the new side shows it). A row that stays current is kept.
        auto *kind = view->findChild<QComboBox *>();
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(DiffText::RowKind::Added)));
        QCOMPARE(rows->rowCount(), 34);
        QCOMPARE(view->table()->currentIndex().row(), 0);
        QCOMPARE(rows->index(0, 0).data(DiffTableModel::KindRole).toInt(), int(DiffText::RowKind::Added));
        QCOMPARE(view->oldDetail()->rowCount(), 0);
        QVERIFY(view->newDetail()->rowCount() > 0);
        view->table()->setCurrentIndex(rows->index(5, 0));
        const QString sixth = rows->index(5, DiffTableModel::EntryColumn).data().toString();
        auto *filter = view->findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(QStringLiteral("no entry is called this"));
        QCOMPARE(rows->rowCount(), 0);
        QVERIFY(!view->table()->currentIndex().isValid());
        QCOMPARE(view->newDetail()->rowCount(), 0);
        filter->setText(sixth);
        QVERIFY(rows->rowCount() >= 1);
        QCOMPARE(view->table()->currentIndex().row(), 0);
        QCOMPARE(view->table()->currentIndex().siblingAtColumn(DiffTableModel::EntryColumn).data().toString(),
                 sixth);
        QVERIFY(view->newDetail()->rowCount() > 0);
        kind->setCurrentIndex(0);
        filter->clear();
        QCOMPARE(view->table()->currentIndex().siblingAtColumn(DiffTableModel::EntryColumn).data().toString(),
                 sixth); // still current: only the others came back
        // A file without a list: a message, no tab.
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.compareFiles(real(QStringLiteral("SOURCES.md")),
                                     real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))));
        QCOMPARE(window.tabs()->count(), 1);
    }

    // File ▸ Open history… over the real samples: a timeline per root, its events, one row per release.
    void historyOfTheRealSamples() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        HistoryView *view = window.openHistory({QStringLiteral(CTL_TEST_DATA_DIR "/real")});
        QVERIFY(view);
        QCOMPARE(window.tabs()->currentWidget(), view);
        QAbstractItemModelTester timelineTester(view->timeline(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(view->timelineFilter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventsTester(view->events(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester releasesTester(view->releases(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->releases()->rowCount(), static_cast<int>(view->history().lists.size()));
        QCOMPARE(view->timeline()->rowCount(), static_cast<int>(view->history().entries.size()));
        // GTS Root R1 (e58c1cc4...): added after 2023-12-13 (tst_diff, namedRootsByHand), in the newest list.
        view->timelineFilter()->setFilterFixedString(
            QStringLiteral("e58c1cc4913b38634be9106ee3ad8e6b9dd9814a"));
        QCOMPARE(view->timelineFilter()->rowCount(), 1);
        const int row = view->timelineFilter()->mapToSource(view->timelineFilter()->index(0, 0)).row();
        QCOMPARE(view->timeline()->item(row, 0)->text(), QStringLiteral("GTS Root R1"));
        QCOMPARE(view->timeline()->item(row, 3)->text(), QStringLiteral("2025-06-16"));
        view->showEntry(row);
        QVERIFY(view->events()->rowCount() >= 2); // first seen, added
        QCOMPARE(view->events()->item(1, 2)->text(), QStringLiteral("Added"));
        view->timelineFilter()->setFilterFixedString(QString());
        if (const QByteArray shot = qgetenv("CTL_HISTORYVIEW_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(200);
            window.grab().save(QString::fromLocal8Bit(shot));
        }
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
