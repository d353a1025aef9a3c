// Security catalog members and catalog attributes decoded from a parsed CTL (see CatalogMembers.h).
// Layouts (Microsoft's mssip.h / wintrust.h, observed in real catalogs):
//   SPC_INDIRECT_DATA_CONTENT ::= SEQUENCE { data SEQUENCE { type OID, value ANY OPTIONAL },
//                                            messageDigest SEQUENCE { AlgorithmIdentifier, OCTET STRING } }
//   CAT_MEMBERINFO ::= SEQUENCE { subjectGuid BMPString, certVersion INTEGER }
//   CAT_NAMEVALUE  ::= SEQUENCE { tag BMPString, flags INTEGER, value OCTET STRING (UTF-16LE text) }
#include "CatalogMembers.h"

#include "Der.h"
#include "Oids.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CatalogMembers)
};

constexpr char SpcIndirectData[] = "1.3.6.1.4.1.311.2.1.4";
constexpr char SpcPeImageData[] = "1.3.6.1.4.1.311.2.1.15";
constexpr char SpcCabData[] = "1.3.6.1.4.1.311.2.1.25";
constexpr char CatNameValue[] = "1.3.6.1.4.1.311.12.2.1";
constexpr char CatMemberInfo[] = "1.3.6.1.4.1.311.12.2.2";
constexpr char CatMemberInfo2[] = "1.3.6.1.4.1.311.12.2.3";

QString stripNuls(QString text) {
    while (text.endsWith(QChar(u'\0')))
        text.chop(1);
    return text;
}

// One value TLV as a cursor positioned on its SEQUENCE's content.
der::Result<der::Cursor> enterSequence(der::Cursor &reader, const char *what) {
    CTLV_ASSIGN_OR_RETURN(const der::Tlv sequence, reader.expect(der::Sequence, what));
    return reader.enter(sequence);
}

struct IndirectData {
    QString type;
    QString digestAlgorithm;
    QByteArray digest;
};

der::Result<IndirectData> decodeIndirectData(const QByteArray &value) {
    der::Cursor top(value);
    CTLV_ASSIGN_OR_RETURN(der::Cursor content,
                          enterSequence(top, QT_TRANSLATE_NOOP("ctlv::der", "SPC_INDIRECT_DATA")));
    IndirectData data;
    CTLV_ASSIGN_OR_RETURN(
        der::Cursor typeAndValue,
        enterSequence(content, QT_TRANSLATE_NOOP("ctlv::der", "the SPC data type and value")));
    CTLV_ASSIGN_OR_RETURN(
        const der::Tlv typeTlv,
        typeAndValue.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the SPC data type")));
    CTLV_ASSIGN_OR_RETURN(data.type, der::decodeOid(value, typeTlv));
    CTLV_ASSIGN_OR_RETURN(der::Cursor digestInfo,
                          enterSequence(content, QT_TRANSLATE_NOOP("ctlv::der", "the DigestInfo")));
    CTLV_ASSIGN_OR_RETURN(
        der::Cursor algorithm,
        enterSequence(digestInfo, QT_TRANSLATE_NOOP("ctlv::der", "the digest AlgorithmIdentifier")));
    CTLV_ASSIGN_OR_RETURN(
        const der::Tlv algorithmOid,
        algorithm.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the digest algorithm")));
    CTLV_ASSIGN_OR_RETURN(data.digestAlgorithm, der::decodeOid(value, algorithmOid));
    CTLV_ASSIGN_OR_RETURN(const der::Tlv digest,
                          digestInfo.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the digest")));
    data.digest = digestInfo.value(digest);
    return data;
}

der::Result<CatalogMemberInfo> decodeMemberInfo(const QByteArray &value) {
    der::Cursor top(value);
    CTLV_ASSIGN_OR_RETURN(der::Cursor content,
                          enterSequence(top, QT_TRANSLATE_NOOP("ctlv::der", "CAT_MEMBERINFO")));
    CatalogMemberInfo info;
    CTLV_ASSIGN_OR_RETURN(const der::Tlv guid,
                          content.expect(der::BmpString, QT_TRANSLATE_NOOP("ctlv::der", "the subject GUID")));
    info.subjectGuid = stripNuls(der::decodeString(value, guid));
    CTLV_ASSIGN_OR_RETURN(const der::Tlv version,
                          content.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the member version")));
    CTLV_ASSIGN_OR_RETURN(info.version, der::decodeSmallInteger(value, version));
    return info;
}

der::Result<CatalogNameValue> decodeNameValue(const QByteArray &value) {
    der::Cursor top(value);
    CTLV_ASSIGN_OR_RETURN(der::Cursor content,
                          enterSequence(top, QT_TRANSLATE_NOOP("ctlv::der", "CAT_NAMEVALUE")));
    CatalogNameValue nameValue;
    CTLV_ASSIGN_OR_RETURN(const der::Tlv name,
                          content.expect(der::BmpString, QT_TRANSLATE_NOOP("ctlv::der", "the name")));
    nameValue.name = stripNuls(der::decodeString(value, name));
    CTLV_ASSIGN_OR_RETURN(const der::Tlv flags,
                          content.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the flags")));
    CTLV_ASSIGN_OR_RETURN(const qint64 flagValue, der::decodeSmallInteger(value, flags));
    nameValue.flags = static_cast<quint32>(flagValue);
    CTLV_ASSIGN_OR_RETURN(const der::Tlv data,
                          content.expect(der::OctetString, QT_TRANSLATE_NOOP("ctlv::der", "the value")));
    nameValue.raw = content.value(data);
    if (const std::optional<QString> text = utf16leText(nameValue.raw)) {
        nameValue.value = *text;
        nameValue.valueIsText = true;
    }
    return nameValue;
}

CatalogMemberKind kindOf(const QString &type) {
    if (type == QLatin1String(SpcPeImageData))
        return CatalogMemberKind::PeImage;
    if (type == QLatin1String(SpcCabData))
        return CatalogMemberKind::Flat;
    return CatalogMemberKind::Other;
}

bool isHexText(const QString &text) {
    if (text.isEmpty() || text.size() % 2 != 0)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    return true;
}

QString problemText(const QString &what, const der::DerError &error) {
    return Text::tr("%1 does not decode: %2").arg(what, error.message());
}
} // namespace

QString catalogMemberKindKey(CatalogMemberKind kind) {
    switch (kind) {
    case CatalogMemberKind::PeImage:
        return QStringLiteral("pe");
    case CatalogMemberKind::Flat:
        return QStringLiteral("flat");
    case CatalogMemberKind::Other:
        return QStringLiteral("other");
    case CatalogMemberKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString CatalogMember::fileName() const {
    for (const CatalogNameValue &nameValue : nameValues)
        if (nameValue.name.compare(QLatin1String("File"), Qt::CaseInsensitive) == 0)
            return nameValue.value;
    return {};
}

QString CatalogMember::osAttributes() const {
    for (const CatalogNameValue &nameValue : nameValues)
        if (nameValue.name.compare(QLatin1String("OSAttr"), Qt::CaseInsensitive) == 0)
            return nameValue.value;
    return {};
}

QString digestOidForLength(qsizetype length) {
    switch (length) {
    case 16:
        return QStringLiteral("1.2.840.113549.2.5");
    case 20:
        return QStringLiteral("1.3.14.3.2.26");
    case 32:
        return QStringLiteral("2.16.840.1.101.3.4.2.1");
    case 48:
        return QStringLiteral("2.16.840.1.101.3.4.2.2");
    case 64:
        return QStringLiteral("2.16.840.1.101.3.4.2.3");
    default:
        return {};
    }
}

bool isCatalogMember(const CtlEntry &entry) {
    return std::any_of(entry.allAttributes.begin(), entry.allAttributes.end(),
                       [](const RawAttribute &attribute) {
                           return attribute.oid == QLatin1String(SpcIndirectData) ||
                                  attribute.oid == QLatin1String(CatNameValue) ||
                                  attribute.oid == QLatin1String(CatMemberInfo) ||
                                  attribute.oid == QLatin1String(CatMemberInfo2);
                       });
}

CatalogMember decodeCatalogMember(const CtlEntry &entry) {
    CatalogMember member;
    // The tag: UTF-16 text (the hash in hex, or a file name), else the hash bytes themselves.
    // Text when it decodes as UTF-16 and either ends with the NUL Microsoft writes or is plain ASCII: a
    // binary hash (newer catalogs) decodes as UTF-16 too, as CJK characters without a terminator.
    const std::optional<QString> text = utf16leText(entry.identifier);
    const bool terminated = entry.identifier.endsWith(QByteArray(2, '\0'));
    const bool ascii =
        text && std::all_of(text->begin(), text->end(), [](QChar c) { return c.unicode() < 0x80; });
    if (text && !text->isEmpty() && (terminated || ascii)) {
        member.tag = isHexText(*text) ? text->toUpper() : *text;
    } else {
        member.tag = toHex(entry.identifier).toUpper();
        member.tagIsBinary = true;
    }
    for (const RawAttribute &attribute : entry.allAttributes) {
        for (const QByteArray &value : attribute.values) {
            if (attribute.oid == QLatin1String(SpcIndirectData)) {
                const der::Result<IndirectData> data = decodeIndirectData(value);
                if (!data) {
                    member.problems << problemText(QStringLiteral("SPC_INDIRECT_DATA"), data.error());
                    continue;
                }
                member.hasIndirectData = true;
                member.kindOid = data.value().type;
                member.kind = kindOf(member.kindOid);
                member.digestAlgorithm = data.value().digestAlgorithm;
                member.digest = data.value().digest;
            } else if (attribute.oid == QLatin1String(CatMemberInfo)) {
                const der::Result<CatalogMemberInfo> info = decodeMemberInfo(value);
                if (info)
                    member.memberInfo = info.value();
                else
                    member.problems << problemText(QStringLiteral("CAT_MEMBERINFO"), info.error());
            } else if (attribute.oid == QLatin1String(CatMemberInfo2)) {
                member.memberInfo2 = value;
            } else if (attribute.oid == QLatin1String(CatNameValue)) {
                const der::Result<CatalogNameValue> nameValue = decodeNameValue(value);
                if (nameValue)
                    member.nameValues << nameValue.value();
                else
                    member.problems << problemText(QStringLiteral("CAT_NAMEVALUE"), nameValue.error());
            }
        }
    }
    if (!member.hasIndirectData) {
        // Newer catalogs' SHA-1 twins: the tag is the hash.
        QByteArray bytes = entry.identifier;
        if (!member.tagIsBinary && isHexText(member.tag))
            bytes = QByteArray::fromHex(member.tag.toLatin1());
        if (member.tagIsBinary || isHexText(member.tag)) {
            member.digest = bytes;
            member.digestAlgorithm = digestOidForLength(bytes.size());
        }
    }
    return member;
}

namespace {
// A SHA-1 twin and the member with SPC_INDIRECT_DATA it stands beside share the File name and
// CAT_MEMBERINFO2.
QString twinKey(const CatalogMember &member) {
    return member.fileName().toLower() + QChar(u'\n') + QString::fromLatin1(member.memberInfo2.toHex());
}
bool needsTwin(const CatalogMember &member) {
    return !member.hasIndirectData && !member.fileName().isEmpty();
}
} // namespace

std::vector<CatalogMember> decodeCatalogMembers(const CtlDocument &document) {
    std::vector<CatalogMember> members;
    members.reserve(document.entries.size());
    QHash<QString, int> describedBy; // File + memberinfo2 -> the first member with SPC_INDIRECT_DATA
    for (size_t index = 0; index < document.entries.size(); ++index) {
        members.push_back(decodeCatalogMember(document.entries.decode(index)));
        const CatalogMember &member = members.back();
        if (member.hasIndirectData && !member.fileName().isEmpty() && !describedBy.contains(twinKey(member)))
            describedBy.insert(twinKey(member), static_cast<int>(index));
    }
    for (CatalogMember &member : members) {
        if (!needsTwin(member))
            continue;
        member.twinOf = describedBy.value(twinKey(member), -1);
        member.kind = member.twinOf < 0 ? CatalogMemberKind::Unknown : members[size_t(member.twinOf)].kind;
    }
    return members;
}

CatalogMember decodeCatalogMember(const CtlDocument &document, size_t index) {
    if (index >= document.entries.size())
        return {};
    CatalogMember member = decodeCatalogMember(document.entries.decode(index));
    if (!needsTwin(member))
        return member;
    const QString key = twinKey(member);
    for (size_t other = 0; other < document.entries.size(); ++other) {
        if (other == index)
            continue;
        const CatalogMember candidate = decodeCatalogMember(document.entries.decode(other));
        if (candidate.hasIndirectData && twinKey(candidate) == key) {
            member.twinOf = static_cast<int>(other);
            member.kind = candidate.kind;
            break;
        }
    }
    return member;
}

Expected<CatalogNameValue, QString> decodeCatalogNameValue(const QByteArray &der) {
    der::Result<CatalogNameValue> nameValue = decodeNameValue(der);
    if (!nameValue)
        return problemText(QStringLiteral("CAT_NAMEVALUE"), nameValue.error());
    return std::move(nameValue).value();
}

QList<CatalogNameValue> catalogAttributes(const CtlDocument &document, QStringList *problems) {
    QList<CatalogNameValue> attributes;
    for (const CtlExtension &extension : document.extensions) {
        if (extension.oid != QLatin1String(CatNameValue))
            continue;
        Expected<CatalogNameValue, QString> nameValue = decodeCatalogNameValue(extension.value);
        if (nameValue)
            attributes << std::move(nameValue).value();
        else if (problems)
            *problems << nameValue.error();
    }
    return attributes;
}

QString guidText(const QByteArray &bytes) {
    if (bytes.size() != 16)
        return {};
    // Data1, Data2 and Data3 are little-endian; Data4 is a byte string.
    QByteArray ordered;
    ordered.append(bytes[3]).append(bytes[2]).append(bytes[1]).append(bytes[0]);
    ordered.append(bytes[5]).append(bytes[4]);
    ordered.append(bytes[7]).append(bytes[6]);
    ordered.append(bytes.mid(8));
    const QString hex = QString::fromLatin1(ordered.toHex()).toUpper();
    return QStringLiteral("{%1-%2-%3-%4-%5}")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

} // namespace ctlv
