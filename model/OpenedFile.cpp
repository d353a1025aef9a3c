// The one load-and-validate step shared by the viewer and ctltool (OpenedFile.h).
#include "OpenedFile.h"

#include "DocumentLoader.h"

#include <QFileInfo>

namespace ctlv {

OpenedFile OpenedFile::unread(const OpenSource &source) {
    OpenedFile file;
    file.bytes = source.bytes;
    if (source.path.isEmpty()) {
        file.displayName = source.displayName;
    } else {
        const QFileInfo info(source.path);
        file.path = info.absoluteFilePath();
        file.displayName = info.fileName();
    }
    return file;
}

OpenedFile openAndValidate(const OpenSource &source, const std::optional<ValidationOptions> &validation) {
    return *openAndValidate(source, validation, OpenProgress{}); // nothing can stop it: always a file
}

std::optional<OpenedFile> openAndValidate(const OpenSource &source,
                                          const std::optional<ValidationOptions> &validation,
                                          const OpenProgress &progress) {
    const auto stopped = [&progress] { return progress.cancelled && progress.cancelled(); };
    OpenedFile file = OpenedFile::unread(source);
    Expected<std::vector<CtlDocument>> loaded =
        source.path.isEmpty() ? DocumentLoader::loadBytes(source.bytes, source.displayName)
                              : DocumentLoader::loadFile(source.path);
    if (stopped())
        return std::nullopt;
    if (!loaded) {
        file.error = loaded.error();
        return file;
    }
    if (validation && progress.verifying)
        progress.verifying();
    for (CtlDocument &document : loaded.value()) {
        if (stopped())
            return std::nullopt;
        auto kept = std::make_shared<const CtlDocument>(std::move(document));
        if (validation)
            file.reports.push_back(
                std::make_shared<const ValidationReport>(Validator::validate(*kept, *validation)));
        file.documents.push_back(std::move(kept));
    }
    return file;
}

} // namespace ctlv
