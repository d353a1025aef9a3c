#pragma once
// The commands of `ctltool` (dump, verify, export, help), a QtCore library so that tests run them
// in-process. The two executables only choose how a PDF is written and forward their arguments and
// streams (CtlToolMain.h).

#include "LoadError.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

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

// --paper SIZE, the paper of every PDF report (export, diff, check): one reader, so that the three
// commands accept the same values (a4, letter, in any case), default to A4 and refuse the same way.
struct PaperCommandLine {
    QCommandLineOption option{QStringLiteral("paper"), QString(), QStringLiteral("SIZE"),
                              QStringLiteral("a4")};

    void addTo(QCommandLineParser &parser) const;
    // The paper asked for, or the message of the usage error ("--paper must be a4 or letter").
    Expected<PaperSize, QString> read(const QCommandLineParser &parser) const;
};

// Writes the PDF report of `document` to `device`; gives the scripts of the report that no installed font
// covers, or the error when the device refused the bytes. The PDF writer needs QtGui, so
// the executable that has it supplies it: ctltool-export (PdfReport); ctltool has none, it hands `export`
// to ctltool-export before any command runs.
using PdfWriter = std::function<Expected<QStringList>(QIODevice &device, const CtlDocument &document,
                                                      const ValidationReport &report, PaperSize paper)>;

// The diff and certificate-check reports (`diff --pdf`, `check --pdf`), supplied like PdfWriter by
// ctltool-export (DiffReport, CheckReport); ctltool hands those commands over to it.
struct CheckPdfContent {
    PaperSize paper = PaperSize::A4;
    const CertificateCheckResult *result = nullptr;
    const CtlDocument *list = nullptr;
    const CtlDocument *disallowed = nullptr; // optional
    QString certificateFile;
    QString sentence; // as the text output's first line says it, unescaped
    QString reason;   // as --json's "reason"
};
struct ReportWriters {
    std::function<Expected<void>(QIODevice &device, const ListDiff &diff, const CtlDocument &before,
                                 const CtlDocument &after, PaperSize paper)>
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
