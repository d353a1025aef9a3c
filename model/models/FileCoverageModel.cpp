// The two tables of "Check files against this catalog" (FileCoverageModel.h). Text from files (paths,
// member names, tags) is shown as written, on one line; the view draws it as plain text.
#include "FileCoverageModel.h"

namespace ctlv {

FileCoverageModel::FileCoverageModel(std::shared_ptr<const CatalogIndex> index, QObject *parent)
    : QAbstractTableModel(parent), m_index(std::move(index)) {}

void FileCoverageModel::addFile(FileCoverage coverage) {
    const int row = static_cast<int>(m_files.size());
    beginInsertRows({}, row, row);
    m_files.push_back(std::move(coverage));
    endInsertRows();
}

void FileCoverageModel::clear() {
    beginResetModel();
    m_files.clear();
    endResetModel();
}

int FileCoverageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int FileCoverageModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FileCoverageModel::memberText(int member) const {
    const IndexedMember &m = m_index->members()[static_cast<size_t>(member)];
    QString text = QStringLiteral("#%1").arg(m.entry);
    if (!m.fileName.isEmpty())
        text += QStringLiteral(" ") + m.fileName;
    if (!m.algorithm.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.algorithm);
    return text;
}

QVariant FileCoverageModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const FileCoverage &file = m_files[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case StatusColumn:
        if (file.error)
            return tr("Unreadable");
        if (file.covered())
            return tr("Covered");
        return file.crlfMembers.isEmpty() ? tr("Not covered") : tr("Not covered (line endings)");
    case KindColumn:
        return file.digests ? pe::hashKindKey(file.digests->kind) : QString();
    case FileColumn:
        return file.path;
    case MemberColumn: {
        if (file.error)
            return file.error->message;
        if (!file.covered() && !file.crlfMembers.isEmpty())
            return tr("differs from a covered member only in line endings: %1")
                .arg(memberText(file.crlfMembers.front()));
        QStringList members;
        for (int member : file.members)
            members << memberText(member);
        return members.join(QStringLiteral(", "));
    }
    case Sha256Column:
        return file.digests ? QString::fromLatin1(file.digests->sha256.toHex()) : QString();
    default:
        return {};
    }
}

QVariant FileCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Hash");
    case FileColumn:
        return tr("File");
    case MemberColumn:
        return tr("Member");
    case Sha256Column:
        return tr("SHA-256");
    default:
        return {};
    }
}

CatalogMemberModel::CatalogMemberModel(std::shared_ptr<const CatalogIndex> index, QObject *parent)
    : QAbstractTableModel(parent), m_index(std::move(index)), m_files(m_index->members().size()) {}

void CatalogMemberModel::noteFile(const FileCoverage &coverage) {
    for (int member : coverage.members) {
        m_files[static_cast<size_t>(member)] << coverage.path;
        Q_EMIT dataChanged(this->index(member, FileColumn), this->index(member, FileColumn));
    }
}

void CatalogMemberModel::clearFiles() {
    beginResetModel();
    m_files.assign(m_index->members().size(), {});
    endResetModel();
}

int CatalogMemberModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_index->members().size());
}

int CatalogMemberModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogMemberModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const IndexedMember &m = m_index->members()[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case IndexColumn:
        return m.entry;
    case NameColumn:
        return m.fileName;
    case KindColumn:
        return m.kind;
    case AlgorithmColumn:
        return m.algorithm;
    case TagColumn:
        return m.tag;
    case FileColumn: {
        const QStringList &files = m_files[static_cast<size_t>(index.row())];
        return files.isEmpty() ? tr("(no file)") : files.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CatalogMemberModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case NameColumn:
        return tr("Name (File)");
    case KindColumn:
        return tr("Kind");
    case AlgorithmColumn:
        return tr("Algorithm");
    case TagColumn:
        return tr("Tag");
    case FileColumn:
        return tr("Covers");
    default:
        return {};
    }
}

} // namespace ctlv
