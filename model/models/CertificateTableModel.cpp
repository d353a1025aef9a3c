#include "CertificateTableModel.h"

#include "ModelText.h"

namespace ctlv {

CertificateTableModel::CertificateTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CertificateTableModel::setSource(std::shared_ptr<const CertificateSourceData> source) {
    beginResetModel();
    m_source = std::move(source);
    endResetModel();
}

const StoredCertificate *CertificateTableModel::certificateAt(const QModelIndex &index) const {
    if (!m_source || !index.isValid() || index.model() != this || index.row() < 0 ||
        index.row() >= rowCount())
        return nullptr;
    return &m_source->certificates[static_cast<size_t>(index.row())];
}

int CertificateTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_source)
        return 0;
    return static_cast<int>(m_source->certificates.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : CertificateColumn::ColumnCount;
}

Qt::ItemFlags CertificateTableModel::flags(const QModelIndex &index) const {
    if (!certificateAt(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString CertificateTableModel::keyText(const CertificateInfo &certificate) {
    if (!certificate.parsed || certificate.keyAlgorithm.isEmpty())
        return {};
    QString text = certificate.keyAlgorithm;
    if (certificate.keyBits > 0)
        text += QLatin1Char(' ') + QString::number(certificate.keyBits);
    if (!certificate.curve.isEmpty())
        text += QStringLiteral(" (%1)").arg(certificate.curve);
    return text;
}

QString CertificateTableModel::displayText(const StoredCertificate &certificate, int column) const {
    const CertificateInfo &info = certificate.info();
    switch (column) {
    case CertificateColumn::Subject:
        if (!info.parsed)
            return tr("Unreadable certificate: %1").arg(info.parseError);
        return info.subject;
    case CertificateColumn::Issuer:
        return info.issuer;
    case CertificateColumn::NotAfter:
        return info.notAfter.isValid() ? modeltext::utcText(info.notAfter) : QString();
    case CertificateColumn::Sha1:
        return toHex(certificate.sha1);
    case CertificateColumn::Key:
        return keyText(info);
    default:
        break;
    }
    return {};
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const {
    const StoredCertificate *certificate = certificateAt(index);
    if (!certificate || index.column() < 0 || index.column() >= CertificateColumn::ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        // Names come from the file: one line, controls visible.
        return modeltext::oneLine(displayText(*certificate, column));
    case Qt::ToolTipRole:
        if (column == CertificateColumn::Subject && certificate->friendlyName)
            return modeltext::oneLine(*certificate->friendlyName);
        if (column == CertificateColumn::Sha1)
            return tr("SHA-1 of the certificate");
        return {};
    case SortRole:
        if (column == CertificateColumn::NotAfter)
            return certificate->info().notAfter;
        return displayText(*certificate, column);
    case RawValueRole:
        if (column == CertificateColumn::NotAfter)
            return isoUtc(certificate->info().notAfter);
        return displayText(*certificate, column);
    case SearchTextRole: {
        QStringList texts;
        for (int each = 0; each < CertificateColumn::ColumnCount; ++each)
            texts << displayText(*certificate, each);
        texts << toHex(certificate->sha256) << certificate->friendlyName.value_or(QString());
        return texts.join(QLatin1Char('\n')).toLower();
    }
    case CertificateIndexRole:
        return index.row();
    default:
        break;
    }
    return {};
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CertificateColumn::Subject:
        return tr("Subject");
    case CertificateColumn::Issuer:
        return tr("Issuer");
    case CertificateColumn::NotAfter:
        return tr("Not after");
    case CertificateColumn::Sha1:
        return tr("SHA-1");
    case CertificateColumn::Key:
        return tr("Key");
    default:
        break;
    }
    return {};
}

} // namespace ctlv
