// OpenSSL helpers for the CTL fixture generator: RAII ownership of every OpenSSL object, error
// reporting, digests, key generation and raw signatures. OpenSSL is used only for cryptography and
// for building X.509 certificates; all PKCS#7/CTL structures are encoded by der.h.
#pragma once

#include "der.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

// Thrown for every failure; main() prints it and exits with code 2.
class FixtureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws FixtureError("<what>: <OpenSSL error queue>") unless ok.
void checkOpenssl(bool ok, std::string_view what);

template <auto FreeFunction> struct OpensslDeleter {
    template <class T> void operator()(T *pointer) const { FreeFunction(pointer); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, OpensslDeleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpensslDeleter<EVP_PKEY_CTX_free>>;
using MdPtr = std::unique_ptr<EVP_MD, OpensslDeleter<EVP_MD_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpensslDeleter<EVP_MD_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpensslDeleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpensslDeleter<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpensslDeleter<X509_EXTENSION_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, OpensslDeleter<ASN1_TIME_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpensslDeleter<BN_free>>;
using BioPtr = std::unique_ptr<BIO, OpensslDeleter<BIO_free_all>>;
// OPENSSL_free is a macro, so it cannot be a template argument directly.
inline void freeOpensslBuffer(void *pointer) {
    OPENSSL_free(pointer);
}
using OpensslStringPtr = std::unique_ptr<char, OpensslDeleter<freeOpensslBuffer>>;

// Rsa1024, RsaExponent1 (a 2048-bit modulus with public exponent 1: anyone can forge its signatures) and
// EcP256Explicit (P-256 written with explicit curve parameters) exist to test the weak-key findings.
enum class KeyKind { Rsa2048, Rsa4096, EcP256, Rsa1024, RsaExponent1, EcP256Explicit };

enum class DigestKind { Md5, Sha1, Sha256, Sha384, Sha512 };

struct DigestAlgorithm {
    DigestKind kind;
    std::string_view optionName; // as on the command line and in the facts file
    const char *opensslName;     // for EVP_MD_fetch
    std::string_view oid;        // digestAlgorithm (parameters NULL, as Microsoft writes them)
    std::string_view ecdsaOid;   // ecdsa-with-<digest>; empty when no such OID exists (MD5)
    std::size_t length;
};

const DigestAlgorithm &digestAlgorithm(DigestKind kind);

// Fetched once and reused: the per-entry hashing of a million-entry list must not re-fetch the
// algorithm or allocate a context for every call.
class Hasher {
public:
    explicit Hasher(DigestKind kind);
    der::Bytes hash(der::ByteView data);
    void hashInto(der::ByteView data, std::uint8_t *out); // writes digestAlgorithm(kind).length bytes
    const DigestAlgorithm &algorithm() const { return *m_algorithm; }

private:
    const DigestAlgorithm *m_algorithm;
    MdPtr m_md;
    MdCtxPtr m_context;
};

der::Bytes hashBytes(DigestKind kind, der::ByteView data);
inline der::ByteView asBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t *>(text.data()), text.size()};
}

PkeyPtr generateKey(KeyKind kind);
bool isRsaKey(const EVP_PKEY *key);
bool isEcKey(const EVP_PKEY *key);

enum class RsaPadding { Pkcs1, Pss };

// Signature over data with the given digest: PKCS#1 v1.5 or PSS (salt length = digest length, MGF1 with
// the same digest) for RSA keys, DER Ecdsa-Sig-Value for EC keys.
der::Bytes signData(EVP_PKEY *key, DigestKind digest, RsaPadding padding, der::ByteView data);

// DER of OpenSSL objects (the certificate's own encoding; nothing is parsed by hand).
der::Bytes certificateDer(X509 *certificate);
der::Bytes nameDer(const X509_NAME *name);
der::Bytes serialNumberDer(const X509 *certificate); // complete INTEGER TLV

std::string toHex(der::ByteView bytes); // lowercase
der::Bytes certificateSha1(X509 *certificate);
std::string rfc2253Name(const X509_NAME *name);

PkeyPtr readPrivateKeyPem(const std::string &path);
X509Ptr readCertificatePem(const std::string &path);
void writeCertificatePem(const std::string &path, X509 *certificate);
void writePrivateKeyPem(const std::string &path, EVP_PKEY *key);
