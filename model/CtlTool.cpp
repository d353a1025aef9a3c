#include "CtlTool.h"

#include "DocumentLoader.h"
#include "DumpWriter.h"
#include "JsonWriter.h"
#include "Validation.h"

#include "ChainBuilder.h"
#include "CsvExport.h"
#ifndef CTLTOOL_WITHOUT_PDF
#include "PdfReport.h"
#endif

#include <QSaveFile>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <memory>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlTool)
};

QString usageText() {
    return Text::tr(
        "Usage: ctltool COMMAND [OPTIONS] FILE...\n"
        "\n"
        "Commands:\n"
        "  dump [--json] [VALIDATION OPTIONS] FILE...\n"
        "        show everything a Certificate Trust List holds (with --json, the validation too)\n"
        "  verify [--json] [VALIDATION OPTIONS] FILE...\n"
        "        check signatures, chain, signer authorisation and times, and explain the verdict\n"
        "  export --pdf OUT [--paper a4|letter] [VALIDATION OPTIONS] FILE\n"
        "  export --csv OUT [--findings] [--separator CHAR] [--bom] [VALIDATION OPTIONS] FILE\n"
        "        write a PDF report, or the entries (or findings) as CSV; files are replaced atomically\n"
        "\n"
        "Validation options:\n"
        "  --trust FILE        also trust the root certificate(s) in FILE (PEM or DER); repeatable\n"
        "  --at DATE           check the chain at DATE (ISO 8601, e.g. 2025-06-16 or 2025-06-16T17:56:11Z)\n"
        "                      instead of the list's own time\n"
        "  --accept-eku OID    also accept this purpose as authorising a CTL signer; repeatable\n"
        "  --no-system-trust   do not use the system's trusted roots, only the bundled Microsoft roots\n"
        "\n"
        "Every command:\n"
        "  --lang CODE         messages and reports in this language (en, de, ko) instead of the system's\n"
        "\n"
        "FILE may be a .stl or .ctl (DER, PEM or base64) or a .cab such as authrootstl.cab.\n"
        "Exit codes: export: 0 written, 2 unreadable input or the output cannot be written.\n"
        "            dump: 0 read, 2 unreadable or not a Certificate Trust List.\n"
        "            verify: 0 valid or valid with warnings; 1 untrusted, invalid, unsigned or malformed;\n"
        "            2 unreadable or not a Certificate Trust List.\n");
}

struct ValidationCommandLine {
    QCommandLineOption json{QStringLiteral("json"), QString()};
    QCommandLineOption trust{QStringLiteral("trust"), QString(), QStringLiteral("FILE")};
    QCommandLineOption at{QStringLiteral("at"), QString(), QStringLiteral("DATE")};
    QCommandLineOption acceptEku{QStringLiteral("accept-eku"), QString(), QStringLiteral("OID")};
    QCommandLineOption noSystemTrust{QStringLiteral("no-system-trust"), QString()};

    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({json, trust, at, acceptEku, noSystemTrust});
    }

    // Reads the options into `options`; on a bad value returns the message.
    QString read(const QCommandLineParser &parser, ValidationOptions &options) const {
        for (const QString &file : parser.values(trust)) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly))
                return Text::tr("--trust %1: cannot open the file: %2").arg(file, input.errorString());
            const QList<QByteArray> certificates = certificatesFromPem(input.readAll());
            if (certificates.isEmpty())
                return Text::tr("--trust %1: the file holds no certificate (PEM or DER)").arg(file);
            options.extraTrustAnchorsDer += certificates;
        }
        if (parser.isSet(at)) {
            const QString text = parser.value(at);
            QDateTime time = QDateTime::fromString(text, Qt::ISODate);
            if (!time.isValid()) {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (date.isValid())
                    time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
            }
            if (!time.isValid())
                return Text::tr(
                           "--at %1: not a date; use ISO 8601 such as 2025-06-16 or 2025-06-16T17:56:11Z")
                    .arg(text);
            if (time.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')) &&
                !text.contains(QLatin1Char('+')))
                time.setTimeZone(QTimeZone::utc()); // a date without an offset is taken as UTC
            options.at = time.toUTC();
        }
        for (const QString &eku : parser.values(acceptEku)) {
            static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
            if (!dotted.match(eku).hasMatch())
                return Text::tr("--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1")
                    .arg(eku);
            options.acceptedEkus << eku;
        }
        options.useSystemStore = !parser.isSet(noSystemTrust);
        return {};
    }
};

void writeValidationJson(JsonWriter &json, const ValidationReport &report) {
    json.key(QLatin1String("validation"));
    json.beginObject();
    json.field(QLatin1String("verdict"), verdictKey(report.verdict));
    json.field(QLatin1String("evaluationTime"), isoUtc(report.evaluationTime));
    json.field(QLatin1String("evaluationTimeSource"),
               QLatin1String(report.evaluationTimeSource == EvaluationTimeSource::Countersignature
                                 ? "countersignature"
                             : report.evaluationTimeSource == EvaluationTimeSource::User ? "user"
                                                                                         : "thisUpdate"));
    json.field(QLatin1String("now"), isoUtc(report.now));
    if (report.listAgeDays)
        json.field(QLatin1String("listAgeDays"), *report.listAgeDays);
    json.key(QLatin1String("nativeDialogWarning"));
    json.beginObject();
    json.field(QLatin1String("wouldWarn"), report.nativeDialog.wouldWarn);
    json.field(QLatin1String("cosmetic"), report.nativeDialog.cosmetic);
    json.field(QLatin1String("explanation"), report.nativeDialog.explanation);
    json.endObject();
    json.key(QLatin1String("findings"));
    json.beginArray();
    for (const Finding &finding : report.findings) {
        json.beginObject();
        json.field(QLatin1String("code"), finding.code);
        json.field(QLatin1String("severity"), severityKey(finding.severity));
        json.field(QLatin1String("title"), finding.title);
        json.field(QLatin1String("explanation"), finding.explanation);
        json.field(QLatin1String("cosmetic"), finding.cosmetic);
        if (finding.signerIndex >= 0)
            json.field(QLatin1String("signerIndex"), static_cast<qint64>(finding.signerIndex));
        json.endObject();
    }
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
    if (!result.failure.isEmpty())
        json.field(QLatin1String("failure"), result.failure);
}

// A load error on bytes that are a CTL (truncated, malformed DER) is a malformed list, not an unreadable
// file.
bool isMalformedList(const LoadError &error) {
    return error.code == LoadError::Code::Truncated || error.code == LoadError::Code::MalformedDer;
}

void writeMalformedJson(JsonWriter &json, const LoadError &error) {
    json.beginObject();
    json.field(QLatin1String("file"), error.file);
    json.key(QLatin1String("validation"));
    json.beginObject();
    json.field(QLatin1String("verdict"), verdictKey(Verdict::Malformed));
    json.key(QLatin1String("findings"));
    json.beginArray();
    json.beginObject();
    json.field(QLatin1String("code"), QStringLiteral("malformed"));
    json.field(QLatin1String("severity"), severityKey(Severity::Error));
    json.field(QLatin1String("title"), Text::tr("The file is damaged"));
    json.field(QLatin1String("explanation"), error.toString());
    json.field(QLatin1String("cosmetic"), false);
    json.endObject();
    json.endArray();
    json.endObject();
    json.endObject();
}

void writeVerifyText(QTextStream &out, const CtlDocument &document, const ValidationReport &report) {
    out << document.fileName;
    if (!document.member.isEmpty())
        out << QStringLiteral(" \u25b8 ") << document.member;
    out << ": " << verdictKey(report.verdict) << '\n';
    out << "  " << verdictSentence(report.verdict) << '\n';
    out << "  "
        << Text::tr("List: %1, %2 entries, produced %3")
               .arg(listKindLabel(document.kind()))
               .arg(document.entries.size())
               .arg(isoUtc(document.thisUpdate.utc))
        << '\n';
    out << "  " << Text::tr("Windows' CTL dialog:") << ' '
        << (!report.nativeDialog.wouldWarn ? Text::tr("no warning")
            : report.nativeDialog.cosmetic ? Text::tr("would say \"not valid\" (cosmetic)")
                                           : Text::tr("would say \"not valid\" (real)"))
        << '\n';
    // The answer to "should I worry about Windows' warning?" comes first, the details after.
    out << "      " << report.nativeDialog.explanation << '\n';
    for (const Finding &finding : report.findings) {
        if (finding.code == QLatin1String("native-dialog-warning"))
            continue;
        out << "  [" << severityKey(finding.severity) << "] " << finding.title << '\n';
        out << "      " << finding.explanation << '\n';
    }
}

int runCommand(const QString &command, const QStringList &arguments, QIODevice &out, QIODevice &err) {
    const bool verify = command == QLatin1String("verify");
    QTextStream errors(&err);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const ValidationCommandLine options;
    options.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments)) {
        errors << "ctltool " << command << ": " << parser.errorText() << '\n' << usageText();
        return ExitUnreadable;
    }
    ValidationOptions validation;
    if (const QString problem = options.read(parser, validation); !problem.isEmpty()) {
        errors << "ctltool " << command << ": " << problem << '\n';
        return ExitUnreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        errors << Text::tr("ctltool %1: no file given").arg(command) << '\n' << usageText();
        return ExitUnreadable;
    }
    const bool json = parser.isSet(options.json);

    // Each JSON document is written as soon as it is ready; several become an array.
    std::unique_ptr<JsonWriter> writer;
    QTextStream text(&out);
    int written = 0;
    bool asArray = files.size() > 1; // also when the only file holds several lists
    const auto beginItem = [&]() {
        if (!writer) {
            writer = std::make_unique<JsonWriter>(out);
            if (asArray)
                writer->beginArray();
        }
    };

    int status = ExitOk;
    for (const QString &file : files) {
        auto loaded = DocumentLoader::loadFile(file);
        if (!loaded) {
            errors << "ctltool: " << loaded.error().toString() << '\n';
            if (verify && isMalformedList(loaded.error())) {
                status = std::max(status, int(ExitInvalid));
                if (json) {
                    beginItem();
                    writeMalformedJson(*writer, loaded.error());
                } else {
                    text << file << ": " << verdictKey(Verdict::Malformed) << '\n'
                         << "  " << verdictSentence(Verdict::Malformed) << '\n';
                }
            } else {
                status = ExitUnreadable;
            }
            continue;
        }
        if (!writer && loaded.value().size() > 1)
            asArray = true;
        for (const CtlDocument &document : loaded.value()) {
            const bool validate = verify || json;
            const ValidationReport report =
                validate ? Validator::validate(document, validation) : ValidationReport{};
            if (verify && (report.verdict != Verdict::Valid && report.verdict != Verdict::ValidWithWarnings))
                status = std::max(status, int(ExitInvalid));
            if (json) {
                beginItem();
                DumpWriter::writeJson(
                    *writer, document, [&](JsonWriter &w) { writeValidationJson(w, report); },
                    [&](JsonWriter &w, int signer) { writeSignerValidationJson(w, report, signer); });
            } else if (verify) {
                if (written++ > 0)
                    text << '\n';
                writeVerifyText(text, document, report);
            } else {
                if (written++ > 0)
                    text << '\n';
                DumpWriter::writeText(text, document);
            }
        }
    }
    text.flush();
    if (writer) {
        if (asArray)
            writer->endArray();
        writer->flush();
        if (!writer->ok()) {
            errors << Text::tr("ctltool: could not write the output") << '\n';
            return ExitUnreadable;
        }
    }
    return status;
}

int runExport(const QStringList &arguments, QIODevice &err) {
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
    const QCommandLineOption paper(QStringLiteral("paper"), QString(), QStringLiteral("SIZE"),
                                   QStringLiteral("a4"));
    parser.addOptions({pdf, csv, findings, separator, bom, paper});
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments)) {
        errors << "ctltool export: " << parser.errorText() << '\n' << usageText();
        return ExitUnreadable;
    }
    ValidationOptions validation;
    if (const QString problem = validationOptions.read(parser, validation); !problem.isEmpty()) {
        errors << "ctltool export: " << problem << '\n';
        return ExitUnreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || parser.isSet(pdf) == parser.isSet(csv)) {
        errors << Text::tr("ctltool export: give exactly one of --pdf OUT or --csv OUT, and one FILE") << '\n'
               << usageText();
        return ExitUnreadable;
    }
    const QString paperName = parser.value(paper).toLower();
    if (paperName != QLatin1String("a4") && paperName != QLatin1String("letter")) {
        errors << Text::tr("ctltool export: --paper must be a4 or letter") << '\n';
        return ExitUnreadable;
    }
    QChar separatorChar = QLatin1Char(',');
    if (parser.isSet(separator)) {
        const QString value =
            parser.value(separator) == QLatin1String("\\t") ? QStringLiteral("\t") : parser.value(separator);
        if (value.size() != 1 || value == QLatin1String("\"") || value == QLatin1String("\n") ||
            value == QLatin1String("\r")) {
            errors
                << Text::tr(
                       "ctltool export: --separator takes one character other than a quote or a line break")
                << '\n';
            return ExitUnreadable;
        }
        separatorChar = value.front();
    }
    auto loaded = DocumentLoader::loadFile(files.first());
    if (!loaded) {
        errors << "ctltool: " << loaded.error().toString() << '\n';
        return ExitUnreadable;
    }
    if (loaded.value().size() > 1)
        errors << Text::tr("ctltool export: %1 holds %2 lists; exporting the first")
                      .arg(files.first())
                      .arg(loaded.value().size())
               << '\n';
    const CtlDocument &document = loaded.value().front();
    const ValidationReport report = Validator::validate(document, validation);

    if (parser.isSet(pdf)) {
#ifdef CTLTOOL_WITHOUT_PDF
        // ctltool hands every export to ctltool-export (app/ctltool.cpp); this build has no PDF writer.
        Q_UNREACHABLE();
        return ExitUnreadable;
#else
        PdfOptions options;
        options.pageSize = paperName == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
        options.programVersion = QCoreApplication::applicationVersion();
        QString problem;
        QStringList fontWarnings;
        if (!PdfReport::write(parser.value(pdf), document, report, options, &problem, nullptr,
                              &fontWarnings)) {
            errors << "ctltool: " << problem << '\n';
            return ExitUnreadable;
        }
        for (const QString &warning : fontWarnings)
            errors << "ctltool: " << warning << '\n';
        return ExitOk;
#endif
    }
    CsvOptions options;
    options.separator = separatorChar;
    options.byteOrderMark = parser.isSet(bom);
    options.statusAt = report.now;
    const QString path = parser.value(csv);
    QSaveFile out(path); // atomic: a failed export leaves no half-written file
    bool written = out.open(QIODevice::WriteOnly);
    if (written)
        written = parser.isSet(findings) ? CsvExport::writeFindings(out, report, options)
                                         : CsvExport::writeEntries(out, document, options);
    if (!written || !out.commit()) {
        errors << "ctltool: " << Text::tr("cannot write %1: %2").arg(path, out.errorString()) << '\n';
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace

int runCtlTool(const QStringList &arguments, QIODevice &out, QIODevice &err) {
    QTextStream errors(&err);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        QTextStream(&out) << usageText();
        return arguments.isEmpty() ? ExitUnreadable : ExitOk;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("dump") || command == QLatin1String("verify"))
        return runCommand(command, rest, out, err);
    if (command == QLatin1String("export"))
        return runExport(rest, err);
    errors << Text::tr("ctltool: unknown command \"%1\"").arg(command) << '\n' << usageText();
    return ExitUnreadable;
}

} // namespace ctlv
