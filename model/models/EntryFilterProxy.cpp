#include "EntryFilterProxy.h"

#include "Roles.h"

namespace ctlv {

EntryFilterProxy::EntryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
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
    refilter();
}

void EntryFilterProxy::setHideDisabled(bool hide) {
    if (hide == m_hideDisabled)
        return;
    m_hideDisabled = hide;
    refilter();
}

void EntryFilterProxy::setSourceModel(QAbstractItemModel *source) {
    if (m_dataChanged)
        disconnect(m_dataChanged);
    QSortFilterProxyModel::setSourceModel(source);
    if (source)
        m_dataChanged = connect(source, &QAbstractItemModel::dataChanged, this, &EntryFilterProxy::refilter);
}

void EntryFilterProxy::refilter() {
    invalidate(); // one layoutChanged; the current sort column and order are applied again
    emitCounts();
}

int EntryFilterProxy::visibleCount() const { return rowCount(); }

int EntryFilterProxy::totalCount() const { return sourceModel() ? sourceModel()->rowCount() : 0; }

bool EntryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (m_needle.isEmpty() && !m_hideDisabled)
        return true;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (m_hideDisabled && index.data(StatusRole).toInt() == static_cast<int>(EntryStatus::Disabled))
        return false;
    if (m_needle.isEmpty())
        return true;
    return index.data(SearchTextRole).toString().contains(m_needle);
}

void EntryFilterProxy::emitCounts() { Q_EMIT countsChanged(visibleCount(), totalCount()); }

} // namespace ctlv
