// ctlviewer: the desktop viewer. Opens the files named on the command line (what a file manager runs on
// double-click), or shows the welcome page.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ctlviewer"));
    QApplication::setOrganizationName(QStringLiteral("CTL Viewer"));
    QApplication::setApplicationDisplayName(QStringLiteral("CTL Viewer"));
    QApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ctlviewer.CtlViewer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Viewer and verifier for Microsoft Certificate Trust Lists"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Lists or CAB files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    ctlv::MainWindow window;
    window.show();
    window.openFiles(parser.positionalArguments());
    return app.exec();
}
