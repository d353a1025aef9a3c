#pragma once
// A two-column tree (Field, Value) of the sections the sections builder (present/Sections.h) lays out
// for whatever the viewer selects: the list, an entry, a certificate, a signer or an extension. Every
// value is plain text; RawValueRole gives the unformatted value (hex without separators, ISO 8601 date)
// for copying.

#include "CertificateLinker.h"
#include "EffectiveTrust.h"
#include "Roles.h"
#include "Sections.h"
#include "Validation.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>

namespace ctlv {

/// Sections (top level) and fields (their children). Columns: DetailColumn; roles: NodeKindRole
/// (int(DetailNodeKind)), RawValueRole, Qt::ToolTipRole.
class DetailModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit DetailModel(QObject *parent = nullptr);
    ~DetailModel() override;

    /// The list's metadata: General, File, Signature, Extensions, Notes.
    void setList(const CtlDocument &document);
    /// One entry: Identity, Purposes, Restrictions, EV policies, Pin rules, Unknown attributes,
    /// Problems, All attributes.
    void setEntry(const CtlDocument &document, int entryIndex);
    /// The same, followed by the certificate `links` tie to the entry (every field of it, as
    /// setCertificate shows it) or a line saying that none of the added certificates is the one it names.
    void setEntry(const CtlDocument &document, int entryIndex, const CertificateLinks *links);
    /// With a question, an entry's sections start with what Windows makes of it purpose by purpose
    /// (sections::entryTrustSection); without one (the default) they do not. Applies from the next setEntry.
    void setTrustQuestion(std::optional<TrustQuestion> question) { m_trustQuestion = std::move(question); }
    /// One certificate: Identity, Validity, Fingerprints, Public key, Extensions.
    void setCertificate(const CertificateInfo &certificate);
    /// A certificate from a certificate source: its fields, then where it came from and its store name.
    void setCertificate(const StoredCertificate &certificate);
    /// One signerInfo, and what the validator found about it when `result` is not null.
    void setSigner(const CtlDocument &document, int signerIndex, const SignerResult *result = nullptr);
    /// One CTL extension.
    void setExtension(const CtlExtension &extension);
    void clear();

    /// A short heading for what is shown ("Entry 3 of 514"), empty after clear().
    QString title() const { return m_title; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    struct Node;

private:
    Node *nodeAt(const QModelIndex &index) const;
    void replace(std::unique_ptr<Node> root, const QString &title);

    void addTrustSection(sections::Sections &all, const CtlDocument &document, const CtlEntry &entry) const;

    std::unique_ptr<Node> m_root; // invisible; its children are the sections
    std::optional<TrustQuestion> m_trustQuestion;
    QString m_title;
};

} // namespace ctlv
