#pragma once
// The navigation tree of one opened file: file ▸ (CAB member) ▸ CTL ▸ General, Signers and chain
// (each signer, each certificate), Entries (the count; the entries themselves are in the table),
// Extensions (each extension), Findings (the count) and, with certificates linked, Not in this list.

#include "Roles.h"
#include "Validation.h"

#include <QAbstractItemModel>

#include <memory>
#include <utility>
#include <vector>

namespace ctlv {

/// One document of the opened file and its validation report (null while not validated).
using DocumentAndReport =
    std::pair<std::shared_ptr<const CtlDocument>, std::shared_ptr<const ValidationReport>>;

/// Navigation tree. One column; roles: NodeKindRole (int(DocumentNodeKind)), DocumentIndexRole,
/// SignerIndexRole, CertificateIndexRole, ExtensionIndexRole (each only on the nodes it applies to),
/// SeverityRole (on Findings: the highest severity found, when there is a finding).
class DocumentTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit DocumentTreeModel(QObject *parent = nullptr);
    ~DocumentTreeModel() override;

    /// Shows `fileName` and the documents read from it. Resets the model. `unlisted` gives, per document,
    /// how many certificates of the sources linked to it the list does not name: a "Not in this list" node
    /// for each document it gives a count for (none when empty).
    void setDocuments(const QString &fileName, std::vector<DocumentAndReport> documents,
                      const std::vector<size_t> &unlisted = {});
    /// Attaches (or replaces) the report of one document, e.g. when a background validation ends.
    void setReport(int documentIndex, std::shared_ptr<const ValidationReport> report);
    void clear();

    int documentCount() const { return static_cast<int>(m_documents.size()); }
    std::shared_ptr<const CtlDocument> documentAt(int documentIndex) const;
    std::shared_ptr<const ValidationReport> reportAt(int documentIndex) const;

    /// What a node is; DocumentNodeKind::File for an invalid index.
    DocumentNodeKind nodeKind(const QModelIndex &index) const;
    /// The document a node belongs to, -1 for the file and member nodes.
    int documentIndex(const QModelIndex &index) const;
    /// The signer, certificate or extension index of a Signer, Certificate or Extension node, else -1.
    int itemIndex(const QModelIndex &index) const;
    /// The node of a kind for a document (and item, for Signer, Certificate and Extension), or invalid.
    QModelIndex findNode(DocumentNodeKind kind, int documentIndex = -1, int itemIndex = -1) const;

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
    QString findingsLabel(int documentIndex) const;

    std::vector<DocumentAndReport> m_documents;
    std::unique_ptr<Node> m_root; // invisible; its only child is the file
};

} // namespace ctlv
