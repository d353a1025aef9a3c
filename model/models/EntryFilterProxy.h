#pragma once
// Filtering and sorting over EntryTableModel: a case-insensitive substring filter over
// SearchTextRole, an optional "hide disabled" toggle, and sorting on SortRole.

#include <QSortFilterProxyModel>

namespace ctlv {

/// Proxy for the entry table. The viewer shows "N of M entries" from visibleCount()/totalCount().
/// Filter and reference-time changes rebuild the mapping in one pass (layoutChanged) instead of
/// QSortFilterProxyModel's row-by-row removals, which take minutes on a million scattered rows.
class EntryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit EntryFilterProxy(QObject *parent = nullptr);

    /// Keeps the rows whose SearchTextRole contains `text` (case-insensitive); empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// Hides the rows whose StatusRole is EntryStatus::Disabled.
    void setHideDisabled(bool hide);
    bool hideDisabled() const { return m_hideDisabled; }

    /// Rows that pass the filter, and rows of the source model.
    int visibleCount() const;
    int totalCount() const;

    void setSourceModel(QAbstractItemModel *source) override;

Q_SIGNALS:
    /// Emitted whenever the visible or total count may have changed.
    void countsChanged(int visible, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void emitCounts();
    void refilter();

    QString m_filterText;
    QString m_needle; // lowercase
    bool m_hideDisabled = false;
    QMetaObject::Connection m_dataChanged;
};

} // namespace ctlv
