#pragma once
// Verifies one signerInfo with OpenSSL primitives. OpenSSL's own PKCS#7/CMS verification cannot do it
// for CTLs: it does not hash the CTL value octets and insists on an OCTET STRING eContent.

#include "CtlDocument.h"

namespace ctlv {

struct SignatureCheck {
    bool digestMatches = false;
    bool signatureValid = false;
    bool contentTypeMatches = false;
    bool attributesWellFormed = false;
    bool bareDigestSignature =
        false;            // PKCS#1 v1.5 block holding the bare hash, no DigestInfo (old VeriSign timestamps)
    QStringList failures; // every reason, in words
};

// `signerCertificateDer` is the certificate the signerInfo names (found by issuer and serial).
SignatureCheck verifySignerInfo(const CtlDocument &document, const SignerInfoData &signer,
                                const QByteArray &signerCertificateDer);

// The OpenSSL digest name ("SHA256") for a digest OID, empty when unsupported.
QString opensslDigestName(const QString &digestOid);

} // namespace ctlv
