// ctlviewer: the desktop viewer. Opens the files named on the command line (what a file manager runs on
// double-click), or shows the welcome page.
#include "FileAccess.h"
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ctlviewer"));
    QApplication::setOrganizationName(QStringLiteral("CTL Viewer"));
    QApplication::setApplicationDisplayName(QStringLiteral("CTL Viewer"));
    QApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ctlviewer.CtlViewer"));

    // The language comes first, so that even --help speaks it: --lang, else View ▸ Language, else the system.
    // File names are bytes: decodeFileName keeps those that are not UTF-8 openable (FileAccess.h).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << ctlv::decodeFileName(QByteArray(argv[i]));
    const std::optional<QString> lang = ctlv::language::takeLanguageArgument(arguments, false);
    const QString chosen = lang ? *lang : ctlv::MainWindow::storedLanguage();
    const std::optional<QLocale> locale = ctlv::language::resolve(chosen);
    ctlv::language::apply(locale.value_or(QLocale::system()));
    if (lang && (!locale || lang->isEmpty())) {
        // As QCommandLineParser does for a bad option: the message on stderr, exit code 2.
        std::fputs(
            qPrintable(QStringLiteral("ctlviewer: %1\n").arg(ctlv::language::unsupportedMessage(*lang))),
            stderr);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Viewer and verifier for Microsoft Certificate Trust Lists"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the viewer in this language (%1) for this session.")
            .arg(ctlv::language::availableList()),
        QStringLiteral("CODE")));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Lists or CAB files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    ctlv::MainWindow window;
    if (lang)
        window.setSessionLanguage(*lang); // the menu shows it, but the stored choice stays
    window.show();
    window.openFiles(parser.positionalArguments());
    return app.exec();
}
