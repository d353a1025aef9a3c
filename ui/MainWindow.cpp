#include "MainWindow.h"

#include "CsvExport.h"
#include "DocumentView.h"
#include "Icons.h"
#include "Language.h"
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
const QString bundledSampleName = QStringLiteral("authrootstl.cab");
const QString languageKey = QStringLiteral("language");
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
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
    return QSettings().value(languageKey).toString();
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
        QSettings().setValue(languageKey, code);
    m_language = code;
    language::apply(*locale);
    retranslate();
}

void MainWindow::retranslate() {
    // Texts are set once, where the widgets are built, so building again is the one complete way to
    // change them: the menus, the welcome page, and every tab (its findings come from validation).
    setWindowTitle(tr("CTL Viewer"));
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
    const int current = m_tabs->currentIndex();
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentView *old = documentView(i);
        old->saveState();
        const OpenedFile &file = old->file();
        auto *view = new DocumentView(
            file.path.isEmpty() ? OpenedFile::fromBytes(file.bytes, file.displayName, validationOptions())
                                : OpenedFile::fromPath(file.path, validationOptions()),
            m_tabs);
        const QIcon icon = view->hasError() ? icons::forSeverity(Severity::Error)
                                            : icons::forVerdict(view->file().reports.front()->verdict);
        const QString tooltip = m_tabs->tabToolTip(i);
        m_tabs->removeTab(i);
        m_tabs->insertTab(i, view, icon, view->file().displayName);
        m_tabs->setTabToolTip(i, tooltip);
        old->deleteLater();
    }
    m_tabs->setCurrentIndex(current);
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
    exportMenu->addAction(tr("&PDF report\u2026"), this, [this] { exportCurrent(0); });
    exportMenu->addAction(tr("Entries as CSV: &all\u2026"), this, [this] { exportCurrent(1); });
    exportMenu->addAction(tr("Entries as CSV: &filtered view\u2026"), this, [this] { exportCurrent(2); });
    exportMenu->addAction(tr("Entries as CSV: &selected rows\u2026"), this, [this] { exportCurrent(3); });
    exportMenu->addAction(tr("F&indings as CSV\u2026"), this, [this] { exportCurrent(4); });
    exportMenu->addSeparator();
    QSettings settings;
    QAction *localeSeparator = exportMenu->addAction(
        tr("CSV: use the locale's separator (; where the decimal separator is a comma)"));
    localeSeparator->setCheckable(true);
    localeSeparator->setChecked(settings.value(QStringLiteral("export/localeSeparator"), false).toBool());
    connect(localeSeparator, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/localeSeparator"), on); });
    QAction *bom = exportMenu->addAction(tr("CSV: start with a byte order mark (for spreadsheet programs)"));
    bom->setCheckable(true);
    bom->setChecked(settings.value(QStringLiteral("export/bom"), false).toBool());
    connect(bom, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/bom"), on); });
    QAction *letter = exportMenu->addAction(tr("PDF: US Letter paper instead of A4"));
    letter->setCheckable(true);
    letter->setChecked(settings.value(QStringLiteral("export/letter"), false).toBool());
    connect(letter, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("export/letter"), on); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy selected entries"), this, [this] {
        if (DocumentView *view = currentView())
            view->copySelection();
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *helpAction =
        help->addAction(tr("Windows root updates and CAPI2 Event ID 11"), this, &MainWindow::showHelp);
    helpAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About CTL Viewer"), this, &MainWindow::showAbout);
}

ValidationOptions MainWindow::validationOptions() const {
    return m_trust.toOptions();
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
        OpenedFile file = OpenedFile::fromPath(path, validationOptions());
        if (!file.error || file.error->code != LoadError::Code::Unreadable)
            rememberRecent(absolute);
        if (QFileInfo(absolute).isFile())
            m_watcher->addPath(absolute);
        addView(std::move(file));
    }
}

void MainWindow::openBundledSample() {
    QFile sample(QStringLiteral(":/samples/authrootstl.cab"));
    if (!sample.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Bundled sample"),
                             tr("The bundled sample is missing from this build."));
        return;
    }
    openBytes(sample.readAll(), bundledSampleName);
}

void MainWindow::openBytes(const QByteArray &bytes, const QString &displayName) {
    addView(OpenedFile::fromBytes(bytes, displayName, validationOptions()));
}

void MainWindow::addView(OpenedFile file) {
    const QString title = file.displayName;
    const QString tooltip = file.path.isEmpty() ? file.displayName : file.path;
    auto *view = new DocumentView(std::move(file), m_tabs);
    const QIcon icon = view->hasError() ? icons::forSeverity(Severity::Error)
                                        : icons::forVerdict(view->file().reports.front()->verdict);
    const int index = m_tabs->addTab(view, icon, title);
    m_tabs->setTabToolTip(index, tooltip);
    m_tabs->setCurrentIndex(index);
    updateEmptyState();
    if (view->hasError())
        statusBar()->showMessage(view->file().error->toString(), 10000);
}

void MainWindow::reloadPath(const QString &path) {
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentView *old = documentView(i);
        if (old->file().path != path)
            continue;
        old->saveState();
        auto *view = new DocumentView(OpenedFile::fromPath(path, validationOptions()), m_tabs);
        const bool current = m_tabs->currentIndex() == i;
        const QIcon icon = view->hasError() ? icons::forSeverity(Severity::Error)
                                            : icons::forVerdict(view->file().reports.front()->verdict);
        m_tabs->removeTab(i);
        m_tabs->insertTab(i, view, icon, view->file().displayName);
        m_tabs->setTabToolTip(i, path);
        if (current)
            m_tabs->setCurrentIndex(i);
        old->deleteLater();
        statusBar()->showMessage(tr("Reloaded %1").arg(path), 5000);
    }
    // A file replaced on disk leaves the watcher; watch it again.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void MainWindow::closeTab(int index) {
    DocumentView *view = documentView(index);
    if (!view)
        return;
    view->saveState();
    if (!view->file().path.isEmpty())
        m_watcher->removePath(view->file().path);
    m_tabs->removeTab(index);
    view->deleteLater();
    updateEmptyState();
}

void MainWindow::updateEmptyState() {
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

DocumentView *MainWindow::documentView(int index) const {
    return qobject_cast<DocumentView *>(m_tabs->widget(index));
}

DocumentView *MainWindow::currentView() const {
    return qobject_cast<DocumentView *>(m_tabs->currentWidget());
}

void MainWindow::rememberRecent(const QString &path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    m_recentMenu->clear();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openFiles({path}); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentFiles(recent);
}

void MainWindow::openDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Certificate Trust Lists"), QString(),
        tr("Certificate Trust Lists (*.stl *.cab *.ctl *.p7s *.cat);;CAB archives (*.cab);;All files (*)"));
    openFiles(files);
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
        QMessageBox::warning(this, tr("Trust and purposes"), problems.join(QLatin1Char('\n')));
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

void MainWindow::exportCurrent(int kind) {
    DocumentView *view = currentView();
    if (!view || view->hasError()) {
        QMessageBox::information(this, tr("Export"), tr("Open a trust list first."));
        return;
    }
    const QString base = QFileInfo(view->file().displayName).completeBaseName();
    const bool pdf = kind == 0;
    const QString suggested = base + (pdf         ? QStringLiteral(".pdf")
                                      : kind == 4 ? QStringLiteral("-findings.csv")
                                                  : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggested, pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QSettings settings;
    const QChar separator = settings.value(QStringLiteral("export/localeSeparator"), false).toBool()
                                ? CsvExport::separatorForLocale(QLocale())
                                : QLatin1Char(',');
    const bool bom = settings.value(QStringLiteral("export/bom"), false).toBool();
    QString error;
    switch (kind) {
    case 0:
        error = view->exportPdf(path, settings.value(QStringLiteral("export/letter"), false).toBool()
                                          ? QPageSize::Letter
                                          : QPageSize::A4);
        break;
    case 1:
        error = view->exportEntriesCsv(path, DocumentView::EntryScope::All, separator, bom);
        break;
    case 2:
        error = view->exportEntriesCsv(path, DocumentView::EntryScope::FilteredView, separator, bom);
        break;
    case 3:
        error = view->exportEntriesCsv(path, DocumentView::EntryScope::SelectedRows, separator, bom);
        break;
    default:
        error = view->exportFindingsCsv(path, separator, bom);
        break;
    }
    if (error.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Export"), error);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (DocumentView *view = currentView())
        view->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace ctlv
