// The diff tab's table and its filter (DiffTableModel.h).
#include "DiffTableModel.h"

#include "ModelText.h"

namespace ctlv {

DiffTableModel::DiffTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiffTableModel::setDiff(const ListDiff &diff) {
    beginResetModel();
    m_rows = DiffText::rows(diff);
    endResetModel();
}

int DiffTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiffTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffText::Row &row = m_rows[static_cast<size_t>(index.row())];
    if (role == KindRole)
        return static_cast<int>(row.kind);
    if (role == RowRole)
        return index.row();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // Text from the files is shown on one line, control characters visible (ModelText).
    switch (index.column()) {
    case KindColumn:
        return DiffText::rowKindLabel(row.kind);
    case EntryColumn:
        if (row.kind == DiffText::RowKind::List)
            return tr("(the list)");
        return modeltext::oneLine(row.friendlyName.isEmpty() ? row.identifier
                                                             : row.friendlyName + QStringLiteral(" (") +
                                                                   row.identifier + QLatin1Char(')'));
    case AttributeColumn:
        return row.attribute.isEmpty() ? QString() : DiffText::attributeLabel(row.attribute);
    case OldColumn:
        return row.attribute.isEmpty() ? QString()
                                       : modeltext::oneLine(DiffText::valueText(row.attribute, row.oldValue));
    case NewColumn:
        return row.attribute.isEmpty() ? QString()
                                       : modeltext::oneLine(DiffText::valueText(row.attribute, row.newValue));
    default:
        return {};
    }
}

QVariant DiffTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Change");
    case EntryColumn:
        return tr("Entry");
    case AttributeColumn:
        return tr("Attribute");
    case OldColumn:
        return tr("Old");
    case NewColumn:
        return tr("New");
    default:
        return {};
    }
}

DiffFilterProxy::DiffFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void DiffFilterProxy::setKind(int kind) {
    m_kind = kind;
    invalidateFilter();
}

void DiffFilterProxy::setText(const QString &text) {
    m_text = text;
    invalidateFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *model = sourceModel();
    if (m_kind >= 0 &&
        model->index(sourceRow, 0, sourceParent).data(DiffTableModel::KindRole).toInt() != m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace ctlv
