// ctltool: the command-line face of CTL Viewer, a QtCore process. Its commands are in CtlTool.cpp; it
// hands `export` over to ctltool-export, which has the PDF writer (QtGui).
#include "CtlToolMain.h"

#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

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

int main(int argc, char *argv[]) {
    ctlv::ToolProgram program;
    program.handExportOver = handExportOver;
    return ctlv::runCtlToolMain(argc, argv, program);
}
