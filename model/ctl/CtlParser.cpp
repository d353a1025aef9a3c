// Parses the DER of a CTL (a PKCS #7 SignedData around a CertificateTrustList) into a CtlDocument, one
// named step per structure: content info, signed data, CTL content, entries, attributes, signers.
#include "CtlParser.h"

#include "Oids.h"
#include "OrderedChunks.h"
#include "OsslPtr.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>

namespace ctlv {

using der::Cursor;
using der::DerError;
using der::Result;
using der::Tlv;

namespace {

// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlParser)
};

bool isOid(const QString &value, const char *oid) {
    return value == QLatin1String(oid);
}

// A structure beyond a ReadLimits bound. It is a DerError (so that callers of parseEntry see one error
// type), but parse() reports it as LoadError::Code::TooLarge rather than as malformed DER.
DerError beyondLimit(qsizetype offset, const QString &message) {
    return DerError(offset, message, DerError::Kind::BeyondLimit);
}

// An AlgorithmIdentifier: its OID, and its parameters' DER unless absent or NULL.
struct Algorithm {
    QString oid;
    QByteArray parameters;
};

Result<Algorithm> readAlgorithm(Cursor &cursor, const char *what) {
    CTLV_ASSIGN_OR_RETURN(const Tlv sequence, cursor.expect(der::Sequence, what));
    CTLV_ASSIGN_OR_RETURN(Cursor inner, cursor.enter(sequence));
    CTLV_ASSIGN_OR_RETURN(const Tlv oidTlv, inner.expect(der::ObjectIdentifier,
                                                         QT_TRANSLATE_NOOP("ctlv::der", "an algorithm OID")));
    Algorithm algorithm;
    CTLV_ASSIGN_OR_RETURN(algorithm.oid, der::decodeOid(cursor.buffer(), oidTlv));
    if (!inner.atEnd()) {
        CTLV_ASSIGN_OR_RETURN(const Tlv params, inner.readAny());
        if (params.tag != der::Null)
            algorithm.parameters = inner.whole(params);
    }
    CTLV_RETURN_IF_ERROR(inner.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the AlgorithmIdentifier")));
    return algorithm;
}

// Walks Attributes ::= SET OF SEQUENCE { type OID, values SET OF ANY } with every structural check
// (including the type OID's encoding), calling visit(attributeTlv, typeTlv, valuesCursor) for each one;
// visit returns a Result<void> too. Shared by the load-time check of every entry (which builds nothing)
// and the decoders, so that both refuse exactly the same bytes. With `maxCount` >= 0, more attributes
// than that are refused (DerError::Kind::BeyondLimit). With EntryChecks::CheckedAtLoad (an entry of a
// loaded list, which checkEntry accepted) the checks that only look at bytes already checked (the type
// OID's encoding, the DER order of the sets) are not repeated: the walk stays bounds-checked.
template <typename Visit>
Result<void> walkAttributes(const Cursor &parent, const Tlv &set, int maxCount, Visit &&visit,
                            EntryChecks checks = EntryChecks::Full) {
    const bool full = checks == EntryChecks::Full;
    CTLV_ASSIGN_OR_RETURN(Cursor items, parent.enter(set));
    int count = 0;
    while (!items.atEnd()) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv attribute,
            items.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "an attribute SEQUENCE")));
        if (maxCount >= 0 && count >= maxCount)
            return beyondLimit(
                attribute.offset,
                Text::tr("the attribute SET at offset %1 holds more than %2 attributes, the limit for "
                         "one entry (attribute %3 starts at offset %4)")
                    .arg(QString::number(set.offset), QString::number(maxCount),
                         QString::number(maxCount + 1), QString::number(attribute.offset)));
        ++count;
        CTLV_ASSIGN_OR_RETURN(Cursor fields, items.enter(attribute));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv type,
            fields.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the attribute type")));
        if (full)
            CTLV_RETURN_IF_ERROR(der::checkOid(items.buffer(), type));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv values,
            fields.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the attribute's SET of values")));
        CTLV_RETURN_IF_ERROR(fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the attribute")));
        if (full)
            CTLV_RETURN_IF_ERROR(der::checkSetOrder(fields, values));
        CTLV_ASSIGN_OR_RETURN(Cursor valueCursor, fields.enter(values));
        CTLV_RETURN_IF_ERROR(visit(attribute, type, valueCursor));
    }
    // After the walk, so that a set beyond the limit is refused as too large whatever its order.
    if (full)
        return der::checkSetOrder(parent, set);
    return {};
}

// The dotted text of a property OID szOID_CERT_PROP_ID_PREFIX.<n> (n < 128) from its content octets, made
// once for each n: nearly every attribute of every entry is one, and a million-entry export would
// otherwise format the same few strings millions of times. Nothing for any other OID.
const QString *propertyOidText(QByteArrayView typeValue) {
    static const QByteArray prefix = der::encodeOid(oid::PropIdPrefix).sliced(2);
    static const std::array<QString, 128> texts = [] {
        std::array<QString, 128> all;
        for (int n = 0; n < 128; ++n)
            all[static_cast<size_t>(n)] = QLatin1String(oid::PropIdPrefix) + QString::number(n);
        return all;
    }();
    if (typeValue.size() != prefix.size() + 1 || !typeValue.startsWith(prefix))
        return nullptr;
    const auto n = static_cast<std::uint8_t>(typeValue.back());
    return n < 128 ? &texts[n] : nullptr;
}

Result<RawAttribute> rawAttribute(const Tlv &type, Cursor &values) {
    RawAttribute raw;
    if (const QString *text =
            propertyOidText(QByteArrayView(values.buffer()).sliced(type.valueOffset(), type.length))) {
        raw.oid = *text;
    } else {
        CTLV_ASSIGN_OR_RETURN(raw.oid, der::decodeOid(values.buffer(), type));
    }
    while (!values.atEnd()) {
        CTLV_ASSIGN_OR_RETURN(const Tlv value, values.readAny());
        raw.values << values.whole(value);
    }
    return raw;
}

// The attributes with their values kept as DER.
Result<QList<RawAttribute>> readAttributes(const Cursor &parent, const Tlv &set) {
    QList<RawAttribute> attributes;
    const auto keep = [&](const Tlv &, const Tlv &type, Cursor &values) -> Result<void> {
        CTLV_ASSIGN_OR_RETURN(RawAttribute raw, rawAttribute(type, values));
        attributes << std::move(raw);
        return {};
    };
    CTLV_RETURN_IF_ERROR(walkAttributes(parent, set, -1, keep));
    return attributes;
}

// Decodes the attributes of one entry into CtlEntry's fields. A value that does not decode is recorded
// as an AttributeProblem of the entry, which keeps the rest.
struct EntryDecoder {
    const QByteArray &der;
    CtlEntry &entry;

    void problem(const QString &oid, qsizetype offset, const QString &message) {
        entry.problems << AttributeProblem{oid, offset, message};
    }

    // The single OCTET STRING value of an attribute, as Microsoft writes every authroot property.
    std::optional<QByteArray> octets(const RawAttribute &attribute, qsizetype offset) {
        if (attribute.values.size() != 1) {
            problem(attribute.oid, offset,
                    Text::tr("expected one value, found %1").arg(attribute.values.size()));
            return std::nullopt;
        }
        const QByteArray &value = attribute.values.first();
        Cursor cursor(value);
        // The value's header was read when the attribute was walked, so only its tag can be wrong here.
        const Result<std::optional<Tlv>> tlv = cursor.readIf(der::OctetString);
        if (!tlv || !tlv.value() || !cursor.atEnd()) {
            problem(attribute.oid, offset, Text::tr("expected an OCTET STRING value"));
            return std::nullopt;
        }
        return cursor.value(*tlv.value());
    }

    // INTEGER values (pin rules); a little-endian DWORD in an OCTET STRING is tolerated, as
    // certificate properties are stored that way elsewhere. A malformed INTEGER fails the entry.
    Result<std::optional<QList<qint64>>> integers(const RawAttribute &attribute, qsizetype offset) {
        QList<qint64> numbers;
        for (const QByteArray &value : attribute.values) {
            Cursor cursor(value);
            CTLV_ASSIGN_OR_RETURN(const Tlv tlv, cursor.readAny());
            if (tlv.tag == der::Integer && tlv.length <= 8) {
                CTLV_ASSIGN_OR_RETURN(const qint64 number, der::decodeSmallInteger(value, tlv));
                numbers << number;
            } else if (tlv.tag == der::OctetString && tlv.length <= 8) {
                qint64 number = 0;
                const QByteArray bytes = cursor.value(tlv);
                for (qsizetype i = bytes.size() - 1; i >= 0; --i)
                    number = (number << 8) | static_cast<unsigned char>(bytes[i]);
                numbers << number;
            } else {
                problem(attribute.oid, offset, Text::tr("expected an INTEGER value"));
                return std::optional<QList<qint64>>();
            }
        }
        return std::optional<QList<qint64>>(numbers);
    }

    std::optional<QStringList> oidList(const RawAttribute &attribute, qsizetype offset) {
        const auto bytes = octets(attribute, offset);
        if (!bytes)
            return std::nullopt;
        Result<QStringList> oids = der::decodeOidSequence(*bytes);
        if (!oids) {
            problem(attribute.oid, offset, oids.error().message());
            return std::nullopt;
        }
        return std::move(oids).value();
    }

    std::optional<FiletimeValue> filetime(const RawAttribute &attribute, qsizetype offset) {
        const auto bytes = octets(attribute, offset);
        if (!bytes)
            return std::nullopt;
        FiletimeValue value;
        value.raw = *bytes;
        if (bytes->isEmpty()) {
            value.empty = true;
            return value;
        }
        if (bytes->size() != 8) {
            problem(attribute.oid, offset,
                    Text::tr("expected an 8-byte FILETIME, found %1 bytes").arg(bytes->size()));
            return std::nullopt;
        }
        quint64 ticks = 0;
        for (qsizetype i = 7; i >= 0; --i) // FILETIME properties are little-endian
            ticks = (ticks << 8) | static_cast<unsigned char>(bytes->at(i));
        const auto time = filetimeToUtc(ticks);
        if (!time) {
            problem(attribute.oid, offset, Text::tr("FILETIME value out of range"));
            return std::nullopt;
        }
        value.utc = *time;
        return value;
    }

    // One PolicyInformation of the root program policies: its OID and the root program flags qualifier.
    static Result<RootProgramPolicy> readPolicy(const QByteArray &bytes, Cursor &policies) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv information,
            policies.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "PolicyInformation")));
        CTLV_ASSIGN_OR_RETURN(Cursor info, policies.enter(information));
        RootProgramPolicy policy;
        CTLV_ASSIGN_OR_RETURN(
            const Tlv policyOid,
            info.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the policy OID")));
        CTLV_ASSIGN_OR_RETURN(policy.policyOid, der::decodeOid(bytes, policyOid));
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> qualifiers, info.readIf(der::Sequence));
        if (!qualifiers)
            return policy;
        CTLV_ASSIGN_OR_RETURN(Cursor qualifierList, info.enter(*qualifiers));
        while (!qualifierList.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv qualifierTlv,
                qualifierList.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "PolicyQualifierInfo")));
            CTLV_ASSIGN_OR_RETURN(Cursor qualifier, qualifierList.enter(qualifierTlv));
            CTLV_ASSIGN_OR_RETURN(
                const Tlv idTlv,
                qualifier.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the qualifier OID")));
            CTLV_ASSIGN_OR_RETURN(const QString id, der::decodeOid(bytes, idTlv));
            if (!isOid(id, oid::RootProgramFlags))
                continue;
            CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> bits, qualifier.readIf(der::BitString));
            if (bits && bits->length >= 2)
                policy.flags = static_cast<unsigned char>(bytes.at(bits->valueOffset() + 1));
        }
        return policy;
    }

    // CertificatePolicies; the policies read before a malformed one are kept.
    Result<void> readPolicies(const QByteArray &bytes) {
        Cursor top(bytes);
        CTLV_ASSIGN_OR_RETURN(
            const Tlv list, top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "CertificatePolicies")));
        CTLV_RETURN_IF_ERROR(top.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "CertificatePolicies")));
        CTLV_ASSIGN_OR_RETURN(Cursor policies, top.enter(list));
        while (!policies.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(RootProgramPolicy policy, readPolicy(bytes, policies));
            entry.rootProgramPolicies << policy;
        }
        return {};
    }

    void policies(const RawAttribute &attribute, qsizetype offset) {
        const auto bytes = octets(attribute, offset);
        if (!bytes)
            return;
        entry.hasRootProgramPolicies = true;
        if (const Result<void> read = readPolicies(*bytes); !read)
            problem(attribute.oid, offset, read.error().message());
    }

    // A property attribute (szOID_CERT_PROP_ID_PREFIX + id); false when the id is not one decoded here.
    bool decodeProperty(int property, const RawAttribute &attribute, qsizetype offset) {
        switch (property) {
        case 9:
            entry.ekus = oidList(attribute, offset);
            return true;
        case 11:
            if (const auto bytes = octets(attribute, offset)) {
                if (auto text = utf16leText(*bytes))
                    entry.friendlyName = *text;
                else if (bytes->isEmpty() || *bytes == QByteArray(2, '\0'))
                    entry.friendlyName = QString();
                else
                    problem(attribute.oid, offset, Text::tr("the friendly name is not UTF-16LE text"));
            }
            return true;
        case 15:
            entry.signatureHash = octets(attribute, offset).value_or(QByteArray());
            return true;
        case 20:
            entry.keyIdentifier = octets(attribute, offset).value_or(QByteArray());
            return true;
        case 25:
            entry.subjectPublicKeyMd5 = octets(attribute, offset).value_or(QByteArray());
            return true;
        case 29:
            entry.subjectNameMd5 = octets(attribute, offset).value_or(QByteArray());
            return true;
        case 83:
            policies(attribute, offset);
            return true;
        case 98:
            entry.sha256 = octets(attribute, offset).value_or(QByteArray());
            return true;
        case 104:
            entry.disabledFrom = filetime(attribute, offset);
            return true;
        case 105:
            entry.chainPolicies = oidList(attribute, offset);
            return true;
        case 122:
            entry.disabledEkus = oidList(attribute, offset);
            return true;
        case 126:
            entry.notBefore = filetime(attribute, offset);
            return true;
        case 127:
            entry.notBeforeEkus = oidList(attribute, offset);
            return true;
        case 128:
            entry.disallowedCaFrom = filetime(attribute, offset);
            return true;
        default:
            return false;
        }
    }

    Result<void> decode(const RawAttribute &attribute, qsizetype offset) {
        const QString &id = attribute.oid;
        if (id.startsWith(QLatin1String(oid::PropIdPrefix))) {
            bool numeric = false;
            const int property = QStringView(id).mid(qstrlen(oid::PropIdPrefix)).toInt(&numeric);
            if (decodeProperty(numeric ? property : -1, attribute, offset))
                return {};
        } else if (isOid(id, oid::SitePinRulesIndex)) {
            CTLV_ASSIGN_OR_RETURN(entry.pinRuleIndexes, integers(attribute, offset));
            return {};
        } else if (isOid(id, oid::SitePinRulesFlags)) {
            CTLV_ASSIGN_OR_RETURN(const std::optional<QList<qint64>> flags, integers(attribute, offset));
            if (flags && flags->size() == 1)
                entry.pinRuleFlags = flags->first();
            else if (flags)
                problem(attribute.oid, offset, Text::tr("expected one value, found %1").arg(flags->size()));
            return {};
        }
        entry.unknownAttributes << attribute;
        return {};
    }
};

IdentifierKind classifyIdentifier(const QString &subjectAlgorithm, const QByteArray &identifier) {
    const qsizetype size = identifier.size();
    if (isOid(subjectAlgorithm, oid::PinRulesDomainName))
        return IdentifierKind::DnsName;
    if (isOid(subjectAlgorithm, oid::Sha1) && size == 20)
        return IdentifierKind::Sha1OfCertificate;
    if (isOid(subjectAlgorithm, oid::Sha256) && size == 32)
        return IdentifierKind::Sha256Hash;
    if (isOid(subjectAlgorithm, oid::CertSignatureHashPropId)) {
        if (size == 16)
            return IdentifierKind::Md5OfPublicKey;
        if (size == 48)
            return IdentifierKind::Sha384OfTbsCertificate;
    }
    return IdentifierKind::Other;
}

// Why parse() refuses the bytes: DER that is malformed, cut short or beyond a limit, or well-formed
// PKCS #7 that is not a CTL. Made from a DerError where the reader fails, so every step passes either up.
struct ParseFailure {
    ParseFailure(LoadError::Code code, qsizetype offset, const QString &message)
        : code(code), offset(offset), message(message) {}
    ParseFailure(const DerError &error)
        : code(codeOf(error.kind())), offset(error.offset()), message(error.message()) {}

    static LoadError::Code codeOf(DerError::Kind kind) {
        switch (kind) {
        case DerError::Kind::Truncated:
            return LoadError::Code::Truncated;
        case DerError::Kind::BeyondLimit:
            return LoadError::Code::TooLarge;
        case DerError::Kind::Malformed:
            break;
        }
        return LoadError::Code::MalformedDer;
    }

    LoadError::Code code;
    qsizetype offset;
    QString message;
};

using Status = Expected<void, ParseFailure>;

// Reads the whole document; each method is one step of the structure, in the order of the bytes.
class DocumentParser {
public:
    DocumentParser(CtlDocument &document, const ReadLimits &limits)
        : m_doc(document), m_der(document.der), m_limits(limits) {}

    Status run() {
        Cursor top(m_der);
        CTLV_ASSIGN_OR_RETURN(
            const Tlv contentInfo,
            top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the PKCS #7 ContentInfo SEQUENCE")));
        if (!top.atEnd()) {
            m_doc.trailingBytes = top.end() - top.position();
            m_doc.notes.push_back(
                {top.position(), Text::tr("%n byte(s) follow the end of the PKCS #7 structure at offset %1",
                                          nullptr, static_cast<int>(m_doc.trailingBytes))
                                     .arg(top.position())});
        }
        return readContentInfo(top, contentInfo);
    }

private:
    // ContentInfo ::= SEQUENCE { contentType (signed data), [0] EXPLICIT SignedData }
    Status readContentInfo(const Cursor &top, const Tlv &contentInfo) {
        CTLV_ASSIGN_OR_RETURN(Cursor info, top.enter(contentInfo));
        CTLV_ASSIGN_OR_RETURN(const Tlv typeTlv,
                              info.expect(der::ObjectIdentifier,
                                          QT_TRANSLATE_NOOP("ctlv::der", "the ContentInfo content type")));
        CTLV_ASSIGN_OR_RETURN(const QString contentType, der::decodeOid(m_der, typeTlv));
        if (!isOid(contentType, oid::SignedData))
            return ParseFailure(
                LoadError::Code::NotSignedData, typeTlv.offset,
                Text::tr("this is a PKCS #7 structure of type %1, not signed data, so it cannot be a "
                         "Certificate Trust List")
                    .arg(oid::describe(contentType)));
        CTLV_ASSIGN_OR_RETURN(const Tlv explicitContent,
                              info.expect(der::ContextConstructed0,
                                          QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT signed data")));
        CTLV_ASSIGN_OR_RETURN(Cursor wrapper, info.enter(explicitContent));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv signedData,
            wrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData SEQUENCE")));
        CTLV_RETURN_IF_ERROR(
            wrapper.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT signed data")));
        CTLV_ASSIGN_OR_RETURN(Cursor content, info.enter(signedData));
        return readSignedData(content, SignerKind::Primary, -1);
    }

    // SignedData ::= SEQUENCE { version, digestAlgorithms, encapContentInfo, [0] certificates,
    // [1] crls, signerInfos }. The outer one carries the CTL; nested ones (signatures inside an unsigned
    // attribute) sign it detached.
    Status readSignedData(Cursor cursor, SignerKind signerKind, int parent) {
        const bool outer = signerKind == SignerKind::Primary;
        CTLV_ASSIGN_OR_RETURN(
            const Tlv versionTlv,
            cursor.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData version")));
        CTLV_ASSIGN_OR_RETURN(const qint64 version, der::decodeSmallInteger(m_der, versionTlv));
        if (outer)
            m_doc.signedDataVersion = static_cast<int>(version);
        CTLV_RETURN_IF_ERROR(readDigestAlgorithms(cursor, outer));
        CTLV_ASSIGN_OR_RETURN(const QString encapType, readEncapsulatedContent(cursor, outer));
        CTLV_ASSIGN_OR_RETURN(const QList<int> bag, readCertificateBag(cursor, outer));
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> crls, cursor.readIf(der::ContextConstructed1));
        if (crls)
            m_doc.notes.push_back(
                {crls->offset,
                 Text::tr("the signed data carries CRLs at offset %1 (not used by CTLs)").arg(crls->offset)});
        return readSignerInfos(cursor, signerKind, parent, encapType, bag);
    }

    Result<void> readDigestAlgorithms(Cursor &cursor, bool outer) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv digestSet,
            cursor.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData digestAlgorithms SET")));
        CTLV_RETURN_IF_ERROR(der::checkSetOrder(cursor, digestSet));
        if (!outer)
            return {};
        CTLV_ASSIGN_OR_RETURN(Cursor digests, cursor.enter(digestSet));
        while (!digests.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Algorithm digest,
                readAlgorithm(digests, QT_TRANSLATE_NOOP("ctlv::der", "a digest AlgorithmIdentifier")));
            m_doc.digestAlgorithms << digest.oid;
        }
        return {};
    }

    // The encapsulated ContentInfo: the CTL itself in the outer SignedData, nothing (detached) in a
    // nested one. Returns the content type.
    Expected<QString, ParseFailure> readEncapsulatedContent(Cursor &cursor, bool outer) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv encapsulated,
            cursor.expect(der::Sequence,
                          QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated ContentInfo SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor encap, cursor.enter(encapsulated));
        CTLV_ASSIGN_OR_RETURN(const Tlv encapTypeTlv,
                              encap.expect(der::ObjectIdentifier,
                                           QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated content type")));
        CTLV_ASSIGN_OR_RETURN(QString encapType, der::decodeOid(m_der, encapTypeTlv));
        if (outer) {
            m_doc.encapsulatedContentType = encapType;
            if (!isOid(encapType, oid::Ctl))
                return ParseFailure(
                    LoadError::Code::NotACtl, encapTypeTlv.offset,
                    Text::tr("this is a PKCS #7 signed message whose content type is %1, not a Certificate "
                             "Trust List (%2)")
                        .arg(oid::describe(encapType), QLatin1String(oid::Ctl)));
            CTLV_RETURN_IF_ERROR(readCtlContent(encap));
        } else {
            CTLV_RETURN_IF_ERROR(encap.readIf(der::ContextConstructed0)); // a nested signature is detached
            CTLV_RETURN_IF_ERROR(
                encap.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated ContentInfo")));
        }
        return encapType;
    }

    // [0] IMPLICIT certificates: the indexes in m_doc.certificates of the ones this SignedData carries.
    Result<QList<int>> readCertificateBag(Cursor &cursor, bool outer) {
        QList<int> bag;
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> certificates, cursor.readIf(der::ContextConstructed0));
        if (!certificates)
            return bag;
        CTLV_ASSIGN_OR_RETURN(Cursor certs, cursor.enter(*certificates));
        int count = 0;
        while (!certs.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(const Tlv certificate, certs.readAny());
            if (++count > m_limits.maxCertificatesPerBag)
                return beyondLimit(
                    certificate.offset,
                    Text::tr("the certificate bag at offset %1 holds more than %2 certificates, the limit "
                             "(certificate %3 starts at offset %4)")
                        .arg(QString::number(certificates->offset),
                             QString::number(m_limits.maxCertificatesPerBag), QString::number(count),
                             QString::number(certificate.offset)));
            if (++m_certificateCount > m_limits.maxCertificates)
                return beyondLimit(certificate.offset,
                                   Text::tr("the list carries more than %1 certificates in all, the limit "
                                            "(certificate %2 starts at offset %3)")
                                       .arg(QString::number(m_limits.maxCertificates),
                                            QString::number(m_certificateCount),
                                            QString::number(certificate.offset)));
            if (certificate.tag != der::Sequence) {
                m_doc.notes.push_back(
                    {certificate.offset,
                     Text::tr("certificate bag element of type %1 at offset %2 is "
                              "not an X.509 certificate; kept aside")
                         .arg(der::tagName(certificate.tag), QString::number(certificate.offset))});
                continue;
            }
            bag << static_cast<int>(m_doc.certificates.size());
            m_doc.certificates.push_back(
                describeCertificate(certs.whole(certificate), outer ? CertificateSource::SignedDataBag
                                                                    : CertificateSource::NestedSignatureBag));
        }
        return bag;
    }

    Status readSignerInfos(Cursor &cursor, SignerKind signerKind, int parent, const QString &encapType,
                           const QList<int> &bag) {
        const bool outer = signerKind == SignerKind::Primary;
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> signerInfos, cursor.readIf(der::Set));
        if (!signerInfos) {
            if (outer) {
                m_doc.signerInfosPresent = false;
                m_doc.notes.push_back(
                    {cursor.position(), Text::tr("the SignedData has no signerInfos field, which PKCS #7 "
                                                 "requires: the list carries no signature")});
            }
            CTLV_RETURN_IF_ERROR(cursor.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SignedData")));
            return {};
        }
        CTLV_RETURN_IF_ERROR(cursor.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SignedData")));
        if (outer)
            m_doc.signerInfosPresent = true;
        CTLV_RETURN_IF_ERROR(der::checkSetOrder(cursor, *signerInfos));
        CTLV_ASSIGN_OR_RETURN(Cursor signers, cursor.enter(*signerInfos));
        while (!signers.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv signer,
                signers.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a SignerInfo SEQUENCE")));
            const ByteRange digested =
                outer ? (m_doc.ctlInOctetString ? m_doc.ctlTlv : m_doc.ctlValue) : m_doc.ctlTlv;
            CTLV_RETURN_IF_ERROR(readSignerInfo(signers, signer, outer ? SignerKind::Primary : signerKind,
                                                parent, encapType, digested, bag));
        }
        return {};
    }

    // SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm,
    // signature, [1] unsignedAttrs }; countersignatures and nested signatures in the unsigned attributes
    // become signers of their own.
    Status readSignerInfo(const Cursor &parentCursor, const Tlv &signerTlv, SignerKind kind, int parent,
                          const QString &encapType, ByteRange digested, const QList<int> &bag) {
        if (++m_signatureCount > m_limits.maxSignatures)
            return beyondLimit(
                signerTlv.offset,
                Text::tr("the list carries more than %1 signatures (signerInfos, countersignatures "
                         "and nested signatures together), the limit (signature %2 starts at "
                         "offset %3)")
                    .arg(QString::number(m_limits.maxSignatures), QString::number(m_signatureCount),
                         QString::number(signerTlv.offset)));
        SignerInfoData signer;
        signer.kind = kind;
        signer.parent = parent;
        signer.offset = signerTlv.offset;
        signer.encapsulatedContentType = encapType;
        signer.digestedContent = digested;
        signer.bagCertificates = bag;

        CTLV_ASSIGN_OR_RETURN(Cursor fields, parentCursor.enter(signerTlv));
        CTLV_RETURN_IF_ERROR(readSignerFields(fields, signer));
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> unsignedAttributes,
                              fields.readIf(der::ContextConstructed1));
        CTLV_RETURN_IF_ERROR(fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SignerInfo")));
        if (unsignedAttributes) {
            CTLV_ASSIGN_OR_RETURN(signer.unsignedAttributes, readAttributes(fields, *unsignedAttributes));
        }

        decodeSignedAttributes(signer);
        const int index = static_cast<int>(m_doc.signers.size());
        const ByteRange signatureRange = signer.signatureValue;
        m_doc.signers.push_back(std::move(signer));
        if (!unsignedAttributes)
            return {};
        return readUnsignedSignatures(fields, *unsignedAttributes, index, signatureRange, bag);
    }

    // The SignerInfo's fields from version to signature.
    Result<void> readSignerFields(Cursor &fields, SignerInfoData &signer) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv versionTlv,
            fields.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the SignerInfo version")));
        CTLV_ASSIGN_OR_RETURN(const qint64 version, der::decodeSmallInteger(m_der, versionTlv));
        signer.version = static_cast<int>(version);
        CTLV_RETURN_IF_ERROR(readSignerIdentifier(fields, signer));
        CTLV_ASSIGN_OR_RETURN(
            const Algorithm digest,
            readAlgorithm(fields, QT_TRANSLATE_NOOP("ctlv::der", "the signer's digest AlgorithmIdentifier")));
        signer.digestAlgorithm = digest.oid;
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> signedAttributes,
                              fields.readIf(der::ContextConstructed0));
        if (signedAttributes) {
            signer.hasSignedAttributes = true;
            signer.signedAttributesDer = fields.whole(*signedAttributes);
            signer.signedAttributesDer[0] = static_cast<char>(der::Set); // the signature covers the SET form
            CTLV_ASSIGN_OR_RETURN(signer.signedAttributes, readAttributes(fields, *signedAttributes));
        }
        CTLV_ASSIGN_OR_RETURN(
            const Algorithm signatureAlgorithm,
            readAlgorithm(fields, QT_TRANSLATE_NOOP("ctlv::der", "the signature AlgorithmIdentifier")));
        signer.signatureAlgorithm = signatureAlgorithm.oid;
        signer.signatureAlgorithmParameters = signatureAlgorithm.parameters;
        CTLV_ASSIGN_OR_RETURN(
            const Tlv signature,
            fields.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the signature OCTET STRING")));
        signer.signature = fields.value(signature);
        signer.signatureValue = {signature.valueOffset(), signature.length};
        return {};
    }

    // sid: issuerAndSerialNumber or [0] subjectKeyIdentifier.
    Result<void> readSignerIdentifier(Cursor &fields, SignerInfoData &signer) {
        CTLV_ASSIGN_OR_RETURN(const Tlv sid, fields.readAny());
        if (sid.tag == der::ContextPrimitive0) {
            signer.subjectKeyIdentifier = fields.value(sid);
            return {};
        }
        if (sid.tag != der::Sequence)
            return DerError(sid.offset, Text::tr("expected the signer identifier (issuerAndSerialNumber or "
                                                 "[0] subjectKeyIdentifier) at offset %1, found %2")
                                            .arg(QString::number(sid.offset), der::tagName(sid.tag)));
        CTLV_ASSIGN_OR_RETURN(Cursor issuerAndSerial, fields.enter(sid));
        CTLV_ASSIGN_OR_RETURN(const Tlv issuer,
                              issuerAndSerial.expect(
                                  der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the signer's issuer Name")));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv serial,
            issuerAndSerial.expect(der::Integer,
                                   QT_TRANSLATE_NOOP("ctlv::der", "the signer's serial number")));
        CTLV_RETURN_IF_ERROR(
            issuerAndSerial.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "issuerAndSerialNumber")));
        signer.issuerDer = fields.whole(issuer);
        signer.serialNumber = fields.value(serial);
        while (signer.serialNumber.size() > 1 && signer.serialNumber.at(0) == '\0')
            signer.serialNumber.remove(0, 1);
        signer.issuerText = nameText(signer.issuerDer);
        return {};
    }

    // Unsigned attributes that hold further signatures: countersignatures (a SignerInfo over this
    // signature) and nested signatures (a whole SignedData). They are read in place inside the document,
    // so that their offsets stay absolute.
    Status readUnsignedSignatures(const Cursor &fields, const Tlv &unsignedAttributes, int index,
                                  ByteRange signatureRange, const QList<int> &bag) {
        CTLV_ASSIGN_OR_RETURN(Cursor unsignedCursor, fields.enter(unsignedAttributes));
        while (!unsignedCursor.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv attributeTlv,
                unsignedCursor.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "an attribute")));
            CTLV_ASSIGN_OR_RETURN(Cursor attribute, unsignedCursor.enter(attributeTlv));
            CTLV_ASSIGN_OR_RETURN(const Tlv typeTlv,
                                  attribute.expect(der::ObjectIdentifier,
                                                   QT_TRANSLATE_NOOP("ctlv::der", "the attribute type")));
            CTLV_ASSIGN_OR_RETURN(const QString type, der::decodeOid(m_der, typeTlv));
            CTLV_ASSIGN_OR_RETURN(
                const Tlv valuesTlv,
                attribute.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the attribute values")));
            CTLV_ASSIGN_OR_RETURN(Cursor values, attribute.enter(valuesTlv));
            while (!values.atEnd()) {
                CTLV_ASSIGN_OR_RETURN(const Tlv value, values.readAny());
                if (value.tag != der::Sequence)
                    continue;
                if (isOid(type, oid::CounterSignature))
                    CTLV_RETURN_IF_ERROR(readSignerInfo(values, value, SignerKind::Countersignature, index,
                                                        QString(), signatureRange, bag));
                else if (isOid(type, oid::NestedSignature))
                    CTLV_RETURN_IF_ERROR(readNestedSignature(values, value, index));
                else if (isOid(type, oid::Rfc3161CounterSign))
                    CTLV_RETURN_IF_ERROR(readTimestampToken(values, value, index, signatureRange));
            }
        }
        return {};
    }

    // An RFC 3161 timestamp token (Authenticode): ContentInfo { signed data, [0] SignedData { version,
    // digestAlgorithms, { id-ct-TSTInfo, [0] OCTET STRING TSTInfo }, [0] certificates, signerInfos } }. Its
    // signerInfos become countersignature signers over the TSTInfo (see SignerInfoData::timestampToken).
    Status readTimestampToken(const Cursor &values, const Tlv &value, int parent, ByteRange signatureRange) {
        CTLV_ASSIGN_OR_RETURN(Cursor info, values.enter(value));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv typeTlv,
            info.expect(der::ObjectIdentifier,
                        QT_TRANSLATE_NOOP("ctlv::der", "the timestamp token's content type")));
        CTLV_ASSIGN_OR_RETURN(const QString type, der::decodeOid(m_der, typeTlv));
        if (!isOid(type, oid::SignedData)) {
            m_doc.notes.push_back(
                {typeTlv.offset, Text::tr("the RFC 3161 timestamp at offset %1 is not PKCS #7 "
                                          "signed data; kept as an attribute")
                                     .arg(typeTlv.offset)});
            return {};
        }
        if (++m_nestedCount > m_limits.maxNestedSignatures)
            return beyondLimit(value.offset,
                               Text::tr("the list carries more than %1 nested signatures and timestamps, the "
                                        "limit (timestamp %2 starts at offset %3)")
                                   .arg(QString::number(m_limits.maxNestedSignatures),
                                        QString::number(m_nestedCount), QString::number(value.offset)));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv wrapperTlv,
            info.expect(der::ContextConstructed0,
                        QT_TRANSLATE_NOOP("ctlv::der", "the timestamp token's [0] content")));
        CTLV_ASSIGN_OR_RETURN(Cursor wrapper, info.enter(wrapperTlv));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv signedDataTlv,
            wrapper.expect(der::Sequence,
                           QT_TRANSLATE_NOOP("ctlv::der", "the timestamp token's SignedData")));
        CTLV_ASSIGN_OR_RETURN(Cursor content, wrapper.enter(signedDataTlv));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv versionTlv,
            content.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData version")));
        Q_UNUSED(versionTlv);
        CTLV_RETURN_IF_ERROR(readDigestAlgorithms(content, false));
        // encapContentInfo { eContentType, [0] EXPLICIT OCTET STRING TSTInfo }
        CTLV_ASSIGN_OR_RETURN(
            const Tlv encapsulated,
            content.expect(der::Sequence,
                           QT_TRANSLATE_NOOP("ctlv::der", "the timestamp's encapsulated content")));
        CTLV_ASSIGN_OR_RETURN(Cursor encap, content.enter(encapsulated));
        CTLV_ASSIGN_OR_RETURN(const Tlv encapTypeTlv,
                              encap.expect(der::ObjectIdentifier,
                                           QT_TRANSLATE_NOOP("ctlv::der", "the timestamp's content type")));
        CTLV_ASSIGN_OR_RETURN(const QString encapType, der::decodeOid(m_der, encapTypeTlv));
        CTLV_ASSIGN_OR_RETURN(const Tlv explicitTlv,
                              encap.expect(der::ContextConstructed0,
                                           QT_TRANSLATE_NOOP("ctlv::der", "the timestamp's [0] TSTInfo")));
        CTLV_ASSIGN_OR_RETURN(Cursor explicitContent, encap.enter(explicitTlv));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv tstOctets,
            explicitContent.expect(der::OctetString,
                                   QT_TRANSLATE_NOOP("ctlv::der", "the TSTInfo OCTET STRING")));
        CTLV_ASSIGN_OR_RETURN(const TstInfo tst, readTstInfo(tstOctets));
        CTLV_ASSIGN_OR_RETURN(const QList<int> bag, readCertificateBag(content, false));
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> crls, content.readIf(der::ContextConstructed1));
        Q_UNUSED(crls);
        CTLV_ASSIGN_OR_RETURN(
            const Tlv signerInfos,
            content.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the timestamp's signerInfos SET")));
        CTLV_ASSIGN_OR_RETURN(Cursor signers, content.enter(signerInfos));
        const ByteRange digested{tstOctets.valueOffset(), tstOctets.length};
        while (!signers.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv signer,
                signers.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a SignerInfo SEQUENCE")));
            const size_t index = m_doc.signers.size();
            CTLV_RETURN_IF_ERROR(readSignerInfo(signers, signer, SignerKind::Countersignature, parent,
                                                encapType, digested, bag));
            SignerInfoData &added = m_doc.signers[index];
            added.timestampToken = true;
            added.imprintAlgorithm = tst.imprintAlgorithm;
            added.imprint = tst.imprint;
            added.timestampedSignature = signatureRange;
            added.signingTime = tst.genTime;
        }
        return {};
    }

    struct TstInfo {
        QString imprintAlgorithm;
        QByteArray imprint;
        QDateTime genTime;
    };

    // TSTInfo ::= SEQUENCE { version, policy, messageImprint { AlgorithmIdentifier, OCTET STRING },
    // serialNumber, genTime GeneralizedTime, ... } (RFC 3161 2.4.2), read inside its OCTET STRING.
    Result<TstInfo> readTstInfo(const Tlv &octets) {
        CTLV_ASSIGN_OR_RETURN(Cursor inside,
                              Cursor::range(m_der, octets.valueOffset(), octets.end(), octets.depth + 1));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv tstTlv,
            inside.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the TSTInfo SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor fields, inside.enter(tstTlv));
        CTLV_RETURN_IF_ERROR(
            fields.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the TSTInfo version")));
        CTLV_RETURN_IF_ERROR(
            fields.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the TSTInfo policy")));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv imprintTlv,
            fields.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the messageImprint")));
        CTLV_ASSIGN_OR_RETURN(Cursor imprint, fields.enter(imprintTlv));
        TstInfo tst;
        CTLV_ASSIGN_OR_RETURN(
            const Algorithm algorithm,
            readAlgorithm(imprint, QT_TRANSLATE_NOOP("ctlv::der", "the messageImprint algorithm")));
        tst.imprintAlgorithm = algorithm.oid;
        CTLV_ASSIGN_OR_RETURN(
            const Tlv hash,
            imprint.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the messageImprint hash")));
        tst.imprint = imprint.value(hash);
        CTLV_RETURN_IF_ERROR(
            fields.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the TSTInfo serialNumber")));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv genTime,
            fields.expect(der::GeneralizedTime, QT_TRANSLATE_NOOP("ctlv::der", "the TSTInfo genTime")));
        CTLV_ASSIGN_OR_RETURN(tst.genTime, der::decodeTime(m_der, genTime));
        return tst;
    }

    // A nested signature: ContentInfo { signed data, [0] SignedData } signing the same CTL detached.
    Status readNestedSignature(const Cursor &values, const Tlv &value, int parent) {
        CTLV_ASSIGN_OR_RETURN(Cursor nestedInfo, values.enter(value));
        CTLV_ASSIGN_OR_RETURN(const Tlv nestedTypeTlv,
                              nestedInfo.expect(der::ObjectIdentifier,
                                                QT_TRANSLATE_NOOP("ctlv::der", "the nested content type")));
        CTLV_ASSIGN_OR_RETURN(const QString nestedType, der::decodeOid(m_der, nestedTypeTlv));
        if (!isOid(nestedType, oid::SignedData)) {
            m_doc.notes.push_back(
                {nestedTypeTlv.offset, Text::tr("nested signature at offset %1 is not PKCS #7 "
                                                "signed data; kept as an attribute")
                                           .arg(nestedTypeTlv.offset)});
            return {};
        }
        if (++m_nestedCount > m_limits.maxNestedSignatures)
            return beyondLimit(value.offset,
                               Text::tr("the list carries more than %1 nested signatures, the limit "
                                        "(nested signature %2 starts at offset %3)")
                                   .arg(QString::number(m_limits.maxNestedSignatures),
                                        QString::number(m_nestedCount), QString::number(value.offset)));
        CTLV_ASSIGN_OR_RETURN(const Tlv wrapperTlv,
                              nestedInfo.expect(der::ContextConstructed0,
                                                QT_TRANSLATE_NOOP("ctlv::der", "the nested [0] content")));
        CTLV_ASSIGN_OR_RETURN(Cursor nestedWrapper, nestedInfo.enter(wrapperTlv));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv nestedSignedData,
            nestedWrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the nested SignedData")));
        CTLV_ASSIGN_OR_RETURN(Cursor content, nestedWrapper.enter(nestedSignedData));
        return readSignedData(content, SignerKind::Nested, parent);
    }

    // The signed attributes the verifier and the views use; one that does not decode becomes a note.
    void decodeSignedAttributes(SignerInfoData &signer) {
        for (const RawAttribute &attribute : std::as_const(signer.signedAttributes)) {
            for (const QByteArray &value : attribute.values) {
                if (const Result<void> decoded = decodeSignedAttribute(attribute.oid, value, signer);
                    !decoded)
                    m_doc.notes.push_back(
                        {signer.offset,
                         Text::tr("signed attribute %1 of the signer at offset %2 could not be decoded: %3")
                             .arg(attribute.oid, QString::number(signer.offset), decoded.error().message())});
            }
        }
    }

    static Result<void> decodeSignedAttribute(const QString &type, const QByteArray &value,
                                              SignerInfoData &signer) {
        Cursor cursor(value);
        CTLV_ASSIGN_OR_RETURN(const Tlv tlv, cursor.readAny());
        if (isOid(type, oid::ContentType) && tlv.tag == der::ObjectIdentifier) {
            CTLV_ASSIGN_OR_RETURN(QString contentType, der::decodeOid(value, tlv));
            signer.contentTypes << contentType;
        } else if (isOid(type, oid::MessageDigest) && tlv.tag == der::OctetString) {
            signer.messageDigests << cursor.value(tlv);
        } else if (isOid(type, oid::SigningTime)) {
            CTLV_ASSIGN_OR_RETURN(signer.signingTime, der::decodeTime(value, tlv));
        } else if (isOid(type, oid::SpcSpOpusInfo) && tlv.tag == der::Sequence) {
            signer.hasOpusInfo = true;
            CTLV_ASSIGN_OR_RETURN(Cursor fields, cursor.enter(tlv));
            return decodeOpusInfo(value, fields, signer);
        }
        return {};
    }

    // SpcSpOpusInfo ::= SEQUENCE { [0] EXPLICIT programName SpcString, [1] EXPLICIT moreInfo SpcLink }
    static Result<void> decodeOpusInfo(const QByteArray &value, Cursor &fields, SignerInfoData &signer) {
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> programName, fields.readIf(der::ContextConstructed0));
        if (programName) {
            CTLV_ASSIGN_OR_RETURN(Cursor choice, fields.enter(*programName));
            if (!choice.atEnd()) {
                CTLV_ASSIGN_OR_RETURN(const Tlv name, choice.readAny());
                signer.programName = der::decodeString(value, name);
            }
        }
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> moreInfo, fields.readIf(der::ContextConstructed1));
        if (!moreInfo)
            return {};
        CTLV_ASSIGN_OR_RETURN(Cursor link, fields.enter(*moreInfo));
        if (link.atEnd())
            return {};
        CTLV_ASSIGN_OR_RETURN(const Tlv url, link.readAny());
        if (url.tag == der::ContextPrimitive0) { // SpcLink url [0] IMPLICIT IA5String
            signer.moreInfoUrl = QString::fromLatin1(link.value(url));
        } else if (url.tag == der::ContextConstructed2) { // file [2] EXPLICIT SpcString
            CTLV_ASSIGN_OR_RETURN(Cursor file, link.enter(url));
            if (!file.atEnd()) {
                CTLV_ASSIGN_OR_RETURN(const Tlv text, file.readAny());
                signer.moreInfoUrl = der::decodeString(value, text);
            }
        }
        return {};
    }

    // [0] EXPLICIT content: the CertificateTrustList SEQUENCE, directly (PKCS #7) or inside an OCTET
    // STRING (CMS).
    Result<void> readCtlContent(Cursor &encap) {
        CTLV_ASSIGN_OR_RETURN(const Tlv explicitContent,
                              encap.expect(der::ContextConstructed0,
                                           QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT CTL content")));
        CTLV_RETURN_IF_ERROR(encap.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated ContentInfo")));
        CTLV_ASSIGN_OR_RETURN(Cursor wrapper, encap.enter(explicitContent));
        Tlv ctl;
        if (wrapper.peekTag() == der::OctetString) {
            CTLV_ASSIGN_OR_RETURN(const Tlv octets, wrapper.readAny());
            m_doc.ctlInOctetString = true;
            CTLV_ASSIGN_OR_RETURN(Cursor inner, wrapper.enter(octets));
            CTLV_ASSIGN_OR_RETURN(
                ctl, inner.expect(der::Sequence,
                                  QT_TRANSLATE_NOOP("ctlv::der", "the CertificateTrustList "
                                                                 "SEQUENCE inside the OCTET STRING")));
            CTLV_RETURN_IF_ERROR(
                inner.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the OCTET STRING holding the CTL")));
        } else {
            CTLV_ASSIGN_OR_RETURN(
                ctl, wrapper.expect(der::Sequence,
                                    QT_TRANSLATE_NOOP("ctlv::der", "the CertificateTrustList SEQUENCE")));
        }
        CTLV_RETURN_IF_ERROR(
            wrapper.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT CTL content")));
        m_doc.ctlTlv = {ctl.offset, ctl.totalLength()};
        m_doc.ctlValue = {ctl.valueOffset(), ctl.length};
        CTLV_ASSIGN_OR_RETURN(Cursor fields, wrapper.enter(ctl));
        return readCtl(fields);
    }

    // CertificateTrustList ::= SEQUENCE { version, subjectUsage, listIdentifier, sequenceNumber,
    // thisUpdate, nextUpdate, subjectAlgorithm, trustedSubjects, [0] extensions }
    Result<void> readCtl(Cursor &fields) {
        CTLV_RETURN_IF_ERROR(readListIdentity(fields));
        CTLV_RETURN_IF_ERROR(readUpdateTimes(fields));
        CTLV_ASSIGN_OR_RETURN(
            const Algorithm subjectAlgorithm,
            readAlgorithm(fields,
                          QT_TRANSLATE_NOOP("ctlv::der", "the CTL subjectAlgorithm AlgorithmIdentifier")));
        m_doc.subjectAlgorithm = subjectAlgorithm.oid;
        m_doc.subjectAlgorithmParameters = subjectAlgorithm.parameters;
        CTLV_RETURN_IF_ERROR(readEntries(fields));
        CTLV_RETURN_IF_ERROR(readExtensions(fields));
        return fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the CertificateTrustList"));
    }

    // version, subjectUsage, listIdentifier and sequenceNumber.
    Result<void> readListIdentity(Cursor &fields) {
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> version, fields.readIf(der::Integer));
        if (version) {
            CTLV_ASSIGN_OR_RETURN(m_doc.version, der::decodeSmallInteger(m_der, *version));
        }
        CTLV_ASSIGN_OR_RETURN(
            const Tlv usage,
            fields.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the CTL subjectUsage SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor usages, fields.enter(usage));
        while (!usages.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv usageTlv,
                usages.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "a subjectUsage OID")));
            CTLV_ASSIGN_OR_RETURN(QString usageOid, der::decodeOid(m_der, usageTlv));
            m_doc.subjectUsage << usageOid;
        }
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> identifier, fields.readIf(der::OctetString));
        if (identifier)
            m_doc.listIdentifier = fields.value(*identifier);
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> sequenceNumber, fields.readIf(der::Integer));
        if (sequenceNumber) {
            CTLV_RETURN_IF_ERROR(der::checkInteger(m_der, *sequenceNumber));
            if (der::isNegativeInteger(m_der, *sequenceNumber))
                return DerError(sequenceNumber->offset,
                                Text::tr("the CTL sequenceNumber at offset %1 is negative; it "
                                         "counts the list's versions up from zero")
                                    .arg(sequenceNumber->offset));
            m_doc.sequenceNumber = fields.value(*sequenceNumber);
            m_doc.hasSequenceNumber = true;
        }
        return {};
    }

    // thisUpdate and the optional nextUpdate.
    Result<void> readUpdateTimes(Cursor &fields) {
        const std::uint8_t timeTag = fields.peekTag();
        if (timeTag != der::UtcTime && timeTag != der::GeneralizedTime)
            return DerError(
                fields.position(),
                Text::tr(
                    "expected the CTL thisUpdate time (UTCTime or GeneralizedTime) at offset %1, found %2")
                    .arg(QString::number(fields.position()),
                         fields.atEnd() ? Text::tr("the end of the CTL") : der::tagName(timeTag)));
        CTLV_ASSIGN_OR_RETURN(const Tlv thisUpdate, fields.readAny());
        CTLV_ASSIGN_OR_RETURN(const QDateTime thisUpdateTime, der::decodeTime(m_der, thisUpdate));
        m_doc.thisUpdate = {thisUpdateTime, thisUpdate.tag == der::GeneralizedTime};
        if (fields.peekTag() == der::UtcTime || fields.peekTag() == der::GeneralizedTime) {
            CTLV_ASSIGN_OR_RETURN(const Tlv nextUpdate, fields.readAny());
            CTLV_ASSIGN_OR_RETURN(const QDateTime nextUpdateTime, der::decodeTime(m_der, nextUpdate));
            m_doc.nextUpdate = CtlTime{nextUpdateTime, nextUpdate.tag == der::GeneralizedTime};
        }
        return {};
    }

    // trustedSubjects: every entry is checked now (CtlParser::checkEntry) and decoded when it is shown.
    // The walk over the TrustedSubject headers finds where each entry starts; the checks of a long list
    // then run on every core. The first problem in file order is reported, as a walk checking each entry
    // in turn would report it.
    Result<void> readEntries(Cursor &fields) {
        std::vector<qsizetype> offsets;
        std::optional<DerError> walkError; // where the walk stopped: nothing after it is an entry
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> subjects, fields.readIf(der::Sequence));
        if (subjects) {
            CTLV_ASSIGN_OR_RETURN(Cursor entries, fields.enter(*subjects));
            while (!entries.atEnd()) {
                const Result<Tlv> entry = entries.expect(
                    der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a TrustedSubject SEQUENCE"));
                if (!entry) {
                    walkError = entry.error();
                    break;
                }
                const qsizetype offset = entry.value().offset;
                if (static_cast<qint64>(offsets.size()) >= m_limits.maxEntries) {
                    walkError = beyondLimit(
                        offset,
                        Text::tr(
                            "the list holds more than %1 entries, the limit (entry %2 starts at offset %3)")
                            .arg(QString::number(m_limits.maxEntries),
                                 QString::number(m_limits.maxEntries + 1), QString::number(offset)));
                    break;
                }
                offsets.push_back(offset);
            }
        }
        struct Checked {
            std::optional<DerError> error; // the first in the chunk; the chunk stops there
            int undecodable = 0;           // entries with an attribute value that does not decode
            std::optional<ParseNote> firstUndecodable;
        };
        std::optional<DerError> error;
        forEachChunkInOrder<Checked>(
            offsets.size(), 16'384, chunkWorkers(offsets.size()),
            [&](size_t, size_t begin, size_t end) {
                Checked checked;
                for (size_t i = begin; i < end; ++i) {
                    const Result<std::optional<ParseNote>> problem =
                        CtlParser::checkEntry(m_der, offsets[i], m_limits.maxAttributesPerEntry);
                    if (!problem) {
                        checked.error = problem.error();
                        break;
                    }
                    if (problem.value() && checked.undecodable++ == 0)
                        checked.firstUndecodable = *problem.value();
                }
                return checked;
            },
            [&](Checked &&checked) {
                if (checked.firstUndecodable && m_doc.entriesWithUndecodableAttributes == 0)
                    m_doc.firstUndecodableAttribute = *checked.firstUndecodable;
                m_doc.entriesWithUndecodableAttributes += checked.undecodable;
                error = std::move(checked.error);
                return !error;
            });
        if (error)
            return *error;
        if (walkError)
            return *walkError;
        m_doc.entries =
            EntryList(m_der, m_doc.subjectAlgorithm, std::move(offsets), m_limits.maxAttributesPerEntry);
        return {};
    }

    // [0] Extensions.
    Result<void> readExtensions(Cursor &fields) {
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> wrapperTlv, fields.readIf(der::ContextConstructed0));
        if (!wrapperTlv)
            return {};
        CTLV_ASSIGN_OR_RETURN(Cursor wrapper, fields.enter(*wrapperTlv));
        CTLV_ASSIGN_OR_RETURN(
            const Tlv sequence,
            wrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the CTL Extensions SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor extensions, wrapper.enter(sequence));
        CTLV_RETURN_IF_ERROR(wrapper.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the [0] CTL extensions")));
        while (!extensions.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(CtlExtension extension, readExtension(extensions));
            m_doc.extensions.push_back(std::move(extension));
        }
        return {};
    }

    // Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. A value
    // that does not decode keeps the extension, with decodeProblem saying why.
    Result<CtlExtension> readExtension(Cursor &extensions) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv sequence,
            extensions.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "an Extension SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor fields, extensions.enter(sequence));
        CtlExtension extension;
        CTLV_ASSIGN_OR_RETURN(
            const Tlv oidTlv,
            fields.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the extension OID")));
        CTLV_ASSIGN_OR_RETURN(extension.oid, der::decodeOid(m_der, oidTlv));
        CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> critical, fields.readIf(der::Boolean));
        if (critical)
            extension.critical = critical->length == 1 && m_der.at(critical->valueOffset()) != '\0';
        CTLV_ASSIGN_OR_RETURN(
            const Tlv value,
            fields.expect(der::OctetString,
                          QT_TRANSLATE_NOOP("ctlv::der", "the extension value OCTET STRING")));
        extension.value = fields.value(value);
        CTLV_RETURN_IF_ERROR(fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the Extension")));
        if (const Result<void> decoded = decodeExtensionValue(extension); !decoded)
            extension.decodeProblem = decoded.error().message();
        return extension;
    }

    static Result<void> decodeExtensionValue(CtlExtension &extension) {
        if (isOid(extension.oid, oid::CertLogListExt))
            return decodeCtLogs(extension);
        if (isOid(extension.oid, oid::PinRulesExt))
            return decodePinRules(extension);
        if (isOid(extension.oid, oid::PinRulesLogEndDateExt)) {
            Cursor value(extension.value);
            CTLV_ASSIGN_OR_RETURN(const Tlv time, value.readAny());
            CTLV_ASSIGN_OR_RETURN(extension.logEndDate, der::decodeTime(extension.value, time));
        }
        return {};
    }

    static Result<void> decodeCtLogs(CtlExtension &extension) {
        const QByteArray &value = extension.value;
        Cursor top(value);
        CTLV_ASSIGN_OR_RETURN(
            const Tlv listTlv,
            top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the CT log list SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor list, top.enter(listTlv));
        CTLV_RETURN_IF_ERROR(top.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the CT log list")));
        if (list.peekTag() == der::Sequence) {
            // The first element is a SEQUENCE of INTEGERs (a version) when it contains no algorithm.
            CTLV_ASSIGN_OR_RETURN(const Tlv first, list.peek());
            CTLV_ASSIGN_OR_RETURN(Cursor probe, list.enter(first));
            if (probe.peekTag() == der::Integer) {
                CTLV_RETURN_IF_ERROR(list.readAny());
                QList<int> numbers;
                while (!probe.atEnd()) {
                    CTLV_ASSIGN_OR_RETURN(
                        const Tlv numberTlv,
                        probe.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "a version number")));
                    CTLV_ASSIGN_OR_RETURN(const qint64 number, der::decodeSmallInteger(value, numberTlv));
                    numbers << static_cast<int>(number);
                }
                extension.ctLogListVersion = numbers;
            }
        }
        while (!list.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv spki,
                list.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a log's SubjectPublicKeyInfo")));
            CtLogKey key;
            key.subjectPublicKeyInfo = list.whole(spki);
            key.logId = QCryptographicHash::hash(key.subjectPublicKeyInfo, QCryptographicHash::Sha256);
            CTLV_ASSIGN_OR_RETURN(Cursor spkiFields, list.enter(spki));
            CTLV_ASSIGN_OR_RETURN(
                const Tlv algorithmTlv,
                spkiFields.expect(der::Sequence,
                                  QT_TRANSLATE_NOOP("ctlv::der", "the key AlgorithmIdentifier")));
            CTLV_ASSIGN_OR_RETURN(Cursor algorithm, spkiFields.enter(algorithmTlv));
            CTLV_ASSIGN_OR_RETURN(
                const Tlv keyAlgorithm,
                algorithm.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the key algorithm")));
            CTLV_ASSIGN_OR_RETURN(const QString keyAlgorithmOid, der::decodeOid(value, keyAlgorithm));
            key.keyAlgorithm = oid::label(keyAlgorithmOid);
            CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> curve, algorithm.readIf(der::ObjectIdentifier));
            if (curve) {
                CTLV_ASSIGN_OR_RETURN(const QString curveOid, der::decodeOid(value, *curve));
                key.curve = oid::label(curveOid);
            }
            extension.ctLogs << key;
        }
        return {};
    }

    static Result<void> decodePinRules(CtlExtension &extension) {
        const QByteArray &value = extension.value;
        Cursor top(value);
        CTLV_ASSIGN_OR_RETURN(
            const Tlv rulesTlv,
            top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the pin rules SEQUENCE")));
        CTLV_ASSIGN_OR_RETURN(Cursor rules, top.enter(rulesTlv));
        while (!rules.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv ruleTlv,
                rules.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a pin rule SEQUENCE")));
            PinRule rule;
            rule.der = rules.whole(ruleTlv);
            CTLV_ASSIGN_OR_RETURN(Cursor fields, rules.enter(ruleTlv));
            while (!fields.atEnd()) {
                CTLV_ASSIGN_OR_RETURN(const Tlv field, fields.readAny());
                if (field.tag == der::Integer && field.length <= 8) {
                    CTLV_ASSIGN_OR_RETURN(const qint64 number, der::decodeSmallInteger(value, field));
                    rule.numbers << number;
                } else if (field.tag == der::Sequence) {
                    CTLV_ASSIGN_OR_RETURN(QList<QList<QByteArray>> pins, readPins(fields, field));
                    rule.pins << pins;
                }
            }
            extension.pinRules << rule;
        }
        return {};
    }

    // The pins of one rule: a SEQUENCE of SEQUENCEs, each giving its OCTET STRINGs.
    static Result<QList<QList<QByteArray>>> readPins(const Cursor &fields, const Tlv &field) {
        QList<QList<QByteArray>> all;
        CTLV_ASSIGN_OR_RETURN(Cursor pins, fields.enter(field));
        while (!pins.atEnd()) {
            CTLV_ASSIGN_OR_RETURN(
                const Tlv pinTlv,
                pins.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a pin SEQUENCE")));
            CTLV_ASSIGN_OR_RETURN(Cursor pin, pins.enter(pinTlv));
            QList<QByteArray> parts;
            while (!pin.atEnd()) {
                CTLV_ASSIGN_OR_RETURN(const Tlv part, pin.readAny());
                if (part.tag == der::OctetString)
                    parts << pin.value(part);
            }
            all << parts;
        }
        return all;
    }

    CtlDocument &m_doc;
    const QByteArray &m_der;
    const ReadLimits &m_limits;
    int m_certificateCount = 0;
    int m_signatureCount = 0;
    int m_nestedCount = 0;
};

} // namespace

namespace {
// Whether an attribute type (OID content octets) is a property effective trust reads: szOID_CERT_PROP_ID_
// PREFIX + 9 (EKUs), 25 (key MD5), 98 (SHA-256), 104 and 122 (Disable), 126 and 127 (NotBefore). DER
// OIDs have one encoding (checkOid), so comparing octets is comparing the dotted text.
bool isTrustProperty(QByteArrayView typeValue) {
    static const QByteArray prefix = der::encodeOid(oid::PropIdPrefix).sliced(2);
    if (typeValue.size() != prefix.size() + 1 || !typeValue.startsWith(prefix))
        return false;
    switch (static_cast<std::uint8_t>(typeValue.back())) {
    case 9:
    case 25:
    case 98:
    case 104:
    case 122:
    case 126:
    case 127:
        return true;
    default:
        return false;
    }
}
} // namespace

der::Result<CtlEntry> CtlParser::parseEntry(const QByteArray &der, qsizetype offset,
                                            const QString &subjectAlgorithm, int maxAttributes,
                                            EntryFields wanted, EntryChecks checks) {
    Cursor outer(der, offset);
    CTLV_ASSIGN_OR_RETURN(
        const Tlv entryTlv,
        outer.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a TrustedSubject SEQUENCE")));
    CTLV_ASSIGN_OR_RETURN(Cursor fields, outer.enter(entryTlv));
    CtlEntry entry;
    entry.offset = offset;
    CTLV_ASSIGN_OR_RETURN(
        const Tlv identifier,
        fields.expect(der::OctetString,
                      QT_TRANSLATE_NOOP("ctlv::der", "the subject identifier OCTET STRING")));
    entry.identifier = fields.value(identifier);
    entry.identifierKind = classifyIdentifier(subjectAlgorithm, entry.identifier);
    CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> attributesTlv, fields.readIf(der::Set));
    if (attributesTlv) {
        EntryDecoder decoder{der, entry};
        const auto decode = [&](const Tlv &attribute, const Tlv &type, Cursor &values) -> Result<void> {
            if (wanted == EntryFields::Trust &&
                !isTrustProperty(QByteArrayView(der).sliced(type.valueOffset(), type.length))) {
                // The reads rawAttribute makes, so that both fail alike; nothing is kept.
                while (!values.atEnd())
                    CTLV_RETURN_IF_ERROR(values.readAny());
                return {};
            }
            CTLV_ASSIGN_OR_RETURN(RawAttribute raw, rawAttribute(type, values));
            entry.allAttributes << std::move(raw);
            return decoder.decode(entry.allAttributes.constLast(), attribute.offset);
        };
        CTLV_RETURN_IF_ERROR(walkAttributes(fields, *attributesTlv, maxAttributes, decode, checks));
    }
    CTLV_RETURN_IF_ERROR(fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the TrustedSubject")));
    return entry;
}

namespace {
// The property attributes whose value is a DER SEQUENCE OF OBJECT IDENTIFIER in an OCTET STRING:
// szOID_CERT_PROP_ID_PREFIX + 9 (EKUs), 105 (chain policies), 122 (disabled EKUs), 127 (NotBefore EKUs),
// compared as encoded OID content octets (the prefix's, then one octet for the property id).
bool isOidListProperty(QByteArrayView typeValue) {
    static const QByteArray prefix = der::encodeOid(oid::PropIdPrefix).sliced(2);
    if (typeValue.size() != prefix.size() + 1 || !typeValue.startsWith(prefix))
        return false;
    const auto property = static_cast<std::uint8_t>(typeValue.back());
    return property == 9 || property == 105 || property == 122 || property == 127;
}

// The checks of decoding an OID-list attribute value, without building the list.
Result<void> checkOidList(const QByteArray &der, Cursor &values) {
    CTLV_ASSIGN_OR_RETURN(
        const Tlv octets,
        values.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the attribute's OCTET STRING")));
    CTLV_RETURN_IF_ERROR(values.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the attribute's SET of values")));
    CTLV_ASSIGN_OR_RETURN(Cursor list,
                          Cursor::range(der, octets.valueOffset(), octets.end(), octets.depth + 1));
    CTLV_ASSIGN_OR_RETURN(
        const Tlv sequence,
        list.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a SEQUENCE OF OBJECT IDENTIFIER")));
    CTLV_ASSIGN_OR_RETURN(Cursor oids, list.enter(sequence));
    CTLV_RETURN_IF_ERROR(list.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SEQUENCE OF OBJECT IDENTIFIER")));
    while (!oids.atEnd()) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv item,
            oids.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "an OBJECT IDENTIFIER")));
        CTLV_RETURN_IF_ERROR(der::checkOid(der, item));
    }
    return {};
}
} // namespace

der::Result<std::optional<ParseNote>> CtlParser::checkEntry(const QByteArray &der, qsizetype offset,
                                                            int maxAttributes) {
    Cursor outer(der, offset);
    CTLV_ASSIGN_OR_RETURN(
        const Tlv entryTlv,
        outer.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a TrustedSubject SEQUENCE")));
    CTLV_ASSIGN_OR_RETURN(Cursor fields, outer.enter(entryTlv));
    CTLV_RETURN_IF_ERROR(fields.expect(
        der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the subject identifier OCTET STRING")));
    std::optional<ParseNote> attributeProblem;
    CTLV_ASSIGN_OR_RETURN(const std::optional<Tlv> attributesTlv, fields.readIf(der::Set));
    if (attributesTlv) {
        const auto check = [&](const Tlv &attribute, const Tlv &type, Cursor &values) -> Result<void> {
            if (!attributeProblem &&
                isOidListProperty(QByteArrayView(der).sliced(type.valueOffset(), type.length))) {
                Cursor copy = values;
                if (const Result<void> checked = checkOidList(der, copy); !checked)
                    attributeProblem = ParseNote{attribute.offset, checked.error().message()};
            }
            while (!values.atEnd())
                CTLV_RETURN_IF_ERROR(values.readAny());
            return {};
        };
        CTLV_RETURN_IF_ERROR(walkAttributes(fields, *attributesTlv, maxAttributes, check));
    }
    CTLV_RETURN_IF_ERROR(fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the TrustedSubject")));
    return attributeProblem;
}

Expected<CtlDocument> CtlParser::parse(const QByteArray &der, const ReadLimits &limits) {
    CtlDocument document;
    document.der = der;
    if (const Status parsed = DocumentParser(document, limits).run(); !parsed) {
        const ParseFailure &failure = parsed.error();
        LoadError error;
        error.code = failure.code;
        error.offset = failure.offset;
        error.message = failure.message;
        return error;
    }
    document.indexCertificates();
    return document;
}

} // namespace ctlv
