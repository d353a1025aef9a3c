// `ctltool verify-files CATALOG PATH... [--json]`: hashes each file (the Authenticode image hash of a PE
// file, the flat hash of anything else; SHA-1 and SHA-256), looks it up among the catalog's members by
// hash, never by name, and says which files no member covers and which members no file matches. CATALOG
// may be a folder of catalogs (a copy of System32\CatRoot): every catalog is indexed, and each file is
// reported with the catalogs that cover it; only those catalogs are verified.
#include "CommandVerifyFiles.h"

#include "CatalogCoverage.h"
#include "CtlTool.h"
#include "FileAccess.h"
#include "JsonWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <optional>
#include <set>

namespace ctlv {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlTool)
};

constexpr qint64 jsonFormatVersion = 1;

int usageError(QIODevice &err, const QString &problem) {
    err.write(Text::tr("ctltool %1: %2 (see \"ctltool %1 --help\")")
                  .arg(QStringLiteral("verify-files"), escapeForTerminal(problem))
                  .toUtf8() +
              '\n');
    return ExitUnreadable;
}

QString primarySigner(const IndexedCatalog &catalog) {
    if (!catalog.report || !catalog.document)
        return {};
    for (size_t i = 0; i < catalog.document->signers.size() && i < catalog.report->signers.size(); ++i) {
        if (catalog.document->signers[i].kind != SignerKind::Primary)
            continue;
        const int certificate = catalog.report->signers[i].certificateIndex;
        if (certificate >= 0 && static_cast<size_t>(certificate) < catalog.document->certificates.size())
            return catalog.document->certificates[static_cast<size_t>(certificate)].subject;
        return catalog.document->signers[i].issuerText;
    }
    return {};
}

QString verdictOf(const IndexedCatalog &catalog) {
    return catalog.report ? verdictKey(catalog.report->verdict) : QString();
}

// What the run found, gathered before it is written.
struct Run {
    CatalogIndex index;
    bool folder = false;
    std::vector<FileCoverage> files;
    std::set<int> catalogsUsed;          // catalogs that cover a file (verified)
    QHash<int, QStringList> memberFiles; // member -> the files it covers
};

bool vouched(const Run &run, const FileCoverage &file) {
    for (int member : file.members)
        if (run.index.trusted(run.index.members()[static_cast<size_t>(member)].catalog))
            return true;
    return false;
}

// The members to list: all of a single catalog; in a folder, those of the catalogs that cover a file
// (CatRoot holds a million members, of which only these say anything about the files given).
std::vector<int> membersToList(const Run &run) {
    std::vector<int> list;
    for (size_t m = 0; m < run.index.members().size(); ++m)
        if (!run.folder || run.catalogsUsed.count(run.index.members()[m].catalog))
            list.push_back(static_cast<int>(m));
    return list;
}

// A member's fields as files[].member and members[] both give them: which catalog, which entry, its hash.
void writeMemberFields(JsonWriter &json, const Run &run, int member) {
    const IndexedMember &m = run.index.members()[static_cast<size_t>(member)];
    json.field(QLatin1String("catalog"), run.index.catalogs()[static_cast<size_t>(m.catalog)].path);
    json.field(QLatin1String("index"), static_cast<qint64>(m.entry));
    json.field(QLatin1String("tag"), m.tag);
    if (!m.algorithm.isEmpty())
        json.field(QLatin1String("algorithm"), m.algorithm);
    json.field(QLatin1String("kind"), m.kind);
    if (!m.fileName.isEmpty())
        json.field(QLatin1String("name"), m.fileName);
}

void writeMemberRefJson(JsonWriter &json, const Run &run, int member) {
    json.beginObject();
    writeMemberFields(json, run, member);
    json.endObject();
}

void writeCatalogJson(JsonWriter &json, const IndexedCatalog &catalog) {
    json.beginObject();
    json.field(QLatin1String("path"), catalog.path);
    if (catalog.report) {
        json.field(QLatin1String("verdict"), verdictOf(catalog));
        const QString signer = primarySigner(catalog);
        if (!signer.isEmpty())
            json.field(QLatin1String("signer"), signer);
    }
    json.field(QLatin1String("members"), catalog.memberCount);
    json.endObject();
}

void writeFileJson(JsonWriter &json, const Run &run, const FileCoverage &file) {
    json.beginObject();
    json.field(QLatin1String("path"), file.path);
    if (file.error) {
        json.field(QLatin1String("covered"), false);
        json.key(QLatin1String("error"));
        json.beginObject();
        json.field(QLatin1String("code"), file.error->kindKey());
        json.field(QLatin1String("message"), file.error->message);
        if (file.error->offset >= 0)
            json.field(QLatin1String("offset"), file.error->offset);
        json.endObject();
        json.endObject();
        return;
    }
    json.field(QLatin1String("kind"), pe::hashKindKey(file.digests->kind));
    json.field(QLatin1String("size"), file.digests->size);
    json.field(QLatin1String("sha1"), QString::fromLatin1(file.digests->sha1.toHex()));
    json.field(QLatin1String("sha256"), QString::fromLatin1(file.digests->sha256.toHex()));
    json.field(QLatin1String("covered"), file.covered());
    json.field(QLatin1String("vouched"), vouched(run, file));
    json.key(QLatin1String("member"));
    if (file.members.isEmpty())
        json.null();
    else
        writeMemberRefJson(json, run, file.members.front());
    json.key(QLatin1String("matches"));
    json.beginArray();
    for (int member : file.members)
        writeMemberRefJson(json, run, member);
    json.endArray();
    if (!file.crlfMembers.isEmpty()) {
        json.key(QLatin1String("lineEndingMatches"));
        json.beginArray();
        for (int member : file.crlfMembers)
            writeMemberRefJson(json, run, member);
        json.endArray();
    }
    json.endObject();
}

bool writeJson(QIODevice &out, bool indented, const Run &run) {
    JsonWriter json(out, indented);
    json.beginObject();
    json.field(QLatin1String("formatVersion"), jsonFormatVersion);
    if (!run.folder && !run.index.catalogs().empty()) {
        json.key(QLatin1String("catalog"));
        writeCatalogJson(json, run.index.catalogs().front());
    }
    json.key(QLatin1String("catalogs"));
    json.beginArray();
    for (size_t c = 0; c < run.index.catalogs().size(); ++c)
        if (!run.folder || run.catalogsUsed.count(static_cast<int>(c)))
            writeCatalogJson(json, run.index.catalogs()[c]);
    json.endArray();
    json.field(QLatin1String("catalogsIndexed"), static_cast<qint64>(run.index.catalogs().size()));
    json.field(QLatin1String("membersIndexed"), static_cast<qint64>(run.index.members().size()));
    json.key(QLatin1String("files"));
    json.beginArray();
    for (const FileCoverage &file : run.files)
        writeFileJson(json, run, file);
    json.endArray();
    json.key(QLatin1String("members"));
    json.beginArray();
    for (int member : membersToList(run)) {
        json.beginObject();
        writeMemberFields(json, run, member);
        const QStringList files = run.memberFiles.value(member);
        json.key(QLatin1String("file"));
        if (files.isEmpty())
            json.null();
        else
            json.value(files.front());
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.flush();
    return json.ok();
}

QString memberText(const Run &run, int member) {
    const IndexedMember &m = run.index.members()[static_cast<size_t>(member)];
    QString text = run.folder ? escapeForTerminal(run.index.catalogs()[static_cast<size_t>(m.catalog)].path) +
                                    QStringLiteral(" ")
                              : QString();
    text += QStringLiteral("#%1").arg(m.entry);
    if (!m.fileName.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(escapeForTerminal(m.fileName));
    if (!m.algorithm.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.algorithm);
    return text;
}

void writeText(QTextStream &text, const Run &run) {
    if (run.folder) {
        text << Text::tr("Catalogs: %1 indexed, %2 members; %3 cover the files given")
                    .arg(run.index.catalogs().size())
                    .arg(run.index.members().size())
                    .arg(run.catalogsUsed.size())
             << '\n';
        for (int c : run.catalogsUsed) {
            const IndexedCatalog &catalog = run.index.catalogs()[static_cast<size_t>(c)];
            text << "  " << escapeForTerminal(catalog.path) << ": " << verdictOf(catalog) << " ("
                 << escapeForTerminal(primarySigner(catalog)) << ")\n";
        }
    } else if (!run.index.catalogs().empty()) {
        const IndexedCatalog &catalog = run.index.catalogs().front();
        text << Text::tr("Catalog: %1").arg(escapeForTerminal(catalog.path)) << '\n'
             << Text::tr("  Verdict: %1").arg(verdictOf(catalog)) << '\n'
             << Text::tr("  Signer: %1").arg(escapeForTerminal(primarySigner(catalog))) << '\n'
             << Text::tr("  Members: %1").arg(run.index.members().size()) << '\n';
    }
    text << '\n' << Text::tr("Files:") << '\n';
    int covered = 0;
    for (const FileCoverage &file : run.files) {
        const QString name = escapeForTerminal(file.path);
        if (file.error) {
            text << "  " << Text::tr("unreadable") << "   " << name << ": "
                 << escapeForTerminal(file.error->message) << '\n';
            continue;
        }
        const QString kind = pe::hashKindKey(file.digests->kind);
        if (file.covered()) {
            ++covered;
            QStringList matches;
            for (int member : file.members)
                matches << memberText(run, member);
            text << "  " << Text::tr("covered") << "      " << kind << "  " << name << "  <- "
                 << matches.join(QStringLiteral(", ")) << '\n';
        } else {
            text << "  " << Text::tr("NOT covered") << "  " << kind << "  " << name << '\n';
            text << "      SHA-1 " << file.digests->sha1.toHex() << "  SHA-256 "
                 << file.digests->sha256.toHex() << '\n';
            if (!file.crlfMembers.isEmpty())
                text << "      "
                     << Text::tr("differs from a covered member only in line endings: with CRLF it is %1")
                            .arg(memberText(run, file.crlfMembers.front()))
                     << '\n';
        }
    }
    QStringList unmatched;
    for (int member : membersToList(run))
        if (!run.memberFiles.contains(member))
            unmatched << memberText(run, member) + QStringLiteral("  ") +
                             escapeForTerminal(run.index.members()[static_cast<size_t>(member)].tag);
    text << '\n' << Text::tr("Members no file matches: %1").arg(unmatched.size()) << '\n';
    for (const QString &line : unmatched)
        text << "  " << line << '\n';
    text << '\n' << Text::tr("%1 of %2 files covered").arg(covered).arg(run.files.size()) << '\n';
}

} // namespace

QString verifyFilesSynopsis() {
    return Text::tr("ctltool verify-files [--json [--compact]] [VALIDATION OPTIONS] CATALOG PATH...");
}

QString verifyFilesHelp(const ValidationOptionHooks &hooks) {
    return Text::tr("Usage:") + QLatin1Char(' ') + verifyFilesSynopsis() + QStringLiteral("\n\n") +
           Text::tr("Check which files a security catalog (.cat) covers. Each PATH (a file, or a folder\n"
                    "searched recursively) is hashed as Windows does: the Authenticode image hash of a PE\n"
                    "file (.sys, .dll, .exe, ...), the hash of every byte of anything else, in SHA-1 and\n"
                    "SHA-256; and looked up among the catalog's members by hash, never by name. Says which\n"
                    "member covers each file, which files no member covers (and when a text file would be\n"
                    "covered with CRLF line ends), and which members no file matches. CATALOG may be a\n"
                    "folder of catalogs (a copy of System32\\CatRoot): every catalog in it is indexed and\n"
                    "each file is reported with the catalogs that cover it. The catalog itself is not\n"
                    "checked as one of the files.\n") +
           QLatin1Char('\n') +
           Text::tr("Output options:\n"
                    "  --json              one JSON document: {\"formatVersion\", \"catalog\", \"files\",\n"
                    "                      \"members\"}, indented for people\n"
                    "  --compact           with --json: the same document on one line\n") +
           QLatin1Char('\n') + hooks.helpText + QLatin1Char('\n') + hooks.commonHelpText + QLatin1Char('\n') +
           Text::tr("Exit codes: 0 the catalog is valid (or valid with warnings) and covers every file; 1\n"
                    "a file is not covered by a valid catalog; 2 a file or the catalog cannot be read, a\n"
                    "usage error, or the output cannot be written.\n");
}

int runVerifyFiles(const QStringList &arguments, QIODevice &out, QIODevice &err,
                   const ValidationOptionHooks &hooks) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    hooks.add(parser);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption compact(QStringLiteral("compact"), QString());
    parser.addOptions({help, json, compact});
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(help)) {
        out.write(verifyFilesHelp(hooks).toUtf8());
        return ExitOk;
    }
    if (parser.isSet(compact) && !parser.isSet(json))
        return usageError(err, Text::tr("--compact goes with --json"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(err, Text::tr("give a CATALOG and at least one file or folder"));
    auto validation = hooks.read(parser);
    if (!validation)
        return usageError(err, validation.error());

    Run run;
    const QString catalogPath = positional.first();
    run.folder = QFileInfo(catalogPath).isDir();
    run.index = CatalogIndex::build({catalogPath});
    int status = ExitOk;
    QTextStream errors(&err);
    if (!run.folder && run.index.catalogs().empty()) {
        const QString reason = run.index.skipped().empty() ? Text::tr("not a security catalog")
                                                           : run.index.skipped().front().toString();
        errors << "ctltool verify-files: " << escapeForTerminal(reason) << '\n';
        return ExitUnreadable;
    }
    if (run.folder && !run.index.skipped().empty())
        errors << "ctltool verify-files: "
               << Text::tr("%n file(s) in %1 are not catalogs and were left out", "",
                           int(run.index.skipped().size()))
                      .arg(escapeForTerminal(catalogPath))
               << '\n';
    if (!run.folder)
        run.index.verify(0, validation.value());
    if (!run.folder && !run.index.trusted(0))
        status = ExitInvalid;

    const QStringList files =
        collectFiles(positional.mid(1), run.folder ? QStringList{} : QStringList{catalogPath});
    for (const QString &path : files) {
        FileCoverage coverage = checkFile(run.index, path);
        if (coverage.error) {
            errors << "ctltool verify-files: " << escapeForTerminal(coverage.error->toString()) << '\n';
            status = ExitUnreadable;
        }
        for (int member : coverage.members) {
            const int catalog = run.index.members()[static_cast<size_t>(member)].catalog;
            run.catalogsUsed.insert(catalog);
            run.index.verify(catalog, validation.value());
            run.memberFiles[member] << path;
        }
        run.files.push_back(std::move(coverage));
    }
    for (const FileCoverage &file : run.files)
        if (!file.error && !vouched(run, file) && status == ExitOk)
            status = ExitInvalid;

    bool written = true;
    if (parser.isSet(json)) {
        written = writeJson(out, !parser.isSet(compact), run);
    } else {
        QTextStream text(&out);
        writeText(text, run);
        text.flush();
        written = text.status() == QTextStream::Ok;
    }
    if (!written) {
        errors << Text::tr("ctltool: cannot write the output: %1").arg(out.errorString()) << '\n';
        status = ExitUnreadable;
    }
    errors.flush();
    return status;
}

} // namespace ctlv
