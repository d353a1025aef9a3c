// The navigation tree of one opened file: file, CAB member, CTL, and the General, Signers and chain,
// Entries and Findings nodes under each list.
#include "DocumentTreeModel.h"

#include "CatalogMembers.h"

#include "NodeTree.h"

#include "CtlDocument.h"
#include "ModelText.h"
#include "Oids.h"

#include <QFileInfo>
#include <QLocale>

namespace ctlv {

struct DocumentTreeModel::Node {
    DocumentNodeKind kind = DocumentNodeKind::File;
    QString label;
    QString toolTip;
    int documentIndex = -1;
    int itemIndex = -1;
    Node *parent = nullptr; // non-owning
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(DocumentNodeKind childKind, const QString &childLabel, int document, int item = -1) {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->label = childLabel;
        child->documentIndex = document;
        child->itemIndex = item;
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

DocumentTreeModel::DocumentTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

DocumentTreeModel::~DocumentTreeModel() = default;

void DocumentTreeModel::clear() {
    beginResetModel();
    m_documents.clear();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void DocumentTreeModel::setDocuments(const QString &fileName, std::vector<DocumentAndReport> documents,
                                     const std::vector<size_t> &unlisted) {
    beginResetModel();
    m_documents = std::move(documents);
    m_root = std::make_unique<Node>();
    const QString shownName = QFileInfo(fileName).fileName();
    Node *file = m_root->add(DocumentNodeKind::File, shownName.isEmpty() ? fileName : shownName, -1);
    file->toolTip = fileName;

    Node *member = nullptr;
    for (size_t index = 0; index < m_documents.size(); ++index) {
        const CtlDocument *document = m_documents[index].first.get();
        if (!document)
            continue;
        const int documentIndex = static_cast<int>(index);
        Node *parent = file;
        if (!document->member.isEmpty()) {
            if (!member || member->label != document->member)
                member = file->add(DocumentNodeKind::Member, document->member, -1);
            member->toolTip = tr("Member of the cabinet archive");
            parent = member;
        }

        Node *list = parent->add(DocumentNodeKind::List, listKindLabel(document->kind()), documentIndex);
        list->toolTip = tr("Certificate Trust List of %1").arg(modeltext::utcText(document->thisUpdate.utc));
        list->add(DocumentNodeKind::General, tr("General"), documentIndex);

        Node *signers = list->add(DocumentNodeKind::Signers, tr("Signers and chain"), documentIndex);
        for (size_t s = 0; s < document->signers.size(); ++s) {
            const SignerInfoData &signer = document->signers[s];
            const int certificateIndex = findSignerCertificate(*document, signer);
            const QString who = certificateIndex >= 0
                                    ? modeltext::certificateName(
                                          document->certificates[static_cast<size_t>(certificateIndex)])
                                    : tr("certificate not in the file");
            Node *node = signers->add(DocumentNodeKind::Signer,
                                      tr("%1: %2").arg(modeltext::signerKindLabel(signer.kind), who),
                                      documentIndex, static_cast<int>(s));
            node->toolTip = signer.issuerText;
        }
        for (size_t c = 0; c < document->certificates.size(); ++c) {
            const CertificateInfo &certificate = document->certificates[c];
            Node *node = signers->add(DocumentNodeKind::Certificate, modeltext::certificateName(certificate),
                                      documentIndex, static_cast<int>(c));
            node->toolTip = certificate.subject;
        }

        list->add(
            DocumentNodeKind::Entries,
            tr("Entries (%1)").arg(QLocale().toString(static_cast<qlonglong>(document->entries.size()))),
            documentIndex);

        Node *extensions = list->add(DocumentNodeKind::Extensions,
                                     tr("Extensions (%1)").arg(document->extensions.size()), documentIndex);
        for (size_t e = 0; e < document->extensions.size(); ++e) {
            const CtlExtension &extension = document->extensions[e];
            // A catalog attribute (CAT_NAMEVALUE) is named by its own name: OS, HWID1, ...
            QString label = oid::label(extension.oid);
            if (extension.oid == QLatin1String(CatalogNameValueOid))
                if (auto nameValue = decodeCatalogNameValue(extension.value))
                    label = nameValue.value().name;
            Node *node =
                extensions->add(DocumentNodeKind::Extension, label, documentIndex, static_cast<int>(e));
            node->toolTip = oid::describe(extension.oid);
        }

        list->add(DocumentNodeKind::Findings, QString(), documentIndex); // label from the report, see data()
        if (index < unlisted.size()) {
            Node *node = list->add(
                DocumentNodeKind::Unlisted,
                tr("Not in this list (%1)").arg(QLocale().toString(static_cast<qulonglong>(unlisted[index]))),
                documentIndex);
            node->toolTip = tr("Certificates of the added sources that no entry names");
        }
    }
    endResetModel();
}

void DocumentTreeModel::setReport(int documentIndex, std::shared_ptr<const ValidationReport> report) {
    if (documentIndex < 0 || static_cast<size_t>(documentIndex) >= m_documents.size())
        return;
    m_documents[static_cast<size_t>(documentIndex)].second = std::move(report);
    const QModelIndex findings = findNode(DocumentNodeKind::Findings, documentIndex);
    if (findings.isValid())
        Q_EMIT dataChanged(findings, findings);
}

std::shared_ptr<const CtlDocument> DocumentTreeModel::documentAt(int documentIndex) const {
    if (documentIndex < 0 || static_cast<size_t>(documentIndex) >= m_documents.size())
        return {};
    return m_documents[static_cast<size_t>(documentIndex)].first;
}

std::shared_ptr<const ValidationReport> DocumentTreeModel::reportAt(int documentIndex) const {
    if (documentIndex < 0 || static_cast<size_t>(documentIndex) >= m_documents.size())
        return {};
    return m_documents[static_cast<size_t>(documentIndex)].second;
}

DocumentTreeModel::Node *DocumentTreeModel::nodeAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

DocumentNodeKind DocumentTreeModel::nodeKind(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    return node ? node->kind : DocumentNodeKind::File;
}

int DocumentTreeModel::documentIndex(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    return node ? node->documentIndex : -1;
}

int DocumentTreeModel::itemIndex(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    return node ? node->itemIndex : -1;
}

QModelIndex DocumentTreeModel::findNode(DocumentNodeKind kind, int documentIndex, int itemIndex) const {
    // Depth-first; the tree is small (no entry nodes).
    std::vector<const Node *> pending;
    for (auto it = m_root->children.rbegin(); it != m_root->children.rend(); ++it)
        pending.push_back(it->get());
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (node->kind == kind && (documentIndex < 0 || node->documentIndex == documentIndex) &&
            (itemIndex < 0 || node->itemIndex == itemIndex))
            return createIndex(node->row, 0, const_cast<Node *>(node));
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            pending.push_back(it->get());
    }
    return {};
}

QString DocumentTreeModel::findingsLabel(int documentIndex) const {
    const auto report = reportAt(documentIndex);
    if (!report)
        //: The list has not been validated (yet)
        return tr("Findings (not checked)");
    return tr("Findings (%1)").arg(report->findings.size());
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex &parent) const {
    return nodetree::index(*this, m_root.get(), row, column, parent,
                           [this](int r, int c, const Node *node) { return createIndex(r, c, node); });
}

QModelIndex DocumentTreeModel::parent(const QModelIndex &child) const {
    return nodetree::parent(m_root.get(), child,
                            [this](int r, int c, const Node *node) { return createIndex(r, c, node); });
}

int DocumentTreeModel::rowCount(const QModelIndex &parent) const {
    return nodetree::rowCount(m_root.get(), parent);
}

int DocumentTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

Qt::ItemFlags DocumentTreeModel::flags(const QModelIndex &index) const {
    if (!nodeAt(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DocumentTreeModel::data(const QModelIndex &index, int role) const {
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Labels quote names from the file (member, signer, certificate): one line, controls visible.
        return node->kind == DocumentNodeKind::Findings ? findingsLabel(node->documentIndex)
                                                        : modeltext::oneLine(node->label);
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(modeltext::oneLine(node->toolTip));
    case NodeKindRole:
        return static_cast<int>(node->kind);
    case DocumentIndexRole:
        return node->documentIndex >= 0 ? QVariant(node->documentIndex) : QVariant();
    case SignerIndexRole:
        return node->kind == DocumentNodeKind::Signer ? QVariant(node->itemIndex) : QVariant();
    case CertificateIndexRole:
        return node->kind == DocumentNodeKind::Certificate ? QVariant(node->itemIndex) : QVariant();
    case ExtensionIndexRole:
        return node->kind == DocumentNodeKind::Extension ? QVariant(node->itemIndex) : QVariant();
    case SeverityRole:
        if (node->kind == DocumentNodeKind::Findings) {
            const auto report = reportAt(node->documentIndex);
            if (!report || report->findings.empty())
                return {};
            Severity highest = Severity::Info;
            for (const Finding &finding : report->findings)
                if (static_cast<int>(finding.severity) > static_cast<int>(highest))
                    highest = finding.severity;
            return static_cast<int>(highest);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Contents");
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace ctlv
