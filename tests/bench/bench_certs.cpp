// ctl_certs_bench: the cost of certificate sources (issue 14). Linking a list of 1,000,000 entries to a
// source of 1,000 certificates (the issue asks for under 0.3 s on top of loading the list), and opening a
// serialized store (.sst) and a PEM bundle of 600 certificates (under 50 ms in-process). Not a test
// (CTest never runs it); scripts/bench.sh runs it in its "certs" phase. The inputs are built in memory
// here: certificates with OpenSSL (one EC key signs them all, so that building them takes a second),
// the list and the store by hand, as the tests build them.
//
//   ctl_certs_bench [Qt Test options and test functions]
#include "CertificateLinker.h"
#include "CertificateSources.h"
#include "DocumentLoader.h"
#include "TestBytes.h"

#include <QTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

using namespace ctlv;

namespace {

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

QByteArray sha(const EVP_MD *type, const QByteArray &data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &length, type, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

// A self-signed certificate "CN=Bench root N" for one shared P-256 key.
QByteArray certificate(int number) {
    static std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> x509(X509_new(), X509_free);
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), number + 1);
    X509_NAME *name = X509_get_subject_name(x509.get());
    const QByteArray commonName = "Bench root " + QByteArray::number(number);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(x509.get(), name);
    ASN1_TIME_set_string(X509_getm_notBefore(x509.get()), "20250101000000Z");
    ASN1_TIME_set_string(X509_getm_notAfter(x509.get()), "20350101000000Z");
    X509_set_pubkey(x509.get(), key.get());
    X509_sign(x509.get(), key.get(), EVP_sha256());
    unsigned char *out = nullptr;
    const int length = i2d_X509(x509.get(), &out);
    QByteArray der(reinterpret_cast<char *>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray utf16z(const QString &text) {
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2) + QByteArray(2, '\0');
}

QByteArray attribute(const char *oidHex, const QByteArray &value) {
    return tlv(0x30, hex(oidHex) + tlv(0x31, tlv(0x04, value)));
}

// An unsigned authroot-style list: SHA-1 identifiers, each entry with a friendly name (.11) and the
// SHA-256 property (.98). Entry i names certificate i for i < certificates.size(), a hash of i after.
QByteArray authrootList(const std::vector<QByteArray> &certificates, int entries) {
    QByteArray subjects;
    subjects.reserve(qsizetype(entries) * 110);
    for (int i = 0; i < entries; ++i) {
        const bool named = size_t(i) < certificates.size();
        const QByteArray id =
            named ? sha(EVP_sha1(), certificates[size_t(i)]) : sha(EVP_sha1(), QByteArray::number(i));
        const QByteArray sha256 = named ? sha(EVP_sha256(), certificates[size_t(i)]) : sha(EVP_sha256(), id);
        // SET OF in DER order: .11 (0b) sorts before .98 (62).
        const QByteArray attributes =
            attribute("060a2b0601040182370a0b0b", utf16z(QStringLiteral("Root %1").arg(i))) +
            attribute("060a2b0601040182370a0b62", sha256);
        subjects += tlv(0x30, tlv(0x04, id) + tlv(0x31, attributes));
    }
    const QByteArray ctl =
        tlv(0x30, tlv(0x30, hex("060a2b0601040182370a0309")) + hex("170d3235303631363137353631315a") +
                      hex("300906052b0e03021a0500") + tlv(0x30, subjects));
    const QByteArray signedData =
        tlv(0x30, hex("020101") + tlv(0x31, hex("300d06096086480165030402010500")) +
                      tlv(0x30, hex("06092b0601040182370a01") + tlv(0xa0, ctl)) + tlv(0x31, {}));
    return tlv(0x30, hex("06092a864886f70d010702") + tlv(0xa0, signedData));
}

QByteArray element(quint32 id, const QByteArray &value) {
    return le32(id) + le32(1) + le32(quint32(value.size())) + value;
}

} // namespace

class BenchCerts : public QObject {
    Q_OBJECT

    std::vector<QByteArray> m_certificates; // 1,000
    QByteArray m_list;                      // 1,000,000 entries
    CtlDocument m_document;
    CertificateSourceData m_source;
    QByteArray m_store; // 600 certificates, .sst
    QByteArray m_pem;   // 600 certificates, PEM

private Q_SLOTS:
    void initTestCase() {
        for (int i = 0; i < 1000; ++i)
            m_certificates.push_back(certificate(i));
        m_list = authrootList(m_certificates, 1'000'000);
        auto documents = DocumentLoader::loadBytes(m_list, QStringLiteral("bench.stl"));
        QVERIFY2(documents, qPrintable(documents ? QString() : documents.error().toString()));
        m_document = documents.value().front();
        QCOMPARE(m_document.entries.size(), size_t(1'000'000));
        m_store = QByteArray("\0\0\0\0CERT", 8);
        for (int i = 0; i < 1000; ++i) {
            const QByteArray &der = m_certificates[size_t(i)];
            if (i < 600) {
                m_store += element(11, utf16z(QStringLiteral("Bench root %1").arg(i))) +
                           element(98, sha(EVP_sha256(), der)) + element(3, sha(EVP_sha1(), der)) +
                           element(32, der);
                m_pem += "# Bench root " + QByteArray::number(i) + "\n-----BEGIN CERTIFICATE-----\n";
                const QByteArray base64 = der.toBase64();
                for (qsizetype at = 0; at < base64.size(); at += 64)
                    m_pem += base64.mid(at, 64) + '\n';
                m_pem += "-----END CERTIFICATE-----\n";
            }
            m_source.certificates.push_back(CertificateSources::describe(der, QStringLiteral("bench")));
        }
        m_store += QByteArray(12, '\0');
        qInfo("list: %lld bytes, %zu entries; store: %lld bytes; PEM: %lld bytes", qint64(m_list.size()),
              m_document.entries.size(), qint64(m_store.size()), qint64(m_pem.size()));
    }

    // For comparison: loading the million-entry list itself.
    void loadList1M() {
        QBENCHMARK_ONCE {
            auto documents = DocumentLoader::loadBytes(m_list, QStringLiteral("bench.stl"));
            QVERIFY(documents);
        }
    }

    void link1MEntriesTo1000Certificates() {
        CertificateLinks links;
        QBENCHMARK {
            links = CertificateLinker::link(m_document, {m_source});
        }
        QCOMPARE(links.matched, 1000);
        QCOMPARE(links.missing, 1'000'000 - 1000);
    }

    void openSst600() {
        QBENCHMARK {
            auto source = CertificateSources::readBytes(m_store, QStringLiteral("bench.sst"));
            QVERIFY(source);
            QCOMPARE(source.value().certificates.size(), size_t(600));
        }
    }

    // What showing them costs on top: OpenSSL's decoding of each certificate (subject, key, extensions).
    void openSst600AndDescribe() {
        QBENCHMARK {
            auto source = CertificateSources::readBytes(m_store, QStringLiteral("bench.sst"));
            QVERIFY(source);
            for (const StoredCertificate &certificate : source.value().certificates)
                QVERIFY(certificate.info().parsed);
        }
    }

    void openPem600() {
        QBENCHMARK {
            auto source = CertificateSources::readBytes(m_pem, QStringLiteral("bench.pem"));
            QVERIFY(source);
            QCOMPARE(source.value().certificates.size(), size_t(600));
        }
    }
};

QTEST_GUILESS_MAIN(BenchCerts)
#include "bench_certs.moc"
