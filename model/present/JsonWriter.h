#pragma once
// A streaming JSON writer: values go out as they are written, so a million-entry list never has to
// exist as one JSON tree in memory.

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <vector>

namespace ctlv {

class JsonWriter {
public:
    explicit JsonWriter(QIODevice &device, bool indented = true);
    ~JsonWriter();

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

    // key + value in one call
    template <class T> void field(QLatin1String name, const T &v) {
        key(name);
        value(v);
    }

    // False once the device refused a write.
    bool ok() const { return m_ok; }
    void flush();

private:
    void beforeValue();
    void newline();
    void appendEscaped(QStringView text);

    QIODevice &m_device;
    bool m_indented;
    bool m_ok = true;
    QByteArray m_buffer;
    struct Level {
        bool isObject;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace ctlv
