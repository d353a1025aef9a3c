#pragma once
// The hashes a security catalog lists for a file: the Authenticode image hash of a PE file, the hash of
// every byte of anything else; SHA-1 and SHA-256 in one streaming pass (files are read in chunks, never
// whole), so a catalog of either generation can be matched.

#include "PeImage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ctlv::pe {

enum class HashKind { Pe, Flat };
QString hashKindKey(HashKind kind); // "pe", "flat"

struct FileDigests {
    HashKind kind = HashKind::Flat;
    QByteArray sha1;
    QByteArray sha256;
    qint64 size = 0;
    // A flat file without a NUL byte in its first 8 KiB: its line ends may have been rewritten (git).
    bool text = false;
};

struct FileHashError {
    enum class Kind {
        Unreadable, // cannot be opened or read
        NotAFile,   // a folder, FIFO, socket or device: refused before it is opened
        MalformedPe // a PE image whose headers cannot be laid out (PeError)
    };
    Kind kind = Kind::Unreadable;
    QString file;            // as displayFileName names it
    qint64 offset = -1;      // byte offset of the problem in the file
    QString message;         // without the file name
    QString kindKey() const; // "unreadable", "not-a-file", "malformed-pe"
    QString toString() const;
};

// Reads `size` bytes at `offset` of an open file or buffer; what the hashers stream from.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual qint64 size() const = 0;
    // Fills `buffer` with up to `length` bytes at `offset`; the count read, -1 on a read error.
    virtual qint64 readAt(qint64 offset, char *buffer, qint64 length) = 0;
};

// Bytes in memory (tests, the fuzz target).
class MemorySource : public ByteSource {
public:
    explicit MemorySource(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    qint64 size() const override { return m_bytes.size(); }
    qint64 readAt(qint64 offset, char *buffer, qint64 length) override;

private:
    QByteArray m_bytes;
};

// The digests of `source`, named `name` in errors: PE layout when it is one, flat otherwise.
Expected<FileDigests, FileHashError> hashSource(ByteSource &source, const QString &name);
// The same for a regular file ("-" is not accepted: a catalog names files).
Expected<FileDigests, FileHashError> hashFile(const QString &path);
// The whole file, when it has at most `limit` bytes: one read of its size (readInputFile reads in 1 MiB
// steps, which costs a megabyte of page faults for each of ten thousand small catalogs).
Expected<QByteArray, FileHashError> readWholeFile(const QString &path, qint64 limit);
// The flat digests the file would have with CRLF line ends (each LF not preceded by CR made CRLF): what
// the file was before git normalised it. nullopt when the file has no bare LF.
Expected<std::optional<FileDigests>, FileHashError> hashCrlfVariant(const QString &path);

} // namespace ctlv::pe
