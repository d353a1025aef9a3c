// Filtering and sorting of the entry table, built for a million rows: the filter asks the search
// index, and sorting compares the model's raw values.
#include "EntryFilterProxy.h"

#include "Roles.h"

#include <algorithm>

namespace ctlv {

EntryFilterProxy::EntryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    // The entry table never inserts or moves rows (documents are replaced by a reset), and its data
    // changes all at once (setReferenceTime), so refilter() handles it in one pass.
    setDynamicSortFilter(false);
    connect(this, &QAbstractItemModel::rowsInserted, this, &EntryFilterProxy::emitCounts);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &EntryFilterProxy::emitCounts);
    connect(this, &QAbstractItemModel::modelReset, this, &EntryFilterProxy::emitCounts);
    connect(this, &QAbstractItemModel::layoutChanged, this, &EntryFilterProxy::emitCounts);
}

void EntryFilterProxy::setFilterText(const QString &text) {
    const QString needle = text.trimmed().toLower();
    m_filterText = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    // Typing usually narrows the filter; when the rows that pass stay the same (every row of a list
    // matches "Fixture" and "Fixture R" alike), there is no layout to change: on a million rows that
    // saves the view's whole relayout.
    if (m_acceptedValid && sourceModel()) {
        std::vector<char> before = std::move(m_accepted);
        computeAccepted();
        const bool allBefore = before.empty();
        const bool allNow = m_accepted.empty() || std::all_of(m_accepted.begin(), m_accepted.end(),
                                                              [](char accepted) { return accepted != 0; });
        if ((allBefore && allNow) || (!allBefore && before == m_accepted)) {
            emitCounts();
            return;
        }
        refilter(false); // computed just now
        return;
    }
    refilter();
}

void EntryFilterProxy::setHideDisabled(bool hide) {
    if (hide == m_hideDisabled)
        return;
    m_hideDisabled = hide;
    refilter();
}

bool EntryFilterProxy::StatusFilter::accepts(TrustStatus rowStatus) const {
    switch (kind) {
    case Kind::All:
        return true;
    case Kind::NotTrusted:
        return rowStatus != TrustStatus::Trusted;
    case Kind::Only:
        break;
    }
    return rowStatus == status;
}

void EntryFilterProxy::setStatusFilter(const StatusFilter &filter) {
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    refilter();
}

void EntryFilterProxy::setSourceModel(QAbstractItemModel *source) {
    disconnect(m_dataChanged);
    disconnect(m_reset);
    m_entries = qobject_cast<EntryTableModel *>(source);
    Q_ASSERT_X(!source || m_entries, "EntryFilterProxy", "the source model must be an EntryTableModel");
    forgetSourceState();
    if (m_entries) {
        // Connected before QSortFilterProxyModel's own handlers, so the state is gone when they run.
        m_reset = connect(m_entries, &QAbstractItemModel::modelAboutToBeReset, this,
                          &EntryFilterProxy::forgetSourceState);
        m_dataChanged = connect(m_entries, &QAbstractItemModel::dataChanged, this, [this] {
            m_sortKeysColumn = -1; // statuses follow the trust question
            refilter();
        });
    }
    QSortFilterProxyModel::setSourceModel(m_entries);
}

void EntryFilterProxy::forgetSourceState() {
    m_accepted.clear();
    m_acceptedValid = false;
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
}

void EntryFilterProxy::refilter(bool recompute) {
    if (recompute)
        m_acceptedValid = false;
    invalidate(); // one layoutChanged; the current sort column and order are applied again
    emitCounts();
}

void EntryFilterProxy::computeAccepted() const {
    m_acceptedValid = true;
    m_accepted.clear();
    const bool byStatus = m_hideDisabled || m_statusFilter.kind != StatusFilter::Kind::All;
    if (!m_entries || (m_needle.isEmpty() && !byStatus))
        return;                                                            // every row
    const std::vector<TrustStatus> &statuses = m_entries->trustStatuses(); // empty while being built
    if (m_needle.isEmpty())
        m_accepted.assign(static_cast<size_t>(m_entries->rowCount()), 1);
    else
        m_accepted = m_entries->searchIndex().match(m_needle, statuses);
    // The linked certificates' columns ("missing", a subject, a key) are not in the index, which is built
    // before any certificate is added: the rows it did not match are asked for them.
    if (!m_needle.isEmpty() && m_entries->certificateLinks()) {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            if (!m_accepted[row] &&
                m_entries->certificateSearchText(static_cast<int>(row)).contains(m_needle))
                m_accepted[row] = 1;
    }
    // The statuses come from the trust table's facts (no decoding): one pass over a byte per row.
    if (byStatus && statuses.size() == m_accepted.size()) {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            if (m_accepted[row] && ((m_hideDisabled && statuses[row] == TrustStatus::Disabled) ||
                                    !m_statusFilter.accepts(statuses[row])))
                m_accepted[row] = 0;
    }
}

int EntryFilterProxy::visibleCount() const {
    return rowCount();
}

int EntryFilterProxy::totalCount() const {
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

bool EntryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_entries || sourceParent.isValid())
        return false;
    if (!m_acceptedValid)
        computeAccepted();
    if (m_accepted.empty())
        return true;
    return static_cast<size_t>(sourceRow) < m_accepted.size() && m_accepted[static_cast<size_t>(sourceRow)];
}

void EntryFilterProxy::sort(int column, Qt::SortOrder order) {
    if (column != m_sortKeysColumn) {
        m_sortKeys.clear();
        m_sortKeysColumn = -1;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool EntryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const int column = left.column();
    if (!m_entries || column < 0)
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_sortKeysColumn != column) {
        m_sortKeys = m_entries->sortKeys(column);
        m_sortKeysColumn = column;
    }
    const size_t a = static_cast<size_t>(left.row());
    const size_t b = static_cast<size_t>(right.row());
    if (a >= m_sortKeys.size() || b >= m_sortKeys.size())
        return a < b;
    const EntryTableModel::SortKey &first = m_sortKeys[a];
    const EntryTableModel::SortKey &second = m_sortKeys[b];
    // Rows without a value sort after every row with one.
    if (first.present != second.present)
        return first.present;
    if (!first.present)
        return a < b;
    if (EntryTableModel::isNumericColumn(column))
        return first.number != second.number ? first.number < second.number : a < b;
    const int order = first.text.compare(second.text, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

void EntryFilterProxy::emitCounts() {
    Q_EMIT countsChanged(visibleCount(), totalCount());
}

} // namespace ctlv
