#pragma once
// One file the user opened: its lists with their validation, or the error that explains why there are none.
// LoadJob fills it on a worker thread.

#include "CtlDocument.h"
#include "LoadError.h"
#include "Validation.h"

#include <memory>
#include <optional>
#include <vector>

namespace ctlv {

struct OpenedFile {
    QString path;        // absolute; empty for pasted text and the bundled sample
    QString displayName; // the tab title
    std::vector<std::shared_ptr<const CtlDocument>> documents;
    std::vector<std::shared_ptr<const ValidationReport>> reports; // parallel to documents
    std::optional<LoadError> error;
    QByteArray bytes;          // pasted or bundled bytes (empty for files on disk): to read them again
    QStringList trustProblems; // trusted-root files of the settings that could not be used
};

} // namespace ctlv
