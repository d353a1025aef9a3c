#pragma once
// A strict, bounds-checked DER reader. Every TLV knows its absolute offset in the buffer it came
// from, so an error can say exactly where a file went wrong.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <stdexcept>

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

// Thrown inside the parsers only; the public entry points turn it into a typed LoadError.
class DerError : public std::runtime_error {
public:
    DerError(qsizetype offset, const QString &message, bool truncated = false)
        : std::runtime_error(message.toStdString()), m_offset(offset), m_message(message),
          m_truncated(truncated) {}
    qsizetype offset() const { return m_offset; }
    const QString &message() const { return m_message; }
    bool isTruncation() const { return m_truncated; }

private:
    qsizetype m_offset;
    QString m_message;
    bool m_truncated;
};

// Human name of a tag, for messages ("SEQUENCE", "OCTET STRING", "[0]").
QString tagName(std::uint8_t tag);

// Reads the TLVs inside one range of a buffer, in order.
class Cursor {
public:
    Cursor(const QByteArray &buffer, qsizetype begin, qsizetype end, int depth = 0);
    explicit Cursor(const QByteArray &buffer) : Cursor(buffer, 0, buffer.size()) {}

    bool atEnd() const { return m_position >= m_end; }
    qsizetype position() const { return m_position; }
    qsizetype end() const { return m_end; }
    const QByteArray &buffer() const { return *m_buffer; }

    // The next TLV without consuming it.
    Tlv peek() const;
    std::uint8_t peekTag() const;
    // The next TLV, whatever its tag.
    Tlv readAny();
    // The next TLV; throws "expected <what> (<tag>) at offset N, found <tag>" otherwise.
    Tlv expect(std::uint8_t tag, const char *what);
    // The next TLV when it carries this tag, otherwise nothing is consumed.
    bool readIf(std::uint8_t tag, Tlv &out);
    // Throws when bytes remain, naming the structure that should have ended.
    void expectEnd(const char *what) const;

    Cursor enter(const Tlv &tlv) const {
        return Cursor(*m_buffer, tlv.valueOffset(), tlv.end(), tlv.depth + 1);
    }
    QByteArray value(const Tlv &tlv) const { return m_buffer->mid(tlv.valueOffset(), tlv.length); }
    QByteArray whole(const Tlv &tlv) const { return m_buffer->mid(tlv.offset, tlv.totalLength()); }

private:
    Tlv parseAt(qsizetype position) const;

    const QByteArray *m_buffer;
    qsizetype m_position;
    qsizetype m_end;
    int m_depth;
};

// Reads the TLV header at `offset` of a whole buffer (used for sniffing content).
Tlv readHeader(const QByteArray &buffer, qsizetype offset, qsizetype end);

// Value decoders. Each throws DerError with the TLV's offset when the value is malformed.
QString decodeOid(const QByteArray &buffer, const Tlv &tlv);
QString oidFromValue(QByteArrayView value); // empty when malformed
// The same checks as decodeOid without building the text (the load-time walk over every entry).
bool isWellFormedOid(QByteArrayView value);
void checkOid(const QByteArray &buffer, const Tlv &tlv);
QDateTime decodeTime(const QByteArray &buffer, const Tlv &tlv);
QString decodeString(const QByteArray &buffer, const Tlv &tlv);
qint64 decodeSmallInteger(const QByteArray &buffer, const Tlv &tlv);
// Throws unless the INTEGER has content octets and none of them is redundant (X.690 8.3.2).
void checkInteger(const QByteArray &buffer, const Tlv &tlv);
bool isNegativeInteger(const QByteArray &buffer, const Tlv &tlv);
// Throws unless the elements of the SET OF `set` (read from `parent`) are in DER order (X.690 11.6).
void checkSetOrder(const Cursor &parent, const Tlv &set);
// A DER SEQUENCE OF OBJECT IDENTIFIER held in a byte string (EKU lists in attributes).
QStringList decodeOidSequence(const QByteArray &der);

// Encoding helpers used where a signature covers re-tagged bytes.
QByteArray encodeLength(qsizetype length);

} // namespace ctlv::der
