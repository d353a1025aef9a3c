#pragma once
// The main() of ctltool and ctltool-export: language, application object, streams, then the command
// (CtlTool.h). What sets the two executables apart is only a ToolProgram.

#include "CtlTool.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace ctlv {

struct ToolProgram {
    // For `export` (not its --help), and `diff --pdf` and `check --pdf`, before any application object
    // exists. ctltool hands the process to ctltool-export here; returns only when that failed, with the exit
    // code. Empty in ctltool-export.
    std::function<int(char *argv[])> handExportOver;
    // The application object `export` runs in (ctltool-export: a QGuiApplication, for the fonts);
    // empty: a QCoreApplication.
    std::function<std::unique_ptr<QCoreApplication>(int &argc, char *argv[])> exportApplication;
    PdfWriter pdfWriter;
    ReportWriters reports; // diff --pdf, check --pdf
};

// `argc` must outlive the application object (QCoreApplication keeps a reference): pass main's own.
int runCtlToolMain(int &argc, char *argv[], const ToolProgram &program);

} // namespace ctlv
