#pragma once
// "Would Windows trust this certificate?" (issue #15, `ctltool check`, the viewer's Check a certificate
// panel): builds the chain from a certificate to a root with the given chain files and certificate
// sources, finds the root in an authroot list by the list's identifier type, looks every chain
// certificate up in a disallowed list (whatever its identifier type), and applies the effective-trust
// rules with the real dates (the end-entity certificate's notBefore, the use time, a timestamp).

#include "CertificateSources.h"
#include "CtlDocument.h"
#include "EffectiveTrust.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ctlv {

/// Why a chain would fail before the list's rules are asked (a chain that does not reach a listed root
/// reads not-listed instead).
enum class CheckProblem : quint8 {
    Expired,          ///< a certificate of the chain is outside its validity at the use time
    BadSignature,     ///< a certificate's signature does not verify with its issuer's key
    PurposeNotInLeaf, ///< the end-entity certificate's EKU extension does not include the purpose
};
QString checkProblemKey(CheckProblem problem); ///< "expired", "bad-signature", "purpose-not-in-leaf"

struct CheckedCertificate {
    StoredCertificate certificate;         // hashes for every identifier type; info() for subject, dates
    std::optional<size_t> disallowedEntry; // index in the disallowed list when it names this certificate
    std::vector<CheckProblem> problems;
};

struct CertificateCheckInput {
    QByteArray certificateDer;                  // the end-entity (or any) certificate asked about
    std::vector<QByteArray> chainDer;           // further certificates (--chain FILE...)
    std::vector<CertificateSourceData> sources; // --certs SOURCE...
    const CtlDocument *list = nullptr;          // the authroot list (required)
    const CtlDocument *disallowed = nullptr;    // optional
    TrustQuestion question; // purpose, at, windows, optional timestamp; endEntityNotBefore is filled in
};

struct CertificateCheckResult {
    std::vector<CheckedCertificate> chain; // from the certificate to the last one found (root or not)
    std::optional<size_t> rootEntry;       // index in the list of the entry that names a chain certificate
    int rootChainIndex = -1;               // which chain certificate that entry names
    bool chainComplete = false;            // the chain ends at a self-signed certificate or a listed one
    TrustQuestion question;                // as evaluated (at resolved, endEntityNotBefore filled)
    TrustAnswer answer;                    // the list's rules (not-listed when no entry names the chain)
    bool trusted = false;                  // answer.status == Trusted and no chain problem
};

/// The check; an error only when a certificate cannot be read.
Expected<CertificateCheckResult> checkCertificate(const CertificateCheckInput &input);

} // namespace ctlv
