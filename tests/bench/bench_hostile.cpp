// ctl_hostile_bench: the time to load and validate the worst lists an attacker can build within the
// input limits (issue 13, item 9): many signerInfos naming absent issuers, many countersignatures,
// many nested signatures, a thousand certificates with one subject, a chain of a thousand links.
// Not a test (CTest never runs it); scripts/bench.sh runs it in its "hostile" phase. Each input is
// built in memory here (DER by hand, certificates with OpenSSL, all signed by one RSA key so that
// building them takes seconds); the signatures over the lists are junk, as an attacker's would be,
// so validation does every check and fails.
//
//   ctl_hostile_bench [Qt Test options and test functions]
//
// Results: one load + validation per input (QBENCHMARK_ONCE), in milliseconds, and a qInfo line with
// the input's size and what happened (refused with the limit's message, or the verdict).
#include "DocumentLoader.h"
#include "TestBytes.h"
#include "Validation.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

using namespace ctlv;

namespace {

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

const QByteArray sha256Algorithm = hex("300d06096086480165030402010500");
const QByteArray rsaEncryption = hex("300d06092a864886f70d0101010500");
const QByteArray oidCounterSignature = hex("06092a864886f70d010906");
const QByteArray oidNestedSignature = hex("060a2b060104018237020401");
const QByteArray oidSignedData = hex("06092a864886f70d010702");

// DER SET OF: the elements in ascending order of their encodings, as the reader requires.
QByteArray setOf(QList<QByteArray> elements) {
    std::sort(elements.begin(), elements.end(), [](const QByteArray &a, const QByteArray &b) {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                            [](char x, char y) { return quint8(x) < quint8(y); });
    });
    return tlv(0x31, elements.join());
}

QByteArray integer(quint32 value) {
    QByteArray bytes;
    do {
        bytes.prepend(char(value & 0xff));
        value >>= 8;
    } while (value != 0);
    if (quint8(bytes[0]) & 0x80)
        bytes.prepend('\0');
    return tlv(0x02, bytes);
}

struct Pkey {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{
        EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)), EVP_PKEY_free};
};
EVP_PKEY *sharedKey() {
    static Pkey pkey;
    return pkey.key.get();
}

QByteArray nameDer(const QString &commonName) {
    std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> name(X509_NAME_new(), X509_NAME_free);
    const QByteArray utf8 = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1, 0);
    unsigned char *out = nullptr;
    const int length = i2d_X509_NAME(name.get(), &out);
    QByteArray der(reinterpret_cast<char *>(out), length);
    OPENSSL_free(out);
    return der;
}

// A certificate for the shared key, "issued" (signed with the shared key) in the name of `issuer`.
QByteArray certificate(const QString &subject, const QString &issuer, quint32 serial) {
    std::unique_ptr<X509, decltype(&X509_free)> x509(X509_new(), X509_free);
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), serial);
    const auto setName = [](const QString &commonName, auto setter, X509 *target) {
        const QByteArray der = nameDer(commonName);
        const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
        std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> name(
            d2i_X509_NAME(nullptr, &cursor, der.size()), X509_NAME_free);
        setter(target, name.get());
    };
    setName(subject, X509_set_subject_name, x509.get());
    setName(issuer, X509_set_issuer_name, x509.get());
    ASN1_TIME_set_string(X509_getm_notBefore(x509.get()), "20250101000000Z");
    ASN1_TIME_set_string(X509_getm_notAfter(x509.get()), "20300101000000Z");
    X509_set_pubkey(x509.get(), sharedKey());
    X509_sign(x509.get(), sharedKey(), EVP_sha256());
    unsigned char *out = nullptr;
    const int length = i2d_X509(x509.get(), &out);
    QByteArray der(reinterpret_cast<char *>(out), length);
    OPENSSL_free(out);
    return der;
}

// SignerInfo { 1, { issuer, serial }, sha256, [0] { contentType, messageDigest }, rsaEncryption,
// signature (junk), [1] unsigned attributes when given }.
QByteArray signerInfo(const QString &issuer, quint32 serial, const QByteArray &unsignedAttributes = {}) {
    const QByteArray contentType =
        tlv(0x30, hex("06092a864886f70d010903") + tlv(0x31, hex("06092b0601040182370a01")));
    const QByteArray messageDigest =
        tlv(0x30, hex("06092a864886f70d010904") + tlv(0x31, tlv(0x04, QByteArray(32, 'd'))));
    QByteArray content = hex("020101") + tlv(0x30, nameDer(issuer) + integer(serial)) + sha256Algorithm +
                         setOf({contentType, messageDigest}).replace(0, 1, "\xa0") + rsaEncryption +
                         tlv(0x04, QByteArray(256, 's'));
    if (!unsignedAttributes.isEmpty())
        content += QByteArray(1, '\xa1') + tlv(0x31, unsignedAttributes).mid(1);
    return tlv(0x30, content);
}

// SignerInfo { 1, { issuer, serial }, digest, [0] attributes (unless `withAttributes` is false),
// rsaEncryption, junk signature }, with digest i of md5, sha1, sha256, sha384, sha512.
QByteArray signerInfoWithDigest(int digest, bool withAttributes, const QByteArray &unsignedAttribute = {}) {
    static const char *const digests[] = {"300c06082a864886f70d02050500", "300906052b0e03021a0500",
                                          "300d06096086480165030402010500", "300d06096086480165030402020500",
                                          "300d06096086480165030402030500"};
    const QByteArray contentType =
        tlv(0x30, hex("06092a864886f70d010903") + tlv(0x31, hex("06092b0601040182370a01")));
    const QByteArray messageDigest =
        tlv(0x30, hex("06092a864886f70d010904") + tlv(0x31, tlv(0x04, QByteArray(32, 'd'))));
    QByteArray content = hex("020101") + tlv(0x30, nameDer(QStringLiteral("Fake Issuer 0")) + integer(1)) +
                         hex(digests[digest % 5]);
    if (withAttributes)
        content += setOf({contentType, messageDigest}).replace(0, 1, "\xa0");
    content += rsaEncryption + tlv(0x04, QByteArray(256, 's'));
    if (!unsignedAttribute.isEmpty())
        content += tlv(0xa1, unsignedAttribute);
    return tlv(0x30, content);
}

// SignedData { 1, { sha256 }, { szOID_CTL, [0] CTL } or detached id-data, [0] certificates, signerInfos }.
QByteArray signedData(const QList<QByteArray> &certificates, const QList<QByteArray> &signerInfos,
                      bool withCtl) {
    const QByteArray ctl =
        tlv(0x30, tlv(0x30, hex("060a2b0601040182370a0309")) + tlv(0x17, "250616175611Z") +
                      hex("300906052b0e03021a0500") + tlv(0x30, tlv(0x30, tlv(0x04, QByteArray(20, 'e')))));
    const QByteArray encapsulated = withCtl ? tlv(0x30, hex("06092b0601040182370a01") + tlv(0xa0, ctl))
                                            : tlv(0x30, hex("06092a864886f70d010701"));
    QByteArray content = hex("020101") + tlv(0x31, sha256Algorithm) + encapsulated;
    if (!certificates.isEmpty())
        content += QByteArray(1, '\xa0') + setOf(certificates).mid(1);
    content += setOf(signerInfos);
    return tlv(0x30, content);
}

QList<QByteArray> fakeIssuerCertificates(int count);

// A list of 250 MiB (its listIdentifier), signed by `signers` signerInfos that each hash all of it, the
// first with `nested` nested signatures (which hash the whole CTL, a second range) under it.
QByteArray bigList(int signers, bool withAttributes, int nested = 0) {
    const QByteArray ctl =
        tlv(0x30, tlv(0x30, hex("060a2b0601040182370a0309")) + tlv(0x04, QByteArray(250 << 20, 'i')) +
                      tlv(0x17, "250616175611Z") + hex("300906052b0e03021a0500"));
    QList<QByteArray> infos;
    QList<QByteArray> nestedValues;
    for (int i = 0; i < nested; ++i) {
        const QByteArray nestedSignedData =
            tlv(0x30, hex("020101") + tlv(0x31, sha256Algorithm) + tlv(0x30, hex("06092a864886f70d010701")) +
                          tlv(0x31, signerInfoWithDigest(i, withAttributes)));
        nestedValues << tlv(0x30, oidSignedData + tlv(0xa0, nestedSignedData));
    }
    for (int i = 0; i < signers; ++i)
        infos << signerInfoWithDigest(
            i, withAttributes,
            i == 0 && nested > 0 ? tlv(0x30, oidNestedSignature + setOf(nestedValues)) : QByteArray());
    QByteArray content = hex("020101") + tlv(0x31, sha256Algorithm) +
                         tlv(0x30, hex("06092b0601040182370a01") + tlv(0xa0, ctl)) + QByteArray(1, '\xa0') +
                         setOf(fakeIssuerCertificates(1)).mid(1) + setOf(infos);
    return tlv(0x30, oidSignedData + tlv(0xa0, tlv(0x30, content)));
}

QByteArray contentInfo(const QByteArray &signedDataDer) {
    return tlv(0x30, oidSignedData + tlv(0xa0, signedDataDer));
}

// `count` certificates "CN=Fake Signer i" issued by "CN=Fake Issuer i" (no such issuer anywhere).
QList<QByteArray> fakeIssuerCertificates(int count) {
    QList<QByteArray> certificates;
    for (int i = 0; i < count; ++i)
        certificates << certificate(QStringLiteral("Fake Signer %1").arg(i),
                                    QStringLiteral("Fake Issuer %1").arg(i), quint32(i + 1));
    return certificates;
}

QByteArray fakeIssuerList(int signers, int certificates) {
    QList<QByteArray> infos;
    for (int i = 0; i < signers; ++i)
        infos << signerInfo(QStringLiteral("Fake Issuer %1").arg(i % std::max(certificates, 1)),
                            quint32(i % std::max(certificates, 1) + 1));
    return contentInfo(signedData(fakeIssuerCertificates(certificates), infos, true));
}

// Countersignatures naming certificates of the bag (each one's chain is built), under one signer.
QByteArray countersignedList(int countersignatures, int certificates) {
    QList<QByteArray> counters;
    for (int i = 0; i < countersignatures; ++i)
        counters << signerInfo(QStringLiteral("Fake Issuer %1").arg(i % certificates),
                               quint32(i % certificates + 1));
    const QByteArray attribute = tlv(0x30, oidCounterSignature + setOf(counters));
    return contentInfo(signedData(fakeIssuerCertificates(certificates),
                                  {signerInfo(QStringLiteral("Fake Issuer 0"), 1, attribute)}, true));
}

// Nested signatures (unsigned attribute 1.3.6.1.4.1.311.2.4.1), each with its own bag.
QByteArray nestedList(int nested, int certificatesEach) {
    QList<QByteArray> values;
    int serial = 1000;
    for (int n = 0; n < nested; ++n) {
        QList<QByteArray> bag;
        for (int i = 0; i < certificatesEach; ++i)
            bag << certificate(
                QStringLiteral("Nested Signer %1.%2").arg(QString::number(n), QString::number(i)),
                QStringLiteral("Nested CA"), quint32(++serial));
        values << tlv(
            0x30, oidSignedData +
                      tlv(0xa0, signedData(bag, {signerInfo(QStringLiteral("Nested CA"), quint32(serial))},
                                           false)));
    }
    const QByteArray attribute = tlv(0x30, oidNestedSignature + setOf(values));
    return contentInfo(signedData(fakeIssuerCertificates(1),
                                  {signerInfo(QStringLiteral("Fake Issuer 0"), 1, attribute)}, true));
}

// `count` certificates with one subject and issuer ("CN=Loop"), `signers` signerInfos naming them.
QByteArray sameSubjectList(int count, int signers) {
    QList<QByteArray> certificates;
    for (int i = 0; i < count; ++i)
        certificates << certificate(QStringLiteral("Loop"), QStringLiteral("Loop"), quint32(i + 1));
    QList<QByteArray> infos;
    for (int i = 0; i < signers; ++i)
        infos << signerInfo(QStringLiteral("Loop"), quint32(i + 1));
    return contentInfo(signedData(certificates, infos, true));
}

// A chain "Link i" issued by "Link i+1", every link's signature valid (one key), `signers` signerInfos
// starting at the bottom links.
QByteArray chainList(int links, int signers) {
    QList<QByteArray> certificates;
    for (int i = 0; i < links; ++i)
        certificates << certificate(QStringLiteral("Link %1").arg(i), QStringLiteral("Link %1").arg(i + 1),
                                    quint32(i + 1));
    QList<QByteArray> infos;
    for (int i = 0; i < signers; ++i)
        infos << signerInfo(QStringLiteral("Link %1").arg(i + 1), quint32(i + 1));
    return contentInfo(signedData(certificates, infos, true));
}

} // namespace

class BenchHostile : public QObject {
    Q_OBJECT

    void run(const QByteArray &der) {
        ValidationOptions options;
        options.useSystemStore = false;
        options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
        QString outcome;
        QBENCHMARK_ONCE {
            auto loaded = DocumentLoader::loadBytes(der, QStringLiteral("hostile.stl"));
            if (!loaded) {
                outcome = QStringLiteral("refused: ") + loaded.error().message;
            } else {
                const ValidationReport report = Validator::validate(loaded.value().front(), options);
                outcome = QStringLiteral("%1, %2 signers, %3 certificates, %4 findings")
                              .arg(verdictKey(report.verdict),
                                   QString::number(loaded.value().front().signers.size()),
                                   QString::number(loaded.value().front().certificates.size()),
                                   QString::number(report.findings.size()));
            }
        }
        qInfo("%s: %lld bytes; %s",
              QTest::currentDataTag() ? QTest::currentDataTag() : QTest::currentTestFunction(),
              static_cast<long long>(der.size()), qPrintable(outcome));
    }

private Q_SLOTS:
    void signerInfos_data() {
        QTest::addColumn<int>("signers");
        QTest::addColumn<int>("certificates");
        QTest::newRow("500 signerInfos, 999 fake issuers") << 500 << 999;
        QTest::newRow("32 signerInfos, 999 fake issuers") << 32 << 999;
    }
    void signerInfos() {
        QFETCH(int, signers);
        QFETCH(int, certificates);
        run(fakeIssuerList(signers, certificates));
    }

    void countersignatures_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("certificates");
        QTest::newRow("100000 countersignatures") << 100000 << 1;
        QTest::newRow("31 countersignatures, 999 fake issuers") << 31 << 999;
    }
    void countersignatures() {
        QFETCH(int, count);
        QFETCH(int, certificates);
        run(countersignedList(count, certificates));
    }

    void nestedSignatures_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("certificatesEach");
        QTest::newRow("100 nested signatures, 30 certificates each") << 100 << 30;
        QTest::newRow("15 nested signatures, 66 certificates each") << 15 << 66;
    }
    void nestedSignatures() {
        QFETCH(int, count);
        QFETCH(int, certificatesEach);
        run(nestedList(count, certificatesEach));
    }

    void sameSubject_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("signers");
        QTest::newRow("999 certificates named Loop, 32 signers") << 999 << 32;
    }
    void sameSubject() {
        QFETCH(int, count);
        QFETCH(int, signers);
        run(sameSubjectList(count, signers));
    }

    void bigContent_data() {
        QTest::addColumn<int>("signers");
        QTest::addColumn<bool>("withAttributes");
        QTest::newRow("250 MiB, 32 signers, 5 digests, signed attributes") << 32 << true;
        QTest::newRow("250 MiB, 32 signers, 5 digests, no signed attributes") << 32 << false;
        QTest::newRow("250 MiB, 16 signers and 15 nested, 5 digests on each range") << 16 << true;
    }
    void bigContent() {
        QFETCH(int, signers);
        QFETCH(bool, withAttributes);
        run(bigList(signers, withAttributes, signers == 16 ? 15 : 0));
    }

    void longChain_data() {
        QTest::addColumn<int>("links");
        QTest::addColumn<int>("signers");
        QTest::newRow("chain of 999 links, 32 signers") << 999 << 32;
    }
    void longChain() {
        QFETCH(int, links);
        QFETCH(int, signers);
        run(chainList(links, signers));
    }
};

QTEST_GUILESS_MAIN(BenchHostile)
#include "bench_hostile.moc"
