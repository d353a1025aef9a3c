// The strict DER reader: TLV headers, nesting, and the value decoders (OIDs, times, integers, SET OF
// order), each failing with a DerError that says what was wrong and at which offset.
#include "Der.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

namespace ctlv::der {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::der)
};
// Callers describe what they expect with QT_TRANSLATE_NOOP("ctlv::der", ...); translated here, where it is
// shown.
QString described(const char *what) {
    return QCoreApplication::translate("ctlv::der", what);
}
} // namespace

QString tagName(std::uint8_t tag) {
    switch (tag) {
    case Boolean:
        return QStringLiteral("BOOLEAN");
    case Integer:
        return QStringLiteral("INTEGER");
    case BitString:
        return QStringLiteral("BIT STRING");
    case OctetString:
        return QStringLiteral("OCTET STRING");
    case Null:
        return QStringLiteral("NULL");
    case ObjectIdentifier:
        return QStringLiteral("OBJECT IDENTIFIER");
    case Utf8String:
        return QStringLiteral("UTF8String");
    case PrintableString:
        return QStringLiteral("PrintableString");
    case Ia5String:
        return QStringLiteral("IA5String");
    case UtcTime:
        return QStringLiteral("UTCTime");
    case GeneralizedTime:
        return QStringLiteral("GeneralizedTime");
    case BmpString:
        return QStringLiteral("BMPString");
    case Sequence:
        return QStringLiteral("SEQUENCE");
    case Set:
        return QStringLiteral("SET");
    default:
        break;
    }
    if ((tag & 0xc0) == 0x80)
        return QStringLiteral("[%1]").arg(tag & 0x1f);
    return QStringLiteral("tag 0x%1").arg(tag, 2, 16, QLatin1Char('0'));
}

std::optional<Tlv> peekHeader(QByteArrayView der, qsizetype at, qsizetype end) {
    if (at < 0 || at + 2 > end || end > der.size())
        return std::nullopt;
    const auto first = static_cast<quint8>(der[at + 1]);
    qsizetype length = first;
    qsizetype value = at + 2;
    if (first & 0x80) {
        const int octets = first & 0x7f;
        if (octets == 0 || octets > 4 || value + octets > end)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | static_cast<quint8>(der[value + i]);
        value += octets;
    }
    if (length > end - value)
        return std::nullopt;
    Tlv tlv;
    tlv.tag = static_cast<quint8>(der[at]);
    tlv.offset = at;
    tlv.headerLength = value - at;
    tlv.length = length;
    return tlv;
}

Result<Tlv> readHeader(const QByteArray &buffer, qsizetype offset, qsizetype end) {
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(buffer.constData());
    if (offset >= end)
        return DerError(offset,
                        Text::tr("expected a DER element at offset %1, but the data ends there").arg(offset),
                        DerError::Kind::Truncated);
    Tlv tlv;
    tlv.offset = offset;
    tlv.tag = bytes[offset];
    if ((tlv.tag & 0x1f) == 0x1f)
        return DerError(offset,
                        Text::tr("multi-byte tag at offset %1 is not used by any CTL structure").arg(offset));
    if (isConstructedString(tlv.tag))
        return DerError(offset,
                        Text::tr("the %1 at offset %2 uses the BER constructed form of a string type; "
                                 "DER requires the primitive form")
                            .arg(tagName(tlv.tag & ~0x20), QString::number(offset)));
    qsizetype position = offset + 1;
    if (position >= end)
        return DerError(
            position,
            Text::tr("truncated: the length of the %1 at offset %2 is missing (data ends at offset %3)")
                .arg(tagName(tlv.tag), QString::number(offset), QString::number(end)),
            DerError::Kind::Truncated);
    const std::uint8_t first = bytes[position++];
    if (first < 0x80) {
        tlv.length = first;
    } else if (first == 0x80) {
        return DerError(
            offset,
            Text::tr("the %1 at offset %2 uses a BER indefinite length; DER requires a definite length")
                .arg(tagName(tlv.tag), QString::number(offset)));
    } else {
        const int count = first & 0x7f;
        if (count > 4)
            return DerError(
                offset,
                Text::tr("the %1 at offset %2 declares a length of %3 octets, more than any real file needs")
                    .arg(tagName(tlv.tag), QString::number(offset), QString::number(count)));
        if (position + count > end)
            return DerError(
                position,
                Text::tr("truncated: the length of the %1 at offset %2 is cut off (data ends at offset %3)")
                    .arg(tagName(tlv.tag), QString::number(offset), QString::number(end)),
                DerError::Kind::Truncated);
        quint64 length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | bytes[position++];
        if (bytes[offset + 2] == 0 || length < 0x80)
            return DerError(
                offset,
                Text::tr("the %1 at offset %2 has a length that is not minimally encoded (BER, not DER)")
                    .arg(tagName(tlv.tag), QString::number(offset)));
        tlv.length = static_cast<qsizetype>(length);
    }
    tlv.headerLength = position - offset;
    if (tlv.length > end - position)
        return DerError(
            offset,
            Text::tr("truncated: the %1 at offset %2 declares %3 bytes of content, but only %4 bytes follow "
                     "(the enclosing data ends at offset %5)")
                .arg(tagName(tlv.tag), QString::number(offset), QString::number(tlv.length),
                     QString::number(end - position), QString::number(end)),
            DerError::Kind::Truncated);
    return tlv;
}

// Cursor's members are defined with trailing return types: after a template return type (Result<...>
// Cursor::name) lupdate files Text::tr() strings under "Text" instead of ctlv::der.
auto Cursor::range(const QByteArray &buffer, qsizetype begin, qsizetype end, int depth) -> Result<Cursor> {
    if (depth > MaxNestingDepth)
        return DerError(begin, Text::tr("structures nested more than %1 levels deep at offset %2")
                                   .arg(QString::number(MaxNestingDepth), QString::number(begin)));
    return Cursor(buffer, begin, end, depth);
}

auto Cursor::parseAt(qsizetype position) const -> Result<Tlv> {
    // The common case without building a Result from another (a third of decoding a list's entries);
    // anything else goes through readHeader, which accepts or refuses it and says why.
    if (const std::optional<Tlv> tlv = quickHeaderAt(position))
        return *tlv;
    CTLV_ASSIGN_OR_RETURN(Tlv tlv, readHeader(*m_buffer, position, m_end));
    tlv.depth = m_depth;
    return tlv;
}

auto Cursor::peek() const -> Result<Tlv> {
    return parseAt(m_position);
}

std::uint8_t Cursor::peekTag() const {
    if (atEnd())
        return 0;
    return static_cast<std::uint8_t>(m_buffer->at(m_position));
}

auto Cursor::readAnySlow() -> Result<Tlv> {
    CTLV_ASSIGN_OR_RETURN(const Tlv tlv, parseAt(m_position));
    m_position = tlv.end();
    return tlv;
}

auto Cursor::expectSlow(std::uint8_t tag, const char *what) -> Result<Tlv> {
    if (atEnd())
        return DerError(m_position,
                        Text::tr("expected %1 (%2) at offset %3, but the enclosing structure ends there")
                            .arg(described(what), tagName(tag), QString::number(m_position)));
    CTLV_ASSIGN_OR_RETURN(const Tlv tlv, parseAt(m_position));
    if (tlv.tag != tag)
        return DerError(m_position, Text::tr("expected %1 (%2) at offset %3, found %4")
                                        .arg(described(what), tagName(tag), QString::number(m_position),
                                             tagName(tlv.tag)));
    m_position = tlv.end();
    return tlv;
}

auto Cursor::readIfSlow() -> Result<std::optional<Tlv>> {
    CTLV_ASSIGN_OR_RETURN(const Tlv tlv, readAnySlow());
    return std::optional<Tlv>(tlv);
}

auto Cursor::expectEnd(const char *what) const -> Result<void> {
    if (!atEnd())
        return DerError(m_position,
                        Text::tr("unexpected %1 at offset %2 after the end of %3")
                            .arg(tagName(peekTag()), QString::number(m_position), described(what)));
    return {};
}

namespace {
// Appends the decimal digits of `number` at `out`; returns the new end.
char *appendDecimal(char *out, quint64 number) {
    char digits[20];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number != 0);
    while (count > 0)
        *out++ = digits[--count];
    return out;
}
} // namespace

bool isWellFormedOid(QByteArrayView value) {
    if (value.isEmpty() || (static_cast<std::uint8_t>(value.back()) & 0x80))
        return false;
    quint64 arc = 0;
    bool arcStarted = false;
    for (const char byte : value) {
        const auto octet = static_cast<std::uint8_t>(byte);
        if (!arcStarted && octet == 0x80)
            return false; // non-minimal arc encoding
        if (arc > (std::numeric_limits<quint64>::max() >> 7))
            return false;
        arc = (arc << 7) | (octet & 0x7f);
        arcStarted = (octet & 0x80) != 0;
        if (!arcStarted)
            arc = 0;
    }
    return true;
}

std::optional<QString> oidFromValue(QByteArrayView value) {
    if (!isWellFormedOid(value))
        return std::nullopt;
    // Every arc needs at most 20 digits and a dot, and takes at least one byte: one buffer, one
    // allocation for the result (this runs for every attribute of every entry).
    QVarLengthArray<char, 128> text(value.size() * 21 + 2);
    char *out = text.data();
    quint64 arc = 0;
    bool first = true;
    for (const char byte : value) {
        const auto octet = static_cast<std::uint8_t>(byte);
        arc = (arc << 7) | (octet & 0x7f);
        if (octet & 0x80)
            continue;
        if (first) {
            const quint64 top = arc < 40 ? 0 : (arc < 80 ? 1 : 2);
            out = appendDecimal(out, top);
            *out++ = '.';
            out = appendDecimal(out, arc - top * 40);
            first = false;
        } else {
            *out++ = '.';
            out = appendDecimal(out, arc);
        }
        arc = 0;
    }
    return QString::fromLatin1(text.data(), out - text.data());
}

namespace {
QByteArrayView valueOf(const QByteArray &buffer, const Tlv &tlv) {
    return QByteArrayView(buffer.constData() + tlv.valueOffset(), tlv.length);
}
DerError malformedOid(const Tlv &tlv) {
    return DerError(tlv.offset, Text::tr("malformed OBJECT IDENTIFIER at offset %1").arg(tlv.offset));
}
} // namespace

Result<QString> decodeOid(const QByteArray &buffer, const Tlv &tlv) {
    std::optional<QString> dotted = oidFromValue(valueOf(buffer, tlv));
    if (!dotted)
        return malformedOid(tlv);
    return std::move(*dotted);
}

Result<void> checkOid(const QByteArray &buffer, const Tlv &tlv) {
    if (!isWellFormedOid(valueOf(buffer, tlv)))
        return malformedOid(tlv);
    return {};
}

namespace {
// The bytes of a malformed value as a person can read them: letters, digits and " .:+-Z" as they are,
// anything else (NUL, control characters, '%', '\\') as \xNN, so that nothing in the message looks
// like a placeholder or moves the terminal's cursor.
QString visibleText(const QByteArray &bytes) {
    QString text;
    for (const char byte : bytes) {
        const auto octet = static_cast<std::uint8_t>(byte);
        if ((octet >= '0' && octet <= '9') || (octet >= 'A' && octet <= 'Z') ||
            (octet >= 'a' && octet <= 'z') || (byte != '\0' && std::strchr(" .:+-", byte)))
            text += QLatin1Char(byte);
        else
            text += QStringLiteral("\\x%1").arg(octet, 2, 16, QLatin1Char('0'));
    }
    return text;
}

bool allDigits(QByteArrayView text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The fraction of a DER GeneralizedTime ("" or ".d…d" without a trailing zero, X.690 11.7), in
// milliseconds; nothing when it is not one.
std::optional<int> derFractionMillis(QByteArrayView fraction) {
    if (fraction.isEmpty())
        return 0;
    if (fraction.size() < 2 || fraction.front() != '.' || fraction.back() == '0' ||
        !allDigits(fraction.sliced(1)))
        return std::nullopt;
    const QByteArray digits = (fraction.sliced(1).toByteArray() + "00").left(3);
    return digits.toInt();
}

// DER's UTCTime is YYMMDDHHMMSSZ, its GeneralizedTime YYYYMMDDHHMMSS[.fff]Z (X.690 11.7, 11.8): only
// digits, seconds always present, Z always last.
QDateTime strictTime(std::uint8_t tag, const QByteArray &text) {
    if (text.isEmpty() || !text.endsWith('Z'))
        return {};
    if (tag == UtcTime) {
        if (text.size() != 13 || !allDigits(QByteArrayView(text).first(12)))
            return {};
        // RFC 5280: two-digit years 50-99 are 19xx, 00-49 are 20xx.
        int year = text.left(2).toInt();
        year += year >= 50 ? 1900 : 2000;
        return QDateTime::fromString(QString::number(year) + QString::fromLatin1(text.mid(2, 10)),
                                     QStringLiteral("yyyyMMddHHmmss"));
    }
    if (text.size() < 15 || !allDigits(QByteArrayView(text).first(14)))
        return {};
    const auto millis = derFractionMillis(QByteArrayView(text).sliced(14, text.size() - 15));
    if (!millis)
        return {};
    const QDateTime whole =
        QDateTime::fromString(QString::fromLatin1(text.left(14)), QStringLiteral("yyyyMMddHHmmss"));
    return whole.isValid() ? whole.addMSecs(*millis) : whole;
}
} // namespace

Result<QDateTime> decodeTime(const QByteArray &buffer, const Tlv &tlv) {
    if (tlv.tag != UtcTime && tlv.tag != GeneralizedTime)
        return DerError(tlv.offset,
                        Text::tr("expected a time (UTCTime or GeneralizedTime) at offset %1, found %2")
                            .arg(QString::number(tlv.offset), tagName(tlv.tag)));
    const QByteArray text = buffer.mid(tlv.valueOffset(), tlv.length);
    QDateTime result = strictTime(tlv.tag, text);
    // One multi-argument arg(): the text from the file is never searched for placeholders.
    if (!result.isValid())
        return DerError(tlv.offset,
                        Text::tr("malformed %1 \"%2\" at offset %3")
                            .arg(tagName(tlv.tag), visibleText(text), QString::number(tlv.offset)));
    result.setTimeZone(QTimeZone::utc());
    return result;
}

QString decodeString(const QByteArray &buffer, const Tlv &tlv) {
    const QByteArray value = buffer.mid(tlv.valueOffset(), tlv.length);
    switch (tlv.tag) {
    case BmpString:
    case ContextPrimitive0: { // SpcString's unicode alternative is [0] IMPLICIT BMPString
        QString text;
        for (qsizetype i = 0; i + 1 < value.size(); i += 2)
            text += QChar(static_cast<char16_t>((static_cast<std::uint8_t>(value[i]) << 8) |
                                                static_cast<std::uint8_t>(value[i + 1])));
        return text;
    }
    case Utf8String:
        return QString::fromUtf8(value);
    default:
        return QString::fromLatin1(value);
    }
}

Result<void> checkInteger(const QByteArray &buffer, const Tlv &tlv) {
    if (tlv.length == 0)
        return DerError(tlv.offset, Text::tr("the INTEGER at offset %1 has no content octets; DER requires "
                                             "at least one")
                                        .arg(tlv.offset));
    if (tlv.length > 1) {
        const auto first = static_cast<std::uint8_t>(buffer[tlv.valueOffset()]);
        const auto second = static_cast<std::uint8_t>(buffer[tlv.valueOffset() + 1]);
        if ((first == 0x00 && second < 0x80) || (first == 0xff && second >= 0x80))
            return DerError(tlv.offset, Text::tr("the INTEGER at offset %1 is not minimally encoded (its "
                                                 "first octet is redundant), which DER forbids")
                                            .arg(tlv.offset));
    }
    return {};
}

bool isNegativeInteger(const QByteArray &buffer, const Tlv &tlv) {
    return tlv.length > 0 && (static_cast<std::uint8_t>(buffer[tlv.valueOffset()]) & 0x80) != 0;
}

Result<qint64> decodeSmallInteger(const QByteArray &buffer, const Tlv &tlv) {
    if (tlv.tag != Integer || tlv.length < 1 || tlv.length > 8)
        return DerError(tlv.offset, Text::tr("expected a small INTEGER at offset %1").arg(tlv.offset));
    CTLV_RETURN_IF_ERROR(checkInteger(buffer, tlv));
    qint64 value = static_cast<std::int8_t>(buffer[tlv.valueOffset()]);
    for (qsizetype i = 1; i < tlv.length; ++i)
        value = (value << 8) | static_cast<std::uint8_t>(buffer[tlv.valueOffset() + i]);
    return value;
}

Result<QStringList> decodeOidSequence(const QByteArray &der) {
    Cursor outer(der);
    CTLV_ASSIGN_OR_RETURN(
        const Tlv sequence,
        outer.expect(Sequence, QT_TRANSLATE_NOOP("ctlv::der", "a SEQUENCE OF OBJECT IDENTIFIER")));
    CTLV_RETURN_IF_ERROR(
        outer.expectEnd(QT_TRANSLATE_NOOP("ctlv::der", "the SEQUENCE OF OBJECT IDENTIFIER")));
    CTLV_ASSIGN_OR_RETURN(Cursor items, outer.enter(sequence));
    QStringList oids;
    while (!items.atEnd()) {
        CTLV_ASSIGN_OR_RETURN(
            const Tlv item,
            items.expect(ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "an OBJECT IDENTIFIER")));
        CTLV_ASSIGN_OR_RETURN(QString oid, decodeOid(der, item));
        oids << std::move(oid);
    }
    return oids;
}

namespace {
// Octet-wise (unsigned) comparison, as X.690 orders encodings.
bool isBefore(QByteArrayView a, QByteArrayView b) {
    const int common = std::memcmp(a.data(), b.data(), static_cast<size_t>(std::min(a.size(), b.size())));
    return common < 0 || (common == 0 && a.size() < b.size());
}
} // namespace

Result<void> checkSetOrder(const Cursor &parent, const Tlv &set) {
    const QByteArray &buffer = parent.buffer();
    CTLV_ASSIGN_OR_RETURN(Cursor items, parent.enter(set));
    QByteArrayView previous;
    qsizetype previousOffset = 0;
    while (!items.atEnd()) {
        CTLV_ASSIGN_OR_RETURN(const Tlv item, items.readAny());
        const QByteArrayView current(buffer.constData() + item.offset, item.totalLength());
        // X.690 11.6: ascending order of the encodings, the shorter one padded with trailing zeros. A
        // plain lexicographic comparison agrees: one whole TLV is never a proper prefix of another.
        if (!previous.isNull() && isBefore(current, previous))
            return DerError(item.offset,
                            Text::tr("the SET OF at offset %1 is not sorted as DER requires: the element at "
                                     "offset %2 must come before the one at offset %3")
                                .arg(QString::number(set.offset), QString::number(item.offset),
                                     QString::number(previousOffset)));
        previous = current;
        previousOffset = item.offset;
    }
    return {};
}

QByteArray encodeLength(qsizetype length) {
    QByteArray out;
    if (length < 0x80) {
        out.append(static_cast<char>(length));
        return out;
    }
    QByteArray digits;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        digits.prepend(static_cast<char>(rest & 0xff));
    out.append(static_cast<char>(0x80 | digits.size()));
    out.append(digits);
    return out;
}

QByteArray encodeOid(const char *dotted) {
    QByteArray text(dotted);
    if (text.endsWith('.'))
        text.chop(1);
    const QList<QByteArray> arcs = text.split('.');
    Q_ASSERT(arcs.size() >= 2);
    QByteArray content;
    // X.690 8.19: base 128, most significant group first, every group but the last with the top bit set.
    const auto append = [&content](quint64 arc) {
        char groups[10];
        int count = 0;
        do {
            groups[count++] = static_cast<char>(arc & 0x7f);
            arc >>= 7;
        } while (arc != 0);
        while (count > 1)
            content.append(static_cast<char>(groups[--count] | 0x80));
        content.append(groups[0]);
    };
    append(arcs[0].toULongLong() * 40 + arcs[1].toULongLong()); // the first two arcs share one subidentifier
    for (qsizetype i = 2; i < arcs.size(); ++i)
        append(arcs[i].toULongLong());
    return static_cast<char>(ObjectIdentifier) + encodeLength(content.size()) + content;
}

} // namespace ctlv::der
