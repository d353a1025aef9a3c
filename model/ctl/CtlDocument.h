#pragma once
// The document model: plain C++ values describing one Certificate Trust List exactly as the file
// states it. Built once by CtlParser and immutable afterwards; no OpenSSL handles, no QObject.

#include "CertificateInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>
#include <optional>
#include <vector>

namespace ctlv {

// A span of the document's DER bytes (CtlDocument::der).
struct ByteRange {
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray slice(const QByteArray &der) const { return der.mid(offset, length); }
};

enum class ListKind { AuthRoot, Disallowed, PinRules, Catalog, Other };
QString listKindKey(ListKind kind);   // "authroot", "disallowed", "pinrules", "catalog", "other"
QString listKindLabel(ListKind kind); // translated, for people

enum class IdentifierKind {
    Sha1OfCertificate,
    Md5OfPublicKey,
    Sha384OfTbsCertificate,
    Sha256Hash,
    DnsName,
    Other
};
QString identifierKindKey(IdentifierKind kind);
QString identifierKindLabel(IdentifierKind kind);

// A CTL time value: UTCTime or GeneralizedTime.
struct CtlTime {
    QDateTime utc;
    bool generalized = false;
};

// A Windows FILETIME attribute value. Microsoft writes an empty value to mean "always"
// (for a disabled date: disabled since forever).
struct FiletimeValue {
    bool empty = false;
    QDateTime utc; // invalid when empty
    QByteArray raw;
};

// An attribute kept as it was written: the OID and each value's DER (tag and length included).
struct RawAttribute {
    QString oid;
    QList<QByteArray> values;
};

// One EV policy of an entry (.83): the policy OID and the root program flags qualifier.
struct RootProgramPolicy {
    QString policyOid;
    std::optional<int> flags; // szOID_ROOT_PROGRAM_FLAGS bits (ORG 0x80, LSC 0x40, ...)
};

// A problem met while decoding one attribute; the attribute stays visible as raw data.
struct AttributeProblem {
    QString oid;
    qsizetype offset = 0;
    QString message;
};

struct CtlEntry {
    QByteArray identifier;
    IdentifierKind identifierKind = IdentifierKind::Other;
    qsizetype offset = 0; // of the TrustedSubject SEQUENCE in CtlDocument::der

    std::optional<QString> friendlyName;          // .11
    std::optional<QStringList> ekus;              // .9
    QByteArray keyIdentifier;                     // .20
    QByteArray subjectNameMd5;                    // .29
    QByteArray sha256;                            // .98
    QByteArray signatureHash;                     // .15
    QByteArray subjectPublicKeyMd5;               // .25
    QList<RootProgramPolicy> rootProgramPolicies; // .83
    bool hasRootProgramPolicies = false;
    std::optional<FiletimeValue> disabledFrom;     // .104
    std::optional<QStringList> disabledEkus;       // .122
    std::optional<FiletimeValue> notBefore;        // .126
    std::optional<QStringList> notBeforeEkus;      // .127
    std::optional<QStringList> chainPolicies;      // .105
    std::optional<FiletimeValue> disallowedCaFrom; // .128
    std::optional<QList<qint64>> pinRuleIndexes;   // 10.4.2 (a domain may use several rules)
    std::optional<qint64> pinRuleFlags;            // 10.4.3
    QList<RawAttribute> unknownAttributes;         // anything else, never dropped
    QList<RawAttribute> allAttributes;             // every attribute in file order, for the detail view
    QList<AttributeProblem> problems;

    // The identifier as text: the DNS name for pin rules, lowercase hex otherwise.
    QString identifierText() const;
};

// What EntryList::decode fills in: everything, or only what effective trust reads (TrustTable::build):
// the identifier and properties 9, 25, 98, 104, 122, 126 and 127, with their problems. The other
// attributes are walked with the same checks but neither decoded nor kept (half the cost of an entry).
enum class EntryFields { All, Trust };
// Whether CtlParser::parseEntry checks everything, or decodes an entry CtlParser::checkEntry has accepted.
enum class EntryChecks { Full, CheckedAtLoad };

// The entries of a list, decoded on demand. The parser checks every entry's structure once at load and
// keeps only where each TrustedSubject starts: a list of a million entries then costs 8 bytes an entry
// beside its DER, instead of the kilobytes its decoded values take (issue: memory under 3x the file).
// Each access decodes (CtlParser::parseEntry), so bind the result once rather than indexing repeatedly.
// Self-contained (it shares the DER bytes, QByteArray is implicitly shared), so copies stay valid.
class EntryList {
public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = CtlEntry;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = const CtlEntry;

        const_iterator() = default;
        const_iterator(const EntryList *list, size_t index) : m_list(list), m_index(index) {}
        const CtlEntry operator*() const { return (*m_list)[m_index]; }
        const_iterator &operator++() {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator before = *this;
            ++m_index;
            return before;
        }
        bool operator==(const const_iterator &other) const { return m_index == other.m_index; }

    private:
        const EntryList *m_list = nullptr;
        size_t m_index = 0;
    };

    EntryList() = default;
    EntryList(QByteArray der, QString subjectAlgorithm, std::vector<qsizetype> offsets, int maxAttributes)
        : m_der(std::move(der)), m_subjectAlgorithm(std::move(subjectAlgorithm)),
          m_offsets(std::move(offsets)), m_maxAttributes(maxAttributes) {}

    size_t size() const { return m_offsets.size(); }
    bool empty() const { return m_offsets.empty(); }
    // Decodes entry `index` (< size()). Always gives an entry: the structure was checked at load; a value
    // that cannot be decoded is reported in CtlEntry::problems. The const result makes `entries[i].x = y`
    // (which would change nothing) a compile error.
    const CtlEntry operator[](size_t index) const { return decode(index); }
    const CtlEntry at(size_t index) const { return decode(index); }
    const CtlEntry front() const { return decode(0); }
    const CtlEntry back() const { return decode(size() - 1); }
    CtlEntry decode(size_t index, EntryFields fields = EntryFields::All) const;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    // Offset of entry `index`'s TrustedSubject SEQUENCE in the document's DER.
    qsizetype offsetOf(size_t index) const { return m_offsets[index]; }

private:
    QByteArray m_der;
    QString m_subjectAlgorithm;
    std::vector<qsizetype> m_offsets;
    int m_maxAttributes = 0;
};

// One Certificate Transparency log key of the 1.3.6.1.4.1.311.10.3.52 extension.
struct CtLogKey {
    QByteArray subjectPublicKeyInfo;
    QByteArray logId; // SHA-256 of the SubjectPublicKeyInfo (RFC 6962 log ID)
    QString keyAlgorithm;
    QString curve;
};

// One rule of the pin-rules extension. Microsoft has not documented the layout; observed:
// SEQUENCE { INTEGER, INTEGER, SEQUENCE OF SEQUENCE { OCTET STRING(16), OCTET STRING(32), NULL } }.
struct PinRule {
    QList<qint64> numbers;
    QList<QList<QByteArray>> pins; // the OCTET STRINGs of each inner SEQUENCE
    QByteArray der;                // the whole rule, so nothing is lost when the layout differs
};

struct CtlExtension {
    QString oid;
    bool critical = false;
    QByteArray value;       // extnValue contents
    QList<CtLogKey> ctLogs; // for szOID_CERT_LOG_LIST_EXT
    std::optional<QList<int>> ctLogListVersion;
    QList<PinRule> pinRules;             // for szOID_PIN_RULES_EXT
    std::optional<QDateTime> logEndDate; // for szOID_PIN_RULES_LOG_END_DATE_EXT
    QString decodeProblem;
};

enum class SignerKind { Primary, Nested, Countersignature };
QString signerKindKey(SignerKind kind); // "primary", "nested", "countersignature"

struct SignerInfoData {
    SignerKind kind = SignerKind::Primary;
    int parent = -1; // index in CtlDocument::signers of the signer this one hangs off
    int version = 0;
    qsizetype offset = 0;

    // Signer identifier: issuerAndSerialNumber, or a subjectKeyIdentifier ([0]).
    QByteArray issuerDer; // the Name SEQUENCE
    QString issuerText;
    QByteArray serialNumber; // INTEGER contents, big-endian
    QByteArray subjectKeyIdentifier;

    QString digestAlgorithm;                 // OID
    QString signatureAlgorithm;              // OID of digestEncryptionAlgorithm
    QByteArray signatureAlgorithmParameters; // DER of the parameters (RSA-PSS), empty when absent/NULL
    QByteArray signature;
    ByteRange signatureValue; // where the signature octets sit in CtlDocument::der

    // The eContentType of the SignedData this signerInfo belongs to (szOID_CTL, or id-data for the nested
    // one).
    QString encapsulatedContentType;
    // What the messageDigest must equal a hash of.
    ByteRange digestedContent;
    bool hasSignedAttributes = false;
    // The signed attributes re-tagged as a DER SET (0x31): exactly what the signature covers.
    QByteArray signedAttributesDer;
    QList<RawAttribute> signedAttributes;
    QList<RawAttribute> unsignedAttributes;

    // Decoded signed attributes.
    QStringList contentTypes; // every contentType value found (more than one is an error)
    QList<QByteArray> messageDigests;
    std::optional<QString> programName;
    std::optional<QString> moreInfoUrl;
    bool hasOpusInfo = false;
    std::optional<QDateTime> signingTime;

    // Indexes in CtlDocument::certificates of the bag this signerInfo's SignedData carries.
    QList<int> bagCertificates;

    // An RFC 3161 timestamp token (unsigned attribute 1.3.6.1.4.1.311.3.3.1, kind Countersignature): the
    // signerInfo signs the token's TSTInfo (digestedContent), whose messageImprint must be the hash of the
    // parent's signature value (timestampedSignature); signingTime is the TSTInfo's genTime.
    bool timestampToken = false;
    QString imprintAlgorithm; // OID
    QByteArray imprint;
    ByteRange timestampedSignature;
};

struct ParseNote {
    qsizetype offset = 0;
    QString message;
};

enum class ContainerKind { Cab, Der, Pem, Base64 };

// Another member of the CAB archive a list came from (a readme.txt beside authroot.stl): not part of the
// list, but the user should know the archive holds it.
struct ContainerMember {
    QString name;      // as the archive gives it; shown as plain text, never used as a path
    qint64 size = 0;   // bytes it expands to
    qint64 offset = 0; // of its CFFILE record in the archive
};
QString containerKindKey(ContainerKind kind); // "cab", "der", "pem", "base64"

struct CtlDocument {
    // Where it came from.
    QString fileName; // the path the user gave
    ContainerKind container = ContainerKind::Der;
    QString member;                            // CAB member name, empty otherwise
    std::vector<ContainerMember> otherMembers; // the CAB's members that hold no list
    qint64 fileSize = 0;
    QByteArray fileSha256;
    QByteArray der; // the PKCS#7 DER the rest refers to (decoded from PEM/base64, extracted from CAB)

    // PKCS#7 envelope.
    int signedDataVersion = 0;
    QStringList digestAlgorithms;
    QString encapsulatedContentType;
    bool ctlInOctetString = false; // CMS style rather than Microsoft's [0] EXPLICIT SEQUENCE
    bool signerInfosPresent = false;

    // The CTL itself.
    ByteRange ctlTlv;   // the whole CertificateTrustList SEQUENCE
    ByteRange ctlValue; // its value octets (what the primary messageDigest covers)
    std::optional<qint64> version;
    QStringList subjectUsage;
    QByteArray listIdentifier;
    QByteArray sequenceNumber; // INTEGER contents
    bool hasSequenceNumber = false;
    CtlTime thisUpdate;
    std::optional<CtlTime> nextUpdate;
    QString subjectAlgorithm;
    QByteArray subjectAlgorithmParameters;
    EntryList entries;
    std::vector<CtlExtension> extensions;

    std::vector<CertificateInfo> certificates;
    // Indexes into certificates (readable ones only) by issuer Name DER + serial number, and by
    // subjectKeyIdentifier, in ascending order: signer lookups stay linear in a crafted thousand-
    // certificate list. Filled by indexCertificates().
    QHash<QByteArray, QList<int>> certificatesByIssuerSerial;
    QHash<QByteArray, QList<int>> certificatesBySubjectKeyId;
    std::vector<SignerInfoData> signers;
    std::vector<ParseNote> notes; // oddities that did not stop parsing
    qsizetype trailingBytes = 0;  // bytes after the end of the PKCS #7 structure
    // Entries kept although an attribute of theirs (a purpose list) does not decode; the first problem.
    qint64 entriesWithUndecodableAttributes = 0;
    std::optional<ParseNote> firstUndecodableAttribute;

    ListKind kind() const;
    bool isSigned() const;
    // listIdentifier as UTF-16LE text when it is such text, otherwise empty.
    QString listIdentifierText() const;
    QString sequenceNumberHex() const;
    // The FILETIME the sequence number encodes (Microsoft's lists: the thisUpdate time), when it does.
    std::optional<QDateTime> sequenceNumberTime() const;
    const SignerInfoData *primarySigner() const;
    void indexCertificates();
};

// The key of certificatesByIssuerSerial: the issuer Name's DER (a whole TLV, so the concatenation is
// unambiguous) followed by the serial number's magnitude.
QByteArray issuerSerialKey(const QByteArray &issuerDer, const QByteArray &serialNumber);

// The certificate a signerInfo names (issuerAndSerialNumber or subjectKeyIdentifier), searched in the
// signer's own bag first and then in every certificate of the document; -1 when absent.
int findSignerCertificate(const CtlDocument &document, const SignerInfoData &signer);

// Helpers shared by the parser, dump writers and models.
QString toHex(const QByteArray &bytes);                // lowercase, no separators
QString isoUtc(const QDateTime &time);                 // 2025-06-16T17:56:11Z (milliseconds when non-zero)
std::optional<QDateTime> filetimeToUtc(quint64 ticks); // 100 ns since 1601-01-01
// Decodes NUL-terminated UTF-16LE text; empty optional when the bytes are not plausible text.
std::optional<QString> utf16leText(const QByteArray &bytes);

} // namespace ctlv
