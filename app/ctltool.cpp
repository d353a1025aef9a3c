// ctltool (and ctltool-export, the same program with the PDF report): the command-line face of CTL
// Viewer. All logic lives in the core (CtlTool.cpp).
#include "CtlTool.h"
#include "FileAccess.h"
#include "Language.h"

#include <QCoreApplication>
#include <QFile>
#ifdef CTLTOOL_HANDS_EXPORT_OVER
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#else
#include <QDir>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>
#endif

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

#ifdef CTLTOOL_HANDS_EXPORT_OVER
namespace {
// `export` needs fonts and the PDF writer (QtGui), which would cost every other command about 10 ms of
// start-up: it is done by ctltool-export, beside this executable, which takes over the process (same
// arguments, standard streams and exit code). Returns only when that cannot be started.
int handExportOver(char *argv[]) {
    const QByteArray self =
        QFileInfo(QString::fromLocal8Bit("/proc/self/exe")).canonicalFilePath().toLocal8Bit();
    const QByteArray helper =
        (self.isEmpty() ? QByteArray()
                        : QFileInfo(QString::fromLocal8Bit(self)).absolutePath().toLocal8Bit()) +
        "/ctltool-export";
    argv[0] = const_cast<char *>(helper.constData());
    execv(helper.constData(), argv);
    const int error = errno;
    // The translations are not loaded yet; the message names the file and the system's reason.
    std::fprintf(stderr, "ctltool: cannot run %s for the export: %s\n", helper.constData(),
                 std::strerror(error));
    return 2;
}
} // namespace
#endif

#ifndef CTLTOOL_HANDS_EXPORT_OVER
namespace {
// Qt 6.4's QGuiApplication looks for "flatpak-info" in the runtime folder (QStandardPaths::RuntimeLocation)
// while it starts. Without a usable XDG_RUNTIME_DIR (cron, ssh, `env -i`) QStandardPaths then prints a
// warning and creates $TMPDIR/runtime-$USER. An export writes nothing but its output and prints no noise:
// for the start-up only, such a process gets a private runtime folder (mode 0700), removed right after.
class StartupRuntimeFolder {
public:
    StartupRuntimeFolder() {
        const QByteArray given = qgetenv("XDG_RUNTIME_DIR");
        struct stat info {};
        // What QStandardPaths accepts: a real folder of ours, mode 0700.
        if (!given.isEmpty() && ::lstat(given.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
            info.st_uid == ::geteuid() && (info.st_mode & 07777) == 0700)
            return;
        QByteArray base = qgetenv("TMPDIR");
        if (base.isEmpty())
            base = "/tmp";
        QByteArray folder = base + "/ctltool-runtime-XXXXXX";
        if (!::mkdtemp(folder.data()))
            return; // Qt's own fallback and its warning, then
        m_folder = folder;
        m_previous = given;
        m_hadPrevious = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", m_folder);
    }
    ~StartupRuntimeFolder() {
        if (m_folder.isEmpty())
            return;
        QDir(QString::fromLocal8Bit(m_folder)).removeRecursively();
        if (m_hadPrevious)
            qputenv("XDG_RUNTIME_DIR", m_previous);
        else
            qunsetenv("XDG_RUNTIME_DIR");
    }
    StartupRuntimeFolder(const StartupRuntimeFolder &) = delete;
    StartupRuntimeFolder &operator=(const StartupRuntimeFolder &) = delete;

private:
    QByteArray m_folder;
    QByteArray m_previous;
    bool m_hadPrevious = false;
};
} // namespace
#endif

int main(int argc, char *argv[]) {
    // A closed pipe (`ctltool dump --json FILE | head -c1`) must not kill the process silently: with
    // SIGPIPE ignored the write fails with EPIPE, which the commands report with exit code 2. Kept across
    // the exec of ctltool-export.
    std::signal(SIGPIPE, SIG_IGN);
    // `--lang CODE` may stand anywhere before "--"; it is taken out before the command is read, so every
    // command accepts it without each parser knowing about it.
    QStringList early; // before QCoreApplication exists, only to choose its kind
    for (int i = 1; i < argc; ++i)
        early << QString::fromLocal8Bit(argv[i]);
    ctlv::language::takeLanguageArgument(early, true);

    // Reports need fonts, which need a QGuiApplication; it runs on the offscreen platform, so no display
    // is needed. Every other command stays a plain QtCore process, which starts faster.
    // `export --help` is only text: no second process, no QGuiApplication.
    const bool needsFonts = !early.isEmpty() && early.first() == QLatin1String("export") &&
                            !early.contains(QLatin1String("--help")) && !early.contains(QLatin1String("-h"));
    std::unique_ptr<QCoreApplication> app;
#ifdef CTLTOOL_HANDS_EXPORT_OVER
    if (needsFonts)
        return handExportOver(argv);
    app = std::make_unique<QCoreApplication>(argc, argv);
#else
    if (needsFonts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const StartupRuntimeFolder runtimeFolder;
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
#endif
    QCoreApplication::setApplicationName(QStringLiteral("ctltool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));
    // File names are bytes: decodeFileName keeps those that are not UTF-8 openable (FileAccess.h), where
    // QCoreApplication::arguments() would replace their bytes by U+FFFD.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << ctlv::decodeFileName(QByteArray(argv[i]));
    const std::optional<QString> lang = ctlv::language::takeLanguageArgument(arguments, true);
    // Unbuffered: each result and message reaches its descriptor when the command hands it over, so
    // stdout and stderr stay in order, and a failed write shows at once.
    QFile out;
    QFile err;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ctlv::ExitUnreadable;

    const std::optional<QLocale> locale = ctlv::language::resolve(lang.value_or(QString()));
    if (!locale || (lang && lang->isEmpty())) {
        ctlv::language::apply(QLocale::system()); // the complaint in the user's own language, when we have it
        err.write(QStringLiteral("ctltool: %1\n")
                      .arg(ctlv::language::unsupportedMessage(lang.value_or(QString())))
                      .toUtf8());
        return ctlv::ExitUnreadable;
    }
    ctlv::language::apply(*locale);
    return ctlv::runCtlTool(arguments, out, err);
}
