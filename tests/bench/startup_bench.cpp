// ctl_startup_bench: issue #4's startup target, "from process start to a fully drawn window with the list
// open and validated". It does what ctlviewer's main does (QApplication, MainWindow, show, openFiles),
// then quits at the first paint of the main window that comes after the files were read and checked
// (MainWindow::loadsFinished), printing
//   startup-ms <from process start to that paint>
// The process start is the kernel's start time of this process (/proc/self/stat, in clock ticks), so
// dynamic loading and static initialisation count; scripts/bench.sh also times the whole process.
//
// With --type TEXT it then types TEXT into the entry filter, one key at a time as a person would, and
// prints for each keystroke the time from the key press to the end of the repaint that shows the
// filtered table:
//   keystroke-ms <prefix> <milliseconds> <visible rows>
//
// With --type-after MS it waits that long before typing (the search index of a large list is built on
// worker threads after the list opens; a keystroke before it is ready waits for it).
//
//   ctl_startup_bench [--type TEXT [--type-after MS]] FILE...
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
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

// Types `text` into the viewer's entry filter, timing each keystroke to the end of the repaint.
void typeIntoFilter(ctlv::MainWindow &window, const QString &text) {
    QLineEdit *filter = nullptr;
    for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        if (edit->isVisible() && edit->accessibleName() == QLatin1String("Filter entries"))
            filter = edit;
    QTableView *table = nullptr;
    for (QTableView *view : window.findChildren<QTableView *>())
        if (view->isVisible() && view->accessibleName() == QLatin1String("Entries"))
            table = view;
    if (!filter || !table) {
        std::fprintf(stderr, "ctl_startup_bench: no visible entry filter\n");
        return;
    }
    filter->setFocus();
    for (qsizetype i = 0; i < text.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(filter, text.at(i).toLatin1());
        QApplication::processEvents();
        window.repaint(); // synchronous: returns when the window, table included, is painted
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        std::printf("keystroke-ms %s %.1f %d\n",
                    qPrintable(text.left(i + 1).replace(QLatin1Char(' '), QLatin1Char('_'))), ms,
                    table->model()->rowCount());
    }
    std::fflush(stdout);
}

class FirstPaintAfterOpen : public QObject {
public:
    bool opened = false;
    ctlv::MainWindow *window = nullptr;
    QString typed;
    int typeAfterMs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (opened && event->type() == QEvent::Paint) {
            // Let the paint finish, then report.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("startup-ms %.1f\n", millisecondsSinceProcessStart());
                std::fflush(stdout);
                if (!typed.isEmpty()) {
                    QThread::msleep(static_cast<unsigned long>(typeAfterMs));
                    typeIntoFilter(*window, typed);
                }
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
    QString typed;
    int typeAfterMs = 0;
    if (files.size() >= 2 && files.first() == QLatin1String("--type")) {
        typed = files.at(1);
        files = files.mid(2);
    }
    if (files.size() >= 2 && files.first() == QLatin1String("--type-after")) {
        typeAfterMs = files.at(1).toInt();
        files = files.mid(2);
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: ctl_startup_bench [--type TEXT] FILE...\n");
        return 2;
    }
    ctlv::MainWindow window;
    FirstPaintAfterOpen watcher;
    watcher.window = &window;
    watcher.typed = typed;
    watcher.typeAfterMs = typeAfterMs;
    window.installEventFilter(&watcher);
    window.show();
    // The files are read and checked on worker threads: the paint that counts is the first one after the
    // last of them is shown.
    QObject::connect(&window, &ctlv::MainWindow::loadsFinished, &window, [&watcher, &window] {
        watcher.opened = true;
        window.update(); // the paint that shows the opened tabs
    });
    window.openFiles(files);
    return app.exec();
}
