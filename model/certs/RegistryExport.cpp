// The regedit export reader: UTF-16LE or REGEDIT4 text into keys and typed values (RegistryExport.h).
#include "RegistryExport.h"

#include <QCoreApplication>
#include <QStringDecoder>

// The .reg syntax follows Microsoft's KB 310516 "How to add, modify, or delete registry subkeys and
// values by using a .reg file" (support.microsoft.com): the header "Windows Registry Editor Version 5.00"
// (or "REGEDIT4"), [key paths] in brackets, "Name"=value lines, @ for the default value, "Name"=- to
// delete, dword:XXXXXXXX, hex: for REG_BINARY and hex(N): for the other types (hex(b) = REG_QWORD, as
// winnt.h numbers REG_* types). regedit writes version 5.00 files in UTF-16LE with a BOM and CRLF, and
// wraps long hex values with a backslash and continuation lines indented by two spaces (observed in
// regedit's exports; described in shared/samples/certificates/SOURCES.md).

namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::RegistryExport)
};

const QLatin1String header5("Windows Registry Editor Version 5.00");
const QLatin1String header4("REGEDIT4");

LoadError lineError(const QString &fileName, int line, const QString &what) {
    LoadError error;
    error.code = LoadError::Code::MalformedCertificateSource;
    error.file = fileName;
    error.message = Text::tr("line %1: %2").arg(QString::number(line), what);
    return error;
}

QString decodeText(const QByteArray &bytes) {
    if (bytes.startsWith("\xff\xfe")) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder(QByteArrayView(bytes).sliced(2));
    }
    if (bytes.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    return QString::fromUtf8(bytes);
}

// A quoted name or string starting at `text[position]` (the opening quote); moves `position` past the
// closing quote. Returns false when the quote is not closed.
bool readQuoted(QStringView text, qsizetype &position, QString &out) {
    ++position;
    while (position < text.size()) {
        const QChar c = text[position++];
        if (c == QLatin1Char('"'))
            return true;
        if (c == QLatin1Char('\\') && position < text.size())
            out += text[position++];
        else
            out += c;
    }
    return false;
}

int hexDigit(QChar c) {
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Appends the comma-separated hex bytes of one line to `out`. `continues` tells whether the line ended
// with the backslash that announces a continuation line. Returns an error text, or empty.
QString readHexBytes(QStringView text, QByteArray &out, bool &continues) {
    QStringView rest = text.trimmed();
    continues = rest.endsWith(QLatin1Char('\\'));
    if (continues)
        rest.chop(1);
    rest = rest.trimmed();
    if (rest.isEmpty())
        return continues ? QString() : QString();
    const auto parts = rest.split(QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i].trimmed();
        if (part.isEmpty()) {
            // Only the last part may be empty, and only when the value goes on on the next line.
            if (i == parts.size() - 1 && continues)
                break;
            return i == parts.size() - 1
                       ? Text::tr("the hex value ends with a comma but no backslash; its continuation line "
                                  "is missing")
                       : Text::tr("two commas without a hex byte between them");
        }
        if (part.size() != 2 || hexDigit(part[0]) < 0 || hexDigit(part[1]) < 0)
            return Text::tr("\"%1\" is not a hex byte").arg(part.left(16).toString());
        out.append(static_cast<char>(hexDigit(part[0]) * 16 + hexDigit(part[1])));
    }
    return {};
}
} // namespace

bool RegistryExport::looksLikeRegistryExport(const QByteArray &bytes) {
    const QString start = decodeText(bytes.left(160)).trimmed();
    return start.startsWith(header5) || start.startsWith(header4);
}

Expected<std::vector<RegistryKey>> RegistryExport::parse(const QByteArray &bytes, const QString &fileName) {
    const QString text = decodeText(bytes);
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    std::vector<RegistryKey> keys;
    bool headerSeen = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = static_cast<int>(index) + 1;
        QStringView line = lines[index];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (!headerSeen) {
            if (trimmed != header5 && trimmed != header4)
                return lineError(fileName, lineNumber,
                                 Text::tr("a registry export begins with \"%1\" or \"%2\"")
                                     .arg(QString(header5), QString(header4)));
            headerSeen = true;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')))
                return lineError(fileName, lineNumber, Text::tr("the key name has no closing \"]\""));
            keys.push_back({trimmed.mid(1, trimmed.size() - 2).toString(), lineNumber, {}});
            continue;
        }
        if (keys.empty())
            return lineError(fileName, lineNumber, Text::tr("a value before the first [key]"));
        RegistryValue value;
        value.line = lineNumber;
        qsizetype position = 0;
        if (trimmed.startsWith(QLatin1Char('@'))) {
            position = 1;
        } else if (!trimmed.startsWith(QLatin1Char('"')) || !readQuoted(trimmed, position, value.name)) {
            return lineError(fileName, lineNumber,
                             Text::tr("expected a [key], a \"name\"=value line or a blank line"));
        }
        if (position >= trimmed.size() || trimmed[position] != QLatin1Char('='))
            return lineError(fileName, lineNumber, Text::tr("the value name is not followed by \"=\""));
        const QStringView data = trimmed.mid(position + 1);
        if (data == QLatin1String("-")) {
            value.type = QStringLiteral("delete");
        } else if (data.startsWith(QLatin1Char('"'))) {
            qsizetype at = 0;
            QString string;
            if (!readQuoted(data, at, string) || at != data.size())
                return lineError(fileName, lineNumber, Text::tr("the string value is not closed by \""));
            value.type = QStringLiteral("string");
            value.data = string.toUtf8();
        } else if (data.startsWith(QLatin1String("dword:"))) {
            bool ok = false;
            const QStringView digits = data.mid(6);
            const uint number = digits.size() == 8 ? digits.toUInt(&ok, 16) : 0;
            if (!ok)
                return lineError(fileName, lineNumber, Text::tr("a dword value takes eight hex digits"));
            value.type = QStringLiteral("dword");
            for (int shift = 0; shift < 32; shift += 8)
                value.data.append(static_cast<char>((number >> shift) & 0xff));
        } else if (data.startsWith(QLatin1String("hex"))) {
            const qsizetype colon = data.indexOf(QLatin1Char(':'));
            const QStringView type = colon < 0 ? QStringView() : data.left(colon);
            if (type != QLatin1String("hex") && !(type.startsWith(QLatin1String("hex(")) &&
                                                  type.endsWith(QLatin1Char(')')) && type.size() > 5))
                return lineError(fileName, lineNumber,
                                 Text::tr("unknown value type \"%1\"").arg(data.left(12)));
            value.type = type.toString();
            bool continues = false;
            QString problem = readHexBytes(data.mid(colon + 1), value.data, continues);
            int continuationLine = lineNumber;
            while (problem.isEmpty() && continues) {
                ++index;
                continuationLine = static_cast<int>(index) + 1;
                if (index >= lines.size()) {
                    problem =
                        Text::tr("the hex value of \"%1\" ends with a backslash, but the file ends there")
                            .arg(value.name);
                    break;
                }
                QStringView next = lines[index];
                if (next.endsWith(QLatin1Char('\r')))
                    next.chop(1);
                // regedit indents continuation lines; a blank line, a [key] or a "name"= line means the
                // continuation was lost.
                const QStringView nextTrimmed = next.trimmed();
                if (nextTrimmed.isEmpty() || nextTrimmed.startsWith(QLatin1Char('[')) ||
                    nextTrimmed.startsWith(QLatin1Char('"')) || nextTrimmed.startsWith(QLatin1Char('@'))) {
                    problem = Text::tr("the hex value of \"%1\" ends with a backslash, but line %2 does not "
                                       "continue it")
                                  .arg(value.name, QString::number(continuationLine));
                    break;
                }
                problem = readHexBytes(next, value.data, continues);
            }
            if (!problem.isEmpty())
                return lineError(fileName, continuationLine, problem);
        } else {
            return lineError(fileName, lineNumber,
                             Text::tr("unknown value type \"%1\"").arg(data.left(12).toString()));
        }
        keys.back().values.push_back(std::move(value));
    }
    if (!headerSeen)
        return lineError(fileName, 1, Text::tr("the file is empty"));
    return keys;
}

} // namespace ctlv
