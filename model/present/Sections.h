#pragma once
// The one place that lays out what the program shows about a list, an entry, a certificate, a signer,
// an extension or a finding: sections of labelled fields (the gcr idea), as plain values. The viewer's
// detail pane (DetailModel), the text dump (DumpWriter) and the PDF report render them; each label is
// written once, here, in the translation context "ctlv::Sections". QtCore only, no item models.

#include "CatalogMembers.h"
#include "CertificateLinker.h"
#include "CertificateSources.h"
#include "CtlDocument.h"
#include "EffectiveTrust.h"
#include "Validation.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace ctlv::sections {

// How a renderer may set a value apart.
enum class FieldKind {
    Text,
    Monospace, // hex: hashes, serial numbers, identifiers
    Date,      // `value` in the locale, `raw` ISO 8601 UTC (empty when the value means "always")
    Oids,      // `value` names the OIDs in `oids`; `raw` is the dotted OIDs
    Warning,   // something wrong (a decoding problem, a failure)
};

// Who shows a field. The detail pane shows everything about the one item selected; the text dump and
// the PDF describe a whole list, so they leave out what only matters on a closer look (every raw
// attribute, each purpose on a row of its own) and show a one-line summary instead.
enum class Shown { Everywhere, PaneOnly, ReportsOnly };

struct Field {
    QString key; // stable and untranslated ("thisUpdate", "sha256"), for renderers and tests
    QString label;
    QString value;    // for people, in the builder's locale
    QString raw;      // unformatted: hex without separators, ISO 8601, dotted OIDs, plain counts
    QString toolTip;  // an explanation (OID descriptions, one per line), may be empty
    QString note;     // secondary text a report writes after the value (a CT log's key type)
    QString labelOid; // the label names this OID ("Label (OID)" where there is room)
    QStringList oids; // FieldKind::Oids
    FieldKind kind = FieldKind::Text;
    Shown shown = Shown::Everywhere;
    std::vector<Field> children; // details under this field (an extension's log keys and rules)
};

struct Section {
    QString key; // stable: "file", "general", "identity", ...
    QString title;
    std::vector<Field> fields;
};

using Sections = std::vector<Section>;

// A list: General, File, Signature, Extensions, Notes. With `report`, General also gives the list's age.
Sections listSections(const CtlDocument &document, const QLocale &locale,
                      const ValidationReport *report = nullptr);
// One entry (index < document.entries.size()): Identity, Purposes, Restrictions, EV policies,
// Pin rules, Unknown attributes, Problems, All attributes.
Sections entrySections(const CtlDocument &document, int entryIndex, const QLocale &locale);
Sections entrySections(const CtlEntry &entry, const QLocale &locale);
// A security catalog member's entry, the member decoded with its document (decodeCatalogMembers), so that a
// SHA-1 twin shows its kind and the member it stands beside.
Sections catalogMemberSections(const CatalogMember &member, const QLocale &locale);
// What Windows makes of one entry for the question's date and Windows, purpose by purpose: a first row
// for the entry as a whole, then one row per purpose the entry mentions (properties 9, 122, 127). Each
// field: the purpose as label (labelOid), the status and since when as value, the status key as raw,
// the since date (ISO 8601) as note, the reason in words as tool tip. Key "effectiveTrust".
Section entryTrustSection(const CtlEntry &entry, ListKind kind, const TrustQuestion &question,
                          const QLocale &locale);
// One certificate: Identity, Validity, Fingerprints, Public key, Extensions.
Sections certificateSections(const CertificateInfo &certificate, const QLocale &locale);
// One signerInfo, and what the validator found about it when `result` is not null: Signer, Verification.
Sections signerSections(const CtlDocument &document, int signerIndex, const SignerResult *result,
                        const QLocale &locale);
// One CTL extension: Extension, Content.
Sections extensionSections(const CtlExtension &extension, const QLocale &locale);
// The certificate of signer `signerIndex`: the one validation found, else the one the signerInfo names;
// null when the file does not hold it.
const CertificateInfo *signerCertificate(const CtlDocument &document, int signerIndex,
                                         const SignerResult *result);
// A certificate from a certificate source: its sections (without "Found in", which names a list's
// certificate bags), then Source: where it came from, its friendly name and the store's properties.
Sections storedCertificateSections(const StoredCertificate &certificate, const QLocale &locale);
// How an entry is linked to the added certificates: the match and where its certificate came from.
Section certificateLinkSection(const EntryLink &link, const CertificateLinks &links, const QLocale &locale);
// "Linked", "Missing", "SHA-256 mismatch".
QString certificateMatchLabel(CertificateMatch match);
// The note about another member of the list's CAB archive (the file section, JSON notes[]).
QString containerMemberNote(const ContainerMember &member);

// One finding: its title as the section title, then Severity, Explanation and what it refers to.
Section findingSection(const Finding &finding, const CtlDocument *document, const QLocale &locale);

// Sections without a field left, and fields not meant for `audience` (PaneOnly or ReportsOnly), removed.
Sections shownIn(Sections sections, Shown audience);
// The first field with this key in any section (or among a field's children), or null.
const Field *findField(const Sections &sections, QStringView key);
const Section *findSection(const Sections &sections, QStringView key);

// "Label (OID)" for each OID, joined with `separator`; the field's value when there are none.
QString describedOids(const Field &field, const QString &separator);
// The label as a report with room writes it: "Label (OID)" when it names an OID.
QString describedLabel(const Field &field);

// Labels other layouts (the PDF's entry table) share with the sections.
namespace label {
QString purposes();
QString disabledFrom();
QString notBefore();
QString digestAlgorithm();
QString programName();
QString signature();
QString certificates();
QString signers();
QString entries();
} // namespace label

} // namespace ctlv::sections
