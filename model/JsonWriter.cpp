#include "JsonWriter.h"

namespace ctlv {

JsonWriter::JsonWriter(QIODevice &device, bool indented) : m_device(device), m_indented(indented) {
    m_buffer.reserve(1 << 16);
}

JsonWriter::~JsonWriter() { flush(); }

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
    m_buffer.append('\n');
    m_buffer.append(QByteArray(static_cast<qsizetype>(m_stack.size()) * 2, ' '));
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
    m_buffer.append('"');
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': m_buffer.append("\\\""); break;
        case u'\\': m_buffer.append("\\\\"); break;
        case u'\n': m_buffer.append("\\n"); break;
        case u'\r': m_buffer.append("\\r"); break;
        case u'\t': m_buffer.append("\\t"); break;
        default:
            if (u < 0x20 || c.isSurrogate()) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(u));
                m_buffer.append(escape);
            } else if (u < 0x80) {
                m_buffer.append(static_cast<char>(u));
            } else {
                m_buffer.append(QString(c).toUtf8());
            }
        }
    }
    m_buffer.append('"');
}

void JsonWriter::value(const QString &text) {
    beforeValue();
    appendEscaped(text);
}

void JsonWriter::value(QLatin1String text) { value(QString(text)); }

void JsonWriter::value(qint64 number) {
    beforeValue();
    m_buffer.append(QByteArray::number(number));
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
