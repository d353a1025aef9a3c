#pragma once
// The answer to "would Windows trust this certificate?" as a PDF report (issue #19) in the list
// report's layout: the one sentence in a call-out whose tone says trusted or not, then the evidence
// (the chain, the list's entry, the rules that decided, the dates compared). `ctltool check --pdf` and
// the viewer's Check panel write it. The sentence and reason are worded by the caller, as it shows them.

#include "CertificateCheck.h"
#include "PdfReport.h"

namespace ctlv {

struct CheckReportInput {
    const CertificateCheckResult *result = nullptr;
    const CtlDocument *list = nullptr;       // the list result.rootEntry indexes
    const CtlDocument *disallowed = nullptr; // optional
    QString certificateFile;                 // the file checked (its name in the footer)
    QString sentence; // "Windows 10/11 would trust this chain for ...: no, because ..."
    QString reason;   // the reasons as one line (ctltool check --json's "reason")
};

class CheckReport {
public:
    static Expected<PdfWritten> write(QIODevice &device, const CheckReportInput &input,
                                      const PdfOptions &options);
    // Atomic (ExportTarget): never replaces `inputs` (the certificate, list and chain files) or a
    // special file.
    static Expected<PdfWritten> write(const QString &path, const CheckReportInput &input,
                                      const PdfOptions &options, const QStringList &inputs);
};

} // namespace ctlv
