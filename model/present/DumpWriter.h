#pragma once
// `ctltool dump`: a CTL document as a readable text report or as one JSON document.

#include "CtlDocument.h"
#include "Sections.h"

#include <QIODevice>
#include <QTextStream>

#include <functional>

namespace ctlv {

class JsonWriter;

class DumpWriter {
public:
    struct JsonOptions {
        bool entries = true; // `verify --json` leaves the entries out unless asked for them
        // Appends keys to each signer's object (the validation results do).
        std::function<void(JsonWriter &, int signerIndex)> signerExtra;
        // Appends keys to each entry's object (the linked certificate, the effective trust); `entry` is
        // the entry as just decoded, so that the callback need not decode it again.
        using EntryExtra = std::function<void(JsonWriter &, size_t entryIndex, const CtlEntry &entry)>;
        // Makes one EntryExtra for each thread that writes entries (a long list is formatted on every
        // core), so that each keeps its own state; the EntryExtras only read what they share.
        std::function<EntryExtra()> makeEntryExtra;
    };
    // Appends lines after each entry of the text dump (the linked certificate does).
    using EntryTextExtra = std::function<void(QTextStream &, size_t entryIndex)>;
    // Writes the keys of one document into the object the caller has begun, so that it can add its own
    // (formatVersion, the validation). A value that is missing is an absent key, never null.
    static void writeJsonFields(JsonWriter &json, const CtlDocument &document, const JsonOptions &options);
    // The document as one JSON object.
    static void writeJson(JsonWriter &json, const CtlDocument &document);
    static void writeText(QTextStream &out, const CtlDocument &document,
                          const EntryTextExtra &entryExtra = {});
    // Every field of `sections` (shown in reports) as "label: value" rows under one heading, indented as
    // the dump indents a certificate: certificate sources use it for theirs.
    static void writeSectionsText(QTextStream &out, const sections::Sections &sections);
};

} // namespace ctlv
