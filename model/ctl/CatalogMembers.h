#pragma once
// Security catalogs (.cat): the Microsoft structures inside a catalog's entries and extensions, decoded
// into plain values - each member's tag, SPC_INDIRECT_DATA (kind, hash algorithm, hash), CAT_MEMBERINFO and
// name/values (File, OSAttr, ...), and the catalog-level name/values (OS, HWID1, ...). Decoded on demand
// from the entries the parser kept (CtlEntry::allAttributes), with the bounded DER reader.

#include "CtlDocument.h"
#include "LoadError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ctlv {

// What a member's hash is computed over (SPC_INDIRECT_DATA's data type).
enum class CatalogMemberKind {
    PeImage, // SPC_PE_IMAGE_DATA 1.3.6.1.4.1.311.2.1.15: the Authenticode image hash of a PE file
    Flat,    // SPC_CAB_DATA / link 1.3.6.1.4.1.311.2.1.25: the hash of the whole file
    Other,   // another SPC type (kept as kindOid)
    Unknown, // no SPC_INDIRECT_DATA (newer catalogs' SHA-1 twins) and no twin to learn it from
};
QString catalogMemberKindKey(CatalogMemberKind kind); // "pe", "flat", "other", "unknown"

// CAT_NAMEVALUE (1.3.6.1.4.1.311.12.2.1): SEQUENCE { BMPString name, INTEGER flags, OCTET STRING value }.
struct CatalogNameValue {
    QString name;
    quint32 flags = 0;
    QString value;  // the value as UTF-16LE text (NUL stripped); empty when it is not text
    QByteArray raw; // the value octets as written
    bool valueIsText = false;
};

// CAT_MEMBERINFO (1.3.6.1.4.1.311.12.2.2): SEQUENCE { BMPString subject GUID, INTEGER version }.
struct CatalogMemberInfo {
    QString subjectGuid; // "{C689AAB8-8E78-11D0-8C47-00C04FC295EE}" (SIP for PE images), as written
    qint64 version = 0;
};

struct CatalogMember {
    // The tag (the entry's subject identifier): uppercase hex of the hash - written as UTF-16 text in older
    // catalogs, as the hash bytes themselves in newer ones (tagIsBinary) - or a file name in very old ones.
    QString tag;
    bool tagIsBinary = false;

    // From SPC_INDIRECT_DATA (1.3.6.1.4.1.311.2.1.4), when present.
    bool hasIndirectData = false;
    CatalogMemberKind kind = CatalogMemberKind::Unknown;
    QString kindOid;         // the SPC data type OID
    QString digestAlgorithm; // OID of the DigestInfo's algorithm (or inferred from the hash length)
    QByteArray digest;       // the hash the member vouches for (the tag's bytes without indirect data)

    std::optional<CatalogMemberInfo> memberInfo;
    QByteArray memberInfo2; // CAT_MEMBERINFO2 (1.3.6.1.4.1.311.12.2.3) DER, undocumented: kept raw
    QList<CatalogNameValue> nameValues;
    QStringList problems; // what did not decode (the attribute stays visible as raw data)
    // A SHA-1 twin (no SPC_INDIRECT_DATA, in catalogs with member algorithm 1.3.6.1.4.1.311.12.1.3): the
    // index in the catalog's entries of the member with SPC_INDIRECT_DATA that describes the same file, which
    // gives its kind; -1 otherwise. Set only by the document-wide decoders below, as the twin is another
    // entry.
    int twinOf = -1;

    // The "File" name/value, the "OSAttr" name/value; empty when absent.
    QString fileName() const;
    QString osAttributes() const;
};

inline constexpr char CatalogNameValueOid[] = "1.3.6.1.4.1.311.12.2.1";

// Whether an entry carries a catalog member's attributes (SPC_INDIRECT_DATA, CAT_MEMBERINFO(2) or
// CAT_NAMEVALUE): recognised by content, whatever the list says it is.
bool isCatalogMember(const CtlEntry &entry);

// Decodes one entry of a catalog. Never fails: what does not decode is named in CatalogMember::problems.
CatalogMember decodeCatalogMember(const CtlEntry &entry);
// Every member of a catalog, in file order. A member without SPC_INDIRECT_DATA (the SHA-1 twin in catalogs
// with subject algorithm 1.3.6.1.4.1.311.12.1.3) takes its kind from the member with the same File name and
// the same CAT_MEMBERINFO2, as the two describe one file.
// twinOf names that member.
std::vector<CatalogMember> decodeCatalogMembers(const CtlDocument &document);
// Entry `index` of a catalog decoded as decodeCatalogMembers would (kind and twinOf from its twin). Decodes
// the other entries to find the twin: for one entry (a detail pane); tables decode all members once.
CatalogMember decodeCatalogMember(const CtlDocument &document, size_t index);

// The catalog-level name/values (CAT_NAMEVALUE extensions of the list), in file order; problems are
// appended to `problems` when given.
QList<CatalogNameValue> catalogAttributes(const CtlDocument &document, QStringList *problems = nullptr);

// Decodes one CAT_NAMEVALUE SEQUENCE (a whole TLV).
Expected<CatalogNameValue, QString> decodeCatalogNameValue(const QByteArray &der);

// The list identifier as a GUID "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" (Windows byte order) when it is
// 16 bytes; empty otherwise.
QString guidText(const QByteArray &bytes);

// Digest algorithm OID guessed from a hash length (20: SHA-1, 32: SHA-256, ...), empty when unknown.
QString digestOidForLength(qsizetype length);

} // namespace ctlv
