// ctltool: the command-line face of CTL Viewer. All logic lives in the core (CtlTool.cpp).
#include "CtlTool.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ctltool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CTLVIEWER_VERSION));
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return ctlv::ExitUnreadable;
    return ctlv::runCtlTool(app.arguments().mid(1), out, err);
}
