// The verdict's headline and first sentence: which outcome, and for a list that fails, the failure that
// decides it with its key explanation inline, so that nobody has to open the findings to learn why.
#include "VerdictText.h"

#include "FindingText.h"

#include <QCoreApplication>

#include <initializer_list>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::VerdictText)
};

// The first finding with one of `codes` (in the order given: the first code that occurs decides) and at
// least `severity`.
const Finding *first(const ValidationReport &report, std::initializer_list<FindingCode> codes,
                     Severity severity = Severity::Error) {
    for (const FindingCode code : codes)
        for (const Finding &finding : report.findings)
            if (finding.code == code && finding.severity >= severity)
                return &finding;
    return nullptr;
}

const Finding *primary(const ValidationReport &report, FindingCode code) {
    for (const Finding &finding : report.findings)
        if (finding.code == code && finding.arguments.signerKind == SignerKind::Primary)
            return &finding;
    return nullptr;
}

VerdictSummary genuine(const ValidationReport &report) {
    VerdictSummary summary;
    // The verdict's own sentence ("The list is genuine: ..."), already in every language.
    summary.headline = verdictSentence(Verdict::Valid);
    const Finding *chain = primary(report, FindingCode::ChainTrusted);
    if (chain)
        summary.sentence = Text::tr("Signed by %1, which chains to %2 as of %3.")
                               .arg(chain->arguments.subject, chain->arguments.otherSubject,
                                    report.evaluationTime.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
    if (primary(report, FindingCode::SignerExpiredSinceSigning))
        summary.sentence += (summary.sentence.isEmpty() ? QString() : QStringLiteral(" ")) +
                            Text::tr("The signer certificate has expired since then; that is normal for a "
                                     "list of this age and needs no action.");
    return summary;
}

VerdictSummary withWarnings(const ValidationReport &report) {
    VerdictSummary summary;
    summary.headline = verdictSentence(Verdict::ValidWithWarnings);
    for (const Finding &finding : report.findings)
        if (finding.severity == Severity::Warning) {
            summary.decisive = &finding;
            summary.sentence = Text::tr("%1: %2").arg(findingTitle(finding), findingExplanation(finding));
            break;
        }
    return summary;
}

VerdictSummary notAuthorised(const ValidationReport &report, const Finding &finding) {
    VerdictSummary summary;
    summary.decisive = &finding;
    const Finding *qualified = first(report, {FindingCode::EkuQualifiedSubordination});
    if (!qualified) {
        summary.headline = Text::tr("Not valid: the signer is not authorised to sign trust lists");
        summary.sentence = findingExplanation(finding);
        return summary;
    }
    // The case the Microsoft article gets wrong: say so right here, not only in the findings.
    summary.headline = Text::tr("Not valid: the signer carries 1.3.6.1.4.1.311.10.3.10 (Qualified "
                                "Subordination), which does not authorise signing trust lists");
    summary.sentence =
        Text::tr("%1 carries 1.3.6.1.4.1.311.10.3.10, which the Windows SDK names Qualified Subordination. "
                 "A widely cited Microsoft article on CAPI2 Event ID 11 calls it msCTLSign, mixing it up "
                 "with Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). Windows accepts a trust list "
                 "only from a signer with 1.3.6.1.4.1.311.10.3.1 or Root List Signer "
                 "(1.3.6.1.4.1.311.10.3.9), and this one has neither: do not import the list.")
            .arg(qualified->arguments.subject);
    return summary;
}

VerdictSummary invalid(const ValidationReport &report) {
    VerdictSummary summary;
    const auto decide = [&](const Finding *finding, const QString &headline) {
        summary.decisive = finding;
        summary.headline = headline;
        summary.sentence = findingExplanation(*finding);
        return summary;
    };
    // The order is the order of what decides: a changed content outweighs everything said about its signer.
    if (const Finding *f = first(report, {FindingCode::ContentTampered}))
        return decide(f, Text::tr("Not genuine: the content was changed after it was signed"));
    if (const Finding *f = first(report, {FindingCode::SignatureInvalid}))
        return decide(f, Text::tr("Not genuine: the signature does not match its signer's key"));
    if (const Finding *f = first(report, {FindingCode::ContentTypeMismatch}))
        return decide(f, Text::tr("Not genuine: the signature was made for another kind of data"));
    if (const Finding *f = first(report, {FindingCode::SignedAttributesMalformed}))
        return decide(f, Text::tr("Not genuine: the signed attributes are ambiguous"));
    if (const Finding *f = first(report, {FindingCode::SignerCertificateMissing}))
        return decide(f, Text::tr("Cannot be verified: the signer certificate is not in the file"));
    if (const Finding *f =
            first(report, {FindingCode::EkuNotAuthorised, FindingCode::EkuQualifiedSubordination}))
        return notAuthorised(report, *f);
    if (const Finding *f = first(report, {FindingCode::ChainInvalid}))
        return decide(f, Text::tr("Not valid: the signer's certificate chain fails"));
    if (const Finding *f = first(
            report, {FindingCode::WeakRsaExponent, FindingCode::ShortRsaKey, FindingCode::EcExplicitCurve}))
        return decide(f, Text::tr("Not trustworthy: a key in the signer's chain is too weak"));
    summary.headline = verdictSentence(Verdict::Invalid);
    return summary;
}

} // namespace

QString verdictLabel(Verdict verdict) {
    switch (verdict) {
    case Verdict::Valid:
        return Text::tr("genuine");
    case Verdict::ValidWithWarnings:
        return Text::tr("genuine, with points to look at");
    case Verdict::Untrusted:
        return Text::tr("not trusted");
    case Verdict::Invalid:
        return Text::tr("not valid");
    case Verdict::Unsigned:
        return Text::tr("not signed");
    case Verdict::Malformed:
        break;
    }
    return Text::tr("damaged");
}

VerdictSummary verdictSummary(const ValidationReport &report) {
    switch (report.verdict) {
    case Verdict::Valid:
        return genuine(report);
    case Verdict::ValidWithWarnings:
        return withWarnings(report);
    case Verdict::Untrusted:
        if (const Finding *f = first(report, {FindingCode::ChainUntrusted}))
            return {Text::tr("Intact, but not trusted: the signer does not chain to a trusted root"),
                    findingExplanation(*f), f};
        break;
    case Verdict::Invalid:
        return invalid(report);
    case Verdict::Unsigned:
        if (const Finding *f = first(report, {FindingCode::Unsigned}))
            return {Text::tr("Not signed: nothing vouches for this list"), findingExplanation(*f), f};
        break;
    case Verdict::Malformed:
        if (const Finding *f = first(report, {FindingCode::TrailingBytes}))
            return {Text::tr("Damaged or altered: data follows the signed list"), findingExplanation(*f), f};
        if (const Finding *f = first(report, {FindingCode::Malformed}))
            return {Text::tr("Damaged: the file cannot be read as a trust list"), findingExplanation(*f), f};
        break;
    }
    return {verdictSentence(report.verdict), QString(), nullptr};
}

} // namespace ctlv
