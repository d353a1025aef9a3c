#pragma once
// Parses the DER of a PKCS#7 SignedData that carries a Certificate Trust List into a CtlDocument.

#include "CtlDocument.h"
#include "Der.h"
#include "LoadError.h"
#include "ReadLimits.h"

namespace ctlv {

class CtlParser {
public:
    // `der` must start with the ContentInfo SEQUENCE. Errors carry the offset of the problem but no
    // file name; the caller (DocumentLoader) adds where the bytes came from. A list beyond `limits`
    // (entries, attributes per entry, certificates per bag) is refused with LoadError::Code::TooLarge.
    static Expected<CtlDocument> parse(const QByteArray &der, const ReadLimits &limits = {});

    // Decodes one TrustedSubject at `offset` of `der` (exposed for lazy decoding and tests). Fails when it
    // is malformed or holds more than `maxAttributes` attributes (DerError::Kind::BeyondLimit); with
    // EntryFields::Trust, only what effective trust reads is decoded (it fails on the same bytes). With
    // EntryChecks::CheckedAtLoad (EntryList: checkEntry accepted these bytes at load) the checks of
    // bytes already checked (OID encodings, DER order of sets) are not repeated.
    static der::Result<CtlEntry> parseEntry(const QByteArray &der, qsizetype offset,
                                            const QString &subjectAlgorithm,
                                            int maxAttributes = ReadLimits{}.maxAttributesPerEntry,
                                            EntryFields fields = EntryFields::All,
                                            EntryChecks checks = EntryChecks::Full);

    // The structural checks of parseEntry without decoding anything: parse() runs it on every entry,
    // so that a document that loads has entries that decode. Fails like parseEntry. A purpose list (EKU
    // attribute) that does not decode keeps the entry: the first such one is returned, with its offset.
    static der::Result<std::optional<ParseNote>>
    checkEntry(const QByteArray &der, qsizetype offset,
               int maxAttributes = ReadLimits{}.maxAttributesPerEntry);
};

} // namespace ctlv
