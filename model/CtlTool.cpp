#include "CtlTool.h"

#include "DocumentLoader.h"
#include "DumpWriter.h"
#include "JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ctlv {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ctlv::CtlTool", text); }

QString usageText() {
    return tr("Usage: ctltool COMMAND [OPTIONS] FILE...\n"
              "\n"
              "Commands:\n"
              "  dump [--json] FILE...   show everything a Certificate Trust List holds\n"
              "\n"
              "FILE may be a .stl or .ctl (DER, PEM or base64) or a .cab such as authrootstl.cab.\n"
              "Exit codes: 0 read, 2 unreadable or not a Certificate Trust List.\n");
}

int runDump(const QStringList &arguments, QIODevice &out, QIODevice &err) {
    QTextStream errors(&err);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document."));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("ctltool")} + arguments)) {
        errors << "ctltool dump: " << parser.errorText() << '\n' << usageText();
        return ExitUnreadable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        errors << tr("ctltool dump: no file given") << '\n' << usageText();
        return ExitUnreadable;
    }

    std::vector<CtlDocument> documents;
    int status = ExitOk;
    for (const QString &file : files) {
        auto loaded = DocumentLoader::loadFile(file);
        if (!loaded) {
            errors << "ctltool: " << loaded.error().toString() << '\n';
            status = ExitUnreadable;
            continue;
        }
        for (CtlDocument &document : loaded.value())
            documents.push_back(std::move(document));
    }

    if (parser.isSet(jsonOption)) {
        JsonWriter json(out);
        // One document stays one JSON object; several become an array of them.
        if (documents.size() == 1) {
            DumpWriter::writeJson(json, documents.front());
        } else if (!documents.empty()) {
            json.beginArray();
            for (const CtlDocument &document : documents)
                DumpWriter::writeJson(json, document);
            json.endArray();
        }
        json.flush();
        if (!json.ok()) {
            errors << tr("ctltool: could not write the output") << '\n';
            return ExitUnreadable;
        }
    } else {
        QTextStream text(&out);
        bool first = true;
        for (const CtlDocument &document : documents) {
            if (!first)
                text << '\n';
            first = false;
            DumpWriter::writeText(text, document);
        }
    }
    return status;
}

} // namespace

int runCtlTool(const QStringList &arguments, QIODevice &out, QIODevice &err) {
    QTextStream errors(&err);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h") ||
        arguments.first() == QLatin1String("help")) {
        QTextStream(&out) << usageText();
        return arguments.isEmpty() ? ExitUnreadable : ExitOk;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("dump"))
        return runDump(rest, out, err);
    errors << tr("ctltool: unknown command \"%1\"").arg(command) << '\n' << usageText();
    return ExitUnreadable;
}

} // namespace ctlv
