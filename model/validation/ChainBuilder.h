#pragma once
// Builds and checks a signer's certificate chain with OpenSSL's X509_STORE, collecting every error
// instead of stopping at the first, and telling legacy quirks Windows accepts from real failures.

#include "CtlDocument.h"
#include "Validation.h"

#include <memory>

namespace ctlv {

class TrustMaterial {
public:
    explicit TrustMaterial(const ValidationOptions &options);
    ~TrustMaterial();
    TrustMaterial(const TrustMaterial &) = delete;
    TrustMaterial &operator=(const TrustMaterial &) = delete;

    // `untrustedDer`: the document's certificates (indexes match CtlDocument::certificates).
    ChainResult build(const QByteArray &leafDer, const std::vector<CertificateInfo> &documentCertificates,
                      const QDateTime &at) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Every PEM certificate in a Qt resource folder or file, as DER.
QList<QByteArray> certificatesFromPem(const QByteArray &pem);

} // namespace ctlv
