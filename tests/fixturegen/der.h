// Minimal DER *encoder* for the CTL fixture generator.
//
// Deliberately independent of the project's own ASN.1 parser: the fixtures exist to test that parser and
// its verifier, so they must not share code with it. Only encoding is needed here, and only definite
// lengths in their shortest form (DER).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace der {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

// Universal tags used by PKCS#7 and the CTL.
enum Tag : std::uint8_t {
    Integer = 0x02,
    BitString = 0x03,
    OctetString = 0x04,
    Null = 0x05,
    ObjectIdentifier = 0x06,
    Ia5String = 0x16,
    UtcTime = 0x17,
    GeneralizedTime = 0x18,
    BmpString = 0x1E,
    Sequence = 0x30,
    Set = 0x31,
};

// Context-specific tags: [n] primitive (IMPLICIT on a primitive type) and [n] constructed
// (EXPLICIT, or IMPLICIT on a constructed type).
constexpr std::uint8_t contextPrimitive(unsigned number) {
    return static_cast<std::uint8_t>(0x80U | number);
}
constexpr std::uint8_t contextConstructed(unsigned number) {
    return static_cast<std::uint8_t>(0xA0U | number);
}

// Size of the tag + length octets for a content of the given size (single-byte tags only).
std::size_t headerSize(std::size_t contentLength);
// Appends tag and length octets. Used directly when a large content is written separately
// (the CTL entries), so that nothing big has to be copied just to be prefixed.
void appendHeader(Bytes &out, std::uint8_t tag, std::size_t contentLength);
Bytes header(std::uint8_t tag, std::size_t contentLength);

inline void append(Bytes &out, ByteView bytes) {
    out.insert(out.end(), bytes.begin(), bytes.end());
}

Bytes tlv(std::uint8_t tag, ByteView content);

// Constructed value whose content is the concatenation of already encoded parts, in the given order.
template <class... Parts> Bytes constructed(std::uint8_t tag, const Parts &...parts) {
    const std::size_t contentLength = (std::size_t{0} + ... + ByteView(parts).size());
    Bytes out;
    out.reserve(headerSize(contentLength) + contentLength);
    appendHeader(out, tag, contentLength);
    (append(out, ByteView(parts)), ...);
    return out;
}

template <class... Parts> Bytes sequence(const Parts &...parts) {
    return constructed(Sequence, parts...);
}

// [n] EXPLICIT wrapper around already encoded TLVs.
template <class... Parts> Bytes explicitTag(unsigned number, const Parts &...parts) {
    return constructed(contextConstructed(number), parts...);
}

Bytes concatenate(const std::vector<Bytes> &parts);
// SEQUENCE OF: elements kept in the given order.
Bytes sequenceOf(const std::vector<Bytes> &elements);
// DER SET OF: elements sorted by their encodings (X.690 11.6). Returns only the sorted content, so the
// caller can give it any tag (signed attributes are written as [0] IMPLICIT but signed as SET).
Bytes sortedSetContent(std::vector<Bytes> elements);
Bytes setOf(std::vector<Bytes> elements);

// OBJECT IDENTIFIER from dotted text ("1.3.6.1.4.1.311.10.1"). Throws std::invalid_argument.
Bytes oid(std::string_view dotted);
// INTEGER from an unsigned big-endian magnitude (leading zeros stripped, 0x00 added when the top bit is set).
Bytes unsignedInteger(ByteView bigEndianMagnitude);
Bytes integer(std::uint64_t value);
Bytes octetString(ByteView content);
Bytes null();
Bytes bitString(ByteView content, unsigned unusedBits = 0);
Bytes ia5String(std::string_view ascii);
// BMPString: UTF-16 big-endian code units, no terminator.
Bytes bmpString(const std::u16string &text);
// AlgorithmIdentifier { oid, NULL } and { oid } (parameters absent).
Bytes algorithmWithNullParameters(std::string_view dottedOid);
Bytes algorithmWithoutParameters(std::string_view dottedOid);

// Text helpers for the string types used by Microsoft.
std::u16string utf8ToUtf16(std::string_view utf8);
// UTF-16LE bytes followed by a UTF-16 NUL, as Microsoft stores friendly names and list identifiers.
Bytes utf16LeWithTerminator(std::string_view utf8);

} // namespace der
