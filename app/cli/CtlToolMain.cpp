// The main() ctltool and ctltool-export share (CtlToolMain.h).
#include "CtlToolMain.h"

#include "FileAccess.h"
#include "Language.h"

#include <QFile>

#include <csignal>
#include <unistd.h>

namespace ctlv {

int runCtlToolMain(int &argc, char *argv[], const ToolProgram &program) {
    // A closed pipe (`ctltool dump --json FILE | head -c1`) must not kill the process silently: with
    // SIGPIPE ignored the write fails with EPIPE, which the commands report with exit code 2. Kept across
    // the exec of ctltool-export.
    std::signal(SIGPIPE, SIG_IGN);
    // `--lang CODE` may stand anywhere before "--"; it is taken out before the command is read, so every
    // command accepts it without each parser knowing about it.
    QStringList early; // before QCoreApplication exists, only to choose its kind
    for (int i = 1; i < argc; ++i)
        early << QString::fromLocal8Bit(argv[i]);
    language::takeLanguageArgument(early, true);

    // Reports need fonts, which need a QGuiApplication (ctltool-export's); every other command stays a
    // plain QtCore process, which starts faster. `export --help` is only text: no second process, no
    // QGuiApplication.
    // `diff --pdf` and `check --pdf` write a report too.
    const auto asksForPdf = [&early] {
        for (const QString &argument : early) {
            if (argument == QLatin1String("--"))
                return false;
            if (argument == QLatin1String("--pdf") || argument == QLatin1String("-pdf") ||
                argument.startsWith(QLatin1String("--pdf=")) || argument.startsWith(QLatin1String("-pdf=")))
                return true;
        }
        return false;
    };
    const bool needsFonts =
        !early.isEmpty() &&
        (early.first() == QLatin1String("export") ||
         ((early.first() == QLatin1String("diff") || early.first() == QLatin1String("check")) &&
          asksForPdf())) &&
        !early.contains(QLatin1String("--help")) && !early.contains(QLatin1String("-h"));
    if (needsFonts && program.handExportOver)
        return program.handExportOver(argv);
    const std::unique_ptr<QCoreApplication> app = needsFonts && program.exportApplication
                                                      ? program.exportApplication(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ctltool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));
    // File names are bytes: decodeFileName keeps those that are not UTF-8 openable (FileAccess.h), where
    // QCoreApplication::arguments() would replace their bytes by U+FFFD.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << decodeFileName(QByteArray(argv[i]));
    const std::optional<QString> lang = language::takeLanguageArgument(arguments, true);
    // Unbuffered: each result and message reaches its descriptor when the command hands it over, so
    // stdout and stderr stay in order, and a failed write shows at once.
    QFile out;
    QFile err;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitUnreadable;

    const std::optional<QLocale> locale = language::resolve(lang.value_or(QString()));
    if (!locale || (lang && lang->isEmpty())) {
        language::apply(QLocale::system()); // the complaint in the user's own language, when we have it
        err.write(QStringLiteral("ctltool: %1\n")
                      .arg(language::unsupportedMessage(lang.value_or(QString())))
                      .toUtf8());
        return ExitUnreadable;
    }
    language::apply(*locale);
    return runCtlTool(arguments, out, err, program.pdfWriter, program.reports);
}

} // namespace ctlv
