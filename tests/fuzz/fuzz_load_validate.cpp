// libFuzzer target: the whole path of a file the user opens: DocumentLoader::loadBytes (content
// detection, CAB extraction, PEM/base64, parsing) and Validator::validate on every list it yields
// (signatures, chain building with the bundled Microsoft roots only, EKU authorisation, times).
#include "DocumentLoader.h"
#include "Validation.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz-input");
    auto loaded = ctlv::DocumentLoader::loadBytes(bytes, name);
    if (!loaded) {
        if (loaded.error().message.isEmpty() || loaded.error().file != name)
            __builtin_trap();
        return 0;
    }
    ctlv::ValidationOptions options;
    options.useSystemStore = false; // deterministic: the machine's store does not matter
    options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
    for (const ctlv::CtlDocument &document : loaded.value()) {
        const ctlv::ValidationReport report = ctlv::Validator::validate(document, options);
        if (report.signers.size() != document.signers.size())
            __builtin_trap();
        for (const ctlv::SignerInfoData &signer : document.signers)
            (void)ctlv::findSignerCertificate(document, signer);
    }
    return 0;
}
