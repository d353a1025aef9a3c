// ctltool: the command-line face of CTL Viewer. All logic lives in the core (CtlTool.cpp).
#include "CtlTool.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[]) {
    // Reports need fonts, which need a QGuiApplication; it runs on the offscreen platform, so no display
    // is needed. Every other command stays a plain QtCore process, which starts faster.
    const bool needsFonts = argc > 1 && qstrcmp(argv[1], "export") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ctltool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return ctlv::ExitUnreadable;
    return ctlv::runCtlTool(QCoreApplication::arguments().mid(1), out, err);
}
