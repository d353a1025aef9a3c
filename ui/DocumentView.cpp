// One opened file in its tab: builds the banner, navigation tree, entry table, findings, chain and
// detail panes, wires them together, and runs the tab's exports.
#include "DocumentView.h"

#include "CertificateInfo.h"
#include "CertificateTableModel.h"
#include "ChainTreeModel.h"
#include "CheckPanel.h"
#include "CsvExport.h"
#include "DetailModel.h"
#include "DocumentTreeModel.h"
#include "EntryFilterProxy.h"
#include "EntryTableModel.h"
#include "FileAccess.h"
#include "FindingsModel.h"
#include "Icons.h"
#include "ModelText.h"
#include "PdfReport.h"
#include "PlainText.h"
#include "SaveDialog.h"
#include "SettingsKeys.h"
#include "StatusDelegate.h"
#include "TrustBundle.h"
#include "TrustControls.h"
#include "TrustText.h"
#include "VerdictBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace ctlv {

namespace {
enum Page { EntriesPage, FindingsPage, ChainPage, UnlistedPage };
LoadError exportError(LoadError::Code code, const QString &message); // below, with the exports
} // namespace

DocumentView::DocumentView(OpenedFile file, QWidget *parent) : QWidget(parent), m_file(std::move(file)) {
    buildResultPages();
}

DocumentView::DocumentView(LoadRequest request, QWidget *parent) : QWidget(parent) {
    // Who this tab is, known before anything is read: MainWindow finds tabs by path.
    m_file = OpenedFile::unread(OpenSource{request.path, request.bytes, request.displayName, {}});
    buildLoadingPage();
    m_job = new LoadJob(std::move(request), this);
    connect(m_job, &LoadJob::phaseChanged, this, &DocumentView::showPhase);
    connect(m_job, &LoadJob::finished, this, &DocumentView::onLoaded);
}

DocumentView::~DocumentView() = default; // m_job, a child, cancels itself

void DocumentView::cancelLoading() {
    if (!m_job)
        return;
    m_job->cancel();
    disconnect(m_job, nullptr, this, nullptr);
}

void DocumentView::buildResultPages() {
    if (m_file.error)
        buildErrorPage();
    else if (showsCertificateSource())
        buildCertificatePage();
    else
        buildDocumentPages();
    setUpKeyboardAndMenus();
}

void DocumentView::buildLoadingPage() {
    auto *outer = new QVBoxLayout(this);
    m_loadingPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_loadingPage);
    layout->addStretch(1);
    m_progressLabel = new QLabel(m_loadingPage);
    m_progressLabel->setTextFormat(Qt::PlainText); // the file name is the user's, or a stranger's
    m_progressLabel->setAlignment(Qt::AlignCenter);
    m_progressLabel->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progressLabel);
    auto *busy = new QProgressBar(m_loadingPage);
    busy->setRange(0, 0); // no fraction to show: a busy indicator
    busy->setTextVisible(false);
    busy->setMaximumWidth(320);
    layout->addWidget(busy, 0, Qt::AlignHCenter);
    m_cancel = new QPushButton(tr("Cancel"), m_loadingPage);
    connect(m_cancel, &QPushButton::clicked, this, &DocumentView::cancelRequested);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    outer->addWidget(m_loadingPage);
    showPhase(LoadJob::Phase::Waiting);
}

void DocumentView::showPhase(LoadJob::Phase phase) {
    if (!m_progressLabel)
        return;
    const QString name = modeltext::oneLine(m_file.displayName);
    m_progressLabel->setText(phase == LoadJob::Phase::Verifying ? tr("Verifying %1\u2026").arg(name)
                                                                : tr("Reading %1\u2026").arg(name));
}

void DocumentView::onLoaded() {
    OpenedFile result = m_job->takeResult();
    m_job->deleteLater();
    m_job = nullptr;
    m_file = std::move(result);
    delete m_loadingPage;
    m_loadingPage = nullptr;
    m_progressLabel = nullptr;
    m_cancel = nullptr;
    delete layout();
    buildResultPages();
    // Widgets added to a shown widget would only appear at the next turn of the event loop: show them
    // now, so that the tab is complete when loaded() is emitted.
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (!child->testAttribute(Qt::WA_WState_ExplicitShowHide))
            child->show();
    Q_EMIT loaded();
}

void DocumentView::buildErrorPage() {
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    icon->setPixmap(icons::forSeverity(Severity::Error).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setAccessibleName(tr("Error"));
    const LoadError &error = *m_file.error;
    // The message and the name quote the file (member names, the path): escaped, one line each.
    QString text =
        QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p>")
            .arg(
                tr("This file cannot be shown as a Certificate Trust List").toHtmlEscaped(),
                modeltext::oneLine(error.toString()).toHtmlEscaped(), tr("File:").toHtmlEscaped(),
                modeltext::oneLine(m_file.path.isEmpty() ? m_file.displayName : m_file.path).toHtmlEscaped());
    if (error.offset >= 0)
        text += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Byte offset:").toHtmlEscaped(), QString::number(error.offset));
    m_errorLabel->setTextFormat(Qt::RichText); // our markup; everything from the file is escaped above
    m_errorLabel->setText(text);
    m_errorLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_errorLabel, 1);
}

bool DocumentView::showsCertificateSource() const {
    return !m_job && !m_file.error && m_file.documents.empty() && m_file.certificates.has_value();
}

bool DocumentView::showsLists() const {
    return !m_job && !m_file.error && !m_file.documents.empty();
}

// The detail pane under the table of a list or of a certificate source: the selection's sections.
void DocumentView::buildDetailPane() {
    m_detailModel = new DetailModel(this);
    m_detail = new QTreeView(m_rightSplitter);
    m_detail->setModel(m_detailModel);
    m_detail->setItemDelegate(new plaintext::ToolTipDelegate(m_detail));
    m_detail->setAlternatingRowColors(true);
    m_detail->setWordWrap(true);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detail->setContextMenuPolicy(Qt::CustomContextMenu);
    m_detail->setAccessibleName(tr("Details"));
    connect(m_detail, &QWidget::customContextMenuRequested, this, &DocumentView::detailContextMenu);
}

void DocumentView::buildCertificatePage() {
    auto *layout = new QVBoxLayout(this);
    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(m_rightSplitter, 1);
    auto *page = new QWidget(m_rightSplitter);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QHBoxLayout;
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Filter certificates: subject, issuer, thumbprint\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter certificates"));
    m_count = new QLabel(page);
    m_count->setAccessibleName(tr("Certificate count"));
    filterBar->addWidget(m_filter, 1);
    filterBar->addWidget(m_count);
    pageLayout->addLayout(filterBar);

    m_certificateModel = new CertificateTableModel(this);
    m_certificateModel->setSource(std::make_shared<const CertificateSourceData>(*m_file.certificates));
    m_certificateProxy = new QSortFilterProxyModel(this);
    m_certificateProxy->setSourceModel(m_certificateModel);
    m_certificateProxy->setFilterRole(SearchTextRole); // the whole row, lowercase, in column 0
    m_certificateProxy->setFilterKeyColumn(CertificateColumn::Subject);
    m_certificateProxy->setSortRole(SortRole);
    m_certificates = new QTableView(page);
    m_certificates->setModel(m_certificateProxy);
    m_certificates->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the source's order
    m_certificates->setSortingEnabled(true);
    m_certificates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_certificates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_certificates->setAlternatingRowColors(true);
    m_certificates->setWordWrap(false);
    m_certificates->verticalHeader()->hide();
    m_certificates->verticalHeader()->setDefaultSectionSize(m_certificates->fontMetrics().height() + 8);
    m_certificates->setItemDelegate(new plaintext::ToolTipDelegate(m_certificates)); // names as text
    m_certificates->setAccessibleName(tr("Certificates"));
    pageLayout->addWidget(m_certificates, 1);
    const auto updateCertificateCount = [this] {
        m_count->setText(tr("%1 of %Ln certificates", nullptr, m_certificateModel->rowCount())
                             .arg(QLocale().toString(m_certificateProxy->rowCount())));
    };
    connect(m_filter, &QLineEdit::textChanged, this, [this, updateCertificateCount](const QString &text) {
        m_certificateProxy->setFilterFixedString(text.toLower());
        updateCertificateCount();
    });
    updateCertificateCount();

    buildDetailPane();
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    connect(m_certificates->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentView::onCertificateSelection);
    m_certificates->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_certificates, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const StoredCertificate *certificate = m_certificateModel->certificateAt(
            m_certificateProxy->mapToSource(m_certificates->indexAt(position)));
        if (!certificate)
            return;
        QMenu menu(this);
        const QByteArray der = certificate->der;
        const QString name = toHex(certificate->sha1);
        const QString sha1 = name;
        menu.addAction(tr("Copy SHA-1 thumbprint"), this,
                       [sha1] { QGuiApplication::clipboard()->setText(sha1); });
        menu.addSeparator();
        menu.addAction(tr("Export certificate as PEM\u2026"), this, [this, der, name] {
            exportCertificate(der, name + QStringLiteral(".pem"), CertificateEncoding::Pem);
        });
        menu.addAction(tr("Export certificate as DER\u2026"), this, [this, der, name] {
            exportCertificate(der, name + QStringLiteral(".cer"), CertificateEncoding::Der);
        });
        menu.exec(m_certificates->viewport()->mapToGlobal(position));
    });
    m_certificates->resizeColumnsToContents();
    for (int column = 0; column < CertificateColumn::ColumnCount; ++column)
        m_certificates->setColumnWidth(column, std::min(m_certificates->columnWidth(column), 360));
    if (m_certificateProxy->rowCount() > 0)
        m_certificates->setCurrentIndex(m_certificateProxy->index(0, CertificateColumn::Subject));
}

void DocumentView::onCertificateSelection() {
    const QModelIndex current = m_certificates->currentIndex();
    const StoredCertificate *certificate =
        current.isValid() ? m_certificateModel->certificateAt(m_certificateProxy->mapToSource(current))
                          : nullptr;
    if (!certificate) {
        m_detailModel->clear();
        m_detailCertificateDer.clear();
        return;
    }
    m_detailModel->setCertificate(*certificate);
    m_detailCertificateDer = certificate->der;
    m_detail->expandAll();
    m_detail->resizeColumnToContents(DetailColumn::Field);
}

QString DocumentView::addCertificates(const QStringList &paths, QStringList *notSources) {
    if (!showsLists())
        return tr("Open a trust list first.");
    std::vector<OpenedFile> read;
    for (const QString &path : paths) // the one load step, as a tab reads its file
        read.push_back(openAndValidate(OpenSource{path, {}, {}, {}}, std::nullopt));
    return linkRead(std::move(read), notSources);
}

void DocumentView::addCertificatesInBackground(const QStringList &paths) {
    if (!showsLists() || paths.isEmpty() || !m_addJobs.empty()) {
        Q_EMIT certificatesAdded(showsLists() ? QString() : tr("Open a trust list first."), {});
        return;
    }
    m_added.assign(static_cast<size_t>(paths.size()), OpenedFile{});
    m_addsPending = static_cast<int>(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        // Without a parent: retranslate() rebuilds the tab from its children, and must not take these.
        auto job = std::make_unique<LoadJob>(LoadRequest{paths[i], {}, {}, {}});
        connect(job.get(), &LoadJob::finished, this, [this, i] {
            m_added[static_cast<size_t>(i)] = m_addJobs[static_cast<size_t>(i)]->takeResult();
            if (--m_addsPending > 0)
                return;
            for (auto &done : m_addJobs)
                done.release()->deleteLater(); // not inside its own signal
            m_addJobs.clear();
            QStringList notSources;
            const QString problems = linkRead(std::exchange(m_added, {}), &notSources);
            Q_EMIT certificatesAdded(problems, notSources);
        });
        m_addJobs.push_back(std::move(job));
    }
}

QString DocumentView::linkRead(std::vector<OpenedFile> read, QStringList *notSources) {
    QStringList problems;
    std::vector<CertificateSourceData> added;
    for (OpenedFile &opened : read) {
        const QString path = opened.path;
        // Whatever holds lists is not linked but opened, when the caller wants that.
        if (opened.error) {
            problems << opened.error->toString();
        } else if (!opened.documents.empty() || !opened.certificates) {
            if (notSources)
                *notSources << path;
            else
                problems << tr("%1 holds no certificates to add.").arg(opened.displayName);
        } else {
            added.push_back(std::move(*opened.certificates));
        }
    }
    if (!added.empty())
        linkSources(std::move(added));
    return problems.join(QLatin1Char('\n'));
}

void DocumentView::linkSources(std::vector<CertificateSourceData> sources) {
    if (!showsLists() || sources.empty())
        return;
    for (CertificateSourceData &source : sources)
        m_linkedSources.push_back(std::move(source));
    linkCertificates();
    // The tree counts findings: built again with the linked reports, on the node it showed.
    const QModelIndex node = m_tree->currentIndex();
    const DocumentNodeKind nodeKind = m_treeModel->nodeKind(node);
    const int nodeDocument = m_treeModel->documentIndex(node);
    const int nodeItem = m_treeModel->itemIndex(node);
    std::vector<DocumentAndReport> documents;
    for (size_t i = 0; i < m_file.documents.size(); ++i)
        documents.emplace_back(m_file.documents[i], m_file.reports[i]);
    m_treeModel->setDocuments(m_file.displayName, std::move(documents), unlistedCounts());
    m_tree->expandAll();
    const QModelIndex again = m_treeModel->findNode(nodeKind, nodeDocument, nodeItem);
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    const int shown = m_documentIndex;
    m_documentIndex = -1; // show it again, with its links and findings
    showDocument(std::max(shown, 0));
    onEntrySelection();
    showCertificateColumns();
}

// The certificate columns, sized, with the Linked/Missing marker next to the name, where it is seen.
void DocumentView::showCertificateColumns() {
    if (m_entryModel->columnCount() <= EntryColumn::ColumnCount)
        return;
    for (int column = EntryColumn::ColumnCount; column < m_entryModel->columnCount(); ++column) {
        m_entries->resizeColumnToContents(column);
        m_entries->setColumnWidth(column, std::min(m_entries->columnWidth(column), 320));
    }
    QHeaderView *header = m_entries->horizontalHeader();
    header->moveSection(header->visualIndex(EntryColumn::Certificate), 1);
}

// Links every list to the sources added so far, and adds the SHA-256 mismatches to its findings (to the
// report as it was validated, so that adding a second source does not repeat the first's findings).
void DocumentView::linkCertificates() {
    if (m_unlinkedReports.empty())
        m_unlinkedReports = m_file.reports;
    m_links.clear();
    if (m_linkedSources.empty())
        return;
    for (size_t i = 0; i < m_file.documents.size(); ++i) {
        auto links = std::make_shared<const CertificateLinks>(
            CertificateLinker::link(*m_file.documents[i], m_linkedSources));
        if (i < m_unlinkedReports.size()) {
            ValidationReport report = *m_unlinkedReports[i];
            CertificateLinker::addFindings(report, *m_file.documents[i], *links);
            m_file.reports[i] = std::make_shared<const ValidationReport>(std::move(report));
        }
        m_links.push_back(std::move(links));
    }
}

std::vector<size_t> DocumentView::unlistedCounts() const {
    std::vector<size_t> counts;
    for (const auto &links : m_links)
        counts.push_back(links->unlisted.size());
    return counts;
}

void DocumentView::showUnlisted() {
    m_pages->setCurrentIndex(UnlistedPage);
    const CertificateLinks *links = certificateLinks();
    auto unlisted = std::make_shared<CertificateSourceData>();
    if (links)
        for (const int certificate : links->unlisted)
            unlisted->certificates.push_back(links->certificates[static_cast<size_t>(certificate)]);
    m_unlistedModel->setSource(std::move(unlisted));
    m_detailModel->clear();
    m_detailCertificateDer.clear();
    m_unlisted->resizeColumnsToContents();
    for (int column = 0; column < CertificateColumn::ColumnCount; ++column)
        m_unlisted->setColumnWidth(column, std::min(m_unlisted->columnWidth(column), 360));
    if (m_unlistedModel->rowCount() > 0)
        m_unlisted->setCurrentIndex(m_unlistedModel->index(0, CertificateColumn::Subject));
}

const CertificateLinks *DocumentView::certificateLinks() const {
    if (m_documentIndex < 0 || static_cast<size_t>(m_documentIndex) >= m_links.size())
        return nullptr;
    return m_links[static_cast<size_t>(m_documentIndex)].get();
}

void DocumentView::buildDocumentPages() {
    // A registry export's own certificates (its Blob values) are linked to its lists at once.
    if (m_linkedSources.empty() && m_file.certificates && !m_file.certificates->certificates.empty()) {
        m_linkedSources.push_back(*m_file.certificates);
        linkCertificates();
    }
    auto *layout = new QVBoxLayout(this);
    m_banner = new VerdictBanner(this);
    layout->addWidget(m_banner);
    connect(m_banner, &VerdictBanner::showFindingsRequested, this, &DocumentView::showFindings);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(m_mainSplitter, 1);

    m_treeModel = new DocumentTreeModel(this);
    std::vector<DocumentAndReport> documents;
    for (size_t i = 0; i < m_file.documents.size(); ++i)
        documents.emplace_back(m_file.documents[i], m_file.reports[i]);
    m_treeModel->setDocuments(m_file.displayName, std::move(documents), unlistedCounts());
    m_tree = new QTreeView(m_mainSplitter);
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Contents of the file"));
    // The tree names the list, its signers and sections: it keeps room for them when the table's
    // controls ask for width (it was squeezed to a sliver in a window of 1,000 pixels).
    m_tree->setMinimumWidth(m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    m_tree->expandAll();
    m_tree->setItemDelegate(new StatusDelegate(StatusDelegate::Source::Severity, m_tree));

    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_pages = new QStackedWidget(m_rightSplitter);

    // Entries page: filter bar and table.
    auto *entriesPage = new QWidget(m_pages);
    auto *entriesLayout = new QVBoxLayout(entriesPage);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QHBoxLayout;
    m_filter = new QLineEdit(entriesPage);
    m_filter->setPlaceholderText(tr("Filter entries: name, thumbprint, purpose, date\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entries"));
    m_count = new QLabel(entriesPage);
    m_count->setAccessibleName(tr("Entry count"));
    m_trustCounts = new QLabel(entriesPage);
    m_trustCounts->setAccessibleName(tr("Entries per status"));
    filterBar->addWidget(m_filter, 1);
    filterBar->addWidget(m_count);
    filterBar->addWidget(m_trustCounts);
    // The trust question above the filter: what the Status column (first) answers.
    m_trustControls = new TrustControls(entriesPage);
    if (!m_question.at.isValid())
        m_question.at = TrustControls::startOfDay(QDateTime::currentDateTimeUtc().date()); // "today"
    m_trustControls->setQuestion(m_question);
    m_trustControls->setStatusFilter(m_statusFilter);
    m_checkPanel = new CheckPanel(entriesPage); // hidden until a certificate is checked
    entriesLayout->addWidget(m_checkPanel);
    entriesLayout->addWidget(m_trustControls);
    entriesLayout->addLayout(filterBar);
    m_entryModel = new EntryTableModel(this);
    m_entryProxy = new EntryFilterProxy(this);
    m_entryProxy->setSourceModel(m_entryModel);
    m_entries = new QTableView(entriesPage);
    m_entries->setModel(m_entryProxy);
    // File order until the user sorts: no sort indicator pretends otherwise.
    m_entries->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_entries->setSortingEnabled(true);
    m_entries->verticalHeader()->setDefaultSectionSize(m_entries->fontMetrics().height() + 8);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setAlternatingRowColors(true);
    m_entries->setWordWrap(false);
    m_entries->verticalHeader()->hide();
    m_entries->setAccessibleName(tr("Entries"));
    m_entries->setItemDelegate(new plaintext::ToolTipDelegate(m_entries)); // names as text, never HTML
    m_entries->setItemDelegateForColumn(EntryColumn::Status,
                                        new StatusDelegate(StatusDelegate::Source::TrustStatus, m_entries));
    m_entries->setItemDelegateForColumn(
        EntryColumn::Certificate, new StatusDelegate(StatusDelegate::Source::CertificateMatch, m_entries));
    m_entries->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entries->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entries->horizontalHeader()->setSectionsMovable(true);
    entriesLayout->addWidget(m_entries, 1);
    m_pages->addWidget(entriesPage);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The first keystroke on a list of a million entries may have to wait for the search index
        // (built on a worker thread when the list opened): say so with the busy cursor.
        const bool waits = !m_entryModel->isSearchIndexReady();
        if (waits)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        m_entryProxy->setFilterText(text);
        if (waits)
            QApplication::restoreOverrideCursor();
    });
    m_entryProxy->setStatusFilter(m_statusFilter);
    m_entryModel->setDisallowedList(m_disallowed);
    connect(m_trustControls, &TrustControls::questionChanged, this, &DocumentView::askTrust);
    connect(m_trustControls, &TrustControls::statusFilterChanged, this,
            [this](const EntryFilterProxy::StatusFilter &filter) {
                m_statusFilter = filter;
                m_entryProxy->setStatusFilter(filter);
            });
    // A large list's trust table arrives from a worker: the purposes it uses, and the counts.
    connect(m_entryModel, &EntryTableModel::trustReady, this, [this] {
        if (const TrustTable *table = m_entryModel->trustTable())
            m_trustControls->setPurposes(table->purposes());
        updateCount(m_entryProxy->visibleCount(), m_entryProxy->totalCount());
    });
    connect(m_entryProxy, &EntryFilterProxy::countsChanged, this, &DocumentView::updateCount);
    connect(m_entries, &QWidget::customContextMenuRequested, this, &DocumentView::entryContextMenu);
    connect(m_entries->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &DocumentView::headerContextMenu);

    // Findings page: the list and the selected finding's explanation.
    auto *findingsPage = new QSplitter(Qt::Vertical, m_pages);
    m_findingsModel = new FindingsModel(this);
    m_findings = new QTableView(findingsPage);
    m_findings->setModel(m_findingsModel);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(false);
    m_findings->horizontalHeader()->setSectionResizeMode(FindingColumn::Title, QHeaderView::Stretch);
    m_findings->setItemDelegate(new plaintext::ToolTipDelegate(m_findings));
    m_findings->setItemDelegateForColumn(FindingColumn::Severity,
                                         new StatusDelegate(StatusDelegate::Source::Severity, m_findings));
    m_findings->setAccessibleName(tr("Findings"));
    m_findingText = new QTextBrowser(findingsPage);
    m_findingText->setAccessibleName(tr("Explanation of the selected finding"));
    m_pages->addWidget(findingsPage);

    // Chain page.
    m_chainModel = new ChainTreeModel(this);
    m_chain = new QTreeView(m_pages);
    m_chain->setModel(m_chainModel);
    m_chain->setItemDelegate(new plaintext::ToolTipDelegate(m_chain));
    m_chain->setAccessibleName(tr("Signers and certificate chains"));
    m_pages->addWidget(m_chain);

    // Not in this list: the certificates of the added sources that no entry names.
    m_unlistedModel = new CertificateTableModel(this);
    m_unlisted = new QTableView(m_pages);
    m_unlisted->setModel(m_unlistedModel);
    m_unlisted->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unlisted->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unlisted->setAlternatingRowColors(true);
    m_unlisted->setWordWrap(false);
    m_unlisted->verticalHeader()->hide();
    m_unlisted->setItemDelegate(new plaintext::ToolTipDelegate(m_unlisted));
    m_unlisted->setAccessibleName(tr("Certificates not in this list"));
    m_pages->addWidget(m_unlisted);
    connect(m_unlisted->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const StoredCertificate *certificate =
                m_unlistedModel->certificateAt(m_unlisted->currentIndex())) {
            m_detailModel->setCertificate(*certificate);
            m_detailCertificateDer = certificate->der;
            m_detail->expandAll();
            m_detail->resizeColumnToContents(DetailColumn::Field);
        }
    });

    // Detail pane.
    buildDetailPane();

    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentView::onTreeSelection);
    connect(m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentView::onEntrySelection);
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentView::onFindingSelection);
    connect(m_chain->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentView::onChainSelection);

    QSettings settings;
    m_mainSplitter->restoreState(settings.value(settingskey::ViewMainSplitter).toByteArray());
    m_rightSplitter->restoreState(settings.value(settingskey::ViewRightSplitter).toByteArray());

    showDocument(0);
    const QByteArray header = settings.value(settingskey::ViewEntriesHeader).toByteArray();
    if (header.isEmpty() || !m_entries->horizontalHeader()->restoreState(header)) {
        m_entries->resizeColumnsToContents();
        for (int column = 0; column < EntryColumn::ColumnCount; ++column)
            m_entries->setColumnWidth(column, std::min(m_entries->columnWidth(column), 320));
        // The answer first: the Status column leads, where it is seen at any width (the user may move it).
        QHeaderView *entriesHeader = m_entries->horizontalHeader();
        entriesHeader->moveSection(entriesHeader->visualIndex(EntryColumn::Status), 0);
        m_entries->setColumnWidth(EntryColumn::Status,
                                  std::max(m_entries->columnWidth(EntryColumn::Status), 150));
    }
    showCertificateColumns(); // a registry export's, linked to its own certificates
    const QModelIndex list = m_treeModel->findNode(DocumentNodeKind::List, 0);
    if (list.isValid())
        m_tree->setCurrentIndex(list);
}

void DocumentView::retranslate() {
    if (m_job) { // still reading: only the loading page has words
        showPhase(m_job->phase());
        m_cancel->setText(tr("Cancel"));
        return;
    }
    // What is shown, to show it again.
    const QModelIndex node = m_tree ? m_tree->currentIndex() : QModelIndex();
    const DocumentNodeKind nodeKind = m_treeModel ? m_treeModel->nodeKind(node) : DocumentNodeKind::List;
    const int nodeDocument = m_treeModel ? m_treeModel->documentIndex(node) : -1;
    const int nodeItem = m_treeModel ? m_treeModel->itemIndex(node) : -1;
    const int page = m_pages ? m_pages->currentIndex() : EntriesPage;
    const QString filter = m_filter ? m_filter->text() : QString();
    const int entryRow = m_entries ? m_entries->currentIndex().row() : -1;
    const int findingRow = m_findings ? m_findings->currentIndex().row() : -1;
    saveState();

    // Every widget and model of the tab is built again from m_file; the widgets go first, so that no
    // view outlives its model.
    const QObjectList children = this->children();
    for (QObject *child : children)
        if (child->isWidgetType())
            delete child;
    const QObjectList rest = this->children(); // the layout and the models
    for (QObject *child : rest)
        delete child;
    m_banner = nullptr;
    m_mainSplitter = m_rightSplitter = nullptr;
    m_tree = nullptr;
    m_pages = nullptr;
    m_filter = nullptr;
    m_trustControls = nullptr;
    m_checkPanel = nullptr;
    m_trustCounts = nullptr;
    m_count = nullptr;
    m_entries = m_findings = nullptr;
    m_findingText = nullptr;
    m_chain = m_detail = nullptr;
    m_errorLabel = nullptr;
    m_treeModel = nullptr;
    m_entryModel = nullptr;
    m_entryProxy = nullptr;
    m_findingsModel = nullptr;
    m_chainModel = nullptr;
    m_detailModel = nullptr;
    m_certificates = nullptr;
    m_certificateModel = nullptr;
    m_certificateProxy = nullptr;
    m_unlisted = nullptr;
    m_unlistedModel = nullptr;
    m_documentIndex = -1;
    buildResultPages();
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (!child->testAttribute(Qt::WA_WState_ExplicitShowHide))
            child->show();
    if (!m_treeModel)
        return; // the error page

    m_filter->setText(filter);
    QModelIndex again = m_treeModel->findNode(nodeKind, nodeDocument, nodeItem);
    if (!again.isValid())
        again = m_treeModel->findNode(DocumentNodeKind::List, std::max(nodeDocument, 0));
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    m_pages->setCurrentIndex(page);
    if (entryRow >= 0 && entryRow < m_entryProxy->rowCount())
        m_entries->setCurrentIndex(m_entryProxy->index(entryRow, EntryColumn::FriendlyName));
    if (findingRow >= 0 && findingRow < m_findingsModel->rowCount())
        m_findings->setCurrentIndex(m_findingsModel->index(findingRow, FindingColumn::Title));
}

void DocumentView::saveState() const {
    if (!m_mainSplitter)
        return;
    QSettings settings;
    settings.setValue(settingskey::ViewMainSplitter, m_mainSplitter->saveState());
    settings.setValue(settingskey::ViewRightSplitter, m_rightSplitter->saveState());
    if (m_autoHiddenColumns.isEmpty()) // a disallowed list's hidden columns are not the user's choice
        settings.setValue(settingskey::ViewEntriesHeader, m_entries->horizontalHeader()->saveState());
}

void DocumentView::showDocument(int documentIndex) {
    if (documentIndex < 0 || documentIndex >= static_cast<int>(m_file.documents.size()) ||
        documentIndex == m_documentIndex)
        return;
    m_documentIndex = documentIndex;
    const auto &document = m_file.documents[static_cast<size_t>(documentIndex)];
    const auto &report = m_file.reports[static_cast<size_t>(documentIndex)];
    m_banner->setReport(*report);
    m_entryModel->setTrustQuestion(m_question);
    m_entryModel->setDocument(document);
    if (const TrustTable *table = m_entryModel->trustTable())
        m_trustControls->setPurposes(table->purposes());
    // Purpose, date and Windows generation are questions about roots: a disallowed list, pin rules and a
    // catalog's file hashes have one status each, so the controls would only offer choices that change
    // nothing.
    m_trustControls->setVisible(asksTrust());
    m_detailModel->setTrustQuestion(m_question);
    if (static_cast<size_t>(documentIndex) < m_links.size())
        m_entryModel->setCertificateLinks(m_links[static_cast<size_t>(documentIndex)]);
    m_findingsModel->setFindings(report->findings);
    m_chainModel->setReport(*document, *report);
    m_chain->expandAll();
    for (int column = 0; column < m_chainModel->columnCount(); ++column)
        m_chain->resizeColumnToContents(column);
    m_findings->resizeColumnToContents(FindingColumn::Severity);
    updateCount(m_entryProxy->visibleCount(), m_entryProxy->totalCount());
    hideEmptyColumns();
}

bool DocumentView::asksTrust() const {
    if (m_documentIndex < 0 || static_cast<size_t>(m_documentIndex) >= m_file.documents.size())
        return false;
    const ListKind kind = m_file.documents[static_cast<size_t>(m_documentIndex)]->kind();
    return kind == ListKind::AuthRoot || kind == ListKind::Other;
}

void DocumentView::updateCount(int visible, int total) {
    // %Ln and toString(): digits grouped as the chosen locale groups them.
    m_count->setText(tr("%1 of %Ln entries", nullptr, total).arg(QLocale().toString(visible)));
    // The whole list's statuses for the question (not only the rows shown), the statuses it has only.
    QStringList counts;
    const TrustCounts &perStatus = m_entryModel->trustCounts();
    for (const TrustStatus status : allTrustStatuses)
        if (asksTrust() && perStatus[status] > 0)
            //: A count of entries with a status, e.g. "412 Trusted"
            counts << tr("%1 %2").arg(QLocale().toString(perStatus[status]), trusttext::statusLabel(status));
    m_trustCounts->setText(counts.isEmpty() ? QString()
                                            : QStringLiteral("(%1)").arg(counts.join(QStringLiteral(", "))));
}

// The date, purpose or Windows changed: every status again, from the trust table's facts.
void DocumentView::askTrust(const TrustQuestion &question) {
    m_question = question;
    m_entryModel->setTrustQuestion(question);
    m_detailModel->setTrustQuestion(question);
    if (m_entries->currentIndex().isValid() && m_pages->currentIndex() == EntriesPage)
        onEntrySelection(); // the per-purpose table of the entry shown, for the new question
}

Expected<CertificateCheckResult> DocumentView::checkCertificate(const CertificateSourceData &source) {
    if (m_documentIndex < 0 || !m_checkPanel)
        return exportError(LoadError::Code::NothingToExport, tr("Open a trust list first."));
    if (source.certificates.empty())
        return exportError(LoadError::Code::NothingToExport, tr("%1 holds no certificate.").arg(source.file));
    const CtlDocument &list = *m_file.documents[static_cast<size_t>(m_documentIndex)];
    CertificateCheckInput input;
    input.certificateDer = source.certificates.front().der;
    for (size_t i = 1; i < source.certificates.size(); ++i)
        input.chainDer.push_back(source.certificates[i].der);
    input.sources = m_linkedSources; // the roots and intermediates added to the list help build the chain
    input.list = &list;
    input.disallowed = m_disallowed.get();
    input.question = m_question;
    auto checked = ctlv::checkCertificate(input);
    if (!checked) {
        showEntries();
        m_checkPanel->showProblem(source.file, checked.error().message);
        return checked.error();
    }
    showEntries(); // the panel is above the entries table
    m_checkPanel->showResult(checked.value(), list, source.file, m_disallowed);
    if (checked.value().rootEntry)
        selectEntry(static_cast<int>(*checked.value().rootEntry));
    return checked;
}

void DocumentView::setDisallowedList(std::shared_ptr<const CtlDocument> disallowed) {
    if (disallowed == m_disallowed)
        return;
    m_disallowed = std::move(disallowed);
    if (m_entryModel)
        m_entryModel->setDisallowedList(m_disallowed);
}

std::shared_ptr<const CtlDocument> DocumentView::disallowedList() const {
    if (m_job)
        return nullptr;
    for (const auto &document : m_file.documents)
        if (document && document->kind() == ListKind::Disallowed)
            return document;
    return nullptr;
}

bool DocumentView::selectEntry(int entryIndex) {
    if (!m_entries || entryIndex < 0 || entryIndex >= m_entryModel->rowCount())
        return false;
    QModelIndex row = m_entryProxy->mapFromSource(m_entryModel->index(entryIndex, EntryColumn::FriendlyName));
    if (!row.isValid()) { // hidden by the filter: show every entry again
        m_filter->clear();
        m_trustControls->setStatusFilter({});
        m_statusFilter = {};
        m_entryProxy->setStatusFilter({});
        row = m_entryProxy->mapFromSource(m_entryModel->index(entryIndex, EntryColumn::FriendlyName));
    }
    if (!row.isValid())
        return false;
    showEntries();
    m_entries->setCurrentIndex(row);
    m_entries->scrollTo(row);
    return true;
}

void DocumentView::focusFilter() {
    if (!m_filter)
        return;
    showEntries();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DocumentView::showEntries() {
    if (m_pages)
        m_pages->setCurrentIndex(EntriesPage);
}

void DocumentView::showFindings() {
    if (!m_treeModel)
        return;
    const QModelIndex node = m_treeModel->findNode(DocumentNodeKind::Findings, std::max(m_documentIndex, 0));
    if (node.isValid())
        m_tree->setCurrentIndex(node);
    m_pages->setCurrentIndex(FindingsPage);
    if (m_findingsModel->rowCount() > 0 && !m_findings->currentIndex().isValid())
        m_findings->setCurrentIndex(m_findingsModel->index(0, FindingColumn::Title));
}

void DocumentView::selectEntryRow(int row) {
    if (!m_entries)
        return;
    showEntries();
    m_entries->setCurrentIndex(m_entryProxy->index(row, EntryColumn::FriendlyName));
}

void DocumentView::onTreeSelection() {
    const QModelIndex current = m_tree->currentIndex();
    const int documentIndex = m_treeModel->documentIndex(current);
    showDocument(documentIndex >= 0 ? documentIndex : 0);
    if (m_documentIndex < 0)
        return;
    const CtlDocument &document = *m_file.documents[static_cast<size_t>(m_documentIndex)];
    const ValidationReport &report = *m_file.reports[static_cast<size_t>(m_documentIndex)];
    const int item = m_treeModel->itemIndex(current);
    m_detailCertificateDer.clear();
    m_detailShowsEntry = false;
    switch (m_treeModel->nodeKind(current)) {
    case DocumentNodeKind::Signers:
    case DocumentNodeKind::Signer: {
        const int signer = item >= 0 ? item : 0;
        m_pages->setCurrentIndex(ChainPage);
        if (signer < static_cast<int>(document.signers.size()))
            m_detailModel->setSigner(document, signer, &report.signers[static_cast<size_t>(signer)]);
        else
            m_detailModel->setList(document);
        break;
    }
    case DocumentNodeKind::Certificate:
        m_pages->setCurrentIndex(ChainPage);
        if (item >= 0) {
            m_detailModel->setCertificate(document.certificates[static_cast<size_t>(item)]);
            m_detailCertificateDer = document.certificates[static_cast<size_t>(item)].der;
        }
        break;
    case DocumentNodeKind::Extension:
        if (item >= 0)
            m_detailModel->setExtension(document.extensions[static_cast<size_t>(item)]);
        break;
    case DocumentNodeKind::Findings:
        m_pages->setCurrentIndex(FindingsPage);
        onFindingSelection();
        break;
    case DocumentNodeKind::Entries:
        m_pages->setCurrentIndex(EntriesPage);
        m_detailModel->setList(document);
        break;
    case DocumentNodeKind::Unlisted:
        showUnlisted();
        return; // the detail pane shows the first certificate

    default:
        m_pages->setCurrentIndex(EntriesPage);
        m_detailModel->setList(document);
        break;
    }
    m_detail->expandAll();
    m_detail->resizeColumnToContents(DetailColumn::Field);
    collapseLongSections();
}

void DocumentView::onEntrySelection() {
    const QModelIndex current = m_entries->currentIndex();
    if (!current.isValid() || m_documentIndex < 0)
        return;
    const int entry = current.data(EntryIndexRole).toInt();
    m_detailCertificateDer.clear();
    m_detailShowsEntry = true;
    m_detailModel->setEntry(*m_file.documents[static_cast<size_t>(m_documentIndex)], entry,
                            certificateLinks());
    if (const StoredCertificate *linked = m_entryModel->linkedCertificate(entry))
        m_detailCertificateDer = linked->der;
    m_detail->expandAll();
    m_detail->resizeColumnToContents(DetailColumn::Field);
}

void DocumentView::onFindingSelection() {
    const QModelIndex current = m_findings->currentIndex();
    if (!current.isValid()) {
        m_findingText->clear();
        return;
    }
    const QModelIndex row = m_findingsModel->index(current.row(), FindingColumn::Title);
    m_findingText->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p><small>%3</small></p>")
                               .arg(row.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                                    modeltext::oneLine(row.data(ExplanationRole).toString()).toHtmlEscaped(),
                                    tr("Code: %1").arg(row.data(CodeRole).toString()).toHtmlEscaped()));
}

void DocumentView::onChainSelection() {
    const QModelIndex current = m_chain->currentIndex();
    if (const CertificateInfo *certificate = m_chainModel->certificateAt(current)) {
        m_detailModel->setCertificate(*certificate);
        m_detailCertificateDer = certificate->der;
        m_detail->expandAll();
        m_detail->resizeColumnToContents(DetailColumn::Field);
    }
}

void DocumentView::copySelection() {
    if (!m_entries)
        return;
    QModelIndexList rows = m_entries->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    const QHeaderView *header = m_entries->horizontalHeader();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                cells << m_entryProxy->index(row.row(), column).data(Qt::DisplayRole).toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void DocumentView::entryContextMenu(const QPoint &position) {
    const QModelIndex index = m_entries->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy row as tab-separated text"), this, &DocumentView::copySelection);
    const QString sha1 =
        m_entryProxy->index(index.row(), EntryColumn::Identifier).data(RawValueRole).toString();
    const QString sha256 =
        m_entryProxy->index(index.row(), EntryColumn::Sha256).data(RawValueRole).toString();
    if (!sha1.isEmpty())
        menu.addAction(tr("Copy identifier (SHA-1 thumbprint)"), this,
                       [sha1] { QGuiApplication::clipboard()->setText(sha1); });
    if (!sha256.isEmpty())
        menu.addAction(tr("Copy SHA-256 thumbprint"), this,
                       [sha256] { QGuiApplication::clipboard()->setText(sha256); });
    const QString cell = index.data(Qt::DisplayRole).toString();
    menu.addAction(tr("Copy cell"), this, [cell] { QGuiApplication::clipboard()->setText(cell); });
    if (const StoredCertificate *linked =
            m_entryModel->linkedCertificate(index.data(EntryIndexRole).toInt())) {
        menu.addSeparator();
        const QByteArray der = linked->der;
        const QString name = toHex(linked->sha1);
        menu.addAction(tr("Export certificate as PEM\u2026"), this, [this, der, name] {
            exportCertificate(der, name + QStringLiteral(".pem"), CertificateEncoding::Pem);
        });
        menu.addAction(tr("Export certificate as DER\u2026"), this, [this, der, name] {
            exportCertificate(der, name + QStringLiteral(".cer"), CertificateEncoding::Der);
        });
    }
    menu.exec(m_entries->viewport()->mapToGlobal(position));
}

void DocumentView::detailContextMenu(const QPoint &position) {
    const QModelIndex index = m_detail->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        const QModelIndex value = index.siblingAtColumn(DetailColumn::Value);
        const QString raw = value.data(RawValueRole).toString();
        const QString text = raw.isEmpty() ? value.data(Qt::DisplayRole).toString() : raw;
        const QString field = index.siblingAtColumn(DetailColumn::Field).data(Qt::DisplayRole).toString();
        menu.addAction(tr("Copy value"), this, [text] { QGuiApplication::clipboard()->setText(text); });
        menu.addAction(tr("Copy field and value"), this, [field, text] {
            QGuiApplication::clipboard()->setText(field + QLatin1Char('\t') + text);
        });
    }
    if (!m_detailCertificateDer.isEmpty()) {
        menu.addSeparator();
        const QByteArray der = m_detailCertificateDer;
        menu.addAction(tr("Export certificate as PEM\u2026"), this, [this, der] {
            exportCertificate(der, QStringLiteral("certificate.pem"), CertificateEncoding::Pem);
        });
        menu.addAction(tr("Export certificate as DER\u2026"), this, [this, der] {
            exportCertificate(der, QStringLiteral("certificate.cer"), CertificateEncoding::Der);
        });
    }
    if (!menu.isEmpty())
        menu.exec(m_detail->viewport()->mapToGlobal(position));
}

namespace {
// Why an export of the viewer wrote nothing; the message names the file where it concerns one.
LoadError exportError(LoadError::Code code, const QString &message) {
    LoadError error;
    error.code = code;
    error.message = message;
    return error;
}
} // namespace

void DocumentView::exportCertificate(const QByteArray &der, const QString &suggestedName,
                                     CertificateEncoding encoding) {
    const QString path =
        savedialog::askPath(this, tr("Export certificate"), suggestedName,
                            encoding == CertificateEncoding::Pem ? tr("PEM certificate (*.pem *.crt)")
                                                                 : tr("DER certificate (*.cer *.der)"));
    if (path.isEmpty())
        return;
    if (const auto written = writeCertificate(der, path, encoding); !written)
        plaintext::warning(this, tr("Export certificate"), written.error().toString());
}

Expected<void> DocumentView::writeCertificate(const QByteArray &der, const QString &path,
                                              CertificateEncoding encoding) const {
    const QByteArray bytes = encodeCertificate(der, encoding);
    auto out = ExportTarget::open(path, {m_file.path}); // atomic, never over the input or a special file
    if (!out)
        return out.error();
    if (out.value()->device().write(bytes) != bytes.size()) {
        out.value()->cancel();
        return exportError(LoadError::Code::Unwritable,
                           tr("Could not write %1: %2").arg(path, out.value()->device().errorString()));
    }
    return out.value()->commit();
}

Expected<void> DocumentView::exportLinkedCertificate(int entryIndex, const QString &path,
                                                     CertificateEncoding encoding) const {
    const StoredCertificate *linked = m_entryModel ? m_entryModel->linkedCertificate(entryIndex) : nullptr;
    if (!linked)
        return exportError(LoadError::Code::NothingToExport, tr("No certificate is linked to this entry."));
    return writeCertificate(linked->der, path, encoding);
}

Expected<TrustBundleSummary> DocumentView::exportTrustBundle(const QString &path,
                                                             const TrustBundleOptions &options) const {
    const CertificateLinks *links = certificateLinks();
    if (!links)
        return exportError(LoadError::Code::NothingToExport, tr("Add certificates to the list first."));
    auto out = ExportTarget::open(path, {m_file.path}); // atomic, never over the input or a special file
    if (!out)
        return out.error();
    TrustBundleSummary written;
    if (!TrustBundle::write(out.value()->device(), *m_file.documents[static_cast<size_t>(m_documentIndex)],
                            *links, options, written)) {
        out.value()->cancel();
        return exportError(LoadError::Code::Unwritable,
                           tr("Could not write %1: %2").arg(path, out.value()->device().errorString()));
    }
    if (auto committed = out.value()->commit(); !committed)
        return committed.error();
    return written;
}

Expected<void> DocumentView::exportEntriesCsv(const QString &path, EntryScope scope, QChar separator,
                                              bool byteOrderMark) const {
    if (m_documentIndex < 0)
        return exportError(LoadError::Code::NothingToExport, tr("There is no list to export."));
    std::vector<int> rows;
    if (scope == EntryScope::FilteredView) {
        for (int row = 0; row < m_entryProxy->rowCount(); ++row)
            rows.push_back(m_entryProxy->index(row, 0).data(EntryIndexRole).toInt());
    } else if (scope == EntryScope::SelectedRows) {
        QModelIndexList selected = m_entries->selectionModel()->selectedRows();
        std::sort(selected.begin(), selected.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : selected)
            rows.push_back(index.data(EntryIndexRole).toInt());
        if (rows.empty())
            return exportError(LoadError::Code::NothingToExport, tr("No entries are selected."));
    }
    CsvOptions options;
    options.separator = separator;
    options.byteOrderMark = byteOrderMark;
    options.statusAt = m_file.reports[static_cast<size_t>(m_documentIndex)]->now;
    auto out = ExportTarget::open(path, {m_file.path}); // atomic, never over the input or a special file
    if (!out)
        return out.error();
    if (const auto written = CsvExport::writeEntries(out.value()->device(),
                                                     *m_file.documents[static_cast<size_t>(m_documentIndex)],
                                                     options, scope == EntryScope::All ? nullptr : &rows);
        !written) {
        out.value()->cancel();
        return exportError(LoadError::Code::Unwritable,
                           tr("Could not write %1: %2").arg(path, written.error().message));
    }
    if (const auto committed = out.value()->commit(); !committed)
        return committed.error();
    return {};
}

Expected<void> DocumentView::exportFindingsCsv(const QString &path, QChar separator,
                                               bool byteOrderMark) const {
    if (m_documentIndex < 0)
        return exportError(LoadError::Code::NothingToExport, tr("There is no list to export."));
    CsvOptions options;
    options.separator = separator;
    options.byteOrderMark = byteOrderMark;
    auto out = ExportTarget::open(path, {m_file.path}); // atomic, never over the input or a special file
    if (!out)
        return out.error();
    if (const auto written = CsvExport::writeFindings(
            out.value()->device(), *m_file.reports[static_cast<size_t>(m_documentIndex)], options);
        !written) {
        out.value()->cancel();
        return exportError(LoadError::Code::Unwritable,
                           tr("Could not write %1: %2").arg(path, written.error().message));
    }
    if (const auto committed = out.value()->commit(); !committed)
        return committed.error();
    return {};
}

Expected<void> DocumentView::exportPdf(const QString &path, QPageSize::PageSizeId pageSize) const {
    if (m_documentIndex < 0)
        return exportError(LoadError::Code::NothingToExport, tr("There is no list to export."));
    PdfOptions options;
    options.pageSize = pageSize;
    options.programVersion = QCoreApplication::applicationVersion();
    const auto written =
        PdfReport::write(path, *m_file.documents[static_cast<size_t>(m_documentIndex)],
                         *m_file.reports[static_cast<size_t>(m_documentIndex)], options, {m_file.path});
    if (!written)
        return written.error();
    return {};
}

void DocumentView::headerContextMenu(const QPoint &position) {
    QHeaderView *header = m_entries->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_entryModel->columnCount(); ++column) {
        QAction *action = menu.addAction(m_entryModel->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace ctlv
