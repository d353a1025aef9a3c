// Puts the validation engine's typed findings into words at the moment they are shown. Each text keeps
// the translation context it had when the engine still wrote prose (ctlv::Validator, ctlv::ChainBuilder,
// ctlv::SignatureVerifier), so the existing German and Korean translations apply unchanged.
#include "FindingText.h"

#include "CatalogText.h"

#include "Oids.h"

#include <openssl/x509_vfy.h>

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ctlv {

namespace {
// lupdate files these strings under the same contexts that tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::Validator)
};
struct ChainText {
    Q_DECLARE_TR_FUNCTIONS(ctlv::ChainBuilder)
};
struct SignatureText {
    Q_DECLARE_TR_FUNCTIONS(ctlv::SignatureVerifier)
};
struct ToolText {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlTool)
};

QString when(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// The count for a %n plural: Qt leaves %n in the text when the count is negative, and the count is an int.
int plural(qint64 count) {
    return static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
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

QString describeList(const QStringList &oids) {
    QStringList parts;
    for (const QString &item : oids)
        parts << oid::describe(item);
    return parts.join(QStringLiteral(", "));
}

QString effectivePurposes(const FindingArguments &arguments) {
    return arguments.anyPurpose ? Text::tr("any purpose") : describeList(arguments.oids);
}

QString failuresText(const std::vector<SignatureFailure> &failures) {
    QStringList parts;
    for (const SignatureFailure &failure : failures)
        parts << signatureFailureText(failure);
    return parts.join(QStringLiteral("; "));
}

QString keyDescription(const KeyWeakness &key) {
    switch (key.kind) {
    case KeyWeakness::Kind::RsaExponent:
        return Text::tr("its RSA public exponent is %1; RSA needs an odd exponent of at "
                        "least 3, and with this one anyone can forge its signatures")
            .arg(key.exponentHex);
    case KeyWeakness::Kind::ShortRsaKey:
        return Text::tr("its RSA key has only %1 bits; keys under 2048 bits are "
                        "considered breakable, under 1024 bits they have been broken")
            .arg(key.bits);
    case KeyWeakness::Kind::EcExplicitCurve:
        return Text::tr("its EC key spells out its curve parameters instead of naming a "
                        "standard curve, which lets a forger choose a weak curve");
    case KeyWeakness::Kind::None:
        break;
    }
    return {};
}

QString failedCheckText(const FailedCheck &check) {
    const QString role = signerRole(check.signer);
    switch (check.kind) {
    case FailedCheck::Kind::NotSigned:
        return Text::tr("the list is not signed");
    case FailedCheck::Kind::TrailingData:
        return Text::tr("data follows the signed structure");
    case FailedCheck::Kind::SignerCertificateMissing:
        return Text::tr("the signer certificate of the %1 is missing").arg(role);
    case FailedCheck::Kind::DoesNotVerify:
        return Text::tr("the %1 does not verify").arg(role);
    case FailedCheck::Kind::NotChained:
        return Text::tr("the %1's signer does not chain to a trusted root").arg(role);
    case FailedCheck::Kind::NotAuthorised:
        return Text::tr("the %1's signer is not authorised to sign trust lists").arg(role);
    case FailedCheck::Kind::WeakKey:
        break;
    }
    return Text::tr("the chain of the %1 holds a weak key").arg(role);
}

QString nativeDialogTitle(const NativeDialogAssessment &assessment) {
    if (!assessment.wouldWarn)
        return Text::tr("Windows' CTL dialog would show no warning");
    if (assessment.cosmetic)
        return Text::tr("Windows' \"not valid\" warning is cosmetic");
    return Text::tr("Windows' \"not valid\" warning is real");
}

QString weakKeyExplanation(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    const QString role = signerRole(a.signerKind);
    return Text::tr("%1 is in the chain of the %2, and %3. %4")
        .arg(a.subject, role, keyDescription(a.key),
             a.signerKind == SignerKind::Countersignature ? Text::tr("The timestamp's time is not used.")
             : finding.severity == Severity::Error
                 ? Text::tr("The list cannot be trusted.")
                 : Text::tr("Microsoft never signed its lists with such a key."));
}

// The titles of the findings about the list as a whole and its signatures.
QString documentTitle(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    const QString role = signerRole(a.signerKind);
    switch (finding.code) {
    case FindingCode::Unsigned:
        return Text::tr("The list is not signed");
    case FindingCode::TrailingBytes:
        return Text::tr("Data after the end of the signed structure");
    case FindingCode::EvaluationTime:
        return Text::tr("Checked at the list's own time");
    case FindingCode::EntryAttributeMalformed:
        return Text::tr("Entry attributes that cannot be decoded");
    case FindingCode::CountersignatureTimeImplausible:
        return Text::tr("Timestamp time not used");
    case FindingCode::WeakRsaExponent:
    case FindingCode::ShortRsaKey:
    case FindingCode::EcExplicitCurve:
        return Text::tr("Weak key in the chain of the %1").arg(role);
    case FindingCode::SignerCertificateMissing:
        return Text::tr("Signer certificate not found");
    case FindingCode::SignedAfterThisUpdate:
        return Text::tr("Signed after the list's thisUpdate time (%1)").arg(role);
    case FindingCode::LegacyBareDigestSignature:
        return Text::tr("Legacy signature format (%1)").arg(role);
    case FindingCode::CountersignatureInvalid:
        return Text::tr("Timestamp does not verify");
    case FindingCode::SignatureValid:
        return Text::tr("Signature intact (%1)").arg(role);
    case FindingCode::ContentTampered:
        return Text::tr("Content changed after signing");
    case FindingCode::SignatureInvalid:
        return Text::tr("Signature does not verify (%1)").arg(role);
    case FindingCode::ContentTypeMismatch:
        return Text::tr("Signed content type does not match");
    case FindingCode::SignedAttributesMalformed:
        return Text::tr("Signed attributes are malformed");
    case FindingCode::LegacyDigestMd5:
        return Text::tr("MD5 used (%1)").arg(role);
    case FindingCode::LegacyDigestSha1:
        return Text::tr("SHA-1 used (%1)").arg(role);
    case FindingCode::NativeDialogWarning:
        return nativeDialogTitle(a.nativeDialog);
    case FindingCode::Malformed:
        return ToolText::tr("The file is damaged");
    case FindingCode::CertificateSha256Mismatch:
        return ToolText::tr("Certificate does not match the list's SHA-256");
    default:
        break;
    }
    return {};
}

// The titles of the findings about chains, purposes and times.
QString policyTitle(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    const QString role = signerRole(a.signerKind);
    switch (finding.code) {
    case FindingCode::ChainTrusted:
        return a.signerKind == SignerKind::Countersignature
                   ? Text::tr("Timestamp authority chains to a trusted root")
                   : Text::tr("Signer chains to a trusted root (%1)").arg(role);
    case FindingCode::CountersignatureUntrusted:
        return Text::tr("Timestamp authority not trusted");
    case FindingCode::IssuerNotInFile:
        return Text::tr("Intermediate taken from the bundled Microsoft CAs");
    case FindingCode::LegacyRootWithoutBasicConstraints:
        return Text::tr("Legacy root certificate");
    case FindingCode::ChainUntrusted:
        return Text::tr("No chain to a trusted root (%1)").arg(role);
    case FindingCode::ChainInvalid:
        return Text::tr("Signer chain fails (%1)").arg(role);
    case FindingCode::SignerExpiredSinceSigning:
        return Text::tr("Signer certificate has expired since the list was signed");
    case FindingCode::ChainFailsToday:
        return Text::tr("Signer chain fails today");
    case FindingCode::CountersignerNotTimestamping:
        return Text::tr("Countersigner is not a time-stamping authority");
    case FindingCode::EkuQualifiedSubordination:
        return Text::tr("Qualified Subordination is not a CTL-signing purpose");
    case FindingCode::EkuAuthorised:
        return Text::tr("Signer is authorised to sign trust lists (%1)").arg(role);
    case FindingCode::EkuNotAuthorised:
        return Text::tr("Signer is not authorised to sign trust lists");
    case FindingCode::ListAge:
        return Text::tr("List is %n day(s) old", nullptr, plural(a.count));
    case FindingCode::NextUpdatePassed:
        return Text::tr("Next update date has passed");
    case FindingCode::ListFromFuture:
        return Text::tr("List is dated in the future");
    case FindingCode::DuplicateCertificate:
        return Text::tr("Certificate included twice");
    case FindingCode::LegacyCertificateMd5:
        return Text::tr("Certificate signed with MD5");
    default:
        break;
    }
    return documentTitle(finding);
}

// The explanations of the findings about the list as a whole and the time it is judged at.
QString documentExplanation(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    switch (finding.code) {
    case FindingCode::Unsigned:
        return Text::tr("This file holds a Certificate Trust List, but %1. Nothing vouches for its content: "
                        "anyone could have "
                        "written or changed it. Do not import it; get the list again from Windows Update or "
                        "from a trusted copy.")
            .arg(a.signerInfosPresent ? Text::tr("its signerInfos set is empty")
                                      : Text::tr("the signerInfos field that PKCS #7 requires is missing"));
    case FindingCode::TrailingBytes:
        return Text::tr(
            "%n byte(s) follow the end of the PKCS #7 structure. Windows never writes such data; the "
            "file was "
            "changed or damaged after it was produced. The bytes are not covered by any signature.",
            nullptr, plural(a.count));
    case FindingCode::EvaluationTime: {
        const QString source = a.timeSource == EvaluationTimeSource::User ? Text::tr("the time you asked for")
                               : a.timeSource == EvaluationTimeSource::Countersignature
                                   ? Text::tr("the time in the list's countersignature (timestamp)")
                                   : Text::tr("the list's thisUpdate time");
        return Text::tr(
                   "Certificates were checked as of %1, %2. A trust list is judged at the time it was "
                   "signed: Microsoft's "
                   "signer certificates live about a year, so judging an older list by today's date would "
                   "wrongly call "
                   "it expired. The check as of today (%3) is reported separately.")
            .arg(when(finding.time(QLatin1String("evaluationTime"))), source,
                 when(finding.time(QLatin1String("now"))));
    }
    case FindingCode::EntryAttributeMalformed:
        return Text::tr(
                   "%n entry(s) carry a purpose list that cannot be decoded; the first at offset %1: %2. "
                   "Microsoft writes these lists correctly in every real file; these entries were damaged "
                   "or crafted, and their purposes are shown as undecodable.",
                   nullptr, plural(a.count))
            .arg(QString::number(a.offset), a.detail);
    case FindingCode::CountersignatureTimeImplausible: {
        const QDateTime thisUpdate = finding.time(QLatin1String("thisUpdate"));
        return Text::tr(
                   "The countersignature (timestamp) says %1, which is %2. A timestamp is made over the "
                   "list's signature, so it can be neither older than the list nor later than today. Its "
                   "time is ignored and the list is judged at its thisUpdate time.")
            .arg(when(finding.time(QLatin1String("signingTime"))),
                 a.beforeThisUpdate ? Text::tr("before the list's thisUpdate time (%1)").arg(when(thisUpdate))
                                    : Text::tr("in the future"));
    }
    case FindingCode::ListAge: {
        const QString thisUpdate = when(finding.time(QLatin1String("thisUpdate")));
        const QString now = when(finding.time(QLatin1String("now")));
        // The authroot text keeps its source string (its translations and English plurals apply); the
        // other kinds name their own list: which list Windows Update publishes anew is the list's kind.
        if (a.listKind == ListKind::AuthRoot)
            return Text::tr("The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update "
                            "publishes a new "
                            "authroot list every few weeks to months; an old copy is not wrong, but may miss "
                            "recent changes.",
                            nullptr, plural(a.count))
                .arg(thisUpdate, now);
        const QString kind = a.listKind == ListKind::Disallowed ? Text::tr("disallowed-certificate list")
                             : a.listKind == ListKind::PinRules ? Text::tr("pin-rules list")
                                                                : Text::tr("list");
        return Text::tr("The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update "
                        "publishes a new %3 every few weeks to months; an old copy is not wrong, but may "
                        "miss recent changes.",
                        nullptr, plural(a.count))
            .arg(thisUpdate, now, kind);
    }
    case FindingCode::NextUpdatePassed:
        return Text::tr("The list says it should be replaced by %1 (nextUpdate). That date has passed; "
                        "Windows treats such a "
                        "list as out of date and tries to fetch a newer one.")
            .arg(when(finding.time(QLatin1String("nextUpdate"))));
    case FindingCode::ListFromFuture:
        return Text::tr("The list says it was produced on %1 (thisUpdate), %n day(s) after %2 (%3). A list "
                        "cannot be signed before it was produced: its date is wrong, the computer's clock is "
                        "wrong, or the list was made to look newer than it is. Do not rely on its date.",
                        nullptr, plural(a.count))
            .arg(when(finding.time(QLatin1String("thisUpdate"))),
                 when(finding.time(a.afterNow ? QLatin1String("now") : QLatin1String("evaluationTime"))),
                 a.afterNow ? Text::tr("today") : Text::tr("the time it is judged at"));
    case FindingCode::DuplicateCertificate:
        return Text::tr("%1 appears %n times in the list's certificate bag. Windows uses one copy; the "
                        "others change nothing, so this is harmless.",
                        nullptr, plural(a.count))
            .arg(a.subject);
    case FindingCode::LegacyCertificateMd5:
        return a.legacyEra
                   ? Text::tr("%1 is signed with MD5 with RSA. The list is dated %2, before forged MD5 "
                              "certificates (December 2008) ended MD5 for signatures; Windows accepts it "
                              "in a chain of that age. Nothing needs to be done.")
                         .arg(a.subject, when(finding.time(QLatin1String("thisUpdate"))))
                   : Text::tr("%1 is signed with MD5 with RSA, although the list is dated %2, after "
                              "forged MD5 certificates (December 2008) ended MD5 for signatures. A "
                              "certificate signed this way can be forged.")
                         .arg(a.subject, when(finding.time(QLatin1String("thisUpdate"))));
    case FindingCode::NativeDialogWarning:
        return nativeDialogExplanation(a.nativeDialog);
    case FindingCode::Malformed:
        return a.detail;
    case FindingCode::CertificateSha256Mismatch:
        return ToolText::tr(
                   "Entry %1 names a certificate that %2 holds, but the list gives the SHA-256 %3 and that "
                   "certificate's SHA-256 is %4. It is not the certificate the list means; it is not linked.")
            .arg(a.identifier, a.source, toHex(a.listSha256), toHex(a.certificateSha256));
    case FindingCode::WeakRsaExponent:
    case FindingCode::ShortRsaKey:
    case FindingCode::EcExplicitCurve:
        return weakKeyExplanation(finding);
    default:
        break;
    }
    return {};
}

// The explanations of the findings about one signature.
QString signatureExplanation(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    const QString role = signerRole(a.signerKind);
    switch (finding.code) {
    case FindingCode::SignerCertificateMissing:
        return Text::tr("The %1 names %2 as its signer, but the file does not contain that certificate, "
                        "so the "
                        "signature cannot be checked. Microsoft's lists always carry their signer "
                        "certificate; this "
                        "file was altered or built by someone else.")
            .arg(role, Text::tr("the certificate with serial number %1 issued by %2")
                           .arg(a.serialNumberHex, a.issuerName));
    case FindingCode::LegacyBareDigestSignature:
        return Text::tr("The %1 by %2 holds the bare hash inside the RSA block, without the DigestInfo "
                        "structure that names "
                        "the hash algorithm. VeriSign's time-stamping service signed this way until about "
                        "2008; Windows "
                        "accepts it, modern PKCS #1 checkers do not.")
            .arg(role, a.subject);
    case FindingCode::CountersignatureInvalid:
        return Text::tr("The countersignature (timestamp) by %1 does not verify: %2. The timestamp is "
                        "ignored and the list is "
                        "judged at its thisUpdate time; the list's own signature is not affected by this.")
            .arg(a.subject, failuresText(a.signatureFailures));
    case FindingCode::SignatureValid:
        return Text::tr("The %1 by %2 is intact: the signed hash equals the hash of the %3, and the "
                        "signature over the "
                        "signed attributes matches the signer's public key.")
            .arg(role, a.subject,
                 a.signerKind == SignerKind::Countersignature ? Text::tr("primary signature")
                                                              : Text::tr("list's content"));
    case FindingCode::ContentTampered:
        return Text::tr("The %1 by %2 does not cover these bytes: the hash of the signed content differs "
                        "from the one the "
                        "signer signed. The list was changed after it was signed (or damaged). Do not trust "
                        "its content; "
                        "get a fresh copy.")
            .arg(role, a.subject);
    case FindingCode::SignatureInvalid:
        return Text::tr("The %1 does not verify with the public key of %2: %3. Either the signed attributes "
                        "were changed, "
                        "or the signature was made with a different key than the certificate the signature "
                        "names. The "
                        "list cannot be trusted.")
            .arg(role, a.subject, failuresText(a.signatureFailures));
    case FindingCode::ContentTypeMismatch:
        return Text::tr("The %1's signed contentType attribute (%2) does not name the content it covers "
                        "(%3). A signature "
                        "made for another kind of data must not be accepted for a trust list.")
            .arg(role, a.oids.isEmpty() ? Text::tr("missing") : a.oids.join(QStringLiteral(", ")),
                 oid::describe(a.oid));
    case FindingCode::SignedAttributesMalformed:
        return Text::tr("The %1 by %2 has malformed signed attributes: %3. Such a signature is rejected "
                        "even when the "
                        "cryptography holds, because it is ambiguous which value was signed.")
            .arg(role, a.subject, failuresText(a.signatureFailures));
    case FindingCode::LegacyDigestMd5:
        return a.legacyEra
                   ? Text::tr("The %1 uses MD5, which has been broken for collisions since 2004. The list "
                              "is dated %2, before forged MD5 certificates (December 2008) ended MD5 for "
                              "signatures; Windows accepts a timestamp of that age, and a timestamp only "
                              "dates the list: its own signature does not rely on it.")
                         .arg(role, when(finding.time(QLatin1String("thisUpdate"))))
                   : Text::tr("The %1 uses MD5, which has been broken for collisions since 2004 and unfit "
                              "for signatures since forged MD5 certificates (December 2008). The list is "
                              "dated %2; such a signature can be forged.")
                         .arg(role, when(finding.time(QLatin1String("thisUpdate"))));
    case FindingCode::LegacyDigestSha1: {
        const QString date = when(finding.time(QLatin1String("thisUpdate")));
        const QString nested = a.nestedSignature ? Text::tr(" This list also carries a nested SHA-256 "
                                                            "signature, which newer Windows versions check.")
                                                 : QString();
        return (a.legacyEra ? Text::tr("The %1 uses SHA-1. The list is dated %2, before Microsoft's lists "
                                       "became SHA-256-only (January 2020); Windows accepts SHA-1 in lists "
                                       "of that age.")
                            : Text::tr("The %1 uses SHA-1, although the list is dated %2, after Microsoft's "
                                       "lists became SHA-256-only (January 2020). SHA-1 collisions have been "
                                       "practical since 2017; a list signed this way today deserves a look."))
                   .arg(role, date) +
               nested;
    }
    case FindingCode::SignedAfterThisUpdate:
        return Text::tr("A certificate in the chain of the %1 (%2) only became valid after the list's "
                        "thisUpdate time (%3), so "
                        "this signature was made later than the list's content. %5 The chain was checked as "
                        "of %4, the earliest time all of it was valid.")
            .arg(role, a.subject, when(finding.time(QLatin1String("thisUpdate"))),
                 when(finding.time(QLatin1String("evaluatedAt"))),
                 a.signerKind == SignerKind::Nested
                     ? Text::tr("A nested signature added to a list already published is made this way.")
                     : Text::tr("The list was signed again after it was produced, with a newer "
                                "certificate."));
    default:
        break;
    }
    return documentExplanation(finding);
}

// The explanations of the findings about chains.
QString chainExplanation(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    const QString role = signerRole(a.signerKind);
    const QString problems = chainProblemsText(a.chainProblems);
    const QString evaluatedAt = when(finding.time(QLatin1String("evaluatedAt")));
    switch (finding.code) {
    case FindingCode::ChainTrusted:
        if (a.signerKind == SignerKind::Countersignature)
            return Text::tr("The time-stamping certificate %1 chains to %2.").arg(a.subject, a.otherSubject);
        return Text::tr("The %1 certificate %2 chains to %3 (%4), checked as of %5.")
            .arg(role, a.subject, a.otherSubject, chainOriginLabel(a.otherOrigin), evaluatedAt);
    case FindingCode::CountersignatureUntrusted:
        if (a.issuerListedForTimestamping)
            return Text::tr("The time-stamping chain of %1 ends at %2, which this list itself names as a "
                            "trusted root for time stamping (entry %3, %4). Windows holds that root and "
                            "would accept the timestamp. The file carries only the root's hash, not its "
                            "certificate, so the last link cannot be checked here: the timestamp's time "
                            "is not used and the list is judged at its thisUpdate time. The list's own "
                            "signature is not affected.")
                .arg(a.subject, a.issuerName, QString::number(a.issuerEntryIndex + 1), a.identifier);
        return Text::tr("The time-stamping certificate %1 does not chain to a trusted root: %2. Its "
                        "time is not used; the "
                        "list is judged at its thisUpdate time instead. The list's own signature is not "
                        "affected.")
            .arg(a.subject, problems);
    case FindingCode::IssuerNotInFile:
        return Text::tr("The file does not carry %1, which issued a certificate in the chain of the %2. "
                        "CTL Viewer "
                        "used its bundled copy of this Microsoft CA, the way Windows uses its own CA "
                        "store. Microsoft "
                        "published some lists with the signer certificate alone.")
            .arg(a.subject, role);
    case FindingCode::LegacyRootWithoutBasicConstraints:
        return Text::tr("%1 (in the chain of the %2). Strict X.509 checkers such as OpenSSL reject this "
                        "(\"invalid CA certificate\"), but Windows accepts such a root, so this is not "
                        "counted against the list.")
            .arg(ChainText::tr("%1 is a version 3 CA certificate without the BasicConstraints extension")
                     .arg(a.subject),
                 role);
    case FindingCode::ChainUntrusted:
        return Text::tr("The %1 certificate %2 does not chain to a trusted root: %3. The signature itself "
                        "may be intact, "
                        "but nothing says the signer is who it claims to be. If this is your organisation's "
                        "own list, "
                        "name its root with --trust (or in the viewer's settings).")
            .arg(role, a.subject, problems);
    case FindingCode::ChainInvalid:
        return Text::tr("The chain of the %1 certificate %2 fails as of %3: %4. The list cannot be trusted.")
            .arg(role, a.subject, evaluatedAt, problems);
    case FindingCode::SignerExpiredSinceSigning:
        return Text::tr("The %1 certificate %2 was valid when the list was signed (%3) but is not valid "
                        "today: %4. This is "
                        "expected: Microsoft re-signs the list about yearly with a new certificate, and "
                        "Windows judges a "
                        "list by the time it was signed. The list itself is fine; a newer list may exist.")
            .arg(role, a.subject, evaluatedAt, problems);
    case FindingCode::ChainFailsToday:
        return Text::tr("As of today the chain of %1 fails: %2.").arg(a.subject, problems);
    default:
        break;
    }
    return signatureExplanation(finding);
}

// The explanations of the findings about the signer's purposes.
QString purposeExplanation(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    const QString role = signerRole(a.signerKind);
    const QString effective = effectivePurposes(a);
    switch (finding.code) {
    case FindingCode::CountersignerNotTimestamping:
        return Text::tr("The countersignature's certificate %1 is good for %2: it, and every CA above "
                        "it, must carry the Time Stamping purpose (1.3.6.1.5.5.7.3.8). Its time is "
                        "ignored and the list is judged at its thisUpdate time.")
            .arg(a.subject, effective);
    case FindingCode::EkuQualifiedSubordination:
        return Text::tr("The signer certificate %1 carries 1.3.6.1.4.1.311.10.3.10. In the Windows SDK "
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
            .arg(a.subject,
                 a.authorised
                     ? Text::tr("This signer is authorised by another of its purposes.")
                     : Text::tr("This signer has neither, so it is not authorised to sign trust lists."));
    case FindingCode::EkuAuthorised:
        return Text::tr("The purposes of %1, narrowed by every CA above it as Windows does, are: %2. %3")
            .arg(a.subject, effective,
                 a.anyPurpose ? Text::tr("A certificate without purpose restrictions may sign anything, "
                                         "including trust lists.")
                              : Text::tr("That includes a purpose Windows accepts for signing this kind of "
                                         "list (%1).")
                                    .arg(describeList(a.acceptedOids)));
    case FindingCode::EkuNotAuthorised:
        return Text::tr("The purposes of %1, narrowed by every CA above it as Windows does, are: %2. None "
                        "of them allows "
                        "signing a Certificate Trust List: that needs Microsoft Trust List Signing "
                        "(1.3.6.1.4.1.311.10.3.1) or Root List Signer (1.3.6.1.4.1.311.10.3.9)%3. The list "
                        "was signed by "
                        "the wrong kind of certificate and must not be trusted. If your organisation uses "
                        "its own purpose "
                        "for this, accept it with --accept-eku.")
            .arg(a.subject, effective.isEmpty() ? Text::tr("none") : effective,
                 a.pinRules ? Text::tr(", or for pin rules Pin Rules Signer (1.3.6.1.4.1.311.10.3.31)")
                            : QString());
    default:
        break;
    }
    return chainExplanation(finding);
}

} // namespace

QString findingTitle(const Finding &finding) {
    if (QString title = catalogFindingTitle(finding); !title.isEmpty())
        return title;
    return policyTitle(finding);
}

QString findingExplanation(const Finding &finding) {
    if (QString explanation = catalogFindingExplanation(finding); !explanation.isEmpty())
        return explanation;
    return purposeExplanation(finding);
}

QString verdictHeadline(Verdict verdict) {
    switch (verdict) {
    case Verdict::Valid:
        return Text::tr("Genuine");
    case Verdict::ValidWithWarnings:
        return Text::tr("Genuine, with warnings");
    case Verdict::Untrusted:
        return Text::tr("Not trusted: the signer does not chain to a trusted root");
    case Verdict::Invalid:
        return Text::tr("Not valid");
    case Verdict::Unsigned:
        return Text::tr("Not signed");
    case Verdict::Malformed:
        break;
    }
    return Text::tr("Damaged: not a well-formed list");
}

QString nativeDialogExplanation(const NativeDialogAssessment &assessment) {
    if (!assessment.wouldWarn)
        return Text::tr(
            "Windows' CTL dialog would not complain: the signer certificate carries Microsoft Trust "
            "List Signing (1.3.6.1.4.1.311.10.3.1) and every check passes.");
    if (assessment.cosmetic)
        return Text::tr("When you open this file in Windows, its dialog says \"This certificate trust list "
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
            .arg(assessment.signerSubject);
    QStringList failed;
    for (const FailedCheck &check : assessment.failedChecks)
        failed << failedCheckText(check);
    return Text::tr("Windows' CTL dialog would say \"This certificate trust list is "
                    "not valid\", and here the warning is "
                    "real: %1. Do not import or rely on this list.")
        .arg(failed.join(QStringLiteral("; ")));
}

QString chainProblemText(const ChainProblem &problem) {
    const QString openssl = QString::fromLatin1(X509_verify_cert_error_string(problem.verifyError));
    switch (problem.kind) {
    case ChainProblem::Kind::LeafUnreadable:
        return ChainText::tr("the signer certificate cannot be read");
    case ChainProblem::Kind::CannotBuild:
        return ChainText::tr("the chain cannot be built: %1").arg(problem.detail);
    case ChainProblem::Kind::IssuerNotFound:
        return ChainText::tr("issuer not found: %1").arg(problem.subject);
    case ChainProblem::Kind::UntrustedRoot:
        return ChainText::tr("the root %1 is not a trusted root").arg(problem.subject);
    case ChainProblem::Kind::RootNotInStore:
        return ChainText::tr("the chain ends at the root %1, which is not in the trust store here (the file "
                             "carries it only as a cross-certificate issued by %2, which is not here "
                             "either); if you trust that root, give its certificate with --trust (or in the "
                             "viewer's settings)")
            .arg(problem.subject, problem.detail);
    case ChainProblem::Kind::Verify:
        break;
    }
    return problem.subject.isEmpty() ? openssl : QStringLiteral("%1: %2").arg(problem.subject, openssl);
}

QStringList chainProblemTexts(const std::vector<ChainProblem> &problems) {
    QStringList texts;
    for (const ChainProblem &problem : problems)
        texts << chainProblemText(problem);
    return texts;
}

QString chainProblemsText(const std::vector<ChainProblem> &problems) {
    return chainProblemTexts(problems).join(QStringLiteral("; "));
}

QString chainElementProblemsText(const ChainElement &element) {
    QStringList texts;
    for (const int code : element.problems)
        texts << QString::fromLatin1(X509_verify_cert_error_string(code));
    return texts.join(QLatin1String("; "));
}

QString signatureFailureText(const SignatureFailure &failure) {
    using Kind = SignatureFailure::Kind;
    switch (failure.kind) {
    case Kind::CertificateMissing:
        return Text::tr("the signer certificate is not in the file");
    case Kind::DuplicateAttributes:
        return SignatureText::tr("the signed attributes contain %1 more than once, which PKCS #9 forbids")
            .arg(describeList(failure.oids));
    case Kind::MessageDigestCount:
        return SignatureText::tr("the signed attributes hold %1 messageDigest values instead of exactly one")
            .arg(failure.count);
    case Kind::UnsupportedDigest:
        return SignatureText::tr("unsupported digest algorithm %1").arg(oid::describe(failure.oid));
    case Kind::TooManyHashes:
        return SignatureText::tr("the list asks for more than %1 different hashes of its content (by "
                                 "digest algorithm and byte range), the limit; this one was not computed")
            .arg(failure.count);
    case Kind::DigestMismatch:
        return SignatureText::tr("the content's %1 hash does not equal the signed messageDigest: the "
                                 "signed bytes were changed after signing")
            .arg(oid::label(failure.oid));
    case Kind::ContentTypeMismatch:
        return SignatureText::tr(
                   "the signed contentType attribute (%1) does not name the signed content (%2)")
            .arg(failure.oids.isEmpty() ? SignatureText::tr("missing")
                                        : failure.oids.join(QStringLiteral(", ")),
                 oid::describe(failure.oid));
    case Kind::PublicKeyUnreadable:
        return SignatureText::tr("the signer certificate's public key cannot be read");
    case Kind::PssParametersUnreadable:
        return SignatureText::tr("the RSA-PSS parameters cannot be read: %1").arg(failure.detail);
    case Kind::UnsupportedMaskGeneration:
        return SignatureText::tr("the RSA-PSS parameters cannot be read: %1")
            .arg(SignatureText::tr("unsupported PSS mask generation function %1").arg(failure.oid));
    case Kind::PssHashMismatch:
        return SignatureText::tr("the RSA-PSS hash (%1) differs from the signer's digest algorithm (%2)")
            .arg(oid::describe(failure.oids.value(0)), oid::describe(failure.oids.value(1)));
    case Kind::PssWithoutRsaKey:
        return SignatureText::tr("an RSA-PSS signature cannot come from the signer's non-RSA key");
    case Kind::RsaKeyMismatch:
        return SignatureText::tr(
            "the signature algorithm is RSA, but the signer certificate holds a different kind of key");
    case Kind::EcdsaKeyMismatch:
        return SignatureText::tr(
            "the signature algorithm is ECDSA, but the signer certificate holds a different kind of key");
    case Kind::UnsupportedSignatureAlgorithm:
        return SignatureText::tr("unsupported signature algorithm %1").arg(oid::describe(failure.oid));
    case Kind::CannotCheck:
        return SignatureText::tr("the signature cannot be checked: %1").arg(failure.detail);
    case Kind::PssParametersUnusable:
        return SignatureText::tr("the RSA-PSS parameters are not usable: %1").arg(failure.detail);
    case Kind::SignatureMismatch:
        break;
    }
    return failure.detail.isEmpty()
               ? SignatureText::tr("the signature does not match the signer's public key")
               : SignatureText::tr("the signature does not match the signer's public key (%1)")
                     .arg(failure.detail);
}

QString signerFailureText(const SignerResult &result) {
    return failuresText(result.failures);
}

} // namespace ctlv
