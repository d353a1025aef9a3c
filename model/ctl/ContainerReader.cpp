// Finds the PKCS#7 bytes in what the user opened (CAB, DER, PEM, base64) by content, and names the
// files people mistake for a CTL.
#include "ContainerReader.h"

#include "Der.h"
#include "Oids.h"

#include <archive.h>
#include <archive_entry.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::ContainerReader)
};

LoadError makeError(LoadError::Code code, const QString &file, const QString &message, qint64 offset = -1) {
    LoadError error;
    error.code = code;
    error.file = file;
    error.message = message;
    error.offset = offset;
    return error;
}

struct ArchiveDeleter {
    void operator()(archive *handle) const noexcept { archive_read_free(handle); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

// The DER encoding of the szOID_CTL OBJECT IDENTIFIER.
const QByteArray ctlOidDer = der::encodeOid(oid::Ctl);

bool isBase64Text(QByteArrayView text) {
    qsizetype significant = 0;
    for (char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
            c == '/' || c == '=') {
            ++significant;
            continue;
        }
        if (c == '\r' || c == '\n' || c == ' ' || c == '\t')
            continue;
        return false;
    }
    return significant >= 16;
}

bool isBase64Digit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Base64 decoded strictly, as openssl does: the alphabet, at most two '=' at the very end, and line breaks,
// spaces and tabs anywhere between. QByteArray::fromBase64 skips anything else silently, so a damaged
// PEM file would have been read as some other list. `bad` is the offset (in `text`) of the first character
// that does not belong, or of the end when the text stops inside a group of four.
struct StrictBase64 {
    QByteArray bytes;
    qsizetype bad = -1;
};

StrictBase64 decodeBase64Strictly(QByteArrayView text) {
    QByteArray digits;
    digits.reserve(text.size());
    int padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n' || c == ' ' || c == '\t')
            continue;
        const bool digit = isBase64Digit(c);
        if ((!digit && c != '=') || (digit && padding > 0) ||
            (c == '=' && (++padding > 2 || digits.isEmpty())))
            return {{}, i};
        digits.append(c);
    }
    if (digits.size() % 4 != 0)
        return {{}, text.size()};
    auto decoded = QByteArray::fromBase64Encoding(digits, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) // cannot happen after the checks above; kept so a decoder change cannot slip through
        return {{}, 0};
    return {std::move(*decoded), -1};
}

LoadError badBase64Error(const QString &file, const QByteArray &bytes, qsizetype offset) {
    QString what;
    if (offset >= bytes.size()) {
        what = Text::tr("the base64 text ends in the middle of a group of four characters at offset %1; the "
                        "file is truncated or damaged")
                   .arg(offset);
    } else if (const char c = bytes[offset]; isBase64Digit(c) || c == '=') {
        what = Text::tr("the base64 text goes on after its closing \"=\" padding at offset %1; the file is "
                        "damaged")
                   .arg(offset);
    } else {
        const auto byte = static_cast<unsigned char>(c);
        const QString hex = QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
        what = Text::tr("the base64 text holds %1 at offset %2, a character base64 does not use; the file is "
                        "damaged")
                   .arg(byte > 0x20 && byte < 0x7f
                            ? QStringLiteral("\"%1\" (%2)").arg(QString(QLatin1Char(c)), hex)
                            : hex,
                        QString::number(offset));
    }
    return makeError(LoadError::Code::BadBase64, file, what, offset);
}

bool looksLikeText(const QByteArray &bytes) {
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 4096);
    qsizetype control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return control * 50 < probe; // tolerate a stray control character or two
}

QString firstLine(const QByteArray &text) {
    QString line = QString::fromUtf8(text.left(200)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > 60)
        line = line.left(60) + QStringLiteral("\u2026");
    return line;
}

QString knownBinaryFormat(const QByteArray &bytes) {
    if (bytes.startsWith("MZ"))
        return Text::tr("a Windows executable");
    if (bytes.startsWith("PK\x03\x04"))
        return Text::tr("a ZIP archive");
    if (bytes.startsWith("%PDF"))
        return Text::tr("a PDF document");
    if (bytes.startsWith("\x1f\x8b"))
        return Text::tr("a gzip-compressed file");
    if (bytes.startsWith("\x89PNG"))
        return Text::tr("a PNG image");
    return {};
}

} // namespace

bool ContainerReader::looksLikeCtl(const QByteArray &bytes) {
    return !bytes.isEmpty() && static_cast<unsigned char>(bytes[0]) == 0x30 &&
           bytes.left(128).contains(ctlOidDer);
}

qint64 ContainerReader::binaryStlTriangles(const QByteArray &bytes) {
    if (bytes.size() < 84)
        return -1;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const quint32 count =
        data[80] | (data[81] << 8) | (data[82] << 16) | (static_cast<quint32>(data[83]) << 24);
    if (84 + 50 * static_cast<qint64>(count) != bytes.size())
        return -1;
    return count;
}

// Where each CFFILE record starts, in archive order (libarchive reads them in this order): the header
// gives the first one's offset (coffFiles, offset 16) and their count (cFiles, offset 28); each record is
// 16 bytes and a NUL-terminated name. Stops at the first record that does not fit.
std::vector<qint64> cabFileRecordOffsets(const QByteArray &bytes) {
    std::vector<qint64> offsets;
    if (bytes.size() < 36)
        return offsets;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    qint64 at = data[16] | (data[17] << 8) | (data[18] << 16) | (static_cast<qint64>(data[19]) << 24);
    const int count = data[28] | (data[29] << 8);
    for (int i = 0; i < count && at + 16 < bytes.size(); ++i) {
        const qsizetype end = bytes.indexOf('\0', at + 16);
        if (end < 0)
            break;
        offsets.push_back(at);
        at = end + 1;
    }
    return offsets;
}

Expected<std::vector<CabMember>> ContainerReader::extractCab(const QByteArray &bytes, const QString &fileName,
                                                             const ReadLimits &limits) {
    // A truncated archive is named as such, with where it ends, in the user's language; libarchive would
    // only say (in English) that some read failed. The header's cbCabinet (offset 8) is the whole size.
    constexpr qsizetype cabinetSizeOffset = 8;
    if (bytes.size() < cabinetSizeOffset + 4)
        return makeError(LoadError::Code::CabError, fileName,
                         Text::tr("the CAB archive is truncated: it ends at offset %1, inside its header")
                             .arg(bytes.size()),
                         bytes.size());
    const auto *header = reinterpret_cast<const unsigned char *>(bytes.constData()) + cabinetSizeOffset;
    const quint32 cabinetSize =
        header[0] | (header[1] << 8) | (header[2] << 16) | (static_cast<quint32>(header[3]) << 24);
    if (static_cast<qint64>(cabinetSize) > bytes.size())
        return makeError(LoadError::Code::CabError, fileName,
                         Text::tr("the CAB archive is truncated: its header gives its size as %1 bytes, but "
                                  "the file ends at offset %2")
                             .arg(QString::number(cabinetSize), QString::number(bytes.size())),
                         bytes.size());

    ArchivePtr reader(archive_read_new());
    if (!reader)
        return makeError(LoadError::Code::CabError, fileName,
                         Text::tr("out of memory while opening the CAB archive"));
    archive_read_support_format_cab(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), static_cast<size_t>(bytes.size())) !=
        ARCHIVE_OK)
        return makeError(LoadError::Code::CabError, fileName,
                         Text::tr("not a readable CAB archive: %1")
                             .arg(QString::fromUtf8(archive_error_string(reader.get()))));

    std::vector<CabMember> members;
    const std::vector<qint64> recordOffsets = cabFileRecordOffsets(bytes);
    const qint64 expansionBudget = std::max<qint64>(bytes.size(), 1) * limits.maxCompressionRatio;
    qint64 expanded = 0;
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return makeError(LoadError::Code::CabError, fileName,
                             Text::tr("the CAB archive is damaged after %n member(s): %1", nullptr,
                                      static_cast<int>(members.size()))
                                 .arg(QString::fromUtf8(archive_error_string(reader.get()))));
        if (static_cast<int>(members.size()) >= limits.maxMembers)
            return makeError(
                LoadError::Code::CabError, fileName,
                Text::tr("the CAB archive has more than %1 members, more than any trust list needs")
                    .arg(limits.maxMembers));
        CabMember member;
        if (members.size() < recordOffsets.size())
            member.offset = recordOffsets[members.size()];
        // The name is shown to people only; it is never used as a path.
        const char *utf8Name = archive_entry_pathname_utf8(entry);
        member.name =
            utf8Name ? QString::fromUtf8(utf8Name) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        member.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        if (member.size > limits.maxMemberSize)
            return makeError(
                LoadError::Code::TooLarge, fileName,
                Text::tr("the CAB member \"%1\" would expand to %2 bytes, more than the limit of %3 bytes")
                    .arg(member.name, QString::number(member.size), QString::number(limits.maxMemberSize)));
        // The first bytes decide whether the member is kept: only what begins like a CTL is read further
        // (the same test unwrap() applies); the rest is expanded and counted, but not kept.
        constexpr qsizetype probeSize = 128;
        std::optional<bool> keep;
        qint64 memberExpanded = 0;
        char block[65536];
        for (;;) {
            const la_ssize_t read = archive_read_data(reader.get(), block, sizeof block);
            if (read == 0)
                break;
            if (read < 0)
                return makeError(
                    LoadError::Code::CabError, fileName,
                    Text::tr("the CAB member \"%1\" could not be decompressed: %2")
                        .arg(member.name, QString::fromUtf8(archive_error_string(reader.get()))));
            expanded += read;
            memberExpanded += read;
            if (expanded > limits.maxExpandedTotal)
                return makeError(
                    LoadError::Code::TooLarge, fileName,
                    Text::tr(
                        "the CAB archive expands to more than the limit of %1 bytes in all (at the member "
                        "\"%2\"); the archive looks like a decompression bomb")
                        .arg(QString::number(limits.maxExpandedTotal), member.name));
            if (memberExpanded > limits.maxMemberSize || expanded > expansionBudget)
                return makeError(
                    LoadError::Code::TooLarge, fileName,
                    Text::tr("the CAB member \"%1\" expands beyond the limits (%2 bytes per member, %3 times "
                             "the archive's size); the archive looks like a decompression bomb")
                        .arg(member.name, QString::number(limits.maxMemberSize),
                             QString::number(limits.maxCompressionRatio)));
            if (keep.value_or(true))
                member.data.append(block, read);
            if (!keep && member.data.size() >= probeSize) {
                keep = looksLikeCtl(member.data);
                if (!*keep)
                    member.data = QByteArray();
            }
        }
        if (!keep && !looksLikeCtl(member.data))
            member.data = QByteArray();
        member.size = memberExpanded;
        member.kept = !member.data.isEmpty();
        members.push_back(std::move(member));
    }
    return members;
}

Expected<std::vector<Payload>> ContainerReader::unwrap(const QByteArray &bytes, const QString &fileName,
                                                       const ReadLimits &limits) {
    using Code = LoadError::Code;
    if (bytes.isEmpty())
        return makeError(Code::Empty, fileName, Text::tr("the file is empty (0 bytes)"));
    if (bytes.size() > limits.maxInputSize)
        return makeError(Code::TooLarge, fileName,
                         Text::tr("the file has %1 bytes, more than the limit of %2 bytes")
                             .arg(QString::number(bytes.size()), QString::number(limits.maxInputSize)));

    if (bytes.startsWith("MSCF")) {
        auto members = extractCab(bytes, fileName, limits);
        if (!members)
            return members.error();
        std::vector<Payload> payloads;
        std::vector<ContainerMember> others;
        QStringList listing;
        for (CabMember &member : members.value()) {
            listing << Text::tr("%1 (%2 bytes)").arg(member.name, QString::number(member.size));
            if (looksLikeCtl(member.data))
                payloads.push_back({ContainerKind::Cab, member.name, std::move(member.data), {}});
            else
                others.push_back({member.name, member.size, member.offset});
        }
        for (Payload &payload : payloads)
            payload.otherMembers = others;
        if (payloads.empty())
            return makeError(
                Code::CabWithoutCtl, fileName,
                listing.isEmpty()
                    ? Text::tr("the CAB archive is empty: it holds no Certificate Trust List")
                    : Text::tr("the CAB archive holds no Certificate Trust List; its members are: %1")
                          .arg(listing.join(QStringLiteral(", "))));
        return payloads;
    }

    const auto first = static_cast<unsigned char>(bytes[0]);
    if (first == 0x30)
        return std::vector<Payload>{{ContainerKind::Der, QString(), bytes, {}}};

    if (bytes.size() >= 8 && bytes.startsWith(QByteArray("\0\0\0\0CERT", 8)))
        return makeError(
            Code::SerializedStore, fileName,
            Text::tr("this is a Windows serialized certificate store (.sst), not a Certificate Trust List; "
                     "\"ctltool dump\" lists its certificates, and --certs links them to a list"));

    // The size decides, not the 80-byte header: many exporters write "solid <name>" there, as an ASCII
    // STL begins. The triangle count that follows it (a NUL byte in any mesh under 16 million triangles)
    // and the float data make the file binary; an ASCII STL is text throughout.
    const qint64 triangles = binaryStlTriangles(bytes);
    if (triangles >= 0 && !looksLikeText(bytes))
        return makeError(
            Code::ThreeDModel, fileName,
            Text::tr("this is a 3D model in binary STL format (%1 triangles), not a Certificate Trust List; "
                     "Windows trust lists share the .stl extension with 3D models")
                .arg(triangles));

    if (looksLikeText(bytes)) {
        QByteArray text = bytes;
        if (text.startsWith("\xef\xbb\xbf"))
            text.remove(0, 3);
        const QByteArray trimmed = text.trimmed();
        // Where `trimmed` begins in the file, so that offsets name the file's own bytes.
        qsizetype base = bytes.size() - text.size(); // the byte order mark
        for (qsizetype i = 0; i < text.size() && std::isspace(static_cast<unsigned char>(text[i])); ++i)
            ++base;
        if (trimmed.startsWith("-----BEGIN ")) {
            static const QRegularExpression block(
                QStringLiteral("-----BEGIN ([A-Z0-9 #]+)-----([^-]*)-----END \\1-----"));
            const QString asText = QString::fromLatin1(trimmed);
            auto match = block.globalMatch(asText);
            QStringList otherLabels;
            std::vector<Payload> payloads;
            while (match.hasNext()) {
                const auto found = match.next();
                const QString label = found.captured(1);
                if (label == QLatin1String("PKCS7") || label == QLatin1String("CMS") ||
                    label == QLatin1String("PKCS #7 SIGNED DATA")) {
                    const StrictBase64 body = decodeBase64Strictly(found.captured(2).toLatin1());
                    if (body.bad >= 0)
                        return badBase64Error(fileName, bytes, base + found.capturedStart(2) + body.bad);
                    const QByteArray &der = body.bytes;
                    if (der.isEmpty())
                        return makeError(
                            Code::MalformedDer, fileName,
                            Text::tr("the PEM block \"%1\" at offset %2 holds no valid base64 data")
                                .arg(label, QString::number(found.capturedStart(0))),
                            found.capturedStart(0));
                    payloads.push_back({ContainerKind::Pem, QString(), der, {}});
                } else {
                    otherLabels << label;
                }
            }
            if (!payloads.empty())
                return payloads;
            if (!otherLabels.isEmpty())
                return makeError(Code::PemNotCtl, fileName,
                                 Text::tr("this PEM file holds %1, not a PKCS #7 Certificate Trust List "
                                          "(expected \"-----BEGIN PKCS7-----\" or \"-----BEGIN CMS-----\")")
                                     .arg(otherLabels.join(QStringLiteral(", "))));
            return makeError(
                Code::Truncated, fileName,
                Text::tr(
                    "the PEM block that starts at offset %1 has no matching END line; the file is truncated")
                    .arg(bytes.indexOf("-----BEGIN ")),
                bytes.indexOf("-----BEGIN "));
        }
        if (trimmed.left(6).toLower() == "solid " || trimmed.toLower() == "solid")
            return makeError(
                Code::ThreeDModel, fileName,
                Text::tr("this is a 3D model in ASCII STL format (\"%1\"), not a Certificate Trust List; "
                         "Windows trust lists share the .stl extension with 3D models")
                    .arg(firstLine(trimmed)));
        const QByteArray head = trimmed.left(2048).toLower();
        if (trimmed.startsWith('<') || head.contains("<html") || head.contains("<!doctype")) {
            static const QRegularExpression titlePattern(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                                         QRegularExpression::CaseInsensitiveOption);
            const auto title = titlePattern.match(QString::fromUtf8(trimmed.left(8192)));
            const QString titleText = title.hasMatch() ? title.captured(1).simplified() : QString();
            return makeError(
                Code::HtmlPage, fileName,
                titleText.isEmpty()
                    ? Text::tr(
                          "this is an HTML or XML page, not a Certificate Trust List; a proxy or captive "
                          "portal often returns such a page instead of the file that was asked for")
                    : Text::tr(
                          "this is an HTML page titled \"%1\", not a Certificate Trust List; a proxy or "
                          "captive portal often returns such a page instead of the file that was asked for")
                          .arg(titleText));
        }
        // Bare base64 of a DER SEQUENCE begins "MI" (0x30 0x8x); when its first line is base64 it is meant
        // as such, and a stray character further on is damage, not a sign of some other text file.
        const QByteArray firstLineBytes = trimmed.left(trimmed.indexOf('\n')).trimmed();
        const bool meantAsBase64 = trimmed.startsWith("MI") && firstLineBytes.size() >= 16 &&
                                   std::all_of(firstLineBytes.begin(), firstLineBytes.end(), isBase64Digit);
        if (isBase64Text(trimmed) || meantAsBase64) {
            const StrictBase64 decoded = decodeBase64Strictly(trimmed);
            if (decoded.bad >= 0 && meantAsBase64)
                return badBase64Error(fileName, bytes, base + decoded.bad);
            if (!decoded.bytes.isEmpty() && static_cast<unsigned char>(decoded.bytes[0]) == 0x30)
                return std::vector<Payload>{{ContainerKind::Base64, QString(), decoded.bytes, {}}};
        }
        return makeError(Code::TextFile, fileName,
                         Text::tr("this is a text file, not a Certificate Trust List (it begins with \"%1\")")
                             .arg(firstLine(trimmed)));
    }

    const QString known = knownBinaryFormat(bytes);
    if (!known.isEmpty())
        return makeError(Code::Unrecognised, fileName,
                         Text::tr("this is %1, not a Certificate Trust List").arg(known));
    return makeError(
        Code::Unrecognised, fileName,
        Text::tr("the content is not a Certificate Trust List: it is neither a CAB archive, DER, PEM nor "
                 "base64 (it begins with the bytes %1)")
            .arg(QString::fromLatin1(bytes.left(8).toHex(' '))),
        0);
}

} // namespace ctlv
