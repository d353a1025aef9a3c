#pragma once
// The certificates of a certificate source (a serialized store, a PEM bundle, a folder, a registry
// export's Blob values) as a flat table for the viewer's certificate tab: subject, issuer, expiry,
// SHA-1 and key, one row per certificate, in the source's order.

#include "CertificateSources.h"
#include "Roles.h"

#include <QAbstractTableModel>

#include <memory>

namespace ctlv {

/// Columns: CertificateColumn; roles: Qt::DisplayRole, Qt::ToolTipRole, SortRole, RawValueRole,
/// SearchTextRole, CertificateIndexRole (the row's index in the source's certificates).
class CertificateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit CertificateTableModel(QObject *parent = nullptr);

    /// Shows the certificates of `source` (null: an empty table). Resets the model.
    void setSource(std::shared_ptr<const CertificateSourceData> source);
    /// The certificate behind a row (any column), or null.
    const StoredCertificate *certificateAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// "RSA 2048", "EC 256 (prime256v1)": a certificate's key as the tables show it.
    static QString keyText(const CertificateInfo &certificate);

private:
    QString displayText(const StoredCertificate &certificate, int column) const;

    std::shared_ptr<const CertificateSourceData> m_source;
};

} // namespace ctlv
