// Decodes a certificate from a CTL's bag with OpenSSL into the plain CertificateInfo values (names,
// validity, key, extensions, thumbprints) that the rest of the program reads.
#include "CertificateInfo.h"

#include "CtlDocument.h"
#include "Der.h"
#include "OsslPtr.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/objects.h>

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <mutex>

namespace ctlv {

namespace ossl {

namespace {
QByteArray digest(const EVP_MD *type, QByteArrayView data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &length, type, nullptr) != 1) {
        takeLastError();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}
} // namespace

QByteArray sha1(QByteArrayView data) {
    return digest(EVP_sha1(), data);
}
QByteArray sha256(QByteArrayView data) {
    return digest(EVP_sha256(), data);
}

X509Ptr certificateFromDer(const QByteArray &der) {
    // OpenSSL 3's d2i_X509 decodes the public key through its provider decoders (two thirds of a
    // validation's instructions in callgrind), and a validation meets the same few certificates many
    // times (load, signature, chain at two dates, bundled roots), so parsed certificates are shared (X509
    // is reference-counted and only read here). Bounded: emptied when it holds 256 certificates.
    struct Cache {
        std::mutex mutex;
        QHash<QByteArray, X509 *> byDer;
    };
    static Cache *const cache =
        new Cache; // never destroyed: no destructor runs after OpenSSL's atexit cleanup
    {
        const std::lock_guard lock(cache->mutex);
        if (X509 *const cached = cache->byDer.value(der)) {
            X509_up_ref(cached);
            return X509Ptr(cached);
        }
    }
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &cursor, der.size()));
    if (!certificate) {
        ERR_clear_error();
        return certificate;
    }
    const std::lock_guard lock(cache->mutex);
    if (cache->byDer.size() >= 256) {
        for (X509 *const old : std::as_const(cache->byDer))
            X509_free(old);
        cache->byDer.clear();
    }
    if (!cache->byDer.contains(der)) {
        X509_up_ref(certificate.get());
        cache->byDer.insert(der, certificate.get());
    }
    return certificate;
}

QString takeLastError() {
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (code != 0) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        text = QString::fromLatin1(buffer);
    }
    ERR_clear_error();
    return text;
}

} // namespace ossl

namespace {

QString printName(const X509_NAME *name) {
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    // RFC 2253 order and escaping, but UTF-8 instead of \xx escapes for non-ASCII names.
    const unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length);
}

QByteArray nameDer(const X509_NAME *name) {
    const unsigned char *bytes = nullptr;
    size_t length = 0;
    if (X509_NAME_get0_der(const_cast<X509_NAME *>(name), &bytes, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(length));
}

QDateTime asnTime(const ASN1_TIME *time) {
    struct tm broken = {};
    if (!time || ASN1_TIME_to_tm(time, &broken) != 1)
        return {};
    return QDateTime(QDate(broken.tm_year + 1900, broken.tm_mon + 1, broken.tm_mday),
                     QTime(broken.tm_hour, broken.tm_min, broken.tm_sec), QTimeZone::utc());
}

QString objectText(const ASN1_OBJECT *object) {
    char buffer[128] = {};
    OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return QString::fromLatin1(buffer);
}

QByteArray octets(const ASN1_OCTET_STRING *string) {
    if (!string)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                      ASN1_STRING_length(string));
}

// Every extension with OpenSSL's decoding of its value (X509V3_EXT_print, as `openssl x509 -text`), so
// that a certificate's details show what a certificate viewer shows. A value OpenSSL cannot decode keeps
// only its bytes.
std::vector<CertificateExtension> decodedExtensions(X509 *x509) {
    std::vector<CertificateExtension> extensions;
    const int count = X509_get_ext_count(x509);
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *extension = X509_get_ext(x509, i);
        if (!extension)
            continue;
        CertificateExtension decoded;
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(extension);
        decoded.oid = objectText(object);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef)
            decoded.name = QString::fromLatin1(OBJ_nid2ln(nid));
        decoded.critical = X509_EXTENSION_get_critical(extension) > 0;
        decoded.value = octets(X509_EXTENSION_get_data(extension));
        ossl::BioPtr bio(BIO_new(BIO_s_mem()));
        if (bio && X509V3_EXT_print(bio.get(), extension, 0, 0) == 1) {
            char *data = nullptr;
            const long length = BIO_get_mem_data(bio.get(), &data);
            for (const QString &line : QString::fromUtf8(data, length).split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                if (!trimmed.isEmpty())
                    decoded.lines << trimmed;
            }
        } else {
            ERR_clear_error(); // an extension OpenSSL has no printer for: its bytes are shown instead
        }
        extensions.push_back(std::move(decoded));
    }
    return extensions;
}

} // namespace

QString nameText(const QByteArray &nameDer) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(nameDer.constData());
    ossl::X509NamePtr name(d2i_X509_NAME(nullptr, &cursor, nameDer.size()));
    if (!name) {
        ossl::takeLastError();
        return toHex(nameDer);
    }
    return printName(name.get());
}

namespace {
QByteArray rsaPublicExponent(const EVP_PKEY *key) {
    BIGNUM *exponent = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &exponent) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(exponent), Qt::Uninitialized);
    BN_bn2bin(exponent, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(exponent);
    return bytes;
}
} // namespace

CertificateInfo describeCertificate(const QByteArray &der, CertificateSource source) {
    CertificateInfo info;
    info.der = der;
    info.source = source;
    info.sha1 = ossl::sha1(der);
    info.sha256 = ossl::sha256(der);
    ossl::X509Ptr certificate = ossl::certificateFromDer(der);
    if (!certificate) {
        info.parseError =
            QCoreApplication::translate("ctlv::CertificateInfo", "not a readable X.509 certificate");
        return info;
    }
    X509 *x509 = certificate.get();
    info.parsed = true;
    info.version = static_cast<int>(X509_get_version(x509)) + 1;
    info.subject = printName(X509_get_subject_name(x509));
    info.issuer = printName(X509_get_issuer_name(x509));
    info.subjectDer = nameDer(X509_get_subject_name(x509));
    info.issuerDer = nameDer(X509_get_issuer_name(x509));
    info.selfIssued = info.subjectDer == info.issuerDer;
    {
        const X509_NAME *subject = X509_get_subject_name(x509);
        const int position = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
        if (position >= 0) {
            const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, position));
            unsigned char *utf8 = nullptr;
            const int length = ASN1_STRING_to_UTF8(&utf8, value);
            if (length >= 0) {
                info.commonName = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
                OPENSSL_free(utf8);
            } else {
                ERR_clear_error();
            }
        }
    }
    const ASN1_INTEGER *serial = X509_get0_serialNumber(x509);
    info.serialNumber =
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(serial)), ASN1_STRING_length(serial));
    info.serialHex = toHex(info.serialNumber);
    info.notBefore = asnTime(X509_get0_notBefore(x509));
    info.notAfter = asnTime(X509_get0_notAfter(x509));
    info.signatureAlgorithm = objectText(X509_get0_tbs_sigalg(x509)->algorithm);

    if (EVP_PKEY *key = X509_get0_pubkey(x509)) {
        info.keyBits = EVP_PKEY_get_bits(key);
        switch (EVP_PKEY_get_base_id(key)) {
        case EVP_PKEY_RSA:
            info.keyAlgorithm = QStringLiteral("RSA");
            info.rsaPublicExponent = rsaPublicExponent(key);
            break;
        case EVP_PKEY_RSA_PSS:
            info.keyAlgorithm = QStringLiteral("RSA-PSS");
            info.rsaPublicExponent = rsaPublicExponent(key);
            break;
        case EVP_PKEY_EC: {
            info.keyAlgorithm = QStringLiteral("EC");
            char curve[64] = {};
            size_t length = 0;
            if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve,
                                               &length) == 1)
                info.curve = QString::fromUtf8(curve, static_cast<qsizetype>(length));
            // OpenSSL matches explicit parameters to a known curve's name, so the group name alone
            // does not tell a named curve from a spelled-out one; the encoding does.
            char encoding[32] = {};
            if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, encoding, sizeof encoding,
                                               nullptr) == 1)
                info.ecExplicitParameters = qstrcmp(encoding, OSSL_PKEY_EC_ENCODING_EXPLICIT) == 0;
            break;
        }
        default:
            info.keyAlgorithm = QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
            break;
        }
    }
    ERR_clear_error();

    int critical = 0;
    ossl::ExtendedKeyUsagePtr usage(
        static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x509, NID_ext_key_usage, &critical, nullptr)));
    if (usage) {
        info.hasEkuExtension = true;
        for (int i = 0; i < sk_ASN1_OBJECT_num(usage.get()); ++i)
            info.ekus << objectText(sk_ASN1_OBJECT_value(usage.get(), i));
    } else if (critical == -2) {
        // The extension occurs more than once; treat it as present with nothing we can trust.
        info.hasEkuExtension = true;
    }
    ERR_clear_error();

    const uint32_t flags = X509_get_extension_flags(x509);
    if (flags & EXFLAG_BCONS) {
        info.basicConstraintsCa = (flags & EXFLAG_CA) != 0;
        const long pathLength = X509_get_pathlen(x509);
        if (pathLength >= 0)
            info.pathLength = static_cast<int>(pathLength);
    }
    if (flags & EXFLAG_KUSAGE) {
        const uint32_t bits = X509_get_key_usage(x509);
        const std::pair<uint32_t, const char *> names[] = {{KU_DIGITAL_SIGNATURE, "digitalSignature"},
                                                           {KU_NON_REPUDIATION, "nonRepudiation"},
                                                           {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
                                                           {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
                                                           {KU_KEY_AGREEMENT, "keyAgreement"},
                                                           {KU_KEY_CERT_SIGN, "keyCertSign"},
                                                           {KU_CRL_SIGN, "cRLSign"},
                                                           {KU_ENCIPHER_ONLY, "encipherOnly"},
                                                           {KU_DECIPHER_ONLY, "decipherOnly"}};
        for (const auto &[bit, name] : names)
            if (bits & bit)
                info.keyUsage << QLatin1String(name);
    }
    info.subjectKeyIdentifier = octets(X509_get0_subject_key_id(x509));
    info.authorityKeyIdentifier = octets(X509_get0_authority_key_id(x509));
    ERR_clear_error();
    info.extensions = decodedExtensions(x509);
    return info;
}

QByteArray encodeCertificate(const QByteArray &der, CertificateEncoding encoding) {
    if (encoding == CertificateEncoding::Der)
        return der;
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

} // namespace ctlv
