#pragma once
// The findings of a validation report as a table: severity, title, cosmetic.

#include "Roles.h"
#include "Validation.h"

#include <QAbstractTableModel>

#include <vector>

namespace ctlv {

/// Table of Finding values. Columns: FindingColumn; roles: SeverityRole, CodeRole, ExplanationRole,
/// CosmeticRole, SortRole, SignerIndexRole, CertificateIndexRole, EntryIndexRole; tooltip = explanation.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit FindingsModel(QObject *parent = nullptr);

    /// Shows `findings`. Resets the model.
    void setFindings(std::vector<Finding> findings);
    void clear();
    const std::vector<Finding> &findings() const { return m_findings; }

    /// The finding behind a row (any column), or nullptr.
    const Finding *findingAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    std::vector<Finding> m_findings;
};

} // namespace ctlv
