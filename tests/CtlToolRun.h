#pragma once
// Runs ctltool in-process (runCtlTool) and keeps its exit code and both outputs: what the command-line
// tests share.

#include "CtlTool.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline ToolRun runTool(const QStringList &arguments) {
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    ToolRun run;
    run.exitCode = ctlv::runCtlTool(arguments, out, err);
    run.out = out.data();
    run.err = err.data();
    return run;
}
