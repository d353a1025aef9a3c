#pragma once
// Reads a file (or bytes) into the CTL documents it holds: the single entry point for the viewer,
// ctltool, tests and fuzzers.

#include "CtlDocument.h"
#include "LoadError.h"
#include "ReadLimits.h"

#include <vector>

namespace ctlv {

class DocumentLoader {
public:
    // Reads through readInputFile (FileAccess.h): "-" is standard input, bounded by limits.maxInputSize;
    // what is not a regular file is refused before it is opened.
    static Expected<std::vector<CtlDocument>> loadFile(const QString &path, const ReadLimits &limits = {});
    // `fileName` is what messages and the documents call the input.
    static Expected<std::vector<CtlDocument>> loadBytes(const QByteArray &bytes, const QString &fileName,
                                                        const ReadLimits &limits = {});
};

} // namespace ctlv
