// `ctltool diff` and `ctltool history` (issue #16): read the lists, compare them (model/diff), and write
// the result as text, JSON, CSV or Markdown (model/present/DiffText) on standard output, or as a PDF
// report (model/report/DiffReport, written by ctltool-export).
#include "CommandDiff.h"

#include "CtlTool.h"
#include "DiffText.h"
#include "FileAccess.h"
#include "History.h"
#include "JsonWriter.h"
#include "ListDiff.h"
#include "OpenedFile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <future>

namespace ctlv {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlTool)
};

constexpr qint64 diffFormatVersion = 1;

int usage(QIODevice &err, const QString &command, QString problem) {
    if (problem.endsWith(QLatin1Char('.')))
        problem.chop(1);
    err.write(Text::tr("ctltool %1: %2 (see \"ctltool %1 --help\")")
                  .arg(command, escapeForTerminal(problem))
                  .toUtf8() +
              '\n');
    return ExitUnreadable;
}

void message(QIODevice &err, const QString &command, const QString &text) {
    err.write((QStringLiteral("ctltool %1: ").arg(command) + escapeForTerminal(text)).toUtf8() + '\n');
}

// The lists of one file, or why there are none (already said on `err`).
std::optional<OpenedFile> readLists(const QString &path, QIODevice &err, const QString &command, bool quiet) {
    OpenedFile opened = openAndValidate(OpenSource{path, {}, {}, {}}, std::nullopt);
    if (opened.error) {
        message(err, command, opened.error->toString());
        return std::nullopt;
    }
    if (opened.documents.empty()) {
        if (!quiet)
            message(err, command,
                    Text::tr("%1: holds no Certificate Trust List (a certificate source?)")
                        .arg(displayFileName(path)));
        return std::nullopt;
    }
    return opened;
}

int writeFailure(QIODevice &out, QIODevice &err) {
    err.write(Text::tr("ctltool: cannot write the output: %1").arg(out.errorString()).toUtf8() + '\n');
    return ExitUnreadable;
}

bool writeAll(QIODevice &out, QIODevice &err, const QByteArray &bytes) {
    if (out.write(bytes) == bytes.size())
        return true;
    writeFailure(out, err);
    return false;
}

QByteArray textOutput(const QStringList &lines) {
    QByteArray bytes;
    for (const QString &line : lines)
        bytes += escapeForTerminal(line).toUtf8() + '\n';
    return bytes;
}

} // namespace

QString diffSynopsis() {
    return Text::tr(
        "ctltool diff [--json [--compact] | --csv | --markdown | --pdf OUT [--paper a4|letter]] OLD NEW");
}

QString historySynopsis() {
    return Text::tr("ctltool history [--json [--compact] | --csv] FILE...|DIR");
}

QString diffHelp() {
    return Text::tr("Usage:") + QLatin1Char(' ') + diffSynopsis() + QStringLiteral("\n\n") +
           Text::tr(
               "Compare two lists (any input dump reads: .stl, .cab, PEM, .reg): the list fields, the\n"
               "entries added and removed, and every attribute of the entries in both, matched by\n"
               "identifier. Purposes and policies are compared as sets. The same list in an STL and a\n"
               "CAB is identical.\n"
               "\n"
               "Output options:\n"
               "  --json              {old, new, list[], added[], removed[], changed[]}; attributes are\n"
               "                      named as dump --json names the entry keys\n"
               "  --compact           with --json: on one line\n"
               "  --csv               one row per change (RFC 4180): change, identifier, friendlyName,\n"
               "                      attribute, old, new\n"
               "  --markdown          a summary that reads like a deployment notice, with names and\n"
               "                      thumbprints\n"
               "  --pdf OUT           a PDF report (\"-\": standard output): page 1 the summary in words\n"
               "                      with both files' facts, then every change in a table; written\n"
               "                      atomically, never over OLD or NEW\n"
               "  --paper SIZE        with --pdf: a4 (the default) or letter\n"
               "  --lang CODE         messages in this language (en, de, ko)\n"
               "  -h, --help          show this help\n"
               "\n"
               "When a file holds several lists, the lists of the same kind are compared.\n"
               "Exit codes: 0 identical; 1 different; 2 unreadable input, a usage error, or the output\n"
               "cannot be written.\n");
}

QString historyHelp() {
    return Text::tr("Usage:") + QLatin1Char(' ') + historySynopsis() + QStringLiteral("\n\n") +
           Text::tr("The history of every entry across many lists: the lists ordered by thisUpdate, then\n"
                    "sequence number (each kind of list on its own), each compared with the one before it.\n"
                    "Lists with the same entries (the same list in an STL and a CAB, or re-signed) count\n"
                    "once and say so. Per entry: first seen, last seen and every change; per list: its\n"
                    "entries and changes. A folder is read without its subfolders; its files that hold no\n"
                    "list are skipped with a note.\n"
                    "\n"
                    "Output options:\n"
                    "  --json              {lists[], entries[] {identifier, friendlyName, firstSeen,\n"
                    "                      lastSeen, events[] {date, list, change, old, new}}}\n"
                    "  --compact           with --json: on one line\n"
                    "  --csv               one row per event (RFC 4180)\n"
                    "  --lang CODE         messages in this language (en, de, ko)\n"
                    "  -h, --help          show this help\n"
                    "\n"
                    "Exit codes: 0 written; 2 unreadable input, no list, a usage error, or the output\n"
                    "cannot be written.\n");
}

int runDiff(const QStringList &arguments, QIODevice &out, QIODevice &err,
            const decltype(ReportWriters::diff) &pdfWriter) {
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption compact(QStringLiteral("compact"), QString());
    const QCommandLineOption csv(QStringLiteral("csv"), QString());
    const QCommandLineOption markdown(QStringLiteral("markdown"), QString());
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("OUT"));
    parser.addOptions({help, json, compact, csv, markdown, pdf});
    const PaperCommandLine paper;
    paper.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usage(err, command, parser.errorText());
    if (parser.isSet(help))
        return writeAll(out, err, diffHelp().toUtf8()) ? int(ExitOk) : int(ExitUnreadable);
    if (int(parser.isSet(json)) + int(parser.isSet(csv)) + int(parser.isSet(markdown)) +
            int(parser.isSet(pdf)) >
        1)
        return usage(err, command, Text::tr("give one of --json, --csv, --markdown or --pdf"));
    if (parser.isSet(compact) && !parser.isSet(json))
        return usage(err, command, Text::tr("--compact goes with --json"));
    const Expected<PaperSize, QString> paperSize = paper.read(parser);
    if (!paperSize)
        return usage(err, command, paperSize.error());
    if (parser.isSet(paper.option) && !parser.isSet(pdf))
        return usage(err, command, Text::tr("--paper goes with --pdf"));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return usage(err, command, Text::tr("give two files: OLD and NEW"));
    // --pdf: the output is checked before anything is read; never an input, never a special file.
    if (parser.isSet(pdf)) {
        if (const auto checked = ExportTarget::check(parser.value(pdf), files); !checked) {
            message(err, command, checked.error().toString());
            return ExitUnreadable;
        }
        if (!pdfWriter) {
            message(err, command, Text::tr("this program writes no PDF; run ctltool-export"));
            return ExitUnreadable;
        }
    }
    // Both files are read at once (two threads); messages are written in argument order.
    QBuffer oldMessages;
    oldMessages.open(QIODevice::WriteOnly);
    auto reading =
        std::async(std::launch::async, [&] { return readLists(files[0], oldMessages, command, false); });
    QBuffer newMessages;
    newMessages.open(QIODevice::WriteOnly);
    const auto after = readLists(files[1], newMessages, command, false);
    const auto before = reading.get();
    err.write(oldMessages.data());
    err.write(newMessages.data());
    if (!before || !after)
        return ExitUnreadable;
    // The pair to compare: the first lists of the same kind, or the first of each.
    size_t oldIndex = 0;
    size_t newIndex = 0;
    [&] {
        for (size_t i = 0; i < before->documents.size(); ++i)
            for (size_t j = 0; j < after->documents.size(); ++j)
                if (before->documents[i]->kind() == after->documents[j]->kind()) {
                    oldIndex = i;
                    newIndex = j;
                    return;
                }
    }();
    if (before->documents.size() > 1 || after->documents.size() > 1)
        message(err, command,
                Text::tr("%1 holds %2 lists and %3 holds %4: comparing the %5 lists")
                    .arg(displayFileName(files[0]), QString::number(before->documents.size()),
                         displayFileName(files[1]), QString::number(after->documents.size()),
                         listKindKey(after->documents[newIndex]->kind())));
    const ListDiff diff = diffLists(*before->documents[oldIndex], *after->documents[newIndex]);
    const int status = diff.empty() ? ExitOk : ExitInvalid;
    if (parser.isSet(pdf)) {
        auto target = ExportTarget::open(parser.value(pdf), files, &out);
        if (!target) {
            message(err, command, target.error().toString());
            return ExitUnreadable;
        }
        if (const auto written = pdfWriter(target.value()->device(), diff, *before->documents[oldIndex],
                                           *after->documents[newIndex], paperSize.value());
            !written) {
            target.value()->cancel(); // atomic: nothing half-written is left
            message(err, command, written.error().toString());
            return ExitUnreadable;
        }
        if (const auto committed = target.value()->commit(); !committed) {
            message(err, command, committed.error().toString());
            return ExitUnreadable;
        }
        return status;
    }
    if (parser.isSet(json)) {
        JsonWriter writer(out, !parser.isSet(compact));
        writer.beginObject();
        writer.field(QLatin1String("formatVersion"), diffFormatVersion);
        DiffText::writeJsonFields(writer, diff);
        writer.endObject();
        writer.flush();
        return writer.ok() ? status : writeFailure(out, err);
    }
    if (parser.isSet(csv)) {
        return DiffText::writeCsv(out, diff) ? status : writeFailure(out, err);
    }
    // Markdown is for pasting: file text stays as written (escaped as Markdown, not for a terminal).
    const QByteArray bytes =
        parser.isSet(markdown) ? DiffText::markdown(diff).toUtf8() : textOutput(DiffText::textLines(diff));
    return writeAll(out, err, bytes) ? status : int(ExitUnreadable);
}

int runHistory(const QStringList &arguments, QIODevice &out, QIODevice &err) {
    const QString command = QStringLiteral("history");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption compact(QStringLiteral("compact"), QString());
    const QCommandLineOption csv(QStringLiteral("csv"), QString());
    parser.addOptions({help, json, compact, csv});
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usage(err, command, parser.errorText());
    if (parser.isSet(help))
        return writeAll(out, err, historyHelp().toUtf8()) ? int(ExitOk) : int(ExitUnreadable);
    if (parser.isSet(json) && parser.isSet(csv))
        return usage(err, command, Text::tr("give --json or --csv, not both"));
    if (parser.isSet(compact) && !parser.isSet(json))
        return usage(err, command, Text::tr("--compact goes with --json"));
    const QStringList given = parser.positionalArguments();
    if (given.isEmpty())
        return usage(err, command, Text::tr("give the lists: files or a folder"));

    std::vector<std::shared_ptr<const CtlDocument>> documents;
    for (const QString &path : given) {
        const QFileInfo info(path);
        if (info.isDir()) {
            // Regular files only, in name order: a FIFO or device in the folder is never opened.
            const QFileInfoList files =
                QDir(path).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
            int found = 0;
            for (const QFileInfo &file : files) {
                const auto opened = readLists(file.filePath(), err, command, true);
                if (!opened) {
                    message(err, command, Text::tr("%1: skipped").arg(file.filePath()));
                    continue;
                }
                documents.insert(documents.end(), opened->documents.begin(), opened->documents.end());
                ++found;
            }
            if (found == 0) {
                message(err, command, Text::tr("%1: no list in this folder").arg(displayFileName(path)));
                return ExitUnreadable;
            }
            continue;
        }
        const auto opened = readLists(path, err, command, false);
        if (!opened)
            return ExitUnreadable;
        documents.insert(documents.end(), opened->documents.begin(), opened->documents.end());
    }
    const History history = buildHistory(documents);
    if (parser.isSet(json)) {
        JsonWriter writer(out, !parser.isSet(compact));
        writer.beginObject();
        writer.field(QLatin1String("formatVersion"), diffFormatVersion);
        DiffText::writeHistoryJsonFields(writer, history);
        writer.endObject();
        writer.flush();
        return writer.ok() ? int(ExitOk) : writeFailure(out, err);
    }
    if (parser.isSet(csv)) {
        return DiffText::writeHistoryCsv(out, history) ? int(ExitOk) : writeFailure(out, err);
    }
    return writeAll(out, err, textOutput(DiffText::historyTextLines(history))) ? int(ExitOk)
                                                                               : int(ExitUnreadable);
}

} // namespace ctlv
