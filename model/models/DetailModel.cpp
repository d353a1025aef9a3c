// The detail pane's model: the sections and fields of whatever the viewer selects (list, entry,
// certificate, signer, extension), as a two-column tree of plain text.
#include "DetailModel.h"

#include "NodeTree.h"

#include "DocumentLoader.h"
#include "ModelText.h"
#include "Oids.h"

#include <QLocale>

#include <algorithm>
#include <limits>

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

// Builds sections and fields; sections left without fields are dropped by finish().
class Builder {
public:
    Builder() : m_root(std::make_unique<Node>()) { m_root->kind = DetailNodeKind::Section; }

    void section(const QString &title) {
        auto node = std::make_unique<Node>();
        node->kind = DetailNodeKind::Section;
        node->field = title;
        node->raw = title;
        node->parent = m_root.get();
        m_section = node.get();
        m_root->children.push_back(std::move(node));
    }

    // A field whose raw value equals its display text.
    void field(const QString &label, const QString &value, const QString &toolTip = {}) {
        add(label, value, value, toolTip);
    }

    void add(const QString &label, const QString &value, const QString &raw, const QString &toolTip = {}) {
        auto node = std::make_unique<Node>();
        node->field = label;
        node->value = value;
        node->raw = raw;
        node->toolTip = toolTip;
        node->parent = m_section;
        m_section->children.push_back(std::move(node));
    }

    void hex(const QString &label, const QByteArray &bytes) {
        if (!bytes.isEmpty())
            field(label, toHex(bytes));
    }

    void date(const QString &label, const QDateTime &time) {
        if (time.isValid())
            add(label, modeltext::utcText(time), isoUtc(time));
    }

    void yesNo(const QString &label, bool value, const QString &toolTip = {}) {
        add(label, value ? DetailModel::tr("Yes") : DetailModel::tr("No"),
            value ? QStringLiteral("true") : QStringLiteral("false"), toolTip);
    }

    void oids(const QString &label, const QStringList &oids) {
        add(label, oids.isEmpty() ? DetailModel::tr("None") : modeltext::oidLabels(oids),
            oids.join(QLatin1String(", ")), modeltext::oidDescriptions(oids));
    }

    void filetime(const QString &label, const std::optional<FiletimeValue> &value,
                  const QString &emptyMeaning) {
        if (!value)
            return;
        if (value->empty)
            add(label, emptyMeaning, QString(),
                DetailModel::tr("The attribute is present with an empty value."));
        else
            add(label, modeltext::utcText(value->utc), isoUtc(value->utc));
    }

    std::unique_ptr<Node> finish() {
        auto &sections = m_root->children;
        sections.erase(
            std::remove_if(sections.begin(), sections.end(),
                           [](const std::unique_ptr<Node> &node) { return node->children.empty(); }),
            sections.end());
        number(m_root.get());
        return std::move(m_root);
    }

private:
    static void number(Node *node) {
        for (size_t row = 0; row < node->children.size(); ++row) {
            node->children[row]->row = static_cast<int>(row);
            node->children[row]->parent = node;
            number(node->children[row].get());
        }
    }

    std::unique_ptr<Node> m_root;
    Node *m_section = nullptr;
};

// "189,331 bytes", and from a KiB up also the size people read ("184.9 KiB (189,331 bytes)"), in the
// default locale's digits and separators. The count picks the plural form; %1 carries the digits.
QString bytesText(qint64 count) {
    const QLocale locale;
    const QString exact =
        DetailModel::tr("%1 byte(s)", "%1 is the count with the locale's digit grouping",
                        static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max())))
            .arg(locale.toString(count));
    if (count < 1024)
        return exact;
    return DetailModel::tr("%1 (%2)", "a file size in KiB or MiB, then the exact count of bytes")
        .arg(locale.formattedDataSize(count), exact);
}

QString containerLabel(const CtlDocument &document) {
    switch (document.container) {
    case ContainerKind::Cab:
        return DetailModel::tr("Cabinet archive (CAB)");
    case ContainerKind::Der:
        return DetailModel::tr("DER (binary PKCS #7)");
    case ContainerKind::Pem:
        return DetailModel::tr("PEM text");
    case ContainerKind::Base64:
        break;
    }
    return DetailModel::tr("Base64 text");
}

QString extensionSummary(const CtlExtension &extension) {
    if (!extension.ctLogs.isEmpty())
        return DetailModel::tr("%n CT log key(s)", nullptr, static_cast<int>(extension.ctLogs.size()));
    if (!extension.pinRules.isEmpty())
        return DetailModel::tr("%n pin rule(s)", nullptr, static_cast<int>(extension.pinRules.size()));
    if (extension.logEndDate)
        return modeltext::utcText(*extension.logEndDate);
    return toHex(extension.value);
}

QString pinRuleText(const PinRule &rule) {
    QStringList numbers;
    for (qint64 number : rule.numbers)
        numbers << QString::number(number);
    return DetailModel::tr("numbers %1; %n pin(s)", nullptr, static_cast<int>(rule.pins.size()))
        .arg(numbers.join(QLatin1String(", ")));
}

void addExtensionDetails(Builder &builder, const CtlExtension &extension) {
    int number = 0;
    for (const CtLogKey &log : extension.ctLogs) {
        ++number;
        const QString key = QStringLiteral("%1 %2").arg(log.keyAlgorithm, log.curve).trimmed();
        builder.add(DetailModel::tr("CT log %1").arg(number), toHex(log.logId), toHex(log.logId),
                    DetailModel::tr("Log ID (SHA-256 of the log's public key); key: %1").arg(key));
    }
    number = 0;
    for (const PinRule &rule : extension.pinRules) {
        ++number;
        builder.add(DetailModel::tr("Pin rule %1").arg(number), pinRuleText(rule), toHex(rule.der));
    }
    if (extension.logEndDate)
        builder.date(DetailModel::tr("Log end date"), *extension.logEndDate);
    if (!extension.decodeProblem.isEmpty())
        builder.field(DetailModel::tr("Decoding problem"), extension.decodeProblem);
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

void DetailModel::setList(const CtlDocument &document) {
    Builder b;
    b.section(tr("General"));
    b.add(tr("Kind"), listKindLabel(document.kind()), listKindKey(document.kind()));
    b.oids(tr("Subject usage"), document.subjectUsage);
    if (document.version)
        b.field(tr("Version"), QString::number(*document.version));
    if (!document.listIdentifier.isEmpty()) {
        const QString text = document.listIdentifierText();
        b.field(tr("List identifier"), text.isEmpty() ? toHex(document.listIdentifier) : text);
    }
    if (document.hasSequenceNumber) {
        b.field(tr("Sequence number"), document.sequenceNumberHex());
        if (const auto time = document.sequenceNumberTime())
            b.add(tr("Sequence number as FILETIME"), modeltext::utcText(*time), isoUtc(*time),
                  tr("Microsoft writes the FILETIME of the list's creation as its sequence number."));
    }
    b.date(tr("This update"), document.thisUpdate.utc);
    if (document.nextUpdate)
        b.date(tr("Next update"), document.nextUpdate->utc);
    else
        b.add(tr("Next update"), tr("None"), QString());
    b.add(tr("Subject algorithm"), oid::describe(document.subjectAlgorithm), document.subjectAlgorithm);
    b.add(tr("Entries"), QLocale().toString(static_cast<qlonglong>(document.entries.size())),
          QString::number(document.entries.size()));
    b.add(tr("Encoding"),
          document.ctlInOctetString ? tr("CTL inside an OCTET STRING (CMS style)")
                                    : tr("CTL SEQUENCE under [0] EXPLICIT (Microsoft style)"),
          document.ctlInOctetString ? QStringLiteral("octet-string") : QStringLiteral("explicit"));
    b.add(tr("Container"), containerLabel(document), containerKindKey(document.container));
    if (!document.member.isEmpty())
        b.field(tr("CAB member"), document.member);
    b.field(tr("File"), document.fileName);
    b.add(tr("File size"), bytesText(document.fileSize), QString::number(document.fileSize));
    b.hex(tr("File SHA-256"), document.fileSha256);

    b.section(tr("Signature"));
    b.add(tr("Signers"), QString::number(document.signers.size()), QString::number(document.signers.size()));
    b.add(tr("Certificates in the file"), QString::number(document.certificates.size()),
          QString::number(document.certificates.size()));
    if (!document.signerInfosPresent)
        b.field(tr("Signature"), tr("None: the list is unsigned"));
    if (!document.digestAlgorithms.isEmpty())
        b.oids(tr("Digest algorithms"), document.digestAlgorithms);

    b.section(tr("Extensions"));
    for (const CtlExtension &extension : document.extensions) {
        b.add(oid::label(extension.oid), extensionSummary(extension), extension.oid,
              oid::describe(extension.oid));
        addExtensionDetails(b, extension);
    }

    b.section(tr("Notes"));
    for (const ParseNote &note : document.notes)
        b.add(tr("Offset %1").arg(note.offset), note.message, note.message);
    if (document.trailingBytes > 0)
        b.add(tr("Trailing bytes"), bytesText(document.trailingBytes),
              QString::number(document.trailingBytes));

    replace(b.finish(), listKindLabel(document.kind()));
}

void DetailModel::setEntry(const CtlDocument &document, int entryIndex) {
    if (entryIndex < 0 || static_cast<size_t>(entryIndex) >= document.entries.size()) {
        clear();
        return;
    }
    const CtlEntry &entry = document.entries[static_cast<size_t>(entryIndex)];
    Builder b;
    b.section(tr("Identity"));
    b.add(tr("Identifier"), entry.identifierText(), entry.identifierText(),
          identifierKindLabel(entry.identifierKind));
    b.add(tr("Identifier kind"), identifierKindLabel(entry.identifierKind),
          identifierKindKey(entry.identifierKind));
    if (entry.friendlyName)
        b.field(tr("Friendly name"), *entry.friendlyName);
    b.hex(tr("SHA-256"), entry.sha256);
    b.hex(tr("Key identifier"), entry.keyIdentifier);
    b.hex(tr("Subject name MD5"), entry.subjectNameMd5);
    b.hex(tr("Signature hash"), entry.signatureHash);
    b.hex(tr("Public key MD5"), entry.subjectPublicKeyMd5);

    b.section(tr("Purposes"));
    if (entry.ekus) {
        for (const QString &eku : *entry.ekus)
            b.add(oid::label(eku), eku, eku, oid::sdkName(eku));
        if (entry.ekus->isEmpty())
            b.add(tr("Purposes"), tr("None"), QString());
    } else {
        b.add(tr("Purposes"), tr("None listed"), QString());
    }

    b.section(tr("Restrictions"));
    b.filetime(tr("Disabled from"), entry.disabledFrom, tr("Always (disabled since forever)"));
    if (entry.disabledEkus)
        b.oids(tr("Disabled purposes"), *entry.disabledEkus);
    b.filetime(tr("NotBefore"), entry.notBefore, tr("Always (empty value)"));
    if (entry.notBeforeEkus)
        b.oids(tr("NotBefore purposes"), *entry.notBeforeEkus);
    if (entry.chainPolicies)
        b.oids(tr("Chain policies"), *entry.chainPolicies);
    b.filetime(tr("Disallowed as CA from"), entry.disallowedCaFrom, tr("Always (empty value)"));

    b.section(tr("EV policies"));
    for (const RootProgramPolicy &policy : entry.rootProgramPolicies) {
        QString value = policy.policyOid;
        if (policy.flags)
            value = tr("%1, flags 0x%2 (%3)")
                        .arg(policy.policyOid,
                             QString::number(*policy.flags, 16).rightJustified(2, QLatin1Char('0')),
                             modeltext::rootProgramFlagsText(*policy.flags));
        b.add(oid::label(policy.policyOid), value, policy.policyOid, oid::describe(policy.policyOid));
    }

    b.section(tr("Pin rules"));
    if (entry.pinRuleIndexes) {
        QStringList indexes;
        for (qint64 index : *entry.pinRuleIndexes)
            indexes << QString::number(index);
        b.field(tr("Pin rule indexes"), indexes.join(QLatin1String(", ")));
    }
    if (entry.pinRuleFlags)
        b.add(tr("Pin rule flags"), QStringLiteral("0x%1").arg(*entry.pinRuleFlags, 0, 16),
              QString::number(*entry.pinRuleFlags));

    b.section(tr("Unknown attributes"));
    for (const RawAttribute &attribute : entry.unknownAttributes)
        b.add(oid::describe(attribute.oid), modeltext::hexValues(attribute.values),
              modeltext::hexValues(attribute.values), attribute.oid);

    b.section(tr("Problems"));
    for (const AttributeProblem &problem : entry.problems)
        b.add(oid::describe(problem.oid),
              tr("%1 (offset %2)").arg(problem.message, QString::number(problem.offset)), problem.message);

    b.section(tr("All attributes"));
    for (const RawAttribute &attribute : entry.allAttributes)
        b.add(oid::describe(attribute.oid), modeltext::hexValues(attribute.values),
              modeltext::hexValues(attribute.values), attribute.oid);

    const QString name = entry.friendlyName.value_or(entry.identifierText());
    replace(b.finish(),
            tr("Entry %1 of %2: %3")
                .arg(QString::number(entryIndex + 1), QString::number(document.entries.size()), name));
}

void DetailModel::setCertificate(const CertificateInfo &certificate) {
    Builder b;
    b.section(tr("Identity"));
    b.field(tr("Subject"), certificate.subject);
    b.field(tr("Issuer"), certificate.issuer);
    b.field(tr("Serial number"), certificate.serialHex);
    if (certificate.version > 0)
        b.field(tr("Version"), QString::number(certificate.version));
    b.add(tr("Found in"),
          certificate.source == CertificateSource::SignedDataBag
              ? tr("the certificates of the signed data")
              : tr("the certificates of the nested signature"),
          certificate.source == CertificateSource::SignedDataBag ? QStringLiteral("signedData")
                                                                 : QStringLiteral("nestedSignature"));
    if (!certificate.parsed)
        b.field(tr("Problem"), certificate.parseError);

    b.section(tr("Validity"));
    b.date(tr("Not before"), certificate.notBefore);
    b.date(tr("Not after"), certificate.notAfter);

    b.section(tr("Fingerprints"));
    b.hex(tr("SHA-1"), certificate.sha1);
    b.hex(tr("SHA-256"), certificate.sha256);

    b.section(tr("Public key"));
    if (!certificate.keyAlgorithm.isEmpty()) {
        QString key = tr("%1 %2 bits").arg(certificate.keyAlgorithm, QString::number(certificate.keyBits));
        if (!certificate.curve.isEmpty())
            key += QStringLiteral(" (%1)").arg(certificate.curve);
        b.field(tr("Key"), key);
    }
    if (!certificate.signatureAlgorithm.isEmpty())
        b.add(tr("Signature algorithm"), oid::describe(certificate.signatureAlgorithm),
              certificate.signatureAlgorithm);

    b.section(tr("Extensions"));
    if (certificate.hasEkuExtension)
        b.oids(tr("Extended key usage"), certificate.ekus);
    else if (certificate.parsed)
        b.add(tr("Extended key usage"), tr("Any purpose (no EKU extension)"), QString());
    if (certificate.basicConstraintsCa) {
        QString text = *certificate.basicConstraintsCa ? tr("Certificate authority") : tr("End entity");
        if (*certificate.basicConstraintsCa && certificate.pathLength)
            text = tr("Certificate authority, path length %1").arg(*certificate.pathLength);
        b.field(tr("Basic constraints"), text);
    }
    if (!certificate.keyUsage.isEmpty())
        b.field(tr("Key usage"), certificate.keyUsage.join(QLatin1String(", ")));
    b.hex(tr("Subject key identifier"), certificate.subjectKeyIdentifier);
    b.hex(tr("Authority key identifier"), certificate.authorityKeyIdentifier);

    replace(b.finish(), modeltext::certificateName(certificate));
}

void DetailModel::setSigner(const CtlDocument &document, int signerIndex, const SignerResult *result) {
    if (signerIndex < 0 || static_cast<size_t>(signerIndex) >= document.signers.size()) {
        clear();
        return;
    }
    const SignerInfoData &signer = document.signers[static_cast<size_t>(signerIndex)];
    const int certificateIndex = result ? result->certificateIndex : findSignerCertificate(document, signer);
    const CertificateInfo *certificate =
        certificateIndex >= 0 && static_cast<size_t>(certificateIndex) < document.certificates.size()
            ? &document.certificates[static_cast<size_t>(certificateIndex)]
            : nullptr;

    Builder b;
    b.section(tr("Signer"));
    b.add(tr("Kind"), modeltext::signerKindLabel(signer.kind), signerKindKey(signer.kind));
    if (certificate)
        b.field(tr("Certificate"), certificate->subject);
    else
        b.add(tr("Certificate"), tr("Not in the file"), QString());
    b.field(tr("Issuer"), signer.issuerText);
    b.hex(tr("Serial number"), signer.serialNumber);
    b.hex(tr("Subject key identifier"), signer.subjectKeyIdentifier);
    b.add(tr("Digest algorithm"), oid::describe(signer.digestAlgorithm), signer.digestAlgorithm);
    b.add(tr("Signature algorithm"), oid::describe(signer.signatureAlgorithm), signer.signatureAlgorithm);
    if (signer.programName)
        b.field(tr("Program name"), *signer.programName);
    if (signer.moreInfoUrl)
        b.field(tr("More information"), *signer.moreInfoUrl);
    if (signer.signingTime)
        b.date(tr("Signing time"), *signer.signingTime);
    b.add(tr("Signed content"), oid::describe(signer.encapsulatedContentType),
          signer.encapsulatedContentType);
    b.add(tr("Digested bytes"),
          tr("%1 bytes from offset %2")
              .arg(QLocale().toString(static_cast<qlonglong>(signer.digestedContent.length)),
                   QString::number(signer.digestedContent.offset)),
          QStringLiteral("%1+%2").arg(QString::number(signer.digestedContent.offset),
                                      QString::number(signer.digestedContent.length)));
    if (!signer.contentTypes.isEmpty())
        b.oids(tr("Content type attribute"), signer.contentTypes);
    for (const QByteArray &digest : signer.messageDigests)
        b.hex(tr("Message digest"), digest);

    if (result) {
        b.section(tr("Verification"));
        b.yesNo(tr("Digest matches"), result->digestMatches);
        b.yesNo(tr("Signature valid"), result->signatureValid);
        b.yesNo(tr("Content type matches"), result->contentTypeMatches);
        b.yesNo(tr("Signed attributes well formed"), result->attributesWellFormed);
        b.yesNo(tr("Chain trusted at signing"), result->chainAtSigning.trusted);
        b.yesNo(tr("Chain trusted now"), result->chainNow.trusted);
        if (result->anyPurpose)
            b.add(tr("Effective purposes"), tr("Any purpose"), QString());
        else
            b.oids(tr("Effective purposes"), result->effectiveEkus);
        b.yesNo(tr("Authorised to sign this list"), result->ekuAuthorised);
        if (!result->failure.isEmpty())
            b.field(tr("Failure"), result->failure);
        for (const QString &error : result->chainAtSigning.errors)
            b.field(tr("Chain error"), error);
    }

    replace(b.finish(),
            tr("%1: %2").arg(modeltext::signerKindLabel(signer.kind),
                             certificate ? modeltext::certificateName(*certificate) : signer.issuerText));
}

void DetailModel::setExtension(const CtlExtension &extension) {
    Builder b;
    b.section(tr("Extension"));
    b.add(tr("Name"), oid::label(extension.oid), extension.oid);
    b.field(tr("OID"), extension.oid);
    const QString sdkName = oid::sdkName(extension.oid);
    if (!sdkName.isEmpty())
        b.field(tr("SDK name"), sdkName);
    b.yesNo(tr("Critical"), extension.critical);
    b.add(tr("Value size"), bytesText(extension.value.size()), QString::number(extension.value.size()));
    b.hex(tr("Value"), extension.value);
    if (extension.ctLogListVersion) {
        QStringList parts;
        for (int part : *extension.ctLogListVersion)
            parts << QString::number(part);
        b.field(tr("Log list version"), parts.join(QLatin1Char('.')));
    }

    b.section(tr("Content"));
    addExtensionDetails(b, extension);

    replace(b.finish(), oid::label(extension.oid));
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
