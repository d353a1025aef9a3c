#pragma once
// Byte builders the tests use to write DER and CAB structures by hand, independent of the reader under
// test.

#include <QByteArray>
#include <QList>
#include <QPair>

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

// A minimal MS-CAB v1.3 archive with one folder of uncompressed data (typeCompress 0), laid out as
// [MS-CAB] section 2 describes: CFHEADER, CFFOLDER, CFFILE entries, then one CFDATA block.
inline QByteArray makeStoredCab(const QList<QPair<QByteArray, QByteArray>> &files) {
    QByteArray names, data;
    QByteArray fileEntries;
    for (const auto &[name, content] : files) {
        fileEntries += le32(quint32(content.size())) + le32(quint32(data.size())) + le16(0) + le16(0x5a21) +
                       le16(0x8000) + le16(0x20) + name + QByteArray(1, '\0');
        data += content;
    }
    const quint32 headerSize = 36, folderSize = 8;
    const quint32 filesOffset = headerSize + folderSize;
    const quint32 dataOffset = filesOffset + quint32(fileEntries.size());
    const QByteArray block = le32(0) + le16(quint16(data.size())) + le16(quint16(data.size())) + data;
    const quint32 total = dataOffset + quint32(block.size());
    QByteArray cab = "MSCF" + le32(0) + le32(total) + le32(0) + le32(filesOffset) + le32(0) +
                     QByteArray("\x03\x01", 2) + le16(1) + le16(quint16(files.size())) + le16(0) + le16(0) +
                     le16(0);
    cab += le32(dataOffset) + le16(1) + le16(0);
    cab += fileEntries + block;
    return cab;
}
