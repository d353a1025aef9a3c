// Streams a file through SHA-1 and SHA-256 at once: the ranges of the Authenticode image hash for a PE
// image (PeImage), every byte otherwise. Reads with pread in 1 MiB chunks, so memory stays flat whatever
// the file's size.
#include "FileHash.h"

#include "FileAccess.h"
#include "OsslPtr.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ctlv::pe {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::FileHash)
};

constexpr qint64 ChunkSize = 1024 * 1024;
constexpr qint64 TextProbeSize = 8192;

// SHA-1 and SHA-256 fed together.
class DualHasher {
public:
    DualHasher() : m_sha1(EVP_MD_CTX_new()), m_sha256(EVP_MD_CTX_new()) {
        EVP_DigestInit_ex(m_sha1.get(), EVP_sha1(), nullptr);
        EVP_DigestInit_ex(m_sha256.get(), EVP_sha256(), nullptr);
    }
    void update(const char *data, qint64 size) {
        EVP_DigestUpdate(m_sha1.get(), data, static_cast<size_t>(size));
        EVP_DigestUpdate(m_sha256.get(), data, static_cast<size_t>(size));
    }
    void finish(FileDigests &digests) {
        digests.sha1 = final(m_sha1.get());
        digests.sha256 = final(m_sha256.get());
    }

private:
    static QByteArray final(EVP_MD_CTX *context) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
    }
    ossl::EvpMdCtxPtr m_sha1;
    ossl::EvpMdCtxPtr m_sha256;
};

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// A regular file opened for reading; what is not one is refused before it is opened (a FIFO would wait).
class FileSource : public ByteSource {
public:
    ~FileSource() override {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    static Expected<std::unique_ptr<FileSource>, FileHashError> open(const QString &path) {
        const QString name = displayFileName(path);
        const QByteArray native = encodeFileName(path);
        struct stat info {};
        if (::stat(native.constData(), &info) != 0)
            return FileHashError{FileHashError::Kind::Unreadable, name, -1,
                                 Text::tr("cannot open the file: %1").arg(systemError(errno))};
        if (!S_ISREG(info.st_mode))
            return FileHashError{FileHashError::Kind::NotAFile, name, -1, Text::tr("not a regular file")};
        auto source = std::unique_ptr<FileSource>(new FileSource);
        source->m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (source->m_fd < 0)
            return FileHashError{FileHashError::Kind::Unreadable, name, -1,
                                 Text::tr("cannot open the file: %1").arg(systemError(errno))};
        if (::fstat(source->m_fd, &info) != 0 || !S_ISREG(info.st_mode))
            return FileHashError{FileHashError::Kind::NotAFile, name, -1, Text::tr("not a regular file")};
        source->m_size = info.st_size;
        return source;
    }
    qint64 size() const override { return m_size; }
    qint64 readAt(qint64 offset, char *buffer, qint64 length) override {
        qint64 done = 0;
        while (done < length) {
            const ssize_t count =
                ::pread(m_fd, buffer + done, static_cast<size_t>(length - done), offset + done);
            if (count < 0 && errno == EINTR)
                continue;
            if (count < 0)
                return -1;
            if (count == 0)
                break;
            done += count;
        }
        return done;
    }

private:
    FileSource() = default;
    int m_fd = -1;
    qint64 m_size = 0;
};

FileHashError readFailure(const QString &name, qint64 offset) {
    return {FileHashError::Kind::Unreadable, name, offset,
            Text::tr("cannot read %1 bytes at offset %2 (the file may have changed while it was read)")
                .arg(ChunkSize)
                .arg(offset)};
}

// Feeds `range` of `source` to `hasher` chunk by chunk.
Expected<void, FileHashError> hashRange(ByteSource &source, const FileRange &range, QByteArray &buffer,
                                        DualHasher &hasher, const QString &name) {
    for (qint64 at = range.offset; at < range.end();) {
        const qint64 length = std::min(ChunkSize, range.end() - at);
        if (source.readAt(at, buffer.data(), length) != length)
            return readFailure(name, at);
        hasher.update(buffer.constData(), length);
        at += length;
    }
    return {};
}

} // namespace

QString hashKindKey(HashKind kind) {
    return kind == HashKind::Pe ? QStringLiteral("pe") : QStringLiteral("flat");
}

QString FileHashError::kindKey() const {
    switch (kind) {
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::NotAFile:
        return QStringLiteral("not-a-file");
    case Kind::MalformedPe:
        return QStringLiteral("malformed-pe");
    }
    return QStringLiteral("unreadable");
}

QString FileHashError::toString() const {
    return file + QStringLiteral(": ") + message;
}

qint64 MemorySource::readAt(qint64 offset, char *buffer, qint64 length) {
    if (offset < 0 || offset >= m_bytes.size())
        return 0;
    const qint64 count = std::min(length, m_bytes.size() - offset);
    std::memcpy(buffer, m_bytes.constData() + offset, static_cast<size_t>(count));
    return count;
}

Expected<FileDigests, FileHashError> hashSource(ByteSource &source, const QString &name) {
    const qint64 size = source.size();
    const ReadAt read = [&source](qint64 offset, qint64 length) {
        QByteArray bytes(length, Qt::Uninitialized);
        const qint64 count = source.readAt(offset, bytes.data(), length);
        bytes.resize(std::max<qint64>(count, 0));
        return bytes;
    };
    auto layout = readLayout(read, size);
    if (!layout)
        return FileHashError{FileHashError::Kind::MalformedPe, name, layout.error().offset,
                             Text::tr("not a valid PE image: %1").arg(layout.error().message)};
    FileDigests digests;
    digests.size = size;
    std::vector<FileRange> ranges{{0, size}};
    if (layout.value()) {
        digests.kind = HashKind::Pe;
        ranges = layout.value()->hashedRanges();
    } else {
        const QByteArray head = read(0, std::min(size, TextProbeSize));
        digests.text = !head.contains('\0');
    }
    DualHasher hasher;
    QByteArray buffer(std::min(ChunkSize, std::max<qint64>(size, 1)), Qt::Uninitialized);
    for (const FileRange &range : ranges)
        CTLV_RETURN_IF_ERROR(hashRange(source, range, buffer, hasher, name));
    hasher.finish(digests);
    return digests;
}

Expected<FileDigests, FileHashError> hashFile(const QString &path) {
    CTLV_ASSIGN_OR_RETURN(auto source, FileSource::open(path));
    return hashSource(*source, displayFileName(path));
}

Expected<QByteArray, FileHashError> readWholeFile(const QString &path, qint64 limit) {
    CTLV_ASSIGN_OR_RETURN(auto source, FileSource::open(path));
    if (source->size() > limit)
        return FileHashError{FileHashError::Kind::Unreadable, displayFileName(path), -1,
                             Text::tr("the file has %1 bytes, more than the limit of %2 bytes")
                                 .arg(source->size())
                                 .arg(limit)};
    QByteArray bytes(source->size(), Qt::Uninitialized);
    if (source->readAt(0, bytes.data(), bytes.size()) != bytes.size())
        return readFailure(displayFileName(path), 0);
    return bytes;
}

Expected<std::optional<FileDigests>, FileHashError> hashCrlfVariant(const QString &path) {
    const QString name = displayFileName(path);
    CTLV_ASSIGN_OR_RETURN(auto source, FileSource::open(path));
    DualHasher hasher;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    QByteArray converted;
    bool previousCr = false;
    bool bareLf = false;
    for (qint64 at = 0; at < source->size();) {
        const qint64 length = std::min(ChunkSize, source->size() - at);
        if (source->readAt(at, buffer.data(), length) != length)
            return readFailure(name, at);
        converted.clear();
        for (qint64 index = 0; index < length; ++index) {
            const char byte = buffer[index];
            if (byte == '\n' && !previousCr) {
                converted.append('\r');
                bareLf = true;
            }
            converted.append(byte);
            previousCr = byte == '\r';
        }
        hasher.update(converted.constData(), converted.size());
        at += length;
    }
    if (!bareLf)
        return std::optional<FileDigests>{};
    FileDigests digests;
    digests.text = true;
    hasher.finish(digests);
    digests.size = -1;
    return std::optional<FileDigests>{std::move(digests)};
}

} // namespace ctlv::pe
