#include "der.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace der {

namespace {

std::size_t lengthOctetCount(std::size_t contentLength) {
    if (contentLength < 0x80)
        return 1; // short form
    std::size_t significantBytes = 0;
    for (std::size_t rest = contentLength; rest != 0; rest >>= 8)
        ++significantBytes;
    return 1 + significantBytes; // 0x80|count, then the big-endian length
}

void appendBase128(Bytes &out, std::uint64_t value) {
    std::uint8_t groups[10];
    int count = 0;
    do {
        groups[count++] = static_cast<std::uint8_t>(value & 0x7F);
        value >>= 7;
    } while (value != 0);
    while (count > 1)
        out.push_back(static_cast<std::uint8_t>(groups[--count] | 0x80));
    out.push_back(groups[0]);
}

} // namespace

std::size_t headerSize(std::size_t contentLength) {
    return 1 + lengthOctetCount(contentLength);
}

void appendHeader(Bytes &out, std::uint8_t tag, std::size_t contentLength) {
    out.push_back(tag);
    const std::size_t octets = lengthOctetCount(contentLength);
    if (octets == 1) {
        out.push_back(static_cast<std::uint8_t>(contentLength));
        return;
    }
    out.push_back(static_cast<std::uint8_t>(0x80 | (octets - 1)));
    for (std::size_t i = octets - 1; i-- > 0;)
        out.push_back(static_cast<std::uint8_t>(contentLength >> (8 * i)));
}

Bytes header(std::uint8_t tag, std::size_t contentLength) {
    Bytes out;
    appendHeader(out, tag, contentLength);
    return out;
}

Bytes tlv(std::uint8_t tag, ByteView content) {
    Bytes out;
    out.reserve(headerSize(content.size()) + content.size());
    appendHeader(out, tag, content.size());
    append(out, content);
    return out;
}

Bytes concatenate(const std::vector<Bytes> &parts) {
    std::size_t total = 0;
    for (const Bytes &part : parts)
        total += part.size();
    Bytes out;
    out.reserve(total);
    for (const Bytes &part : parts)
        append(out, part);
    return out;
}

Bytes sequenceOf(const std::vector<Bytes> &elements) {
    return tlv(Sequence, concatenate(elements));
}

Bytes sortedSetContent(std::vector<Bytes> elements) {
    // X.690 compares encodings as octet strings, the shorter one padded with zero octets. A plain
    // lexicographic comparison gives the same order (it only differs for values equal after padding,
    // whose relative order does not matter).
    std::sort(elements.begin(), elements.end());
    return concatenate(elements);
}

Bytes setOf(std::vector<Bytes> elements) {
    return tlv(Set, sortedSetContent(std::move(elements)));
}

Bytes oid(std::string_view dotted) {
    std::vector<std::uint64_t> arcs;
    std::size_t position = 0;
    while (position <= dotted.size()) {
        const std::size_t dot = std::min(dotted.find('.', position), dotted.size());
        std::uint64_t arc = 0;
        const char *first = dotted.data() + position;
        const char *last = dotted.data() + dot;
        const auto [end, error] = std::from_chars(first, last, arc);
        if (first == last || error != std::errc{} || end != last)
            throw std::invalid_argument("not a dotted object identifier: " + std::string(dotted));
        arcs.push_back(arc);
        position = dot + 1;
    }
    if (arcs.size() < 2 || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] >= 40))
        throw std::invalid_argument("not a valid object identifier: " + std::string(dotted));

    Bytes content;
    appendBase128(content, arcs[0] * 40 + arcs[1]); // the first two arcs share one subidentifier
    for (std::size_t i = 2; i < arcs.size(); ++i)
        appendBase128(content, arcs[i]);
    return tlv(ObjectIdentifier, content);
}

Bytes unsignedInteger(ByteView bigEndianMagnitude) {
    std::size_t firstSignificant = 0;
    while (firstSignificant + 1 < bigEndianMagnitude.size() && bigEndianMagnitude[firstSignificant] == 0)
        ++firstSignificant;
    Bytes content;
    if (bigEndianMagnitude.empty()) {
        content.push_back(0);
    } else {
        if (bigEndianMagnitude[firstSignificant] & 0x80)
            content.push_back(0); // keep the value positive (two's complement)
        content.insert(content.end(),
                       bigEndianMagnitude.begin() + static_cast<std::ptrdiff_t>(firstSignificant),
                       bigEndianMagnitude.end());
    }
    return tlv(Integer, content);
}

Bytes integer(std::uint64_t value) {
    std::uint8_t bigEndian[8];
    for (int i = 0; i < 8; ++i)
        bigEndian[i] = static_cast<std::uint8_t>(value >> (8 * (7 - i)));
    return unsignedInteger(bigEndian);
}

Bytes octetString(ByteView content) {
    return tlv(OctetString, content);
}

Bytes null() {
    return Bytes{Null, 0x00};
}

Bytes bitString(ByteView content, unsigned unusedBits) {
    Bytes value;
    value.reserve(content.size() + 1);
    value.push_back(static_cast<std::uint8_t>(unusedBits));
    append(value, content);
    return tlv(BitString, value);
}

Bytes ia5String(std::string_view ascii) {
    return tlv(Ia5String, ByteView(reinterpret_cast<const std::uint8_t *>(ascii.data()), ascii.size()));
}

Bytes bmpString(const std::u16string &text) {
    Bytes value;
    value.reserve(text.size() * 2);
    for (char16_t unit : text) {
        value.push_back(static_cast<std::uint8_t>(unit >> 8));
        value.push_back(static_cast<std::uint8_t>(unit & 0xFF));
    }
    return tlv(BmpString, value);
}

Bytes algorithmWithNullParameters(std::string_view dottedOid) {
    return sequence(oid(dottedOid), null());
}

Bytes algorithmWithoutParameters(std::string_view dottedOid) {
    return sequence(oid(dottedOid));
}

std::u16string utf8ToUtf16(std::string_view utf8) {
    std::u16string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t extra = 0;
        char32_t codePoint = 0;
        if (lead < 0x80) {
            codePoint = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            codePoint = lead & 0x1F;
            extra = 1;
        } else if ((lead & 0xF0) == 0xE0) {
            codePoint = lead & 0x0F;
            extra = 2;
        } else if ((lead & 0xF8) == 0xF0) {
            codePoint = lead & 0x07;
            extra = 3;
        } else {
            throw std::invalid_argument("text is not valid UTF-8");
        }
        if (i + extra >= utf8.size())
            throw std::invalid_argument("text is not valid UTF-8 (truncated sequence)");
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto continuation = static_cast<unsigned char>(utf8[i + k]);
            if ((continuation & 0xC0) != 0x80)
                throw std::invalid_argument("text is not valid UTF-8");
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        i += extra + 1;
        if (codePoint >= 0x10000) {
            codePoint -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (codePoint >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (codePoint & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(codePoint));
        }
    }
    return out;
}

Bytes utf16LeWithTerminator(std::string_view utf8) {
    const std::u16string units = utf8ToUtf16(utf8);
    Bytes out;
    out.reserve(units.size() * 2 + 2);
    for (char16_t unit : units) {
        out.push_back(static_cast<std::uint8_t>(unit & 0xFF));
        out.push_back(static_cast<std::uint8_t>(unit >> 8));
    }
    out.push_back(0);
    out.push_back(0);
    return out;
}

} // namespace der
