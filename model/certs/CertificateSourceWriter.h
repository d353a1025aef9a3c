#pragma once
// Certificate sources and linked certificates as `ctltool` shows them: a readable text report and JSON
// (resources/schema/ctltool.schema.json). Everything from a file is escaped for the terminal in text.

#include "CertificateLinker.h"
#include "CertificateSources.h"

#include <QTextStream>

namespace ctlv {

class JsonWriter;

class CertificateSourceWriter {
public:
    // `ctltool dump SOURCE`: the keys of one result object (the caller begins and ends it).
    static void writeSourceJson(JsonWriter &json, const CertificateSourceData &source);
    static void writeSourceText(QTextStream &out, const CertificateSourceData &source);

    // The short certificate object of a linked entry and of unlistedCertificates[].
    static void writeCertificateSummaryJson(JsonWriter &json, const StoredCertificate &certificate);
    // An entry's "certificate" (object or null) and "certificateMatch" keys.
    static void writeEntryLinkJson(JsonWriter &json, const CertificateLinks &links, size_t entryIndex);
    // The document's "certificateSources" and "unlistedCertificates" keys.
    static void writeLinksJson(JsonWriter &json, const std::vector<CertificateSourceData> &sources,
                               const CertificateLinks &links);
    // The lines the text dump adds under an entry, and the closing summary.
    static void writeEntryLinkText(QTextStream &out, const CertificateLinks &links, size_t entryIndex);
    static void writeLinksText(QTextStream &out, const std::vector<CertificateSourceData> &sources,
                               const CertificateLinks &links);
};

} // namespace ctlv
