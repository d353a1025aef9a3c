#pragma once
// The validation engine's vocabulary: findings, the verdict and the report that Validator returns.
// Plain values; the viewer, ctltool and the reports only present them.

#include "CertificateInfo.h"
#include "CtlDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ctlv {

enum class Severity { Info, Warning, Error };
QString severityKey(Severity severity);   // "info", "warning", "error"
QString severityLabel(Severity severity); // translated

struct Finding {
    QString code; // stable, e.g. "signature-invalid", "native-dialog-warning"
    Severity severity = Severity::Info;
    QString title;       // short, translated
    QString explanation; // several sentences for a Windows administrator, translated
    bool cosmetic = false;
    int signerIndex = -1;      // CtlDocument::signers
    int certificateIndex = -1; // CtlDocument::certificates, -1 when the certificate is not from the file
    int entryIndex = -1;       // CtlDocument::entries
    // The dates the text speaks of, by name ("thisUpdate", "nextUpdate", "evaluatedAt", "now"), so that
    // `ctltool --json` gives them to scripts as data rather than inside translated prose.
    std::vector<std::pair<QLatin1String, QDateTime>> times;
};

enum class Verdict { Valid, ValidWithWarnings, Untrusted, Invalid, Unsigned, Malformed };
QString verdictKey(
    Verdict verdict); // "valid", "valid-with-warnings", "untrusted", "invalid", "unsigned", "malformed"
QString verdictSentence(Verdict verdict); // one translated sentence for a person

// One certificate of a built chain, from the signer up.
struct ChainElement {
    CertificateInfo certificate;
    enum class Origin {
        File,
        BundledIntermediate,
        BundledRoot,
        SystemStore,
        UserTrust
    } origin = Origin::File;
    int documentIndex = -1; // CtlDocument::certificates when it comes from the file
    QStringList problems;   // chain errors OpenSSL reported at this depth, in words
};
QString chainOriginLabel(ChainElement::Origin origin);

struct ChainResult {
    QDateTime evaluatedAt;
    bool trusted = false;               // reaches a trust anchor with no fatal error
    std::vector<ChainElement> elements; // signer first; ends at the root when one was found
    QString missingIssuer;              // the issuer name when the chain stops at an unknown issuer
    QStringList errors;                 // fatal chain errors, in words
    QStringList toleratedLegacy;        // what Windows accepts and strict X.509 does not
    bool timeErrorsOnly = false;        // every error is a validity-period error
    bool notYetValid = false;           // some certificate was not yet valid at evaluatedAt
    bool anchorProblemsOnly = false;    // every error is a missing issuer or an untrusted root
};

struct SignerResult {
    int signerIndex = -1;
    int certificateIndex = -1; // -1: the certificate the signerInfo names is not in the file
    bool digestMatches = false;
    bool signatureValid = false; // the cryptographic signature over the signed attributes
    bool contentTypeMatches = false;
    bool attributesWellFormed = false; // no duplicates, exactly one messageDigest
    bool bareDigestSignature = false;  // legacy RSA block holding the hash without its DigestInfo
    QString failure;                   // why the signature does not hold, in words
    ChainResult chainAtSigning;        // at the list's own time
    ChainResult chainNow;              // at the current time
    QStringList effectiveEkus;         // intersected down the chain; empty with anyPurpose = any
    bool anyPurpose = false;
    bool ekuAuthorised = false;

    bool intact() const {
        return digestMatches && signatureValid && contentTypeMatches && attributesWellFormed;
    }
};

// Whether Windows' CTL dialog would say "This certificate trust list is not valid", and whether that
// warning is cosmetic.
struct NativeDialogAssessment {
    bool wouldWarn = false;
    bool cosmetic = false;
    QString explanation;
};

enum class EvaluationTimeSource { Countersignature, ThisUpdate, User };

struct ValidationReport {
    Verdict verdict = Verdict::Malformed;
    std::vector<Finding> findings;
    std::vector<SignerResult> signers; // parallel to CtlDocument::signers
    NativeDialogAssessment nativeDialog;
    QDateTime evaluationTime;
    EvaluationTimeSource evaluationTimeSource = EvaluationTimeSource::ThisUpdate;
    QDateTime now;
    std::optional<qint64> listAgeDays;

    const Finding *find(const QString &code) const;
    int count(Severity severity) const;
};

struct ValidationOptions {
    QList<QByteArray> extraTrustAnchorsDer; // --trust FILE, and the GUI's setting
    bool useBundledAnchors = true;          // the three Microsoft roots in resources/
    bool useBundledIntermediates = true;    // Microsoft's CTL-signing CAs in resources/
    bool useSystemStore = true;
    std::optional<QDateTime> at; // --at DATE: evaluate the chain at this time instead of the list's
    QStringList acceptedEkus;    // --accept-eku OID
    QDateTime now;               // invalid: the current time (tests pin it)
};

class Validator {
public:
    static ValidationReport validate(const CtlDocument &document, const ValidationOptions &options = {});
};

// Background for authroot and disallowed lists: Automatic Root Certificates Update, CAPI2 Event ID 11
// and the choices an administrator has. Translated paragraphs, empty for other list kinds.
QStringList contextHelp(ListKind kind);

} // namespace ctlv
