#pragma once
// Reads a Windows registry export (.reg) as regedit writes it, into keys and values, so that the
// SystemCertificates keys admins export (AuthRoot\AutoUpdate\EncodedCtl, ...\Certificates\<SHA1>\Blob)
// can be opened like any other certificate source. Only reading: nothing here touches a registry.

#include "LoadError.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ctlv {

struct RegistryValue {
    QString name; // "" for the key's default value (@)
    // The type as written: "string", "dword", "hex" (REG_BINARY), "hex(N)" for the others (hex(b) is
    // REG_QWORD, hex(7) REG_MULTI_SZ, ...), "delete" for a value removed with =-.
    QString type;
    QByteArray data; // the bytes of hex values, the little-endian DWORD, or the string as UTF-8
    int line = 0;    // 1-based line of the value's name in the file
};

struct RegistryKey {
    QString path; // as written between the brackets
    int line = 0;
    std::vector<RegistryValue> values;
};

class RegistryExport {
public:
    // True when the bytes begin like a .reg file: "Windows Registry Editor Version 5.00" in UTF-16LE with
    // a BOM (regedit's export) or in UTF-8, or "REGEDIT4".
    static bool looksLikeRegistryExport(const QByteArray &bytes);
    // Every key and value in file order. Strict where the data would otherwise be read wrongly: a hex
    // value whose continuation line is missing or holds something other than hex bytes is an error
    // naming the line, never a shorter value.
    static Expected<std::vector<RegistryKey>> parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace ctlv
