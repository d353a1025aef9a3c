// The detail pane's model: the sections and fields of whatever the viewer selects (list, entry,
// certificate, signer, extension), as a two-column tree of plain text.
#include "DetailModel.h"

#include "NodeTree.h"

#include "CtlDocument.h"
#include "EntryTableModel.h"
#include "FindingText.h"
#include "ModelText.h"
#include "Oids.h"
#include "Sections.h"

#include <QLocale>

#include <algorithm>

namespace ctlv {

struct DetailModel::Node {
    DetailNodeKind kind = DetailNodeKind::Field;
    QString field;
    QString value;
    QString raw;
    QString toolTip;
    Node *parent = nullptr; // non-owning
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using Node = DetailModel::Node;

void addField(Node *parent, const sections::Field &field) {
    auto node = std::make_unique<Node>();
    node->field = field.label;
    // The secondary text reports write after the value (a CT log's key type) is shown here too.
    node->value = field.note.isEmpty() ? field.value : field.value + QStringLiteral("  (%1)").arg(field.note);
    node->raw = field.raw;
    node->toolTip = field.toolTip;
    node->parent = parent;
    node->row = static_cast<int>(parent->children.size());
    parent->children.push_back(std::move(node));
    // An extension's details (log keys, pin rules) follow it as rows of their own.
    for (const sections::Field &child : field.children)
        addField(parent, child);
}

// The tree of what the sections builder lays out: sections on top, their fields below.
std::unique_ptr<Node> treeOf(const sections::Sections &all) {
    auto root = std::make_unique<Node>();
    root->kind = DetailNodeKind::Section;
    for (const sections::Section &section : sections::shownIn(all, sections::Shown::PaneOnly)) {
        auto node = std::make_unique<Node>();
        node->kind = DetailNodeKind::Section;
        node->field = section.title;
        node->raw = section.title;
        node->parent = root.get();
        node->row = static_cast<int>(root->children.size());
        for (const sections::Field &field : section.fields)
            addField(node.get(), field);
        root->children.push_back(std::move(node));
    }
    return root;
}

} // namespace

DetailModel::DetailModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

DetailModel::~DetailModel() = default;

void DetailModel::replace(std::unique_ptr<Node> root, const QString &title) {
    beginResetModel();
    m_root = std::move(root);
    m_title = modeltext::oneLine(title);
    endResetModel();
}

void DetailModel::clear() {
    replace(std::make_unique<Node>(), QString());
}

// Built at display time in the language and locale chosen then.
void DetailModel::setList(const CtlDocument &document) {
    replace(treeOf(sections::listSections(document, QLocale())), listKindLabel(document.kind()));
}

// The per-purpose trust goes right after Identity: the answer before the raw properties behind it.
void DetailModel::addTrustSection(sections::Sections &all, const CtlDocument &document,
                                  const CtlEntry &entry) const {
    if (!m_trustQuestion || document.kind() == ListKind::Disallowed || document.kind() == ListKind::PinRules)
        return;
    sections::Section trust =
        sections::entryTrustSection(entry, document.kind(), *m_trustQuestion, QLocale());
    if (trust.fields.empty())
        return;
    const auto identity = std::find_if(all.begin(), all.end(), [](const sections::Section &section) {
        return section.key == QLatin1String("identity");
    });
    all.insert(identity == all.end() ? all.begin() : identity + 1, std::move(trust));
}

void DetailModel::setEntry(const CtlDocument &document, int entryIndex) {
    if (entryIndex < 0 || static_cast<size_t>(entryIndex) >= document.entries.size()) {
        clear();
        return;
    }
    const CtlEntry entry = document.entries[static_cast<size_t>(entryIndex)];
    const QString name = entry.friendlyName.value_or(entry.identifierText());
    sections::Sections all = sections::entrySections(document, entryIndex, QLocale());
    addTrustSection(all, document, entry);
    replace(treeOf(all),
            tr("Entry %1 of %2: %3")
                .arg(QString::number(entryIndex + 1), QString::number(document.entries.size()), name));
}

void DetailModel::setEntry(const CtlDocument &document, int entryIndex, const CertificateLinks *links) {
    if (!links || entryIndex < 0 || static_cast<size_t>(entryIndex) >= links->entries.size()) {
        setEntry(document, entryIndex);
        return;
    }
    const CtlEntry entry = document.entries[static_cast<size_t>(entryIndex)];
    sections::Sections all = sections::entrySections(document, entryIndex, QLocale());
    addTrustSection(all, document, entry);
    const EntryLink &link = links->entries[static_cast<size_t>(entryIndex)];
    all.push_back(sections::certificateLinkSection(link, *links, QLocale()));
    const StoredCertificate *certificate =
        link.certificate >= 0 && static_cast<size_t>(link.certificate) < links->certificates.size()
            ? &links->certificates[static_cast<size_t>(link.certificate)]
            : nullptr;
    // Every field of the certificate, as a certificate viewer shows it, after the entry's own.
    if (certificate)
        for (sections::Section &section : sections::storedCertificateSections(*certificate, QLocale())) {
            section.title = tr("Certificate: %1").arg(section.title);
            all.push_back(std::move(section));
        }
    const QString name = entry.friendlyName.value_or(entry.identifierText());
    replace(treeOf(all),
            tr("Entry %1 of %2: %3")
                .arg(QString::number(entryIndex + 1), QString::number(document.entries.size()), name));
}

void DetailModel::setCertificate(const StoredCertificate &certificate) {
    replace(treeOf(sections::storedCertificateSections(certificate, QLocale())),
            modeltext::certificateName(certificate.info()));
}

void DetailModel::setCertificate(const CertificateInfo &certificate) {
    replace(treeOf(sections::certificateSections(certificate, QLocale())),
            modeltext::certificateName(certificate));
}

void DetailModel::setSigner(const CtlDocument &document, int signerIndex, const SignerResult *result) {
    if (signerIndex < 0 || static_cast<size_t>(signerIndex) >= document.signers.size()) {
        clear();
        return;
    }
    const SignerInfoData &signer = document.signers[static_cast<size_t>(signerIndex)];
    const CertificateInfo *certificate = sections::signerCertificate(document, signerIndex, result);
    replace(treeOf(sections::signerSections(document, signerIndex, result, QLocale())),
            tr("%1: %2").arg(modeltext::signerKindLabel(signer.kind),
                             certificate ? modeltext::certificateName(*certificate) : signer.issuerText));
}

void DetailModel::setExtension(const CtlExtension &extension) {
    replace(treeOf(sections::extensionSections(extension, QLocale())), oid::label(extension.oid));
}

DetailModel::Node *DetailModel::nodeAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex DetailModel::index(int row, int column, const QModelIndex &parent) const {
    return nodetree::index(*this, m_root.get(), row, column, parent,
                           [this](int r, int c, const Node *node) { return createIndex(r, c, node); });
}

QModelIndex DetailModel::parent(const QModelIndex &child) const {
    return nodetree::parent(m_root.get(), child,
                            [this](int r, int c, const Node *node) { return createIndex(r, c, node); });
}

int DetailModel::rowCount(const QModelIndex &parent) const {
    return nodetree::rowCount(m_root.get(), parent);
}

int DetailModel::columnCount(const QModelIndex &) const {
    return DetailColumn::ColumnCount;
}

Qt::ItemFlags DetailModel::flags(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == DetailNodeKind::Field)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant DetailModel::data(const QModelIndex &index, int role) const {
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    const bool valueColumn = index.column() == DetailColumn::Value;
    switch (role) {
    case Qt::DisplayRole:
        // Values quote the file (names, subjects, URLs, identifiers): one line, controls visible. Tool
        // tips built here are OID descriptions, one per line, and keep their lines.
        return modeltext::oneLine(valueColumn ? node->value : node->field);
    case Qt::ToolTipRole:
        if (!node->toolTip.isEmpty())
            return node->toolTip;
        return valueColumn && !node->value.isEmpty() ? QVariant(modeltext::oneLine(node->value)) : QVariant();
    case RawValueRole:
        return valueColumn ? node->raw : node->field;
    case NodeKindRole:
        return static_cast<int>(node->kind);
    default:
        break;
    }
    return {};
}

QVariant DetailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case DetailColumn::Field:
        return tr("Field");
    case DetailColumn::Value:
        return tr("Value");
    default:
        break;
    }
    return {};
}

} // namespace ctlv
