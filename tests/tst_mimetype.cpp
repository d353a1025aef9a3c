// The shared-mime-info package as Qt programs (KDE's file manager, Qt file dialogs) see it: with it
// installed (here into a private XDG data dir that CTest points XDG_DATA_DIRS at), a CTL is recognised by
// content, a 3D-model .stl stays model/stl whatever its header says, and only a CAB that carries a list is
// application/x-ctl-cab; a driver CAB stays application/vnd.ms-cab-compressed.
// tests/desktop/check_xdg_mime.py checks the same files with GLib (gio) and xdg-mime.
#include "TestBytes.h"

#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString CtlType = QStringLiteral("application/vnd.ms-pki.stl");
const QString CtlCabType = QStringLiteral("application/x-ctl-cab");
const QString CabType = QStringLiteral("application/vnd.ms-cab-compressed");
const QString ModelType = QStringLiteral("model/stl");

// A binary STL: an 80-byte header, a little-endian triangle count, 50 bytes per triangle (12 floats, 2
// attribute bytes). Zero floats are all-zero bytes, so the triangles need no float encoding.
QByteArray binaryStl(const QByteArray &header) {
    QByteArray bytes = header.leftJustified(80, '\0', true);
    bytes += le32(2);
    bytes += QByteArray(2 * 50, '\0');
    return bytes;
}

// An uncompressed cabinet (Microsoft Cabinet Format: CFHEADER, one CFFOLDER, CFFILEs, one CFDATA).
QByteArray cabinet(const QList<std::pair<QByteArray, QByteArray>> &members) {
    QByteArray files, data;
    for (const auto &[name, content] : members) {
        files += le32(quint32(content.size())) + le32(quint32(data.size())) + le16(0) + le16(0x5A21) +
                 le16(0) + le16(0x20) + name + QByteArray(1, '\0');
        data += content;
    }
    const quint32 headerSize = 36, folderSize = 8;
    const quint32 dataStart = headerSize + folderSize + quint32(files.size());
    QByteArray out = "MSCF" + le32(0) + le32(dataStart + 8 + quint32(data.size())) + le32(0) +
                     le32(headerSize + folderSize) + le32(0);
    out += QByteArray("\x03\x01", 2) + le16(1) + le16(quint16(members.size())) + le16(0) + le16(0) + le16(0);
    out += le32(dataStart) + le16(1) + le16(0);
    out += files;
    out += le32(0) + le16(quint16(data.size())) + le16(quint16(data.size())) + data;
    return out;
}

QByteArray realFile(const QString &name) {
    QFile input(QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name);
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

} // namespace

class TestMimeType : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognisedByContent_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("authroot 2025 (sha256)") << "authroot_2025-06-16_sha256_listca2011.stl" << CtlType;
        QTest::newRow("authroot 2006 (sha1)")
            << "authroot_2006-12-14_sha1_countersigned_rootembedded.stl" << CtlType;
        QTest::newRow("disallowed") << "disallowedcert_2019-08-13_sha1_nested-sha256.stl" << CtlType;
        QTest::newRow("pinrules") << "pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl" << CtlType;
        QTest::newRow("authroot cab") << "authrootstl_2025-06-16_sha256_listca2011.cab" << CtlCabType;
        QTest::newRow("authroot cab 2006")
            << "authrootstl_2006-12-14_sha1_countersigned_rootembedded.cab" << CtlCabType;
        QTest::newRow("disallowed cab") << "disallowedcertstl_2019-08-13.cab" << CtlCabType;
        QTest::newRow("pinrules cab") << "pinrulesstl_2017-05-31.cab" << CtlCabType;
    }
    void recognisedByContent() {
        QFETCH(QString, file);
        QFETCH(QString, type);
        const QString path = QStringLiteral(CTL_TEST_DATA_DIR "/real/") + file;
        const QByteArray bytes = realFile(file);
        QVERIFY(!bytes.isEmpty());
        QMimeDatabase database;
        QCOMPARE(database.mimeTypeForFile(path).name(), type);
        // Without a name at all, the magic alone decides.
        QCOMPARE(database.mimeTypeForData(bytes).name(), type);
        // Renamed: without the extension, and under another name with the same extension.
        QTemporaryDir dir;
        const QString extension = path.section(QLatin1Char('.'), -1);
        for (const QString &name : {QStringLiteral("list"), QStringLiteral("list.") + extension}) {
            QFile copy(dir.filePath(name));
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(bytes);
            copy.close();
            QCOMPARE(database.mimeTypeForFile(copy.fileName()).name(), type);
        }
    }

    // A list CAB is a CAB: archive managers that claim the CAB type still offer to open it.
    void ctlCabIsACab() {
        const QMimeType type = QMimeDatabase().mimeTypeForName(CtlCabType);
        QVERIFY(type.isValid());
        QVERIFY(type.inherits(CabType));
        QCOMPARE(type.parentMimeTypes(), QStringList{CabType});
    }

    void otherFilesKeepTheirType_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        // Binary models have no magic at all: before our *.stl glob weighed less than model/stl's, Qt
        // took every one of them for a list.
        QTest::newRow("binary 3D model")
            << "part.stl" << binaryStl("binary STL exported by a CAD program") << ModelType;
        QTest::newRow("binary 3D model, header 'solid'")
            << "part.stl" << binaryStl("solid part exported by SolidWorks") << ModelType;
        QTest::newRow("binary 3D model, empty header") << "part.stl" << binaryStl(QByteArray()) << ModelType;
        QTest::newRow("ASCII 3D model") << "part.stl"
                                        << QByteArray("solid part\n facet normal 0 0 1\n  outer loop\n"
                                                      "   vertex 0 0 0\n   vertex 1 0 0\n   vertex 0 1 0\n"
                                                      "  endloop\n endfacet\nendsolid part\n")
                                        << ModelType;
        const QByteArray driver = cabinet({{"driver.inf", "[Version]\r\nSignature=\"$Windows NT$\"\r\n"},
                                           {"driver.sys", "MZ" + QByteArray(62, '\0')}});
        QTest::newRow("driver cab") << "driver.cab" << driver << CabType;
        QTest::newRow("driver cab without extension") << "driver" << driver << CabType;
        // A member called authroot.stl.txt is not a list: the name must end where the CFFILE's name ends.
        QTest::newRow("cab with a look-alike member")
            << "notes.cab" << cabinet({{"authroot.stl.txt", "not a list"}}) << CabType;
        QTest::newRow("empty .cab") << "empty.cab" << QByteArray() << CabType;
    }
    void otherFilesKeepTheirType() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        QTemporaryDir dir;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QCOMPARE(QMimeDatabase().mimeTypeForFile(file.fileName()).name(), type);
    }

    // A CAB built here whose only member is authroot.stl is told apart from the driver CAB by content.
    void handMadeListCab() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("update.cab")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            cabinet({{"authroot.stl",
                      realFile(QStringLiteral("authroot_2015-01-22_sha1_nested-sha256.stl")).left(30000)}}));
        file.close();
        QCOMPARE(QMimeDatabase().mimeTypeForFile(file.fileName()).name(), CtlCabType);
    }

    void translatedComments() {
        const QMimeType ctl = QMimeDatabase().mimeTypeForName(CtlType);
        QCOMPARE(ctl.comment(), QStringLiteral("Microsoft Certificate Trust List"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = QMimeDatabase().mimeTypeForName(CtlType).comment();
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        const QString korean = QMimeDatabase().mimeTypeForName(CtlCabType).comment();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(german, QStringLiteral("Microsoft-Zertifikatvertrauensliste"));
        QVERIFY2(korean.contains(QStringLiteral("인증서 신뢰 목록")), qPrintable(korean));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
