#include "OpenedFile.h"

#include "DocumentLoader.h"

#include <QFileInfo>

namespace ctlv {

namespace {
OpenedFile fromLoaded(Expected<std::vector<CtlDocument>> loaded, OpenedFile file,
                      const ValidationOptions &options) {
    if (!loaded) {
        file.error = loaded.error();
        return file;
    }
    for (CtlDocument &document : loaded.value()) {
        auto shared = std::make_shared<const CtlDocument>(std::move(document));
        file.reports.push_back(
            std::make_shared<const ValidationReport>(Validator::validate(*shared, options)));
        file.documents.push_back(std::move(shared));
    }
    return file;
}
} // namespace

OpenedFile OpenedFile::fromPath(const QString &path, const ValidationOptions &options) {
    OpenedFile file;
    file.path = QFileInfo(path).absoluteFilePath();
    file.displayName = QFileInfo(path).fileName();
    return fromLoaded(DocumentLoader::loadFile(path), std::move(file), options);
}

OpenedFile OpenedFile::fromBytes(const QByteArray &bytes, const QString &displayName,
                                 const ValidationOptions &options) {
    OpenedFile file;
    file.displayName = displayName;
    file.bytes = bytes;
    return fromLoaded(DocumentLoader::loadBytes(bytes, displayName), std::move(file), options);
}

} // namespace ctlv
