// The window's manners: switching tabs from the keyboard, a title that names the file and its kind, a size
// that fits the screen, printing, and files handed over by a second `ctlviewer FILE`.
#include "MainWindow.h"

#include "DocumentView.h"
#include "ModelText.h"
#include "PlainText.h"
#include "SettingsKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>

namespace ctlv {

void MainWindow::installTabShortcuts() {
    // Ctrl+Tab and Ctrl+PgDn / Ctrl+PgUp switch tabs wherever the focus is (a table would otherwise keep
    // the keys, and QTabWidget only sees them when it has focus itself). Built once: they have no words.
    const auto step = [this](int by) {
        const int count = m_tabs->count();
        if (count > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + count) % count);
    };
    for (const QKeySequence &next :
         {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        connect(new QShortcut(next, this), &QShortcut::activated, this, [step] { step(1); });
    for (const QKeySequence &previous :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        connect(new QShortcut(previous, this), &QShortcut::activated, this, [step] { step(-1); });
}

QSize MainWindow::fittedSize(QSize wanted, QSize available) {
    // Room for the frame and title bar the window manager adds around the client area.
    constexpr int frameWidth = 16;
    constexpr int frameHeight = 48;
    return QSize(std::max(320, std::min(wanted.width(), available.width() - frameWidth)),
                 std::max(240, std::min(wanted.height(), available.height() - frameHeight)));
}

void MainWindow::fitIntoScreen() {
    const QScreen *shown = screen();
    if (!shown)
        return;
    const QRect available = shown->availableGeometry();
    const QSize fitted = fittedSize(size(), available.size());
    if (fitted != size())
        resize(fitted);
    // A position kept from a larger or another screen: bring the window back onto this one.
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(),
                                  std::max(available.left(), available.right() - frame.width())));
        frame.moveTop(std::clamp(frame.top(), available.top(),
                                 std::max(available.top(), available.bottom() - frame.height())));
        move(frame.topLeft());
    }
}

void MainWindow::updateWindowTitle() {
    // "authrootstl.cab — Trusted root certificates (authroot) — CTL Viewer": the file, what it holds, the
    // program.
    const QString program = tr("CTL Viewer");
    const DocumentView *view = m_tabs->count() > 0 ? currentView() : nullptr;
    if (!view) {
        setWindowTitle(program);
        return;
    }
    const OpenedFile &file = view->file();
    const QString name = modeltext::oneLine(QFileInfo(file.displayName).fileName().isEmpty()
                                                ? file.displayName
                                                : QFileInfo(file.displayName).fileName());
    QStringList kinds;
    if (!view->isLoading() && !view->hasError()) {
        if (view->showsCertificateSource())
            kinds << tr("certificates");
        for (const auto &document : file.documents)
            if (const QString kind = listKindLabel(document->kind()); !kinds.contains(kind))
                kinds << kind;
    }
    const QString shown =
        kinds.isEmpty() ? name : tr("%1 \u2014 %2").arg(name, kinds.join(QLatin1String(", ")));
    setWindowTitle(shown + QStringLiteral(" \u2014 ") + program);
}

Expected<void> MainWindow::printCurrent(QPrinter &printer) {
    DocumentView *view = currentView();
    if (!view || view->isLoading() || view->hasError() || !view->showsLists()) {
        LoadError error;
        error.code = LoadError::Code::NothingToExport;
        error.message = tr("Open a trust list first.");
        return error;
    }
    const QPageSize::PageSizeId pageSize =
        printer.pageLayout().pageSize().id() == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
    // "Print to file": the report itself, written where the dialog said.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return view->exportPdf(printer.outputFileName(), pageSize);
    // A printer: the same PDF report handed to the print system as Qt's own CUPS engine does (lp takes a
    // copy into its spool before it returns, so the temporary file may go right after).
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    if (const Expected<void> written = view->exportPdf(pdf, pageSize); !written)
        return written;
    QProcess lp;
    QStringList arguments;
    if (!printer.printerName().isEmpty())
        arguments << QStringLiteral("-d") << printer.printerName();
    arguments << QStringLiteral("-n") << QString::number(std::max(1, printer.copyCount()));
    arguments << QStringLiteral("-t") << QFileInfo(view->file().displayName).fileName() << pdf;
    lp.start(QStringLiteral("lp"), arguments);
    if (!lp.waitForFinished(30000) || lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0) {
        LoadError error;
        error.code = LoadError::Code::Unwritable;
        const QString said = QString::fromLocal8Bit(lp.readAllStandardError()).trimmed();
        error.message = tr("The print system did not take the report (lp: %1).")
                            .arg(said.isEmpty() ? lp.errorString() : modeltext::oneLine(said));
        return error;
    }
    return {};
}

void MainWindow::printDialog() {
    if (DocumentView *view = currentView(); !view || !view->showsLists()) {
        plaintext::information(this, tr("Print"), tr("Open a trust list first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (QSettings().value(settingskey::ExportLetterPaper, false).toBool())
        printer.setPageSize(QPageSize(QPageSize::Letter));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Expected<void> printed = printCurrent(printer); printed)
        statusBar()->showMessage(tr("The report went to the printer."), 8000);
    else
        plaintext::warning(this, tr("Print"), printed.error().toString());
}

void MainWindow::openHandedOver(const QStringList &paths) {
    openCommandLine(paths);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

} // namespace ctlv
