#pragma once
// The entries of one CTL as a flat table, one row per entry. Every value is computed on demand from
// the CtlEntry (lists may hold a million entries): no per-row cache, no QStandardItem.

#include "CtlDocument.h"
#include "Roles.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <memory>

namespace ctlv {

/// Table of CtlDocument::entries. Columns: EntryColumn; roles: SortRole, StatusRole, EntryIndexRole,
/// SearchTextRole, RawValueRole, plus Qt::DisplayRole and Qt::ToolTipRole.
class EntryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit EntryTableModel(QObject *parent = nullptr);

    /// Shows `document` (null: an empty table). Resets the model.
    void setDocument(std::shared_ptr<const CtlDocument> document);
    std::shared_ptr<const CtlDocument> document() const { return m_document; }

    /// The date statuses are computed for; an invalid time means "now" (the default).
    void setReferenceTime(const QDateTime &time);
    QDateTime referenceTime() const { return m_referenceTime; }

    /// The entry behind a row (any column), or nullptr.
    const CtlEntry *entryAt(const QModelIndex &index) const;
    /// Index in CtlDocument::entries of a row, or -1.
    int entryIndex(const QModelIndex &index) const;
    /// The index of an entry (column 0), invalid when out of range.
    QModelIndex indexOfEntry(int entryIndex, int column = EntryColumn::FriendlyName) const;
    /// The status of an entry at the reference time.
    EntryStatus statusAt(int entryIndex) const;

    /// How an entry's attributes translate into a status for a list kind at `reference`.
    static EntryStatus statusFor(const CtlEntry &entry, ListKind kind, const QDateTime &reference);
    /// What an empty FILETIME value is shown as ("Always": disabled since forever).
    static QString alwaysText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString displayText(const CtlEntry &entry, int column, EntryStatus status) const;
    QString toolTip(const CtlEntry &entry, int column, EntryStatus status) const;
    QVariant sortValue(const CtlEntry &entry, int column, EntryStatus status) const;
    QString rawValue(const CtlEntry &entry, int column, EntryStatus status) const;
    QString searchText(const CtlEntry &entry, EntryStatus status) const;

    std::shared_ptr<const CtlDocument> m_document;
    QDateTime m_referenceTime = QDateTime::currentDateTimeUtc();
    ListKind m_kind = ListKind::Other;
};

} // namespace ctlv
