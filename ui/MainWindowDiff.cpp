// MainWindow's diff hooks (issue #16), kept apart from MainWindow.cpp: File ▸ Compare with… (another open
// tab or a file), Shift+drop of a list onto a list's tab, and the diff tab itself (DiffView).
#include "DiffText.h"
#include "DiffView.h"
#include "DocumentView.h"
#include "HistoryView.h"
#include "MainWindow.h"
#include "ModelText.h"
#include "PlainText.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QStatusBar>
#include <QTabWidget>

namespace ctlv {

namespace {

// The list a tab shows (the one selected when its file holds several).
std::shared_ptr<const CtlDocument> shownList(const DocumentView *view) {
    if (!view || !view->showsLists() || view->file().documents.empty())
        return nullptr;
    const int index = std::max(view->currentDocument(), 0);
    return view->file().documents[static_cast<size_t>(index)];
}

} // namespace

DiffView *MainWindow::openDiff(std::shared_ptr<const CtlDocument> before,
                               std::shared_ptr<const CtlDocument> after) {
    QElapsedTimer timer;
    timer.start();
    auto *view = new DiffView(std::move(before), std::move(after));
    const int index = m_tabs->addTab(view, plaintext::tabText(view->title()));
    m_tabs->setTabToolTip(index, plaintext::toolTip(DiffText::summary(view->diff())));
    m_tabs->setCurrentIndex(index);
    statusBar()->showMessage(
        tr("Compared in %1 ms: %2").arg(timer.elapsed()).arg(DiffText::summary(view->diff())), 8000);
    return view;
}

// Reads the list in `path` for a diff (no validation: what is compared are the list's fields and entries),
// preferring one of `kind` when the file holds several; nullptr after a message naming the file.
std::shared_ptr<const CtlDocument> MainWindow::readListToCompare(const QString &path,
                                                                 std::optional<ListKind> kind) {
    const OpenedFile opened = openAndValidate(OpenSource{path, {}, {}, {}}, std::nullopt);
    if (opened.error || opened.documents.empty()) {
        plaintext::warning(this, tr("Compare"),
                           opened.error
                               ? opened.error->toString()
                               : tr("%1 holds no Certificate Trust List.").arg(modeltext::oneLine(path)));
        return nullptr;
    }
    if (kind)
        for (const auto &document : opened.documents)
            if (document->kind() == *kind)
                return document;
    return opened.documents.front();
}

DiffView *MainWindow::compareWith(const QString &path) {
    const std::shared_ptr<const CtlDocument> before = shownList(currentView());
    if (!before) {
        plaintext::warning(this, tr("Compare"),
                           tr("Open a list first: the diff compares the list shown with another."));
        return nullptr;
    }
    std::shared_ptr<const CtlDocument> after = readListToCompare(path, before->kind());
    return after ? openDiff(before, after) : nullptr;
}

DiffView *MainWindow::compareFiles(const QString &oldPath, const QString &newPath) {
    const std::shared_ptr<const CtlDocument> before = readListToCompare(oldPath, std::nullopt);
    if (!before)
        return nullptr;
    const std::shared_ptr<const CtlDocument> after = readListToCompare(newPath, before->kind());
    if (!after)
        return nullptr;
    DiffView *view = openDiff(before, after);
    updateEmptyState();
    return view;
}

void MainWindow::compareDialog() {
    if (!shownList(currentView())) {
        plaintext::warning(this, tr("Compare"),
                           tr("Open a list first: the diff compares the list shown with another."));
        return;
    }
    QStringList choices;
    QList<int> tabs;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (i != m_tabs->currentIndex() && shownList(documentView(i))) {
            choices << plaintext::tabText(m_tabs->tabText(i));
            tabs << i;
        }
    const QString file = tr("A file\u2026");
    choices << file;
    bool chosen = false;
    const QString choice =
        choices.size() == 1
            ? file
            : QInputDialog::getItem(this, tr("Compare with"), tr("Compare the list shown (old) with (new):"),
                                    choices, 0, false, &chosen);
    if (choices.size() > 1 && !chosen)
        return;
    const qsizetype picked = choices.indexOf(choice);
    if (picked >= 0 && picked < tabs.size()) {
        openDiff(shownList(currentView()), shownList(documentView(tabs[picked])));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with"), QString(),
        tr("Certificate Trust Lists (*.stl *.ctl *.cab *.reg *.pem);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

HistoryView *MainWindow::openHistory(const QStringList &paths) {
    QApplication::setOverrideCursor(
        Qt::WaitCursor); // read on this thread: 120 lists take well under a second
    QStringList notes;
    auto documents = readHistoryLists(paths, notes);
    HistoryView *view = nullptr;
    if (!documents.empty()) {
        view = new HistoryView(std::move(documents), notes);
        const int index = m_tabs->addTab(view, plaintext::tabText(view->title()));
        m_tabs->setCurrentIndex(index);
        updateEmptyState();
    }
    QApplication::restoreOverrideCursor();
    if (!view)
        plaintext::warning(this, tr("Open history"),
                           tr("No Certificate Trust List was found.\n%1").arg(notes.join(u'\n')));
    return view;
}

void MainWindow::historyDialog(bool folder) {
    const QStringList paths =
        folder ? QStringList{QFileDialog::getExistingDirectory(
                     this, tr("Open the history of the lists in a folder"))}
               : QFileDialog::getOpenFileNames(
                     this, tr("Open the history of several lists"), QString(),
                     tr("Certificate Trust Lists (*.stl *.ctl *.cab *.reg *.pem);;All files (*)"));
    if (paths.isEmpty() || paths.front().isEmpty())
        return;
    openHistory(paths);
}

} // namespace ctlv
