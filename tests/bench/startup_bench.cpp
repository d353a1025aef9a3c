// ctl_startup_bench: issue #4's startup target, "from process start to a fully drawn window with the list
// open and validated". It does what ctlviewer's main does (QApplication, MainWindow, show, openFiles),
// then quits at the first paint of the main window that comes after the files were opened, printing
//   startup-ms <from process start to that paint>
// The process start is the kernel's start time of this process (/proc/self/stat, in clock ticks), so
// dynamic loading and static initialisation count; scripts/bench.sh also times the whole process.
//
//   ctl_startup_bench FILE...
#include "MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since this process started, from /proc/self/stat's starttime (field 22, clock ticks since
// boot) and CLOCK_BOOTTIME. The tick is 10 ms on Linux, so the figure is within 10 ms.
double millisecondsSinceProcessStart() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

class FirstPaintAfterOpen : public QObject {
public:
    bool opened = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (opened && event->type() == QEvent::Paint) {
            // Let the paint finish, then report.
            QTimer::singleShot(0, qApp, [] {
                std::printf("startup-ms %.1f\n", millisecondsSinceProcessStart());
                std::fflush(stdout);
                QApplication::quit();
            });
            opened = false;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[]) {
    // The window's settings (recent files, geometry) go to a folder that disappears with the process.
    QTemporaryDir settingsHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ctlviewer-bench"));
    QApplication::setOrganizationName(QStringLiteral("CTL Viewer"));
    QStringList files = QApplication::arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: ctl_startup_bench FILE...\n");
        return 2;
    }
    ctlv::MainWindow window;
    FirstPaintAfterOpen watcher;
    window.installEventFilter(&watcher);
    window.show();
    window.openFiles(files);
    watcher.opened = true;
    window.update(); // the paint that shows the opened tabs
    return app.exec();
}
