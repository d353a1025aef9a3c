// The hand-over of files from a second `ctlviewer FILE` to the running viewer (SingleInstance.h).
// The message is the paths, UTF-8, one per line, ended by an empty line; the answer is "ok\n".
#include "SingleInstance.h"

#include "MainWindow.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <memory>

namespace ctlv {

namespace {
constexpr int waitMs = 3000;
const QByteArray answer = QByteArrayLiteral("ok\n");
} // namespace

QString singleinstance::socketName() {
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(QStringLiteral("ctlviewer.socket"));
    // No per-user folder: a name of the user's own (QLocalServer puts it in the temporary folder).
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    user.remove(QLatin1Char('/'));
    return QStringLiteral("ctlviewer-") + user;
}

bool singleinstance::handOver(const QStringList &absolutePaths) {
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(waitMs))
        return false; // none runs, or a stale socket: this process becomes the viewer
    QByteArray message;
    for (const QString &path : absolutePaths)
        message += path.toUtf8() + '\n';
    message += '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(waitMs))
        return false;
    QByteArray reply;
    while (reply.size() < answer.size() && socket.waitForReadyRead(waitMs))
        reply += socket.readAll();
    return reply.startsWith(answer);
}

InstanceServer::InstanceServer(MainWindow *window)
    : QObject(window), m_window(window), m_server(new QLocalServer(this)) {
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user may hand files over
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::onConnection);
}

bool InstanceServer::listen() {
    const QString name = singleinstance::socketName();
    if (m_server->listen(name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // Somebody's socket is there: a live viewer answers; a crashed one's file does not and is removed.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

void InstanceServer::onConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto received = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, received] {
            QByteArray &buffer = *received;
            buffer += socket->readAll();
            if (buffer.size() > 1 << 20) { // a path list, not a flood
                socket->abort();
                return;
            }
            if (!buffer.endsWith("\n\n") && buffer != "\n")
                return;
            QStringList paths;
            for (const QByteArray &line : buffer.split('\n'))
                if (!line.isEmpty())
                    paths << QString::fromUtf8(line);
            buffer.clear();
            socket->write(answer);
            socket->flush();
            m_window->openHandedOver(paths);
        });
    }
}

} // namespace ctlv
