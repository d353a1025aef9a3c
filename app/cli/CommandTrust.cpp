// `ctltool status` and `ctltool check` (CommandTrust.h): option parsing and output over the effective-trust
// engine (model/trust); every rule lives there, every word in model/present/TrustText.
#include "CommandTrust.h"

#include "CertificateCheck.h"
#include "CertificateSources.h"
#include "CsvExport.h"
#include "CtlTool.h"
#include "FileAccess.h"
#include "JsonWriter.h"
#include "OpenedFile.h"
#include "TrustText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlTool)
};

QString day(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODate).left(10);
}

int usage(QIODevice &err, const QString &command, const QString &problem) {
    err.write(Text::tr("ctltool %1: %2 (see \"ctltool %1 --help\")")
                  .arg(command, escapeForTerminal(problem))
                  .toUtf8() +
              '\n');
    return ExitUnreadable;
}

// --purpose P, --at DATE, --windows 10|7: the question every trust command asks.
struct QuestionCommandLine {
    QCommandLineOption purpose{QStringLiteral("purpose"), QString(), QStringLiteral("P")};
    QCommandLineOption at{QStringLiteral("at"), QString(), QStringLiteral("DATE")};
    QCommandLineOption windows{QStringLiteral("windows"), QString(), QStringLiteral("10|7")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({purpose, at, windows}); }
    // The question, or the message of a usage error.
    std::optional<QString> read(const QCommandLineParser &parser, TrustQuestion &question) const {
        if (parser.isSet(purpose)) {
            const QString value = parser.value(purpose);
            if (value.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0) {
                question.purpose = trustPurposeOid(value);
                if (question.purpose.isEmpty())
                    return Text::tr("--purpose %1: give an OID, any, or one of server-auth, client-auth, "
                                    "code-signing, email, time-stamping, ocsp-signing, document-signing, "
                                    "smart-card-logon")
                        .arg(value);
            }
        }
        question.at = QDateTime::currentDateTimeUtc();
        if (parser.isSet(at)) {
            const std::optional<QDateTime> time = commandLineDate(parser.value(at));
            if (!time)
                return Text::tr(
                           "--at %1: not a date; use ISO 8601 such as 2025-06-16 or 2025-06-16T17:56:11Z")
                    .arg(parser.value(at));
            question.at = *time;
        }
        if (parser.isSet(windows)) {
            const auto generation = windowsGenerationFromKey(parser.value(windows));
            if (!generation)
                return Text::tr("--windows must be 10 or 7");
            question.windows = *generation;
        }
        return std::nullopt;
    }
};

// The first list of a file, or the message that says why there is none.
struct LoadedList {
    std::shared_ptr<const CtlDocument> document;
    QString problem;
};

LoadedList loadList(const QString &path) {
    const OpenedFile opened = openAndValidate(OpenSource{path, {}, {}, {}}, std::nullopt);
    if (opened.error)
        return {nullptr, opened.error->toString()};
    if (opened.documents.empty())
        return {nullptr, Text::tr("%1: not a Certificate Trust List").arg(displayFileName(path))};
    return {opened.documents.front(), {}};
}

QString purposeKey(const QString &purposeOid) {
    return purposeOid.isEmpty() ? QStringLiteral("any") : purposeOid;
}

void writeCountsJson(JsonWriter &json, const TrustCounts &counts) {
    json.key(QLatin1String("counts"));
    json.beginObject();
    for (TrustStatus status : allTrustStatuses) {
        const QString key = trustStatusKey(status);
        json.key(QLatin1String(key.toLatin1()));
        json.value(counts[status]);
    }
    json.endObject();
}

QString countsText(const TrustCounts &counts) {
    QStringList parts;
    for (TrustStatus status : allTrustStatuses)
        parts << QStringLiteral("%1 %2").arg(trustStatusKey(status)).arg(counts[status]);
    return parts.join(QStringLiteral(", "));
}

void writeReasonsJson(JsonWriter &json, const TrustAnswer &answer, const QString &purpose) {
    json.key(QLatin1String("reasons"));
    json.beginArray();
    for (const TrustReason &reason : answer.reasons) {
        json.beginObject();
        json.field(QLatin1String("code"), trustReasonCodeKey(reason.code));
        if (reason.property > 0)
            json.field(QLatin1String("property"), static_cast<qint64>(reason.property));
        if (reason.date.isValid())
            json.field(QLatin1String("date"), isoUtc(reason.date));
        json.field(QLatin1String("decisive"), reason.decisive);
        json.field(QLatin1String("text"), trusttext::reasonText(reason, purpose));
        json.endObject();
    }
    json.endArray();
}

// The per-purpose statuses of one entry: every purpose it mentions.
void writePurposesJson(JsonWriter &json, const TrustTable &table, size_t entry,
                       const TrustQuestion &question) {
    json.key(QLatin1String("purposes"));
    json.beginArray();
    for (const QString &purpose : table.purposesOf(entry)) {
        TrustQuestion asked = question;
        asked.purpose = purpose;
        const TrustAnswer answer = table.evaluate(entry, asked);
        json.beginObject();
        json.field(QLatin1String("purpose"), purpose);
        json.field(QLatin1String("status"), trustStatusKey(answer.status));
        if (answer.since.isValid())
            json.field(QLatin1String("since"), isoUtc(answer.since));
        json.endObject();
    }
    json.endArray();
}

} // namespace

QString statusSynopsis() {
    return Text::tr("ctltool status [--purpose P] [--at DATE] [--windows 10|7] [--disallowed LIST] [--json | "
                    "--csv] LIST");
}

QString checkSynopsis() {
    return Text::tr("ctltool check --list LIST [--chain FILE]... [--disallowed LIST] [--certs SOURCE]... "
                    "[--purpose P] [--at DATE] [--timestamp DATE] [--windows 10|7] [--json | --pdf OUT "
                    "[--paper a4|letter]] "
                    "CERT");
}

namespace {
QString questionOptionsText() {
    return Text::tr(
        "Question options:\n"
        "  --purpose P         an OID, or server-auth, client-auth, code-signing, email, time-stamping,\n"
        "                      ocsp-signing, document-signing, smart-card-logon; any (the default): the\n"
        "                      entry as a whole\n"
        "  --at DATE           the date asked about (ISO 8601; default now)\n"
        "  --windows 10|7      10: Windows 10/11 and Server 2016+ (the default); 7: Windows 7/8.1, which\n"
        "                      ignore Disable and NotBefore dates\n"
        "  --disallowed LIST   also a disallowed list: certificates it names read disallowed\n");
}
} // namespace

QString trustCommandHelp(const QString &command) {
    const QString usageWord = Text::tr("Usage:") + QLatin1Char(' ');
    if (command == QLatin1String("status"))
        return usageWord + statusSynopsis() + QStringLiteral("\n\n") +
               Text::tr(
                   "What Windows makes of every entry of an authroot list for a purpose, at a date, on a\n"
                   "Windows generation: trusted, not-before (only certificates issued before a date),\n"
                   "disabled, purpose-not-granted, disallowed or not-listed, with the reason and, per\n"
                   "entry, the status for every purpose it mentions. The counts come first. As of a\n"
                   "date D: a certificate issued on D and used on D.\n") +
               QLatin1Char('\n') + questionOptionsText() +
               Text::tr(
                   "\nOutput options:\n"
                   "  --json              one JSON object: at, windows, purpose, counts, entries[]\n"
                   "  --csv               one CSV row per entry and purpose\n"
                   "\nExit codes: 0 written; 2 unreadable input, a usage error, or the output cannot be\n"
                   "written.\n");
    return usageWord + checkSynopsis() + QStringLiteral("\n\n") +
           Text::tr("Would Windows trust this certificate? Builds the chain from CERT to a root with the\n"
                    "chain files and certificate sources, finds the root in the list by the list's\n"
                    "identifier type, looks every chain certificate up in the disallowed list, and applies\n"
                    "the list's rules with the certificate's own issue date: one sentence, then the\n"
                    "evidence (chain, entry, properties, dates).\n") +
           QLatin1Char('\n') + questionOptionsText() +
           Text::tr(
               "  --timestamp DATE    a signature's trusted timestamp: Disable dates compare it instead\n"
               "                      of --at\n"
               "\nInput options:\n"
               "  --list LIST         the authroot list (required)\n"
               "  --chain FILE        intermediate certificates (PEM, DER, bundle); repeatable\n"
               "  --certs SOURCE      more certificates (.sst, PEM bundle, folder, ...); repeatable\n"
               "  --json              one JSON object: trusted, status, reason, root, chain[], purpose,\n"
               "                      at, windows\n"
               "  --pdf OUT           a PDF report (\"-\": standard output): the sentence, then the\n"
               "                      evidence; written atomically, never over an input\n"
               "  --paper SIZE        with --pdf: a4 (the default) or letter\n"
               "\nExit codes: 0 trusted; 1 not trusted; 2 unreadable input, a usage error, or the\n"
               "output cannot be written.\n");
}

namespace {
void writeEntryTrustObject(JsonWriter &json, const TrustTable &table, size_t entry,
                           const TrustQuestion &question) {
    const TrustAnswer answer = table.evaluate(entry, question);
    json.key(QLatin1String("trust"));
    json.beginObject();
    json.field(QLatin1String("at"), isoUtc(question.at));
    json.field(QLatin1String("windows"), windowsGenerationKey(question.windows));
    json.field(QLatin1String("status"), trustStatusKey(answer.status));
    if (answer.since.isValid())
        json.field(QLatin1String("since"), isoUtc(answer.since));
    json.field(QLatin1String("reason"), trusttext::answerReason(answer, question.purpose));
    writePurposesJson(json, table, entry, question);
    json.endObject();
}
} // namespace

void writeEntryTrustJson(JsonWriter &json, const TrustTable &table, size_t entry,
                         const TrustQuestion &question, EntryTrustJsonCache *cache) {
    if (!cache) {
        writeEntryTrustObject(json, table, entry, question);
        return;
    }
    // Everything the object says follows from these facts (the question is the same for every entry,
    // and a streaming table keeps its purpose-list numbers from one entry to the next).
    const EntryTrustFacts &facts = table.facts(entry);
    const qint64 key[] = {facts.disabledMs,     facts.notBeforeMs,     facts.ekuSet,
                          facts.disabledEkuSet, facts.notBeforeEkuSet, facts.flags};
    const QByteArray keyBytes(reinterpret_cast<const char *>(key), sizeof key);
    auto found = cache->rendered.constFind(keyBytes);
    if (found == cache->rendered.cend()) {
        if (cache->rendered.size() >= 4096)
            cache->rendered.clear();
        // Rendered where it goes (after the entry's first key, at the entry's depth), then spliced.
        const std::unique_ptr<JsonWriter> fragment = JsonWriter::fragmentOf(json, false);
        writeEntryTrustObject(*fragment, table, entry, question);
        found = cache->rendered.insert(keyBytes, fragment->takeFragment());
    }
    json.appendFragment(found.value());
}

int runStatus(const QStringList &arguments, QIODevice &out, QIODevice &err) {
    const QString command = QStringLiteral("status");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QuestionCommandLine questionOptions;
    questionOptions.addTo(parser);
    const QCommandLineOption disallowedOption(QStringLiteral("disallowed"), QString(),
                                              QStringLiteral("LIST"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption csv(QStringLiteral("csv"), QString());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({disallowedOption, json, csv, help});
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usage(err, command, parser.errorText());
    if (parser.isSet(help)) {
        out.write(trustCommandHelp(command).toUtf8());
        return ExitOk;
    }
    TrustQuestion question;
    if (const auto problem = questionOptions.read(parser, question))
        return usage(err, command, *problem);
    if (parser.positionalArguments().size() != 1)
        return usage(err, command, Text::tr("give exactly one LIST"));
    if (parser.isSet(json) && parser.isSet(csv))
        return usage(err, command, Text::tr("give --json or --csv, not both"));
    const LoadedList list = loadList(parser.positionalArguments().first());
    if (!list.document) {
        err.write((QStringLiteral("ctltool: ") + escapeForTerminal(list.problem)).toUtf8() + '\n');
        return ExitUnreadable;
    }
    LoadedList disallowed;
    if (parser.isSet(disallowedOption)) {
        disallowed = loadList(parser.value(disallowedOption));
        if (!disallowed.document) {
            err.write((QStringLiteral("ctltool: ") + escapeForTerminal(disallowed.problem)).toUtf8() + '\n');
            return ExitUnreadable;
        }
    }
    const CtlDocument &document = *list.document;
    const TrustTable table = TrustTable::build(document, disallowed.document.get());
    const TrustCounts counts = table.counts(question);
    const std::vector<TrustStatus> statuses = table.statuses(question);

    if (parser.isSet(json)) {
        JsonWriter writer(out);
        writer.beginObject();
        writer.field(QLatin1String("file"), document.fileName);
        writer.field(QLatin1String("at"), isoUtc(question.at));
        writer.field(QLatin1String("windows"), windowsGenerationKey(question.windows));
        writer.field(QLatin1String("purpose"), purposeKey(question.purpose));
        writeCountsJson(writer, counts);
        writer.key(QLatin1String("entries"));
        writer.beginArray();
        for (size_t i = 0; i < table.size(); ++i) {
            const CtlEntry entry = document.entries.decode(i);
            const TrustAnswer answer = table.evaluate(i, question);
            writer.beginObject();
            writer.field(QLatin1String("identifier"), entry.identifierText());
            if (entry.friendlyName)
                writer.field(QLatin1String("friendlyName"), *entry.friendlyName);
            writer.field(QLatin1String("status"), trustStatusKey(answer.status));
            if (answer.since.isValid())
                writer.field(QLatin1String("since"), isoUtc(answer.since));
            writer.field(QLatin1String("reason"), trusttext::answerReason(answer, question.purpose));
            writePurposesJson(writer, table, i, question);
            writer.endObject();
            if (i % 4096 == 0)
                writer.flush();
        }
        writer.endArray();
        writer.endObject();
        writer.flush();
        if (!writer.ok()) {
            err.write(Text::tr("ctltool: cannot write the output: %1").arg(out.errorString()).toUtf8() +
                      '\n');
            return ExitUnreadable;
        }
        return ExitOk;
    }
    QTextStream text(&out);
    if (parser.isSet(csv)) {
        const QChar separator = QLatin1Char(',');
        const auto row = [&](const QStringList &cells) {
            QStringList quoted;
            for (const QString &cell : cells)
                quoted << CsvExport::cell(cell, separator);
            text << quoted.join(separator) << "\r\n";
        };
        row({QStringLiteral("identifier"), QStringLiteral("friendlyName"), QStringLiteral("purpose"),
             QStringLiteral("status"), QStringLiteral("since"), QStringLiteral("reason"),
             QStringLiteral("at"), QStringLiteral("windows")});
        for (size_t i = 0; i < table.size(); ++i) {
            const CtlEntry entry = document.entries.decode(i);
            QStringList purposes{question.purpose};
            if (question.purpose.isEmpty())
                purposes += table.purposesOf(i);
            for (const QString &purpose : purposes) {
                TrustQuestion asked = question;
                asked.purpose = purpose;
                const TrustAnswer answer = table.evaluate(i, asked);
                row({entry.identifierText(), entry.friendlyName.value_or(QString()), purposeKey(purpose),
                     trustStatusKey(answer.status), answer.since.isValid() ? isoUtc(answer.since) : QString(),
                     trusttext::answerReason(answer, purpose), isoUtc(question.at),
                     windowsGenerationKey(question.windows)});
            }
        }
    } else {
        text << escapeForTerminal(document.fileName) << ": "
             << Text::tr("%1 entries; as of %2 on %3, for %4")
                    .arg(QString::number(table.size()), day(question.at),
                         trusttext::windowsLabel(question.windows), trusttext::purposeLabel(question.purpose))
             << '\n';
        text << "  " << countsText(counts) << '\n';
        if (question.purpose.isEmpty())
            for (const auto &[purpose, perPurpose] : table.summary(question))
                text << "  " << trustPurposeAlias(purpose) << ": " << countsText(perPurpose) << '\n';
        for (size_t i = 0; i < table.size(); ++i) {
            const CtlEntry entry = document.entries.decode(i);
            const TrustAnswer answer = table.evaluate(i, question);
            text << QStringLiteral("%1 ").arg(trustStatusKey(statuses[i]), -19)
                 << escapeForTerminal(entry.identifierText());
            if (entry.friendlyName)
                text << " (" << escapeForTerminal(*entry.friendlyName) << ')';
            text << '\n'
                 << "    " << escapeForTerminal(trusttext::answerReason(answer, question.purpose)) << '\n';
            if (question.purpose.isEmpty())
                for (const QString &purpose : table.purposesOf(i)) {
                    TrustQuestion asked = question;
                    asked.purpose = purpose;
                    const TrustAnswer perPurpose = table.evaluate(i, asked);
                    text << "    " << trustPurposeAlias(purpose) << ": " << trustStatusKey(perPurpose.status);
                    if (perPurpose.since.isValid())
                        text << ' ' << day(perPurpose.since);
                    text << '\n';
                }
        }
    }
    text.flush();
    if (text.status() != QTextStream::Ok) {
        err.write(Text::tr("ctltool: cannot write the output: %1").arg(out.errorString()).toUtf8() + '\n');
        return ExitUnreadable;
    }
    return ExitOk;
}

int runCheck(const QStringList &arguments, QIODevice &out, QIODevice &err,
             const decltype(ReportWriters::check) &pdfWriter) {
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QuestionCommandLine questionOptions;
    questionOptions.addTo(parser);
    const QCommandLineOption listOption(QStringLiteral("list"), QString(), QStringLiteral("LIST"));
    const QCommandLineOption disallowedOption(QStringLiteral("disallowed"), QString(),
                                              QStringLiteral("LIST"));
    const QCommandLineOption chainOption(QStringLiteral("chain"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption certsOption(QStringLiteral("certs"), QString(), QStringLiteral("SOURCE"));
    const QCommandLineOption timestampOption(QStringLiteral("timestamp"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions(
        {listOption, disallowedOption, chainOption, certsOption, timestampOption, json, pdf, help});
    const PaperCommandLine paper;
    paper.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usage(err, command, parser.errorText());
    if (parser.isSet(help)) {
        out.write(trustCommandHelp(command).toUtf8());
        return ExitOk;
    }
    CertificateCheckInput input;
    if (const auto problem = questionOptions.read(parser, input.question))
        return usage(err, command, *problem);
    if (parser.isSet(timestampOption)) {
        const std::optional<QDateTime> time = commandLineDate(parser.value(timestampOption));
        if (!time)
            return usage(err, command,
                         Text::tr("--timestamp %1: not a date").arg(parser.value(timestampOption)));
        input.question.timestamp = *time;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(err, command, Text::tr("give exactly one CERT"));
    if (!parser.isSet(listOption))
        return usage(err, command, Text::tr("give the authroot list with --list LIST"));
    const auto fail = [&err](const QString &message) {
        err.write((QStringLiteral("ctltool check: ") + escapeForTerminal(message)).toUtf8() + '\n');
        return int(ExitUnreadable);
    };
    // --pdf: the output is checked before anything is read; never an input, never a special file.
    if (parser.isSet(pdf) && parser.isSet(json))
        return usage(err, command, Text::tr("give --json or --pdf, not both"));
    const Expected<PaperSize, QString> paperSize = paper.read(parser);
    if (!paperSize)
        return usage(err, command, paperSize.error());
    if (parser.isSet(paper.option) && !parser.isSet(pdf))
        return usage(err, command, Text::tr("--paper goes with --pdf"));
    const QStringList inputFiles =
        QStringList{parser.positionalArguments().first(), parser.value(listOption)} +
        parser.values(disallowedOption) + parser.values(chainOption) + parser.values(certsOption);
    if (parser.isSet(pdf)) {
        if (const auto checked = ExportTarget::check(parser.value(pdf), inputFiles); !checked)
            return fail(checked.error().toString());
        if (!pdfWriter)
            return fail(Text::tr("this program writes no PDF; run ctltool-export"));
    }
    // CERT: its first certificate is the one asked about; any further ones help build the chain.
    const auto certificate = CertificateSources::read(parser.positionalArguments().first());
    if (!certificate)
        return fail(certificate.error().toString());
    if (certificate.value().certificates.empty())
        return fail(
            Text::tr("%1 holds no certificate").arg(displayFileName(parser.positionalArguments().first())));
    input.certificateDer = certificate.value().certificates.front().der;
    for (size_t i = 1; i < certificate.value().certificates.size(); ++i)
        input.chainDer.push_back(certificate.value().certificates[i].der);
    for (const QString &file : parser.values(chainOption)) {
        const auto chain = CertificateSources::read(file);
        if (!chain)
            return fail(QStringLiteral("--chain ") + chain.error().toString());
        for (const StoredCertificate &stored : chain.value().certificates)
            input.chainDer.push_back(stored.der);
    }
    for (const QString &file : parser.values(certsOption)) {
        auto source = CertificateSources::read(file);
        if (!source)
            return fail(QStringLiteral("--certs ") + source.error().toString());
        input.sources.push_back(std::move(source.value()));
    }
    const LoadedList list = loadList(parser.value(listOption));
    if (!list.document)
        return fail(list.problem);
    LoadedList disallowed;
    if (parser.isSet(disallowedOption)) {
        disallowed = loadList(parser.value(disallowedOption));
        if (!disallowed.document)
            return fail(disallowed.problem);
    }
    input.list = list.document.get();
    input.disallowed = disallowed.document.get();
    const auto checked = checkCertificate(input);
    if (!checked)
        return fail(displayFileName(parser.positionalArguments().first()) + QStringLiteral(": ") +
                    checked.error().message);
    const CertificateCheckResult &result = checked.value();
    const TrustQuestion &question = result.question;
    std::optional<CtlEntry> root;
    if (result.rootEntry)
        root = list.document->entries.decode(*result.rootEntry);

    // The one-line reason: the chain's own problems first, then the list's rules.
    QStringList problemTexts;
    for (size_t i = 0; i < result.chain.size(); ++i)
        for (CheckProblem problem : result.chain[i].problems) {
            const QString name = result.chain[i].certificate.info().subject;
            switch (problem) {
            case CheckProblem::Expired:
                problemTexts << Text::tr("certificate %1 (%2) is not valid on that date").arg(i).arg(name);
                break;
            case CheckProblem::BadSignature:
                problemTexts
                    << Text::tr("the signature of certificate %1 (%2) does not verify").arg(i).arg(name);
                break;
            case CheckProblem::PurposeNotInLeaf:
                problemTexts << Text::tr("the certificate's extended key usage does not include %1")
                                    .arg(trusttext::purposeLabel(question.purpose));
                break;
            }
        }
    const QString rulesReason = trusttext::answerReason(result.answer, question.purpose);
    const QString reason = (problemTexts + QStringList{rulesReason}).join(QStringLiteral("; "));
    const auto sentence = [&](const QString &because) {
        return result.trusted
                   ? Text::tr("%1 would trust this chain for %2 on %3: yes.")
                         .arg(trusttext::windowsLabel(question.windows),
                              trusttext::purposeLabel(question.purpose), day(question.at))
                   : Text::tr("%1 would trust this chain for %2 on %3: no, because %4.")
                         .arg(trusttext::windowsLabel(question.windows),
                              trusttext::purposeLabel(question.purpose), day(question.at), because);
    };

    if (parser.isSet(pdf)) {
        auto target = ExportTarget::open(parser.value(pdf), inputFiles, &out);
        if (!target)
            return fail(target.error().toString());
        CheckPdfContent content;
        content.paper = paperSize.value();
        content.result = &result;
        content.list = list.document.get();
        content.disallowed = disallowed.document.get();
        content.certificateFile = parser.positionalArguments().first();
        content.sentence = sentence(reason);
        content.reason = reason;
        if (const auto written = pdfWriter(target.value()->device(), content); !written) {
            target.value()->cancel(); // atomic: nothing half-written is left
            return fail(written.error().toString());
        }
        if (const auto committed = target.value()->commit(); !committed)
            return fail(committed.error().toString());
        return result.trusted ? ExitOk : ExitInvalid;
    }

    if (parser.isSet(json)) {
        JsonWriter writer(out);
        writer.beginObject();
        writer.field(QLatin1String("trusted"), result.trusted);
        writer.field(QLatin1String("status"), trustStatusKey(result.answer.status));
        if (result.answer.since.isValid())
            writer.field(QLatin1String("since"), isoUtc(result.answer.since));
        writer.field(QLatin1String("reason"), reason);
        if (root) {
            writer.key(QLatin1String("root"));
            writer.beginObject();
            writer.field(QLatin1String("identifier"), root->identifierText());
            if (root->friendlyName)
                writer.field(QLatin1String("friendlyName"), *root->friendlyName);
            writer.field(QLatin1String("entryIndex"), static_cast<qint64>(*result.rootEntry));
            writer.field(QLatin1String("chainIndex"), static_cast<qint64>(result.rootChainIndex));
            writer.endObject();
        }
        writer.key(QLatin1String("chain"));
        writer.beginArray();
        for (const CheckedCertificate &link : result.chain) {
            const CertificateInfo &info = link.certificate.info();
            writer.beginObject();
            writer.field(QLatin1String("subject"), info.subject);
            writer.field(QLatin1String("issuer"), info.issuer);
            writer.field(QLatin1String("sha1"), toHex(link.certificate.sha1));
            writer.field(QLatin1String("sha256"), toHex(link.certificate.sha256));
            if (info.notBefore.isValid())
                writer.field(QLatin1String("notBefore"), isoUtc(info.notBefore));
            if (info.notAfter.isValid())
                writer.field(QLatin1String("notAfter"), isoUtc(info.notAfter));
            writer.field(QLatin1String("disallowed"), link.disallowedEntry.has_value());
            QStringList problems;
            for (CheckProblem problem : link.problems)
                problems << checkProblemKey(problem);
            writer.key(QLatin1String("problems"));
            writer.stringArray(problems);
            writer.endObject();
        }
        writer.endArray();
        writer.field(QLatin1String("chainComplete"), result.chainComplete);
        writer.field(QLatin1String("purpose"), purposeKey(question.purpose));
        writer.field(QLatin1String("at"), isoUtc(question.at));
        if (question.timestamp)
            writer.field(QLatin1String("timestamp"), isoUtc(*question.timestamp));
        if (question.endEntityNotBefore && question.endEntityNotBefore->isValid())
            writer.field(QLatin1String("issued"), isoUtc(*question.endEntityNotBefore));
        writer.field(QLatin1String("windows"), windowsGenerationKey(question.windows));
        writeReasonsJson(writer, result.answer, question.purpose);
        writer.endObject();
        writer.flush();
        if (!writer.ok())
            return fail(Text::tr("cannot write the output: %1").arg(out.errorString()));
        return result.trusted ? ExitOk : ExitInvalid;
    }
    QTextStream text(&out);
    text << sentence(escapeForTerminal(reason)) << '\n';
    text << Text::tr("Chain:") << '\n';
    for (size_t i = 0; i < result.chain.size(); ++i) {
        const CheckedCertificate &link = result.chain[i];
        const CertificateInfo &info = link.certificate.info();
        text << "  " << i << ' ' << escapeForTerminal(info.subject) << '\n'
             << "      "
             << Text::tr("valid %1 to %2, SHA-1 %3")
                    .arg(day(info.notBefore), day(info.notAfter), toHex(link.certificate.sha1))
             << '\n';
        if (link.disallowedEntry)
            text << "      " << Text::tr("named by the disallowed list (entry %1)").arg(*link.disallowedEntry)
                 << '\n';
        if (static_cast<int>(i) == result.rootChainIndex && root)
            text << "      " << Text::tr("the list's entry %1").arg(escapeForTerminal(root->identifierText()))
                 << (root->friendlyName ? QStringLiteral(" (%1)").arg(escapeForTerminal(*root->friendlyName))
                                        : QString())
                 << '\n';
    }
    if (!result.chainComplete)
        text << "  " << Text::tr("(the chain ends here: no issuer among the certificates given)") << '\n';
    text << Text::tr("Status:") << ' ' << trustStatusKey(result.answer.status);
    if (result.answer.since.isValid())
        text << ' ' << day(result.answer.since);
    text << '\n' << Text::tr("Rules:") << '\n';
    for (const TrustReason &reason : result.answer.reasons)
        text << "  " << (reason.decisive ? "* " : "- ")
             << escapeForTerminal(trusttext::reasonText(reason, question.purpose)) << '\n';
    text << Text::tr("Dates: issued %1, used %2")
                .arg(question.endEntityNotBefore ? isoUtc(*question.endEntityNotBefore) : QString(),
                     isoUtc(question.at));
    if (question.timestamp)
        text << Text::tr(", timestamp %1").arg(isoUtc(*question.timestamp));
    text << '\n';
    text.flush();
    if (text.status() != QTextStream::Ok)
        return fail(Text::tr("cannot write the output: %1").arg(out.errorString()));
    return result.trusted ? ExitOk : ExitInvalid;
}

} // namespace ctlv
