// The one load-and-validate step shared by the viewer and ctltool (OpenedFile.h).
#include "OpenedFile.h"

#include "DocumentLoader.h"
#include "FileAccess.h"
#include "ReadLimits.h"

#include <QFileInfo>

namespace ctlv {

namespace {

// What one input held: lists, and a certificate source when it was one.
struct InputContents {
    std::vector<CtlDocument> documents;
    std::optional<CertificateSourceData> certificates;
};

// Load errors after which the bytes may still be a certificate source.
bool mayBeCertificateSource(LoadError::Code code) {
    using Code = LoadError::Code;
    return code == Code::SerializedStore || code == Code::Certificate || code == Code::PemNotCtl ||
           code == Code::NotSignedData || code == Code::NotACtl || code == Code::TextFile ||
           code == Code::Unrecognised;
}

// Lists first; what holds no list may be a certificate source (a store, a bundle, a registry export).
Expected<InputContents> readInput(const OpenSource &source) {
    InputContents contents;
    const bool fromFile = !source.path.isEmpty();
    if (fromFile && !isStandardStream(source.path) && QFileInfo(source.path).isDir()) {
        auto folder = CertificateSources::read(source.path, source.certificateOptions);
        if (!folder)
            return folder.error();
        contents.certificates = std::move(folder.value());
        return contents;
    }
    const QString name = fromFile ? displayFileName(source.path) : source.displayName;
    QByteArray bytes = source.bytes;
    if (fromFile) {
        auto read = readInputFile(source.path, ReadLimits{}.maxInputSize);
        if (!read)
            return read.error();
        bytes = std::move(read.value());
    }
    auto loaded = DocumentLoader::loadBytes(bytes, name);
    if (loaded) {
        contents.documents = std::move(loaded.value());
        return contents;
    }
    if (!mayBeCertificateSource(loaded.error().code))
        return loaded.error();
    auto certificates = CertificateSources::readBytes(bytes, name, source.certificateOptions);
    if (!certificates) {
        // What the list reader said, unless the bytes are no list at all and the certificate reader knew
        // what they are (a damaged .sst, .reg or certificate PEM): a damaged PEM or PKCS #7 list keeps the
        // list reader's message and offset.
        using Code = LoadError::Code;
        const Code listCode = loaded.error().code;
        const bool noList = listCode == Code::SerializedStore || listCode == Code::Certificate ||
                            listCode == Code::PemNotCtl || listCode == Code::TextFile ||
                            listCode == Code::Unrecognised;
        return noList && certificates.error().code != Code::Unrecognised ? certificates.error()
                                                                         : loaded.error();
    }
    for (const RegistryList &list : certificates.value().lists) {
        const QString member = list.key + QLatin1Char('\\') + list.valueName;
        auto documents = DocumentLoader::loadBytes(list.der, name);
        if (!documents) {
            LoadError error = documents.error();
            error.member = member;
            return error;
        }
        for (CtlDocument &document : documents.value()) {
            document.member = member;
            contents.documents.push_back(std::move(document));
        }
    }
    contents.certificates = std::move(certificates.value());
    return contents;
}

} // namespace

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
    Expected<InputContents> loaded = readInput(source);
    if (stopped())
        return std::nullopt;
    if (!loaded) {
        file.error = loaded.error();
        return file;
    }
    file.certificates = std::move(loaded.value().certificates);
    if (validation && progress.verifying && !loaded.value().documents.empty())
        progress.verifying();
    for (CtlDocument &document : loaded.value().documents) {
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
