// The core's boundary with the file system and the terminal: bounded reads of regular files only,
// atomic exports that never replace their input or a special file, file-name encoding and escaping.
#include "FileAccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ctlv {

namespace {
// lupdate files these strings under the same contexts that tr() uses at run time. Reading keeps the
// DocumentLoader context, where these messages were first translated.
struct ReadText {
    Q_DECLARE_TR_FUNCTIONS(ctlv::DocumentLoader)
};
struct WriteText {
    Q_DECLARE_TR_FUNCTIONS(ctlv::ExportTarget)
};

const QString standardStreamName = QStringLiteral("-");

LoadError makeError(LoadError::Code code, const QString &file, const QString &message) {
    LoadError error;
    error.code = code;
    error.file = file;
    error.message = message;
    return error;
}

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// What an input that is not a regular file is, and why it is not read.
QString notAFileReason(mode_t mode) {
    if (S_ISDIR(mode))
        return ReadText::tr("this is a folder, not a file");
    if (S_ISFIFO(mode))
        return ReadText::tr(
            "this is a named pipe (FIFO), not a file; it was not opened, since reading it could "
            "wait forever (give - to read standard input)");
    if (S_ISSOCK(mode))
        return ReadText::tr("this is a socket, not a file; it was not opened");
    if (S_ISCHR(mode))
        return ReadText::tr("this is a character device, not a file; it was not read, since a device such as "
                            "/dev/zero never ends");
    if (S_ISBLK(mode))
        return ReadText::tr("this is a block device (a disk), not a file; it was not read");
    return ReadText::tr("this is not a regular file; it was not read");
}

// "a folder", "a named pipe (FIFO)", ...: what an export refuses to replace.
QString specialFileKind(mode_t mode) {
    if (S_ISDIR(mode))
        return WriteText::tr("a folder");
    if (S_ISFIFO(mode))
        return WriteText::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return WriteText::tr("a socket");
    if (S_ISCHR(mode))
        return WriteText::tr("a character device");
    if (S_ISBLK(mode))
        return WriteText::tr("a block device");
    return WriteText::tr("a special file");
}

// Reads from `fd` until end of file, at most limit + 1 bytes (one more than allowed tells "too long").
Expected<QByteArray> readBounded(int fd, const QString &name, qint64 limit, qint64 sizeHint) {
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::min(std::max<qint64>(sizeHint, 0), limit) + 1));
    constexpr qint64 chunk = 1 << 20;
    while (bytes.size() <= limit) {
        const qsizetype before = bytes.size();
        const qint64 wanted = std::min<qint64>(chunk, limit + 1 - before);
        bytes.resize(before + static_cast<qsizetype>(wanted));
        const ssize_t got = ::read(fd, bytes.data() + before, static_cast<size_t>(wanted));
        if (got < 0) {
            const int error = errno;
            bytes.resize(before);
            if (error == EINTR)
                continue;
            return makeError(LoadError::Code::Unreadable, name,
                             ReadText::tr("cannot read the file: %1").arg(systemError(error)));
        }
        bytes.resize(before + static_cast<qsizetype>(got));
        if (got == 0)
            return bytes;
    }
    return makeError(LoadError::Code::TooLarge, name,
                     ReadText::tr("the input is longer than the limit of %1 bytes").arg(limit));
}

struct FileCloser {
    int fd;
    ~FileCloser() { ::close(fd); }
};

// The file's type and identity, following symbolic links; nullopt (errno set) when it cannot be had.
std::optional<struct stat> statOf(const QString &path) {
    struct stat info {};
    const int result = isStandardStream(path) ? ::fstat(STDIN_FILENO, &info)
                                              : ::stat(encodeFileName(path).constData(), &info);
    if (result != 0)
        return std::nullopt;
    return info;
}

} // namespace

bool isStandardStream(const QString &path) {
    return path == standardStreamName;
}

QString displayFileName(const QString &path) {
    return isStandardStream(path) ? ReadText::tr("(standard input)") : path;
}

QString decodeFileName(const QByteArray &name) {
    QString text;
    text.reserve(name.size());
    const auto *bytes = reinterpret_cast<const unsigned char *>(name.constData());
    const qsizetype size = name.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            text.append(QChar(static_cast<char16_t>(lead)));
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t smallest = 0; // below it the encoding is overlong, hence invalid
        if ((lead & 0xe0) == 0xc0) {
            length = 2, codePoint = lead & 0x1f, smallest = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3, codePoint = lead & 0x0f, smallest = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4, codePoint = lead & 0x07, smallest = 0x10000;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            valid = (bytes[i + k] & 0xc0) == 0x80;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3f);
        }
        valid = valid && codePoint >= smallest && codePoint <= 0x10ffff &&
                !(codePoint >= 0xd800 && codePoint <= 0xdfff);
        if (!valid) {
            text.append(QChar(static_cast<char16_t>(0xdc00 + lead))); // the byte, kept
            ++i;
            continue;
        }
        if (QChar::requiresSurrogates(codePoint)) {
            text.append(QChar(QChar::highSurrogate(codePoint)));
            text.append(QChar(QChar::lowSurrogate(codePoint)));
        } else {
            text.append(QChar(static_cast<char16_t>(codePoint)));
        }
        i += length;
    }
    return text;
}

QByteArray encodeFileName(const QString &name) {
    QByteArray bytes;
    bytes.reserve(name.size());
    const qsizetype size = name.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = name[i].unicode();
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(name[i + 1].unicode())) {
            codePoint = QChar::surrogateToUcs4(unit, name[++i].unicode());
        } else if (unit >= 0xdc80 && unit <= 0xdcff) {
            bytes.append(static_cast<char>(unit - 0xdc00)); // a byte decodeFileName kept
            continue;
        } else if (QChar::isSurrogate(unit)) {
            codePoint = 0xfffd;
        }
        if (codePoint < 0x80) {
            bytes.append(static_cast<char>(codePoint));
        } else if (codePoint < 0x800) {
            bytes.append(static_cast<char>(0xc0 | (codePoint >> 6)));
            bytes.append(static_cast<char>(0x80 | (codePoint & 0x3f)));
        } else if (codePoint < 0x10000) {
            bytes.append(static_cast<char>(0xe0 | (codePoint >> 12)));
            bytes.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f)));
            bytes.append(static_cast<char>(0x80 | (codePoint & 0x3f)));
        } else {
            bytes.append(static_cast<char>(0xf0 | (codePoint >> 18)));
            bytes.append(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3f)));
            bytes.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f)));
            bytes.append(static_cast<char>(0x80 | (codePoint & 0x3f)));
        }
    }
    return bytes;
}

Expected<QByteArray> readInputFile(const QString &path, qint64 limit) {
    const QString name = displayFileName(path);
    if (isStandardStream(path)) {
        // Standard input is whatever the caller connected: a pipe or a terminal is read as it comes.
        struct stat info {};
        if (::fstat(STDIN_FILENO, &info) != 0)
            return makeError(LoadError::Code::Unreadable, name,
                             ReadText::tr("cannot open the file: %1").arg(systemError(errno)));
        if (S_ISDIR(info.st_mode))
            return makeError(LoadError::Code::NotAFile, name, notAFileReason(info.st_mode));
        return readBounded(STDIN_FILENO, name, limit, S_ISREG(info.st_mode) ? info.st_size : 0);
    }
    const QByteArray native = encodeFileName(path);
    // The type is checked before opening: open() on a FIFO waits for a writer.
    struct stat info {};
    if (::stat(native.constData(), &info) != 0)
        return makeError(LoadError::Code::Unreadable, name,
                         ReadText::tr("cannot open the file: %1").arg(systemError(errno)));
    if (!S_ISREG(info.st_mode))
        return makeError(LoadError::Code::NotAFile, name, notAFileReason(info.st_mode));
    if (info.st_size > limit)
        return makeError(LoadError::Code::TooLarge, name,
                         ReadText::tr("the file has %1 bytes, more than the limit of %2 bytes")
                             .arg(QString::number(info.st_size), QString::number(limit)));
    // O_NONBLOCK: should the file be swapped for a FIFO since stat(), open() still returns at once, and
    // the second check refuses it.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return makeError(LoadError::Code::Unreadable, name,
                         ReadText::tr("cannot open the file: %1").arg(systemError(errno)));
    const FileCloser closer{fd};
    if (::fstat(fd, &info) != 0)
        return makeError(LoadError::Code::Unreadable, name,
                         ReadText::tr("cannot read the file: %1").arg(systemError(errno)));
    if (!S_ISREG(info.st_mode))
        return makeError(LoadError::Code::NotAFile, name, notAFileReason(info.st_mode));
    return readBounded(fd, name, limit, info.st_size);
}

QString escapeForTerminal(QStringView text) {
    const auto needsEscape = [](char16_t unit) {
        return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit == 0x200e || unit == 0x200f ||
               (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069) ||
               QChar::isSurrogate(unit);
    };
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text.toString(); // the common case: nothing to escape
    QString escaped = text.left(first).toString();
    escaped.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            escaped.append(text[i]);
            escaped.append(text[++i]); // a character outside the BMP, kept
            continue;
        }
        if (!needsEscape(unit)) {
            escaped.append(text[i]);
            continue;
        }
        switch (unit) {
        case u'\n':
            escaped.append(QLatin1String("\\n"));
            break;
        case u'\r':
            escaped.append(QLatin1String("\\r"));
            break;
        case u'\t':
            escaped.append(QLatin1String("\\t"));
            break;
        default:
            if (unit < 0x80)
                escaped.append(QStringLiteral("\\x%1").arg(unit, 2, 16, QLatin1Char('0')));
            else if (unit >= 0xdc80 && unit <= 0xdcff)
                escaped.append(QStringLiteral("\\x%1").arg(unit - 0xdc00, 2, 16, QLatin1Char('0')));
            else
                escaped.append(QStringLiteral("\\u%1").arg(unit, 4, 16, QLatin1Char('0')));
        }
    }
    return escaped;
}

namespace {

// An export to a file: written to a temporary file beside it, renamed over it on commit().
class AtomicFileTarget final : public ExportTarget {
public:
    AtomicFileTarget(const QString &path, const QString &writtenPath)
        : ExportTarget(path), m_file(writtenPath) {
        m_file.setDirectWriteFallback(false); // never write in place: all or nothing
    }
    bool open() { return m_file.open(QIODevice::WriteOnly); }
    QString errorString() const { return m_file.errorString(); }
    QIODevice &device() override { return m_file; }
    Expected<void> commit() override {
        if (m_file.commit())
            return {};
        return makeError(LoadError::Code::Unwritable, name(),
                         WriteText::tr("cannot write the file: %1").arg(m_file.errorString()));
    }
    void cancel() override { m_file.cancelWriting(); }

private:
    QSaveFile m_file;
};

// An export to standard output ("-"): streamed, so a failure may leave part of it written.
class StreamTarget final : public ExportTarget {
public:
    explicit StreamTarget(QIODevice *device)
        : ExportTarget(WriteText::tr("(standard output)")), m_device(device) {
        if (!m_device) {
            m_own.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
            m_device = &m_own;
        }
    }
    QIODevice &device() override { return *m_device; }
    Expected<void> commit() override {
        if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush())
            return makeError(LoadError::Code::Unwritable, name(),
                             WriteText::tr("cannot write the file: %1").arg(file->errorString()));
        return {};
    }
    void cancel() override {}

private:
    QFile m_own;
    QIODevice *m_device = nullptr;
};

} // namespace

ExportTarget::~ExportTarget() = default;

Expected<void> ExportTarget::check(const QString &path, const QStringList &inputs) {
    if (isStandardStream(path))
        return {};
    const QByteArray native = encodeFileName(path);
    // QSaveFile takes the name as a QString and encodes it as UTF-8: a name with bytes that are not
    // UTF-8 would be written under another name.
    if (QFile::encodeName(path) != native)
        return makeError(LoadError::Code::Unwritable, path,
                         WriteText::tr("the name is not valid UTF-8; an export is written only under a UTF-8 "
                                       "name"));
    struct stat link {};
    if (::lstat(native.constData(), &link) != 0) {
        if (errno == ENOENT)
            return {}; // a new file (a missing folder is reported when it is opened)
        return makeError(LoadError::Code::Unwritable, path,
                         WriteText::tr("cannot write the file: %1").arg(systemError(errno)));
    }
    struct stat target = link;
    const bool symbolic = S_ISLNK(link.st_mode);
    if (symbolic && ::stat(native.constData(), &target) != 0)
        return makeError(LoadError::Code::NotAFile, path,
                         WriteText::tr("this is a symbolic link to a file that does not exist; an export "
                                       "writes through a link only to an existing regular file"));
    if (!S_ISREG(target.st_mode))
        return makeError(LoadError::Code::NotAFile, path,
                         symbolic
                             ? WriteText::tr("this is a symbolic link to %1, not to a regular file; an "
                                             "export never replaces it")
                                   .arg(specialFileKind(target.st_mode))
                             : WriteText::tr("this is %1, not a regular file; an export never replaces it")
                                   .arg(specialFileKind(target.st_mode)));
    for (const QString &input : inputs) {
        if (input.isEmpty())
            continue;
        const auto source = statOf(input);
        if (source && source->st_dev == target.st_dev && source->st_ino == target.st_ino)
            return makeError(LoadError::Code::OutputIsInput, path,
                             WriteText::tr("this is the input %1 (the same file); an export never replaces "
                                           "the list it is made from")
                                 .arg(displayFileName(input)));
    }
    return {};
}

Expected<std::unique_ptr<ExportTarget>> ExportTarget::open(const QString &path, const QStringList &inputs,
                                                           QIODevice *standardOutput) {
    if (const auto checked = check(path, inputs); !checked)
        return checked.error();
    if (isStandardStream(path))
        return std::unique_ptr<ExportTarget>(new StreamTarget(standardOutput));
    // Through a symbolic link, the link's final target is replaced and the link kept (check() made sure
    // it is an existing regular file).
    QString written = path;
    const QByteArray native = encodeFileName(path);
    struct stat link {};
    if (::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        char resolved[PATH_MAX];
        if (!::realpath(native.constData(), resolved))
            return makeError(LoadError::Code::Unwritable, path,
                             WriteText::tr("cannot write the file: %1").arg(systemError(errno)));
        written = decodeFileName(QByteArray(resolved));
    }
    auto target = std::make_unique<AtomicFileTarget>(path, written);
    if (!target->open())
        return makeError(LoadError::Code::Unwritable, path,
                         WriteText::tr("cannot write the file: %1").arg(target->errorString()));
    return std::unique_ptr<ExportTarget>(std::move(target));
}

} // namespace ctlv
