// Typesets the PDF report of one list with QTextDocument and QPdfWriter, the entries in chunks so that
// a million-entry list fits in memory.
#include "PdfReport.h"

#include "CtlDocument.h"
#include "EntryStatus.h"
#include "FileAccess.h"
#include "FindingText.h"
#include "Oids.h"
#include "Sections.h"
#include "VerdictText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::PdfReport)
};

// The locale's short date and time in UTC, with a four-digit year: Korean and German short formats
// write "25. 6. 16." and "16.06.25", which a report read years later should not leave to guesswork.
QString shortDateTime(const QLocale &locale, const QDateTime &time) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(time.toUTC(), format + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

class HtmlBuilder {
public:
    HtmlBuilder(const CtlDocument &document, const ValidationReport &report, const PdfOptions &options)
        : m_doc(document), m_report(report), m_options(options) {}

    // Everything before the entries: title, verdict, file, list, findings, signers.
    QString head() {
        m_html = QStringLiteral("<html><body>");
        m_html += QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("Certificate Trust List report")));
        m_html += QStringLiteral("<p>%1</p>").arg(esc(QFileInfo(m_doc.fileName).fileName()));
        verdict();
        listSections();
        findingsSection();
        signersSection();
        m_html += QStringLiteral("</body></html>");
        return std::exchange(m_html, QString());
    }

    // Entries [begin, end) as a table with its header; the first chunk carries the section heading.
    QString entries(size_t begin, size_t end) {
        m_html = QStringLiteral("<html><body>");
        entriesSection(begin, end);
        m_html += QStringLiteral("</body></html>");
        return std::exchange(m_html, QString());
    }

private:
    QString date(const QDateTime &time) const {
        if (!time.isValid())
            return Text::tr("none");
        return shortDateTime(m_options.locale, time) + QStringLiteral(" UTC");
    }

    QString oids(const QStringList &list) const {
        QStringList parts;
        for (const QString &oid : list)
            parts << esc(oid::describe(oid));
        return parts.join(QStringLiteral("<br/>"));
    }

    void row(const QString &label, const QString &valueHtml) {
        m_html +=
            QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), valueHtml);
    }

    void beginFacts() {
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    }
    void endTable() { m_html += QStringLiteral("</table>"); }

    void verdict() {
        m_html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Verdict")));
        m_html +=
            QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\"><tr><td>");
        const VerdictSummary summary = verdictSummary(m_report);
        m_html += QStringLiteral("<p><b>%1: %2</b></p>")
                      .arg(esc(verdictKey(m_report.verdict)), esc(summary.headline));
        if (!summary.sentence.isEmpty())
            m_html += QStringLiteral("<p>%1</p>").arg(esc(summary.sentence));
        if (m_report.nativeDialog.wouldWarn)
            m_html += QStringLiteral("<p><b>%1</b> %2</p>")
                          .arg(esc(m_report.nativeDialog.cosmetic
                                       ? Text::tr("Windows' \"not valid\" warning is cosmetic.")
                                       : Text::tr("Windows' \"not valid\" warning is real.")),
                               esc(nativeDialogExplanation(m_report.nativeDialog)));
        else
            m_html += QStringLiteral("<p>%1</p>").arg(esc(nativeDialogExplanation(m_report.nativeDialog)));
        m_html += QStringLiteral("</td></tr></table>");
    }

    // A value as the report typesets it: hex in a monospace face, OIDs with their names and numbers one
    // per line, and a field's details (an extension's log IDs) small beneath it.
    static QString valueHtml(const sections::Field &field) {
        QString html;
        switch (field.kind) {
        case sections::FieldKind::Monospace:
            html = QStringLiteral("<tt>%1</tt>").arg(esc(field.value));
            break;
        case sections::FieldKind::Oids:
            html = esc(sections::describedOids(field, QStringLiteral("\n")))
                       .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            break;
        case sections::FieldKind::Warning:
            html = QStringLiteral("<b>%1</b>").arg(esc(field.value));
            break;
        default:
            html = esc(field.value);
            break;
        }
        QStringList details;
        for (const sections::Field &child : field.children)
            details << (child.kind == sections::FieldKind::Monospace
                            ? esc(child.value)
                            : esc(child.label + QStringLiteral(": ") + child.value));
        if (!details.isEmpty())
            html +=
                QStringLiteral("<br/><small><tt>%1</tt></small>").arg(details.join(QStringLiteral("<br/>")));
        return html;
    }

    void sectionTable(const sections::Section *section) {
        if (!section)
            return;
        m_html += QStringLiteral("<h2>%1</h2>").arg(esc(section->title));
        beginFacts();
        for (const sections::Field &field : section->fields)
            row(sections::describedLabel(field), valueHtml(field));
        endTable();
    }

    // File, General (with the list's age) and Extensions, from the sections builder.
    void listSections() {
        const sections::Sections list = sections::shownIn(
            sections::listSections(m_doc, m_options.locale, &m_report), sections::Shown::ReportsOnly);
        for (const char *key : {"file", "general", "extensions"})
            sectionTable(sections::findSection(list, QString::fromLatin1(key)));
    }

    void findingsSection() {
        m_html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Findings")));
        // Windows' dialog warning first: it is why most readers opened the report.
        std::vector<const Finding *> ordered;
        for (const Finding &finding : m_report.findings)
            if (finding.code == FindingCode::NativeDialogWarning)
                ordered.push_back(&finding);
        for (const Finding &finding : m_report.findings)
            if (finding.code != FindingCode::NativeDialogWarning)
                ordered.push_back(&finding);
        for (const Finding *item : ordered) {
            const sections::Sections finding = sections::shownIn(
                {sections::findingSection(*item, &m_doc, m_options.locale)}, sections::Shown::ReportsOnly);
            if (finding.empty())
                continue;
            const sections::Field *severity = sections::findField(finding, u"severity");
            const sections::Field *explanation = sections::findField(finding, u"explanation");
            const sections::Section &section = finding.front();
            m_html += QStringLiteral("<p><b>[%1] %2</b><br/>%3</p>")
                          .arg(esc(severity ? severity->value : QString()), esc(section.title),
                               esc(explanation ? explanation->value : QString()));
        }
    }

    void signersSection() {
        m_html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Signers and certificate chains")));
        if (m_doc.signers.empty())
            m_html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("The list carries no signature.")));
        for (size_t i = 0; i < m_doc.signers.size(); ++i) {
            const SignerInfoData &signer = m_doc.signers[i];
            const SignerResult &result = m_report.signers[i];
            m_html += QStringLiteral("<h3>%1</h3>")
                          .arg(esc(Text::tr("Signer %1: %2").arg(i + 1).arg(signerKindKey(signer.kind))));
            beginFacts();
            row(sections::label::digestAlgorithm(), esc(oid::describe(signer.digestAlgorithm)));
            row(sections::label::signature(),
                esc(result.intact() ? Text::tr("intact")
                                    : Text::tr("does not verify: %1").arg(signerFailureText(result))));
            row(Text::tr("Chain"),
                esc(result.chainAtSigning.trusted
                        ? Text::tr("trusted as of %1").arg(date(result.chainAtSigning.evaluatedAt))
                        : chainProblemsText(result.chainAtSigning.errors)));
            if (signer.programName)
                row(sections::label::programName(), esc(*signer.programName));
            endTable();
            int depth = 0;
            for (const ChainElement &element : result.chainAtSigning.elements) {
                const CertificateInfo &certificate = element.certificate;
                m_html += QStringLiteral("<p><b>%1</b><br/>")
                              .arg(esc(QString(depth++ * 2, QLatin1Char(' ')) + certificate.subject));
                m_html += esc(Text::tr("Issuer: %1").arg(certificate.issuer)) + QStringLiteral("<br/>");
                m_html += esc(Text::tr("Valid from %1 to %2")
                                  .arg(date(certificate.notBefore), date(certificate.notAfter))) +
                          QStringLiteral("<br/>");
                m_html += esc(
                    Text::tr("Purposes: %1")
                        .arg(certificate.hasEkuExtension ? QString() : Text::tr("any (no EKU extension)")));
                if (certificate.hasEkuExtension)
                    m_html += oids(certificate.ekus).replace(QStringLiteral("<br/>"), QStringLiteral(", "));
                m_html += QStringLiteral("<br/>") +
                          esc(Text::tr("Source: %1").arg(chainOriginLabel(element.origin))) +
                          QStringLiteral("</p>");
            }
            if (!result.chainAtSigning.missingIssuer.isEmpty())
                m_html +=
                    QStringLiteral("<p><b>%1</b></p>")
                        .arg(esc(Text::tr("Issuer not found: %1").arg(result.chainAtSigning.missingIssuer)));
        }
    }

    void entriesSection(size_t begin, size_t end) {
        const QDateTime reference = m_report.now.isValid() ? m_report.now : QDateTime::currentDateTimeUtc();
        if (begin == 0) {
            m_html += QStringLiteral("<h2>%1</h2>").arg(esc(sections::label::entries()));
            m_html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Status as of %1.").arg(date(reference))));
        }
        m_html +=
            QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                           "style=\"font-size:7pt\"><thead><tr>"
                           "<th width=\"4%\">#</th><th width=\"50%\">%1</th><th width=\"19%\">%2</th><th "
                           "width=\"9%\">%3</th>"
                           "<th width=\"9%\">%4</th><th width=\"9%\">%5</th></tr></thead>")
                .arg(esc(Text::tr("Friendly name, identifier, SHA-256")), esc(sections::label::purposes()),
                     esc(sections::label::disabledFrom()), esc(sections::label::notBefore()),
                     esc(Text::tr("Status")));
        const ListKind kind = m_doc.kind();
        for (size_t index = begin; index < end; ++index) {
            const CtlEntry entry = m_doc.entries[index];
            // Thumbprints in a small monospace face, so a SHA-256 fits on one line.
            QString identity =
                QStringLiteral("<b>%1</b><br/><span style=\"font-family:monospace; font-size:6pt\">%2")
                    .arg(esc(entry.friendlyName.value_or(QString())), esc(entry.identifierText()));
            if (!entry.sha256.isEmpty())
                identity += QStringLiteral("<br/>%1").arg(toHex(entry.sha256));
            identity += QStringLiteral("</span>");
            QString purposes;
            if (entry.ekus) {
                QStringList labels;
                for (const QString &oid : *entry.ekus)
                    labels << esc(oid::label(oid));
                purposes = labels.join(QStringLiteral(", "));
            }
            const auto filetime = [this](const std::optional<FiletimeValue> &value,
                                         const std::optional<QStringList> &ekus) {
                if (!value)
                    return QString();
                QString text = esc(value->empty ? Text::tr("always") : date(value->utc));
                if (ekus && !ekus->isEmpty()) {
                    QStringList labels;
                    for (const QString &oid : *ekus)
                        labels << esc(oid::label(oid));
                    text += QStringLiteral("<br/>(") + labels.join(QStringLiteral(", ")) + QLatin1Char(')');
                }
                return text;
            };
            m_html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(QString::number(index + 1), identity, purposes,
                         filetime(entry.disabledFrom, entry.disabledEkus),
                         filetime(entry.notBefore, entry.notBeforeEkus),
                         esc(entryStatusLabel(entryStatusFor(entry, kind, reference))));
        }
        m_html += QStringLiteral("</table>");
    }

    const CtlDocument &m_doc;
    const ValidationReport &m_report;
    const PdfOptions &m_options;
    QString m_html;
};

// The scripts a report may need beyond Latin, the writing system fontconfig reports a font's coverage as, and
// the Debian package with a font for it. Han is covered by any of the CJK writing systems.
struct ScriptFont {
    QChar::Script script;
    std::vector<QFontDatabase::WritingSystem> writingSystems;
    const char *name;    // in the warning; the script's English name, as Unicode spells it
    const char *package; // fonts-noto-cjk is what the package Recommends
};
const std::vector<ScriptFont> &scriptFonts() {
    static const std::vector<ScriptFont> table = {
        {QChar::Script_Hangul, {QFontDatabase::Korean}, "Hangul", "fonts-noto-cjk"},
        {QChar::Script_Han,
         {QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese, QFontDatabase::Japanese,
          QFontDatabase::Korean},
         "Han",
         "fonts-noto-cjk"},
        {QChar::Script_Hiragana, {QFontDatabase::Japanese}, "Hiragana", "fonts-noto-cjk"},
        {QChar::Script_Katakana, {QFontDatabase::Japanese}, "Katakana", "fonts-noto-cjk"},
        {QChar::Script_Cyrillic, {QFontDatabase::Cyrillic}, "Cyrillic", "fonts-dejavu-core"},
        {QChar::Script_Greek, {QFontDatabase::Greek}, "Greek", "fonts-dejavu-core"},
        {QChar::Script_Arabic, {QFontDatabase::Arabic}, "Arabic", "fonts-dejavu-core"},
        {QChar::Script_Hebrew, {QFontDatabase::Hebrew}, "Hebrew", "fonts-dejavu-core"},
        {QChar::Script_Thai, {QFontDatabase::Thai}, "Thai", "fonts-noto-core"},
        {QChar::Script_Devanagari, {QFontDatabase::Devanagari}, "Devanagari", "fonts-noto-core"},
    };
    return table;
}

// Collects the scripts of the text typeset into the report (HTML: markup and entities are ASCII).
void collectScripts(const QString &text, std::set<QChar::Script> &scripts) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            continue;
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, text.at(++i));
        scripts.insert(QChar::script(codePoint));
    }
}

// One warning per collected script that no installed font covers.
QStringList missingFontWarnings(const std::set<QChar::Script> &scripts) {
    QStringList warnings;
    for (const ScriptFont &entry : scriptFonts()) {
        if (!scripts.count(entry.script))
            continue;
        const bool covered = std::any_of(
            entry.writingSystems.begin(), entry.writingSystems.end(),
            [](QFontDatabase::WritingSystem system) { return !QFontDatabase::families(system).isEmpty(); });
        if (!covered)
            warnings << Text::tr("warning: no installed font has %1 characters: the PDF shows them as empty "
                                 "boxes (on Debian, install %2)")
                            .arg(QLatin1String(entry.name), QLatin1String(entry.package));
    }
    return warnings;
}

} // namespace

// Rows typeset at once. A QTextDocument holds its whole layout in memory (a million rows took about
// 7 GB), so the entries are typeset in chunks of this many rows, each starting on a new page, and only
// one chunk exists at a time.
constexpr size_t RowsPerChunk = 1000;

Expected<PdfWritten> PdfReport::write(const QString &path, const CtlDocument &document,
                                      const ValidationReport &report, const PdfOptions &options,
                                      const QStringList &inputs) {
    // Atomic: a failed export leaves no half-written file.
    auto target = ExportTarget::open(path, inputs);
    if (!target)
        return target.error();
    Expected<PdfWritten> written = write(target.value()->device(), document, report, options);
    if (!written) {
        target.value()->cancel();
        return written;
    }
    if (const auto committed = target.value()->commit(); !committed)
        return committed.error();
    return written;
}

Expected<PdfWritten> PdfReport::write(QIODevice &file, const CtlDocument &document,
                                      const ValidationReport &report, const PdfOptions &options) {
    // Errors name no file: the caller knows where the device writes (a path, standard output).
    const auto unwritable = [](const QString &message) {
        LoadError error;
        error.code = LoadError::Code::Unwritable;
        error.message = message;
        return error;
    };
    PdfWritten written;
    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(
            Text::tr("Certificate Trust List report: %1").arg(QFileInfo(document.fileName).fileName()));
        writer.setCreator(QStringLiteral("CTL Viewer %1").arg(options.programVersion));

        QFont font(QStringLiteral("DejaVu Sans"), 9);
        // Names and translated text may need other scripts; fontconfig falls back per glyph.
        font.setFamilies(
            {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR")});
        // Ligatures ("fi") would make the PDF's text unsearchable for "Certificate": skip shaping where a
        // script does not need it (Latin); scripts that need shaping still get it.
        font.setStyleStrategy(QFont::PreferNoShaping);

        QPainter painter;
        if (!painter.begin(&writer))
            return unwritable(Text::tr("cannot start the PDF writer"));
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QFontMetricsF metrics(font, &writer);
        const qreal footerHeight = metrics.height() * 2.5;
        const QSizeF body(page.width(), page.height() - footerHeight);

        // The parts: the head, then the entries in chunks (an empty list still gets its heading).
        HtmlBuilder builder(document, report, options);
        const size_t entryCount = document.entries.size();
        const size_t chunks = std::max<size_t>(1, (entryCount + RowsPerChunk - 1) / RowsPerChunk);
        const auto partHtml = [&](size_t part) {
            if (part == 0)
                return builder.head();
            const size_t begin = (part - 1) * RowsPerChunk;
            return builder.entries(begin, std::min(entryCount, begin + RowsPerChunk));
        };
        std::set<QChar::Script> scripts; // of every part's text, collected on the first pass
        const auto typeset = [&](QTextDocument &text, size_t part) {
            text.documentLayout()->setPaintDevice(&writer);
            text.setDefaultFont(font);
            const QString html = partHtml(part);
            if (options.reportMissingFonts)
                collectScripts(html, scripts);
            text.setHtml(html);
            text.setPageSize(body);
        };
        // "Page x of y" needs y first: a first pass counts each part's pages. Lists of one chunk (most
        // lists) keep their typeset parts for the second pass; longer ones are typeset twice rather than
        // held in memory.
        const bool keepParts = chunks == 1;
        std::vector<int> partPages;
        std::vector<std::unique_ptr<QTextDocument>> keptParts(chunks + 1);
        for (size_t part = 0; part <= chunks; ++part) {
            auto text = std::make_unique<QTextDocument>();
            typeset(*text, part);
            partPages.push_back(text->pageCount());
            if (keepParts)
                keptParts[part] = std::move(text);
        }
        for (const int count : partPages)
            pages += count;
        const QString footerLeft = Text::tr("CTL Viewer %1 \u00b7 generated %2 UTC")
                                       .arg(options.programVersion, shortDateTime(options.locale, generated));
        if (options.reportMissingFonts) {
            collectScripts(footerLeft + Text::tr("Page %1 of %2"), scripts);
            written.fontWarnings = missingFontWarnings(scripts);
        }
        int pageNumber = 0;
        for (size_t part = 0; part <= chunks; ++part) {
            std::unique_ptr<QTextDocument> text = std::move(keptParts[part]);
            if (!text) {
                text = std::make_unique<QTextDocument>();
                typeset(*text, part);
            }
            for (int index = 0; index < text->pageCount(); ++index) {
                if (pageNumber > 0)
                    writer.newPage();
                ++pageNumber;
                painter.save();
                painter.translate(0, -index * body.height());
                text->drawContents(&painter, QRectF(QPointF(0, index * body.height()), body));
                painter.restore();
                painter.setFont(font);
                const QRectF footer(0, body.height() + metrics.height(), body.width(),
                                    metrics.height() * 1.2);
                painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
                painter.drawText(
                    footer, Qt::AlignRight | Qt::AlignVCenter,
                    Text::tr("Page %1 of %2").arg(QString::number(pageNumber), QString::number(pages)));
            }
        }
        if (!painter.end() || !file.isOpen())
            return unwritable(Text::tr("cannot write the PDF: %1").arg(file.errorString()));
    }
    written.pageCount = pages;
    return written;
}

} // namespace ctlv
