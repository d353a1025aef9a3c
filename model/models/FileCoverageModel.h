#pragma once
// Item models of "Check files against this catalog": the files checked (covered or not, by which member)
// and the catalog's members (with the file each covers). Presentation only, over CatalogCoverage values.

#include "CatalogCoverage.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace ctlv {

class FileCoverageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, KindColumn, FileColumn, MemberColumn, Sha256Column, ColumnCount };

    explicit FileCoverageModel(std::shared_ptr<const CatalogIndex> index, QObject *parent = nullptr);
    void addFile(FileCoverage coverage);
    void clear();
    const std::vector<FileCoverage> &files() const { return m_files; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString memberText(int member) const;
    std::shared_ptr<const CatalogIndex> m_index;
    std::vector<FileCoverage> m_files;
};

class CatalogMemberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IndexColumn, NameColumn, KindColumn, AlgorithmColumn, TagColumn, FileColumn, ColumnCount };

    explicit CatalogMemberModel(std::shared_ptr<const CatalogIndex> index, QObject *parent = nullptr);
    // The files that `coverage` matched are shown beside their members.
    void noteFile(const FileCoverage &coverage);
    void clearFiles();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const CatalogIndex> m_index;
    std::vector<QStringList> m_files; // per member
};

} // namespace ctlv
