#pragma once
// Filtering and sorting over EntryTableModel: a case-insensitive substring filter, an optional "hide
// disabled" toggle, and sorting. Built for a million rows: a filter change asks the model's
// EntrySearchIndex for every row's match once (one scan of packed text) and the proxy then only reads
// that answer; sorting compares keys computed once per sort, not data() decoded per comparison.

#include "EntryTableModel.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace ctlv {

/// Proxy for the entry table. The viewer shows "N of M entries" from visibleCount()/totalCount().
/// Filter and reference-time changes rebuild the mapping in one pass (layoutChanged) instead of
/// QSortFilterProxyModel's row-by-row removals, which take minutes on a million scattered rows.
/// The source model must be an EntryTableModel.
class EntryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit EntryFilterProxy(QObject *parent = nullptr);

    /// Keeps the rows whose text (every column, thumbprints and purpose OIDs included) contains
    /// `text`, case-insensitively; empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// Hides the rows whose effective trust (EntryTableModel::trustStatuses) is TrustStatus::Disabled.
    void setHideDisabled(bool hide);
    bool hideDisabled() const { return m_hideDisabled; }

    /// Which statuses the table shows: every status, every status but Trusted ("what Windows does not
    /// trust"), or one status.
    struct StatusFilter {
        enum class Kind { All, NotTrusted, Only };
        Kind kind = Kind::All;
        TrustStatus status = TrustStatus::Trusted; // Kind::Only
        bool operator==(const StatusFilter &) const = default;
        bool accepts(TrustStatus rowStatus) const;
    };
    void setStatusFilter(const StatusFilter &filter);
    StatusFilter statusFilter() const { return m_statusFilter; }

    /// Rows that pass the filter, and rows of the source model.
    int visibleCount() const;
    int totalCount() const;

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// Emitted whenever the visible or total count may have changed.
    void countsChanged(int visible, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void emitCounts();
    void refilter(bool recompute = true);
    void forgetSourceState();
    void computeAccepted() const;

    EntryTableModel *m_entries = nullptr;
    QString m_filterText;
    QString m_needle; // lowercase
    bool m_hideDisabled = false;
    StatusFilter m_statusFilter;
    QMetaObject::Connection m_dataChanged;
    QMetaObject::Connection m_reset;
    // One flag per source row; computed when the filter, the reference time or the document changes.
    mutable std::vector<char> m_accepted;
    mutable bool m_acceptedValid = false;
    // Keys of the sorted column, computed when a sort needs them.
    mutable std::vector<EntryTableModel::SortKey> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
};

} // namespace ctlv
