// libFuzzer target: content detection and in-memory CAB extraction, exactly as an opened file goes
// through them (ContainerReader::unwrap with the default ReadLimits), plus the content sniffers.
#include "ContainerReader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    // A copy in its own allocation, so that reading past the input is caught by AddressSanitizer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz-input");
    auto payloads = ctlv::ContainerReader::unwrap(bytes, name);
    if (payloads) {
        for (const ctlv::Payload &payload : payloads.value()) {
            (void)ctlv::ContainerReader::looksLikeCtl(payload.der);
            (void)payload.member.size();
        }
    } else {
        // Every refusal carries a message and names the input.
        if (payloads.error().message.isEmpty() || payloads.error().file != name)
            __builtin_trap();
    }
    (void)ctlv::ContainerReader::looksLikeCtl(bytes);
    (void)ctlv::ContainerReader::binaryStlTriangles(bytes);
    return 0;
}
