#pragma once
// The commands of `ctltool` (dump, verify, export, help), a QtCore library so that tests run them
// in-process. The two executables only choose how a PDF is written and forward their arguments and
// streams (CtlToolMain.h).

#include "LoadError.h"

#include <QDateTime>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <optional>

namespace ctlv {

struct CtlDocument;
struct ValidationReport;
struct ListDiff;
struct CertificateCheckResult;

enum ExitCode : int {
    ExitOk = 0,
    ExitInvalid = 1,    // read, but the list is untrusted, invalid, unsigned or malformed (verify)
    ExitUnreadable = 2, // unreadable input, not a CTL, or a usage error
};

enum class PaperSize { A4, Letter };

// Writes the PDF report of `document` to `device`; gives the scripts of the report that no installed font
// covers, or the error when the device refused the bytes. The PDF writer needs QtGui, so
// the executable that has it supplies it: ctltool-export (PdfReport); ctltool has none, it hands `export`
// to ctltool-export before any command runs.
using PdfWriter = std::function<Expected<QStringList>(QIODevice &device, const CtlDocument &document,
                                                      const ValidationReport &report, PaperSize paper)>;

// The diff and certificate-check reports (`diff --pdf`, `check --pdf`), supplied like PdfWriter by
// ctltool-export (DiffReport, CheckReport); ctltool hands those commands over to it.
struct CheckPdfContent {
    const CertificateCheckResult *result = nullptr;
    const CtlDocument *list = nullptr;
    const CtlDocument *disallowed = nullptr; // optional
    QString certificateFile;
    QString sentence; // as the text output's first line says it, unescaped
    QString reason;   // as --json's "reason"
};
struct ReportWriters {
    std::function<Expected<void>(QIODevice &device, const ListDiff &diff, const CtlDocument &before,
                                 const CtlDocument &after)>
        diff;
    std::function<Expected<void>(QIODevice &device, const CheckPdfContent &content)> check;
};

// A date on the command line (--at, --timestamp): an ISO 8601 date (its 00:00 UTC) or date-time, read as
// UTC without an offset; nullopt when it is neither.
std::optional<QDateTime> commandLineDate(const QString &text);

// `arguments` excludes the program name. Output goes to `out`, messages to `err`. Without `pdfWriter`,
// `export --pdf` is refused with exit code 2 (without `reports`, `diff --pdf` and `check --pdf`).
int runCtlTool(const QStringList &arguments, QIODevice &out, QIODevice &err, const PdfWriter &pdfWriter = {},
               const ReportWriters &reports = {});

} // namespace ctlv
