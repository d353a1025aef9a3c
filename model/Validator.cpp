#include "ChainBuilder.h"
#include "DocumentLoader.h"
#include "Oids.h"
#include "SignatureVerifier.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::Validator)
};

// How much earlier than thisUpdate a countersignature may be dated (two clocks).
constexpr int MaxTimestampClockSkewSeconds = 10 * 60;
// RSA keys shorter than this are a warning (NIST SP 800-131A disallowed them after 2013), shorter
// than the legacy size an error.
constexpr int MinimumRsaBits = 2048;
constexpr int MinimumLegacyRsaBits = 1024;

QString when(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString signerName(const CtlDocument &document, int certificateIndex, const SignerInfoData &signer) {
    if (certificateIndex >= 0)
        return document.certificates[static_cast<size_t>(certificateIndex)].subject;
    return Text::tr("the certificate with serial number %1 issued by %2")
        .arg(toHex(signer.serialNumber), signer.issuerText);
}

QString signerRole(SignerKind kind) {
    switch (kind) {
    case SignerKind::Primary:
        return Text::tr("primary signature");
    case SignerKind::Nested:
        return Text::tr("nested SHA-256 signature");
    case SignerKind::Countersignature:
        break;
    }
    return Text::tr("countersignature (timestamp)");
}

class Engine {
public:
    Engine(const CtlDocument &document, const ValidationOptions &options)
        : m_doc(document), m_options(options), m_trust(options) {
        m_report.now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
        m_report.now.setTime(
            QTime(m_report.now.time().hour(), m_report.now.time().minute(), m_report.now.time().second()));
    }

    ValidationReport run() {
        if (!m_doc.signerInfosPresent || !m_doc.isSigned()) {
            add(QStringLiteral("unsigned"), Severity::Error, Text::tr("The list is not signed"),
                Text::tr("This file holds a Certificate Trust List, but %1. Nothing vouches for its content: "
                         "anyone could have "
                         "written or changed it. Do not import it; get the list again from Windows Update or "
                         "from a trusted copy.")
                    .arg(m_doc.signerInfosPresent
                             ? Text::tr("its signerInfos set is empty")
                             : Text::tr("the signerInfos field that PKCS #7 requires is missing")));
        }
        if (m_doc.trailingBytes > 0) {
            add(QStringLiteral("trailing-bytes"), Severity::Error,
                Text::tr("Data after the end of the signed structure"),
                Text::tr(
                    "%n byte(s) follow the end of the PKCS #7 structure. Windows never writes such data; the "
                    "file was "
                    "changed or damaged after it was produced. The bytes are not covered by any signature.",
                    nullptr, plural(m_doc.trailingBytes)));
        }
        checkEntryAttributes();
        chooseEvaluationTime();
        checkSigners();
        checkListTimes();
        checkLegacyCertificates();
        assessNativeDialog();
        decideVerdict();
        // Whether Windows' warning matters is what most readers came for: list it first.
        std::stable_partition(m_report.findings.begin(), m_report.findings.end(), [](const Finding &finding) {
            return finding.code == QLatin1String("native-dialog-warning");
        });
        return std::move(m_report);
    }

private:
    Finding &add(const QString &code, Severity severity, const QString &title, const QString &explanation,
                 bool cosmetic = false, int signer = -1, int certificate = -1) {
        Finding finding;
        finding.code = code;
        finding.severity = severity;
        finding.title = title;
        finding.explanation = explanation;
        finding.cosmetic = cosmetic;
        finding.signerIndex = signer;
        finding.certificateIndex = certificate;
        m_report.findings.push_back(std::move(finding));
        return m_report.findings.back();
    }

    // The list's own time: a valid countersignature's time, else thisUpdate; --at overrides.
    void chooseEvaluationTime() {
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
            result.chainAtSigning =
                m_trust.build(der, m_doc.certificates, signer.signingTime.value_or(m_doc.thisUpdate.utc));
            result.chainNow = m_trust.build(der, m_doc.certificates, m_report.now);
            if (timestampUsable(static_cast<int>(i), signer, result)) {
                m_report.evaluationTime = *signer.signingTime;
                m_report.evaluationTimeSource = EvaluationTimeSource::Countersignature;
            }
        }
        if (m_options.at) {
            m_report.evaluationTime = m_options.at->toUTC();
            m_report.evaluationTimeSource = EvaluationTimeSource::User;
        }
        const QString source = m_report.evaluationTimeSource == EvaluationTimeSource::User
                                   ? Text::tr("the time you asked for")
                               : m_report.evaluationTimeSource == EvaluationTimeSource::Countersignature
                                   ? Text::tr("the time in the list's countersignature (timestamp)")
                                   : Text::tr("the list's thisUpdate time");
        add(QStringLiteral("evaluation-time"), Severity::Info, Text::tr("Checked at the list's own time"),
            Text::tr("Certificates were checked as of %1, %2. A trust list is judged at the time it was "
                     "signed: Microsoft's "
                     "signer certificates live about a year, so judging an older list by today's date would "
                     "wrongly call "
                     "it expired. The check as of today (%3) is reported separately.")
                .arg(when(m_report.evaluationTime), source, when(m_report.now)))
            .times = {{QLatin1String("evaluationTime"), m_report.evaluationTime},
                      {QLatin1String("now"), m_report.now}};
    }

    // Entries whose purpose lists do not decode are kept (the rest of the entry is readable), but they
    // cannot mean what they should: Windows would not apply them as written.
    void checkEntryAttributes() {
        if (m_doc.entriesWithUndecodableAttributes == 0 || !m_doc.firstUndecodableAttribute)
            return;
        const ParseNote &first = *m_doc.firstUndecodableAttribute;
        add(QStringLiteral("entry-attribute-malformed"), Severity::Warning,
            Text::tr("Entry attributes that cannot be decoded"),
            Text::tr("%n entry(s) carry a purpose list that cannot be decoded; the first at offset %1: %2. "
                     "Microsoft writes these lists correctly in every real file; these entries were damaged "
                     "or crafted, and their purposes are shown as undecodable.",
                     nullptr, plural(m_doc.entriesWithUndecodableAttributes))
                .arg(QString::number(first.offset), first.message));
    }

    // Only a timestamp that verifies, chains, comes from a time-stamping authority (through its whole
    // chain, with no weak key) and carries a plausible time may move the evaluation time. Otherwise
    // someone holding any certificate under a trusted root (a web server's, say) could date an expired
    // signer's list back into its validity. The reasons are reported by checkSigners and here.
    bool timestampUsable(int index, const SignerInfoData &signer, const SignerResult &result) {
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
        add(QStringLiteral("countersignature-time-implausible"), Severity::Warning,
            Text::tr("Timestamp time not used"),
            Text::tr("The countersignature (timestamp) says %1, which is %2. A timestamp is made over the "
                     "list's signature, so it can be neither older than the list nor later than today. Its "
                     "time is ignored and the list is judged at its thisUpdate time.")
                .arg(when(time),
                     beforeList
                         ? Text::tr("before the list's thisUpdate time (%1)").arg(when(m_doc.thisUpdate.utc))
                         : Text::tr("in the future")),
            false, index, result.certificateIndex)
            .times = {{QLatin1String("signingTime"), time},
                      {QLatin1String("thisUpdate"), m_doc.thisUpdate.utc},
                      {QLatin1String("now"), m_report.now}};
        return false;
    }

    // A time-stamping authority: its own certificate names the time-stamping purpose (RFC 3161:
    // 1.3.6.1.5.5.7.3.8), and no CA above it narrows that purpose away. Every real countersignature
    // (2006-2010) is made this way (VeriSign and Microsoft time-stamping certificates and CAs).
    static bool timestampingThroughChain(const std::vector<ChainElement> &chain) {
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

    struct KeyProblem {
        QString code;
        Severity severity;
        QString description;
    };

    // What is wrong with a certificate's public key. An RSA exponent of 1 makes every signature a copy
    // of its padded hash, so anyone can forge one; an even exponent is no RSA key at all. Microsoft's
    // list signers, CAs and time-stamping certificates all use 2048 or 4096 bits and exponent 65537.
    static std::optional<KeyProblem> keyProblem(const CertificateInfo &certificate) {
        const QByteArray &exponent = certificate.rsaPublicExponent;
        if (!exponent.isEmpty()) {
            const bool even = (static_cast<unsigned char>(exponent.back()) & 1) == 0;
            const bool small = exponent.size() == 1 && static_cast<unsigned char>(exponent[0]) < 3;
            if (even || small)
                return KeyProblem{QStringLiteral("weak-rsa-exponent"), Severity::Error,
                                  Text::tr("its RSA public exponent is %1; RSA needs an odd exponent of at "
                                           "least 3, and with this one anyone can forge its signatures")
                                      .arg(QString::fromLatin1(exponent.toHex()))};
            if (certificate.keyBits < MinimumRsaBits)
                return KeyProblem{QStringLiteral("short-rsa-key"),
                                  certificate.keyBits < MinimumLegacyRsaBits ? Severity::Error
                                                                             : Severity::Warning,
                                  Text::tr("its RSA key has only %1 bits; keys under 2048 bits are "
                                           "considered breakable, under 1024 bits they have been broken")
                                      .arg(certificate.keyBits)};
        }
        if (certificate.ecExplicitParameters)
            return KeyProblem{QStringLiteral("ec-explicit-curve"), Severity::Error,
                              Text::tr("its EC key spells out its curve parameters instead of naming a "
                                       "standard curve, which lets a forger choose a weak curve")};
        return std::nullopt;
    }

    static bool hasWeakKey(const std::vector<ChainElement> &chain) {
        return std::any_of(chain.begin(), chain.end(), [](const ChainElement &element) {
            const auto problem = keyProblem(element.certificate);
            return problem && problem->severity == Severity::Error;
        });
    }

    // Each weak key in a signer's chain, once per certificate. A countersigner's weak key only costs the
    // timestamp, so it is a warning there.
    void reportWeakKeys(int index, const SignerInfoData &signer, const SignerResult &result,
                        const QString &role) {
        for (const ChainElement &element : result.chainAtSigning.elements) {
            const auto problem = keyProblem(element.certificate);
            if (!problem || m_weakKeysReported.contains(element.certificate.sha1))
                continue;
            m_weakKeysReported.insert(element.certificate.sha1);
            const bool countersigner = signer.kind == SignerKind::Countersignature;
            const Severity severity = countersigner ? Severity::Warning : problem->severity;
            if (severity == Severity::Error)
                m_weakKeySigners.insert(index);
            add(problem->code, severity, Text::tr("Weak key in the chain of the %1").arg(role),
                Text::tr("%1 is in the chain of the %2, and %3. %4")
                    .arg(element.certificate.subject, role, problem->description,
                         countersigner ? Text::tr("The timestamp's time is not used.")
                         : severity == Severity::Error
                             ? Text::tr("The list cannot be trusted.")
                             : Text::tr("Microsoft never signed its lists with such a key.")),
                false, index, element.documentIndex);
        }
    }

    void checkSignature(int index) {
        const SignerInfoData &signer = m_doc.signers[static_cast<size_t>(index)];
        SignerResult &result = m_report.signers[static_cast<size_t>(index)];
        if (result.signerIndex >= 0)
            return; // already checked
        result.signerIndex = index;
        result.certificateIndex = findSignerCertificate(m_doc, signer);
        if (result.certificateIndex < 0) {
            result.failure = Text::tr("the signer certificate is not in the file");
            return;
        }
        const SignatureCheck check = verifySignerInfo(
            m_doc, signer, m_doc.certificates[static_cast<size_t>(result.certificateIndex)].der, &m_digests);
        result.digestMatches = check.digestMatches;
        result.signatureValid = check.signatureValid;
        result.contentTypeMatches = check.contentTypeMatches;
        result.attributesWellFormed = check.attributesWellFormed;
        result.bareDigestSignature = check.bareDigestSignature;
        result.failure = check.failures.join(QStringLiteral("; "));
    }

    QStringList authorisedEkus() const {
        QStringList ekus{QString::fromLatin1(oid::CtlUsageSigning), QString::fromLatin1(oid::RootListSigner)};
        if (m_doc.kind() == ListKind::PinRules)
            ekus << QString::fromLatin1(oid::PinRulesSigner);
        ekus += m_options.acceptedEkus;
        return ekus;
    }

    // Windows nests EKUs: a certificate is good for a purpose only when every CA above it is too.
    static void intersectEkus(const std::vector<ChainElement> &chain, SignerResult &result) {
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

    void checkSigners() {
        for (size_t i = 0; i < m_doc.signers.size(); ++i) {
            const int index = static_cast<int>(i);
            const SignerInfoData &signer = m_doc.signers[i];
            checkSignature(index);
            SignerResult &result = m_report.signers[i];
            const QString role = signerRole(signer.kind);
            if (result.certificateIndex < 0) {
                add(QStringLiteral("signer-certificate-missing"), Severity::Error,
                    Text::tr("Signer certificate not found"),
                    Text::tr("The %1 names %2 as its signer, but the file does not contain that certificate, "
                             "so the "
                             "signature cannot be checked. Microsoft's lists always carry their signer "
                             "certificate; this "
                             "file was altered or built by someone else.")
                        .arg(role, signerName(m_doc, -1, signer)),
                    false, index);
                continue;
            }
            const CertificateInfo &certificate =
                m_doc.certificates[static_cast<size_t>(result.certificateIndex)];
            reportSignature(index, signer, result, certificate, role);
            reportDigestAlgorithm(index, signer, role);

            if (signer.kind != SignerKind::Countersignature) {
                result.chainAtSigning =
                    m_trust.build(certificate.der, m_doc.certificates, m_report.evaluationTime);
                result.chainNow = m_trust.build(certificate.der, m_doc.certificates, m_report.now);
                retryWhenSignedAfterThisUpdate(index, result, certificate, role);
            }
            reportChain(index, signer, result, certificate, role);
            reportWeakKeys(index, signer, result, role);
            intersectEkus(result.chainAtSigning.elements, result);
            reportEkus(index, signer, result, certificate, role);
        }
    }

    // A signature can be made after the list's thisUpdate: Microsoft's 2011-02-18 list carries a nested
    // signature whose CA was issued on 2011-03-29. When the chain fails at thisUpdate only because a
    // certificate was not yet valid, judge it at the earliest time the whole chain was valid.
    void retryWhenSignedAfterThisUpdate(int index, SignerResult &result, const CertificateInfo &certificate,
                                        const QString &role) {
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
        add(QStringLiteral("signed-after-this-update"), Severity::Info,
            Text::tr("Signed after the list's thisUpdate time (%1)").arg(role),
            Text::tr("A certificate in the chain of the %1 (%2) only became valid after the list's "
                     "thisUpdate time (%3), so "
                     "this signature was made later than the list's content. That is how Microsoft added "
                     "SHA-256 signatures "
                     "to lists already published. The chain was checked as of %4, the earliest time all of "
                     "it was valid.")
                .arg(role, certificate.subject, when(m_doc.thisUpdate.utc), when(earliest)),
            false, index, result.certificateIndex)
            .times = {{QLatin1String("thisUpdate"), m_doc.thisUpdate.utc},
                      {QLatin1String("evaluatedAt"), earliest}};
    }

    void reportSignature(int index, const SignerInfoData &signer, const SignerResult &result,
                         const CertificateInfo &certificate, const QString &role) {
        const QString name = certificate.subject;
        if (result.bareDigestSignature)
            add(QStringLiteral("legacy-bare-digest-signature"), Severity::Warning,
                Text::tr("Legacy signature format (%1)").arg(role),
                Text::tr("The %1 by %2 holds the bare hash inside the RSA block, without the DigestInfo "
                         "structure that names "
                         "the hash algorithm. VeriSign's time-stamping service signed this way until about "
                         "2008; Windows "
                         "accepts it, modern PKCS #1 checkers do not.")
                    .arg(role, name),
                false, index, result.certificateIndex);
        if (signer.kind == SignerKind::Countersignature && !result.intact()) {
            add(QStringLiteral("countersignature-invalid"), Severity::Warning,
                Text::tr("Timestamp does not verify"),
                Text::tr("The countersignature (timestamp) by %1 does not verify: %2. The timestamp is "
                         "ignored and the list is "
                         "judged at its thisUpdate time; the list's own signature is not affected by this.")
                    .arg(name, result.failure),
                false, index, result.certificateIndex);
            return;
        }
        if (result.intact()) {
            add(QStringLiteral("signature-valid"), Severity::Info,
                Text::tr("Signature intact (%1)").arg(role),
                Text::tr("The %1 by %2 is intact: the signed hash equals the hash of the %3, and the "
                         "signature over the "
                         "signed attributes matches the signer's public key.")
                    .arg(role, name,
                         signer.kind == SignerKind::Countersignature ? Text::tr("primary signature")
                                                                     : Text::tr("list's content")),
                false, index, result.certificateIndex);
            return;
        }
        if (!result.digestMatches)
            add(QStringLiteral("content-tampered"), Severity::Error,
                Text::tr("Content changed after signing"),
                Text::tr("The %1 by %2 does not cover these bytes: the hash of the signed content differs "
                         "from the one the "
                         "signer signed. The list was changed after it was signed (or damaged). Do not trust "
                         "its content; "
                         "get a fresh copy.")
                    .arg(role, name),
                false, index, result.certificateIndex);
        if (!result.signatureValid)
            add(QStringLiteral("signature-invalid"), Severity::Error,
                Text::tr("Signature does not verify (%1)").arg(role),
                Text::tr("The %1 does not verify with the public key of %2: %3. Either the signed attributes "
                         "were changed, "
                         "or the signature was made with a different key than the certificate the signature "
                         "names. The "
                         "list cannot be trusted.")
                    .arg(role, name, result.failure),
                false, index, result.certificateIndex);
        if (!result.contentTypeMatches)
            add(QStringLiteral("content-type-mismatch"), Severity::Error,
                Text::tr("Signed content type does not match"),
                Text::tr("The %1's signed contentType attribute (%2) does not name the content it covers "
                         "(%3). A signature "
                         "made for another kind of data must not be accepted for a trust list.")
                    .arg(role,
                         signer.contentTypes.isEmpty() ? Text::tr("missing")
                                                       : signer.contentTypes.join(QStringLiteral(", ")),
                         oid::describe(signer.encapsulatedContentType)),
                false, index, result.certificateIndex);
        if (!result.attributesWellFormed)
            add(QStringLiteral("signed-attributes-malformed"), Severity::Error,
                Text::tr("Signed attributes are malformed"),
                Text::tr("The %1 by %2 has malformed signed attributes: %3. Such a signature is rejected "
                         "even when the "
                         "cryptography holds, because it is ambiguous which value was signed.")
                    .arg(role, name, result.failure),
                false, index, result.certificateIndex);
    }

    void reportDigestAlgorithm(int index, const SignerInfoData &signer, const QString &role) {
        const QString digest = oid::digestName(signer.digestAlgorithm);
        if (digest == QLatin1String("md5")) {
            add(QStringLiteral("legacy-digest-md5"), Severity::Warning, Text::tr("MD5 used (%1)").arg(role),
                Text::tr("The %1 uses MD5, which has been broken for collisions since 2004. Microsoft used "
                         "it only in the "
                         "timestamps of its 2006–2008 lists; Windows still accepts those old lists.")
                    .arg(role),
                false, index);
        } else if (digest == QLatin1String("sha1") && signer.kind != SignerKind::Countersignature) {
            const bool hasNested =
                std::any_of(m_doc.signers.begin(), m_doc.signers.end(),
                            [](const SignerInfoData &s) { return s.kind == SignerKind::Nested; });
            add(QStringLiteral("legacy-digest-sha1"), Severity::Warning,
                Text::tr("SHA-1 used (%1)").arg(role),
                hasNested ? Text::tr("The %1 uses SHA-1, which Microsoft used until October 2019. This list "
                                     "also carries a "
                                     "nested SHA-256 signature, which newer Windows versions check as well.")
                                .arg(role)
                          : Text::tr("The %1 uses SHA-1, which Microsoft used until October 2019. Windows "
                                     "accepts it for trust "
                                     "lists of that era; lists signed since January 2020 use SHA-256.")
                                .arg(role),
                false, index);
        }
    }

    void reportChain(int index, const SignerInfoData &signer, const SignerResult &result,
                     const CertificateInfo &certificate, const QString &role) {
        const ChainResult &chain = result.chainAtSigning;
        if (signer.kind == SignerKind::Countersignature) {
            if (chain.trusted)
                add(QStringLiteral("chain-trusted"), Severity::Info,
                    Text::tr("Timestamp authority chains to a trusted root"),
                    Text::tr("The time-stamping certificate %1 chains to %2.")
                        .arg(certificate.subject, chain.elements.back().certificate.subject),
                    false, index, result.certificateIndex);
            else
                add(QStringLiteral("countersignature-untrusted"), Severity::Warning,
                    Text::tr("Timestamp authority not trusted"),
                    Text::tr("The time-stamping certificate %1 does not chain to a trusted root: %2. Its "
                             "time is not used; the "
                             "list is judged at its thisUpdate time instead. The list's own signature is not "
                             "affected.")
                        .arg(certificate.subject, chain.errors.join(QStringLiteral("; "))),
                    false, index, result.certificateIndex);
            return;
        }
        for (const ChainElement &element : chain.elements) {
            if (element.origin == ChainElement::Origin::BundledIntermediate)
                add(QStringLiteral("issuer-not-in-file"), Severity::Info,
                    Text::tr("Intermediate taken from the bundled Microsoft CAs"),
                    Text::tr("The file does not carry %1, which issued a certificate in the chain of the %2. "
                             "CTL Viewer "
                             "used its bundled copy of this Microsoft CA, the way Windows uses its own CA "
                             "store. Microsoft "
                             "published some lists with the signer certificate alone.")
                        .arg(element.certificate.subject, role),
                    false, index);
        }
        for (const QString &legacy : chain.toleratedLegacy)
            add(QStringLiteral("legacy-root-without-basic-constraints"), Severity::Warning,
                Text::tr("Legacy root certificate"),
                Text::tr("%1. Strict X.509 checkers such as OpenSSL reject this (\"invalid CA "
                         "certificate\"), but Windows "
                         "accepts Microsoft's 1997 root this way, so this is not counted against the list.")
                    .arg(legacy),
                false, index);
        if (chain.trusted) {
            const ChainElement &root = chain.elements.back();
            add(QStringLiteral("chain-trusted"), Severity::Info,
                Text::tr("Signer chains to a trusted root (%1)").arg(role),
                Text::tr("The %1 certificate %2 chains to %3 (%4), checked as of %5.")
                    .arg(role, certificate.subject, root.certificate.subject, chainOriginLabel(root.origin),
                         when(chain.evaluatedAt)),
                false, index, result.certificateIndex)
                .times = {{QLatin1String("evaluatedAt"), chain.evaluatedAt}};
        } else if (isUntrustedOnly(chain)) {
            add(QStringLiteral("chain-untrusted"), Severity::Error,
                Text::tr("No chain to a trusted root (%1)").arg(role),
                Text::tr("The %1 certificate %2 does not chain to a trusted root: %3. The signature itself "
                         "may be intact, "
                         "but nothing says the signer is who it claims to be. If this is your organisation's "
                         "own list, "
                         "name its root with --trust (or in the viewer's settings).")
                    .arg(role, certificate.subject, chain.errors.join(QStringLiteral("; "))),
                false, index, result.certificateIndex);
        } else {
            add(QStringLiteral("chain-invalid"), Severity::Error,
                Text::tr("Signer chain fails (%1)").arg(role),
                Text::tr("The chain of the %1 certificate %2 fails as of %3: %4. The list cannot be trusted.")
                    .arg(role, certificate.subject, when(chain.evaluatedAt),
                         chain.errors.join(QStringLiteral("; "))),
                false, index, result.certificateIndex)
                .times = {{QLatin1String("evaluatedAt"), chain.evaluatedAt}};
        }

        // Today's view, reported separately: an expired signer is the normal state of an older list.
        if (chain.trusted && !result.chainNow.trusted) {
            if (result.chainNow.timeErrorsOnly)
                add(QStringLiteral("signer-expired-since-signing"), Severity::Warning,
                    Text::tr("Signer certificate has expired since the list was signed"),
                    Text::tr(
                        "The %1 certificate %2 was valid when the list was signed (%3) but is not valid "
                        "today: %4. This is "
                        "expected: Microsoft re-signs the list about yearly with a new certificate, and "
                        "Windows judges a "
                        "list by the time it was signed. The list itself is fine; a newer list may exist.")
                        .arg(role, certificate.subject, when(chain.evaluatedAt),
                             result.chainNow.errors.join(QStringLiteral("; "))),
                    false, index, result.certificateIndex)
                    .times = {{QLatin1String("evaluatedAt"), chain.evaluatedAt},
                              {QLatin1String("now"), m_report.now}};
            else
                add(QStringLiteral("chain-fails-today"), Severity::Warning,
                    Text::tr("Signer chain fails today"),
                    Text::tr("As of today the chain of %1 fails: %2.")
                        .arg(certificate.subject, result.chainNow.errors.join(QStringLiteral("; "))),
                    false, index, result.certificateIndex);
        }
    }

    // Untrusted (rather than invalid) when nothing but the anchor is wrong.
    static bool isUntrustedOnly(const ChainResult &chain) { return chain.anchorProblemsOnly; }

    void reportEkus(int index, const SignerInfoData &signer, SignerResult &result,
                    const CertificateInfo &certificate, const QString &role) {
        const QString effective =
            result.anyPurpose ? Text::tr("any purpose") : describeList(result.effectiveEkus);
        if (signer.kind == SignerKind::Countersignature) {
            const bool timestamping = timestampingThroughChain(result.chainAtSigning.elements);
            result.ekuAuthorised = timestamping;
            if (!timestamping)
                add(QStringLiteral("countersigner-not-timestamping"), Severity::Warning,
                    Text::tr("Countersigner is not a time-stamping authority"),
                    Text::tr("The countersignature's certificate %1 is good for %2: it, and every CA above "
                             "it, must carry the Time Stamping purpose (1.3.6.1.5.5.7.3.8). Its time is "
                             "ignored and the list is judged at its thisUpdate time.")
                        .arg(certificate.subject, effective),
                    false, index, result.certificateIndex);
            return;
        }
        const QStringList accepted = authorisedEkus();
        result.ekuAuthorised =
            result.anyPurpose || std::any_of(accepted.begin(), accepted.end(), [&](const QString &eku) {
                return result.effectiveEkus.contains(eku);
            });
        const bool qualifiedSubordination =
            certificate.ekus.contains(QLatin1String(oid::QualifiedSubordination));
        if (qualifiedSubordination) {
            add(QStringLiteral("eku-qualified-subordination"),
                result.ekuAuthorised ? Severity::Info : Severity::Error,
                Text::tr("Qualified Subordination is not a CTL-signing purpose"),
                Text::tr("The signer certificate %1 carries 1.3.6.1.4.1.311.10.3.10. In the Windows SDK "
                         "(wincrypt.h) that "
                         "OID is szOID_KP_QUALIFIED_SUBORDINATION, \"Qualified Subordination\", a purpose "
                         "for signing "
                         "cross-certificates and subordinate CA requests. A widely cited Microsoft article "
                         "on CAPI2 Event ID "
                         "11 and the CTL dialog lists it as the second CTL-signing EKU and calls it "
                         "msCTLSign, but the SDK "
                         "gives msCTLSign as 1.3.6.1.4.1.311.10.3.1 (Microsoft Trust List Signing). The "
                         "purposes that "
                         "authorise a CTL signer are 1.3.6.1.4.1.311.10.3.1 and Root List Signer "
                         "1.3.6.1.4.1.311.10.3.9. %2")
                    .arg(certificate.subject,
                         result.ekuAuthorised
                             ? Text::tr("This signer is authorised by another of its purposes.")
                             : Text::tr(
                                   "This signer has neither, so it is not authorised to sign trust lists.")),
                false, index, result.certificateIndex);
        }
        if (result.ekuAuthorised) {
            add(QStringLiteral("eku-authorised"), Severity::Info,
                Text::tr("Signer is authorised to sign trust lists (%1)").arg(role),
                Text::tr("The purposes of %1, narrowed by every CA above it as Windows does, are: %2. %3")
                    .arg(certificate.subject, effective,
                         result.anyPurpose
                             ? Text::tr("A certificate without purpose restrictions may sign anything, "
                                        "including trust lists.")
                             : Text::tr("That includes a purpose Windows accepts for signing this kind of "
                                        "list (%1).")
                                   .arg(describeList(intersection(accepted, result.effectiveEkus)))),
                false, index, result.certificateIndex);
        } else {
            add(QStringLiteral("eku-not-authorised"), Severity::Error,
                Text::tr("Signer is not authorised to sign trust lists"),
                Text::tr("The purposes of %1, narrowed by every CA above it as Windows does, are: %2. None "
                         "of them allows "
                         "signing a Certificate Trust List: that needs Microsoft Trust List Signing "
                         "(1.3.6.1.4.1.311.10.3.1) or Root List Signer (1.3.6.1.4.1.311.10.3.9)%3. The list "
                         "was signed by "
                         "the wrong kind of certificate and must not be trusted. If your organisation uses "
                         "its own purpose "
                         "for this, accept it with --accept-eku.")
                    .arg(certificate.subject, effective.isEmpty() ? Text::tr("none") : effective,
                         m_doc.kind() == ListKind::PinRules
                             ? Text::tr(", or for pin rules Pin Rules Signer (1.3.6.1.4.1.311.10.3.31)")
                             : QString()),
                false, index, result.certificateIndex);
        }
    }

    static QStringList intersection(const QStringList &a, const QStringList &b) {
        QStringList common;
        for (const QString &item : a)
            if (b.contains(item))
                common << item;
        return common;
    }

    static QString describeList(const QStringList &oids) {
        QStringList parts;
        for (const QString &item : oids)
            parts << oid::describe(item);
        return parts.join(QStringLiteral(", "));
    }

    void checkListTimes() {
        const qint64 age = m_doc.thisUpdate.utc.daysTo(m_report.now);
        m_report.listAgeDays = age;
        if (!checkListNotFromFuture())
            add(QStringLiteral("list-age"), Severity::Info,
                Text::tr("List is %n day(s) old", nullptr, plural(age)),
                Text::tr("The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update "
                         "publishes a new "
                         "authroot list every few weeks to months; an old copy is not wrong, but may miss "
                         "recent changes.",
                         nullptr, plural(age))
                    .arg(when(m_doc.thisUpdate.utc), when(m_report.now)))
                .times = {{QLatin1String("thisUpdate"), m_doc.thisUpdate.utc},
                          {QLatin1String("now"), m_report.now}};
        if (m_doc.nextUpdate && m_doc.nextUpdate->utc < m_report.now)
            add(QStringLiteral("next-update-passed"), Severity::Warning,
                Text::tr("Next update date has passed"),
                Text::tr("The list says it should be replaced by %1 (nextUpdate). That date has passed; "
                         "Windows treats such a "
                         "list as out of date and tries to fetch a newer one.")
                    .arg(when(m_doc.nextUpdate->utc)))
                .times = {{QLatin1String("nextUpdate"), m_doc.nextUpdate->utc}};
    }

    // A thisUpdate later than today, or than the time the list is judged at, is no date a genuine list
    // can carry (Microsoft signs a list after producing it). False when the list's date is plausible.
    bool checkListNotFromFuture() {
        const QDateTime &produced = m_doc.thisUpdate.utc;
        const bool afterNow = produced > m_report.now;
        if (!afterNow && produced <= m_report.evaluationTime)
            return false;
        const QDateTime &reference = afterNow ? m_report.now : m_report.evaluationTime;
        const qint64 seconds = reference.secsTo(produced);
        add(QStringLiteral("list-from-future"), Severity::Warning, Text::tr("List is dated in the future"),
            Text::tr("The list says it was produced on %1 (thisUpdate), %n day(s) after %2 (%3). A list "
                     "cannot be signed before it was produced: its date is wrong, the computer's clock is "
                     "wrong, or the list was made to look newer than it is. Do not rely on its date.",
                     nullptr, plural(seconds / 86400))
                .arg(when(produced), when(reference),
                     afterNow ? Text::tr("today") : Text::tr("the time it is judged at")))
            .times = {{QLatin1String("thisUpdate"), produced},
                      {afterNow ? QLatin1String("now") : QLatin1String("evaluationTime"), reference}};
        return true;
    }

    // The count for a %n plural: Qt leaves %n in the text when the count is negative, and the count is an
    // int.
    static int plural(qint64 count) {
        return static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
    }

    void checkLegacyCertificates() {
        QSet<QByteArray> seen;
        for (size_t i = 0; i < m_doc.certificates.size(); ++i) {
            const CertificateInfo &certificate = m_doc.certificates[i];
            if (certificate.source != CertificateSource::SignedDataBag)
                continue;
            if (seen.contains(certificate.sha1))
                add(QStringLiteral("duplicate-certificate"), Severity::Info,
                    Text::tr("Certificate included twice"),
                    Text::tr("%1 appears more than once in the list's certificate bag. Microsoft's 2007–2008 "
                             "lists did this; "
                             "it is harmless.")
                        .arg(certificate.subject),
                    false, -1, static_cast<int>(i));
            seen.insert(certificate.sha1);
            if (certificate.signatureAlgorithm == QLatin1String(oid::Md5WithRsa) && !certificate.selfIssued)
                add(QStringLiteral("legacy-certificate-md5"), Severity::Warning,
                    Text::tr("Certificate signed with MD5"),
                    Text::tr("%1 is signed with MD5 with RSA. Microsoft's 2005 CTL-signing CA was; Windows "
                             "accepts it in this "
                             "old chain, but MD5 offers no collision resistance today.")
                        .arg(certificate.subject),
                    false, -1, static_cast<int>(i));
        }
    }

    bool everyCheckPassed(QStringList &failed) const {
        if (!m_doc.isSigned())
            failed << Text::tr("the list is not signed");
        if (m_doc.trailingBytes > 0)
            failed << Text::tr("data follows the signed structure");
        for (size_t i = 0; i < m_doc.signers.size(); ++i) {
            const SignerInfoData &signer = m_doc.signers[i];
            if (signer.kind == SignerKind::Countersignature)
                continue;
            const SignerResult &result = m_report.signers[i];
            const QString role = signerRole(signer.kind);
            if (result.certificateIndex < 0)
                failed << Text::tr("the signer certificate of the %1 is missing").arg(role);
            else if (!result.intact())
                failed << Text::tr("the %1 does not verify").arg(role);
            else if (!result.chainAtSigning.trusted)
                failed << Text::tr("the %1's signer does not chain to a trusted root").arg(role);
            if (result.certificateIndex >= 0 && !result.ekuAuthorised)
                failed << Text::tr("the %1's signer is not authorised to sign trust lists").arg(role);
            if (m_weakKeySigners.contains(static_cast<int>(i)))
                failed << Text::tr("the chain of the %1 holds a weak key").arg(role);
        }
        return failed.isEmpty();
    }

    void assessNativeDialog() {
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
        QStringList failed;
        const bool passed = everyCheckPassed(failed);
        native.wouldWarn = lacksCtlSigning || !passed;
        native.cosmetic = native.wouldWarn && passed;
        if (!native.wouldWarn) {
            native.explanation = Text::tr(
                "Windows' CTL dialog would not complain: the signer certificate carries Microsoft Trust "
                "List Signing (1.3.6.1.4.1.311.10.3.1) and every check passes.");
            add(QStringLiteral("native-dialog-warning"), Severity::Info,
                Text::tr("Windows' CTL dialog would show no warning"), native.explanation);
            return;
        }
        if (native.cosmetic) {
            native.explanation =
                Text::tr("When you open this file in Windows, its dialog says \"This certificate trust list "
                         "is not valid. The "
                         "certificate that signed the list is not valid.\" That warning is cosmetic. The "
                         "signer, %1, carries "
                         "only Root List Signer (1.3.6.1.4.1.311.10.3.9), the purpose Microsoft gives every "
                         "certificate that "
                         "signs its root, disallowed and pin-rules lists. Windows' chain verification "
                         "accepts it for these "
                         "lists, and the signatures, the chain and the signer's authorisation all check out "
                         "here. The dialog "
                         "only looks for the other CTL-signing purpose, Microsoft Trust List Signing "
                         "(1.3.6.1.4.1.311.10.3.1). The warning has no effect on how Windows uses the list: "
                         "nothing needs to "
                         "be done.")
                    .arg(certificate->subject);
            add(QStringLiteral("native-dialog-warning"), Severity::Info,
                Text::tr("Windows' \"not valid\" warning is cosmetic"), native.explanation, true,
                primaryIndex, certificateIndex);
        } else {
            native.explanation = Text::tr("Windows' CTL dialog would say \"This certificate trust list is "
                                          "not valid\", and here the warning is "
                                          "real: %1. Do not import or rely on this list.")
                                     .arg(failed.join(QStringLiteral("; ")));
            add(QStringLiteral("native-dialog-warning"), Severity::Error,
                Text::tr("Windows' \"not valid\" warning is real"), native.explanation, false, primaryIndex,
                certificateIndex);
        }
    }

    void decideVerdict() {
        Verdict verdict = Verdict::Valid;
        const auto has = [this](std::initializer_list<const char *> codes) {
            return std::any_of(codes.begin(), codes.end(), [this](const char *code) {
                return m_report.find(QLatin1String(code)) != nullptr;
            });
        };
        const auto isErrorIn = [this](const char *code) {
            return std::any_of(
                m_report.findings.begin(), m_report.findings.end(), [&](const Finding &finding) {
                    return finding.code == QLatin1String(code) && finding.severity == Severity::Error;
                });
        };
        if (has({"unsigned"}))
            verdict = Verdict::Unsigned;
        else if (has({"trailing-bytes"}))
            verdict = Verdict::Malformed;
        else if (has({"signer-certificate-missing", "content-tampered", "signature-invalid",
                      "content-type-mismatch", "signed-attributes-malformed", "eku-not-authorised",
                      "chain-invalid"}) ||
                 isErrorIn("eku-qualified-subordination") || isErrorIn("weak-rsa-exponent") ||
                 isErrorIn("short-rsa-key") || isErrorIn("ec-explicit-curve"))
            verdict = Verdict::Invalid;
        else if (has({"chain-untrusted"}))
            verdict = Verdict::Untrusted;
        else if (m_report.count(Severity::Warning) > 0)
            verdict = Verdict::ValidWithWarnings;
        m_report.verdict = verdict;
    }

    const CtlDocument &m_doc;
    const ValidationOptions &m_options;
    TrustMaterial m_trust;
    ValidationReport m_report;
    QSet<QByteArray> m_weakKeysReported; // SHA-1 of the certificates reported
    QSet<int> m_weakKeySigners;          // signers whose chain holds a key too weak to trust
    DigestCache m_digests;
};

} // namespace

ValidationReport Validator::validate(const CtlDocument &document, const ValidationOptions &options) {
    return Engine(document, options).run();
}

} // namespace ctlv
