// libFuzzer target: the PE/COFF reader and the Authenticode image hash (model/pe) over arbitrary bytes,
// as verify-files runs them on every file it is given: an error must carry a message and an offset
// inside the input, a PE layout's ranges must lie inside the input.
#include "FileHash.h"
#include "PeImage.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    // A copy in its own allocation, so that reading past the input is caught by AddressSanitizer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ctlv::pe::ReadAt read = [&bytes](qint64 offset, qint64 length) {
        return bytes.mid(offset, length);
    };
    auto layout = ctlv::pe::readLayout(read, bytes.size());
    if (layout && layout.value()) {
        for (const ctlv::pe::FileRange &range : layout.value()->hashedRanges()) {
            if (range.offset < 0 || range.size <= 0 || range.end() > bytes.size())
                __builtin_trap();
        }
    }
    ctlv::pe::MemorySource source(bytes);
    auto digests = ctlv::pe::hashSource(source, QStringLiteral("fuzz-input"));
    if (digests) {
        if (digests.value().sha1.size() != 20 || digests.value().sha256.size() != 32)
            __builtin_trap();
    } else if (digests.error().message.isEmpty() || digests.error().offset < 0 ||
               digests.error().offset > bytes.size()) {
        __builtin_trap();
    }
    return 0;
}
