#pragma once
// The viewer's window: one tab per opened file, a welcome page when none is open, menus, drag-and-drop,
// paste, recent files, reload when a file changes on disk, and window state kept with QSettings.
// Every way of opening a file (command line, dialog, recent files, drop, paste, reload, a language or
// trust change) goes through one asynchronous path: the tab appears at once and shows the file when the
// worker has read and checked it (DocumentView, LoadJob).

#include "LoadJob.h"
#include "OpenedFile.h"
#include "TrustSettingsDialog.h"

#include <QMainWindow>

class QFileSystemWatcher;
class QMenu;
class QPrinter;
class QStackedWidget;
class QTabWidget;

namespace ctlv {

class DiffView;
class HistoryView;
class DocumentView;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens each file in a tab of its own (an already open file is reloaded and shown). Returns at once;
    // the tabs show the files when they are read and checked (loadsFinished()).
    void openFiles(const QStringList &paths);
    // What `ctlviewer FILE...` does: openFiles(), and once they are read, the certificate sources among them
    // are linked to the lists among them (their own tabs close); without a list they stay open.
    void openCommandLine(const QStringList &paths);
    void openBundledSample();
    void openBytes(const QByteArray &bytes, const QString &displayName);

    QTabWidget *tabs() const { return m_tabs; }
    DocumentView *documentView(int index) const;
    DocumentView *currentView() const;
    // Links certificate sources to the current tab's lists (what dropping them onto it does); paths that
    // hold lists open in tabs of their own.
    void addCertificates(const QStringList &paths);
    // Checks the certificate (or chain) in `path` against the current tab's list: the answer shows in
    // the tab's check panel. What dropping an end-entity certificate onto a list does.
    void checkCertificate(const QString &path);
    // Issue #16 (MainWindowDiff.cpp): a diff tab of the current tab's list (old) against the list in `path`
    // (new), or of two lists; nullptr (and a message) when there is nothing to compare.
    DiffView *compareWith(const QString &path);
    // `ctlviewer --compare OLD NEW` (and git difftool): a diff tab of the two files' lists.
    DiffView *compareFiles(const QString &oldPath, const QString &newPath);
    DiffView *openDiff(std::shared_ptr<const CtlDocument> before, std::shared_ptr<const CtlDocument> after);
    // File ▸ Open history…: a history tab over the lists in `paths` (files or folders); nullptr when none.
    HistoryView *openHistory(const QStringList &paths);

    // The language chosen in View ▸ Language ("" for the system's), kept in QSettings.
    static QString storedLanguage();
    // Switches the whole window to `code` at once (menus, welcome page, every tab read again), and, when
    // `remember`, keeps the choice for the next start.
    void setLanguage(const QString &code, bool remember = true);
    // A `--lang` given on the command line: shown checked in the menu, not stored.
    void setSessionLanguage(const QString &code);
    // `--trust FILE`, `--accept-eku OID` and `--no-system-trust` from the command line: added to the
    // stored Tools ▸ Trust and purposes settings for every file of this session, never stored.
    void setSessionTrust(const TrustSettings &extra);
    // The settings files are checked with: the stored ones plus the session's.
    TrustSettings effectiveTrust() const;
    // True while some tab is still reading or checking its file.
    bool isLoading() const;

    // MainWindowUx.cpp
    // The size a window that wants `wanted` gets on a screen whose available area is `available`: never
    // larger than the area less room for the window frame (a 1600x1000 screen at 150 % is 1066x666).
    static QSize fittedSize(QSize wanted, QSize available);
    // File ▸ Print: the current tab's report on `printer` (a PDF file when the printer prints to one);
    // empty or why nothing was printed.
    Expected<void> printCurrent(QPrinter &printer);
    // Files handed over by a second `ctlviewer FILE` (SingleInstance): opened as tabs, window raised.
    void openHandedOver(const QStringList &paths);

Q_SIGNALS:
    // The last tab that was loading has shown its file.
    void loadsFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void compareDialog();            // File ▸ Compare with…: another open tab or a file
    void historyDialog(bool folder); // File ▸ Open history of a folder / of files…
    void buildLanguageMenu(QMenu *menu);
    void buildWelcomePage();
    void retranslate();
    DocumentView *startLoading(LoadRequest request, bool rememberWhenRead);
    LoadRequest requestFor(const OpenedFile &file) const;
    void addView(DocumentView *view);
    void replaceView(int index, DocumentView *view);
    void onViewLoaded(DocumentView *view, bool rememberWhenRead);
    void updateTab(int index);
    void reloadPath(const QString &path);
    void closeTab(int index);
    // Hands the first disallowed list open in a tab to every tab (issue #15's "disallowed" status).
    void shareDisallowedList();
    void updateEmptyState();
    std::shared_ptr<const CtlDocument> readListToCompare(const QString &path, std::optional<ListKind> kind);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void openDialog();
    // File ▸ Add certificates… (files, or with `folder` one folder): linked to the current tab's lists.
    void addCertificatesDialog(bool folder);
    void exportTrustBundle();
    void onCertificatesAdded(DocumentView *view, const QString &problems, const QStringList &lists);
    void pasteText();
    void editTrustSettings();
    // Tools ▸ Check a certificate…, and a dropped end-entity certificate or chain (CheckPanel::isCheckable).
    void checkCertificateDialog();
    void checkCertificateFile(const QString &path);
    void showHelp();
    void showAbout();
    // What File ▸ Export writes.
    enum class ExportKind { PdfReport, AllEntriesCsv, FilteredEntriesCsv, SelectedEntriesCsv, FindingsCsv };
    void exportCurrent(ExportKind kind);
    // MainWindowUx.cpp
    void installTabShortcuts();
    void fitIntoScreen();
    void updateWindowTitle();
    void printDialog();

    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    QMenu *m_recentMenu = nullptr;
    QString m_language; // the code View ▸ Language shows as checked ("" = system)
    QFileSystemWatcher *m_watcher;
    TrustSettings m_trust;        // stored (Tools ▸ Trust and purposes)
    TrustSettings m_sessionTrust; // from the command line; useSystemStore false means --no-system-trust
};

} // namespace ctlv
