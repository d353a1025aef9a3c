#pragma once
// One viewer window per user: a second `ctlviewer FILE` hands its files to the running viewer (which opens
// them as tabs) and exits, as KDE's and GNOME's viewers do; `--new-window` opts out. The two talk over a
// local socket (QLocalServer) that only this user can reach: in $XDG_RUNTIME_DIR (mode 0700) where there is
// one, else named after the user. A socket left behind by a viewer that crashed is found (nobody answers)
// and replaced.

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace ctlv {

class MainWindow;

namespace singleinstance {
// The socket's name (a full path on Unix when $XDG_RUNTIME_DIR is set).
QString socketName();
// Hands `absolutePaths` to a running viewer; true when it took them (it answered), false when none runs.
// Needs a QCoreApplication; waits at most a few seconds.
bool handOver(const QStringList &absolutePaths);
} // namespace singleinstance

// The running viewer's end: files handed over are opened in `window`.
class InstanceServer : public QObject {
    Q_OBJECT
public:
    explicit InstanceServer(MainWindow *window);
    // Starts listening (replacing a stale socket); false when another viewer already listens.
    bool listen();

private:
    void onConnection();
    MainWindow *m_window;
    QLocalServer *m_server;
};

} // namespace ctlv
