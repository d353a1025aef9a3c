// Tools ▸ Check files against this catalog…: the dialog hashes on its worker thread and fills its two
// tables (files, members) under QAbstractItemModelTester; real catalog and INF (viostor, FACTS.json:
// the INF is members 1 and 2, viostor.sys members 0 and 3 has no file here).
#include "CatalogFilesDialog.h"
#include "DocumentLoader.h"
#include "FileCoverageModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ctlv;
using namespace Qt::StringLiterals;

class TestCatalogFilesDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksAFolderOffTheGuiThread();
    void refusesATabWithoutCatalog();
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

QTEST_MAIN(TestCatalogFilesDialog)
#include "tst_catalog_files_dialog.moc"
