// libFuzzer target: the whole path of a file the user opens, through openAndValidate (the step the
// viewer and ctltool share): DocumentLoader::loadBytes (content detection, CAB extraction, PEM/base64,
// parsing) and Validator::validate on every list it yields (signatures, chain building with the
// bundled Microsoft roots only, EKU authorisation, times).
#include "OpenedFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz-input");
    ctlv::ValidationOptions options;
    options.useSystemStore = false; // deterministic: the machine's store does not matter
    options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
    const ctlv::OpenedFile file = ctlv::openAndValidate(ctlv::OpenSource{{}, bytes, name}, options);
    if (file.error) {
        if (file.error->message.isEmpty() || file.error->file != name || !file.documents.empty())
            __builtin_trap();
        return 0;
    }
    if (file.reports.size() != file.documents.size())
        __builtin_trap();
    for (std::size_t i = 0; i < file.documents.size(); ++i) {
        const ctlv::CtlDocument &document = *file.documents[i];
        if (file.reports[i]->signers.size() != document.signers.size())
            __builtin_trap();
        for (const ctlv::SignerInfoData &signer : document.signers)
            (void)ctlv::findSignerCertificate(document, signer);
    }
    return 0;
}
