// libFuzzer target: what `ctltool export` and the viewer's exports do with a file they read: open and
// validate it (DocumentLoader::loadBytes, Validator::validate), write the entries and the findings as
// CSV, and dump it as text for a terminal. The text must carry no control character but its own line
// breaks, no C1 control and no direction override (escapeForTerminal, issue 13 item 4).
#include "CsvExport.h"
#include "DocumentLoader.h"
#include "DumpWriter.h"
#include "FileAccess.h"
#include "Validation.h"

#include <QBuffer>
#include <QByteArray>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

namespace {
bool safeForTerminal(const QString &text) {
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if ((unit < 0x20 && unit != u'\n') || (unit >= 0x7f && unit <= 0x9f) || unit == 0x200e ||
            unit == 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz-input");
    // The escaping and the file-name round trip on the raw bytes as well.
    if (!safeForTerminal(ctlv::escapeForTerminal(QString::fromUtf8(bytes))) ||
        ctlv::encodeFileName(ctlv::decodeFileName(bytes)) != bytes)
        __builtin_trap();
    auto loaded = ctlv::DocumentLoader::loadBytes(bytes, name);
    if (!loaded) {
        if (loaded.error().message.isEmpty() ||
            !safeForTerminal(ctlv::escapeForTerminal(loaded.error().toString())))
            __builtin_trap();
        return 0;
    }
    ctlv::ValidationOptions options;
    options.useSystemStore = false; // deterministic: the machine's store does not matter
    options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
    for (const ctlv::CtlDocument &document : loaded.value()) {
        const ctlv::ValidationReport report = ctlv::Validator::validate(document, options);
        ctlv::CsvOptions csv;
        csv.statusAt = options.now;
        QBuffer entries;
        entries.open(QIODevice::WriteOnly);
        QBuffer findings;
        findings.open(QIODevice::WriteOnly);
        if (!ctlv::CsvExport::writeEntries(entries, document, csv) ||
            !ctlv::CsvExport::writeFindings(findings, report, csv))
            __builtin_trap();
        QString text;
        {
            QTextStream stream(&text);
            ctlv::DumpWriter::writeText(stream, document);
        }
        if (!safeForTerminal(text))
            __builtin_trap();
    }
    return 0;
}
