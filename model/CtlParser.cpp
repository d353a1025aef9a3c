#include "CtlParser.h"

#include "Der.h"
#include "Oids.h"
#include "OsslPtr.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace ctlv {

using der::Cursor;
using der::DerError;
using der::Tlv;

namespace {

// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlParser)
};

bool isOid(const QString &value, const char *oid) {
    return value == QLatin1String(oid);
}

// A structure beyond a ReadLimits bound. It is a DerError (so that callers of parseEntry need to know
// one exception type), but parse() reports it as LoadError::Code::TooLarge rather than as malformed DER.
class LimitError : public DerError {
public:
    using DerError::DerError;
};

// The AlgorithmIdentifier at the cursor: its OID, and its parameters' DER unless absent or NULL.
QString readAlgorithm(Cursor &cursor, const char *what, QByteArray *parameters = nullptr) {
    const Tlv sequence = cursor.expect(der::Sequence, what);
    Cursor inner = cursor.enter(sequence);
    const QString oid =
        der::decodeOid(cursor.buffer(), inner.expect(der::ObjectIdentifier,
                                                     QT_TRANSLATE_NOOP("ctlv::der", "an algorithm OID")));
    if (!inner.atEnd()) {
        const Tlv params = inner.readAny();
        if (parameters && params.tag != der::Null)
            *parameters = inner.whole(params);
    }
    inner.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the AlgorithmIdentifier"));
    return oid;
}

// Walks Attributes ::= SET OF SEQUENCE { type OID, values SET OF ANY } with every structural check
// (including the type OID's encoding), calling visit(attributeTlv, typeTlv, valuesCursor) for each one.
// Shared by the load-time check of every entry (which builds nothing) and the decoders, so that both
// refuse exactly the same bytes. With `maxCount` >= 0, more attributes than that are refused (LimitError).
template <typename Visit>
void walkAttributes(const Cursor &parent, const Tlv &set, int maxCount, Visit &&visit) {
    Cursor items = parent.enter(set);
    int count = 0;
    while (!items.atEnd()) {
        const Tlv attribute =
            items.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "an attribute SEQUENCE"));
        if (maxCount >= 0 && count >= maxCount)
            throw LimitError(
                attribute.offset,
                Text::tr("the attribute SET at offset %1 holds more than %2 attributes, the limit for "
                         "one entry (attribute %3 starts at offset %4)")
                    .arg(QString::number(set.offset), QString::number(maxCount),
                         QString::number(maxCount + 1), QString::number(attribute.offset)));
        ++count;
        Cursor fields = items.enter(attribute);
        const Tlv type =
            fields.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the attribute type"));
        der::checkOid(items.buffer(), type);
        const Tlv values =
            fields.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the attribute's SET of values"));
        fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the attribute"));
        der::checkSetOrder(fields, values);
        Cursor valueCursor = fields.enter(values);
        visit(attribute, type, valueCursor);
    }
    // After the walk, so that a set beyond the limit is refused as too large whatever its order.
    der::checkSetOrder(parent, set);
}

RawAttribute rawAttribute(const Tlv &type, Cursor &values) {
    RawAttribute raw;
    raw.oid = der::decodeOid(values.buffer(), type);
    while (!values.atEnd())
        raw.values << values.whole(values.readAny());
    return raw;
}

// The attributes with their values kept as DER.
QList<RawAttribute> readAttributes(const Cursor &parent, const Tlv &set, int maxCount = -1) {
    QList<RawAttribute> attributes;
    walkAttributes(parent, set, maxCount, [&](const Tlv &, const Tlv &type, Cursor &values) {
        attributes << rawAttribute(type, values);
    });
    return attributes;
}

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
        Tlv tlv;
        if (!cursor.readIf(der::OctetString, tlv) || !cursor.atEnd()) {
            problem(attribute.oid, offset, Text::tr("expected an OCTET STRING value"));
            return std::nullopt;
        }
        return cursor.value(tlv);
    }

    // INTEGER values (pin rules); a little-endian DWORD in an OCTET STRING is tolerated, as
    // certificate properties are stored that way elsewhere.
    std::optional<QList<qint64>> integers(const RawAttribute &attribute, qsizetype offset) {
        QList<qint64> numbers;
        for (const QByteArray &value : attribute.values) {
            Cursor cursor(value);
            const Tlv tlv = cursor.readAny();
            if (tlv.tag == der::Integer && tlv.length <= 8) {
                numbers << der::decodeSmallInteger(value, tlv);
            } else if (tlv.tag == der::OctetString && tlv.length <= 8) {
                qint64 number = 0;
                const QByteArray bytes = cursor.value(tlv);
                for (qsizetype i = bytes.size() - 1; i >= 0; --i)
                    number = (number << 8) | static_cast<unsigned char>(bytes[i]);
                numbers << number;
            } else {
                problem(attribute.oid, offset, Text::tr("expected an INTEGER value"));
                return std::nullopt;
            }
        }
        return numbers;
    }

    std::optional<QStringList> oidList(const RawAttribute &attribute, qsizetype offset) {
        const auto bytes = octets(attribute, offset);
        if (!bytes)
            return std::nullopt;
        try {
            return der::decodeOidSequence(*bytes);
        } catch (const DerError &error) {
            problem(attribute.oid, offset, error.message());
            return std::nullopt;
        }
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

    void policies(const RawAttribute &attribute, qsizetype offset) {
        const auto bytes = octets(attribute, offset);
        if (!bytes)
            return;
        entry.hasRootProgramPolicies = true;
        try {
            Cursor top(*bytes);
            const Tlv list = top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "CertificatePolicies"));
            top.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "CertificatePolicies"));
            Cursor policies = top.enter(list);
            while (!policies.atEnd()) {
                Cursor info = policies.enter(
                    policies.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "PolicyInformation")));
                RootProgramPolicy policy;
                policy.policyOid =
                    der::decodeOid(*bytes, info.expect(der::ObjectIdentifier,
                                                       QT_TRANSLATE_NOOP("ctlv::der", "the policy OID")));
                Tlv qualifiers;
                if (info.readIf(der::Sequence, qualifiers)) {
                    Cursor qualifierList = info.enter(qualifiers);
                    while (!qualifierList.atEnd()) {
                        Cursor qualifier = qualifierList.enter(qualifierList.expect(
                            der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "PolicyQualifierInfo")));
                        const QString id = der::decodeOid(
                            *bytes, qualifier.expect(der::ObjectIdentifier,
                                                     QT_TRANSLATE_NOOP("ctlv::der", "the qualifier OID")));
                        Tlv bits;
                        if (isOid(id, oid::RootProgramFlags) && qualifier.readIf(der::BitString, bits) &&
                            bits.length >= 2)
                            policy.flags = static_cast<unsigned char>(bytes->at(bits.valueOffset() + 1));
                    }
                }
                entry.rootProgramPolicies << policy;
            }
        } catch (const DerError &error) {
            problem(attribute.oid, offset, error.message());
        }
    }

    void decode(const RawAttribute &attribute, qsizetype offset) {
        const QString &id = attribute.oid;
        if (id.startsWith(QLatin1String(oid::PropIdPrefix))) {
            bool numeric = false;
            const int property = QStringView(id).mid(qstrlen(oid::PropIdPrefix)).toInt(&numeric);
            switch (numeric ? property : -1) {
            case 9:
                entry.ekus = oidList(attribute, offset);
                return;
            case 11:
                if (const auto bytes = octets(attribute, offset)) {
                    if (auto text = utf16leText(*bytes))
                        entry.friendlyName = *text;
                    else if (bytes->isEmpty() || *bytes == QByteArray(2, '\0'))
                        entry.friendlyName = QString();
                    else
                        problem(id, offset, Text::tr("the friendly name is not UTF-16LE text"));
                }
                return;
            case 15:
                entry.signatureHash = octets(attribute, offset).value_or(QByteArray());
                return;
            case 20:
                entry.keyIdentifier = octets(attribute, offset).value_or(QByteArray());
                return;
            case 25:
                entry.subjectPublicKeyMd5 = octets(attribute, offset).value_or(QByteArray());
                return;
            case 29:
                entry.subjectNameMd5 = octets(attribute, offset).value_or(QByteArray());
                return;
            case 83:
                policies(attribute, offset);
                return;
            case 98:
                entry.sha256 = octets(attribute, offset).value_or(QByteArray());
                return;
            case 104:
                entry.disabledFrom = filetime(attribute, offset);
                return;
            case 105:
                entry.chainPolicies = oidList(attribute, offset);
                return;
            case 122:
                entry.disabledEkus = oidList(attribute, offset);
                return;
            case 126:
                entry.notBefore = filetime(attribute, offset);
                return;
            case 127:
                entry.notBeforeEkus = oidList(attribute, offset);
                return;
            case 128:
                entry.disallowedCaFrom = filetime(attribute, offset);
                return;
            default:
                break;
            }
        } else if (isOid(id, oid::SitePinRulesIndex)) {
            entry.pinRuleIndexes = integers(attribute, offset);
            return;
        } else if (isOid(id, oid::SitePinRulesFlags)) {
            if (const auto flags = integers(attribute, offset); flags && flags->size() == 1)
                entry.pinRuleFlags = flags->first();
            else if (flags)
                problem(attribute.oid, offset, Text::tr("expected one value, found %1").arg(flags->size()));
            return;
        }
        entry.unknownAttributes << attribute;
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
    if (subjectAlgorithm == QLatin1String("1.3.6.1.4.1.311.10.11.15")) {
        if (size == 16)
            return IdentifierKind::Md5OfPublicKey;
        if (size == 48)
            return IdentifierKind::Sha384OfTbsCertificate;
    }
    return IdentifierKind::Other;
}

class DocumentParser {
public:
    DocumentParser(CtlDocument &document, const ReadLimits &limits)
        : m_doc(document), m_der(document.der), m_limits(limits) {}

    void run() {
        Cursor top(m_der);
        const Tlv contentInfo =
            top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the PKCS #7 ContentInfo SEQUENCE"));
        if (!top.atEnd()) {
            m_doc.trailingBytes = top.end() - top.position();
            m_doc.notes.push_back(
                {top.position(), Text::tr("%n byte(s) follow the end of the PKCS #7 structure at offset %1",
                                          nullptr, static_cast<int>(m_doc.trailingBytes))
                                     .arg(top.position())});
        }
        Cursor info = top.enter(contentInfo);
        const Tlv typeTlv = info.expect(der::ObjectIdentifier,
                                        QT_TRANSLATE_NOOP("ctlv::der", "the ContentInfo content type"));
        const QString contentType = der::decodeOid(m_der, typeTlv);
        if (!isOid(contentType, oid::SignedData))
            throw NotSignedData{typeTlv.offset,
                                contentType}; // braces: clang 14 lacks C++20 parenthesised aggregate init
        const Tlv explicitContent = info.expect(
            der::ContextConstructed0, QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT signed data"));
        Cursor wrapper = info.enter(explicitContent);
        const Tlv signedData =
            wrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData SEQUENCE"));
        wrapper.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT signed data"));
        parseSignedData(info.enter(signedData), SignerKind::Primary, -1);
    }

    struct NotSignedData {
        qsizetype offset;
        QString contentType;
    };
    struct NotCtl {
        qsizetype offset;
        QString contentType;
    };

private:
    void parseSignedData(Cursor cursor, SignerKind signerKind, int parent) {
        const bool outer = signerKind == SignerKind::Primary;
        const qint64 version = der::decodeSmallInteger(
            m_der, cursor.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData version")));
        if (outer)
            m_doc.signedDataVersion = static_cast<int>(version);
        const Tlv digestSet =
            cursor.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the SignedData digestAlgorithms SET"));
        der::checkSetOrder(cursor, digestSet);
        if (outer) {
            Cursor digests = cursor.enter(digestSet);
            while (!digests.atEnd())
                m_doc.digestAlgorithms
                    << readAlgorithm(digests, QT_TRANSLATE_NOOP("ctlv::der", "a digest AlgorithmIdentifier"));
        }
        const Tlv encapsulated = cursor.expect(
            der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated ContentInfo SEQUENCE"));
        Cursor encap = cursor.enter(encapsulated);
        const Tlv encapTypeTlv = encap.expect(
            der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated content type"));
        const QString encapType = der::decodeOid(m_der, encapTypeTlv);
        if (outer) {
            m_doc.encapsulatedContentType = encapType;
            if (!isOid(encapType, oid::Ctl))
                throw NotCtl{encapTypeTlv.offset, encapType};
            parseCtlContent(encap);
        } else {
            Tlv ignored;
            encap.readIf(der::ContextConstructed0, ignored); // a nested signature is detached
            encap.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated ContentInfo"));
        }

        QList<int> bag;
        Tlv certificates;
        if (cursor.readIf(der::ContextConstructed0, certificates)) {
            Cursor certs = cursor.enter(certificates);
            int count = 0;
            while (!certs.atEnd()) {
                const Tlv certificate = certs.readAny();
                if (++count > m_limits.maxCertificatesPerBag)
                    throw LimitError(
                        certificate.offset,
                        Text::tr(
                            "the certificate bag at offset %1 holds more than %2 certificates, the limit "
                            "(certificate %3 starts at offset %4)")
                            .arg(QString::number(certificates.offset),
                                 QString::number(m_limits.maxCertificatesPerBag), QString::number(count),
                                 QString::number(certificate.offset)));
                if (++m_certificateCount > m_limits.maxCertificates)
                    throw LimitError(certificate.offset,
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
                m_doc.certificates.push_back(describeCertificate(
                    certs.whole(certificate),
                    outer ? CertificateSource::SignedDataBag : CertificateSource::NestedSignatureBag));
            }
        }
        Tlv crls;
        if (cursor.readIf(der::ContextConstructed1, crls))
            m_doc.notes.push_back(
                {crls.offset,
                 Text::tr("the signed data carries CRLs at offset %1 (not used by CTLs)").arg(crls.offset)});

        Tlv signerInfos;
        if (!cursor.readIf(der::Set, signerInfos)) {
            if (outer) {
                m_doc.signerInfosPresent = false;
                m_doc.notes.push_back(
                    {cursor.position(), Text::tr("the SignedData has no signerInfos field, which PKCS #7 "
                                                 "requires: the list carries no signature")});
            }
            cursor.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SignedData"));
            return;
        }
        cursor.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SignedData"));
        if (outer)
            m_doc.signerInfosPresent = true;
        der::checkSetOrder(cursor, signerInfos);
        Cursor signers = cursor.enter(signerInfos);
        while (!signers.atEnd()) {
            const Tlv signer =
                signers.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a SignerInfo SEQUENCE"));
            const ByteRange digested =
                outer ? (m_doc.ctlInOctetString ? m_doc.ctlTlv : m_doc.ctlValue) : m_doc.ctlTlv;
            parseSignerInfo(signers, signer, outer ? SignerKind::Primary : signerKind, parent, encapType,
                            digested, bag);
        }
    }

    void parseSignerInfo(const Cursor &parentCursor, const Tlv &signerTlv, SignerKind kind, int parent,
                         const QString &encapType, ByteRange digested, const QList<int> &bag) {
        if (++m_signatureCount > m_limits.maxSignatures)
            throw LimitError(
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

        Cursor fields = parentCursor.enter(signerTlv);
        signer.version = static_cast<int>(der::decodeSmallInteger(
            m_der, fields.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the SignerInfo version"))));
        const Tlv sid = fields.readAny();
        if (sid.tag == der::Sequence) {
            Cursor issuerAndSerial = fields.enter(sid);
            const Tlv issuer = issuerAndSerial.expect(
                der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the signer's issuer Name"));
            const Tlv serial = issuerAndSerial.expect(
                der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the signer's serial number"));
            issuerAndSerial.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "issuerAndSerialNumber"));
            signer.issuerDer = fields.whole(issuer);
            signer.serialNumber = fields.value(serial);
            while (signer.serialNumber.size() > 1 && signer.serialNumber.at(0) == '\0')
                signer.serialNumber.remove(0, 1);
            signer.issuerText = nameText(signer.issuerDer);
        } else if (sid.tag == der::ContextPrimitive0) {
            signer.subjectKeyIdentifier = fields.value(sid);
        } else {
            throw DerError(sid.offset, Text::tr("expected the signer identifier (issuerAndSerialNumber or "
                                                "[0] subjectKeyIdentifier) at offset %1, found %2")
                                           .arg(QString::number(sid.offset), der::tagName(sid.tag)));
        }
        signer.digestAlgorithm =
            readAlgorithm(fields, QT_TRANSLATE_NOOP("ctlv::der", "the signer's digest AlgorithmIdentifier"));
        Tlv signedAttributes;
        if (fields.readIf(der::ContextConstructed0, signedAttributes)) {
            signer.hasSignedAttributes = true;
            signer.signedAttributesDer = fields.whole(signedAttributes);
            signer.signedAttributesDer[0] = static_cast<char>(der::Set); // the signature covers the SET form
            signer.signedAttributes = readAttributes(fields, signedAttributes);
        }
        signer.signatureAlgorithm =
            readAlgorithm(fields, QT_TRANSLATE_NOOP("ctlv::der", "the signature AlgorithmIdentifier"),
                          &signer.signatureAlgorithmParameters);
        const Tlv signature =
            fields.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the signature OCTET STRING"));
        signer.signature = fields.value(signature);
        signer.signatureValue = {signature.valueOffset(), signature.length};
        Tlv unsignedAttributes;
        const bool hasUnsigned = fields.readIf(der::ContextConstructed1, unsignedAttributes);
        fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SignerInfo"));
        if (hasUnsigned)
            signer.unsignedAttributes = readAttributes(fields, unsignedAttributes);

        decodeSignedAttributes(signer);
        const int index = static_cast<int>(m_doc.signers.size());
        const QList<RawAttribute> unsignedCopy = signer.unsignedAttributes;
        const ByteRange signatureRange = signer.signatureValue;
        m_doc.signers.push_back(std::move(signer));

        // Unsigned attributes that hold further signatures: the value DER is a copy, so locate it
        // again inside the document to keep offsets absolute.
        if (!hasUnsigned)
            return;
        Cursor unsignedCursor = fields.enter(unsignedAttributes);
        while (!unsignedCursor.atEnd()) {
            Cursor attribute = unsignedCursor.enter(
                unsignedCursor.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "an attribute")));
            const QString type =
                der::decodeOid(m_der, attribute.expect(der::ObjectIdentifier,
                                                       QT_TRANSLATE_NOOP("ctlv::der", "the attribute type")));
            Cursor values = attribute.enter(
                attribute.expect(der::Set, QT_TRANSLATE_NOOP("ctlv::der", "the attribute values")));
            while (!values.atEnd()) {
                const Tlv value = values.readAny();
                if (isOid(type, oid::CounterSignature) && value.tag == der::Sequence) {
                    parseSignerInfo(values, value, SignerKind::Countersignature, index, QString(),
                                    signatureRange, bag);
                } else if (isOid(type, oid::NestedSignature) && value.tag == der::Sequence) {
                    Cursor nestedInfo = values.enter(value);
                    const Tlv nestedTypeTlv = nestedInfo.expect(
                        der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the nested content type"));
                    if (!isOid(der::decodeOid(m_der, nestedTypeTlv), oid::SignedData)) {
                        m_doc.notes.push_back(
                            {nestedTypeTlv.offset, Text::tr("nested signature at offset %1 is not PKCS #7 "
                                                            "signed data; kept as an attribute")
                                                       .arg(nestedTypeTlv.offset)});
                        continue;
                    }
                    if (++m_nestedCount > m_limits.maxNestedSignatures)
                        throw LimitError(
                            value.offset,
                            Text::tr("the list carries more than %1 nested signatures, the limit "
                                     "(nested signature %2 starts at offset %3)")
                                .arg(QString::number(m_limits.maxNestedSignatures),
                                     QString::number(m_nestedCount), QString::number(value.offset)));
                    Cursor nestedWrapper = nestedInfo.enter(nestedInfo.expect(
                        der::ContextConstructed0, QT_TRANSLATE_NOOP("ctlv::der", "the nested [0] content")));
                    const Tlv nestedSignedData = nestedWrapper.expect(
                        der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the nested SignedData"));
                    parseSignedData(nestedWrapper.enter(nestedSignedData), SignerKind::Nested, index);
                }
            }
        }
    }

    void decodeSignedAttributes(SignerInfoData &signer) {
        for (const RawAttribute &attribute : std::as_const(signer.signedAttributes)) {
            for (const QByteArray &value : attribute.values) {
                try {
                    Cursor cursor(value);
                    const Tlv tlv = cursor.readAny();
                    if (isOid(attribute.oid, oid::ContentType) && tlv.tag == der::ObjectIdentifier) {
                        signer.contentTypes << der::decodeOid(value, tlv);
                    } else if (isOid(attribute.oid, oid::MessageDigest) && tlv.tag == der::OctetString) {
                        signer.messageDigests << cursor.value(tlv);
                    } else if (isOid(attribute.oid, oid::SigningTime)) {
                        signer.signingTime = der::decodeTime(value, tlv);
                    } else if (isOid(attribute.oid, oid::SpcSpOpusInfo) && tlv.tag == der::Sequence) {
                        signer.hasOpusInfo = true;
                        decodeOpusInfo(value, cursor.enter(tlv), signer);
                    }
                } catch (const DerError &error) {
                    m_doc.notes.push_back(
                        {signer.offset,
                         Text::tr("signed attribute %1 of the signer at offset %2 could not be decoded: %3")
                             .arg(attribute.oid, QString::number(signer.offset), error.message())});
                }
            }
        }
    }

    static void decodeOpusInfo(const QByteArray &value, Cursor fields, SignerInfoData &signer) {
        Tlv programName;
        if (fields.readIf(der::ContextConstructed0, programName)) {
            Cursor choice = fields.enter(programName);
            if (!choice.atEnd())
                signer.programName = der::decodeString(value, choice.readAny());
        }
        Tlv moreInfo;
        if (fields.readIf(der::ContextConstructed1, moreInfo)) {
            Cursor link = fields.enter(moreInfo);
            if (!link.atEnd()) {
                const Tlv url = link.readAny();
                if (url.tag == der::ContextPrimitive0) // SpcLink url [0] IMPLICIT IA5String
                    signer.moreInfoUrl = QString::fromLatin1(link.value(url));
                else if (url.tag == 0xa2) { // file [2] EXPLICIT SpcString
                    Cursor file = link.enter(url);
                    if (!file.atEnd())
                        signer.moreInfoUrl = der::decodeString(value, file.readAny());
                }
            }
        }
    }

    void parseCtlContent(Cursor &encap) {
        const Tlv explicitContent = encap.expect(
            der::ContextConstructed0, QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT CTL content"));
        encap.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the encapsulated ContentInfo"));
        Cursor wrapper = encap.enter(explicitContent);
        Tlv ctl;
        if (wrapper.peekTag() == der::OctetString) {
            // CMS style: the CTL DER sits inside an OCTET STRING.
            const Tlv octets = wrapper.readAny();
            m_doc.ctlInOctetString = true;
            Cursor inner = wrapper.enter(octets);
            ctl = inner.expect(
                der::Sequence,
                QT_TRANSLATE_NOOP("ctlv::der", "the CertificateTrustList SEQUENCE inside the OCTET STRING"));
            inner.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the OCTET STRING holding the CTL"));
        } else {
            ctl = wrapper.expect(der::Sequence,
                                 QT_TRANSLATE_NOOP("ctlv::der", "the CertificateTrustList SEQUENCE"));
        }
        wrapper.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the [0] EXPLICIT CTL content"));
        m_doc.ctlTlv = {ctl.offset, ctl.totalLength()};
        m_doc.ctlValue = {ctl.valueOffset(), ctl.length};
        parseCtl(wrapper.enter(ctl));
    }

    void parseCtl(Cursor fields) {
        Tlv tlv;
        if (fields.readIf(der::Integer, tlv))
            m_doc.version = der::decodeSmallInteger(m_der, tlv);
        const Tlv usage =
            fields.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the CTL subjectUsage SEQUENCE"));
        Cursor usages = fields.enter(usage);
        while (!usages.atEnd())
            m_doc.subjectUsage << der::decodeOid(
                m_der,
                usages.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "a subjectUsage OID")));
        if (fields.readIf(der::OctetString, tlv))
            m_doc.listIdentifier = fields.value(tlv);
        if (fields.readIf(der::Integer, tlv)) {
            der::checkInteger(m_der, tlv);
            if (der::isNegativeInteger(m_der, tlv))
                throw DerError(tlv.offset, Text::tr("the CTL sequenceNumber at offset %1 is negative; it "
                                                    "counts the list's versions up from zero")
                                               .arg(tlv.offset));
            m_doc.sequenceNumber = fields.value(tlv);
            m_doc.hasSequenceNumber = true;
        }
        const std::uint8_t timeTag = fields.peekTag();
        if (timeTag != der::UtcTime && timeTag != der::GeneralizedTime)
            throw DerError(
                fields.position(),
                Text::tr(
                    "expected the CTL thisUpdate time (UTCTime or GeneralizedTime) at offset %1, found %2")
                    .arg(QString::number(fields.position()),
                         fields.atEnd() ? Text::tr("the end of the CTL") : der::tagName(timeTag)));
        tlv = fields.readAny();
        m_doc.thisUpdate = {der::decodeTime(m_der, tlv), tlv.tag == der::GeneralizedTime};
        if (fields.peekTag() == der::UtcTime || fields.peekTag() == der::GeneralizedTime) {
            tlv = fields.readAny();
            m_doc.nextUpdate = CtlTime{der::decodeTime(m_der, tlv), tlv.tag == der::GeneralizedTime};
        }
        m_doc.subjectAlgorithm = readAlgorithm(
            fields, QT_TRANSLATE_NOOP("ctlv::der", "the CTL subjectAlgorithm AlgorithmIdentifier"),
            &m_doc.subjectAlgorithmParameters);
        std::vector<qsizetype> offsets;
        if (fields.readIf(der::Sequence, tlv)) {
            Cursor entries = fields.enter(tlv);
            while (!entries.atEnd()) {
                const Tlv entry = entries.expect(der::Sequence,
                                                 QT_TRANSLATE_NOOP("ctlv::der", "a TrustedSubject SEQUENCE"));
                if (static_cast<qint64>(offsets.size()) >= m_limits.maxEntries)
                    throw LimitError(
                        entry.offset,
                        Text::tr(
                            "the list holds more than %1 entries, the limit (entry %2 starts at offset %3)")
                            .arg(QString::number(m_limits.maxEntries),
                                 QString::number(m_limits.maxEntries + 1), QString::number(entry.offset)));
                QString problem;
                qsizetype problemOffset = 0;
                CtlParser::checkEntry(m_der, entry.offset, m_limits.maxAttributesPerEntry, &problem,
                                      &problemOffset);
                if (!problem.isEmpty() && m_doc.entriesWithUndecodableAttributes++ == 0)
                    m_doc.firstUndecodableAttribute = ParseNote{problemOffset, problem};
                offsets.push_back(entry.offset);
            }
        }
        m_doc.entries =
            EntryList(m_der, m_doc.subjectAlgorithm, std::move(offsets), m_limits.maxAttributesPerEntry);
        if (fields.readIf(der::ContextConstructed0, tlv)) {
            Cursor wrapper = fields.enter(tlv);
            Cursor extensions = wrapper.enter(
                wrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the CTL Extensions SEQUENCE")));
            wrapper.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the [0] CTL extensions"));
            while (!extensions.atEnd())
                m_doc.extensions.push_back(parseExtension(extensions));
        }
        fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the CertificateTrustList"));
    }

    CtlExtension parseExtension(Cursor &extensions) {
        Cursor fields = extensions.enter(
            extensions.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "an Extension SEQUENCE")));
        CtlExtension extension;
        extension.oid = der::decodeOid(
            m_der, fields.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the extension OID")));
        Tlv tlv;
        if (fields.readIf(der::Boolean, tlv))
            extension.critical = tlv.length == 1 && m_der.at(tlv.valueOffset()) != '\0';
        extension.value = fields.value(fields.expect(
            der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the extension value OCTET STRING")));
        fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the Extension"));
        try {
            if (isOid(extension.oid, oid::CertLogListExt))
                decodeCtLogs(extension);
            else if (extension.oid == QLatin1String("1.3.6.1.4.1.311.10.3.33"))
                decodePinRules(extension);
            else if (extension.oid == QLatin1String("1.3.6.1.4.1.311.10.3.35")) {
                Cursor value(extension.value);
                extension.logEndDate = der::decodeTime(extension.value, value.readAny());
            }
        } catch (const DerError &error) {
            extension.decodeProblem = error.message();
        }
        return extension;
    }

    static void decodeCtLogs(CtlExtension &extension) {
        const QByteArray &value = extension.value;
        Cursor top(value);
        Cursor list =
            top.enter(top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the CT log list SEQUENCE")));
        top.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the CT log list"));
        if (list.peekTag() == der::Sequence) {
            // The first element is a SEQUENCE of INTEGERs (a version) when it contains no algorithm.
            const Tlv first = list.peek();
            Cursor probe = list.enter(first);
            if (probe.peekTag() == der::Integer) {
                list.readAny();
                QList<int> numbers;
                while (!probe.atEnd())
                    numbers << static_cast<int>(der::decodeSmallInteger(
                        value,
                        probe.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "a version number"))));
                extension.ctLogListVersion = numbers;
            }
        }
        while (!list.atEnd()) {
            const Tlv spki =
                list.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a log's SubjectPublicKeyInfo"));
            CtLogKey key;
            key.subjectPublicKeyInfo = list.whole(spki);
            key.logId = QCryptographicHash::hash(key.subjectPublicKeyInfo, QCryptographicHash::Sha256);
            Cursor spkiFields = list.enter(spki);
            Cursor algorithm = spkiFields.enter(spkiFields.expect(
                der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the key AlgorithmIdentifier")));
            key.keyAlgorithm = oid::label(
                der::decodeOid(value, algorithm.expect(der::ObjectIdentifier,
                                                       QT_TRANSLATE_NOOP("ctlv::der", "the key algorithm"))));
            Tlv curve;
            if (algorithm.readIf(der::ObjectIdentifier, curve))
                key.curve = oid::label(der::decodeOid(value, curve));
            extension.ctLogs << key;
        }
    }

    static void decodePinRules(CtlExtension &extension) {
        const QByteArray &value = extension.value;
        Cursor top(value);
        Cursor rules =
            top.enter(top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the pin rules SEQUENCE")));
        while (!rules.atEnd()) {
            const Tlv ruleTlv =
                rules.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a pin rule SEQUENCE"));
            PinRule rule;
            rule.der = rules.whole(ruleTlv);
            Cursor fields = rules.enter(ruleTlv);
            while (!fields.atEnd()) {
                const Tlv field = fields.readAny();
                if (field.tag == der::Integer && field.length <= 8) {
                    rule.numbers << der::decodeSmallInteger(value, field);
                } else if (field.tag == der::Sequence) {
                    Cursor pins = fields.enter(field);
                    while (!pins.atEnd()) {
                        Cursor pin = pins.enter(
                            pins.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a pin SEQUENCE")));
                        QList<QByteArray> parts;
                        while (!pin.atEnd()) {
                            const Tlv part = pin.readAny();
                            if (part.tag == der::OctetString)
                                parts << pin.value(part);
                        }
                        rule.pins << parts;
                    }
                }
            }
            extension.pinRules << rule;
        }
    }

    CtlDocument &m_doc;
    const QByteArray &m_der;
    const ReadLimits &m_limits;
    int m_certificateCount = 0;
    int m_signatureCount = 0;
    int m_nestedCount = 0;
};

} // namespace

CtlEntry CtlParser::parseEntry(const QByteArray &der, qsizetype offset, const QString &subjectAlgorithm,
                               int maxAttributes) {
    Cursor outer(der, offset, der.size());
    const Tlv entryTlv =
        outer.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a TrustedSubject SEQUENCE"));
    Cursor fields = outer.enter(entryTlv);
    CtlEntry entry;
    entry.offset = offset;
    entry.identifier = fields.value(fields.expect(
        der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the subject identifier OCTET STRING")));
    entry.identifierKind = classifyIdentifier(subjectAlgorithm, entry.identifier);
    Tlv attributesTlv;
    if (fields.readIf(der::Set, attributesTlv)) {
        EntryDecoder decoder{der, entry};
        walkAttributes(fields, attributesTlv, maxAttributes,
                       [&](const Tlv &attribute, const Tlv &type, Cursor &values) {
                           entry.allAttributes << rawAttribute(type, values);
                           decoder.decode(entry.allAttributes.constLast(), attribute.offset);
                       });
    }
    fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the TrustedSubject"));
    return entry;
}

namespace {
// The property attributes whose value is a DER SEQUENCE OF OBJECT IDENTIFIER in an OCTET STRING:
// szOID_CERT_PROP_ID_PREFIX (1.3.6.1.4.1.311.10.11.) + 9 (EKUs), 105 (chain policies), 122 (disabled
// EKUs), 127 (NotBefore EKUs), as encoded OID content octets.
bool isOidListProperty(QByteArrayView typeValue) {
    static const QByteArray prefix = QByteArray::fromHex("2b0601040182370a0b");
    if (typeValue.size() != prefix.size() + 1 || !typeValue.startsWith(prefix))
        return false;
    const auto property = static_cast<std::uint8_t>(typeValue.back());
    return property == 9 || property == 105 || property == 122 || property == 127;
}

// Why an OID-list attribute value does not decode, or an empty string.
QString oidListProblem(const QByteArray &der, Cursor &values) {
    try {
        const Tlv octets =
            values.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the attribute's OCTET STRING"));
        values.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the attribute's SET of values"));
        Cursor list(der, octets.valueOffset(), octets.end(), octets.depth + 1);
        Cursor oids = list.enter(
            list.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a SEQUENCE OF OBJECT IDENTIFIER")));
        list.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SEQUENCE OF OBJECT IDENTIFIER"));
        while (!oids.atEnd())
            der::checkOid(der, oids.expect(der::ObjectIdentifier,
                                           QT_TRANSLATE_NOOP("ctlv::der", "an OBJECT IDENTIFIER")));
    } catch (const LimitError &) {
        throw;
    } catch (const DerError &error) {
        return error.message();
    }
    return {};
}
} // namespace

void CtlParser::checkEntry(const QByteArray &der, qsizetype offset, int maxAttributes,
                           QString *attributeProblem, qsizetype *problemOffset) {
    Cursor outer(der, offset, der.size());
    const Tlv entryTlv =
        outer.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a TrustedSubject SEQUENCE"));
    Cursor fields = outer.enter(entryTlv);
    fields.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the subject identifier OCTET STRING"));
    Tlv attributesTlv;
    if (fields.readIf(der::Set, attributesTlv)) {
        walkAttributes(
            fields, attributesTlv, maxAttributes, [&](const Tlv &attribute, const Tlv &type, Cursor &values) {
                if (attributeProblem && attributeProblem->isEmpty() &&
                    isOidListProperty(QByteArrayView(der).sliced(type.valueOffset(), type.length))) {
                    Cursor copy = values;
                    *attributeProblem = oidListProblem(der, copy);
                    if (problemOffset)
                        *problemOffset = attribute.offset;
                }
                while (!values.atEnd())
                    values.readAny();
            });
    }
    fields.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the TrustedSubject"));
}

Expected<CtlDocument> CtlParser::parse(const QByteArray &der, const ReadLimits &limits) {
    CtlDocument document;
    document.der = der;
    LoadError error;
    try {
        DocumentParser(document, limits).run();
        document.indexCertificates();
        return document;
    } catch (const LimitError &failure) {
        error.code = LoadError::Code::TooLarge;
        error.offset = failure.offset();
        error.message = failure.message();
    } catch (const DerError &failure) {
        error.code = failure.isTruncation() ? LoadError::Code::Truncated : LoadError::Code::MalformedDer;
        error.offset = failure.offset();
        error.message = failure.message();
    } catch (const DocumentParser::NotSignedData &failure) {
        error.code = LoadError::Code::NotSignedData;
        error.offset = failure.offset;
        error.message = Text::tr("this is a PKCS #7 structure of type %1, not signed data, so it cannot be a "
                                 "Certificate Trust List")
                            .arg(oid::describe(failure.contentType));
    } catch (const DocumentParser::NotCtl &failure) {
        error.code = LoadError::Code::NotACtl;
        error.offset = failure.offset;
        error.message =
            Text::tr(
                "this is a PKCS #7 signed message whose content type is %1, not a Certificate Trust List "
                "(1.3.6.1.4.1.311.10.1)")
                .arg(oid::describe(failure.contentType));
    }
    return error;
}

} // namespace ctlv
