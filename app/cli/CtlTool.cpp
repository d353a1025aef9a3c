// ctltool's commands: option parsing, dump, verify, export and help, written once for both executables
// (CtlTool.h).
#include "CtlTool.h"

#include "ChainBuilder.h"
#include "CommandDiff.h"
#include "CommandTrust.h"
#include "CommandVerifyFiles.h"
#include "CsvExport.h"
#include "DumpWriter.h"
#include "FileAccess.h"
#include "FindingText.h"
#include "JsonWriter.h"
#include "OpenedFile.h"
#include "ReadLimits.h"
#include "Validation.h"
#include "VerdictText.h"

#include "CertificateLinker.h"
#include "CertificateSourceWriter.h"
#include "CertificateSources.h"
#include "TrustBundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlTool)
};

// The synopsis of each command, shared by the overview and each command's --help.
QString dumpSynopsis() {
    return Text::tr(
        "ctltool dump [--json [--compact] | --json-lines] [--certs SOURCE]... [VALIDATION OPTIONS] FILE...");
}
QString verifySynopsis() {
    return Text::tr("ctltool verify [--json [--compact] | --json-lines] [--entries] [--certs SOURCE]... "
                    "[VALIDATION OPTIONS] "
                    "FILE...");
}
QString exportSynopsis() {
    return Text::tr("ctltool export --pdf OUT [--paper a4|letter] [VALIDATION OPTIONS] FILE\n"
                    "ctltool export --csv OUT [--findings] [--separator CHAR] [--bom] [--certs SOURCE]... "
                    "[VALIDATION OPTIONS] "
                    "FILE\n"
                    "ctltool export --pem OUT --certs SOURCE... [--purpose P] [--at DATE] [--not-before "
                    "include|exclude] FILE");
}

QString jsonOptionsText(bool withEntries) {
    QString text =
        Text::tr("Output options:\n"
                 "  --json              one JSON document: {\"formatVersion\", \"results\": [one per list\n"
                 "                      or unreadable file]}, indented for people\n"
                 "  --compact           with --json: the same document on one line\n"
                 "  --json-lines        one compact JSON object per line, each written as soon as it\n"
                 "                      is ready (NDJSON)\n");
    if (withEntries)
        text += Text::tr("  --entries           with --json or --json-lines: include the list's entries\n");
    return text;
}

QString validationOptionsText() {
    return Text::tr(
        "Validation options:\n"
        "  --trust FILE        also trust the root certificate(s) in FILE (PEM or DER); repeatable\n"
        "  --at DATE           check the chain at DATE (ISO 8601, e.g. 2025-06-16 or 2025-06-16T17:56:11Z)\n"
        "                      instead of the list's own time\n"
        "  --accept-eku OID    also accept this purpose as authorising a CTL signer; repeatable\n"
        "  --no-system-trust   do not use the system's trusted roots, only the bundled Microsoft roots\n");
}

QString certificateOptionsText() {
    return Text::tr(
        "Certificate options:\n"
        "  --certs SOURCE      link each entry to its certificate from SOURCE: a .sst store, a PEM bundle,\n"
        "                      a .crt/.cer/.pem certificate, a .p7b/.p7c bag, a regedit export (.reg) or a\n"
        "                      folder of these; repeatable\n"
        "  --recursive         with --certs: read the subfolders of folders too\n");
}

QString commonOptionsText() {
    return Text::tr(
        "Every command:\n"
        "  --lang CODE         messages and reports in this language (en, de, ko) instead of the system's\n"
        "  -h, --help          show this help\n");
}

QString usageText() {
    return Text::tr("Usage: ctltool COMMAND [OPTIONS] FILE...\n"
                    "\n"
                    "Commands:\n"
                    "  dump      show everything a Certificate Trust List holds (with --json, the validation "
                    "too)\n"
                    "  verify    check signatures, chain, signer authorisation and times, and explain the "
                    "verdict\n"
                    "  export    write a PDF report, or the entries (or findings) as CSV\n"
                    "  help      show the help of a command\n"
                    "\n") +
           Text::tr("Effective trust commands:\n"
                    "  status    what Windows trusts in a list, for which purpose, as of when, on which "
                    "Windows\n"
                    "  check     would Windows trust this certificate?\n"
                    "\n") +
           Text::tr("Security catalog commands:\n"
                    "  verify-files  which files a security catalog (.cat) covers\n"
                    "\n") +
           Text::tr("Commands for what changed:\n"
                    "  diff      what changed between two lists (text, JSON, CSV or Markdown)\n"
                    "  history   the history of every entry across many lists\n"
                    "\n") +
           dumpSynopsis() + QLatin1Char('\n') + verifySynopsis() + QLatin1Char('\n') + exportSynopsis() +
           QLatin1Char('\n') + statusSynopsis() + QLatin1Char('\n') + checkSynopsis() + QLatin1Char('\n') +
           verifyFilesSynopsis() + QLatin1Char('\n') + diffSynopsis() + QLatin1Char('\n') +
           historySynopsis() + QStringLiteral("\n\n") + jsonOptionsText(true) + QLatin1Char('\n') +
           certificateOptionsText() + QLatin1Char('\n') + validationOptionsText() + QLatin1Char('\n') +
           commonOptionsText() +
           Text::tr(
               "  --version           show the program's version\n"
               "\n"
               "FILE may be a .stl or .ctl (DER, PEM or base64) or a .cab such as authrootstl.cab; dump\n"
               "also shows a certificate source's certificates, and a .reg export's lists.\n"
               "Exit codes: export: 0 written, 2 unreadable input or the output cannot be written.\n"
               "            dump: 0 read, 2 unreadable or not a Certificate Trust List.\n"
               "            verify: 0 valid or valid with warnings; 1 untrusted, invalid, unsigned or "
               "malformed;\n"
               "            2 unreadable or not a Certificate Trust List.\n"
               "Every command exits with 2 on a usage error or when its output cannot be written.\n"
               "See \"ctltool COMMAND --help\" and the manual page ctltool(1).\n") +
           Text::tr(
               "verify-files: 0 the catalog is valid and covers every file; 1 a file is not covered by a\n"
               "valid catalog; 2 a file or the catalog cannot be read (see \"ctltool verify-files "
               "--help\").\n") +
           Text::tr("Exit codes of diff: 0 identical, 1 different, 2 unreadable.\n");
}

// `ctltool COMMAND --help`: the synopsis, what it does, its options and exit codes.
QString commandHelp(const QString &command) {
    if (command == QLatin1String("status") || command == QLatin1String("check"))
        return trustCommandHelp(command);
    if (command == QLatin1String("diff"))
        return diffHelp();
    if (command == QLatin1String("history"))
        return historyHelp();
    const QString usage = Text::tr("Usage:") + QLatin1Char(' ');
    if (command == QLatin1String("dump"))
        return usage + dumpSynopsis() + QStringLiteral("\n\n") +
               Text::tr(
                   "Show everything a Certificate Trust List holds: the file, the list's metadata, every\n"
                   "certificate, signer and entry. With --json, the validation too. Given a certificate\n"
                   "source (see --certs), its certificates with their store properties.\n") +
               QLatin1Char('\n') + jsonOptionsText(false) + QLatin1Char('\n') + certificateOptionsText() +
               QLatin1Char('\n') + validationOptionsText() + QLatin1Char('\n') + commonOptionsText() +
               QLatin1Char('\n') +
               Text::tr(
                   "Exit codes: 0 read; 2 unreadable, not a Certificate Trust List, a usage error, or the\n"
                   "output cannot be written.\n");
    if (command == QLatin1String("verify"))
        return usage + verifySynopsis() + QStringLiteral("\n\n") +
               Text::tr(
                   "Check signatures, chain, signer authorisation and times, and explain the verdict and\n"
                   "whether Windows' warning about the list is cosmetic.\n") +
               QLatin1Char('\n') + jsonOptionsText(true) + QLatin1Char('\n') + certificateOptionsText() +
               QLatin1Char('\n') + validationOptionsText() + QLatin1Char('\n') + commonOptionsText() +
               QLatin1Char('\n') +
               Text::tr("Exit codes: 0 valid or valid with warnings; 1 untrusted, invalid, unsigned or "
                        "malformed, or\n"
                        "an entry's certificate (--certs) does not match the list's SHA-256;\n"
                        "2 unreadable, not a Certificate Trust List, a usage error, or the output cannot be\n"
                        "written.\n");
    return usage + exportSynopsis() + QStringLiteral("\n\n") +
           Text::tr(
               "Write a PDF report of one list, its entries (with --findings, its findings) as CSV, or\n"
               "the roots it names as a PEM trust bundle.\n"
               "The file OUT is replaced atomically.\n"
               "\n"
               "Export options:\n"
               "  --pdf OUT           write the PDF report to OUT\n"
               "  --paper SIZE        a4 (the default) or letter\n"
               "  --csv OUT           write CSV (RFC 4180, UTF-8) to OUT\n"
               "  --findings          with --csv: one row per finding instead of one per entry\n"
               "  --separator CHAR    with --csv: the field separator (default ','; '\\t' for a tab)\n"
               "  --bom               with --csv: begin with a UTF-8 byte order mark\n"
               "  --pem OUT           write the trust bundle: the certificates the list names (--certs), as\n"
               "                      PEM with comment lines, in list order; entries without a certificate\n"
               "                      are listed on standard error\n"
               "  --purpose P         with --pem: only the roots the list grants P (an OID, or server-auth,\n"
               "                      client-auth, code-signing, email, time-stamping, ocsp-signing)\n"
               "  --not-before WHAT   with --pem: include or exclude (the default) roots restricted by a\n"
               "                      NotBefore date, which a PEM bundle cannot express\n"
               "                      (--at DATE: the date Disable dates are judged at; default now)\n") +
           QLatin1Char('\n') + certificateOptionsText() + QLatin1Char('\n') + validationOptionsText() +
           QLatin1Char('\n') + commonOptionsText() + QLatin1Char('\n') +
           Text::tr("Exit codes: 0 written; 2 unreadable input, a usage error, or the output cannot be "
                    "written.\n");
}

// A command-line value or combination that cannot be used: what to tell the user (exit code 2).
struct UsageProblem {
    QString message;
};

struct ValidationCommandLine {
    QCommandLineOption trust{QStringLiteral("trust"), QString(), QStringLiteral("FILE")};
    QCommandLineOption at{QStringLiteral("at"), QString(), QStringLiteral("DATE")};
    QCommandLineOption acceptEku{QStringLiteral("accept-eku"), QString(), QStringLiteral("OID")};
    QCommandLineOption noSystemTrust{QStringLiteral("no-system-trust"), QString()};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({trust, at, acceptEku, noSystemTrust}); }

    // The options, or what is wrong with a value.
    Expected<ValidationOptions, UsageProblem> read(const QCommandLineParser &parser) const {
        ValidationOptions options;
        for (const QString &file : parser.values(trust)) {
            // Bounded like every input; a FIFO or device is refused before it is opened.
            const auto input = readInputFile(file, ReadLimits{}.maxInputSize);
            if (!input)
                return UsageProblem{QStringLiteral("--trust ") + input.error().toString()};
            const QList<QByteArray> certificates = certificatesFromPem(input.value());
            if (certificates.isEmpty())
                return UsageProblem{Text::tr("--trust %1: the file holds no certificate (PEM or DER)")
                                        .arg(displayFileName(file))};
            options.extraTrustAnchorsDer += certificates;
        }
        if (parser.isSet(at)) {
            const std::optional<QDateTime> time = commandLineDate(parser.value(at));
            if (!time)
                return UsageProblem{
                    Text::tr("--at %1: not a date; use ISO 8601 such as 2025-06-16 or 2025-06-16T17:56:11Z")
                        .arg(parser.value(at))};
            options.at = *time;
        }
        for (const QString &eku : parser.values(acceptEku)) {
            static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
            if (!dotted.match(eku).hasMatch())
                return UsageProblem{
                    Text::tr("--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1")
                        .arg(eku)};
            options.acceptedEkus << eku;
        }
        options.useSystemStore = !parser.isSet(noSystemTrust);
        return options;
    }
};

// The version of the JSON output's shape (README "JSON output", resources/schema/ctltool.schema.json):
// raised when a key changes meaning or goes away, not when one is added.
constexpr qint64 jsonFormatVersion = 1;

void writeFindingJson(JsonWriter &json, const Finding &finding, const CtlDocument *document) {
    json.beginObject();
    json.field(QLatin1String("code"), findingCodeKey(finding.code));
    json.field(QLatin1String("severity"), severityKey(finding.severity));
    json.field(QLatin1String("title"), findingTitle(finding));
    json.field(QLatin1String("explanation"), findingExplanation(finding));
    json.field(QLatin1String("cosmetic"), finding.cosmetic);
    // What the prose names, as data: scripts never need to parse the translated text.
    if (finding.signerIndex >= 0)
        json.field(QLatin1String("signerIndex"), static_cast<qint64>(finding.signerIndex));
    if (document && finding.certificateIndex >= 0 &&
        static_cast<size_t>(finding.certificateIndex) < document->certificates.size()) {
        json.field(QLatin1String("certificateIndex"), static_cast<qint64>(finding.certificateIndex));
        json.field(QLatin1String("certificateSha256"),
                   toHex(document->certificates[static_cast<size_t>(finding.certificateIndex)].sha256));
    }
    if (document && finding.entryIndex >= 0 &&
        static_cast<size_t>(finding.entryIndex) < document->entries.size()) {
        json.field(QLatin1String("entryIndex"), static_cast<qint64>(finding.entryIndex));
        json.field(QLatin1String("entryIdentifier"),
                   document->entries[static_cast<size_t>(finding.entryIndex)].identifierText());
    }
    if (!finding.times.empty()) {
        json.key(QLatin1String("times"));
        json.beginObject();
        for (const auto &[name, time] : finding.times)
            json.field(name, isoUtc(time));
        json.endObject();
    }
    json.endObject();
}

void writeValidationJson(JsonWriter &json, const ValidationReport &report, const CtlDocument &document) {
    json.key(QLatin1String("validation"));
    json.beginObject();
    json.field(QLatin1String("verdict"), verdictKey(report.verdict));
    json.field(QLatin1String("evaluationTime"), isoUtc(report.evaluationTime));
    json.field(QLatin1String("evaluationTimeSource"),
               QLatin1String(report.evaluationTimeSource == EvaluationTimeSource::Countersignature
                                 ? "countersignature"
                             : report.evaluationTimeSource == EvaluationTimeSource::User ? "user"
                             : report.evaluationTimeSource == EvaluationTimeSource::Now  ? "now"
                                                                                         : "thisUpdate"));
    if (report.catalog)
        json.field(QLatin1String("driverPolicy"), driverPolicyKey(report.driverPolicy));
    json.field(QLatin1String("now"), isoUtc(report.now));
    if (report.listAgeDays)
        json.field(QLatin1String("listAgeDays"), *report.listAgeDays);
    json.key(QLatin1String("nativeDialogWarning"));
    json.beginObject();
    json.field(QLatin1String("wouldWarn"), report.nativeDialog.wouldWarn);
    json.field(QLatin1String("cosmetic"), report.nativeDialog.cosmetic);
    json.field(QLatin1String("explanation"), nativeDialogExplanation(report.nativeDialog));
    json.endObject();
    json.key(QLatin1String("findings"));
    json.beginArray();
    for (const Finding &finding : report.findings)
        writeFindingJson(json, finding, &document);
    json.endArray();
    json.endObject();
}

void writeSignerValidationJson(JsonWriter &json, const ValidationReport &report, int signerIndex) {
    const SignerResult &result = report.signers[static_cast<size_t>(signerIndex)];
    json.field(QLatin1String("signatureValid"), result.intact());
    json.field(QLatin1String("digestMatches"), result.digestMatches);
    json.field(QLatin1String("chainTrusted"), result.chainAtSigning.trusted);
    json.field(QLatin1String("chainTrustedNow"), result.chainNow.trusted);
    json.field(QLatin1String("ekuAuthorised"), result.ekuAuthorised);
    json.key(QLatin1String("chain"));
    json.beginArray();
    for (const ChainElement &element : result.chainAtSigning.elements)
        json.value(element.certificate.subject);
    json.endArray();
    if (!result.failures.empty())
        json.field(QLatin1String("failure"), signerFailureText(result));
}

// A load error on bytes that are a CTL (truncated, malformed DER) is a malformed list, not an unreadable
// file.
bool isMalformedList(const LoadError &error) {
    return error.code == LoadError::Code::Truncated || error.code == LoadError::Code::MalformedDer;
}

// A file that gave no list: {file, member, error {code, message, offset}}, so it does not vanish from
// the output; when its bytes are a damaged list, also the verdict `malformed`.
void writeErrorJson(JsonWriter &json, const LoadError &error) {
    json.field(QLatin1String("file"), error.file);
    if (!error.member.isEmpty())
        json.field(QLatin1String("member"), error.member);
    json.key(QLatin1String("error"));
    json.beginObject();
    json.field(QLatin1String("code"), error.codeKey());
    json.field(QLatin1String("message"), error.message);
    if (error.offset >= 0)
        json.field(QLatin1String("offset"), error.offset);
    json.endObject();
    if (!isMalformedList(error))
        return;
    json.key(QLatin1String("validation"));
    json.beginObject();
    json.field(QLatin1String("verdict"), verdictKey(Verdict::Malformed));
    json.key(QLatin1String("findings"));
    json.beginArray();
    Finding finding;
    finding.code = FindingCode::Malformed;
    finding.severity = Severity::Error;
    finding.arguments.detail = error.toString();
    writeFindingJson(json, finding, nullptr);
    json.endArray();
    json.endObject();
}

// Everything that may come from a file (names, members, findings that quote them) goes through
// escapeForTerminal: a control sequence in a CAB member's name must not rewrite what the terminal shows.
void writeVerifyText(QTextStream &out, const CtlDocument &document, const ValidationReport &report) {
    out << escapeForTerminal(document.fileName);
    if (!document.member.isEmpty())
        out << QStringLiteral(" \u25b8 ") << escapeForTerminal(document.member);
    out << ": " << verdictKey(report.verdict) << '\n';
    // The decisive outcome and its key explanation first (the banner's and the PDF's words).
    const VerdictSummary summary = verdictSummary(report);
    out << "  " << escapeForTerminal(summary.headline) << '\n';
    if (!summary.sentence.isEmpty())
        out << "  " << escapeForTerminal(summary.sentence) << '\n';
    out << "  "
        << Text::tr("List: %1, %2 entries, produced %3")
               .arg(listKindLabel(document.kind()), QString::number(document.entries.size()),
                    isoUtc(document.thisUpdate.utc))
        << '\n';
    if (report.catalog) {
        // A catalog is shown in Windows' Security Catalog dialog (its finding follows), not the CTL dialog.
        out << "  " << Text::tr("Driver signing policy:") << ' ' << driverPolicyKey(report.driverPolicy)
            << '\n';
    } else {
        out << "  " << Text::tr("Windows' CTL dialog:") << ' '
            << (!report.nativeDialog.wouldWarn ? Text::tr("no warning")
                : report.nativeDialog.cosmetic ? Text::tr("would say \"not valid\" (cosmetic)")
                                               : Text::tr("would say \"not valid\" (real)"))
            << '\n';
        // The answer to "should I worry about Windows' warning?" comes first, the details after.
        out << "      " << escapeForTerminal(nativeDialogExplanation(report.nativeDialog)) << '\n';
    }
    for (const Finding &finding : report.findings) {
        if (finding.code == FindingCode::NativeDialogWarning)
            continue;
        out << "  [" << severityKey(finding.severity) << "] " << escapeForTerminal(findingTitle(finding))
            << '\n';
        out << "      " << escapeForTerminal(findingExplanation(finding)) << '\n';
    }
}

// --- Certificate sources (issue #14): kept together so that the command functions only call them. ---

// --certs SOURCE (repeatable: files or folders) and --recursive (folders: their subfolders too).
struct CertificateCommandLine {
    QCommandLineOption certs{QStringLiteral("certs"), QString(), QStringLiteral("SOURCE")};
    QCommandLineOption recursive{QStringLiteral("recursive"), QString()};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({certs, recursive}); }
    CertificateReadOptions options(const QCommandLineParser &parser) const {
        CertificateReadOptions options;
        options.recursive = parser.isSet(recursive);
        return options;
    }
    // Every source; the notes (skipped files, empty folders) go to `err`.
    Expected<std::vector<CertificateSourceData>, UsageProblem> read(const QCommandLineParser &parser,
                                                                    QIODevice &err) const {
        std::vector<CertificateSourceData> sources;
        for (const QString &path : parser.values(certs)) {
            auto source = CertificateSources::read(path, options(parser));
            if (!source)
                return UsageProblem{QStringLiteral("--certs ") + source.error().toString()};
            for (const QString &note : source.value().notes)
                err.write((QStringLiteral("ctltool: ") + escapeForTerminal(note)).toUtf8() + '\n');
            sources.push_back(std::move(source.value()));
        }
        return sources;
    }
};

// The sources one list is linked to: the --certs sources, and the certificates of its own file (a
// registry export's Blob values).
std::vector<CertificateSourceData> sourcesFor(const std::vector<CertificateSourceData> &given,
                                              const std::optional<CertificateSourceData> &own) {
    std::vector<CertificateSourceData> sources;
    if (own && !own->certificates.empty())
        sources.push_back(*own);
    sources.insert(sources.end(), given.begin(), given.end());
    return sources;
}

// `ctltool dump` and `verify` of a certificate source itself.
void writeSourceResult(std::optional<JsonWriter> &writer, QTextStream &text, int &written,
                       const CertificateSourceData &source) {
    if (writer) {
        CertificateSourceWriter::writeSourceJson(*writer, source);
        return;
    }
    if (written++ > 0)
        text << '\n';
    CertificateSourceWriter::writeSourceText(text, source);
}

// export --pem OUT [--purpose P] [--not-before include|exclude]: the trust bundle.
struct TrustBundleCommandLine {
    QCommandLineOption pem{QStringLiteral("pem"), QString(), QStringLiteral("OUT")};
    QCommandLineOption purpose{QStringLiteral("purpose"), QString(), QStringLiteral("P")};
    QCommandLineOption notBefore{QStringLiteral("not-before"), QString(), QStringLiteral("include|exclude")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({pem, purpose, notBefore}); }
    // The bundle's options, or what is wrong with a combination or value.
    Expected<TrustBundleOptions, UsageProblem> read(const QCommandLineParser &parser,
                                                    const CertificateCommandLine &certificates) const {
        TrustBundleOptions options;
        if (!parser.isSet(pem)) {
            if (parser.isSet(purpose) || parser.isSet(notBefore))
                return UsageProblem{Text::tr("--purpose and --not-before go with --pem")};
            return options;
        }
        if (!parser.isSet(certificates.certs))
            return UsageProblem{Text::tr("--pem needs the certificates: give --certs SOURCE")};
        if (parser.isSet(purpose)) {
            options.purposeOid = TrustBundle::purposeOid(parser.value(purpose));
            if (options.purposeOid.isEmpty())
                return UsageProblem{
                    Text::tr("--purpose %1: give an OID or one of server-auth, client-auth, code-signing, "
                             "email, time-stamping, ocsp-signing")
                        .arg(parser.value(purpose))};
        }
        const QString choice = parser.value(notBefore);
        if (parser.isSet(notBefore) && choice != QLatin1String("include") &&
            choice != QLatin1String("exclude"))
            return UsageProblem{Text::tr("--not-before must be include or exclude")};
        options.includeNotBeforeRestricted = choice == QLatin1String("include");
        return options;
    }
};

// What went into the bundle and what did not, on standard error: never a silent drop.
void writeTrustBundleSummary(QTextStream &errors, const TrustBundleSummary &summary, const QString &output) {
    for (const QString &entry : summary.missing)
        errors << "ctltool export: " << escapeForTerminal(Text::tr("no certificate for entry %1").arg(entry))
               << '\n';
    for (const QString &entry : summary.mismatched)
        errors << "ctltool export: "
               << escapeForTerminal(
                      Text::tr("entry %1: the certificate's SHA-256 differs from the list's; left "
                               "out")
                          .arg(entry))
               << '\n';
    errors << "ctltool export: "
           << Text::tr("%1: %2 certificates written; %3 entries without a certificate, %4 with a SHA-256 "
                       "mismatch, %5 not granted the purpose, %6 disabled at %7")
                  .arg(escapeForTerminal(output), QString::number(summary.written),
                       QString::number(summary.missing.size()), QString::number(summary.mismatched.size()),
                       QString::number(summary.notGranted), QString::number(summary.disabled),
                       isoUtc(summary.at))
           << '\n';
    errors
        << "ctltool export: "
        << (summary.notBeforeIncluded > 0
                ? Text::tr("%1 roots restricted by a NotBefore date are included without that restriction: "
                           "a PEM bundle cannot express it")
                      .arg(summary.notBeforeIncluded)
                : Text::tr("%1 roots restricted by a NotBefore date are left out (--not-before include puts "
                           "them in): a PEM bundle cannot express the restriction")
                      .arg(summary.notBeforeExcluded))
        << '\n';
}

// A usage error: one line that points to the command's help, never the whole usage text.
int usageError(QIODevice &err, const QString &command, QString problem) {
    if (problem.endsWith(QLatin1Char('.')))
        problem.chop(1); // QCommandLineParser's messages end with a full stop
    // The problem may quote what was typed (an unknown option): escaped like everything else on stderr.
    problem = escapeForTerminal(problem);
    const QString line = command.isEmpty()
                             ? Text::tr("ctltool: %1 (see \"ctltool --help\")").arg(problem)
                             : Text::tr("ctltool %1: %2 (see \"ctltool %1 --help\")").arg(command, problem);
    err.write(line.toUtf8() + '\n');
    return ExitUnreadable;
}

// Standard output, handed to the device after each result as it is produced (a slow second file never
// holds back the first one's result), and messages on standard error in order with it. A refused write
// (a full disk, a closed pipe) is remembered: the command stops and exits with 2.
class Streams {
public:
    Streams(QIODevice &out, QIODevice &err) : m_out(out), m_err(err), m_text(&out) {}

    QTextStream &text() { return m_text; }
    void setJson(JsonWriter *json) { m_json = json; }

    bool flush() {
        m_text.flush();
        if (m_json)
            m_json->flush();
        if (m_text.status() != QTextStream::Ok || (m_json && !m_json->ok()))
            m_failed = true;
        return !m_failed;
    }
    void message(const QString &line) {
        flush(); // what came before the message stays before it
        m_err.write(line.toUtf8() + '\n');
    }
    int writeFailure() {
        m_err.write(Text::tr("ctltool: cannot write the output: %1").arg(m_out.errorString()).toUtf8() +
                    '\n');
        return ExitUnreadable;
    }

private:
    QIODevice &m_out;
    QIODevice &m_err;
    QTextStream m_text;
    JsonWriter *m_json = nullptr;
    bool m_failed = false;
};

// Help and version text on standard output; exit 2 when it cannot be written.
int writeText(QIODevice &out, QIODevice &err, const QString &text) {
    Streams streams(out, err);
    streams.text() << text;
    return streams.flush() ? int(ExitOk) : streams.writeFailure();
}

int runCommand(const QString &command, const QStringList &arguments, QIODevice &out, QIODevice &err) {
    const bool verify = command == QLatin1String("verify");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const ValidationCommandLine options;
    options.addTo(parser);
    const CertificateCommandLine certificateOptions;
    certificateOptions.addTo(parser);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption jsonLines(QStringLiteral("json-lines"), QString());
    const QCommandLineOption compact(QStringLiteral("compact"), QString());
    const QCommandLineOption entries(QStringLiteral("entries"), QString());
    parser.addOptions({help, json, jsonLines, compact});
    if (verify)
        parser.addOption(entries);
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usageError(err, command, parser.errorText());
    if (parser.isSet(help))
        return writeText(out, err, commandHelp(command));
    auto validationRead = options.read(parser);
    if (!validationRead) {
        err.write(QStringLiteral("ctltool %1: %2\n")
                      .arg(command, escapeForTerminal(validationRead.error().message))
                      .toUtf8());
        return ExitUnreadable;
    }
    const ValidationOptions validation = std::move(validationRead.value());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(err, command, Text::tr("no file given"));
    const bool lines = parser.isSet(jsonLines);
    if (lines && parser.isSet(json))
        return usageError(err, command, Text::tr("give --json or --json-lines, not both"));
    if (parser.isSet(compact) && !parser.isSet(json))
        return usageError(err, command, Text::tr("--compact goes with --json"));
    if (verify && parser.isSet(entries) && !parser.isSet(json) && !lines)
        return usageError(err, command, Text::tr("--entries goes with --json or --json-lines"));
    auto sourcesRead = certificateOptions.read(parser, err);
    if (!sourcesRead) {
        err.write(QStringLiteral("ctltool %1: %2\n")
                      .arg(command, escapeForTerminal(sourcesRead.error().message))
                      .toUtf8());
        return ExitUnreadable;
    }
    const std::vector<CertificateSourceData> certificateSources = std::move(sourcesRead.value());

    Streams streams(out, err);
    QTextStream &text = streams.text();
    // --json: one document {formatVersion, results: [...]}, its results written as they are produced;
    // --json-lines: one compact object per result and line, each with its own formatVersion.
    std::optional<JsonWriter> writer;
    if (parser.isSet(json) || lines) {
        writer.emplace(out, !lines && !parser.isSet(compact));
        streams.setJson(&*writer);
        if (!lines) {
            writer->beginObject();
            writer->field(QLatin1String("formatVersion"), jsonFormatVersion);
            writer->key(QLatin1String("results"));
            writer->beginArray();
        }
    }
    const auto beginResult = [&]() {
        writer->beginObject();
        if (lines)
            writer->field(QLatin1String("formatVersion"), jsonFormatVersion);
    };
    DumpWriter::JsonOptions jsonOptions;
    jsonOptions.entries = !verify || parser.isSet(entries);

    int status = ExitOk;
    int written = 0;
    for (const QString &file : files) {
        // dump shows the validation only in JSON: plain dump reads the lists and checks nothing.
        const bool validate = verify || writer;
        const OpenedFile opened =
            openAndValidate(OpenSource{file, {}, {}, certificateOptions.options(parser)},
                            validate ? std::optional(validation) : std::nullopt);
        if (opened.error) {
            const LoadError &error = *opened.error;
            const bool malformed = isMalformedList(error);
            // A damaged list is a verdict for verify (exit 1); for dump, like any unreadable file, 2.
            status = verify && malformed ? std::max(status, int(ExitInvalid)) : int(ExitUnreadable);
            streams.message(QStringLiteral("ctltool: ") + escapeForTerminal(error.toString()));
            if (writer) {
                beginResult();
                writeErrorJson(*writer, error);
                writer->endObject();
            } else if (verify && malformed) {
                if (written++ > 0)
                    text << '\n';
                text << escapeForTerminal(displayFileName(file)) << ": " << verdictKey(Verdict::Malformed)
                     << '\n'
                     << "  " << verdictSentence(Verdict::Malformed) << '\n';
            }
            if (!streams.flush())
                return streams.writeFailure();
            continue;
        }
        const std::optional<CertificateSourceData> &ownCertificates = opened.certificates;
        if (ownCertificates && verify && opened.documents.empty()) {
            // A certificate source holds no list to verify.
            LoadError error;
            error.code = LoadError::Code::NotACtl;
            error.file = ownCertificates->file;
            error.message =
                Text::tr("this is a certificate source (%1), not a Certificate Trust List; give it "
                         "with --certs to link it to a list")
                    .arg(certificateSourceKindKey(ownCertificates->kind));
            status = ExitUnreadable;
            streams.message(QStringLiteral("ctltool: ") + escapeForTerminal(error.toString()));
            if (writer) {
                beginResult();
                writeErrorJson(*writer, error);
                writer->endObject();
            }
            continue;
        }
        if (ownCertificates && !verify) {
            if (writer)
                beginResult();
            writeSourceResult(writer, text, written, *ownCertificates);
            if (writer)
                writer->endObject();
        }
        for (size_t i = 0; i < opened.documents.size(); ++i) {
            const CtlDocument &document = *opened.documents[i];
            ValidationReport report = validate ? *opened.reports[i] : ValidationReport{};
            const std::vector<CertificateSourceData> sources =
                sourcesFor(certificateSources, ownCertificates);
            std::optional<CertificateLinks> links;
            if (!sources.empty()) {
                links = CertificateLinker::link(document, sources);
                CertificateLinker::addFindings(report, document, *links);
            }
            if (verify &&
                ((report.verdict != Verdict::Valid && report.verdict != Verdict::ValidWithWarnings) ||
                 (links && links->mismatched > 0)))
                status = std::max(status, int(ExitInvalid));
            if (writer) {
                beginResult();
                jsonOptions.signerExtra = [&report](JsonWriter &w, int signer) {
                    writeSignerValidationJson(w, report, signer);
                };
                // Each entry's effective trust (issue #15) at --at (default now) on Windows 10, for
                // every purpose it mentions.
                TrustQuestion trustQuestion;
                trustQuestion.at = validation.at.value_or(
                    report.now.isValid() ? report.now : QDateTime::currentDateTimeUtc());
                const ListKind kind = document.kind();
                const bool withTrust = jsonOptions.entries;
                // One table and cache for each thread that writes entries: the facts come from the entry
                // the dump has just decoded (one decoding an entry).
                jsonOptions.makeEntryExtra = [&links, trustQuestion, kind,
                                              withTrust]() -> DumpWriter::JsonOptions::EntryExtra {
                    struct State {
                        std::optional<TrustTable> table;
                        EntryTrustJsonCache cache;
                    };
                    auto state = std::make_shared<State>();
                    if (withTrust)
                        state->table = TrustTable::streaming(kind);
                    return
                        [&links, trustQuestion, state](JsonWriter &w, size_t index, const CtlEntry &entry) {
                            if (links)
                                CertificateSourceWriter::writeEntryLinkJson(w, *links, index);
                            if (state->table) {
                                state->table->setEntry(entry);
                                writeEntryTrustJson(w, *state->table, 0, trustQuestion, &state->cache);
                            }
                        };
                };
                DumpWriter::writeJsonFields(*writer, document, jsonOptions);
                if (links)
                    CertificateSourceWriter::writeLinksJson(*writer, sources, *links);
                writeValidationJson(*writer, report, document);
                writer->endObject();
            } else {
                if (written++ > 0)
                    text << '\n';
                if (verify)
                    writeVerifyText(text, document, report);
                else if (links)
                    DumpWriter::writeText(text, document, [&links](QTextStream &out, size_t entry) {
                        CertificateSourceWriter::writeEntryLinkText(out, *links, entry);
                    });
                else
                    DumpWriter::writeText(text, document);
                if (links)
                    CertificateSourceWriter::writeLinksText(text, sources, *links);
            }
            if (!streams.flush())
                return streams.writeFailure();
        }
    }
    if (writer && !lines) {
        writer->endArray();
        writer->endObject();
    }
    if (!streams.flush())
        return streams.writeFailure();
    return status;
}

} // namespace

void PaperCommandLine::addTo(QCommandLineParser &parser) const {
    parser.addOption(option);
}

Expected<PaperSize, QString> PaperCommandLine::read(const QCommandLineParser &parser) const {
    const QString name = parser.value(option).toLower();
    if (name == QLatin1String("a4"))
        return PaperSize::A4;
    if (name == QLatin1String("letter"))
        return PaperSize::Letter;
    // Outside the anonymous namespace lupdate cannot see Text's context: named here, the one it had.
    return QCoreApplication::translate("ctlv::CtlTool", "--paper must be a4 or letter");
}

namespace {

int runExport(const QStringList &arguments, QIODevice &out, QIODevice &err, const PdfWriter &pdfWriter) {
    QTextStream errors(&err);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const ValidationCommandLine validationOptions;
    validationOptions.addTo(parser);
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption findings(QStringLiteral("findings"), QString());
    const QCommandLineOption separator(QStringLiteral("separator"), QString(), QStringLiteral("CHAR"));
    const QCommandLineOption bom(QStringLiteral("bom"), QString());
    const PaperCommandLine paper;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({pdf, csv, findings, separator, bom, help});
    paper.addTo(parser);
    const CertificateCommandLine certificateOptions;
    certificateOptions.addTo(parser);
    const TrustBundleCommandLine bundleOptions;
    bundleOptions.addTo(parser);
    const QString command = QStringLiteral("export");
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usageError(err, command, parser.errorText());
    if (parser.isSet(help))
        return writeText(out, err, commandHelp(command));
    auto validationRead = validationOptions.read(parser);
    if (!validationRead) {
        errors << "ctltool export: " << escapeForTerminal(validationRead.error().message) << '\n';
        return ExitUnreadable;
    }
    const ValidationOptions validation = std::move(validationRead.value());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 ||
        int(parser.isSet(pdf)) + int(parser.isSet(csv)) + int(parser.isSet(bundleOptions.pem)) != 1)
        return usageError(err, command,
                          Text::tr("give exactly one of --pdf OUT, --csv OUT or --pem OUT, and one FILE"));
    auto bundleRead = bundleOptions.read(parser, certificateOptions);
    if (!bundleRead)
        return usageError(err, command, bundleRead.error().message);
    TrustBundleOptions bundle = std::move(bundleRead.value());
    const Expected<PaperSize, QString> paperSize = paper.read(parser);
    if (!paperSize)
        return usageError(err, command, paperSize.error());
    QChar separatorChar = QLatin1Char(',');
    if (parser.isSet(separator)) {
        const QString value =
            parser.value(separator) == QLatin1String("\\t") ? QStringLiteral("\t") : parser.value(separator);
        if (value.size() != 1 || value == QLatin1String("\"") || value == QLatin1String("\n") ||
            value == QLatin1String("\r"))
            return usageError(err, command,
                              Text::tr("--separator takes one character other than a quote or a line break"));
        separatorChar = value.front();
    }
    // The output is checked before anything is read or written: never the input (nor a --trust file),
    // never a special file. "-" is standard output.
    const QString outputPath = parser.value(parser.isSet(pdf)   ? pdf
                                            : parser.isSet(csv) ? csv
                                                                : bundleOptions.pem);
    const QStringList inputs = QStringList{files.first()} + parser.values(validationOptions.trust) +
                               parser.values(certificateOptions.certs);
    if (const auto checked = ExportTarget::check(outputPath, inputs); !checked) {
        errors << "ctltool export: " << escapeForTerminal(checked.error().toString()) << '\n';
        return ExitUnreadable;
    }
    if (parser.isSet(pdf) && !pdfWriter) {
        // ctltool hands every export to ctltool-export (ctltool.cpp) before it gets here.
        errors << "ctltool export: " << Text::tr("this program writes no PDF; run ctltool-export") << '\n';
        return ExitUnreadable;
    }
    auto sourcesRead = certificateOptions.read(parser, err);
    if (!sourcesRead) {
        errors << "ctltool export: " << escapeForTerminal(sourcesRead.error().message) << '\n';
        return ExitUnreadable;
    }
    const std::vector<CertificateSourceData> certificateSources = std::move(sourcesRead.value());
    OpenedFile opened =
        openAndValidate(OpenSource{files.first(), {}, {}, certificateOptions.options(parser)}, validation);
    if (!opened.error && opened.documents.empty()) {
        LoadError error;
        error.code = LoadError::Code::NotACtl;
        error.file = displayFileName(files.first());
        error.message =
            Text::tr("this is a certificate source, not a Certificate Trust List; give it with --certs");
        opened.error = error;
    }
    if (opened.error) {
        errors << "ctltool: " << escapeForTerminal(opened.error->toString()) << '\n';
        return ExitUnreadable;
    }
    if (opened.documents.size() > 1)
        errors << Text::tr("ctltool export: %1 holds %2 lists; exporting the first")
                      .arg(escapeForTerminal(displayFileName(files.first())),
                           QString::number(opened.documents.size()))
               << '\n';
    const CtlDocument &document = *opened.documents.front();
    const ValidationReport &report = *opened.reports.front();
    const std::vector<CertificateSourceData> sources = sourcesFor(certificateSources, opened.certificates);
    std::optional<CertificateLinks> links;
    if (!sources.empty())
        links = CertificateLinker::link(document, sources);
    auto target = ExportTarget::open(outputPath, inputs, &out);
    if (!target) {
        errors << "ctltool export: " << escapeForTerminal(target.error().toString()) << '\n';
        return ExitUnreadable;
    }
    ExportTarget &output = *target.value();
    bool written = false;
    QStringList fontWarnings; // scripts of the PDF that no installed font covers
    TrustBundleSummary bundleSummary;
    if (parser.isSet(bundleOptions.pem)) {
        bundle.at = validation.at.value_or(QDateTime());
        written = TrustBundle::write(output.device(), document, *links, bundle, bundleSummary);
    } else if (parser.isSet(pdf)) {
        const Expected<QStringList> pdfWritten =
            pdfWriter(output.device(), document, report, paperSize.value());
        written = pdfWritten.hasValue();
        if (written)
            fontWarnings = pdfWritten.value();
    } else {
        CsvOptions options;
        options.separator = separatorChar;
        options.byteOrderMark = parser.isSet(bom);
        options.statusAt = report.now;
        options.trustAt = validation.at.value_or(QDateTime());
        options.links = links ? &*links : nullptr;
        written = (parser.isSet(findings) ? CsvExport::writeFindings(output.device(), report, options)
                                          : CsvExport::writeEntries(output.device(), document, options))
                      .hasValue();
    }
    if (!written) {
        output.cancel(); // atomic: a failed export leaves no half-written file
        errors << "ctltool: "
               << escapeForTerminal(
                      Text::tr("cannot write %1: %2").arg(output.name(), output.device().errorString()))
               << '\n';
        return ExitUnreadable;
    }
    if (const auto committed = output.commit(); !committed) {
        errors << "ctltool: " << escapeForTerminal(committed.error().toString()) << '\n';
        return ExitUnreadable;
    }
    for (const QString &warning : fontWarnings)
        errors << "ctltool: " << warning << '\n';
    if (parser.isSet(bundleOptions.pem))
        writeTrustBundleSummary(errors, bundleSummary, output.name());
    return ExitOk;
}

// verify-files (CommandVerifyFiles.cpp) takes the validation options every command shares.
ValidationOptionHooks validationOptionHooks() {
    auto options = std::make_shared<ValidationCommandLine>();
    return {[options](QCommandLineParser &parser) { options->addTo(parser); },
            [options](const QCommandLineParser &parser) -> Expected<ValidationOptions, QString> {
                auto read = options->read(parser);
                if (!read)
                    return read.error().message;
                return read.value();
            },
            validationOptionsText(), commonOptionsText()};
}

} // namespace

std::optional<QDateTime> commandLineDate(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')) &&
        !text.contains(QLatin1Char('+')))
        time.setTimeZone(QTimeZone::utc()); // a date without an offset is taken as UTC
    return time.toUTC();
}

int runCtlTool(const QStringList &arguments, QIODevice &out, QIODevice &err, const PdfWriter &pdfWriter,
               const ReportWriters &reports) {
    // Without arguments the usage goes to standard error: nothing asked for it on standard output.
    if (arguments.isEmpty()) {
        err.write(usageText().toUtf8());
        return ExitUnreadable;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    const auto isCommand = [](const QString &name) {
        return name == QLatin1String("dump") || name == QLatin1String("verify") ||
               name == QLatin1String("export") || name == QLatin1String("status") ||
               name == QLatin1String("check") || name == QLatin1String("verify-files") ||
               name == QLatin1String("diff") || name == QLatin1String("history");
    };
    if ((command == QLatin1String("--help") || command == QLatin1String("-h")) && rest.isEmpty())
        return writeText(out, err, usageText());
    if (command == QLatin1String("--version") && rest.isEmpty())
        return writeText(out, err,
                         QStringLiteral("ctltool %1\n").arg(QCoreApplication::applicationVersion()));
    if (command == QLatin1String("help") && rest.size() <= 1) {
        if (rest.isEmpty())
            return writeText(out, err, usageText());
        if (rest.first() == QLatin1String("verify-files"))
            return writeText(out, err, verifyFilesHelp(validationOptionHooks()));
        if (isCommand(rest.first()))
            return writeText(out, err, commandHelp(rest.first()));
        return usageError(err, QString(), Text::tr("help: there is no command \"%1\"").arg(rest.first()));
    }
    if (command == QLatin1String("dump") || command == QLatin1String("verify"))
        return runCommand(command, rest, out, err);
    if (command == QLatin1String("export"))
        return runExport(rest, out, err, pdfWriter);
    if (command == QLatin1String("status"))
        return runStatus(rest, out, err);
    if (command == QLatin1String("check"))
        return runCheck(rest, out, err, reports.check);
    if (command == QLatin1String("verify-files"))
        return runVerifyFiles(rest, out, err, validationOptionHooks());
    if (command == QLatin1String("diff"))
        return runDiff(rest, out, err, reports.diff);
    if (command == QLatin1String("history"))
        return runHistory(rest, out, err);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(err, QString(),
                          Text::tr("\"%1\" is not a command; the command comes first").arg(command));
    return usageError(err, QString(), Text::tr("unknown command \"%1\"").arg(command));
}

} // namespace ctlv
