// The signers and their certificate chains as a tree model: one node per signer, its chain below it,
// each certificate below the one it issued (signer ▸ issuer ▸ root), with its validity and purposes.
#include "ChainTreeModel.h"

#include "CtlDocument.h"
#include "FindingText.h"
#include "ModelText.h"

#include <QCoreApplication>

#include <optional>

namespace ctlv {

struct ChainTreeModel::Node {
    ChainNodeKind kind = ChainNodeKind::Element;
    QString name;
    QString origin;
    QString problems;
    QString toolTip;
    QString raw;
    QString validity; // at the time the chain was evaluated (the list's signing time)
    QString purposes; // "Label (OID)" each
    Severity severity = Severity::Info;
    int signerIndex = -1;
    int certificateIndex = -1;
    std::optional<CertificateInfo> certificate;
    Node *parent = nullptr; // non-owning
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child) {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::ChainTreeModel)
};

// Whether `certificate` was within its validity period at `at`, with the period.
QString validityText(const CertificateInfo &certificate, const QDateTime &at) {
    if (!certificate.notBefore.isValid() || !certificate.notAfter.isValid())
        return {};
    const QString from = modeltext::utcText(certificate.notBefore);
    const QString to = modeltext::utcText(certificate.notAfter);
    if (!at.isValid())
        return Text::tr("%1 to %2").arg(from, to);
    const QString when = modeltext::utcText(at);
    if (at < certificate.notBefore)
        return Text::tr("not yet valid at %1 (from %2)").arg(when, from);
    if (at > certificate.notAfter)
        return Text::tr("expired at %1 (valid until %2)").arg(when, to);
    return Text::tr("valid at %1 (%2 to %3)").arg(when, from, to);
}

// The certificate's extended key usages, "Label (OID)" each; without the extension, any purpose.
QString purposesText(const CertificateInfo &certificate) {
    if (!certificate.hasEkuExtension)
        return Text::tr("any purpose (no extended key usage extension)");
    return modeltext::oidDescriptions(certificate.ekus).split(QLatin1Char('\n')).join(QLatin1String("; "));
}
} // namespace

ChainTreeModel::ChainTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

ChainTreeModel::~ChainTreeModel() = default;

void ChainTreeModel::setReport(const CtlDocument &document, const ValidationReport &report, ChainTime which) {
    beginResetModel();
    m_roots.clear();
    for (size_t index = 0; index < document.signers.size(); ++index) {
        const SignerInfoData &signer = document.signers[index];
        const int signerIndex = static_cast<int>(index);
        const SignerResult *result = nullptr;
        for (const SignerResult &candidate : report.signers)
            if (candidate.signerIndex == signerIndex)
                result = &candidate;
        if (!result && index < report.signers.size() && report.signers[index].signerIndex < 0)
            result = &report.signers[index]; // parallel to CtlDocument::signers

        auto node = std::make_unique<Node>();
        node->kind = ChainNodeKind::Signer;
        node->signerIndex = signerIndex;
        node->certificateIndex = result ? result->certificateIndex : findSignerCertificate(document, signer);
        const bool inFile = node->certificateIndex >= 0 &&
                            static_cast<size_t>(node->certificateIndex) < document.certificates.size();
        if (inFile) {
            node->certificate = document.certificates[static_cast<size_t>(node->certificateIndex)];
            node->raw = node->certificate->subject;
            node->name =
                tr("%1: %2").arg(modeltext::signerKindLabel(signer.kind), node->certificate->subject);
        } else {
            node->certificateIndex = -1;
            node->name =
                tr("%1: signer certificate not in the file").arg(modeltext::signerKindLabel(signer.kind));
        }
        node->toolTip = tr("Issuer: %1\nSerial number: %2")
                            .arg(modeltext::oneLine(signer.issuerText), toHex(signer.serialNumber));
        node->severity = inFile ? Severity::Info : Severity::Warning;

        if (result) {
            const ChainResult &chain =
                which == ChainTime::AtSigning ? result->chainAtSigning : result->chainNow;
            node->origin = chain.trusted ? tr("Chain trusted") : tr("Chain not trusted");
            QStringList problems = chainProblemTexts(chain.errors);
            if (!result->failures.empty())
                problems.prepend(signerFailureText(*result));
            node->problems = problems.join(QLatin1String("; "));
            if (!result->intact())
                node->severity = Severity::Error;
            else if (!chain.trusted)
                node->severity = Severity::Warning;
            if (chain.evaluatedAt.isValid())
                node->toolTip += QLatin1Char('\n') +
                                 tr("Chain evaluated at %1").arg(modeltext::utcText(chain.evaluatedAt));

            // Each certificate below the one it vouches for: signer ▸ issuer ▸ … ▸ root.
            Node *above = node.get();
            for (const ChainElement &element : chain.elements) {
                auto child = std::make_unique<Node>();
                child->kind = ChainNodeKind::Element;
                child->signerIndex = signerIndex;
                child->certificateIndex = element.documentIndex;
                child->certificate = element.certificate;
                child->name = element.certificate.subject;
                child->raw = element.certificate.subject;
                child->origin = chainOriginLabel(element.origin);
                child->problems = chainElementProblemsText(element);
                child->severity = element.problems.isEmpty() ? Severity::Info : Severity::Error;
                child->toolTip = tr("Issuer: %1\nValid from %2 to %3\nSHA-1: %4")
                                     .arg(modeltext::oneLine(element.certificate.issuer),
                                          modeltext::utcText(element.certificate.notBefore),
                                          modeltext::utcText(element.certificate.notAfter),
                                          toHex(element.certificate.sha1));
                child->validity = validityText(element.certificate, chain.evaluatedAt);
                child->purposes = purposesText(element.certificate);
                above = above->add(std::move(child));
            }
            if (!chain.missingIssuer.isEmpty()) {
                auto child = std::make_unique<Node>();
                child->kind = ChainNodeKind::MissingIssuer;
                child->signerIndex = signerIndex;
                //: The chain stops: the certificate that issued the last one is nowhere to be found
                child->name = tr("Issuer not found: %1").arg(chain.missingIssuer);
                child->raw = chain.missingIssuer;
                child->severity = Severity::Error;
                child->toolTip =
                    tr("Neither the file nor the trust stores hold the certificate of this issuer.");
                above->add(std::move(child));
            }
        }
        node->row = static_cast<int>(m_roots.size());
        m_roots.push_back(std::move(node));
    }
    endResetModel();
}

void ChainTreeModel::clear() {
    beginResetModel();
    m_roots.clear();
    endResetModel();
}

ChainTreeModel::Node *ChainTreeModel::nodeAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

ChainNodeKind ChainTreeModel::nodeKind(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    return node ? node->kind : ChainNodeKind::Signer;
}

int ChainTreeModel::signerIndex(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    return node ? node->signerIndex : -1;
}

const CertificateInfo *ChainTreeModel::certificateAt(const QModelIndex &index) const {
    const Node *node = nodeAt(index);
    return node && node->certificate ? &*node->certificate : nullptr;
}

QModelIndex ChainTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, m_roots[static_cast<size_t>(row)].get());
    const Node *parentNode = nodeAt(parent);
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex ChainTreeModel::parent(const QModelIndex &child) const {
    const Node *node = nodeAt(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int ChainTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int ChainTreeModel::columnCount(const QModelIndex &) const {
    return ChainColumn::ColumnCount;
}

Qt::ItemFlags ChainTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ChainTreeModel::data(const QModelIndex &index, int role) const {
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole: // the same, but the name column gives the raw value (the DN as written)
        switch (index.column()) {
        case ChainColumn::Name:
            // Subjects and chain errors quote certificates: one line, controls visible (not the raw DN).
            return role == RawValueRole ? node->raw : modeltext::oneLine(node->name);
        case ChainColumn::Origin:
            return node->origin;
        case ChainColumn::Problems:
            return role == RawValueRole ? node->problems : modeltext::oneLine(node->problems);
        case ChainColumn::Validity:
            return node->validity;
        case ChainColumn::Purposes:
            return node->purposes;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChainColumn::Problems && !node->problems.isEmpty())
            return modeltext::oneLine(node->problems);
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case NodeKindRole:
        return static_cast<int>(node->kind);
    case SignerIndexRole:
        return node->signerIndex;
    case CertificateIndexRole:
        return node->certificateIndex;
    case SeverityRole:
        return static_cast<int>(node->severity);
    default:
        break;
    }
    return {};
}

QVariant ChainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ChainColumn::Name:
        return tr("Certificate");
    case ChainColumn::Origin:
        return tr("Origin");
    case ChainColumn::Problems:
        return tr("Problems");
    case ChainColumn::Validity:
        return tr("Validity");
    case ChainColumn::Purposes:
        return tr("Purposes");
    default:
        break;
    }
    return {};
}

} // namespace ctlv
