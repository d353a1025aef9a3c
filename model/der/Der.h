#pragma once
// A strict, bounds-checked DER reader. Every TLV knows its absolute offset in the buffer it came
// from, so an error can say exactly where a file went wrong.

#include "LoadError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ctlv::der {

// Universal tags and the context-specific ones the CTL format uses.
enum Tag : std::uint8_t {
    Boolean = 0x01,
    Integer = 0x02,
    BitString = 0x03,
    OctetString = 0x04,
    Null = 0x05,
    ObjectIdentifier = 0x06,
    Utf8String = 0x0c,
    PrintableString = 0x13,
    T61String = 0x14,
    Ia5String = 0x16,
    UtcTime = 0x17,
    GeneralizedTime = 0x18,
    BmpString = 0x1e,
    Sequence = 0x30,
    Set = 0x31,
    ContextConstructed0 = 0xa0,
    ContextConstructed1 = 0xa1,
    ContextConstructed2 = 0xa2,
    ContextPrimitive0 = 0x80,
    ContextPrimitive1 = 0x81,
};

// Deepest nesting the reader follows; real CTLs need about 12 levels.
constexpr int MaxNestingDepth = 64;

struct Tlv {
    std::uint8_t tag = 0; // the single identifier octet (CTLs use only low tag numbers)
    qsizetype offset = 0; // absolute offset of the identifier octet
    qsizetype headerLength = 0;
    qsizetype length = 0; // value length
    int depth = 0;

    qsizetype valueOffset() const { return offset + headerLength; }
    qsizetype end() const { return offset + headerLength + length; }
    qsizetype totalLength() const { return headerLength + length; }
    bool isConstructed() const { return (tag & 0x20) != 0; }
};

// What is wrong with the bytes, and where. Every reading step returns it as a typed result
// (der::Result<T>); the public entry points of the parser turn it into a LoadError.
class DerError {
public:
    enum class Kind {
        Malformed,   // not DER, or not the structure expected there
        Truncated,   // the data ends inside an element
        BeyondLimit, // well formed, but beyond a ReadLimits bound (the parser's limits, not the reader's)
    };
    DerError(qsizetype offset, const QString &message, Kind kind = Kind::Malformed)
        : m_offset(offset), m_message(message), m_kind(kind) {}
    qsizetype offset() const { return m_offset; }
    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    bool isTruncation() const { return m_kind == Kind::Truncated; }

private:
    qsizetype m_offset;
    QString m_message;
    Kind m_kind;
};

// The result of one reading step: the value, or the DerError that says what was wrong and where.
template <class T> using Result = Expected<T, DerError>;

// A universal-class tag with the constructed bit that is not SEQUENCE or SET: a string split into
// pieces, which BER allows and DER forbids (X.690 10.2).
inline bool isConstructedString(std::uint8_t tag) {
    return (tag & 0xe0) == 0x20 && tag != Sequence && tag != Set;
}

// Human name of a tag, for messages ("SEQUENCE", "OCTET STRING", "[0]").
QString tagName(std::uint8_t tag);

// Reads the TLVs inside one range of a buffer, in order.
class Cursor {
public:
    explicit Cursor(const QByteArray &buffer) : Cursor(buffer, 0, buffer.size(), 0) {}
    // From `begin` to the end of `buffer`, at the top level (a TrustedSubject found by its offset).
    Cursor(const QByteArray &buffer, qsizetype begin) : Cursor(buffer, begin, buffer.size(), 0) {}
    // The bytes from `begin` to `end` at nesting `depth`; refused beyond MaxNestingDepth.
    static Result<Cursor> range(const QByteArray &buffer, qsizetype begin, qsizetype end, int depth);

    bool atEnd() const { return m_position >= m_end; }
    qsizetype position() const { return m_position; }
    qsizetype end() const { return m_end; }
    const QByteArray &buffer() const { return *m_buffer; }

    // The next TLV without consuming it.
    Result<Tlv> peek() const;
    // The identifier octet of the next TLV, 0 at the end.
    std::uint8_t peekTag() const;
    // The next TLV, whatever its tag.
    Result<Tlv> readAny() {
        if (const std::optional<Tlv> tlv = quickHeader()) {
            m_position = tlv->end();
            return *tlv;
        }
        return readAnySlow();
    }
    // The next TLV; "expected <what> (<tag>) at offset N, found <tag>" otherwise.
    Result<Tlv> expect(std::uint8_t tag, const char *what) {
        if (const std::optional<Tlv> tlv = quickHeader(); tlv && tlv->tag == tag) {
            m_position = tlv->end();
            return *tlv;
        }
        return expectSlow(tag, what);
    }
    // The next TLV when it carries this tag; nothing (and nothing consumed) otherwise.
    Result<std::optional<Tlv>> readIf(std::uint8_t tag) {
        if (atEnd() || peekTag() != tag)
            return std::optional<Tlv>();
        if (const std::optional<Tlv> tlv = quickHeader()) {
            m_position = tlv->end();
            return tlv;
        }
        return readIfSlow();
    }
    // An error when bytes remain, naming the structure that should have ended.
    Result<void> expectEnd(const char *what) const;

    // A cursor over the content of `tlv`, one level deeper.
    Result<Cursor> enter(const Tlv &tlv) const {
        return range(*m_buffer, tlv.valueOffset(), tlv.end(), tlv.depth + 1);
    }
    QByteArray value(const Tlv &tlv) const { return m_buffer->mid(tlv.valueOffset(), tlv.length); }
    QByteArray whole(const Tlv &tlv) const { return m_buffer->mid(tlv.offset, tlv.totalLength()); }

private:
    Cursor(const QByteArray &buffer, qsizetype begin, qsizetype end, int depth)
        : m_buffer(&buffer), m_position(begin), m_end(end), m_depth(depth) {}
    Result<Tlv> parseAt(qsizetype position) const;
    // The header at the position in the common case, inline (the DER walk is most of decoding a list's
    // entries): a low tag number that is not a constructed string, and a short-form length that fits.
    // Nothing otherwise; the slow paths then accept it or say why not (readHeader).
    std::optional<Tlv> quickHeader() const { return quickHeaderAt(m_position); }
    std::optional<Tlv> quickHeaderAt(qsizetype position) const {
        if (position < 0 || position + 2 > m_end)
            return std::nullopt;
        const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_buffer->constData());
        const std::uint8_t tag = bytes[position];
        const std::uint8_t first = bytes[position + 1];
        if ((tag & 0x1f) == 0x1f || isConstructedString(tag) || first >= 0x80 || first > m_end - position - 2)
            return std::nullopt;
        Tlv tlv;
        tlv.tag = tag;
        tlv.offset = position;
        tlv.headerLength = 2;
        tlv.length = first;
        tlv.depth = m_depth;
        return tlv;
    }
    Result<Tlv> readAnySlow();
    Result<Tlv> expectSlow(std::uint8_t tag, const char *what);
    Result<std::optional<Tlv>> readIfSlow();

    const QByteArray *m_buffer;
    qsizetype m_position;
    qsizetype m_end;
    int m_depth;
};

// Reads the TLV header at `offset` of a whole buffer (used for sniffing content).
Result<Tlv> readHeader(const QByteArray &buffer, qsizetype offset, qsizetype end);
// The TLV header at `at` when it is definite, at most four length octets, and fits in [at, end); nothing
// otherwise. No message is built: for scanning many certificates or entries quickly (certificate
// sources, the linker), where a header that does not fit only means "not this".
std::optional<Tlv> peekHeader(QByteArrayView der, qsizetype at, qsizetype end);

// Value decoders. Each fails with a DerError carrying the TLV's offset when the value is malformed.
Result<QString> decodeOid(const QByteArray &buffer, const Tlv &tlv);
std::optional<QString> oidFromValue(QByteArrayView value); // nothing when malformed
// The same checks as decodeOid without building the text (the load-time walk over every entry).
bool isWellFormedOid(QByteArrayView value);
Result<void> checkOid(const QByteArray &buffer, const Tlv &tlv);
Result<QDateTime> decodeTime(const QByteArray &buffer, const Tlv &tlv);
QString decodeString(const QByteArray &buffer, const Tlv &tlv);
Result<qint64> decodeSmallInteger(const QByteArray &buffer, const Tlv &tlv);
// Fails unless the INTEGER has content octets and none of them is redundant (X.690 8.3.2).
Result<void> checkInteger(const QByteArray &buffer, const Tlv &tlv);
bool isNegativeInteger(const QByteArray &buffer, const Tlv &tlv);
// Fails unless the elements of the SET OF `set` (read from `parent`) are in DER order (X.690 11.6).
Result<void> checkSetOrder(const Cursor &parent, const Tlv &set);
// A DER SEQUENCE OF OBJECT IDENTIFIER held in a byte string (EKU lists in attributes).
Result<QStringList> decodeOidSequence(const QByteArray &der);

// Encoding helpers used where a signature covers re-tagged bytes.
QByteArray encodeLength(qsizetype length);
// The DER of a dotted OID from the registry (identifier, length and content octets), for matching encoded
// bytes without decoding them. A trailing dot (a prefix such as oid::PropIdPrefix) is ignored.
QByteArray encodeOid(const char *dotted);

} // namespace ctlv::der
