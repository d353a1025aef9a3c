#pragma once
// One file the user opened: its lists with their validation, or the error that explains why there are none.

#include "CtlDocument.h"
#include "LoadError.h"
#include "Validation.h"

#include <memory>
#include <optional>
#include <vector>

namespace ctlv {

struct OpenedFile {
    QString path;        // empty for pasted text and the bundled sample
    QString displayName; // the tab title
    std::vector<std::shared_ptr<const CtlDocument>> documents;
    std::vector<std::shared_ptr<const ValidationReport>> reports; // parallel to documents
    std::optional<LoadError> error;
    QByteArray bytes; // what fromBytes() read (empty for files on disk): to read it again in another language

    static OpenedFile fromPath(const QString &path, const ValidationOptions &options);
    static OpenedFile fromBytes(const QByteArray &bytes, const QString &displayName,
                                const ValidationOptions &options);
};

} // namespace ctlv
