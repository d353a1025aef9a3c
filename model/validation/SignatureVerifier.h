#pragma once
// Verifies one signerInfo with OpenSSL primitives. OpenSSL's own PKCS#7/CMS verification cannot do it
// for CTLs: it does not hash the CTL value octets and insists on an OCTET STRING eContent.

#include "CtlDocument.h"
#include "Validation.h"

#include <QHash>

namespace ctlv {

struct SignatureCheck {
    bool digestMatches = false;
    bool signatureValid = false;
    bool contentTypeMatches = false;
    bool attributesWellFormed = false;
    bool bareDigestSignature =
        false; // PKCS#1 v1.5 block holding the bare hash, no DigestInfo (old VeriSign timestamps)
    std::vector<SignatureFailure> failures; // every reason, as data
};

// Content digests already computed in one validation, by digest name and byte range: every signerInfo of
// a SignedData hashes the same (up to 256 MiB) content, and a crafted list may carry 32 of them. A real
// list needs two hashes of its content (SHA-1 over the CTL's value, SHA-256 over the whole CTL for the
// nested signature); a list that asks for more than MaxLargeHashes different ones over more than
// LargeHashBytes gets the rest refused, so that no list costs more than a few passes over its bytes.
struct DigestCache {
    static constexpr int MaxLargeHashes = 3;
    static constexpr qsizetype LargeHashBytes = 1 << 20;
    QHash<QString, QByteArray> byKey;
    int largeHashes = 0;
};

// `signerCertificateDer` is the certificate the signerInfo names (found by issuer and serial).
SignatureCheck verifySignerInfo(const CtlDocument &document, const SignerInfoData &signer,
                                const QByteArray &signerCertificateDer, DigestCache *digests = nullptr);

// The OpenSSL digest name ("SHA256") for a digest OID, empty when unsupported.
QString opensslDigestName(const QString &digestOid);

} // namespace ctlv
