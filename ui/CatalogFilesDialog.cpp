// The catalog coverage dialog (CatalogFilesDialog.h). Hashing runs on one worker thread, which posts each
// file's result to the dialog as it is ready, so hashing a 100 MB folder never freezes the window; closing
// the dialog stops the worker after the file it is hashing.
#include "CatalogFilesDialog.h"

#include "FileCoverageModel.h"
#include "PlainText.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ctlv {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new plaintext::ToolTipDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}
} // namespace

CatalogFilesDialog::CatalogFilesDialog(std::shared_ptr<const CatalogIndex> index, QWidget *parent)
    : QDialog(parent), m_index(std::move(index)), m_fileModel(new FileCoverageModel(m_index, this)),
      m_memberModel(new CatalogMemberModel(m_index, this)) {
    setWindowTitle(tr("Check files against this catalog"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Add files or folders, or drop them here. Each file is hashed as Windows does "
                      "(the Authenticode image hash of a PE file, the hash of every byte otherwise) "
                      "and looked up among the catalog's members by hash, never by name."),
                   this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_fileView = makeTable(m_fileModel, splitter);
    m_memberView = makeTable(m_memberModel, splitter);
    m_fileView->setColumnWidth(FileCoverageModel::StatusColumn, 180);
    m_fileView->setColumnWidth(FileCoverageModel::FileColumn, 320);
    m_fileView->setColumnWidth(FileCoverageModel::MemberColumn, 320);
    m_memberView->setColumnWidth(CatalogMemberModel::NameColumn, 200);
    m_memberView->setColumnWidth(CatalogMemberModel::TagColumn, 420);
    layout->addWidget(splitter, 1);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *addFilesButton = buttons->addButton(tr("Add &files\u2026"), QDialogButtonBox::ActionRole);
    connect(addFilesButton, &QPushButton::clicked, this, &CatalogFilesDialog::addFiles);
    auto *addFolderButton = buttons->addButton(tr("Add f&older\u2026"), QDialogButtonBox::ActionRole);
    connect(addFolderButton, &QPushButton::clicked, this, &CatalogFilesDialog::addFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 650);
    updateSummary();
}

CatalogFilesDialog::~CatalogFilesDialog() {
    stopWorker();
}

void CatalogFilesDialog::stopWorker() {
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
}

void CatalogFilesDialog::check(const QStringList &paths) {
    stopWorker(); // one run at a time: a new choice replaces what the last one was still doing
    m_fileModel->clear();
    m_memberModel->clearFiles();
    m_done = false;
    updateSummary();
    // Results are posted with the dialog as context: once it is gone (the destructor joins first) they are
    // dropped.
    m_worker = std::thread([this, paths]() {
        // The open catalog itself is not one of the files it could cover.
        QStringList catalogs;
        for (const IndexedCatalog &catalog : m_index->catalogs())
            catalogs << catalog.path;
        for (const QString &path : collectFiles(paths, catalogs)) {
            if (m_cancel)
                break;
            FileCoverage coverage = checkFile(*m_index, path);
            QMetaObject::invokeMethod(
                this,
                [this, coverage = std::move(coverage)]() mutable {
                    m_memberModel->noteFile(coverage);
                    m_fileModel->addFile(std::move(coverage));
                    updateSummary();
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_done = true;
                updateSummary();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

void CatalogFilesDialog::updateSummary() {
    int covered = 0;
    for (const FileCoverage &file : m_fileModel->files())
        covered += file.covered() ? 1 : 0;
    const int files = static_cast<int>(m_fileModel->files().size());
    QString text = tr("%1 of %n file(s) covered", "", files).arg(covered);
    if (!m_done)
        text += QStringLiteral(" \u2014 ") + tr("hashing\u2026");
    m_summary->setText(text);
}

void CatalogFilesDialog::addFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Files to check"));
    if (!files.isEmpty())
        check(files);
}

void CatalogFilesDialog::addFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to check"));
    if (!folder.isEmpty())
        check({folder});
}

namespace {
bool isCatalog(const CtlDocument &document) {
    return document.subjectUsage.contains(QLatin1String("1.3.6.1.4.1.311.12.1.1"));
}
} // namespace

bool holdsCatalog(const OpenedFile &file) {
    return std::any_of(file.documents.begin(), file.documents.end(),
                       [](const auto &document) { return document && isCatalog(*document); });
}

CatalogFilesDialog *openCatalogFilesDialog(QWidget *parent, const OpenedFile *file) {
    std::vector<std::shared_ptr<const CtlDocument>> catalogs;
    std::vector<std::shared_ptr<const ValidationReport>> reports;
    if (file) {
        for (size_t i = 0; i < file->documents.size(); ++i) {
            if (!isCatalog(*file->documents[i]))
                continue;
            catalogs.push_back(file->documents[i]);
            reports.push_back(i < file->reports.size() ? file->reports[i] : nullptr);
        }
    }
    if (catalogs.empty()) {
        plaintext::information(parent, CatalogFilesDialog::tr("Check files against this catalog"),
                               CatalogFilesDialog::tr("Open a security catalog (.cat) first: the current tab "
                                                      "holds none."));
        return nullptr;
    }
    auto *dialog = new CatalogFilesDialog(
        std::make_shared<const CatalogIndex>(CatalogIndex::fromDocuments(catalogs, reports)), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void CatalogFilesDialog::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CatalogFilesDialog::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        check(paths);
        event->acceptProposedAction();
    }
}

} // namespace ctlv
