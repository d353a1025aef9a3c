#pragma once
// The signers of a list and the certificate chain the validator built for each of them: one top-level
// node per signer, its chain below it as a tree (the signer certificate, its issuer below it, and so on up
// to the root; each with its validity at the time the chain was evaluated and its purposes with their
// OIDs), and an explicit "Issuer not found" node when the chain stops at an unknown issuer.

#include "Roles.h"
#include "Validation.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ctlv {

/// Tree of signers and chains. Columns: ChainColumn; roles: NodeKindRole (int(ChainNodeKind)),
/// SignerIndexRole, CertificateIndexRole, SeverityRole (int(Severity)), RawValueRole.
class ChainTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    /// Which chain of a SignerResult to show.
    enum class ChainTime { AtSigning, Now };

    explicit ChainTreeModel(QObject *parent = nullptr);
    ~ChainTreeModel() override;

    /// Shows the signers of `document` with the chains of `report` (SignerResult::chainAtSigning or
    /// chainNow). Resets the model; nothing refers to the arguments afterwards.
    void setReport(const CtlDocument &document, const ValidationReport &report,
                   ChainTime which = ChainTime::AtSigning);
    void clear();

    ChainNodeKind nodeKind(const QModelIndex &index) const;
    /// The signer a node belongs to (CtlDocument::signers), -1 for an invalid index.
    int signerIndex(const QModelIndex &index) const;
    /// The certificate of a signer or chain element node (from the file or not), or nullptr.
    const CertificateInfo *certificateAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;

    std::vector<std::unique_ptr<Node>> m_roots;
};

} // namespace ctlv
