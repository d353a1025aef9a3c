#pragma once
// The PE/COFF layout the Authenticode image hash needs (where the checksum, the certificate-table entry,
// the headers, the sections and the certificate table lie), read from untrusted bytes: every field is
// bounded by the file's size, so a hostile image gives a typed error with its offset, never a crash.

#include "LoadError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ctlv::pe {

// Why an image could not be laid out: where (byte offset in the file) and what.
struct PeError {
    enum class Kind {
        Truncated, // a structure runs past the end of the file
        Malformed, // a field contradicts the format (overlapping sections, a misplaced certificate table)
    };
    Kind kind = Kind::Malformed;
    qint64 offset = -1;
    QString message;
};

// A span of the file.
struct FileRange {
    qint64 offset = 0;
    qint64 size = 0;
    qint64 end() const { return offset + size; }
};

struct PeLayout {
    qint64 fileSize = 0;
    bool pe32Plus = false;
    qint64 checksumOffset = 0;         // the 4-byte CheckSum field of the optional header
    qint64 certificateEntryOffset = 0; // the 8-byte certificate-table data directory entry
    qint64 sizeOfHeaders = 0;
    std::vector<FileRange> sections; // each section's raw data, sorted by file offset; empty ones left out
    FileRange certificateTable;      // size 0: the image carries none

    // What the Authenticode hash covers, in order: the headers without the checksum and the certificate
    // entry, the sections in file order, then whatever follows them except the certificate table.
    std::vector<FileRange> hashedRanges() const;
};

// Reads `length` bytes at `offset`; fewer (or none) at the end of the file.
using ReadAt = std::function<QByteArray(qint64 offset, qint64 length)>;

// The layout of the image, nullopt when the bytes are not a PE image (no "MZ" header, or no "PE\0\0"
// signature where it points): such a file is hashed flat, as Windows does. A PE signature followed by
// headers that cannot be read is an error.
Expected<std::optional<PeLayout>, PeError> readLayout(const ReadAt &read, qint64 fileSize);

} // namespace ctlv::pe
