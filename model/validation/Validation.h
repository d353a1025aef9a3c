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
    QList<int> problems;    // OpenSSL verify errors (X509_V_ERR_*) at this depth
};
QString chainOriginLabel(ChainElement::Origin origin);

// Now: a security catalog without a usable timestamp is judged today, as Windows does.
enum class EvaluationTimeSource { Countersignature, ThisUpdate, User, Now };

// Which Windows driver-signing policy a security catalog meets (issue: `validation.driverPolicy`).
enum class DriverPolicy {
    None,           // not a catalog, or no intact, trusted, authorised signature
    VendorSigned,   // Authenticode code signing under a trusted root: user-mode, older Windows
    MicrosoftSigned // Microsoft's hardware program (WHCP / attestation) under a Microsoft root
};
QString driverPolicyKey(DriverPolicy policy); // "none", "vendor-signed", "microsoft-signed"

// Every kind of finding the engine reports. The stable code string of each ("signature-invalid", ...) is
// in one table, findingCodeKey(); scripts and `ctltool --json` see only that string.
enum class FindingCode {
    Unsigned,
    TrailingBytes,
    EvaluationTime,
    EntryAttributeMalformed,
    CountersignatureTimeImplausible,
    WeakRsaExponent,
    ShortRsaKey,
    EcExplicitCurve,
    SignerCertificateMissing,
    SignedAfterThisUpdate,
    LegacyBareDigestSignature,
    CountersignatureInvalid,
    SignatureValid,
    ContentTampered,
    SignatureInvalid,
    ContentTypeMismatch,
    SignedAttributesMalformed,
    LegacyDigestMd5,
    LegacyDigestSha1,
    ChainTrusted,
    CountersignatureUntrusted,
    IssuerNotInFile,
    LegacyRootWithoutBasicConstraints,
    ChainUntrusted,
    ChainInvalid,
    SignerExpiredSinceSigning,
    ChainFailsToday,
    CountersignerNotTimestamping,
    EkuQualifiedSubordination,
    EkuAuthorised,
    EkuNotAuthorised,
    ListAge,
    NextUpdatePassed,
    ListFromFuture,
    DuplicateCertificate,
    LegacyCertificateMd5,
    NativeDialogWarning,
    // Security catalogs (.cat): the signer's purpose by catalog rules, what Windows' Security Catalog
    // dialog would show, and the driver-signing policy met.
    CatalogSignerAuthorised,
    CatalogSignerNotAuthorised,
    CatalogDialog,
    CatalogDriverPolicy,
    // Not from the engine: linking a list to certificate sources (ctltool --certs) found a certificate
    // with the entry's identifier but another SHA-256 than the list gives.
    CertificateSha256Mismatch,
    Malformed, // not from the engine: a list whose bytes cannot be parsed (ctltool's JSON); stays last
};
QString findingCodeKey(FindingCode code); // the stable string, e.g. "signature-invalid"
std::optional<FindingCode> findingCodeFromKey(const QString &key);

// Why a chain fails, as data: what kind of problem, OpenSSL's verify error number (X509_V_ERR_*), and
// the certificate it concerns. present/FindingText.h puts it in words.
struct ChainProblem {
    enum class Kind {
        LeafUnreadable, // the signer certificate cannot be read
        CannotBuild,    // OpenSSL could not start building; `detail` is its error text
        IssuerNotFound, // `subject` is the missing issuer's name
        UntrustedRoot,  // `subject` is the root
        // The chain ends at a root the file carries only as a cross-certificate (a CA certificate above
        // the signer): `subject` is that root, not trusted here, and `detail` the cross-certificate's
        // issuer, not here either. A missing issuer, told as what it means.
        RootNotInStore,
        Verify, // any other OpenSSL verify error at `subject`'s depth (empty: none)
    } kind = Kind::Verify;
    int verifyError = 0;
    QString subject;
    QString detail; // CannotBuild: OpenSSL's text; RootNotInStore: the cross-certificate's issuer
};

struct ChainResult {
    QDateTime evaluatedAt;
    bool trusted = false;               // reaches a trust anchor with no fatal error
    std::vector<ChainElement> elements; // signer first; ends at the root when one was found
    QString missingIssuer;              // the issuer name when the chain stops at an unknown issuer
    std::vector<ChainProblem> errors;   // fatal chain errors
    QStringList toleratedLegacy;        // subjects of v3 CAs without BasicConstraints: Windows accepts them
    bool timeErrorsOnly = false;        // every error is a validity-period error
    bool notYetValid = false;           // some certificate was not yet valid at evaluatedAt
    bool anchorProblemsOnly = false;    // every error is a missing issuer or an untrusted root
};

// Why a signature does not hold, as data (SignatureVerifier and the signer lookup).
struct SignatureFailure {
    enum class Kind {
        CertificateMissing,            // the signer certificate is not in the file
        DuplicateAttributes,           // `oids`: the attribute types present more than once
        MessageDigestCount,            // `count`: how many messageDigest values
        UnsupportedDigest,             // `oid`
        TooManyHashes,                 // `count`: DigestCache::MaxLargeHashes
        DigestMismatch,                // `oid`: the digest algorithm
        ContentTypeMismatch,           // `oids`: the signed contentTypes; `oid`: the content's type
        PublicKeyUnreadable,           //
        PssParametersUnreadable,       // `detail`: the DER reader's message
        UnsupportedMaskGeneration,     // `oid`: the RSA-PSS mask generation function
        PssHashMismatch,               // `oids`: {PSS hash, signer's digest}
        PssWithoutRsaKey,              //
        RsaKeyMismatch,                //
        EcdsaKeyMismatch,              //
        UnsupportedSignatureAlgorithm, // `oid`
        CannotCheck,                   // `detail`: OpenSSL's error text
        PssParametersUnusable,         // `detail`: OpenSSL's error text
        SignatureMismatch,             // `detail`: OpenSSL's error text, may be empty
    } kind = Kind::SignatureMismatch;
    QString oid;
    QStringList oids;
    qint64 count = 0;
    QString detail; // not translated: OpenSSL's or the DER reader's own text
};

// What a weak public key is (Validator's key check).
struct KeyWeakness {
    enum class Kind { None, RsaExponent, ShortRsaKey, EcExplicitCurve } kind = Kind::None;
    QString exponentHex; // RsaExponent
    int bits = 0;        // ShortRsaKey
};

// One reason Windows' CTL dialog would say "not valid" for real, with the signer it concerns.
struct FailedCheck {
    enum class Kind {
        NotSigned,
        TrailingData,
        SignerCertificateMissing,
        DoesNotVerify,
        NotChained,
        NotAuthorised,
        WeakKey
    } kind = Kind::NotSigned;
    SignerKind signer = SignerKind::Primary;
};

// Whether Windows' CTL dialog would say "This certificate trust list is not valid", and whether that
// warning is cosmetic. present/FindingText.h explains it in words.
struct NativeDialogAssessment {
    bool wouldWarn = false;
    bool cosmetic = false;
    QString signerSubject;                 // the primary signer, when its certificate is in the file
    std::vector<FailedCheck> failedChecks; // why the warning is real (empty when it is not)
};

// What a finding's text speaks of, as data. Each code uses the fields its text needs (see
// present/FindingText.cpp); the rest keep their defaults.
struct FindingArguments {
    SignerKind signerKind = SignerKind::Primary; // the signature the finding is about
    QString subject;                             // the certificate the finding is about
    QString otherSubject;                        // chain-trusted: the root it reaches
    ChainElement::Origin otherOrigin = ChainElement::Origin::File;
    QString serialNumberHex; // signer-certificate-missing: the certificate the signerInfo names
    QString issuerName;
    qint64 count = 0;                // bytes, entries, days, as the code says
    qsizetype offset = 0;            // entry-attribute-malformed: where the first undecodable list starts
    QString detail;                  // entry-attribute-malformed, malformed: the reader's message
    QString identifier;              // certificate-sha256-mismatch: the entry's identifier (hex)
    QString source;                  // certificate-sha256-mismatch: where the certificate came from
    QByteArray listSha256;           // certificate-sha256-mismatch: the SHA-256 the list gives
    QByteArray certificateSha256;    // certificate-sha256-mismatch: the certificate's own
    QString oid;                     // content-type-mismatch: the signed content's type
    QStringList oids;                // content types, effective purposes
    QStringList acceptedOids;        // eku-authorised: the accepted purposes among the effective ones
    bool signerInfosPresent = false; // unsigned: the set is there but empty (else missing)
    bool nestedSignature = false;    // legacy-digest-sha1: the list also carries a SHA-256 signature
    bool beforeThisUpdate = false;   // countersignature-time-implausible: too early (else in the future)
    bool afterNow = false;           // list-from-future: later than today (else than the evaluation time)
    bool authorised = false;         // eku-*: the signer is authorised to sign this list
    bool pinRules = false;           // eku-not-authorised: the list is a pin-rules list
    bool anyPurpose = false;         // eku-*, countersigner-not-timestamping: no purpose restriction
    // legacy-*: the list is old enough that Windows accepts the algorithm in it (info, not a warning)
    bool legacyEra = false;
    ListKind listKind = ListKind::Other; // list-age: which list Windows Update would publish anew
    // countersignature-untrusted: the missing issuer of the time-stamping chain is an entry of this
    // very list (`identifier`, `issuerName`), listed for time stamping (or for every purpose)
    bool issuerListedForTimestamping = false;
    int issuerEntryIndex = -1;
    EvaluationTimeSource timeSource = EvaluationTimeSource::ThisUpdate;
    DriverPolicy driverPolicy = DriverPolicy::None; // catalog-driver-policy
    bool dialogOk = false;                          // catalog-dialog: "This digital signature is OK."
    KeyWeakness key;
    std::vector<ChainProblem> chainProblems;
    std::vector<SignatureFailure> signatureFailures;
    NativeDialogAssessment nativeDialog;
};

struct Finding {
    FindingCode code = FindingCode::Malformed;
    Severity severity = Severity::Info;
    bool cosmetic = false;
    int signerIndex = -1;      // CtlDocument::signers
    int certificateIndex = -1; // CtlDocument::certificates, -1 when the certificate is not from the file
    int entryIndex = -1;       // CtlDocument::entries
    // The dates the text speaks of, by name ("thisUpdate", "nextUpdate", "evaluatedAt", "now"), so that
    // `ctltool --json` gives them to scripts as data rather than inside translated prose.
    std::vector<std::pair<QLatin1String, QDateTime>> times;
    FindingArguments arguments;

    QDateTime time(QLatin1String name) const;
};

enum class Verdict { Valid, ValidWithWarnings, Untrusted, Invalid, Unsigned, Malformed };
QString verdictKey(
    Verdict verdict); // "valid", "valid-with-warnings", "untrusted", "invalid", "unsigned", "malformed"
QString verdictSentence(Verdict verdict); // one translated sentence for a person

struct SignerResult {
    int signerIndex = -1;
    int certificateIndex = -1; // -1: the certificate the signerInfo names is not in the file
    bool digestMatches = false;
    bool signatureValid = false; // the cryptographic signature over the signed attributes
    bool contentTypeMatches = false;
    bool attributesWellFormed = false;      // no duplicates, exactly one messageDigest
    bool bareDigestSignature = false;       // legacy RSA block holding the hash without its DigestInfo
    std::vector<SignatureFailure> failures; // why the signature does not hold
    ChainResult chainAtSigning;             // at the list's own time
    ChainResult chainNow;                   // at the current time
    QStringList effectiveEkus;              // intersected down the chain; empty with anyPurpose = any
    bool anyPurpose = false;
    bool ekuAuthorised = false;

    bool intact() const {
        return digestMatches && signatureValid && contentTypeMatches && attributesWellFormed;
    }
};

struct ValidationReport {
    Verdict verdict = Verdict::Malformed;
    std::vector<Finding> findings;
    std::vector<SignerResult> signers; // parallel to CtlDocument::signers
    NativeDialogAssessment nativeDialog;
    QDateTime evaluationTime;
    EvaluationTimeSource evaluationTimeSource = EvaluationTimeSource::ThisUpdate;
    QDateTime now;
    std::optional<qint64> listAgeDays;
    bool catalog = false; // judged by the security catalog rules
    DriverPolicy driverPolicy = DriverPolicy::None;

    const Finding *find(FindingCode code) const;
    const Finding *find(const QString &codeKey) const; // by the stable string (tests, scripts)
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
