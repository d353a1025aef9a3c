#pragma once
// Byte builders the tests use to write DER and CAB structures by hand, independent of the reader under
// test.

#include <QByteArray>

inline QByteArray le16(quint16 v) {
    return QByteArray(1, char(v & 0xff)) + QByteArray(1, char(v >> 8));
}
inline QByteArray le32(quint32 v) {
    return le16(quint16(v & 0xffff)) + le16(quint16(v >> 16));
}

// One DER TLV with a definite, minimal length.
inline QByteArray tlv(quint8 tag, const QByteArray &content) {
    QByteArray length;
    if (content.size() < 0x80) {
        length.append(char(content.size()));
    } else {
        QByteArray digits;
        for (qsizetype rest = content.size(); rest > 0; rest >>= 8)
            digits.prepend(char(rest & 0xff));
        length = QByteArray(1, char(0x80 | digits.size())) + digits;
    }
    return QByteArray(1, char(tag)) + length + content;
}
