#pragma once
// `ctltool diff OLD NEW` and `ctltool history FILE...|DIR` (issue #16), hooked into CtlTool.cpp's dispatch.

#include <QIODevice>
#include <QStringList>

namespace ctlv {

// Exit codes: diff 0 identical, 1 different, 2 unreadable input or a usage error; history 0 or 2.
int runDiff(const QStringList &arguments, QIODevice &out, QIODevice &err);
int runHistory(const QStringList &arguments, QIODevice &out, QIODevice &err);
// The help of each (`ctltool diff --help`), and the synopsis lines for the overview.
QString diffHelp();
QString historyHelp();
QString diffSynopsis();
QString historySynopsis();

} // namespace ctlv
