#pragma once
// Parses the DER of a PKCS#7 SignedData that carries a Certificate Trust List into a CtlDocument.

#include "CtlDocument.h"
#include "LoadError.h"

namespace ctlv {

class CtlParser {
public:
    // `der` must start with the ContentInfo SEQUENCE. Errors carry the offset of the problem but no
    // file name; the caller (DocumentLoader) adds where the bytes came from.
    static Expected<CtlDocument> parse(const QByteArray &der);

    // Decodes one TrustedSubject at `offset` of `der` (exposed for lazy decoding and tests).
    static CtlEntry parseEntry(const QByteArray &der, qsizetype offset, const QString &subjectAlgorithm);
};

} // namespace ctlv
