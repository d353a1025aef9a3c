// Writes a list's entries and its findings as CSV (RFC 4180), with cells that a spreadsheet would
// run as a formula neutralised.
#include "CsvExport.h"

#include "EffectiveTrust.h"

#include "EntryStatus.h"
#include "FindingText.h"
#include "Oids.h"
#include "OrderedChunks.h"

#include <QLocale>

#include <optional>
#include <utility>

namespace ctlv {

namespace {

QString joinOids(const std::optional<QStringList> &oids) {
    return oids ? oids->join(QLatin1Char(' ')) : QString();
}

QString joinLabels(const std::optional<QStringList> &oids) {
    if (!oids)
        return {};
    QStringList labels;
    for (const QString &oid : *oids)
        labels << oid::label(oid);
    return labels.join(QStringLiteral("; "));
}

QString filetime(const std::optional<FiletimeValue> &value) {
    if (!value)
        return {};
    return value->empty ? QStringLiteral("always") : isoUtc(value->utc);
}

// Rows as UTF-8, written to `out` in 64 KiB pieces, or (without a device) kept for take(): a chunk of
// rows formatted on a worker thread.
class Writer {
public:
    Writer(QIODevice *out, const CsvOptions &options) : m_out(out), m_options(options) {
        if (out && options.byteOrderMark)
            m_buffer.append("\xef\xbb\xbf");
    }
    void row(const QStringList &cells) {
        // Each cell straight into the UTF-8 buffer; only a cell that needs quoting or neutralising goes
        // through CsvExport::cell (one scan decides: most cells are hex, dates and OIDs).
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                appendUtf8(QStringView(&m_options.separator, 1));
            const QString &text = cells[i];
            if (plain(text))
                appendUtf8(text);
            else
                appendUtf8(CsvExport::cell(text, m_options.separator));
        }
        m_buffer.append("\r\n");
        if (m_out && m_buffer.size() > (1 << 16))
            flush();
    }
    // Whether cell() would return `text` unchanged: no leading formula character, nothing to quote.
    bool plain(const QString &text) const {
        if (text.isEmpty())
            return true;
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first.isSpace() ||
            text.back().isSpace())
            return false;
        const char16_t separator = m_options.separator.unicode();
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == separator || u == u'"' || u == u'\n' || u == u'\r')
                return false;
        }
        return true;
    }
    void appendUtf8(QStringView text) {
        // ASCII (most cells) byte by byte; anything else through the UTF-8 encoder.
        const qsizetype start = m_buffer.size();
        m_buffer.resize(start + text.size());
        char *out = m_buffer.data() + start;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text[i].unicode();
            if (u >= 0x80) {
                m_buffer.resize(start);
                m_buffer.append(text.toUtf8());
                return;
            }
            out[i] = char(u);
        }
    }
    bool flush() {
        if (!m_buffer.isEmpty() && m_out->write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
        return m_ok;
    }
    // Rows formatted elsewhere, in order.
    bool append(const QByteArray &rows) {
        if (!flush())
            return false;
        if (!rows.isEmpty() && m_out->write(rows) != rows.size())
            m_ok = false;
        return m_ok;
    }
    QByteArray take() { return std::exchange(m_buffer, QByteArray()); }

private:
    QIODevice *m_out;
    const CsvOptions &m_options;
    QByteArray m_buffer;
    bool m_ok = true;
};

// The result of a whole export: the device's error when it refused a write.
Expected<void> writtenOrError(bool written, const QIODevice &out) {
    if (written)
        return {};
    LoadError error;
    error.code = LoadError::Code::Unwritable;
    error.message = out.errorString();
    return error;
}

} // namespace

QString CsvExport::cell(const QString &value, QChar separator) {
    QString text = value;
    // OWASP CSV injection: a leading =, +, -, @ (or tab/CR) makes spreadsheets evaluate the cell.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text != text.trimmed();
    if (!quote)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QChar CsvExport::separatorForLocale(const QLocale &locale) {
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

Expected<void> CsvExport::writeEntries(QIODevice &out, const CtlDocument &document, const CsvOptions &options,
                                       const std::vector<int> *rows) {
    Writer writer(&out, options);
    QStringList header(
        {QStringLiteral("identifier"), QStringLiteral("identifierKind"), QStringLiteral("friendlyName"),
         QStringLiteral("sha256"), QStringLiteral("ekuNames"), QStringLiteral("ekuOids"),
         QStringLiteral("disabledFrom"), QStringLiteral("disabledEkus"), QStringLiteral("notBefore"),
         QStringLiteral("notBeforeEkus"), QStringLiteral("evPolicies"), QStringLiteral("status"),
         QStringLiteral("statusAt"), QStringLiteral("unknownAttributes")});
    // Effective trust (issue #15): for every purpose the list mentions, the status at trustAt on
    // Windows 10 and the date it took effect (before the certificate columns, which stay last).
    const TrustTable trust = TrustTable::build(document);
    const QStringList trustPurposes = trust.purposes();
    TrustQuestion trustQuestion;
    trustQuestion.at = options.trustAt.isValid()    ? options.trustAt.toUTC()
                       : options.statusAt.isValid() ? options.statusAt.toUTC()
                                                    : QDateTime::currentDateTimeUtc();
    for (const QString &purpose : trustPurposes)
        header << QStringLiteral("trust:") + trustPurposeAlias(purpose)
               << QStringLiteral("trust:") + trustPurposeAlias(purpose) + QStringLiteral(":since");
    if (options.links)
        header << QStringLiteral("certificateSubject") << QStringLiteral("certificateNotAfter")
               << QStringLiteral("certificateMatch");
    const QDateTime statusAt =
        options.statusAt.isValid() ? options.statusAt.toUTC() : QDateTime::currentDateTimeUtc();
    writer.row(header);
    const ListKind kind = document.kind();
    const QString statusAtText = isoUtc(statusAt); // the same in every row
    // Reads only what every worker shares (the document, the trust table, the links); writes into `rows`.
    const auto writeEntry = [&](Writer &rows, const CtlEntry &entry, size_t index) {
        QStringList policies;
        for (const RootProgramPolicy &policy : entry.rootProgramPolicies)
            policies << policy.policyOid;
        QStringList unknown;
        for (const RawAttribute &attribute : entry.unknownAttributes) {
            QStringList values;
            for (const QByteArray &value : attribute.values)
                values << toHex(value);
            unknown << attribute.oid + QLatin1Char('=') + values.join(QLatin1Char(','));
        }
        QStringList cells{entry.identifierText(),
                          identifierKindKey(entry.identifierKind),
                          entry.friendlyName.value_or(QString()),
                          toHex(entry.sha256),
                          joinLabels(entry.ekus),
                          joinOids(entry.ekus),
                          filetime(entry.disabledFrom),
                          joinOids(entry.disabledEkus),
                          filetime(entry.notBefore),
                          joinOids(entry.notBeforeEkus),
                          policies.join(QLatin1Char(' ')),
                          entryStatusKey(entryStatusFor(entry, kind, statusAt)),
                          statusAtText,
                          unknown.join(QLatin1Char(' '))};
        TrustQuestion question = trustQuestion;
        for (const QString &purpose : trustPurposes) {
            question.purpose = purpose;
            const TrustAnswer answer =
                index < trust.size() ? trust.evaluate(index, question) : notListedAnswer();
            cells << trustStatusKey(answer.status)
                  << (answer.since.isValid() ? isoUtc(answer.since) : QString());
        }
        if (options.links && index < options.links->entries.size()) {
            const EntryLink &link = options.links->entries[index];
            const StoredCertificate *certificate =
                link.certificate >= 0 ? &options.links->certificates[static_cast<size_t>(link.certificate)]
                                      : nullptr;
            cells << (certificate ? certificate->info().subject : QString())
                  << (certificate ? isoUtc(certificate->info().notAfter) : QString())
                  << certificateMatchKey(link.match);
        }
        rows.row(cells);
    };
    // The rows to write: `rows` (the viewer's filtered, sorted order), or every entry.
    const size_t entryCount = document.entries.size();
    const size_t count = rows ? rows->size() : entryCount;
    const auto entryAt = [&](size_t position) -> std::optional<size_t> {
        if (!rows)
            return position;
        const int index = (*rows)[position];
        if (index < 0 || static_cast<size_t>(index) >= entryCount)
            return std::nullopt;
        return static_cast<size_t>(index);
    };
    // Formatted in chunks on every core, written in order (a million rows).
    forEachChunkInOrder<QByteArray>(
        count, 4096, chunkWorkers(count),
        [&](size_t, size_t begin, size_t end) {
            Writer chunk(nullptr, options);
            for (size_t position = begin; position < end; ++position)
                if (const std::optional<size_t> index = entryAt(position))
                    writeEntry(chunk, document.entries.decode(*index), *index);
            return chunk.take();
        },
        [&](QByteArray &&chunk) { return writer.append(chunk); });
    return writtenOrError(writer.flush(), out);
}

Expected<void> CsvExport::writeFindings(QIODevice &out, const ValidationReport &report,
                                        const CsvOptions &options) {
    Writer writer(&out, options);
    writer.row({QStringLiteral("code"), QStringLiteral("severity"), QStringLiteral("title"),
                QStringLiteral("explanation"), QStringLiteral("cosmetic")});
    for (const Finding &finding : report.findings)
        writer.row({findingCodeKey(finding.code), severityKey(finding.severity), findingTitle(finding),
                    findingExplanation(finding),
                    finding.cosmetic ? QStringLiteral("true") : QStringLiteral("false")});
    return writtenOrError(writer.flush(), out);
}

} // namespace ctlv
