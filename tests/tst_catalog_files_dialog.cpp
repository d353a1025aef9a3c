// Tools ▸ Check files against this catalog…: the dialog hashes on its worker thread and fills its two
// tables (files, members) under QAbstractItemModelTester; real catalog and INF (viostor, FACTS.json:
// the INF is members 1 and 2, viostor.sys members 0 and 3 has no file here).
#include "CatalogFilesDialog.h"
#include "DocumentLoader.h"
#include "DocumentView.h"
#include "FileCoverageModel.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace ctlv;
using namespace Qt::StringLiterals;

class TestCatalogFilesDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksAFolderOffTheGuiThread();
    void refusesATabWithoutCatalog();
    void filesDroppedOnACatalogTab();
};

void TestCatalogFilesDialog::checksAFolderOffTheGuiThread() {
    const QString dir = QStringLiteral(CTL_TEST_DATA_DIR "/catalogs/viostor/");
    auto documents = DocumentLoader::loadFile(dir + u"viostor.cat"_s);
    QVERIFY(documents);
    OpenedFile file;
    file.documents.push_back(std::make_shared<const CtlDocument>(documents.value().front()));
    CatalogFilesDialog *dialog = openCatalogFilesDialog(nullptr, &file);
    QVERIFY(dialog);
    QAbstractItemModelTester fileTester(dialog->fileModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester memberTester(dialog->memberModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->memberModel()->rowCount(), 4);
    QSignalSpy finished(dialog, &CatalogFilesDialog::finished);
    dialog->check({dir});
    QVERIFY(finished.wait(30000));
    // The open catalog itself is left out of the folder's files.
    QCOMPARE(dialog->fileModel()->rowCount(), 1);
    QVERIFY(dialog->fileModel()
                ->index(0, FileCoverageModel::FileColumn)
                .data()
                .toString()
                .endsWith(u"viostor.inf"_s));
    QCOMPARE(dialog->fileModel()->index(0, FileCoverageModel::StatusColumn).data().toString(), u"Covered"_s);
    for (int row : {1, 2})
        QVERIFY(dialog->memberModel()
                    ->index(row, CatalogMemberModel::FileColumn)
                    .data()
                    .toString()
                    .endsWith(u"viostor.inf"_s));
    for (int row : {0, 3})
        QCOMPARE(dialog->memberModel()->index(row, CatalogMemberModel::FileColumn).data().toString(),
                 u"(no file)"_s);
    // A second run replaces the first.
    dialog->check({dir + u"viostor.inf"_s});
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->fileModel()->rowCount(), 1);
    dialog->close(); // deletes itself
}

void TestCatalogFilesDialog::refusesATabWithoutCatalog() {
    // Without a catalog the dialog is not opened (a message box says so; closed at once here).
    QTimer::singleShot(0, []() {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!openCatalogFilesDialog(nullptr, nullptr));
}

// Files dropped onto a catalog's tab are checked in the dialog, not linked as certificates or opened: the INF
// is covered (FACTS.json coverage: viostor.inf is members 1 and 2, flat SHA-256 and its SHA-1 twin), the tab
// count stays one.
void TestCatalogFilesDialog::filesDroppedOnACatalogTab() {
    const QString dir = QStringLiteral(CTL_TEST_DATA_DIR "/catalogs/viostor/");
    MainWindow window;
    window.show();
    window.openFiles({dir + u"viostor.cat"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
    QVERIFY(window.currentView() && window.currentView()->showsLists());
    QVERIFY(!window.findChild<CatalogFilesDialog *>());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir + u"viostor.inf"_s)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto *dialog = window.findChild<CatalogFilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy() && dialog->fileModel()->rowCount() == 1, 30000);
    QVERIFY(dialog->fileModel()
                ->index(0, FileCoverageModel::FileColumn)
                .data()
                .toString()
                .endsWith(u"viostor.inf"_s));
    QCOMPARE(dialog->fileModel()->index(0, FileCoverageModel::StatusColumn).data().toString(), u"Covered"_s);
    QCOMPARE(window.tabs()->count(), 1);
    QVERIFY(!window.currentView()->certificateLinks());
    dialog->close();
}

QTEST_MAIN(TestCatalogFilesDialog)
#include "tst_catalog_files_dialog.moc"
