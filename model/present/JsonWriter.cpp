// The streaming JSON writer: escaping, indentation, and writes that go out as they are made.
#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace ctlv {

namespace {
constexpr size_t FlushSize = size_t{1} << 16;
} // namespace

JsonWriter::JsonWriter(QIODevice &device, bool indented) : m_device(&device), m_indented(indented) {
    grow(FlushSize + 1024);
}

JsonWriter::JsonWriter(bool indented, size_t depth, bool firstItems) : m_indented(indented) {
    grow(FlushSize + 1024);
    // Only the innermost level decides commas; the outer ones give the indentation.
    m_stack.assign(depth, Level{true, false});
    if (depth > 0)
        m_stack.back() = Level{false, firstItems};
}

JsonWriter::~JsonWriter() {
    flush();
}

std::unique_ptr<JsonWriter> JsonWriter::fragmentOf(const JsonWriter &parent, bool firstItems) {
    return std::unique_ptr<JsonWriter>(new JsonWriter(parent.m_indented, parent.m_stack.size(), firstItems));
}

void JsonWriter::restartFragment(bool firstItems) {
    m_size = 0;
    m_afterKey = false;
    if (!m_stack.empty())
        m_stack.back().empty = firstItems;
}

QByteArray JsonWriter::takeFragment() {
    QByteArray fragment(m_data.get(), static_cast<qsizetype>(m_size));
    m_size = 0;
    return fragment;
}

void JsonWriter::appendFragment(const JsonWriter &fragment) {
    appendBytes(fragment.m_data.get(), fragment.m_size);
}

void JsonWriter::appendFragment(const QByteArray &fragment) {
    appendBytes(fragment.constData(), static_cast<size_t>(fragment.size()));
}

void JsonWriter::appendBytes(const char *bytes, size_t count) {
    if (count == 0)
        return;
    m_stack.back().empty = false;
    // A small piece (a cached object) joins the buffer; a chunk of entries goes straight out.
    if (!m_device || count < 4096) {
        put(bytes, count);
        flushIfFull();
        return;
    }
    flush();
    if (m_device->write(bytes, static_cast<qint64>(count)) != static_cast<qint64>(count))
        m_ok = false;
}

void JsonWriter::grow(size_t count) {
    const size_t capacity = std::max(m_capacity * 2, m_size + count);
    auto data = std::make_unique_for_overwrite<char[]>(capacity);
    if (m_size > 0)
        std::memcpy(data.get(), m_data.get(), m_size);
    m_data = std::move(data);
    m_capacity = capacity;
}

void JsonWriter::flush() {
    if (!m_device || m_size == 0)
        return;
    if (m_device->write(m_data.get(), static_cast<qint64>(m_size)) != static_cast<qint64>(m_size))
        m_ok = false;
    m_size = 0;
}

void JsonWriter::flushIfFull() {
    if (m_device && m_size > FlushSize - 1024)
        flush();
}

void JsonWriter::newline() {
    if (!m_indented)
        return;
    const size_t indent = m_stack.size() * 2;
    char *out = tail(indent + 1);
    *out = '\n';
    std::memset(out + 1, ' ', indent);
    m_size += indent + 1;
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        if (!m_stack.back().empty)
            put(',');
        m_stack.back().empty = false;
        newline();
    }
    flushIfFull();
}

void JsonWriter::beginObject() {
    beforeValue();
    put('{');
    m_stack.push_back({true, true});
}

void JsonWriter::endObject() {
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    put('}');
    if (m_stack.empty()) {
        put('\n');
        flush();
    }
}

void JsonWriter::beginArray() {
    beforeValue();
    put('[');
    m_stack.push_back({false, true});
}

void JsonWriter::endArray() {
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    put(']');
    if (m_stack.empty()) {
        put('\n');
        flush();
    }
}

void JsonWriter::key(QLatin1String name) {
    beforeValue();
    const size_t length = static_cast<size_t>(name.size());
    char *out = tail(length + 4);
    *out++ = '"';
    std::memcpy(out, name.data(), length);
    out += length;
    *out++ = '"';
    *out++ = ':';
    if (m_indented)
        *out++ = ' ';
    commit(out);
    m_afterKey = true;
}

void JsonWriter::appendEscaped(QStringView text) {
    // Written straight into the buffer (a million entries: no allocation per character). The worst case
    // is \uXXXX, six bytes per UTF-16 unit.
    char *out = tail(static_cast<size_t>(text.size()) * 6 + 2);
    const auto escape = [&out](char16_t unit) {
        static constexpr char hex[] = "0123456789abcdef";
        *out++ = '\\';
        *out++ = 'u';
        *out++ = hex[(unit >> 12) & 0xf];
        *out++ = hex[(unit >> 8) & 0xf];
        *out++ = hex[(unit >> 4) & 0xf];
        *out++ = hex[unit & 0xf];
    };
    *out++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Printable ASCII other than the quote and the backslash, most of a dump, goes straight out.
        if (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\') {
            *out++ = static_cast<char>(u);
            continue;
        }
        switch (u) {
        case u'"':
            *out++ = '\\';
            *out++ = '"';
            break;
        case u'\\':
            *out++ = '\\';
            *out++ = '\\';
            break;
        case u'\n':
            *out++ = '\\';
            *out++ = 'n';
            break;
        case u'\r':
            *out++ = '\\';
            *out++ = 'r';
            break;
        case u'\t':
            *out++ = '\\';
            *out++ = 't';
            break;
        default:
            if (u < 0x20 || c.isSurrogate() || (u >= 0x7f && u <= 0x9f) || u == 0x200e || u == 0x200f ||
                (u >= 0x2028 && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)) {
                // Surrogates as escapes: a pair stays a valid pair, a lone one stays visible. DEL, C1
                // controls (U+009B is a terminal's CSI), line separators and the direction marks and
                // overrides are escaped too, so `ctltool --json` on a terminal shows them as text; a
                // JSON reader gets the same string back.
                escape(u);
            } else if (u < 0x80) {
                *out++ = static_cast<char>(u);
            } else if (u < 0x800) {
                *out++ = static_cast<char>(0xc0 | (u >> 6));
                *out++ = static_cast<char>(0x80 | (u & 0x3f));
            } else {
                *out++ = static_cast<char>(0xe0 | (u >> 12));
                *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
                *out++ = static_cast<char>(0x80 | (u & 0x3f));
            }
        }
    }
    *out++ = '"';
    commit(out);
}

void JsonWriter::value(const QString &text) {
    beforeValue();
    appendEscaped(text);
}

void JsonWriter::value(QLatin1String text) {
    value(QString(text));
}

void JsonWriter::value(qint64 number) {
    beforeValue();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    put(digits, static_cast<size_t>(result.ptr - digits));
}

void JsonWriter::value(bool flag) {
    beforeValue();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null() {
    beforeValue();
    put("null", 4);
}

void JsonWriter::hexValue(QByteArrayView bytes) {
    beforeValue();
    static constexpr char digits[] = "0123456789abcdef";
    char *out = tail(static_cast<size_t>(bytes.size()) * 2 + 2);
    *out++ = '"';
    for (const char byte : bytes) {
        const auto octet = static_cast<std::uint8_t>(byte);
        *out++ = digits[octet >> 4];
        *out++ = digits[octet & 0xf];
    }
    *out++ = '"';
    commit(out);
}

void JsonWriter::stringArray(const QStringList &items) {
    beginArray();
    for (const QString &item : items)
        value(item);
    endArray();
}

} // namespace ctlv
