#pragma once
// A streaming JSON writer: values go out as they are written, so a million-entry list never has to
// exist as one JSON tree in memory. A fragment writer formats part of an array (a chunk of entries) in
// memory on a worker thread; the writer of the whole document splices it in, in order.

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstring>

#include <memory>
#include <vector>

namespace ctlv {

class JsonWriter {
public:
    explicit JsonWriter(QIODevice &device, bool indented = true);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    // A writer of items inside the array (or of keys inside the object) that `parent` has open, kept in
    // memory: the same indentation, and a leading comma unless `firstItems` (the fragment opens it).
    static std::unique_ptr<JsonWriter> fragmentOf(const JsonWriter &parent, bool firstItems);
    // Empties a fragment writer for reuse (its buffer stays allocated).
    void restartFragment(bool firstItems);
    // The bytes a fragment writer holds, taken out of it.
    QByteArray takeFragment();
    // Splices in what a fragment writer made by fragmentOf(*this, ...) wrote, or bytes it held.
    void appendFragment(const JsonWriter &fragment);
    void appendFragment(const QByteArray &fragment);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1String name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(qint64 number);
    void value(bool flag);
    void null();
    void stringArray(const QStringList &items);
    // Bytes as a string of lowercase hex digits (identifiers, hashes), without a QString in between.
    void hexValue(QByteArrayView bytes);

    // key + value in one call
    template <class T> void field(QLatin1String name, const T &v) {
        key(name);
        value(v);
    }

    // False once the device refused a write.
    bool ok() const { return m_ok; }
    void flush();

private:
    JsonWriter(bool indented, size_t depth, bool firstItems);
    void beforeValue();
    void newline();
    void appendEscaped(QStringView text);
    // Room for `count` more bytes at the end of the buffer: write there, then commit(end).
    char *tail(size_t count) {
        if (m_capacity - m_size < count)
            grow(count);
        return m_data.get() + m_size;
    }
    void commit(const char *end) { m_size = static_cast<size_t>(end - m_data.get()); }
    void put(const char *bytes, size_t count) {
        char *out = tail(count);
        std::memcpy(out, bytes, count);
        m_size += count;
    }
    void put(char byte) {
        *tail(1) = byte;
        ++m_size;
    }
    void grow(size_t count);
    void flushIfFull();
    void appendBytes(const char *bytes, size_t count);

    QIODevice *m_device = nullptr; // none: a fragment, kept until takeFragment()
    bool m_indented;
    bool m_ok = true;
    // A plain byte buffer: QByteArray::append() goes through insert() and was a tenth of a dump.
    std::unique_ptr<char[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
    struct Level {
        bool isObject;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace ctlv
