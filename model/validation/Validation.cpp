// Keys, labels and sentences of the validation vocabulary (severities, verdicts, chain origins) and the
// report's look-ups.
#include "Validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::Validation)
};
} // namespace

QString severityKey(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return Text::tr("Information");
    case Severity::Warning:
        return Text::tr("Warning");
    case Severity::Error:
        break;
    }
    return Text::tr("Error");
}

QString verdictKey(Verdict verdict) {
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::ValidWithWarnings:
        return QStringLiteral("valid-with-warnings");
    case Verdict::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unsigned:
        return QStringLiteral("unsigned");
    case Verdict::Malformed:
        break;
    }
    return QStringLiteral("malformed");
}

QString driverPolicyKey(DriverPolicy policy) {
    switch (policy) {
    case DriverPolicy::MicrosoftSigned:
        return QStringLiteral("microsoft-signed");
    case DriverPolicy::VendorSigned:
        return QStringLiteral("vendor-signed");
    case DriverPolicy::None:
        break;
    }
    return QStringLiteral("none");
}

QString verdictSentence(Verdict verdict) {
    switch (verdict) {
    case Verdict::Valid:
        return Text::tr("The list is genuine: its signatures are intact and its signer is authorised and "
                        "chains to a trusted root.");
    case Verdict::ValidWithWarnings:
        return Text::tr("The list is genuine: its signatures are intact and its signer is authorised; some "
                        "points deserve attention.");
    case Verdict::Untrusted:
        return Text::tr("The signatures are intact, but the signer does not chain to a trusted root.");
    case Verdict::Invalid:
        return Text::tr(
            "The list is not valid: a signature, the signer's authorisation or a time check fails.");
    case Verdict::Unsigned:
        return Text::tr("The list carries no signature, so nothing vouches for its content.");
    case Verdict::Malformed:
        break;
    }
    return Text::tr("The file is damaged or not built as a Certificate Trust List must be.");
}

QString chainOriginLabel(ChainElement::Origin origin) {
    switch (origin) {
    case ChainElement::Origin::File:
        return Text::tr("from the list's file");
    case ChainElement::Origin::BundledIntermediate:
        return Text::tr("bundled Microsoft CA");
    case ChainElement::Origin::BundledRoot:
        return Text::tr("bundled Microsoft root");
    case ChainElement::Origin::SystemStore:
        return Text::tr("system trust store");
    case ChainElement::Origin::UserTrust:
        break;
    }
    return Text::tr("trust file you named");
}

namespace {
// The one table between finding codes and their stable strings (JSON, CSV, the item models' CodeRole).
constexpr std::pair<FindingCode, const char *> findingCodeKeys[] = {
    {FindingCode::Unsigned, "unsigned"},
    {FindingCode::TrailingBytes, "trailing-bytes"},
    {FindingCode::EvaluationTime, "evaluation-time"},
    {FindingCode::EntryAttributeMalformed, "entry-attribute-malformed"},
    {FindingCode::CountersignatureTimeImplausible, "countersignature-time-implausible"},
    {FindingCode::WeakRsaExponent, "weak-rsa-exponent"},
    {FindingCode::ShortRsaKey, "short-rsa-key"},
    {FindingCode::EcExplicitCurve, "ec-explicit-curve"},
    {FindingCode::SignerCertificateMissing, "signer-certificate-missing"},
    {FindingCode::SignedAfterThisUpdate, "signed-after-this-update"},
    {FindingCode::LegacyBareDigestSignature, "legacy-bare-digest-signature"},
    {FindingCode::CountersignatureInvalid, "countersignature-invalid"},
    {FindingCode::SignatureValid, "signature-valid"},
    {FindingCode::ContentTampered, "content-tampered"},
    {FindingCode::SignatureInvalid, "signature-invalid"},
    {FindingCode::ContentTypeMismatch, "content-type-mismatch"},
    {FindingCode::SignedAttributesMalformed, "signed-attributes-malformed"},
    {FindingCode::LegacyDigestMd5, "legacy-digest-md5"},
    {FindingCode::LegacyDigestSha1, "legacy-digest-sha1"},
    {FindingCode::ChainTrusted, "chain-trusted"},
    {FindingCode::CountersignatureUntrusted, "countersignature-untrusted"},
    {FindingCode::IssuerNotInFile, "issuer-not-in-file"},
    {FindingCode::LegacyRootWithoutBasicConstraints, "legacy-root-without-basic-constraints"},
    {FindingCode::ChainUntrusted, "chain-untrusted"},
    {FindingCode::ChainInvalid, "chain-invalid"},
    {FindingCode::SignerExpiredSinceSigning, "signer-expired-since-signing"},
    {FindingCode::ChainFailsToday, "chain-fails-today"},
    {FindingCode::CountersignerNotTimestamping, "countersigner-not-timestamping"},
    {FindingCode::EkuQualifiedSubordination, "eku-qualified-subordination"},
    {FindingCode::EkuAuthorised, "eku-authorised"},
    {FindingCode::EkuNotAuthorised, "eku-not-authorised"},
    {FindingCode::ListAge, "list-age"},
    {FindingCode::NextUpdatePassed, "next-update-passed"},
    {FindingCode::ListFromFuture, "list-from-future"},
    {FindingCode::DuplicateCertificate, "duplicate-certificate"},
    {FindingCode::LegacyCertificateMd5, "legacy-certificate-md5"},
    {FindingCode::NativeDialogWarning, "native-dialog-warning"},
    {FindingCode::CatalogSignerAuthorised, "catalog-signer-authorised"},
    {FindingCode::CatalogSignerNotAuthorised, "catalog-signer-not-authorised"},
    {FindingCode::CatalogDialog, "catalog-dialog"},
    {FindingCode::CatalogDriverPolicy, "catalog-driver-policy"},
    {FindingCode::CertificateSha256Mismatch, "certificate-sha256-mismatch"},
    {FindingCode::Malformed, "malformed"},
};
} // namespace

QString findingCodeKey(FindingCode code) {
    for (const auto &[value, key] : findingCodeKeys)
        if (value == code)
            return QString::fromLatin1(key);
    return QStringLiteral("malformed"); // not reached: every code is in the table (tst_validation)
}

std::optional<FindingCode> findingCodeFromKey(const QString &key) {
    for (const auto &[value, text] : findingCodeKeys)
        if (key == QLatin1String(text))
            return value;
    return std::nullopt;
}

QDateTime Finding::time(QLatin1String name) const {
    for (const auto &[key, value] : times)
        if (key == name)
            return value;
    return {};
}

const Finding *ValidationReport::find(FindingCode code) const {
    const auto found =
        std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
    return found == findings.end() ? nullptr : &*found;
}

const Finding *ValidationReport::find(const QString &codeKey) const {
    const std::optional<FindingCode> code = findingCodeFromKey(codeKey);
    return code ? find(*code) : nullptr;
}

int ValidationReport::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Finding &f) { return f.severity == severity; }));
}

} // namespace ctlv
