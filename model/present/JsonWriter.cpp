// The streaming JSON writer: escaping, indentation, and writes that go out as they are made.
#include "JsonWriter.h"

#include <charconv>
#include <cstring>

namespace ctlv {

JsonWriter::JsonWriter(QIODevice &device, bool indented) : m_device(device), m_indented(indented) {
    m_buffer.reserve(1 << 16);
}

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    if (m_buffer.isEmpty())
        return;
    if (m_device.write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
}

void JsonWriter::newline() {
    if (!m_indented)
        return;
    // resize + memset: QByteArray::append(n, ch) goes through insert() (3 % of a dump).
    const qsizetype start = m_buffer.size();
    const qsizetype indent = static_cast<qsizetype>(m_stack.size()) * 2;
    m_buffer.resize(start + 1 + indent);
    char *out = m_buffer.data() + start;
    *out = '\n';
    std::memset(out + 1, ' ', static_cast<size_t>(indent));
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        if (!m_stack.back().empty)
            m_buffer.append(',');
        m_stack.back().empty = false;
        newline();
    }
    if (m_buffer.size() > (1 << 16) - 1024)
        flush();
}

void JsonWriter::beginObject() {
    beforeValue();
    m_buffer.append('{');
    m_stack.push_back({true, true});
}

void JsonWriter::endObject() {
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_buffer.append('}');
    if (m_stack.empty()) {
        m_buffer.append('\n');
        flush();
    }
}

void JsonWriter::beginArray() {
    beforeValue();
    m_buffer.append('[');
    m_stack.push_back({false, true});
}

void JsonWriter::endArray() {
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_buffer.append(']');
    if (m_stack.empty()) {
        m_buffer.append('\n');
        flush();
    }
}

void JsonWriter::key(QLatin1String name) {
    beforeValue();
    m_buffer.append('"');
    m_buffer.append(name.data(), name.size());
    m_buffer.append(m_indented ? "\": " : "\":");
    m_afterKey = true;
}

void JsonWriter::appendEscaped(QStringView text) {
    // Written straight into the buffer (a million entries: no allocation per character). The worst case
    // is \uXXXX, six bytes per UTF-16 unit.
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + text.size() * 6 + 2);
    char *out = m_buffer.data() + start;
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
    m_buffer.resize(out - m_buffer.constData());
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
    m_buffer.append(digits, result.ptr - digits);
}

void JsonWriter::value(bool flag) {
    beforeValue();
    m_buffer.append(flag ? "true" : "false");
}

void JsonWriter::null() {
    beforeValue();
    m_buffer.append("null");
}

void JsonWriter::stringArray(const QStringList &items) {
    beginArray();
    for (const QString &item : items)
        value(item);
    endArray();
}

} // namespace ctlv
