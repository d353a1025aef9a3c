#pragma once
// The rows of a diff (issue #16) for the viewer's diff tab: one row per change (list field, entry added,
// removed, or one attribute of a changed entry) with its kind, entry, attribute, old and new value, and
// a filter over kind and text. Presentation only (the diff is model/diff/ListDiff); the tab adds icons.

#include "DiffText.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ctlv {

class DiffTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, EntryColumn, AttributeColumn, OldColumn, NewColumn, ColumnCount };
    // int(DiffText::RowKind) on every column; the row's entry index in the old or new list.
    static constexpr int KindRole = Qt::UserRole + 200;
    static constexpr int RowRole = Qt::UserRole + 201; // int, index into rows()

    explicit DiffTableModel(QObject *parent = nullptr);
    void setDiff(const ListDiff &diff);
    const std::vector<DiffText::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DiffText::Row> m_rows;
};

// Shows the rows of one kind (or all) whose text contains the filter (case-insensitive).
class DiffFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit DiffFilterProxy(QObject *parent = nullptr);
    // -1: every kind.
    void setKind(int kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    QString m_text;
};

} // namespace ctlv
