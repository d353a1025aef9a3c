#pragma once
// The core's boundary with the file system and the terminal. Every file the program reads goes through
// readInputFile (bounded whatever the file type, and what is not a regular file is refused before it is
// opened); every export goes through ExportTarget (never replaces its input or a special file). "-" is
// standard input or output. File names travel as the system encodes them, and text from a file is
// escaped before it reaches a terminal.

#include "LoadError.h"

#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace ctlv {

// "-" on a command line: standard input (reading) or standard output (exports).
bool isStandardStream(const QString &path);
// How messages and reports name a file: "(standard input)" for "-", otherwise the path as given.
QString displayFileName(const QString &path);

// File names are bytes on Unix. Names that are not valid UTF-8 are decoded with each invalid byte as a
// lone surrogate U+DC80..U+DCFF (as Python's "surrogateescape" does), so that encodeFileName gives the
// very same bytes back and the file can be opened; escapeForTerminal shows such a byte as \xNN.
QString decodeFileName(const QByteArray &name);
QByteArray encodeFileName(const QString &name);

// Reads the whole file at `path` ("-": standard input), at most `limit` bytes. Refuses, before opening
// it, what is not a regular file (a folder, a named pipe, a socket, a device): opening a FIFO waits for
// a writer, and a device never ends. Reads at most limit + 1 bytes whatever the file is (it may grow
// while it is read, a /proc file says it is empty). Errors name the file as displayFileName does.
Expected<QByteArray> readInputFile(const QString &path, qint64 limit);

// Text from a file made safe for a terminal, on one line: C0 controls (tab and line breaks included),
// DEL and C1 controls become \xNN or \uNNNN, the invisible direction marks and overrides that can reorder
// what a terminal shows (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) become \uNNNN, an undecodable
// byte of a file name (see decodeFileName) becomes \xNN. Everything else is kept as is.
QString escapeForTerminal(QStringView text);

// The destination of an export. open() refuses (exit code 2 for ctltool):
//  - the input itself, by device and inode, so also through a symbolic or hard link ("-" in `inputs`
//    stands for standard input when it is a file);
//  - anything that exists and is not a regular file (folder, device, FIFO, socket), also through a
//    symbolic link;
//  - a symbolic link whose target does not exist.
// A symbolic link to a regular file that is not the input is written through: its target is replaced
// atomically and the link stays. Regular files are written atomically (QSaveFile: a temporary file beside
// the target, renamed over it on commit()); "-" writes to standard output, which cannot be atomic.
class ExportTarget {
public:
    // `standardOutput` receives a "-" export; nullptr: the process's standard output.
    static Expected<std::unique_ptr<ExportTarget>> open(const QString &path, const QStringList &inputs = {},
                                                        QIODevice *standardOutput = nullptr);
    // Only the checks of open(), without opening anything.
    static Expected<void> check(const QString &path, const QStringList &inputs = {});

    virtual ~ExportTarget();
    virtual QIODevice &device() = 0;
    // Makes the written bytes the file's content; on failure the target is unchanged.
    virtual Expected<void> commit() = 0;
    // Drops what was written (an atomic target stays as it was).
    virtual void cancel() = 0;
    // How messages name the target: its path, or "(standard output)".
    const QString &name() const { return m_name; }

protected:
    explicit ExportTarget(const QString &name) : m_name(name) {}

private:
    QString m_name;
};

// Writes an export through an ExportTarget: `write(QIODevice &)` gives an Expected; on failure the target is
// cancelled (nothing half-written is left), on success committed.
template <typename Write>
auto writeExport(const QString &path, const QStringList &inputs, Write &&write)
    -> decltype(write(std::declval<QIODevice &>())) {
    auto target = ExportTarget::open(path, inputs);
    if (!target)
        return target.error();
    auto written = write(target.value()->device());
    if (!written) {
        target.value()->cancel();
        return written;
    }
    if (const auto committed = target.value()->commit(); !committed)
        return committed.error();
    return written;
}

} // namespace ctlv
