// libFuzzer target: the strict DER reader and the CTL parser (CtlParser::parse), then everything that
// walks a parsed document without validating it: the text and JSON dumps and each entry's decoding.
#include "CtlParser.h"
#include "DumpWriter.h"
#include "JsonWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray der(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto parsed = ctlv::CtlParser::parse(der);
    if (!parsed) {
        const ctlv::LoadError &error = parsed.error();
        // A refusal says what went wrong, and where when it is about a position inside the input.
        if (error.message.isEmpty() || error.offset < -1 || error.offset > der.size())
            __builtin_trap();
        return 0;
    }
    const ctlv::CtlDocument &document = parsed.value();
    for (const ctlv::CtlEntry &entry : document.entries)
        (void)entry.identifierText();
    QBuffer text;
    text.open(QIODevice::WriteOnly);
    {
        QTextStream stream(&text);
        ctlv::DumpWriter::writeText(stream, document);
    }
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    {
        ctlv::JsonWriter writer(json);
        ctlv::DumpWriter::writeJson(writer, document);
    }
    return 0;
}
