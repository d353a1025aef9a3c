#pragma once
// RAII owners for every OpenSSL object the project touches. Ownership follows OpenSSL's naming:
// get0 results are borrowed and never wrapped, get1 and d2i/new results are wrapped at once.

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace ctlv::ossl {

template <auto FreeFunction> struct Deleter {
    template <class T> void operator()(T *pointer) const noexcept { FreeFunction(pointer); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<&X509_NAME_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<&EVP_MD_CTX_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<&EVP_PKEY_CTX_free>>;
using EvpMdPtr = std::unique_ptr<EVP_MD, Deleter<&EVP_MD_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<&X509_STORE_CTX_free>>;
using VerifyParamPtr = std::unique_ptr<X509_VERIFY_PARAM, Deleter<&X509_VERIFY_PARAM_free>>;
using AsnObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<&ASN1_OBJECT_free>>;

struct ExtendedKeyUsageDeleter {
    void operator()(EXTENDED_KEY_USAGE *usage) const noexcept {
        sk_ASN1_OBJECT_pop_free(usage, ASN1_OBJECT_free);
    }
};
using ExtendedKeyUsagePtr = std::unique_ptr<EXTENDED_KEY_USAGE, ExtendedKeyUsageDeleter>;

struct X509StackDeleter {
    void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// Parses one DER certificate; null when it is not one. Clears the error queue it may leave behind.
X509Ptr certificateFromDer(const QByteArray &der);
// SHA-1 and SHA-256 through OpenSSL, which uses the CPU's SHA extensions: QCryptographicHash (Qt 6.4)
// does not (80 instructions a byte in callgrind).
QByteArray sha1(QByteArrayView data);
QByteArray sha256(QByteArrayView data);
// The text of the most recent OpenSSL error, read right after the call that failed; empties the queue.
QString takeLastError();

} // namespace ctlv::ossl
