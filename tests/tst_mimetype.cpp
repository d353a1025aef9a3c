// The shared-mime-info package: with it installed (here into a private XDG data dir that CTest points
// XDG_DATA_DIRS at), a CTL is recognised by content and a 3D-model .stl stays model/stl.
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

class TestMimeType : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognisedByContent_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("authroot 2025 (sha256)") << "authroot_2025-06-16_sha256_listca2011.stl"
                                                << "application/vnd.ms-pki.stl";
        QTest::newRow("authroot 2006 (sha1)") << "authroot_2006-12-14_sha1_countersigned_rootembedded.stl"
                                              << "application/vnd.ms-pki.stl";
        QTest::newRow("disallowed") << "disallowedcert_2019-08-13_sha1_nested-sha256.stl"
                                    << "application/vnd.ms-pki.stl";
        QTest::newRow("cab") << "authrootstl_2025-06-16_sha256_listca2011.cab"
                             << "application/vnd.ms-cab-compressed";
    }
    void recognisedByContent() {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFile input(QStringLiteral(CTL_TEST_DATA_DIR "/real/") + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        QMimeDatabase database;
        QCOMPARE(database.mimeTypeForFile(input.fileName()).name(), type);
        // Without a name at all, the magic alone decides.
        QCOMPARE(database.mimeTypeForData(bytes).name(), type);
    }

    void threeDModelStaysAModel() {
        QTemporaryDir dir;
        QFile model(dir.filePath(QStringLiteral("part.stl")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write("solid part\n facet normal 0 0 1\nendsolid part\n");
        model.close();
        QCOMPARE(QMimeDatabase().mimeTypeForFile(model.fileName()).name(), QStringLiteral("model/stl"));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
