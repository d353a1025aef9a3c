#pragma once
// The PDF report of one list: page 1 is the answer (file, verdict in words with icon and colour, Windows'
// dialog warning, key facts, what the list grants), then contents, findings (errors first), the signer
// chains, the entries as a table whose header repeats on every page, and the extensions. Laid out by
// ReportLayout (QPainter on QPdfWriter, QtGui only, memory flat), so ctltool makes the same report headless.

#include "CtlDocument.h"
#include "LoadError.h"
#include "ReportLayout.h"
#include "Validation.h"

#include <QLocale>
#include <QPageSize>

namespace ctlv {

struct PdfOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QLocale locale; // dates and numbers for people
    QString programVersion;
    QDateTime generatedAt; // invalid: now
    // Name the scripts no installed font covers (PdfWritten::fontWarnings); costs a pass over the text.
    bool reportMissingFonts = false;
};

// A written report: its page count and, when PdfOptions::reportMissingFonts asked for them, one line
// per script in the report that no installed font covers (its characters come out as empty boxes),
// naming the Debian package that has a font for it.
struct PdfWritten {
    int pageCount = 0;
    QStringList fontWarnings;
};

// What a report other than the list report is about (a diff, a certificate check): the file its footer
// names with the first 16 hex digits of its SHA-256, and the running header.
struct PdfSubject {
    QString fileName;
    QByteArray sha256;
    QString runningHeader;
    // A second file the footer names beside the first (a diff's new list); empty: none.
    QString otherFileName;
    QByteArray otherSha256;
};

class PdfReport {
public:
    // Another report in the same layout (header, footer, fonts, metadata): a title, the answer in a
    // call-out with summary paragraphs and facts, then one table of any length (report::SimpleReport).
    // Atomic like write() for a path.
    static Expected<PdfWritten> writeSimple(QIODevice &device, const report::SimpleReport &content,
                                            const PdfSubject &subject, const PdfOptions &options);
    static Expected<PdfWritten> writeSimple(const QString &path, const report::SimpleReport &content,
                                            const PdfSubject &subject, const PdfOptions &options,
                                            const QStringList &inputs = {});
    // Writes the PDF atomically through ExportTarget (FileAccess.h): on failure nothing is left at `path`
    // and the error says why. `inputs` are the files the report is made from, which it never replaces; a
    // special file (device, FIFO, folder) is never replaced either.
    static Expected<PdfWritten> write(const QString &path, const CtlDocument &document,
                                      const ValidationReport &report, const PdfOptions &options,
                                      const QStringList &inputs = {});
    // Writes the PDF to an open device (ctltool's "-", standard output).
    static Expected<PdfWritten> write(QIODevice &device, const CtlDocument &document,
                                      const ValidationReport &report, const PdfOptions &options);
};

} // namespace ctlv
