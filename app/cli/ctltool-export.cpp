// ctltool-export: ctltool with the PDF report (QtGui). `ctltool export` runs it in its own place
// (ctltool.cpp), and `diff --pdf` and `check --pdf`; every other command behaves as in ctltool. Its commands
// are in CtlTool.cpp.
#include "CheckReport.h"
#include "CtlToolMain.h"
#include "DiffReport.h"
#include "PdfReport.h"

#include <QDir>
#include <QGuiApplication>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {
// Qt 6.4's QGuiApplication looks for "flatpak-info" in the runtime folder (QStandardPaths::RuntimeLocation)
// while it starts. Without a usable XDG_RUNTIME_DIR (cron, ssh, `env -i`) QStandardPaths then prints a
// warning and creates $TMPDIR/runtime-$USER. An export writes nothing but its output and prints no noise:
// for the start-up only, such a process gets a private runtime folder (mode 0700), removed right after.
class StartupRuntimeFolder {
public:
    StartupRuntimeFolder() {
        const QByteArray given = qgetenv("XDG_RUNTIME_DIR");
        struct stat info {};
        // What QStandardPaths accepts: a real folder of ours, mode 0700.
        if (!given.isEmpty() && ::lstat(given.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
            info.st_uid == ::geteuid() && (info.st_mode & 07777) == 0700)
            return;
        QByteArray base = qgetenv("TMPDIR");
        if (base.isEmpty())
            base = "/tmp";
        QByteArray folder = base + "/ctltool-runtime-XXXXXX";
        if (!::mkdtemp(folder.data()))
            return; // Qt's own fallback and its warning, then
        m_folder = folder;
        m_previous = given;
        m_hadPrevious = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", m_folder);
    }
    ~StartupRuntimeFolder() {
        if (m_folder.isEmpty())
            return;
        QDir(QString::fromLocal8Bit(m_folder)).removeRecursively();
        if (m_hadPrevious)
            qputenv("XDG_RUNTIME_DIR", m_previous);
        else
            qunsetenv("XDG_RUNTIME_DIR");
    }
    StartupRuntimeFolder(const StartupRuntimeFolder &) = delete;
    StartupRuntimeFolder &operator=(const StartupRuntimeFolder &) = delete;

private:
    QByteArray m_folder;
    QByteArray m_previous;
    bool m_hadPrevious = false;
};

QPageSize::PageSizeId pageSizeOf(ctlv::PaperSize paper) {
    return paper == ctlv::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4;
}

ctlv::Expected<QStringList> writePdfReport(QIODevice &device, const ctlv::CtlDocument &document,
                                           const ctlv::ValidationReport &report, ctlv::PaperSize paper) {
    ctlv::PdfOptions options;
    options.pageSize = pageSizeOf(paper);
    options.programVersion = QCoreApplication::applicationVersion();
    options.reportMissingFonts = true;
    auto written = ctlv::PdfReport::write(device, document, report, options);
    if (!written)
        return written.error();
    return written.value().fontWarnings;
}

ctlv::PdfOptions reportOptions(ctlv::PaperSize paper) {
    ctlv::PdfOptions options;
    options.pageSize = pageSizeOf(paper);
    options.programVersion = QCoreApplication::applicationVersion();
    return options;
}

ctlv::Expected<void> writeDiffReport(QIODevice &device, const ctlv::ListDiff &diff,
                                     const ctlv::CtlDocument &before, const ctlv::CtlDocument &after,
                                     ctlv::PaperSize paper) {
    const auto written = ctlv::DiffReport::write(device, diff, before, after, reportOptions(paper));
    if (!written)
        return written.error();
    return {};
}

ctlv::Expected<void> writeCheckReport(QIODevice &device, const ctlv::CheckPdfContent &content) {
    ctlv::CheckReportInput input;
    input.result = content.result;
    input.list = content.list;
    input.disallowed = content.disallowed;
    input.certificateFile = content.certificateFile;
    input.sentence = content.sentence;
    input.reason = content.reason;
    const auto written = ctlv::CheckReport::write(device, input, reportOptions(content.paper));
    if (!written)
        return written.error();
    return {};
}

// Fonts need a QGuiApplication; it runs on the offscreen platform, so no display is needed.
std::unique_ptr<QCoreApplication> exportApplication(int &argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const StartupRuntimeFolder runtimeFolder;
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[]) {
    ctlv::ToolProgram program;
    program.exportApplication = exportApplication;
    program.pdfWriter = writePdfReport;
    program.reports.diff = writeDiffReport;
    program.reports.check = writeCheckReport;
    return ctlv::runCtlToolMain(argc, argv, program);
}
