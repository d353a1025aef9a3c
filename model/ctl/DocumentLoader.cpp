// Reads a file or bytes into its CTL documents: containers unwrapped, each payload recognised and
// parsed, and every refusal turned into a LoadError that names the file.
#include "DocumentLoader.h"

#include "ContainerReader.h"
#include "CtlParser.h"
#include "FileAccess.h"
#include "OsslPtr.h"

#include <QCoreApplication>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::DocumentLoader)
};

} // namespace

Expected<std::vector<CtlDocument>> DocumentLoader::loadFile(const QString &path, const ReadLimits &limits) {
    auto bytes = readInputFile(path, limits.maxInputSize);
    if (!bytes)
        return bytes.error();
    return loadBytes(bytes.value(), displayFileName(path), limits);
}

Expected<std::vector<CtlDocument>> DocumentLoader::loadBytes(const QByteArray &bytes, const QString &fileName,
                                                             const ReadLimits &limits) {
    auto payloads = ContainerReader::unwrap(bytes, fileName, limits);
    if (!payloads)
        return payloads.error();
    const QByteArray fileSha256 = ossl::sha256(bytes);
    std::vector<CtlDocument> documents;
    for (Payload &payload : payloads.value()) {
        auto parsed = CtlParser::parse(payload.der, limits);
        if (!parsed) {
            LoadError error = parsed.error();
            error.file = fileName;
            error.member = payload.member;
            if (payload.container == ContainerKind::Der) {
                // Say what the bytes are when they are something people open by mistake.
                const qint64 triangles = ContainerReader::binaryStlTriangles(payload.der);
                if (triangles >= 0 && error.code != LoadError::Code::NotACtl) {
                    error.code = LoadError::Code::ThreeDModel;
                    error.offset = -1;
                    error.message =
                        Text::tr("this is a 3D model in binary STL format (%1 triangles), not a Certificate "
                                 "Trust List; Windows trust lists share the .stl extension with 3D models")
                            .arg(triangles);
                } else if (error.code == LoadError::Code::MalformedDer ||
                           error.code == LoadError::Code::Truncated) {
                    const CertificateInfo certificate =
                        describeCertificate(payload.der, CertificateSource::SignedDataBag);
                    if (certificate.parsed) {
                        error.code = LoadError::Code::Certificate;
                        error.offset = -1;
                        error.message =
                            Text::tr("this is an X.509 certificate (%1), not a Certificate Trust List")
                                .arg(certificate.subject);
                    }
                }
            }
            return error;
        }
        CtlDocument &document = parsed.value();
        document.fileName = fileName;
        document.container = payload.container;
        document.member = payload.member;
        document.otherMembers = payload.otherMembers;
        document.fileSize = bytes.size();
        document.fileSha256 = fileSha256;
        documents.push_back(std::move(document));
    }
    return documents;
}

} // namespace ctlv
