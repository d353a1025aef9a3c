#pragma once
// Builds and checks a signer's certificate chain with OpenSSL's X509_STORE, collecting every error
// instead of stopping at the first, and telling legacy quirks Windows accepts from real failures.

#include "CtlDocument.h"
#include "Validation.h"

#include <QSet>

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
    // The same, but when the chain fails at a certificate of the document that is no root (an expired
    // cross-certificate, as vendor catalogs carry for their root), tries again without it, so that another
    // path to a trusted root is found; the first trusted chain wins. Else the path that says most about
    // why: one that reaches a self-signed root that is not trusted, then one that ends at a root the file
    // carries only as a cross-certificate whose issuer is missing (reported as RootNotInStore, naming
    // the root), then the first path.
    ChainResult buildAvoidingDeadEnds(const QByteArray &leafDer,
                                      const std::vector<CertificateInfo> &documentCertificates,
                                      const QDateTime &at) const;

private:
    static ChainResult mostTelling(std::vector<ChainResult> attempts);
    ChainResult buildExcluding(const QByteArray &leafDer,
                               const std::vector<CertificateInfo> &documentCertificates, const QDateTime &at,
                               const QSet<QByteArray> &excludedSha1) const;
    struct Private;
    std::unique_ptr<Private> d;
};

// Every PEM certificate in a Qt resource folder or file, as DER.
QList<QByteArray> certificatesFromPem(const QByteArray &pem);

} // namespace ctlv
