#pragma once
// The commands of `ctltool`, kept in the core so that tests run them in-process; app/ctltool.cpp
// only forwards its arguments and streams.

#include <QIODevice>
#include <QStringList>

namespace ctlv {

enum ExitCode : int {
    ExitOk = 0,
    ExitInvalid = 1,    // read, but the list is untrusted, invalid, unsigned or malformed (verify)
    ExitUnreadable = 2, // unreadable input, not a CTL, or a usage error
};

// `arguments` excludes the program name. Output goes to `out`, messages to `err`.
int runCtlTool(const QStringList &arguments, QIODevice &out, QIODevice &err);

} // namespace ctlv
