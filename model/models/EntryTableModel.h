#pragma once
// The entries of one CTL as a flat table, one row per entry. Lists may hold a million entries, so
// nothing is kept per row: a row is decoded from the DER when it is shown (a small cache serves the
// repeated data() calls of a repaint), and the filter searches an EntrySearchIndex built on a worker
// thread as soon as a document is set.

#include "CatalogMembers.h"
#include "CertificateLinker.h"
#include "CtlDocument.h"
#include "EffectiveTrust.h"
#include "EntrySearchIndex.h"
#include "Roles.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <array>
#include <atomic>
#include <future>
#include <memory>
#include <optional>

namespace ctlv {

/// Table of CtlDocument::entries. Columns: EntryColumn; roles: SortRole, StatusRole (int(TrustStatus) for
/// the trust question asked, see setTrustQuestion), EntryIndexRole, SearchTextRole, RawValueRole, plus
/// Qt::DisplayRole and Qt::ToolTipRole (the Status column's tool tip is the reason in words).
class EntryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit EntryTableModel(QObject *parent = nullptr);
    ~EntryTableModel() override;

    /// Shows `document` (null: an empty table). Resets the model.
    void setDocument(std::shared_ptr<const CtlDocument> document);
    std::shared_ptr<const CtlDocument> document() const { return m_document; }

    /// Certificates linked to the document's entries (CertificateLinker::link; null: none). With links the
    /// table has LinkedColumnCount columns: the linked certificate's subject, expiry and key, and whether
    /// it is linked, missing or has another SHA-256 (CertificateMatchRole). Resets the model.
    void setCertificateLinks(std::shared_ptr<const CertificateLinks> links);
    std::shared_ptr<const CertificateLinks> certificateLinks() const { return m_links; }
    /// The certificate linked to an entry (a SHA-256 mismatch included), or null.
    const StoredCertificate *linkedCertificate(int entryIndex) const;
    /// The linked certificate's columns of an entry as the filter searches them (lowercase), or empty.
    QString certificateSearchText(int entryIndex) const;
    /// "Linked", "Missing", "SHA-256 mismatch".
    static QString certificateMatchLabel(CertificateMatch match);

    /// The date statuses are computed for; an invalid time means "now" (the default). The same as
    /// setting the trust question's `at`.
    void setReferenceTime(const QDateTime &time);
    QDateTime referenceTime() const { return m_referenceTime; }

    /// What the Status column answers: a purpose (empty: the entry as a whole), a date, a Windows
    /// generation. Every entry's status is recomputed from the trust table's few bytes of facts per entry
    /// (no entry is decoded), then one dataChanged.
    void setTrustQuestion(const TrustQuestion &question);
    const TrustQuestion &trustQuestion() const { return m_question; }
    /// The list's trust facts: built at once for lists up to LargeList entries, on a worker thread
    /// beyond (trustReady() says when; until then the Status column is empty). Null until built.
    const TrustTable *trustTable() const { return m_trust.get(); }
    /// A disallowed list the user also opened: the entries whose root it names read "disallowed"
    /// (TrustTable::build). Null: none. Builds the trust table again.
    void setDisallowedList(std::shared_ptr<const CtlDocument> disallowed);
    /// Waits for the worker's trust table (tests, and exports that need every status now).
    void waitForTrust();
    static constexpr size_t LargeList = 20000;
    /// The status of every entry for the question, in entry order; empty until the table is built.
    const std::vector<TrustStatus> &trustStatuses() const { return m_statuses; }
    /// The full answer (status, since, reasons) for one entry; nothing until the table is built.
    std::optional<TrustAnswer> trustAnswer(int entryIndex) const;
    /// How many entries have each status for the question.
    const TrustCounts &trustCounts() const { return m_counts; }

    /// The entry behind a row (any column), decoded, or nothing.
    std::optional<CtlEntry> entryAt(const QModelIndex &index) const;
    /// Index in CtlDocument::entries of a row, or -1.
    int entryIndex(const QModelIndex &index) const;
    /// The index of an entry (column 0), invalid when out of range.
    QModelIndex indexOfEntry(int entryIndex, int column = EntryColumn::FriendlyName) const;
    /// The status of an entry at the reference time.
    EntryStatus statusAt(int entryIndex) const;

    ListKind listKind() const { return m_kind; }

    /// The filter's index of the current document; waits for the worker thread when it is still
    /// building (on a million entries, for a few seconds after the document is set).
    const EntrySearchIndex &searchIndex() const;
    bool isSearchIndexReady() const;

    /// A sort key for each row in `column`: numbers for dates and the status, text otherwise; rows
    /// without a value have no key and sort last. Decodes every entry (sorting a million rows
    /// takes a few seconds; no key is kept before the user sorts).
    struct SortKey {
        bool present = false;
        qint64 number = 0;
        QString text;
    };
    std::vector<SortKey> sortKeys(int column) const;
    static bool isNumericColumn(int column);
    /// What an empty FILETIME value is shown as ("Always": disabled since forever).
    static QString alwaysText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The trust table built on the worker thread arrived: statuses, counts and purposes are known.
    void trustReady();

private:
    static QString displayText(const CtlEntry &entry, int column, EntryStatus status);
    QString toolTip(const CtlEntry &entry, int column, EntryStatus status) const;
    QVariant sortValue(const CtlEntry &entry, int column, EntryStatus status) const;
    QString rawValue(const CtlEntry &entry, int column, EntryStatus status) const;
    static QString uniqueSearchText(const CtlEntry &entry, const QLocale &locale);
    static QString sharedSearchText(const CtlEntry &entry);
    const CtlEntry &cachedEntry(int row) const;
    void startIndexing();
    void stopIndexing();
    void adoptTrust(std::shared_ptr<const TrustTable> table);
    void startTrust(bool withinReset);
    void recomputeStatuses();
    QVariant trustData(int row, int role) const;
    static QString catalogMemberTip(); // what a catalog member's status means

    std::shared_ptr<const CtlDocument> m_document;
    struct CacheSlot {
        int row = -1;
        CtlEntry entry;
    };
    mutable std::array<CacheSlot, 256> m_cache; // direct-mapped by row
    std::shared_future<std::shared_ptr<const EntrySearchIndex>> m_index;
    std::shared_ptr<std::atomic<bool>> m_cancelIndexing;
    QDateTime m_referenceTime = QDateTime::currentDateTimeUtc();
    ListKind m_kind = ListKind::Other;
    // A catalog's members, decoded together on setDocument so that a SHA-1 twin shows its kind and the
    // member it stands beside (empty for every other list).
    std::vector<CatalogMember> m_members;
    TrustQuestion m_question;
    std::shared_ptr<const TrustTable> m_trust;
    std::shared_ptr<const CtlDocument> m_disallowed;
    std::shared_future<std::shared_ptr<const TrustTable>> m_trustFuture; // the worker's, for large lists
    quint64 m_trustGeneration = 0; // which document a worker's table belongs to
    std::vector<TrustStatus> m_statuses;
    TrustCounts m_counts;
    std::shared_ptr<const CertificateLinks> m_links;
    QVariant certificateData(int entryIndex, int column, int role) const;
};

} // namespace ctlv
