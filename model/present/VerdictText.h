#pragma once
// The verdict as a person reads it first: a headline naming the decisive outcome (for an invalid list,
// the failure that decides it) and one sentence with the key explanation. The banner, `ctltool verify`
// and the PDF report show these; the verdict's stable key stays verdictKey().

#include "Validation.h"

#include <QString>

namespace ctlv {

struct VerdictSummary {
    QString headline; // "Genuine", "Not genuine: the content was changed after it was signed", ...
    QString sentence; // the decisive finding's key explanation, in plain words
    const Finding *decisive = nullptr; // the finding the headline speaks of (null for a genuine list)
};

VerdictSummary verdictSummary(const ValidationReport &report);
// A word or two for where space is short (the tab's tooltip): "genuine", "not valid", ...
QString verdictLabel(Verdict verdict);

} // namespace ctlv
