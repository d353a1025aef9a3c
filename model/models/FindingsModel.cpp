// The findings of a validation report as a table model: severity, title, cosmetic.
#include "FindingsModel.h"

#include "FindingText.h"
#include "ModelText.h"

namespace ctlv {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(std::vector<Finding> findings) {
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void FindingsModel::clear() {
    setFindings({});
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this || index.row() < 0 ||
        static_cast<size_t>(index.row()) >= m_findings.size())
        return nullptr;
    return &m_findings[static_cast<size_t>(index.row())];
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FindingColumn::ColumnCount;
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    const Finding *finding = findingAt(index);
    if (!finding)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingColumn::Severity:
            return severityLabel(finding->severity);
        case FindingColumn::Title:
            // Titles and explanations may quote names from the file: one line, controls visible.
            return modeltext::oneLine(findingTitle(*finding));
        case FindingColumn::Cosmetic:
            //: A finding that changes nothing about the list's validity
            return finding->cosmetic ? tr("Cosmetic") : QString();
        default:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        const QString explanation = findingExplanation(*finding);
        return explanation.isEmpty() ? QVariant() : QVariant(modeltext::oneLine(explanation));
    }
    case SortRole:
        switch (column) {
        case FindingColumn::Severity:
            return static_cast<int>(finding->severity);
        case FindingColumn::Title:
            return findingTitle(*finding);
        case FindingColumn::Cosmetic:
            return finding->cosmetic ? 1 : 0;
        default:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case FindingColumn::Severity:
            return severityKey(finding->severity);
        case FindingColumn::Title:
            return findingTitle(*finding);
        case FindingColumn::Cosmetic:
            return finding->cosmetic ? QStringLiteral("true") : QStringLiteral("false");
        default:
            break;
        }
        break;
    case SeverityRole:
        return static_cast<int>(finding->severity);
    case CodeRole:
        return findingCodeKey(finding->code);
    case ExplanationRole:
        return findingExplanation(*finding);
    case CosmeticRole:
        return finding->cosmetic;
    case SignerIndexRole:
        return finding->signerIndex;
    case CertificateIndexRole:
        return finding->certificateIndex;
    case EntryIndexRole:
        return finding->entryIndex;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FindingColumn::Severity:
        return tr("Severity");
    case FindingColumn::Title:
        return tr("Finding");
    case FindingColumn::Cosmetic:
        return tr("Cosmetic");
    default:
        break;
    }
    return {};
}

} // namespace ctlv
