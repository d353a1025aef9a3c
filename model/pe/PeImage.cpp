// Reads the PE/COFF headers (Microsoft PE Format: DOS header, PE signature, COFF file header, optional
// header, section table) and checks each range against the file's size before it is used.
#include "PeImage.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

namespace ctlv::pe {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::PeImage)
};

constexpr qint64 DosHeaderSize = 64;
constexpr qint64 LfanewOffset = 0x3c;
constexpr qint64 CoffHeaderSize = 20;
constexpr quint16 Pe32Magic = 0x10b;
constexpr quint16 Pe32PlusMagic = 0x20b;
constexpr qint64 SectionHeaderSize = 40;
constexpr int CertificateDirectoryIndex = 4;

quint16 u16(const QByteArray &bytes, qint64 at) {
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}
quint32 u32(const QByteArray &bytes, qint64 at) {
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

PeError truncated(qint64 offset, const QString &what, qint64 fileSize) {
    // The message names where the structure should be; the error's offset stays inside the file (at its end
    // when the structure would start beyond it), so that it always points at bytes that exist.
    return {PeError::Kind::Truncated, std::min(offset, fileSize),
            Text::tr("%1 at offset %2 runs past the end of the file (%3 bytes)")
                .arg(what)
                .arg(offset)
                .arg(fileSize)};
}

PeError malformed(qint64 offset, const QString &message) {
    return {PeError::Kind::Malformed, offset, message};
}

// Exactly `length` bytes at `offset`, or the error naming `what` was cut short.
Expected<QByteArray, PeError> readExactly(const ReadAt &read, qint64 offset, qint64 length, qint64 fileSize,
                                          const QString &what) {
    if (offset < 0 || length < 0 || offset > fileSize || length > fileSize - offset)
        return truncated(offset, what, fileSize);
    QByteArray bytes = read(offset, length);
    if (bytes.size() != length)
        return truncated(offset, what, fileSize);
    return bytes;
}

// The optional header's fields the hash needs.
struct OptionalHeader {
    bool pe32Plus = false;
    qint64 checksumOffset = 0;
    qint64 certificateEntryOffset = 0;
    qint64 sizeOfHeaders = 0;
    FileRange certificateTable;
};

Expected<OptionalHeader, PeError> readOptionalHeader(const ReadAt &read, qint64 at, qint64 size,
                                                     qint64 fileSize) {
    CTLV_ASSIGN_OR_RETURN(const QByteArray header,
                          readExactly(read, at, size, fileSize, Text::tr("The optional header")));
    if (size < 2)
        return malformed(
            at, Text::tr("The optional header at offset %1 is %2 bytes long, too short for its magic "
                         "number")
                    .arg(at)
                    .arg(size));
    OptionalHeader result;
    const quint16 magic = u16(header, 0);
    if (magic != Pe32Magic && magic != Pe32PlusMagic)
        return malformed(
            at, Text::tr("The optional header at offset %1 has magic number 0x%2, neither PE32 (0x10b) "
                         "nor PE32+ (0x20b)")
                    .arg(at)
                    .arg(magic, 0, 16));
    result.pe32Plus = magic == Pe32PlusMagic;
    // The data directories follow the Windows-specific fields: at 96 (PE32) or 112 (PE32+); 8 bytes each.
    const qint64 directories = result.pe32Plus ? 112 : 96;
    const qint64 entry = directories + CertificateDirectoryIndex * 8;
    if (size < entry + 8)
        return malformed(at,
                         Text::tr("The optional header at offset %1 is %2 bytes long, too short to hold the "
                                  "certificate table entry (%3 bytes needed)")
                             .arg(at)
                             .arg(size)
                             .arg(entry + 8));
    result.checksumOffset = at + 64;
    result.certificateEntryOffset = at + entry;
    result.sizeOfHeaders = u32(header, 60);
    // The certificate table's "virtual address" is a file offset.
    result.certificateTable = {u32(header, entry), u32(header, entry + 4)};
    if (result.certificateTable.size == 0)
        result.certificateTable = {};
    return result;
}

Expected<std::vector<FileRange>, PeError> readSections(const ReadAt &read, qint64 at, int count,
                                                       qint64 fileSize) {
    CTLV_ASSIGN_OR_RETURN(const QByteArray table,
                          readExactly(read, at, count * SectionHeaderSize, fileSize,
                                      Text::tr("The section table (%n section(s))", "", count)));
    std::vector<std::pair<FileRange, qint64>> sections; // raw data, offset of its section header
    for (int index = 0; index < count; ++index) {
        const qint64 header = index * SectionHeaderSize;
        const FileRange raw{u32(table, header + 20), u32(table, header + 16)};
        if (raw.size == 0)
            continue;
        if (raw.end() > fileSize)
            return truncated(raw.offset,
                             Text::tr("Section %1's data (%2 bytes)").arg(index + 1).arg(raw.size), fileSize);
        sections.push_back({raw, at + header});
    }
    std::sort(sections.begin(), sections.end(),
              [](const auto &a, const auto &b) { return a.first.offset < b.first.offset; });
    std::vector<FileRange> result;
    for (size_t index = 0; index < sections.size(); ++index) {
        if (index > 0 && sections[index].first.offset < sections[index - 1].first.end())
            return malformed(
                sections[index].second,
                Text::tr("The section described at offset %1 starts at offset %2, inside the previous "
                         "section's data (which ends at offset %3)")
                    .arg(sections[index].second)
                    .arg(sections[index].first.offset)
                    .arg(sections[index - 1].first.end()));
        result.push_back(sections[index].first);
    }
    return result;
}

Expected<void, PeError> checkCertificateTable(const PeLayout &layout) {
    const FileRange table = layout.certificateTable;
    if (table.size == 0)
        return {};
    if (table.end() > layout.fileSize)
        return malformed(
            layout.certificateEntryOffset,
            Text::tr("The certificate table (offset %1, %2 bytes) runs past the end of the file (%3 "
                     "bytes)")
                .arg(table.offset)
                .arg(table.size)
                .arg(layout.fileSize));
    if (table.offset < layout.sizeOfHeaders)
        return malformed(layout.certificateEntryOffset,
                         Text::tr("The certificate table (offset %1) lies inside the headers (%2 bytes)")
                             .arg(table.offset)
                             .arg(layout.sizeOfHeaders));
    for (const FileRange &section : layout.sections) {
        if (table.offset < section.end() && section.offset < table.end())
            return malformed(layout.certificateEntryOffset,
                             Text::tr("The certificate table (offset %1, %2 bytes) overlaps a section's data "
                                      "(offset %3, %4 bytes)")
                                 .arg(table.offset)
                                 .arg(table.size)
                                 .arg(section.offset)
                                 .arg(section.size));
    }
    return {};
}

} // namespace

std::vector<FileRange> PeLayout::hashedRanges() const {
    std::vector<FileRange> ranges;
    auto add = [&ranges](qint64 from, qint64 to) {
        if (to > from)
            ranges.push_back({from, to - from});
    };
    add(0, checksumOffset);
    add(checksumOffset + 4, certificateEntryOffset);
    add(certificateEntryOffset + 8, sizeOfHeaders);
    qint64 end = sizeOfHeaders;
    for (const FileRange &section : sections) {
        ranges.push_back(section);
        end = std::max(end, section.end());
    }
    // What follows the last section (debug data, an installer's payload) counts, except the certificate
    // table, which a signature adds after the hash was taken.
    if (certificateTable.size > 0 && certificateTable.offset >= end) {
        add(end, certificateTable.offset);
        add(certificateTable.end(), fileSize);
    } else {
        add(end, fileSize);
    }
    return ranges;
}

Expected<std::optional<PeLayout>, PeError> readLayout(const ReadAt &read, qint64 fileSize) {
    using Result = std::optional<PeLayout>;
    if (fileSize < DosHeaderSize)
        return Result{};
    const QByteArray dos = read(0, DosHeaderSize);
    if (dos.size() != DosHeaderSize || !dos.startsWith("MZ"))
        return Result{};
    const qint64 peOffset = u32(dos, LfanewOffset);
    if (peOffset + 4 > fileSize || read(peOffset, 4) != QByteArrayLiteral("PE\0\0"))
        return Result{}; // an MS-DOS program, or MZ by chance: not a PE image
    const qint64 coffAt = peOffset + 4;
    CTLV_ASSIGN_OR_RETURN(const QByteArray coff, readExactly(read, coffAt, CoffHeaderSize, fileSize,
                                                             Text::tr("The COFF file header")));
    const int sectionCount = u16(coff, 2);
    const qint64 optionalAt = coffAt + CoffHeaderSize;
    CTLV_ASSIGN_OR_RETURN(const OptionalHeader optional,
                          readOptionalHeader(read, optionalAt, u16(coff, 16), fileSize));
    PeLayout layout;
    layout.fileSize = fileSize;
    layout.pe32Plus = optional.pe32Plus;
    layout.checksumOffset = optional.checksumOffset;
    layout.certificateEntryOffset = optional.certificateEntryOffset;
    layout.sizeOfHeaders = optional.sizeOfHeaders;
    layout.certificateTable = optional.certificateTable;
    if (layout.sizeOfHeaders > fileSize)
        return truncated(0, Text::tr("The headers (SizeOfHeaders %1 bytes)").arg(layout.sizeOfHeaders),
                         fileSize);
    if (layout.sizeOfHeaders < layout.certificateEntryOffset + 8)
        return malformed(optionalAt + 60,
                         Text::tr("SizeOfHeaders (%1 bytes) ends before the optional header's "
                                  "certificate table entry (offset %2)")
                             .arg(layout.sizeOfHeaders)
                             .arg(layout.certificateEntryOffset));
    CTLV_ASSIGN_OR_RETURN(layout.sections,
                          readSections(read, optionalAt + u16(coff, 16), sectionCount, fileSize));
    CTLV_RETURN_IF_ERROR(checkCertificateTable(layout));
    return Result{std::move(layout)};
}

} // namespace ctlv::pe
