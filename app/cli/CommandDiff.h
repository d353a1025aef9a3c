#pragma once
// `ctltool diff OLD NEW` and `ctltool history FILE...|DIR` (issue #16), hooked into CtlTool.cpp's dispatch.

#include "CtlTool.h"

#include <QIODevice>
#include <QStringList>

namespace ctlv {

// Exit codes: diff 0 identical, 1 different, 2 unreadable input or a usage error; history 0 or 2.
// `pdf` writes --pdf's report (ctltool-export's); empty: --pdf is refused.
int runDiff(const QStringList &arguments, QIODevice &out, QIODevice &err,
            const decltype(ReportWriters::diff) &pdf = {});
int runHistory(const QStringList &arguments, QIODevice &out, QIODevice &err);
// The help of each (`ctltool diff --help`), and the synopsis lines for the overview.
QString diffHelp();
QString historyHelp();
QString diffSynopsis();
QString historySynopsis();

} // namespace ctlv
