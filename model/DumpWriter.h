#pragma once
// `ctltool dump`: a CTL document as a readable text report or as one JSON document.

#include "CtlDocument.h"

#include <QIODevice>
#include <QTextStream>

#include <functional>

namespace ctlv {

class JsonWriter;

class DumpWriter {
public:
    // Writes the JSON object of one document. `extra` may append more keys to the top-level
    // object (the validation report does).
    static void writeJson(JsonWriter &json, const CtlDocument &document,
                          const std::function<void(JsonWriter &)> &extra = {},
                          const std::function<void(JsonWriter &, int signerIndex)> &signerExtra = {});
    static void writeText(QTextStream &out, const CtlDocument &document);
};

} // namespace ctlv
