#pragma once
// The diff of two lists as a PDF report (issue #16) in the list report's layout: page 1 says what
// changed in words, grouped as Microsoft's deployment notices group it, with the facts of both files;
// then every change as a table row. `ctltool diff --pdf` and the viewer's diff tab write it.

#include "ListDiff.h"
#include "PdfReport.h"

namespace ctlv {

class DiffReport {
public:
    // `before` and `after` are the documents `diff` compares (their file names and SHA-256 are shown).
    static Expected<PdfWritten> write(QIODevice &device, const ListDiff &diff, const CtlDocument &before,
                                      const CtlDocument &after, const PdfOptions &options);
    // Atomic (ExportTarget): never replaces `inputs` (pass both lists' files) or a special file.
    static Expected<PdfWritten> write(const QString &path, const ListDiff &diff, const CtlDocument &before,
                                      const CtlDocument &after, const PdfOptions &options,
                                      const QStringList &inputs);
};

} // namespace ctlv
