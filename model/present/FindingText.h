#pragma once
// Findings and the validation's other typed results in words, in the language chosen when they are
// shown: the banner, the detail pane, the dump, the PDF, the CSV and ctltool call these, never the engine.

#include "Validation.h"

#include <QString>
#include <QStringList>

namespace ctlv {

QString findingTitle(const Finding &finding);       // short
QString findingExplanation(const Finding &finding); // several sentences for a Windows administrator

// The verdict in a few words, for a headline ("Genuine", "Not valid"): no machine key, in the language shown.
QString verdictHeadline(Verdict verdict);

// Why Windows' CTL dialog would or would not warn (ValidationReport::nativeDialog).
QString nativeDialogExplanation(const NativeDialogAssessment &assessment);

// A chain's problems: each in words, and all of them joined by "; " as the findings quote them.
QString chainProblemText(const ChainProblem &problem);
QStringList chainProblemTexts(const std::vector<ChainProblem> &problems);
QString chainProblemsText(const std::vector<ChainProblem> &problems);
// OpenSSL's own words for the verify errors at one certificate of a chain, joined by "; ".
QString chainElementProblemsText(const ChainElement &element);

// Why a signature does not hold: each reason, and all of them joined by "; " (empty when it holds).
QString signatureFailureText(const SignatureFailure &failure);
QString signerFailureText(const SignerResult &result);

} // namespace ctlv
