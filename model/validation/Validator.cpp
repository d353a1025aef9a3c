// The validation engine: checks a parsed list's signatures, chains, signer purposes and times, and
// returns typed findings and a verdict. No text here: present/FindingText.h words the findings.
#include "ChainBuilder.h"
#include "CtlDocument.h"
#include "Oids.h"
#include "SignatureVerifier.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ctlv {

namespace {

// How much earlier than thisUpdate a countersignature may be dated (two clocks).
constexpr int MaxTimestampClockSkewSeconds = 10 * 60;
// RSA keys shorter than this are a warning (NIST SP 800-131A disallowed them after 2013), shorter
// than the legacy size an error.
constexpr int MinimumRsaBits = 2048;
constexpr int MinimumLegacyRsaBits = 1024;

// Legacy algorithms are a plain fact (info) in lists from before the date each stopped being safe, and
// a warning after it. MD5: the forged CA certificate of December 2008 (Stevens, Sotirov et al.) ended
// MD5 for signatures. SHA-1: Microsoft's lists are SHA-256-only from January 2020 on (the 2020-01-11
// list in tests/data/real is the first), and Windows keeps accepting the SHA-1 lists before them.
const QDate Md5LegacyUntil(2009, 1, 1);
const QDate Sha1LegacyUntil(2020, 1, 1);

struct KeyProblem {
    FindingCode code;
    Severity severity;
    KeyWeakness weakness;
};

// What is wrong with a certificate's public key. An RSA exponent of 1 makes every signature a copy
// of its padded hash, so anyone can forge one; an even exponent is no RSA key at all. Microsoft's
// list signers, CAs and time-stamping certificates all use 2048 or 4096 bits and exponent 65537.
std::optional<KeyProblem> keyProblem(const CertificateInfo &certificate) {
    const QByteArray &exponent = certificate.rsaPublicExponent;
    if (!exponent.isEmpty()) {
        const bool even = (static_cast<unsigned char>(exponent.back()) & 1) == 0;
        const bool small = exponent.size() == 1 && static_cast<unsigned char>(exponent[0]) < 3;
        if (even || small)
            return KeyProblem{FindingCode::WeakRsaExponent,
                              Severity::Error,
                              {KeyWeakness::Kind::RsaExponent, QString::fromLatin1(exponent.toHex()), 0}};
        if (certificate.keyBits < MinimumRsaBits)
            return KeyProblem{FindingCode::ShortRsaKey,
                              certificate.keyBits < MinimumLegacyRsaBits ? Severity::Error
                                                                         : Severity::Warning,
                              {KeyWeakness::Kind::ShortRsaKey, {}, certificate.keyBits}};
    }
    if (certificate.ecExplicitParameters)
        return KeyProblem{
            FindingCode::EcExplicitCurve, Severity::Error, {KeyWeakness::Kind::EcExplicitCurve, {}, 0}};
    return std::nullopt;
}

bool hasWeakKey(const std::vector<ChainElement> &chain) {
    return std::any_of(chain.begin(), chain.end(), [](const ChainElement &element) {
        const auto problem = keyProblem(element.certificate);
        return problem && problem->severity == Severity::Error;
    });
}

// A time-stamping authority: its own certificate names the time-stamping purpose (RFC 3161:
// 1.3.6.1.5.5.7.3.8), and no CA above it narrows that purpose away. Every real countersignature
// (2006-2010) is made this way (VeriSign and Microsoft time-stamping certificates and CAs).
bool timestampingThroughChain(const std::vector<ChainElement> &chain) {
    if (chain.empty())
        return false;
    const QString timeStamping = QString::fromLatin1(oid::TimeStamping);
    const CertificateInfo &leaf = chain.front().certificate;
    if (!leaf.hasEkuExtension || !leaf.hasEku(timeStamping))
        return false;
    return std::all_of(chain.begin() + 1, chain.end(), [&](const ChainElement &element) {
        const CertificateInfo &certificate = element.certificate;
        return !certificate.hasEkuExtension || certificate.hasEku(timeStamping) ||
               certificate.hasEku(QString::fromLatin1(oid::AnyExtendedKeyUsage));
    });
}

// Windows nests EKUs: a certificate is good for a purpose only when every CA above it is too.
void intersectEkus(const std::vector<ChainElement> &chain, SignerResult &result) {
    bool any = true;
    QSet<QString> effective;
    for (const ChainElement &element : chain) {
        const CertificateInfo &certificate = element.certificate;
        if (!certificate.hasEkuExtension ||
            certificate.ekus.contains(QLatin1String(oid::AnyExtendedKeyUsage)))
            continue;
        const QSet<QString> own(certificate.ekus.begin(), certificate.ekus.end());
        effective = any ? own : effective.intersect(own);
        any = false;
    }
    result.anyPurpose = any;
    result.effectiveEkus = QStringList(effective.begin(), effective.end());
    result.effectiveEkus.sort();
}

QStringList intersection(const QStringList &a, const QStringList &b) {
    QStringList common;
    for (const QString &item : a)
        if (b.contains(item))
            common << item;
    return common;
}

class Engine {
public:
    Engine(const CtlDocument &document, const ValidationOptions &options);
    ValidationReport run();

private:
    Finding &add(FindingCode code, Severity severity, int signer = -1, int certificate = -1);
    // What the signature findings of signer `index` have in common: its role and its certificate.
    Finding &addForSigner(FindingCode code, Severity severity, int index, const QString &subject);

    // The document as a whole.
    void checkStructure();
    void checkEntryAttributes();
    void checkLegacyCertificates();
    // The time the list is judged at.
    void chooseEvaluationTime();
    bool timestampUsable(int index, const SignerInfoData &signer, const SignerResult &result);
    // Signatures.
    void checkSignature(int index);
    void checkSigners();
    void checkSigner(int index);
    void reportSignature(int index, const SignerInfoData &signer, const SignerResult &result,
                         const QString &subject);
    void reportDigestAlgorithm(int index, const SignerInfoData &signer);
    // Chains.
    void retryWhenSignedAfterThisUpdate(int index, SignerResult &result, const CertificateInfo &certificate);
    void reportCountersignerChain(int index, const SignerResult &result, const QString &subject);
    void reportToleratedLegacy(int index, SignerKind kind, const ChainResult &chain);
    int timestampingIssuerEntry(const ChainResult &chain) const;
    bool legacyEra(const QDate &until) const { return m_doc.thisUpdate.utc.date() < until; }
    void reportChain(int index, const SignerInfoData &signer, const SignerResult &result,
                     const QString &subject);
    void reportChainToday(int index, const SignerResult &result, const QString &subject);
    void reportWeakKeys(int index, const SignerInfoData &signer, const SignerResult &result);
    // Purposes (EKU policy).
    QStringList authorisedEkus() const;
    void reportEkus(int index, const SignerInfoData &signer, SignerResult &result,
                    const CertificateInfo &certificate);
    // Times of the list.
    void checkListTimes();
    bool checkListNotFromFuture();
    // Windows' CTL dialog and the verdict.
    std::vector<FailedCheck> failedChecks() const;
    void assessNativeDialog();
    void assessCatalogDialog();
    DriverPolicy driverPolicy() const;
    void decideVerdict();

    const CtlDocument &m_doc;
    const ValidationOptions &m_options;
    TrustMaterial m_trust;
    ValidationReport m_report;
    QSet<QByteArray> m_weakKeysReported; // SHA-1 of the certificates reported
    QSet<int> m_weakKeySigners;          // signers whose chain holds a key too weak to trust
    QSet<QString> m_legacyReported;      // legacy roots reported, by subject
    QSet<QByteArray> m_duplicatesReported;
    DigestCache m_digests;
};

Engine::Engine(const CtlDocument &document, const ValidationOptions &options)
    : m_doc(document), m_options(options), m_trust(options) {
    m_report.now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    m_report.now.setTime(
        QTime(m_report.now.time().hour(), m_report.now.time().minute(), m_report.now.time().second()));
}

ValidationReport Engine::run() {
    m_report.catalog = m_doc.kind() == ListKind::Catalog;
    checkStructure();
    checkEntryAttributes();
    chooseEvaluationTime();
    checkSigners();
    checkListTimes();
    checkLegacyCertificates();
    assessNativeDialog();
    decideVerdict();
    // Whether Windows' warning matters is what most readers came for: list it first.
    std::stable_partition(m_report.findings.begin(), m_report.findings.end(), [](const Finding &finding) {
        return finding.code == FindingCode::NativeDialogWarning ||
               finding.code == FindingCode::CatalogDialog || finding.code == FindingCode::CatalogDriverPolicy;
    });
    return std::move(m_report);
}

Finding &Engine::add(FindingCode code, Severity severity, int signer, int certificate) {
    Finding finding;
    finding.code = code;
    finding.severity = severity;
    finding.signerIndex = signer;
    finding.certificateIndex = certificate;
    m_report.findings.push_back(std::move(finding));
    return m_report.findings.back();
}

Finding &Engine::addForSigner(FindingCode code, Severity severity, int index, const QString &subject) {
    const int certificate = m_report.signers[static_cast<size_t>(index)].certificateIndex;
    Finding &finding = add(code, severity, index, certificate);
    finding.arguments.signerKind = m_doc.signers[static_cast<size_t>(index)].kind;
    finding.arguments.subject = subject;
    return finding;
}

// ---- The document as a whole ----------------------------------------------------------------------

void Engine::checkStructure() {
    if (!m_doc.signerInfosPresent || !m_doc.isSigned())
        add(FindingCode::Unsigned, Severity::Error).arguments.signerInfosPresent = m_doc.signerInfosPresent;
    if (m_doc.trailingBytes > 0)
        add(FindingCode::TrailingBytes, Severity::Error).arguments.count = m_doc.trailingBytes;
}

// Entries whose purpose lists do not decode are kept (the rest of the entry is readable), but they
// cannot mean what they should: Windows would not apply them as written.
void Engine::checkEntryAttributes() {
    if (m_doc.entriesWithUndecodableAttributes == 0 || !m_doc.firstUndecodableAttribute)
        return;
    const ParseNote &first = *m_doc.firstUndecodableAttribute;
    FindingArguments &arguments = add(FindingCode::EntryAttributeMalformed, Severity::Warning).arguments;
    arguments.count = m_doc.entriesWithUndecodableAttributes;
    arguments.offset = first.offset;
    arguments.detail = first.message;
}

void Engine::checkLegacyCertificates() {
    QSet<QByteArray> seen;
    QHash<QByteArray, qint64> copies;
    for (const CertificateInfo &certificate : m_doc.certificates)
        if (certificate.source == CertificateSource::SignedDataBag)
            ++copies[certificate.sha1];
    for (size_t i = 0; i < m_doc.certificates.size(); ++i) {
        const CertificateInfo &certificate = m_doc.certificates[i];
        if (certificate.source != CertificateSource::SignedDataBag)
            continue;
        if (seen.contains(certificate.sha1)) {
            // Once per certificate, at its second copy, with how many copies the bag holds.
            if (!m_duplicatesReported.contains(certificate.sha1)) {
                m_duplicatesReported.insert(certificate.sha1);
                FindingArguments &arguments =
                    add(FindingCode::DuplicateCertificate, Severity::Info, -1, static_cast<int>(i)).arguments;
                arguments.subject = certificate.subject;
                arguments.count = copies.value(certificate.sha1);
            }
        }
        seen.insert(certificate.sha1);
        if (certificate.signatureAlgorithm == QLatin1String(oid::Md5WithRsa) && !certificate.selfIssued) {
            const bool old = legacyEra(Md5LegacyUntil);
            Finding &finding = add(FindingCode::LegacyCertificateMd5,
                                   old ? Severity::Info : Severity::Warning, -1, static_cast<int>(i));
            finding.arguments.subject = certificate.subject;
            finding.arguments.legacyEra = old;
            finding.times = {{QLatin1String("thisUpdate"), m_doc.thisUpdate.utc}};
        }
    }
}

// ---- The time the list is judged at -------------------------------------------------------------

// The list's own time: a valid countersignature's time, else thisUpdate; --at overrides.
void Engine::chooseEvaluationTime() {
    m_report.evaluationTime = m_doc.thisUpdate.utc;
    m_report.evaluationTimeSource = EvaluationTimeSource::ThisUpdate;
    m_report.signers.resize(m_doc.signers.size());
    // Countersignatures first, so their time is known before the chains are built.
    for (size_t i = 0; i < m_doc.signers.size(); ++i) {
        const SignerInfoData &signer = m_doc.signers[i];
        if (signer.kind != SignerKind::Countersignature)
            continue;
        checkSignature(static_cast<int>(i));
        SignerResult &result = m_report.signers[i];
        if (result.certificateIndex < 0)
            continue;
        const QByteArray &der = m_doc.certificates[static_cast<size_t>(result.certificateIndex)].der;
        result.chainAtSigning = m_trust.buildAvoidingDeadEnds(
            der, m_doc.certificates, signer.signingTime.value_or(m_doc.thisUpdate.utc));
        result.chainNow = m_trust.buildAvoidingDeadEnds(der, m_doc.certificates, m_report.now);
        if (timestampUsable(static_cast<int>(i), signer, result)) {
            m_report.evaluationTime = *signer.signingTime;
            m_report.evaluationTimeSource = EvaluationTimeSource::Countersignature;
        }
    }
    if (m_report.catalog && m_report.evaluationTimeSource == EvaluationTimeSource::ThisUpdate) {
        // Authenticode: without a trusted timestamp a signature counts only while its chain is valid today.
        m_report.evaluationTime = m_report.now;
        m_report.evaluationTimeSource = EvaluationTimeSource::Now;
    }
    if (m_options.at) {
        m_report.evaluationTime = m_options.at->toUTC();
        m_report.evaluationTimeSource = EvaluationTimeSource::User;
    }
    Finding &finding = add(FindingCode::EvaluationTime, Severity::Info);
    finding.arguments.timeSource = m_report.evaluationTimeSource;
    finding.times = {{QLatin1String("evaluationTime"), m_report.evaluationTime},
                     {QLatin1String("now"), m_report.now}};
}

// Only a timestamp that verifies, chains, comes from a time-stamping authority (through its whole
// chain, with no weak key) and carries a plausible time may move the evaluation time. Otherwise
// someone holding any certificate under a trusted root (a web server's, say) could date an expired
// signer's list back into its validity. The reasons are reported by checkSigners and here.
bool Engine::timestampUsable(int index, const SignerInfoData &signer, const SignerResult &result) {
    if (!signer.signingTime || !result.intact() || !result.chainAtSigning.trusted)
        return false;
    if (!timestampingThroughChain(result.chainAtSigning.elements) ||
        hasWeakKey(result.chainAtSigning.elements))
        return false;
    const QDateTime &time = *signer.signingTime;
    // The countersignature signs the primary signature, which covers thisUpdate, so it cannot be
    // older than the list; ten minutes allow for the two clocks to differ.
    const bool beforeList = time < m_doc.thisUpdate.utc.addSecs(-MaxTimestampClockSkewSeconds);
    const bool inFuture = time > m_report.now;
    if (!beforeList && !inFuture)
        return true;
    Finding &finding =
        add(FindingCode::CountersignatureTimeImplausible, Severity::Warning, index, result.certificateIndex);
    finding.arguments.beforeThisUpdate = beforeList;
    finding.times = {{QLatin1String("signingTime"), time},
                     {QLatin1String("thisUpdate"), m_doc.thisUpdate.utc},
                     {QLatin1String("now"), m_report.now}};
    return false;
}

// ---- Signatures ---------------------------------------------------------------------------------

void Engine::checkSignature(int index) {
    const SignerInfoData &signer = m_doc.signers[static_cast<size_t>(index)];
    SignerResult &result = m_report.signers[static_cast<size_t>(index)];
    if (result.signerIndex >= 0)
        return; // already checked
    result.signerIndex = index;
    result.certificateIndex = findSignerCertificate(m_doc, signer);
    if (result.certificateIndex < 0) {
        result.failures = {{SignatureFailure::Kind::CertificateMissing, {}, {}, 0, {}}};
        return;
    }
    SignatureCheck check = verifySignerInfo(
        m_doc, signer, m_doc.certificates[static_cast<size_t>(result.certificateIndex)].der, &m_digests);
    result.digestMatches = check.digestMatches;
    result.signatureValid = check.signatureValid;
    result.contentTypeMatches = check.contentTypeMatches;
    result.attributesWellFormed = check.attributesWellFormed;
    result.bareDigestSignature = check.bareDigestSignature;
    result.failures = std::move(check.failures);
}

void Engine::checkSigners() {
    for (size_t i = 0; i < m_doc.signers.size(); ++i)
        checkSigner(static_cast<int>(i));
}

void Engine::checkSigner(int index) {
    const SignerInfoData &signer = m_doc.signers[static_cast<size_t>(index)];
    checkSignature(index);
    SignerResult &result = m_report.signers[static_cast<size_t>(index)];
    if (result.certificateIndex < 0) {
        FindingArguments &arguments =
            add(FindingCode::SignerCertificateMissing, Severity::Error, index).arguments;
        arguments.signerKind = signer.kind;
        arguments.serialNumberHex = toHex(signer.serialNumber);
        arguments.issuerName = signer.issuerText;
        return;
    }
    const CertificateInfo &certificate = m_doc.certificates[static_cast<size_t>(result.certificateIndex)];
    reportSignature(index, signer, result, certificate.subject);
    reportDigestAlgorithm(index, signer);
    if (signer.kind != SignerKind::Countersignature) {
        result.chainAtSigning =
            m_trust.buildAvoidingDeadEnds(certificate.der, m_doc.certificates, m_report.evaluationTime);
        result.chainNow = m_trust.buildAvoidingDeadEnds(certificate.der, m_doc.certificates, m_report.now);
        retryWhenSignedAfterThisUpdate(index, result, certificate);
    }
    reportChain(index, signer, result, certificate.subject);
    reportWeakKeys(index, signer, result);
    intersectEkus(result.chainAtSigning.elements, result);
    reportEkus(index, signer, result, certificate);
}

void Engine::reportSignature(int index, const SignerInfoData &signer, const SignerResult &result,
                             const QString &subject) {
    if (result.bareDigestSignature)
        // Windows accepts this format from the time-stamping services of that era; in a list's own
        // signature it is worth a look.
        addForSigner(FindingCode::LegacyBareDigestSignature,
                     signer.kind == SignerKind::Countersignature ? Severity::Info : Severity::Warning, index,
                     subject);
    if (signer.kind == SignerKind::Countersignature && !result.intact()) {
        addForSigner(FindingCode::CountersignatureInvalid, Severity::Warning, index, subject)
            .arguments.signatureFailures = result.failures;
        return;
    }
    if (result.intact()) {
        addForSigner(FindingCode::SignatureValid, Severity::Info, index, subject);
        return;
    }
    if (!result.digestMatches)
        addForSigner(FindingCode::ContentTampered, Severity::Error, index, subject);
    if (!result.signatureValid)
        addForSigner(FindingCode::SignatureInvalid, Severity::Error, index, subject)
            .arguments.signatureFailures = result.failures;
    if (!result.contentTypeMatches) {
        FindingArguments &arguments =
            addForSigner(FindingCode::ContentTypeMismatch, Severity::Error, index, subject).arguments;
        arguments.oids = signer.contentTypes;
        arguments.oid = signer.encapsulatedContentType;
    }
    if (!result.attributesWellFormed)
        addForSigner(FindingCode::SignedAttributesMalformed, Severity::Error, index, subject)
            .arguments.signatureFailures = result.failures;
}

void Engine::reportDigestAlgorithm(int index, const SignerInfoData &signer) {
    const QString digest = oid::digestName(signer.digestAlgorithm);
    if (digest == QLatin1String("md5")) {
        // Only a timestamp's MD5 in an old list is a mere fact: it at most moves the time the list is
        // judged at, and only when its chain holds.
        const bool old = legacyEra(Md5LegacyUntil) && signer.kind == SignerKind::Countersignature;
        Finding &finding = add(FindingCode::LegacyDigestMd5, old ? Severity::Info : Severity::Warning, index);
        finding.arguments.signerKind = signer.kind;
        finding.arguments.legacyEra = old;
        finding.times = {{QLatin1String("thisUpdate"), m_doc.thisUpdate.utc}};
    } else if (digest == QLatin1String("sha1") && signer.kind != SignerKind::Countersignature) {
        const bool old = legacyEra(Sha1LegacyUntil);
        Finding &finding =
            add(FindingCode::LegacyDigestSha1, old ? Severity::Info : Severity::Warning, index);
        finding.times = {{QLatin1String("thisUpdate"), m_doc.thisUpdate.utc}};
        FindingArguments &arguments = finding.arguments;
        arguments.legacyEra = old;
        arguments.signerKind = signer.kind;
        arguments.nestedSignature =
            std::any_of(m_doc.signers.begin(), m_doc.signers.end(),
                        [](const SignerInfoData &s) { return s.kind == SignerKind::Nested; });
    }
}

// ---- Chains -------------------------------------------------------------------------------------

// A signature can be made after the list's thisUpdate: Microsoft's 2011-02-18 list carries a nested
// signature whose CA was issued on 2011-03-29. When the chain fails at thisUpdate only because a
// certificate was not yet valid, judge it at the earliest time the whole chain was valid.
void Engine::retryWhenSignedAfterThisUpdate(int index, SignerResult &result,
                                            const CertificateInfo &certificate) {
    const ChainResult &first = result.chainAtSigning;
    if (m_options.at || first.trusted || !first.timeErrorsOnly || !first.notYetValid)
        return;
    QDateTime earliest;
    for (const ChainElement &element : first.elements)
        if (!earliest.isValid() || element.certificate.notBefore > earliest)
            earliest = element.certificate.notBefore;
    if (!earliest.isValid() || earliest > m_report.now)
        return;
    ChainResult retry = m_trust.build(certificate.der, m_doc.certificates, earliest);
    if (!retry.trusted)
        return;
    result.chainAtSigning = std::move(retry);
    addForSigner(FindingCode::SignedAfterThisUpdate, Severity::Info, index, certificate.subject).times = {
        {QLatin1String("thisUpdate"), m_doc.thisUpdate.utc}, {QLatin1String("evaluatedAt"), earliest}};
}

void Engine::reportCountersignerChain(int index, const SignerResult &result, const QString &subject) {
    const ChainResult &chain = result.chainAtSigning;
    if (chain.trusted) {
        addForSigner(FindingCode::ChainTrusted, Severity::Info, index, subject).arguments.otherSubject =
            chain.elements.back().certificate.subject;
    } else {
        Finding &finding =
            addForSigner(FindingCode::CountersignatureUntrusted, Severity::Warning, index, subject);
        finding.arguments.chainProblems = chain.errors;
        const int entry = timestampingIssuerEntry(chain);
        if (entry >= 0) {
            // Windows has this root (the list names it) and would accept the timestamp; only its
            // certificate is missing here. A fact, not something to act on.
            finding.severity = Severity::Info;
            finding.entryIndex = entry;
            finding.arguments.issuerListedForTimestamping = true;
            finding.arguments.issuerEntryIndex = entry;
            finding.arguments.identifier = m_doc.entries[entry].identifierText();
            finding.arguments.issuerName = chain.missingIssuer;
        }
    }
    reportToleratedLegacy(index, SignerKind::Countersignature, chain);
}

// The entry of this (authroot) list that is the missing issuer at the top of a time-stamping chain, by
// the subject-name MD5 (or key identifier) the list gives for it, when it is listed for time stamping
// or for every purpose; -1 when there is none. Windows builds the timestamp's chain against its root
// store, which holds exactly the roots such a list names, so the list's own entries are its anchors.
int Engine::timestampingIssuerEntry(const ChainResult &chain) const {
    if (m_doc.kind() != ListKind::AuthRoot || chain.elements.empty() || chain.missingIssuer.isEmpty() ||
        !chain.anchorProblemsOnly)
        return -1;
    const CertificateInfo &top = chain.elements.back().certificate;
    const QByteArray nameMd5 = QCryptographicHash::hash(top.issuerDer, QCryptographicHash::Md5);
    const QString timeStamping = QString::fromLatin1(oid::TimeStamping);
    int index = 0;
    for (const CtlEntry &entry : m_doc.entries) {
        const bool sameName = !entry.subjectNameMd5.isEmpty() && entry.subjectNameMd5 == nameMd5;
        const bool sameKey = !entry.keyIdentifier.isEmpty() && !top.authorityKeyIdentifier.isEmpty() &&
                             entry.keyIdentifier == top.authorityKeyIdentifier;
        if ((sameName || sameKey) && (!entry.ekus || entry.ekus->contains(timeStamping)))
            return index;
        ++index;
    }
    return -1;
}

// Microsoft's 1997 root has no BasicConstraints; Windows accepts it, OpenSSL needs telling. Reported
// once per root, for the list's signatures and its timestamp alike.
void Engine::reportToleratedLegacy(int index, SignerKind kind, const ChainResult &chain) {
    for (const QString &legacy : chain.toleratedLegacy) {
        if (m_legacyReported.contains(legacy))
            continue;
        m_legacyReported.insert(legacy);
        FindingArguments &arguments =
            add(FindingCode::LegacyRootWithoutBasicConstraints, Severity::Info, index).arguments;
        arguments.signerKind = kind;
        arguments.subject = legacy;
    }
}

void Engine::reportChain(int index, const SignerInfoData &signer, const SignerResult &result,
                         const QString &subject) {
    if (signer.kind == SignerKind::Countersignature) {
        reportCountersignerChain(index, result, subject);
        return;
    }
    const ChainResult &chain = result.chainAtSigning;
    for (const ChainElement &element : chain.elements) {
        if (element.origin != ChainElement::Origin::BundledIntermediate)
            continue;
        FindingArguments &arguments = add(FindingCode::IssuerNotInFile, Severity::Info, index).arguments;
        arguments.signerKind = signer.kind;
        arguments.subject = element.certificate.subject;
    }
    reportToleratedLegacy(index, signer.kind, chain);
    if (chain.trusted) {
        const ChainElement &root = chain.elements.back();
        Finding &finding = addForSigner(FindingCode::ChainTrusted, Severity::Info, index, subject);
        finding.arguments.otherSubject = root.certificate.subject;
        finding.arguments.otherOrigin = root.origin;
        finding.times = {{QLatin1String("evaluatedAt"), chain.evaluatedAt}};
    } else if (chain.anchorProblemsOnly) {
        // Untrusted (rather than invalid) when nothing but the anchor is wrong.
        addForSigner(FindingCode::ChainUntrusted, Severity::Error, index, subject).arguments.chainProblems =
            chain.errors;
    } else {
        Finding &finding = addForSigner(FindingCode::ChainInvalid, Severity::Error, index, subject);
        finding.arguments.chainProblems = chain.errors;
        finding.times = {{QLatin1String("evaluatedAt"), chain.evaluatedAt}};
    }
    if (chain.trusted && !result.chainNow.trusted)
        reportChainToday(index, result, subject);
}

// Today's view, reported separately: an expired signer is the normal state of an older list.
void Engine::reportChainToday(int index, const SignerResult &result, const QString &subject) {
    if (result.chainNow.timeErrorsOnly) {
        Finding &finding =
            addForSigner(FindingCode::SignerExpiredSinceSigning, Severity::Info, index, subject);
        finding.arguments.chainProblems = result.chainNow.errors;
        finding.times = {{QLatin1String("evaluatedAt"), result.chainAtSigning.evaluatedAt},
                         {QLatin1String("now"), m_report.now}};
    } else {
        addForSigner(FindingCode::ChainFailsToday, Severity::Warning, index, subject)
            .arguments.chainProblems = result.chainNow.errors;
    }
}

// Each weak key in a signer's chain, once per certificate. A countersigner's weak key only costs the
// timestamp, so it is a warning there.
void Engine::reportWeakKeys(int index, const SignerInfoData &signer, const SignerResult &result) {
    for (const ChainElement &element : result.chainAtSigning.elements) {
        const auto problem = keyProblem(element.certificate);
        if (!problem || m_weakKeysReported.contains(element.certificate.sha1))
            continue;
        m_weakKeysReported.insert(element.certificate.sha1);
        const bool countersigner = signer.kind == SignerKind::Countersignature;
        const Severity severity = countersigner ? Severity::Warning : problem->severity;
        if (severity == Severity::Error)
            m_weakKeySigners.insert(index);
        FindingArguments &arguments = add(problem->code, severity, index, element.documentIndex).arguments;
        arguments.signerKind = signer.kind;
        arguments.subject = element.certificate.subject;
        arguments.key = problem->weakness;
    }
}

// ---- Purposes (EKU policy) ----------------------------------------------------------------------

QStringList Engine::authorisedEkus() const {
    if (m_report.catalog) {
        // Authenticode code signing, or the purposes of Microsoft's driver and component signing.
        QStringList ekus{
            QString::fromLatin1(oid::CodeSigning),        QString::fromLatin1(oid::WhqlCrypto),
            QString::fromLatin1(oid::WhqlCryptoAttested), QString::fromLatin1(oid::HardwareDriverExtended),
            QString::fromLatin1(oid::Nt5Crypto),          QString::fromLatin1(oid::OemWhqlCrypto),
            QString::fromLatin1(oid::EmbeddedNtCrypto)};
        return ekus + m_options.acceptedEkus;
    }
    QStringList ekus{QString::fromLatin1(oid::CtlUsageSigning), QString::fromLatin1(oid::RootListSigner)};
    if (m_doc.kind() == ListKind::PinRules)
        ekus << QString::fromLatin1(oid::PinRulesSigner);
    ekus += m_options.acceptedEkus;
    return ekus;
}

void Engine::reportEkus(int index, const SignerInfoData &signer, SignerResult &result,
                        const CertificateInfo &certificate) {
    const auto purposes = [&](Finding &finding) -> Finding & {
        finding.arguments.oids = result.effectiveEkus;
        finding.arguments.anyPurpose = result.anyPurpose;
        finding.arguments.authorised = result.ekuAuthorised;
        return finding;
    };
    if (signer.kind == SignerKind::Countersignature) {
        result.ekuAuthorised = timestampingThroughChain(result.chainAtSigning.elements);
        if (!result.ekuAuthorised)
            purposes(addForSigner(FindingCode::CountersignerNotTimestamping, Severity::Warning, index,
                                  certificate.subject));
        return;
    }
    const QStringList accepted = authorisedEkus();
    result.ekuAuthorised =
        result.anyPurpose || std::any_of(accepted.begin(), accepted.end(), [&](const QString &eku) {
            return result.effectiveEkus.contains(eku);
        });
    if (m_report.catalog) {
        if (result.ekuAuthorised)
            purposes(addForSigner(FindingCode::CatalogSignerAuthorised, Severity::Info, index,
                                  certificate.subject))
                .arguments.acceptedOids = intersection(accepted, result.effectiveEkus);
        else
            purposes(addForSigner(FindingCode::CatalogSignerNotAuthorised, Severity::Error, index,
                                  certificate.subject));
        return;
    }
    if (certificate.ekus.contains(QLatin1String(oid::QualifiedSubordination)))
        purposes(addForSigner(FindingCode::EkuQualifiedSubordination,
                              result.ekuAuthorised ? Severity::Info : Severity::Error, index,
                              certificate.subject));
    if (result.ekuAuthorised) {
        purposes(addForSigner(FindingCode::EkuAuthorised, Severity::Info, index, certificate.subject))
            .arguments.acceptedOids = intersection(accepted, result.effectiveEkus);
    } else {
        Finding &finding = purposes(
            addForSigner(FindingCode::EkuNotAuthorised, Severity::Error, index, certificate.subject));
        finding.arguments.pinRules = m_doc.kind() == ListKind::PinRules;
    }
}

// ---- Times of the list --------------------------------------------------------------------------

void Engine::checkListTimes() {
    const qint64 age = m_doc.thisUpdate.utc.daysTo(m_report.now);
    m_report.listAgeDays = age;
    // A catalog's age says nothing (it vouches for files, not for a store that Windows Update refreshes).
    if (!checkListNotFromFuture() && !m_report.catalog) {
        Finding &finding = add(FindingCode::ListAge, Severity::Info);
        finding.arguments.count = age;
        finding.arguments.listKind = m_doc.kind();
        finding.times = {{QLatin1String("thisUpdate"), m_doc.thisUpdate.utc},
                         {QLatin1String("now"), m_report.now}};
    }
    if (m_doc.nextUpdate && m_doc.nextUpdate->utc < m_report.now)
        add(FindingCode::NextUpdatePassed, Severity::Warning).times = {
            {QLatin1String("nextUpdate"), m_doc.nextUpdate->utc}};
}

// A thisUpdate later than today, or than the time the list is judged at, is no date a genuine list
// can carry (Microsoft signs a list after producing it). False when the list's date is plausible.
bool Engine::checkListNotFromFuture() {
    const QDateTime &produced = m_doc.thisUpdate.utc;
    const bool afterNow = produced > m_report.now;
    if (!afterNow && produced <= m_report.evaluationTime)
        return false;
    const QDateTime &reference = afterNow ? m_report.now : m_report.evaluationTime;
    Finding &finding = add(FindingCode::ListFromFuture, Severity::Warning);
    finding.arguments.afterNow = afterNow;
    finding.arguments.count = reference.secsTo(produced) / 86400;
    finding.times = {{QLatin1String("thisUpdate"), produced},
                     {afterNow ? QLatin1String("now") : QLatin1String("evaluationTime"), reference}};
    return true;
}

// ---- Windows' CTL dialog and the verdict --------------------------------------------------------

// Why Windows' dialog warning would be real: every check that fails, per signature.
std::vector<FailedCheck> Engine::failedChecks() const {
    std::vector<FailedCheck> failed;
    if (!m_doc.isSigned())
        failed.push_back({FailedCheck::Kind::NotSigned, SignerKind::Primary});
    if (m_doc.trailingBytes > 0)
        failed.push_back({FailedCheck::Kind::TrailingData, SignerKind::Primary});
    for (size_t i = 0; i < m_doc.signers.size(); ++i) {
        const SignerKind kind = m_doc.signers[i].kind;
        if (kind == SignerKind::Countersignature)
            continue;
        const SignerResult &result = m_report.signers[i];
        if (result.certificateIndex < 0)
            failed.push_back({FailedCheck::Kind::SignerCertificateMissing, kind});
        else if (!result.intact())
            failed.push_back({FailedCheck::Kind::DoesNotVerify, kind});
        else if (!result.chainAtSigning.trusted)
            failed.push_back({FailedCheck::Kind::NotChained, kind});
        if (result.certificateIndex >= 0 && !result.ekuAuthorised)
            failed.push_back({FailedCheck::Kind::NotAuthorised, kind});
        if (m_weakKeySigners.contains(static_cast<int>(i)))
            failed.push_back({FailedCheck::Kind::WeakKey, kind});
    }
    return failed;
}

// Which driver-signing policy the primary signature meets: Microsoft's hardware program (a driver purpose
// through the chain, up to a Microsoft root) or Authenticode code signing under any trusted root.
DriverPolicy Engine::driverPolicy() const {
    const SignerInfoData *primary = m_doc.primarySigner();
    if (!primary || !m_doc.isSigned() || m_doc.trailingBytes > 0 || !failedChecks().empty())
        return DriverPolicy::None;
    const SignerResult &result = m_report.signers[static_cast<size_t>(primary - m_doc.signers.data())];
    if (!result.intact() || !result.chainAtSigning.trusted || !result.ekuAuthorised)
        return DriverPolicy::None;
    const QString root = result.chainAtSigning.elements.back().certificate.subject;
    const bool microsoftRoot = root.contains(QLatin1String("O=Microsoft Corporation")) ||
                               root.contains(QLatin1String("CN=Microsoft Root"));
    const QStringList driverPurposes{
        QString::fromLatin1(oid::WhqlCrypto), QString::fromLatin1(oid::WhqlCryptoAttested),
        QString::fromLatin1(oid::HardwareDriverExtended), QString::fromLatin1(oid::Nt5Crypto)};
    const bool driverPurpose =
        !result.anyPurpose &&
        std::any_of(driverPurposes.begin(), driverPurposes.end(),
                    [&](const QString &eku) { return result.effectiveEkus.contains(eku); });
    if (microsoftRoot && driverPurpose)
        return DriverPolicy::MicrosoftSigned;
    const bool codeSigning =
        result.anyPurpose || result.effectiveEkus.contains(QLatin1String(oid::CodeSigning)) || driverPurpose;
    return codeSigning ? DriverPolicy::VendorSigned : DriverPolicy::None;
}

// Windows shows a catalog in its Security Catalog dialog, whose signature details say "This digital
// signature is OK." or not; it has no trust-list purpose check.
void Engine::assessCatalogDialog() {
    const SignerInfoData *primary = m_doc.primarySigner();
    const int primaryIndex = primary ? static_cast<int>(primary - m_doc.signers.data()) : -1;
    const int certificateIndex =
        primaryIndex >= 0 ? m_report.signers[static_cast<size_t>(primaryIndex)].certificateIndex : -1;
    const bool ok = failedChecks().empty();
    Finding &dialog = add(FindingCode::CatalogDialog, ok ? Severity::Info : Severity::Warning, primaryIndex,
                          certificateIndex);
    dialog.arguments.dialogOk = ok;
    if (certificateIndex >= 0)
        dialog.arguments.subject = m_doc.certificates[static_cast<size_t>(certificateIndex)].subject;
    m_report.driverPolicy = driverPolicy();
    Finding &policy = add(FindingCode::CatalogDriverPolicy, Severity::Info, primaryIndex, certificateIndex);
    policy.arguments.driverPolicy = m_report.driverPolicy;
    policy.arguments.subject = dialog.arguments.subject;
}

void Engine::assessNativeDialog() {
    if (m_report.catalog) {
        assessCatalogDialog();
        return;
    }
    NativeDialogAssessment &native = m_report.nativeDialog;
    const SignerInfoData *primary = m_doc.primarySigner();
    const int primaryIndex = primary ? static_cast<int>(primary - m_doc.signers.data()) : -1;
    const int certificateIndex =
        primaryIndex >= 0 ? m_report.signers[static_cast<size_t>(primaryIndex)].certificateIndex : -1;
    const CertificateInfo *certificate =
        certificateIndex >= 0 ? &m_doc.certificates[static_cast<size_t>(certificateIndex)] : nullptr;
    // The dialog looks for one purpose only, Microsoft Trust List Signing, on the signer certificate.
    const bool lacksCtlSigning = certificate && certificate->hasEkuExtension &&
                                 !certificate->hasEku(QString::fromLatin1(oid::CtlUsageSigning)) &&
                                 !certificate->hasEku(QString::fromLatin1(oid::AnyExtendedKeyUsage));
    native.failedChecks = failedChecks();
    const bool passed = native.failedChecks.empty();
    native.wouldWarn = lacksCtlSigning || !passed;
    native.cosmetic = native.wouldWarn && passed;
    native.signerSubject = certificate ? certificate->subject : QString();
    if (!native.wouldWarn) {
        add(FindingCode::NativeDialogWarning, Severity::Info).arguments.nativeDialog = native;
        return;
    }
    Finding &finding =
        add(FindingCode::NativeDialogWarning, native.cosmetic ? Severity::Info : Severity::Error,
            primaryIndex, certificateIndex);
    finding.cosmetic = native.cosmetic;
    finding.arguments.nativeDialog = native;
}

// The verdict from the findings' codes and severities: the worst outcome wins.
void Engine::decideVerdict() {
    bool unsignedList = false, malformed = false, invalid = false, untrusted = false;
    for (const Finding &finding : m_report.findings) {
        switch (finding.code) {
        case FindingCode::Unsigned:
            unsignedList = true;
            break;
        case FindingCode::TrailingBytes:
        case FindingCode::Malformed:
            malformed = true;
            break;
        case FindingCode::SignerCertificateMissing:
        case FindingCode::ContentTampered:
        case FindingCode::SignatureInvalid:
        case FindingCode::ContentTypeMismatch:
        case FindingCode::SignedAttributesMalformed:
        case FindingCode::EkuNotAuthorised:
        case FindingCode::CatalogSignerNotAuthorised:
        case FindingCode::ChainInvalid:
            invalid = true;
            break;
        case FindingCode::EkuQualifiedSubordination:
        case FindingCode::WeakRsaExponent:
        case FindingCode::ShortRsaKey:
        case FindingCode::EcExplicitCurve:
            invalid = invalid || finding.severity == Severity::Error;
            break;
        case FindingCode::ChainUntrusted:
            untrusted = true;
            break;
        case FindingCode::EvaluationTime:
        case FindingCode::EntryAttributeMalformed:
        case FindingCode::CountersignatureTimeImplausible:
        case FindingCode::SignedAfterThisUpdate:
        case FindingCode::LegacyBareDigestSignature:
        case FindingCode::CountersignatureInvalid:
        case FindingCode::SignatureValid:
        case FindingCode::LegacyDigestMd5:
        case FindingCode::LegacyDigestSha1:
        case FindingCode::ChainTrusted:
        case FindingCode::CountersignatureUntrusted:
        case FindingCode::IssuerNotInFile:
        case FindingCode::LegacyRootWithoutBasicConstraints:
        case FindingCode::SignerExpiredSinceSigning:
        case FindingCode::ChainFailsToday:
        case FindingCode::CountersignerNotTimestamping:
        case FindingCode::EkuAuthorised:
        case FindingCode::ListAge:
        case FindingCode::NextUpdatePassed:
        case FindingCode::ListFromFuture:
        case FindingCode::DuplicateCertificate:
        case FindingCode::LegacyCertificateMd5:
        case FindingCode::NativeDialogWarning:
        case FindingCode::CatalogSignerAuthorised:
        case FindingCode::CatalogDialog:
        case FindingCode::CatalogDriverPolicy:
        case FindingCode::CertificateSha256Mismatch: // about a certificate source, not the list itself
            break;                                   // they count through their severity alone
        }
    }
    m_report.verdict = unsignedList                        ? Verdict::Unsigned
                       : malformed                         ? Verdict::Malformed
                       : invalid                           ? Verdict::Invalid
                       : untrusted                         ? Verdict::Untrusted
                       : m_report.count(Severity::Warning) ? Verdict::ValidWithWarnings
                                                           : Verdict::Valid;
}

} // namespace

ValidationReport Validator::validate(const CtlDocument &document, const ValidationOptions &options) {
    return Engine(document, options).run();
}

} // namespace ctlv
