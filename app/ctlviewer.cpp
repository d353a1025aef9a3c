// ctlviewer: the desktop viewer. Opens the files named on the command line (what a file manager runs on
// double-click), or shows the welcome page.
//
// The command line is read with a plain QCoreApplication before the window system is touched, so that
// `--help`, `--version` and a mistyped option work without a display (over ssh, in a package build);
// mistakes print one line on stderr and exit with 2, as ctltool does.
#include "FileAccess.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModelText.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

namespace {

struct ViewerCommandLine {
    std::optional<QString> lang;
    QStringList files;
    ctlv::TrustSettings sessionTrust; // --trust, --accept-eku, --no-system-trust
    bool newWindow = false;           // --new-window, or session options the running viewer cannot take
    bool compare = false;             // --compare OLD NEW: a diff tab of the two lists
};

void complain(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("ctlviewer: %1\n").arg(message)), stderr);
}

// Qt's own options (QGuiApplication and QApplication take them from argv themselves): known here so
// that "-platform xcb" or "-style fusion" are neither refused nor taken for a file name.
void addQtOptions(QCommandLineParser &parser) {
    for (const char *name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "qwindowtitle",
          "qwindowicon", "geometry", "title", "icon", "display", "session", "style", "stylesheet", "name"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"}) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

// Reads the command line; returns the exit code when the process is done (help, version, a mistake).
std::optional<int> readCommandLine(int argc, char *argv[], ViewerCommandLine &command) {
    QCoreApplication core(argc, argv);
    // The language comes first, so that even --help speaks it: --lang, else View ▸ Language, else the system.
    // File names are bytes: decodeFileName keeps those that are not UTF-8 openable (FileAccess.h).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << ctlv::decodeFileName(QByteArray(argv[i]));
    command.lang = ctlv::language::takeLanguageArgument(arguments, false);
    const QString chosen = command.lang ? *command.lang : ctlv::MainWindow::storedLanguage();
    const std::optional<QLocale> locale = ctlv::language::resolve(chosen);
    ctlv::language::apply(locale.value_or(QLocale::system()));
    if (command.lang && (!locale || command.lang->isEmpty())) {
        complain(ctlv::language::unsupportedMessage(*command.lang));
        return 2;
    }

    QCommandLineParser parser;
    // "-platform xcb" as Qt spells its options; -h and -v still work.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Viewer and verifier for Microsoft Certificate Trust Lists"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show the viewer in this language (%1) for this session.")
            .arg(ctlv::language::availableList()),
        QStringLiteral("CODE")));
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        QCoreApplication::translate(
            "main", "Also trust the root certificate(s) in FILE (PEM or DER) in this session; repeatable."),
        QStringLiteral("FILE"));
    const QCommandLineOption acceptEku(
        QStringLiteral("accept-eku"),
        QCoreApplication::translate(
            "main", "Also accept this purpose as authorising a CTL signer in this session; repeatable."),
        QStringLiteral("OID"));
    const QCommandLineOption noSystemTrust(
        QStringLiteral("no-system-trust"),
        QCoreApplication::translate("main",
                                    "Do not use the system's trusted roots in this session, only the bundled "
                                    "Microsoft roots and --trust."));
    const QCommandLineOption newWindow(
        QStringLiteral("new-window"),
        QCoreApplication::translate("main", "Open the files in a new window, even when a viewer is already "
                                            "running (otherwise they open as tabs in its window)."));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QCoreApplication::translate("main", "Show what changed between two lists: FILE is the old list, then "
                                            "the new one (also for git difftool)."));
    parser.addOptions({trust, acceptEku, noSystemTrust, newWindow, compare});
    addQtOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Lists or CAB files to open."),
                                 QStringLiteral("[FILE...]"));
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return 2;
    }
    if (parser.isSet(help))
        parser.showHelp(0); // exits
    if (parser.isSet(version))
        parser.showVersion(); // exits

    for (const QString &file : parser.values(trust)) {
        // stat only: a FIFO or a device is refused here, before anything would open it.
        const QFileInfo info(file);
        if (file.isEmpty() || !info.isFile() || !info.isReadable()) {
            complain(QCoreApplication::translate("main", "--trust %1: not a readable file")
                         .arg(ctlv::modeltext::oneLine(file)));
            return 2;
        }
        command.sessionTrust.trustFiles << info.absoluteFilePath();
    }
    static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
    for (const QString &eku : parser.values(acceptEku)) {
        if (!dotted.match(eku).hasMatch()) {
            complain(QCoreApplication::translate(
                         "main", "--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1")
                         .arg(ctlv::modeltext::oneLine(eku)));
            return 2;
        }
        command.sessionTrust.acceptedEkus << eku;
    }
    command.sessionTrust.useSystemStore = !parser.isSet(noSystemTrust);
    command.files = parser.positionalArguments();
    command.compare = parser.isSet(compare);
    if (command.compare && command.files.size() != 2) {
        complain(
            QCoreApplication::translate("main", "--compare needs two files, the old list and the new one"));
        return 2;
    }
    // A running viewer takes the files as tabs of its window, unless this one asks for a window of its own
    // or for session settings (language, trust) the running one was not started with.
    command.newWindow = parser.isSet(newWindow) || command.lang || parser.isSet(trust) ||
                        parser.isSet(acceptEku) || parser.isSet(noSystemTrust) || command.compare;
    if (!command.newWindow && !command.files.isEmpty()) {
        QStringList absolute; // the running viewer may have another working directory
        for (const QString &file : command.files)
            absolute << QFileInfo(file).absoluteFilePath();
        if (ctlv::singleinstance::handOver(absolute))
            return 0;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setApplicationName(QStringLiteral("ctlviewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("CTL Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));

    ViewerCommandLine command;
    if (const std::optional<int> exitCode = readCommandLine(argc, argv, command))
        return *exitCode;

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CTL Viewer"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ctlviewer.CtlViewer"));
    // The translators belong to the application object: install them again on this one.
    const QString chosen = command.lang ? *command.lang : ctlv::MainWindow::storedLanguage();
    ctlv::language::apply(ctlv::language::resolve(chosen).value_or(QLocale::system()));

    ctlv::MainWindow window;
    if (command.lang)
        window.setSessionLanguage(*command.lang); // the menu shows it, but the stored choice stays
    window.setSessionTrust(command.sessionTrust);
    // This viewer takes the files of the next `ctlviewer FILE` (none when another viewer already does).
    auto *server = new ctlv::InstanceServer(&window);
    server->listen();
    window.show();
    if (command.compare)
        window.compareFiles(command.files[0], command.files[1]);
    else
        window.openCommandLine(command.files); // certificate sources beside a list are linked to it
    return app.exec();
}
