#include "ossl.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <array>

void checkOpenssl(bool ok, std::string_view what) {
    if (ok)
        return;
    std::string message(what);
    bool first = true;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        message += first ? ": " : "; ";
        message += text;
        first = false;
    }
    throw FixtureError(message);
}

const DigestAlgorithm &digestAlgorithm(DigestKind kind) {
    static const std::array<DigestAlgorithm, 5> algorithms = {{
        {DigestKind::Md5, "md5", "MD5", "1.2.840.113549.2.5", "", 16},
        {DigestKind::Sha1, "sha1", "SHA1", "1.3.14.3.2.26", "1.2.840.10045.4.1", 20},
        {DigestKind::Sha256, "sha256", "SHA256", "2.16.840.1.101.3.4.2.1", "1.2.840.10045.4.3.2", 32},
        {DigestKind::Sha384, "sha384", "SHA384", "2.16.840.1.101.3.4.2.2", "1.2.840.10045.4.3.3", 48},
        {DigestKind::Sha512, "sha512", "SHA512", "2.16.840.1.101.3.4.2.3", "1.2.840.10045.4.3.4", 64},
    }};
    for (const DigestAlgorithm &algorithm : algorithms)
        if (algorithm.kind == kind)
            return algorithm;
    throw FixtureError("unknown digest");
}

Hasher::Hasher(DigestKind kind)
    : m_algorithm(&digestAlgorithm(kind)), m_md(EVP_MD_fetch(nullptr, m_algorithm->opensslName, nullptr)),
      m_context(EVP_MD_CTX_new()) {
    checkOpenssl(m_md != nullptr, std::string("EVP_MD_fetch(") + m_algorithm->opensslName + ")");
    checkOpenssl(m_context != nullptr, "EVP_MD_CTX_new");
}

void Hasher::hashInto(der::ByteView data, std::uint8_t *out) {
    unsigned int written = 0;
    checkOpenssl(EVP_DigestInit_ex2(m_context.get(), m_md.get(), nullptr) == 1 &&
                     EVP_DigestUpdate(m_context.get(), data.data(), data.size()) == 1 &&
                     EVP_DigestFinal_ex(m_context.get(), out, &written) == 1 &&
                     written == m_algorithm->length,
                 std::string("hashing with ") + m_algorithm->opensslName);
}

der::Bytes Hasher::hash(der::ByteView data) {
    der::Bytes out(m_algorithm->length);
    hashInto(data, out.data());
    return out;
}

der::Bytes hashBytes(DigestKind kind, der::ByteView data) {
    return Hasher(kind).hash(data);
}

namespace {
// A fresh RSA-2048 key rewritten with e = d = 1 (and CRT exponents 1): its "signatures" are the padded
// digests themselves, and OpenSSL still signs and verifies with it.
EVP_PKEY *exponentOneRsaKey() {
    PkeyPtr original(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048)));
    checkOpenssl(original != nullptr, "key generation");
    BIGNUM *n = nullptr, *p = nullptr, *q = nullptr, *qInverse = nullptr;
    checkOpenssl(EVP_PKEY_get_bn_param(original.get(), OSSL_PKEY_PARAM_RSA_N, &n) == 1 &&
                     EVP_PKEY_get_bn_param(original.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, &p) == 1 &&
                     EVP_PKEY_get_bn_param(original.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, &q) == 1 &&
                     EVP_PKEY_get_bn_param(original.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, &qInverse) == 1,
                 "reading the RSA key");
    BIGNUM *one = BN_new();
    BN_one(one);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, one);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_D, one);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_FACTOR1, p);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_FACTOR2, q);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_EXPONENT1, one);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_EXPONENT2, one);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qInverse);
    OSSL_PARAM *parameters = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    const bool ok = parameters && context && EVP_PKEY_fromdata_init(context) == 1 &&
                    EVP_PKEY_fromdata(context, &key, EVP_PKEY_KEYPAIR, parameters) == 1;
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(parameters);
    OSSL_PARAM_BLD_free(builder);
    for (BIGNUM *number : {n, p, q, qInverse, one})
        BN_free(number);
    checkOpenssl(ok, "building the exponent-1 RSA key");
    return key;
}
} // namespace

PkeyPtr generateKey(KeyKind kind) {
    EVP_PKEY *key = nullptr;
    switch (kind) {
    case KeyKind::Rsa1024:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(1024));
        break;
    case KeyKind::RsaExponent1:
        key = exponentOneRsaKey();
        break;
    case KeyKind::EcP256Explicit:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        if (key && EVP_PKEY_set_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING,
                                                  OSSL_PKEY_EC_ENCODING_EXPLICIT) != 1) {
            EVP_PKEY_free(key);
            key = nullptr;
        }
        break;
    case KeyKind::Rsa2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
        break;
    case KeyKind::Rsa4096:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(4096));
        break;
    case KeyKind::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    }
    checkOpenssl(key != nullptr, "key generation");
    return PkeyPtr(key);
}

bool isRsaKey(const EVP_PKEY *key) {
    return EVP_PKEY_is_a(key, "RSA") == 1;
}
bool isEcKey(const EVP_PKEY *key) {
    return EVP_PKEY_is_a(key, "EC") == 1;
}

der::Bytes signData(EVP_PKEY *key, DigestKind digest, RsaPadding padding, der::ByteView data) {
    const DigestAlgorithm &algorithm = digestAlgorithm(digest);
    MdCtxPtr context(EVP_MD_CTX_new());
    checkOpenssl(context != nullptr, "EVP_MD_CTX_new");
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    checkOpenssl(EVP_DigestSignInit_ex(context.get(), &keyContext, algorithm.opensslName, nullptr, nullptr,
                                       key, nullptr) == 1,
                 std::string("EVP_DigestSignInit_ex with ") + algorithm.opensslName);
    if (padding == RsaPadding::Pss) {
        checkOpenssl(EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
                         EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, static_cast<int>(algorithm.length)) ==
                             1 &&
                         EVP_PKEY_CTX_set_rsa_mgf1_md_name(keyContext, algorithm.opensslName, nullptr) == 1,
                     "configuring RSA-PSS");
    }
    size_t signatureLength = 0;
    checkOpenssl(EVP_DigestSign(context.get(), nullptr, &signatureLength, data.data(), data.size()) == 1,
                 "EVP_DigestSign (length)");
    der::Bytes signature(signatureLength);
    checkOpenssl(
        EVP_DigestSign(context.get(), signature.data(), &signatureLength, data.data(), data.size()) == 1,
        "EVP_DigestSign");
    signature.resize(signatureLength);
    return signature;
}

der::Bytes certificateDer(X509 *certificate) {
    const int length = i2d_X509(certificate, nullptr);
    checkOpenssl(length > 0, "i2d_X509");
    der::Bytes out(static_cast<std::size_t>(length));
    unsigned char *cursor = out.data();
    checkOpenssl(i2d_X509(certificate, &cursor) == length, "i2d_X509");
    return out;
}

der::Bytes nameDer(const X509_NAME *name) {
    const int length = i2d_X509_NAME(name, nullptr);
    checkOpenssl(length > 0, "i2d_X509_NAME");
    der::Bytes out(static_cast<std::size_t>(length));
    unsigned char *cursor = out.data();
    checkOpenssl(i2d_X509_NAME(name, &cursor) == length, "i2d_X509_NAME");
    return out;
}

der::Bytes serialNumberDer(const X509 *certificate) {
    const ASN1_INTEGER *serial = X509_get0_serialNumber(certificate);
    const int length = i2d_ASN1_INTEGER(serial, nullptr);
    checkOpenssl(length > 0, "i2d_ASN1_INTEGER");
    der::Bytes out(static_cast<std::size_t>(length));
    unsigned char *cursor = out.data();
    checkOpenssl(i2d_ASN1_INTEGER(serial, &cursor) == length, "i2d_ASN1_INTEGER");
    return out;
}

std::string toHex(der::ByteView bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t byte : bytes) {
        out.push_back(digits[byte >> 4]);
        out.push_back(digits[byte & 0x0F]);
    }
    return out;
}

der::Bytes certificateSha1(X509 *certificate) {
    return hashBytes(DigestKind::Sha1, certificateDer(certificate));
}

std::string rfc2253Name(const X509_NAME *name) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    checkOpenssl(bio != nullptr, "BIO_new");
    checkOpenssl(X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) >= 0,
                 "X509_NAME_print_ex");
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(length));
}

PkeyPtr readPrivateKeyPem(const std::string &path) {
    BioPtr bio(BIO_new_file(path.c_str(), "r"));
    checkOpenssl(bio != nullptr, "cannot open " + path);
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    checkOpenssl(key != nullptr, "cannot read a PEM private key from " + path);
    return key;
}

X509Ptr readCertificatePem(const std::string &path) {
    BioPtr bio(BIO_new_file(path.c_str(), "r"));
    checkOpenssl(bio != nullptr, "cannot open " + path);
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    checkOpenssl(certificate != nullptr, "cannot read a PEM certificate from " + path);
    return certificate;
}

void writeCertificatePem(const std::string &path, X509 *certificate) {
    BioPtr bio(BIO_new_file(path.c_str(), "w"));
    checkOpenssl(bio != nullptr, "cannot create " + path);
    checkOpenssl(PEM_write_bio_X509(bio.get(), certificate) == 1, "cannot write " + path);
    checkOpenssl(BIO_flush(bio.get()) == 1, "cannot write " + path);
}

void writePrivateKeyPem(const std::string &path, EVP_PKEY *key) {
    BioPtr bio(BIO_new_file(path.c_str(), "w"));
    checkOpenssl(bio != nullptr, "cannot create " + path);
    checkOpenssl(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
                 "cannot write " + path);
    checkOpenssl(BIO_flush(bio.get()) == 1, "cannot write " + path);
}
