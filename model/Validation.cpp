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

const Finding *ValidationReport::find(const QString &code) const {
    const auto found =
        std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
    return found == findings.end() ? nullptr : &*found;
}

int ValidationReport::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const Finding &f) { return f.severity == severity; }));
}

} // namespace ctlv
