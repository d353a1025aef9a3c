// Test PKI for the CTL fixtures: root, intermediates, the list signer and an optional time-stamping
// certificate, all built with OpenSSL's X509 API.
#pragma once

#include "ossl.h"
#include "timeutil.h"

#include <optional>
#include <string>
#include <vector>

struct Identity {
    PkeyPtr key;
    X509Ptr certificate;
};

struct CertificateRequest {
    std::string commonName;
    std::string organization = "CTL Fixture";
    UtcDateTime notBefore;
    UtcDateTime notAfter;
    bool isCa = false;
    // nullopt: no EKU extension at all. Dotted OIDs or OpenSSL short names.
    std::optional<std::vector<std::string>> extendedKeyUsages;
    bool ekuCritical = false;
};

// Issues a certificate for subjectKey. issuer == nullptr makes it self-signed.
X509Ptr issueCertificate(const CertificateRequest &request, EVP_PKEY *subjectKey, const Identity *issuer,
                         DigestKind signatureDigest);
