// The viewer's window: tabs, menus, the welcome page, drag-and-drop, paste, recent files, reload on
// change, exports and the stored window state.
#include "MainWindow.h"

#include "CatalogFilesDialog.h"
#include "CheckPanel.h"
#include "CsvExport.h"
#include "DocumentView.h"
#include "Icons.h"
#include "Language.h"
#include "ModelText.h"
#include "PlainText.h"
#include "SaveDialog.h"
#include "SettingsKeys.h"
#include "TrustBundleDialog.h"
#include "VerdictText.h"
#include "WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ctlv {

namespace {
constexpr int maxRecentFiles = 10;
// The certificate sources the core reads (by content; the patterns only help the dialog).
QString certificateFilter() {
    return MainWindow::tr("Certificates (*.sst *.crt *.cer *.der *.pem *.p7b *.p7c *.reg)");
}
const QString bundledSampleName = QStringLiteral("authrootstl.cab");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_language(storedLanguage()), m_trust(TrustSettings::load()) {
    setWindowTitle(tr("CTL Viewer"));
    setWindowIcon(icons::application());
    setAcceptDrops(true);
    m_stack = new QStackedWidget(this);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setAccessibleName(tr("Opened files"));
    m_stack->addWidget(m_tabs);
    buildWelcomePage();
    setCentralWidget(m_stack);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    m_watcher = new QFileSystemWatcher(this);
    // Editors and downloads often replace a file in several steps: reload once things settle.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        QTimer::singleShot(300, this, [this, path] { reloadPath(path); });
    });

    buildMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(settingskey::WindowGeometry).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(settingskey::WindowState).toByteArray());
    fitIntoScreen(); // a size kept from a larger screen, or the default at 150 %, must still fit
    installTabShortcuts();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWindowTitle);
    rebuildRecentMenu();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildWelcomePage() {
    m_welcome = new WelcomePage(m_stack);
    m_stack->insertWidget(0, m_welcome);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openBundledSample);
    connect(m_welcome, &WelcomePage::recentFileRequested, this,
            [this](const QString &path) { openFiles({path}); });
}

QString MainWindow::storedLanguage() {
    return QSettings().value(settingskey::Language).toString();
}

void MainWindow::setSessionLanguage(const QString &code) {
    m_language = code;
    setMenuBar(new QMenuBar(this));
    buildMenus();
    rebuildRecentMenu();
}

void MainWindow::setLanguage(const QString &code, bool remember) {
    const std::optional<QLocale> locale = language::resolve(code);
    if (!locale)
        return;
    if (remember)
        QSettings().setValue(settingskey::Language, code);
    m_language = code;
    language::apply(*locale);
    retranslate();
}

void MainWindow::retranslate() {
    // Texts are set once, where the widgets are built, so building again is the one complete way to
    // change them: the menus, the welcome page, and every tab (from what it holds in memory).
    updateWindowTitle();
    m_tabs->setAccessibleName(tr("Opened files"));
    setMenuBar(new QMenuBar(this)); // the old bar is deleted later, so this is safe from its own action
    buildMenus();
    const bool welcomeShown = m_stack->currentWidget() == m_welcome;
    m_stack->removeWidget(m_welcome);
    m_welcome->deleteLater();
    buildWelcomePage();
    rebuildRecentMenu();
    if (welcomeShown)
        m_stack->setCurrentWidget(m_welcome);
    // Every tab shows what it holds in the new language: findings are data, worded when shown, so
    // nothing is read or checked again (the file may be gone by now).
    for (int i = 0; i < m_tabs->count(); ++i) {
        documentView(i)->retranslate();
        updateTab(i);
    }
}

void MainWindow::buildLanguageMenu(QMenu *menu) {
    auto *group = new QActionGroup(menu);
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == m_language);
        action->setData(code);
        group->addAction(action);
        // Queued: the switch rebuilds the menu bar, which must not happen inside its own action.
        connect(action, &QAction::triggered, this, [this, code] {
            QMetaObject::invokeMethod(
                this, [this, code] { setLanguage(code); }, Qt::QueuedConnection);
        });
    };
    add(QString(), tr("&System language"));
    menu->addSeparator();
    for (const language::Language &language : language::available())
        add(language.code, language.nativeName);
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &bundled sample"), this, &MainWindow::openBundledSample);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Co&mpare with\u2026"), this, &MainWindow::compareDialog);
    file->addAction(tr("Open &history of a folder\u2026"), this, [this] { historyDialog(true); });
    file->addAction(tr("Open history of &files\u2026"), this, [this] { historyDialog(false); });
    file->addAction(tr("&Add certificates\u2026"), this, [this] { addCertificatesDialog(false); });
    file->addAction(tr("Add certificate fol&der\u2026"), this, [this] { addCertificatesDialog(true); });
    QAction *reload = file->addAction(tr("&Reload"), this, [this] {
        if (DocumentView *view = currentView(); view && !view->file().path.isEmpty())
            reloadPath(view->file().path);
    });
    reload->setShortcut(QKeySequence::Refresh);
    QAction *close = file->addAction(tr("&Close tab"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    close->setShortcut(QKeySequence::Close);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&PDF report\u2026"), this, [this] { exportCurrent(ExportKind::PdfReport); });
    exportMenu->addAction(tr("Entries as CSV: &all\u2026"), this,
                          [this] { exportCurrent(ExportKind::AllEntriesCsv); });
    exportMenu->addAction(tr("Entries as CSV: &filtered view\u2026"), this,
                          [this] { exportCurrent(ExportKind::FilteredEntriesCsv); });
    exportMenu->addAction(tr("Entries as CSV: &selected rows\u2026"), this,
                          [this] { exportCurrent(ExportKind::SelectedEntriesCsv); });
    exportMenu->addAction(tr("F&indings as CSV\u2026"), this,
                          [this] { exportCurrent(ExportKind::FindingsCsv); });
    exportMenu->addAction(tr("&Trust bundle\u2026"), this, &MainWindow::exportTrustBundle);
    QAction *print = file->addAction(tr("&Print\u2026"), this, &MainWindow::printDialog);
    print->setShortcut(QKeySequence::Print);
    exportMenu->addSeparator();
    QSettings settings;
    QAction *localeSeparator = exportMenu->addAction(
        tr("CSV: use the locale's separator (; where the decimal separator is a comma)"));
    localeSeparator->setCheckable(true);
    localeSeparator->setChecked(settings.value(settingskey::ExportLocaleSeparator, false).toBool());
    connect(localeSeparator, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(settingskey::ExportLocaleSeparator, on); });
    QAction *bom = exportMenu->addAction(tr("CSV: start with a byte order mark (for spreadsheet programs)"));
    bom->setCheckable(true);
    bom->setChecked(settings.value(settingskey::ExportByteOrderMark, false).toBool());
    connect(bom, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(settingskey::ExportByteOrderMark, on); });
    QAction *letter = exportMenu->addAction(tr("PDF: US Letter paper instead of A4"));
    letter->setCheckable(true);
    letter->setChecked(settings.value(settingskey::ExportLetterPaper, false).toBool());
    connect(letter, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(settingskey::ExportLetterPaper, on); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        if (DocumentView *view = currentView())
            view->copyFocused(); // the field, finding or row that has focus; else the selected entries
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    QAction *paste = edit->addAction(tr("&Paste a list (PEM or base64)"), this, &MainWindow::pasteText);
    paste->setShortcut(QKeySequence::Paste);
    QAction *find = edit->addAction(tr("&Find entries"), this, [this] {
        if (DocumentView *view = currentView())
            view->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Findings"), this, [this] {
        if (DocumentView *current = currentView())
            current->showFindings();
    });
    view->addAction(tr("&Entries"), this, [this] {
        if (DocumentView *current = currentView())
            current->showEntries();
    });
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Trust and purposes\u2026"), this, &MainWindow::editTrustSettings);
    tools->addAction(tr("&Check a certificate\u2026"), this, &MainWindow::checkCertificateDialog);
    tools->addAction(tr("&Check files against this catalog\u2026"), this, [this]() {
        DocumentView *view = currentView();
        openCatalogFilesDialog(this, view ? &view->file() : nullptr);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *helpAction =
        help->addAction(tr("Windows root updates and CAPI2 Event ID 11"), this, &MainWindow::showHelp);
    helpAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About CTL Viewer"), this, &MainWindow::showAbout);
}

void MainWindow::setSessionTrust(const TrustSettings &extra) {
    m_sessionTrust = extra;
}

TrustSettings MainWindow::effectiveTrust() const {
    TrustSettings trust = m_trust;
    trust.trustFiles += m_sessionTrust.trustFiles;
    trust.acceptedEkus += m_sessionTrust.acceptedEkus;
    trust.useSystemStore = m_trust.useSystemStore && m_sessionTrust.useSystemStore;
    return trust;
}

bool MainWindow::isLoading() const {
    for (int i = 0; i < m_tabs->count(); ++i)
        if (documentView(i)->isLoading())
            return true;
    return false;
}

void MainWindow::openFiles(const QStringList &paths) {
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        bool alreadyOpen = false;
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (documentView(i)->file().path == absolute) {
                m_tabs->setCurrentIndex(i);
                reloadPath(absolute);
                alreadyOpen = true;
                break;
            }
        }
        if (alreadyOpen)
            continue;
        if (QFileInfo(absolute).isFile()) // stat only: never blocks, whatever the file is
            m_watcher->addPath(absolute);
        addView(startLoading(LoadRequest{path, {}, {}, effectiveTrust()}, true));
    }
}

void MainWindow::openCommandLine(const QStringList &paths) {
    const int firstTab = m_tabs->count();
    openFiles(paths);
    if (paths.size() < 2)
        return;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &MainWindow::loadsFinished, this, [this, once, firstTab] {
        disconnect(*once);
        std::vector<DocumentView *> lists;
        std::vector<DocumentView *> sources;
        for (int i = firstTab; i < m_tabs->count(); ++i) {
            DocumentView *view = documentView(i);
            if (view->showsLists())
                lists.push_back(view);
            else if (view->showsCertificateSource())
                sources.push_back(view);
        }
        if (lists.empty() || sources.empty())
            return;
        std::vector<CertificateSourceData> read; // read once, by the tabs' own loads
        for (DocumentView *source : sources)
            read.push_back(*source->file().certificates);
        for (DocumentView *list : lists) {
            list->linkSources(read);
            updateTab(m_tabs->indexOf(list));
        }
        for (DocumentView *source : sources)
            closeTab(m_tabs->indexOf(source));
        m_tabs->setCurrentWidget(lists.front());
    });
}

LoadRequest MainWindow::requestFor(const OpenedFile &file) const {
    if (file.path.isEmpty())
        return LoadRequest{QString(), file.bytes, file.displayName, effectiveTrust()};
    return LoadRequest{file.path, {}, {}, effectiveTrust()};
}

DocumentView *MainWindow::startLoading(LoadRequest request, bool rememberWhenRead) {
    auto *view = new DocumentView(std::move(request), m_tabs);
    connect(view, &DocumentView::loaded, this,
            [this, view, rememberWhenRead] { onViewLoaded(view, rememberWhenRead); });
    connect(view, &DocumentView::certificatesAdded, this,
            [this, view](const QString &problems, const QStringList &lists) {
                onCertificatesAdded(view, problems, lists);
            });
    connect(view, &DocumentView::cancelRequested, this, [this, view] {
        const int index = m_tabs->indexOf(view);
        if (index >= 0)
            closeTab(index);
    });
    return view;
}

void MainWindow::onViewLoaded(DocumentView *view, bool rememberWhenRead) {
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    updateTab(index);
    shareDisallowedList();
    const OpenedFile &file = view->file();
    if (rememberWhenRead && !file.path.isEmpty() &&
        (!file.error || file.error->code != LoadError::Code::Unreadable))
        rememberRecent(file.path);
    if (file.error)
        statusBar()->showMessage(modeltext::oneLine(file.error->toString()), 10000);
    else if (file.certificates && !file.certificates->notes.isEmpty()) // what a folder or store skipped
        statusBar()->showMessage(modeltext::oneLine(file.certificates->notes.join(QLatin1String("; "))),
                                 10000);
    else if (!file.trustProblems.isEmpty())
        statusBar()->showMessage(modeltext::oneLine(file.trustProblems.join(QLatin1String("; "))), 10000);
    if (!isLoading())
        Q_EMIT loadsFinished();
}

void MainWindow::updateTab(int index) {
    DocumentView *view = documentView(index);
    if (!view)
        return;
    const OpenedFile &file = view->file();
    QIcon icon; // none while loading: the tab's page says what is going on
    if (!view->isLoading())
        icon = view->showsCertificateSource()             ? icons::forSeverity(Severity::Info)
               : view->hasError() || file.reports.empty() ? icons::forSeverity(Severity::Error)
                                                          : icons::forVerdict(file.reports.front()->verdict);
    m_tabs->setTabIcon(index, icon);
    m_tabs->setTabText(index, plaintext::tabText(file.displayName));
    QString tip = modeltext::oneLine(file.path.isEmpty() ? file.displayName : file.path);
    if (!view->isLoading() && !view->hasError() && !view->showsCertificateSource() && !file.reports.empty())
        tip += QStringLiteral(" \u2014 ") + verdictLabel(file.reports.front()->verdict); // the icon's word
    m_tabs->setTabToolTip(index, plaintext::toolTip(tip));
    if (index == m_tabs->currentIndex())
        updateWindowTitle();
}

void MainWindow::openBundledSample() {
    QFile sample(QStringLiteral(":/samples/authrootstl.cab"));
    if (!sample.open(QIODevice::ReadOnly)) {
        plaintext::warning(this, tr("Bundled sample"), tr("The bundled sample is missing from this build."));
        return;
    }
    openBytes(sample.readAll(), bundledSampleName);
}

void MainWindow::openBytes(const QByteArray &bytes, const QString &displayName) {
    addView(startLoading(LoadRequest{QString(), bytes, displayName, effectiveTrust()}, false));
}

void MainWindow::addView(DocumentView *view) {
    const int index = m_tabs->addTab(view, QString());
    updateTab(index);
    m_tabs->setCurrentIndex(index);
    updateEmptyState();
}

void MainWindow::replaceView(int index, DocumentView *view) {
    DocumentView *old = documentView(index);
    const bool current = m_tabs->currentIndex() == index;
    old->cancelLoading();
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, view, QString());
    updateTab(index);
    if (current)
        m_tabs->setCurrentIndex(index);
    old->deleteLater();
}

void MainWindow::reloadPath(const QString &path) {
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentView *old = documentView(i);
        if (old->file().path != path)
            continue;
        old->saveState();
        const DocumentView::ViewPlace place = old->place(); // the same node, entry and scroll position
        DocumentView *view = startLoading(requestFor(old->file()), false);
        // The certificates the user added stay linked to the list read again: they are held in memory.
        if (std::vector<CertificateSourceData> linked = old->linkedSources(); !linked.empty())
            connect(
                view, &DocumentView::loaded, this,
                [this, view, linked = std::move(linked)]() mutable {
                    view->linkSources(std::move(linked));
                    updateTab(m_tabs->indexOf(view));
                },
                Qt::SingleShotConnection);
        connect(
            view, &DocumentView::loaded, view, [view, place] { view->restorePlace(place); },
            Qt::SingleShotConnection);
        replaceView(i, view);
        statusBar()->showMessage(tr("Reloaded %1").arg(modeltext::oneLine(path)), 5000);
    }
    // A file replaced on disk leaves the watcher; watch it again.
    if (QFileInfo(path).isFile() && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void MainWindow::closeTab(int index) {
    DocumentView *view = documentView(index);
    if (!view) {
        if (QWidget *other = m_tabs->widget(index)) { // a diff tab
            m_tabs->removeTab(index);
            other->deleteLater();
            updateEmptyState();
        }
        return;
    }
    view->saveState();
    view->cancelLoading(); // a result that arrives later is dropped
    if (!view->file().path.isEmpty())
        m_watcher->removePath(view->file().path);
    m_tabs->removeTab(index);
    view->deleteLater();
    updateEmptyState();
    shareDisallowedList();
}

void MainWindow::shareDisallowedList() {
    std::shared_ptr<const CtlDocument> disallowed;
    for (int i = 0; i < m_tabs->count() && !disallowed; ++i)
        if (DocumentView *view = documentView(i))
            disallowed = view->disallowedList();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (DocumentView *view = documentView(i); view && view->showsLists())
            view->setDisallowedList(disallowed);
}

void MainWindow::updateEmptyState() {
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
    updateWindowTitle();
}

DocumentView *MainWindow::documentView(int index) const {
    return qobject_cast<DocumentView *>(m_tabs->widget(index));
}

DocumentView *MainWindow::currentView() const {
    return qobject_cast<DocumentView *>(m_tabs->currentWidget());
}

void MainWindow::rememberRecent(const QString &path) {
    QSettings settings;
    QStringList recent = settings.value(settingskey::RecentFiles).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(settingskey::RecentFiles, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    const QStringList recent = QSettings().value(settingskey::RecentFiles).toStringList();
    m_recentMenu->clear();
    for (const QString &path : recent)
        m_recentMenu->addAction(plaintext::tabText(path), this, [this, path] { openFiles({path}); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentFiles(recent);
}

void MainWindow::openDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Certificate Trust Lists"), QString(),
        tr("Certificate Trust Lists (*.stl *.cab *.ctl *.p7s *.cat);;CAB archives (*.cab);;%1;;All files (*)")
            .arg(certificateFilter()));
    openFiles(files);
}

void MainWindow::addCertificatesDialog(bool folder) {
    DocumentView *view = currentView();
    if (!view || !view->showsLists()) {
        plaintext::information(this, tr("Add certificates"), tr("Open a trust list first."));
        return;
    }
    QStringList paths;
    if (folder) {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Add certificate folder"));
        if (!path.isEmpty())
            paths << path;
    } else {
        paths =
            QFileDialog::getOpenFileNames(this, tr("Add certificates"), QString(),
                                          certificateFilter() + QStringLiteral(";;") + tr("All files (*)"));
    }
    addCertificates(paths);
}

void MainWindow::addCertificates(const QStringList &paths) {
    DocumentView *view = currentView();
    if (paths.isEmpty() || !view)
        return;
    statusBar()->showMessage(tr("Reading certificates\u2026"));
    view->addCertificatesInBackground(paths); // certificatesAdded(): see startLoading()
}

void MainWindow::onCertificatesAdded(DocumentView *view, const QString &problems, const QStringList &lists) {
    statusBar()->clearMessage();
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    if (!problems.isEmpty())
        plaintext::warning(this, tr("Add certificates"), problems);
    else if (const CertificateLinks *links = view->certificateLinks())
        statusBar()->showMessage(tr("%1 entries linked, %2 missing, %3 SHA-256 mismatches")
                                     .arg(QString::number(links->matched), QString::number(links->missing),
                                          QString::number(links->mismatched)),
                                 10000);
    updateTab(index);
    openFiles(lists);
}

void MainWindow::exportTrustBundle() {
    DocumentView *view = currentView();
    if (!view || !view->certificateLinks()) {
        plaintext::information(this, tr("Export"), tr("Add certificates to a trust list first."));
        return;
    }
    TrustBundleDialog choices(this);
    if (choices.exec() != QDialog::Accepted)
        return;
    const QString path = savedialog::askPath(
        this, tr("Export"), QFileInfo(view->file().displayName).completeBaseName() + QStringLiteral(".pem"),
        tr("PEM bundles (*.pem)"));
    if (path.isEmpty())
        return;
    const Expected<TrustBundleSummary> written = view->exportTrustBundle(path, choices.options());
    if (written) {
        // What went in and what was left out, never a silent drop (as ctltool says on standard error).
        const TrustBundleSummary &summary = written.value();
        statusBar()->showMessage(
            tr("%1 certificates written; left out: %2 without a certificate, %3 with another SHA-256, %4 not "
               "granted the purpose, %5 disabled, %6 restricted by a NotBefore date")
                .arg(QString::number(summary.written), QString::number(summary.missing.size()),
                     QString::number(summary.mismatched.size()), QString::number(summary.notGranted),
                     QString::number(summary.disabled), QString::number(summary.notBeforeExcluded)),
            15000);
    } else
        plaintext::warning(this, tr("Export"), written.error().toString());
}

void MainWindow::pasteText() {
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to open."), 5000);
        return;
    }
    openBytes(text.toUtf8(), tr("Pasted text"));
}

void MainWindow::editTrustSettings() {
    TrustSettingsDialog dialog(m_trust, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_trust = dialog.settings();
    m_trust.save();
    QStringList problems;
    m_trust.toOptions(&problems);
    if (!problems.isEmpty())
        plaintext::warning(this, tr("Trust and purposes"), problems.join(QLatin1Char('\n')));
    // Check the open lists again under the new settings.
    for (int i = 0; i < m_tabs->count(); ++i)
        if (!documentView(i)->file().path.isEmpty())
            reloadPath(documentView(i)->file().path);
}

void MainWindow::showHelp() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Windows root updates and CAPI2 Event ID 11"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    QString html;
    for (const QString &paragraph : contextHelp(ListKind::AuthRoot)) {
        const QString head = paragraph.section(QLatin1String(". "), 0, 0);
        const QString rest = paragraph.section(QLatin1String(". "), 1);
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(head.toHtmlEscaped(), rest.toHtmlEscaped());
    }
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(700, 560);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About CTL Viewer"),
        tr("<h3>CTL Viewer %1</h3><p>Opens Microsoft Certificate Trust Lists and the CAB files Windows "
           "Update ships them in, shows everything inside, and verifies them the way Windows does.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::exportCurrent(ExportKind kind) {
    DocumentView *view = currentView();
    if (!view || view->isLoading() || view->hasError()) {
        plaintext::information(this, tr("Export"), tr("Open a trust list first."));
        return;
    }
    const QString base = QFileInfo(view->file().displayName).completeBaseName();
    const bool pdf = kind == ExportKind::PdfReport;
    const QString suggested = base + (pdf                               ? QStringLiteral(".pdf")
                                      : kind == ExportKind::FindingsCsv ? QStringLiteral("-findings.csv")
                                                                        : QStringLiteral(".csv"));
    const QString path = savedialog::askPath(this, tr("Export"), suggested,
                                             pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QSettings settings;
    const QChar separator = settings.value(settingskey::ExportLocaleSeparator, false).toBool()
                                ? CsvExport::separatorForLocale(QLocale())
                                : QLatin1Char(',');
    const bool bom = settings.value(settingskey::ExportByteOrderMark, false).toBool();
    const auto exported = [&]() -> Expected<void> {
        switch (kind) {
        case ExportKind::PdfReport:
            return view->exportPdf(path, exportPageSize());
        case ExportKind::AllEntriesCsv:
            return view->exportEntriesCsv(path, DocumentView::EntryScope::All, separator, bom);
        case ExportKind::FilteredEntriesCsv:
            return view->exportEntriesCsv(path, DocumentView::EntryScope::FilteredView, separator, bom);
        case ExportKind::SelectedEntriesCsv:
            return view->exportEntriesCsv(path, DocumentView::EntryScope::SelectedRows, separator, bom);
        case ExportKind::FindingsCsv:
            break;
        }
        return view->exportFindingsCsv(path, separator, bom);
    }();
    if (exported)
        statusBar()->showMessage(tr("Exported to %1").arg(modeltext::oneLine(path)), 8000);
    else
        plaintext::warning(this, tr("Export"), exported.error().toString());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

namespace {
// A small regular file whose first certificate is an end entity (CheckPanel::isCheckable).
bool isCheckableFile(const QString &path) {
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > CheckPanel::MaxCheckSize)
        return false;
    const auto read = CertificateSources::read(path);
    return read && CheckPanel::isCheckable(read.value());
}
} // namespace

void MainWindow::checkCertificateDialog() {
    DocumentView *view = currentView();
    if (!view || !view->showsLists()) {
        plaintext::information(this, tr("Check a certificate"), tr("Open a trust list first."));
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Check a certificate"), QString(),
                                     tr("Certificates and chains (*.crt *.cer *.der *.pem *.p7b *.p7c)") +
                                         QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        checkCertificate(path);
}

void MainWindow::checkCertificate(const QString &path) {
    DocumentView *view = currentView();
    if (!view || !view->showsLists())
        return;
    const auto read = CertificateSources::read(path);
    if (!read) {
        view->showEntries();
        view->checkPanel()->showProblem(path, read.error().toString());
        return;
    }
    if (const auto checked = view->checkCertificate(read.value()); checked)
        statusBar()->showMessage(CheckPanel::sentenceFor(checked.value()), 8000);
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // With Shift, one list dropped onto a tab that shows a list is compared with it (issue #16).
    DocumentView *view = currentView();
    if (view && view->showsLists() && paths.size() == 1 && (event->modifiers() & Qt::ShiftModifier)) {
        compareWith(paths.front());
        return;
    }
    // Onto a tab that shows a security catalog, files and folders are checked against it (Tools ▸ Check
    // files against this catalog…): what a user drops there is a driver package's files.
    if (view && view->showsLists() && holdsCatalog(view->file())) {
        if (CatalogFilesDialog *dialog = openCatalogFilesDialog(this, &view->file()))
            dialog->check(paths);
        return;
    }
    // Onto a tab that shows lists, one end-entity certificate or chain is checked against the list
    // (CheckPanel::isCheckable), other certificate sources are linked to them; everything else opens.
    if (view && view->showsLists() && paths.size() == 1 && isCheckableFile(paths.front()))
        checkCertificate(paths.front());
    else if (view && view->showsLists())
        addCertificates(paths);
    else
        openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(settingskey::WindowGeometry, saveGeometry());
    settings.setValue(settingskey::WindowState, saveState());
    if (DocumentView *view = currentView())
        view->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace ctlv
