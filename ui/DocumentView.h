#pragma once
// One opened file in its tab: the verdict banner on top, the navigation tree on the left, and on the
// right the entries table (with its filter), the findings or the signer chain, above a detail pane that
// shows every field of whatever is selected. A file that could not be read shows its error instead.
// While the file is read and checked (on a worker thread, LoadJob) the tab shows what is going on and a
// Cancel button.

#include "CertificateCheck.h"
#include "CertificateLinker.h"
#include "EffectiveTrust.h"
#include "EntryFilterProxy.h"
#include "LoadJob.h"
#include "OpenedFile.h"
#include "TrustBundle.h"

#include <QPageSize>
#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QLineEdit;
class QPushButton;
class QCheckBox;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace ctlv {

struct CertificateInfo;
class CertificateTableModel;
class ChainTreeModel;
class CheckPanel;
class DetailModel;
class DocumentTreeModel;
class EntryTableModel;
class FindingsModel;
class TrustControls;
class VerdictBanner;

class DocumentView : public QWidget {
    Q_OBJECT
public:
    explicit DocumentView(OpenedFile file, QWidget *parent = nullptr);
    // Reads and checks the request's file on a worker thread; loaded() says when it is shown.
    explicit DocumentView(LoadRequest request, QWidget *parent = nullptr);
    ~DocumentView() override; // a load still running is cancelled and its result dropped

    // While loading, only path, displayName and bytes are set.
    const OpenedFile &file() const { return m_file; }
    bool isLoading() const { return m_job != nullptr; }
    // Stops a load still running: its result is dropped and loaded() is never emitted.
    void cancelLoading();
    bool hasError() const { return m_file.error.has_value(); }
    // True for a tab that shows a certificate source (a store, a bundle, a folder) and no list.
    bool showsCertificateSource() const;
    // True for a loaded tab that shows lists: certificates can be linked to them.
    bool showsLists() const;

    // Reads each path (a file or a folder) as a certificate source and links every list of the tab to
    // all the sources added so far (CertificateLinker; the lists stay in memory, nothing is read again).
    // Paths that hold lists instead go to `notSources` when given. Returns an empty string or what went
    // wrong, naming the file.
    QString addCertificates(const QStringList &paths, QStringList *notSources = nullptr);
    // The same on worker threads (LoadJob), so that a large folder or a dropped list never freezes the
    // window; certificatesAdded() reports when every path is read and linked.
    void addCertificatesInBackground(const QStringList &paths);
    bool isAddingCertificates() const { return !m_addJobs.empty(); }
    // Links sources already read (another tab's certificates) the same way.
    void linkSources(std::vector<CertificateSourceData> sources);
    // The certificate sources linked so far (a reload links them to the list read again).
    const std::vector<CertificateSourceData> &linkedSources() const { return m_linkedSources; }
    // The links of the list shown, or null when no certificates are added.
    const CertificateLinks *certificateLinks() const;
    // Writes the certificate linked to entry `entryIndex` of the list shown; empty or the error.
    Expected<void> exportLinkedCertificate(int entryIndex, const QString &path,
                                           CertificateEncoding encoding) const;
    // The list shown's linked certificates as a PEM trust bundle (TrustBundle::write); empty or the error,
    // and a one-line summary in `summary`.
    // The linked certificates as a PEM trust bundle with the choices of `ctltool export --pem`.
    Expected<TrustBundleSummary> exportTrustBundle(const QString &path,
                                                   const TrustBundleOptions &options = {}) const;

    void focusFilter();
    void showFindings();
    void showEntries();
    // Selects the entry at `row` of the (filtered, sorted) table.
    void selectEntryRow(int row);
    // Copies the selected entry rows as tab-separated text.
    void copySelection();
    // Ctrl+C: copies what has focus (a detail field's value, a finding, a chain or tree row), else the
    // selected entry rows (DocumentViewKeys.cpp).
    void copyFocused();
    // What copyFocused() copies when the focus is outside the entry table; empty when nothing.
    QString focusedText() const;
    // Where the user is in the tab: kept when the tab reads its file again (trust settings, reload).
    struct ViewPlace {
        bool valid = false;
        int nodeKind = 0;
        int nodeDocument = -1;
        int nodeItem = -1;
        int page = 0;
        QString filter;
        int entry = -1; // EntryIndexRole of the current entry
        int entryScroll = 0;
        int findingRow = -1;
        int detailScroll = 0;
    };
    ViewPlace place() const;
    void restorePlace(const ViewPlace &place);
    void saveState() const;
    // Shows what the tab holds again in the language now chosen, keeping the list, page, filter and
    // selection shown: the lists and their validation stay in memory, nothing is read or checked again.
    void retranslate();

    // Exports of the list shown; each writes atomically, or fails with the error that says why.
    enum class EntryScope { All, FilteredView, SelectedRows };
    Expected<void> exportEntriesCsv(const QString &path, EntryScope scope, QChar separator,
                                    bool byteOrderMark) const;
    Expected<void> exportFindingsCsv(const QString &path, QChar separator, bool byteOrderMark) const;
    Expected<void> exportPdf(const QString &path, QPageSize::PageSizeId pageSize) const;

    // For tests and accessibility tooling.
    VerdictBanner *banner() const { return m_banner; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    // "Would Windows trust this certificate?": the first certificate of `source` with the others as its
    // chain (and the certificates linked so far as further issuers) against the list shown, for the
    // purpose, date and Windows chosen above the table. The answer shows in the check panel and the
    // root's entry is selected. Returns the result or why there is none (no list shown).
    Expected<CertificateCheckResult> checkCertificate(const CertificateSourceData &source);
    CheckPanel *checkPanel() const { return m_checkPanel; }
    // A disallowed list open in another tab (null: none): the statuses and checks of this tab's lists
    // read "disallowed" for the roots it names.
    void setDisallowedList(std::shared_ptr<const CtlDocument> disallowed);
    // This tab's disallowed list, when it shows one (null otherwise).
    std::shared_ptr<const CtlDocument> disallowedList() const;
    TrustControls *trustControls() const { return m_trustControls; }
    QLabel *trustCountLabel() const { return m_trustCounts; }
    EntryTableModel *entryModel() const { return m_entryModel; }
    // Selects the entry `entryIndex` of the list shown (clearing a filter that hides it); false when
    // there is no such entry.
    bool selectEntry(int entryIndex);
    QTableView *entryTable() const { return m_entries; }
    QTableView *certificateTable() const { return m_certificates; }
    QTableView *unlistedTable() const { return m_unlisted; }
    QTreeView *detailView() const { return m_detail; }
    QTreeView *navigationTree() const { return m_tree; }
    QTableView *findingsTable() const { return m_findings; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QPushButton *cancelButton() const { return m_cancel; }
    int currentDocument() const { return m_documentIndex; }

Q_SIGNALS:
    void loaded();          // the file is read and checked, and shown (or its error)
    void cancelRequested(); // the Cancel button of the loading page
    // addCertificatesInBackground() is done: what went wrong (empty when nothing), and the paths that hold
    // lists rather than certificates (to open in tabs of their own).
    void certificatesAdded(const QString &problems, const QStringList &notSources);
    // A context menu is about to open (tests look at its actions, then close it).
    void contextMenuShown(QMenu *menu);

private:
    void buildLoadingPage();
    void showPhase(LoadJob::Phase phase);
    void onLoaded();
    void buildResultPages();
    void buildErrorPage();
    void buildDocumentPages();
    void buildCertificatePage();
    void buildDetailPane();
    void onCertificateSelection();
    void showUnlisted();
    void showCertificateColumns();
    std::vector<size_t> unlistedCounts() const;
    void linkCertificates();
    QString linkRead(std::vector<OpenedFile> read, QStringList *notSources);
    Expected<void> writeCertificate(const QByteArray &der, const QString &path,
                                    CertificateEncoding encoding) const;
    void showDocument(int documentIndex);
    void onTreeSelection();
    void onEntrySelection();
    void onFindingSelection();
    void onChainSelection();
    void updateCount(int visible, int total);
    // Whether the list shown is one of roots, for which purpose, date and Windows generation are questions.
    bool asksTrust() const;
    void askTrust(const TrustQuestion &question);
    void entryContextMenu(const QPoint &position);
    void detailContextMenu(const QPoint &position);
    void headerContextMenu(const QPoint &position);
    // DocumentViewKeys.cpp
    void setUpKeyboardAndMenus();
    void treeContextMenu(const QPoint &position);
    void chainContextMenu(const QPoint &position);
    void findingsContextMenu(const QPoint &position);
    void addCertificateExport(QMenu &menu, const CertificateInfo *certificate);
    void followFilter();
    void hideEmptyColumns();
    void collapseLongSections();
    void exportCertificate(const QByteArray &der, const QString &suggestedName, CertificateEncoding encoding);

    OpenedFile m_file;
    int m_documentIndex = -1;
    QByteArray m_detailCertificateDer; // the certificate the detail pane shows, for export

    VerdictBanner *m_banner = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_filter = nullptr;
    TrustControls *m_trustControls = nullptr;
    CheckPanel *m_checkPanel = nullptr;
    std::shared_ptr<const CtlDocument> m_disallowed; // another tab's, kept across a rebuild
    QLabel *m_trustCounts = nullptr;
    // The trust question and status filter, kept across a rebuild of the tab (retranslate).
    TrustQuestion m_question;
    EntryFilterProxy::StatusFilter m_statusFilter;
    QLabel *m_count = nullptr;
    QTableView *m_entries = nullptr;
    QTableView *m_findings = nullptr;
    QTextBrowser *m_findingText = nullptr;
    QTreeView *m_chain = nullptr;
    QTreeView *m_detail = nullptr;
    QLabel *m_errorLabel = nullptr;
    LoadJob *m_job = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancel = nullptr;

    DocumentTreeModel *m_treeModel = nullptr;
    EntryTableModel *m_entryModel = nullptr;
    EntryFilterProxy *m_entryProxy = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    ChainTreeModel *m_chainModel = nullptr;
    DetailModel *m_detailModel = nullptr;

    // Certificate sources: the tab's own (its certificates table), and those linked to its lists.
    QTableView *m_certificates = nullptr;
    CertificateTableModel *m_certificateModel = nullptr;
    QSortFilterProxyModel *m_certificateProxy = nullptr;
    QTableView *m_unlisted = nullptr; // "Not in this list": the linked certificates no entry names
    CertificateTableModel *m_unlistedModel = nullptr;
    std::vector<CertificateSourceData> m_linkedSources;
    std::vector<std::shared_ptr<const ValidationReport>> m_unlinkedReports; // as validated, before linking
    std::vector<std::shared_ptr<const CertificateLinks>> m_links;           // parallel to the documents
    std::vector<std::unique_ptr<LoadJob>> m_addJobs; // addCertificatesInBackground(), in path order
    std::vector<OpenedFile> m_added;                 // their results, in path order
    int m_addsPending = 0;
    bool m_detailShowsEntry = false; // the detail pane shows an entry (it follows the filter)
    QList<int> m_autoHiddenColumns;  // empty for the whole list (disallowed, pin rules): hidden, not saved
};

} // namespace ctlv
