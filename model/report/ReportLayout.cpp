// The report page layout: measuring passes, then painting with QPainter on QPdfWriter (see ReportLayout.h).
#include "ReportLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace ctlv::report {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::PdfReport)
};

constexpr int Resolution = 300;       // device pixels an inch
constexpr qreal MarginMm = 15;        // every side
constexpr qreal BodyPointSize = 9;    // body text
constexpr qreal TablePointSize = 7.5; // table cells
const QColor Rule(0x99, 0x99, 0x99);
const QColor Shade(0xf0, 0xf0, 0xf0);

// Word-wraps `text` to `width`, breaking inside a word only when a word alone is wider (a hash).
QStringList wrap(const QString &text, const QFont &font, const QPaintDevice *device, qreal width) {
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font, const_cast<QPaintDevice *>(device));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines << QString();
    }
    return lines;
}
// Whether `text` fits in `width`: by its length times the widest glyph first (most cells: no shaping),
// else measured.
bool fits(const QFontMetricsF &metrics, const QString &text, qreal width) {
    return text.size() * metrics.maxWidth() <= width || metrics.horizontalAdvance(text) <= width;
}
} // namespace

QFont ReportLayout::font(qreal pointSize, bool monospace) {
    QFont font(monospace ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    // Names and translated text may need other scripts; fontconfig falls back per glyph.
    font.setFamilies(monospace
                         ? QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                                       QStringLiteral("Noto Sans Mono CJK KR")}
                         : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                       QStringLiteral("Noto Sans CJK KR")});
    // Ligatures ("fi") would make the PDF's text unsearchable for "Certificate": skip shaping where a
    // script does not need it (Latin); scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor ReportLayout::toneColor(Tone tone) {
    switch (tone) {
    case Tone::Good:
        return QColor(0x1b, 0x7f, 0x3b);
    case Tone::Warning:
        return QColor(0xb3, 0x6b, 0x00);
    case Tone::Bad:
        return QColor(0xb0, 0x1c, 0x1c);
    case Tone::Neutral:
        break;
    }
    return QColor(0x44, 0x44, 0x44);
}

ReportPainter::ReportPainter(QPdfWriter &writer, QPainter *painter, const PageFrame &frame,
                             const std::vector<TocEntry> &toc, int pageCount, int tocLines)
    : m_writer(writer), m_painter(painter), m_frame(frame), m_knownToc(toc), m_pageCount(pageCount),
      m_tocLines(tocLines) {
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    m_width = page.width();
    m_pageHeight = page.height();
    m_font = ReportLayout::font(BodyPointSize);
    m_bold = m_font;
    m_bold.setBold(true);
    m_small = ReportLayout::font(TablePointSize);
    m_mono = ReportLayout::font(BodyPointSize - 1, true);
    m_smallMono = ReportLayout::font(TablePointSize - 1.5, true);
    m_heading1 = ReportLayout::font(14);
    m_heading1.setBold(true);
    m_heading2 = ReportLayout::font(11);
    m_heading2.setBold(true);
    m_line = QFontMetricsF(m_font, &writer).lineSpacing();
    // Running header: one line and a rule; footer: two lines (three for a diff's two files) under a rule.
    m_bodyTop = m_line * 1.8;
    m_bodyBottom = m_pageHeight - m_line * (0.8 + footerLineCount());
    m_y = m_bodyTop;
    drawFrame();
}

int ReportPainter::footerLineCount() const {
    return std::clamp<int>(static_cast<int>(m_frame.footerLines.size()), 2, 3);
}

void ReportPainter::drawFrame() {
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.setPen(QPen(Rule, 2));
    QFont small = m_small;
    p.setFont(small);
    const QFontMetricsF metrics(small, &m_writer);
    if (!m_frame.runningHeader.isEmpty()) {
        p.setPen(Qt::black);
        p.drawText(QRectF(0, 0, m_width, m_line), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(m_frame.runningHeader, Qt::ElideMiddle, m_width * 0.8));
        p.setPen(QPen(Rule, 2));
        p.drawLine(QPointF(0, m_line * 1.2), QPointF(m_width, m_line * 1.2));
    }
    const qreal footerTop = m_bodyBottom + m_line * 0.6;
    p.setPen(QPen(Rule, 2));
    p.drawLine(QPointF(0, footerTop), QPointF(m_width, footerTop));
    p.setPen(Qt::black);
    const QString pageText = m_frame.pageFormat.arg(
        QString::number(m_page), m_pageCount > 0 ? QString::number(m_pageCount) : QStringLiteral("?"));
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + m_line;
    for (int i = 0; i < std::min<int>(footerLineCount(), m_frame.footerLines.size()); ++i) {
        const QRectF line(0, footerTop + m_line * (0.2 + i), m_width - pageWidth, m_line);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(m_frame.footerLines[i], Qt::ElideMiddle, line.width()));
    }
    p.drawText(QRectF(0, footerTop + m_line * 0.2, m_width, m_line), Qt::AlignRight | Qt::AlignVCenter,
               pageText);
}

void ReportPainter::newPage() {
    if (m_painter)
        m_writer.newPage();
    ++m_page;
    m_y = m_bodyTop;
    drawFrame();
    if (m_inTable)
        tableHeader();
}

void ReportPainter::ensure(qreal height) {
    if (m_y + height > m_bodyBottom && m_y > m_bodyTop + 1)
        newPage();
}

void ReportPainter::space(qreal lines) {
    m_y += m_line * lines;
}

void ReportPainter::pageBreak() {
    if (m_y > m_bodyTop + 1)
        newPage();
}

void ReportPainter::keepLines(qreal lines) {
    ensure(m_line * lines);
}

void ReportPainter::heading(const QString &text, int level, bool startPage) {
    if (startPage)
        pageBreak();
    const QFont &font = level <= 1 ? m_heading1 : m_heading2;
    const qreal height = QFontMetricsF(font, &m_writer).lineSpacing();
    // Keep a heading with at least three lines of what follows.
    ensure(height * 1.4 + m_line * 3);
    if (m_y > m_bodyTop + 1)
        m_y += height * 0.5;
    if (level <= 2)
        m_toc.push_back({text, level, m_page});
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    m_y += height * 1.2;
}

void ReportPainter::paragraph(const QString &text, bool bold, qreal indent, bool small) {
    const QFont &font = small ? m_small : bold ? m_bold : m_font;
    const qreal left = indent * m_line;
    const QStringList lines = wrap(text, font, &m_writer, m_width - left);
    const qreal height = QFontMetricsF(font, &m_writer).lineSpacing();
    // Short paragraphs move to the next page whole; long ones are split by lines.
    if (lines.size() <= 6)
        ensure(height * lines.size());
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
    }
    for (const QString &line : lines) {
        ensure(height);
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(left, m_y, m_width - left, height), Qt::AlignLeft | Qt::AlignVCenter,
                                line);
        }
        m_y += height;
    }
    m_y += height * 0.3;
}

void ReportPainter::keyValues(const std::vector<std::pair<QString, QString>> &rows, bool monospaceValues) {
    const QFontMetricsF boldMetrics(m_bold, &m_writer);
    qreal labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, boldMetrics.horizontalAdvance(row.first));
    labelWidth = std::min(labelWidth + m_line, m_width / 3);
    const QFont &valueFont = monospaceValues ? m_mono : m_font;
    for (const auto &[label, value] : rows) {
        const QStringList labelLines = wrap(label, m_bold, &m_writer, labelWidth - m_line * 0.5);
        const QStringList valueLines = wrap(value, valueFont, &m_writer, m_width - labelWidth);
        const qsizetype count = std::max(labelLines.size(), valueLines.size());
        ensure(m_line * std::min<qsizetype>(count, 8));
        for (qsizetype i = 0; i < count; ++i) {
            ensure(m_line);
            if (m_painter) {
                m_painter->setPen(Qt::black);
                if (i < labelLines.size()) {
                    m_painter->setFont(m_bold);
                    m_painter->drawText(QRectF(0, m_y, labelWidth, m_line), Qt::AlignLeft | Qt::AlignVCenter,
                                        labelLines[i]);
                }
                if (i < valueLines.size()) {
                    m_painter->setFont(valueFont);
                    m_painter->drawText(QRectF(labelWidth, m_y, m_width - labelWidth, m_line),
                                        Qt::AlignLeft | Qt::AlignVCenter, valueLines[i]);
                }
            }
            m_y += m_line;
        }
    }
    m_y += m_line * 0.4;
}

void ReportPainter::drawIcon(Tone tone, const QRectF &box) {
    QPainter &p = *m_painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = ReportLayout::toneColor(tone);
    const qreal w = box.width();
    QPen stroke(Qt::white, w * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    switch (tone) {
    case Tone::Good: // a disc with a check mark
        p.drawEllipse(box);
        p.setPen(stroke);
        p.drawPolyline(QPolygonF{box.topLeft() + QPointF(w * 0.25, w * 0.52),
                                 box.topLeft() + QPointF(w * 0.43, w * 0.70),
                                 box.topLeft() + QPointF(w * 0.76, w * 0.32)});
        break;
    case Tone::Warning: { // a triangle with an exclamation mark
        p.drawPolygon(QPolygonF{box.topLeft() + QPointF(w * 0.5, w * 0.05),
                                box.topLeft() + QPointF(w, w * 0.92), box.topLeft() + QPointF(0, w * 0.92)});
        p.setPen(stroke);
        p.drawLine(box.topLeft() + QPointF(w * 0.5, w * 0.35), box.topLeft() + QPointF(w * 0.5, w * 0.62));
        p.drawPoint(box.topLeft() + QPointF(w * 0.5, w * 0.78));
        break;
    }
    case Tone::Bad: { // an octagon with a cross
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = M_PI / 8 + i * M_PI / 4;
            octagon << box.center() + QPointF(std::cos(angle) * w / 2, std::sin(angle) * w / 2);
        }
        p.drawPolygon(octagon);
        p.setPen(stroke);
        p.drawLine(box.topLeft() + QPointF(w * 0.32, w * 0.32), box.topLeft() + QPointF(w * 0.68, w * 0.68));
        p.drawLine(box.topLeft() + QPointF(w * 0.68, w * 0.32), box.topLeft() + QPointF(w * 0.32, w * 0.68));
        break;
    }
    case Tone::Neutral: // a disc with an "i"
        p.drawEllipse(box);
        p.setPen(stroke);
        p.drawLine(box.topLeft() + QPointF(w * 0.5, w * 0.45), box.topLeft() + QPointF(w * 0.5, w * 0.75));
        p.drawPoint(box.topLeft() + QPointF(w * 0.5, w * 0.27));
        break;
    }
    p.restore();
}

void ReportPainter::callout(Tone tone, const QString &headline, const QStringList &paragraphs) {
    const qreal pad = m_line * 0.6;
    const qreal iconSize = m_line * 2.6;
    const qreal textLeft = pad * 2 + iconSize;
    const qreal textWidth = m_width - textLeft - pad;
    QFont headlineFont = m_heading2;
    const QStringList headLines = wrap(headline, headlineFont, &m_writer, textWidth);
    const qreal headHeight = QFontMetricsF(headlineFont, &m_writer).lineSpacing();
    std::vector<QStringList> bodies;
    qreal height = pad * 2 + headHeight * headLines.size();
    for (const QString &paragraph : paragraphs) {
        bodies.push_back(wrap(paragraph, m_font, &m_writer, textWidth));
        height += m_line * (bodies.back().size() + 0.3);
    }
    height = std::max(height, iconSize + pad * 2);
    ensure(height);
    if (m_painter) {
        QPainter &p = *m_painter;
        const QColor color = ReportLayout::toneColor(tone);
        QColor fill = color;
        fill.setAlpha(28);
        p.setPen(QPen(color, 6));
        p.setBrush(fill);
        p.drawRect(QRectF(0, m_y, m_width, height));
        p.setBrush(Qt::NoBrush);
        drawIcon(tone, QRectF(pad, m_y + pad, iconSize, iconSize));
        qreal y = m_y + pad;
        p.setPen(color.darker(130));
        p.setFont(headlineFont);
        for (const QString &line : headLines) {
            p.drawText(QRectF(textLeft, y, textWidth, headHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += headHeight;
        }
        p.setPen(Qt::black);
        p.setFont(m_font);
        for (const QStringList &body : bodies) {
            y += m_line * 0.3;
            for (const QString &line : body) {
                p.drawText(QRectF(textLeft, y, textWidth, m_line), Qt::AlignLeft | Qt::AlignVCenter, line);
                y += m_line;
            }
        }
    }
    m_y += height + m_line * 0.6;
}

void ReportPainter::tableOfContents(const QString &title) {
    heading(title, 2);
    m_toc.pop_back(); // the contents do not list themselves
    const QFontMetricsF metrics(m_font, &m_writer);
    for (int i = 0; i < m_tocLines; ++i) {
        ensure(m_line);
        if (m_painter && i < int(m_knownToc.size())) {
            const TocEntry &entry = m_knownToc[size_t(i)];
            const qreal indent = (entry.level - 1) * m_line * 1.5;
            const QString number = QString::number(entry.page);
            const qreal numberWidth = metrics.horizontalAdvance(number);
            const QString title =
                metrics.elidedText(entry.title, Qt::ElideRight, m_width - indent - numberWidth * 3);
            m_painter->setFont(entry.level <= 1 ? m_bold : m_font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(indent, m_y, m_width - indent, m_line),
                                Qt::AlignLeft | Qt::AlignVCenter, title);
            m_painter->drawText(QRectF(0, m_y, m_width, m_line), Qt::AlignRight | Qt::AlignVCenter, number);
            // Dotted leader between title and number.
            m_painter->setPen(QPen(Rule, 2, Qt::DotLine));
            const qreal from = indent + metrics.horizontalAdvance(title) + m_line * 0.5;
            const qreal to = m_width - numberWidth - m_line * 0.5;
            if (to > from)
                m_painter->drawLine(QPointF(from, m_y + m_line * 0.75), QPointF(to, m_y + m_line * 0.75));
        }
        m_y += m_line;
    }
    m_y += m_line * 0.5;
}

qreal ReportPainter::rowHeight() const {
    const qreal first = QFontMetricsF(m_small, &m_writer).lineSpacing();
    const qreal second = QFontMetricsF(m_smallMono, &m_writer).lineSpacing();
    return first + second * m_extraLines + m_line * 0.3;
}

void ReportPainter::beginTable(const std::vector<Column> &columns, int extraLines) {
    m_columns = columns;
    m_extraLines = std::max(0, extraLines);
    m_columnX.assign(columns.size(), 0);
    m_columnWidth.assign(columns.size(), 0);
    const QFontMetricsF metrics(m_small, &m_writer);
    const QFontMetricsF monoMetrics(m_smallMono, &m_writer);
    const QFontMetricsF headerMetrics(m_small, &m_writer);
    const qreal pad = m_line * 0.5;
    qreal fixed = 0;
    int stretch = 0;
    for (size_t i = 0; i < columns.size(); ++i) {
        const Column &column = columns[i];
        if (column.widestText.isEmpty()) {
            stretch += std::max(1, column.stretch);
            continue;
        }
        // Wide enough for what must stay on one line, and for the header's longest word.
        qreal width = 0;
        for (const QString &text : column.widestText.split(QLatin1Char('\n')))
            width = std::max(width, (column.monospace ? monoMetrics : metrics).horizontalAdvance(text));
        for (const QString &word : column.title.split(QLatin1Char(' ')))
            width = std::max(width, headerMetrics.horizontalAdvance(word));
        m_columnWidth[i] = width + pad;
        fixed += m_columnWidth[i];
    }
    const qreal rest = std::max(m_width - fixed, m_width * 0.2);
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].widestText.isEmpty())
            m_columnWidth[i] = rest * std::max(1, columns[i].stretch) / std::max(1, stretch);
    qreal x = 0;
    for (size_t i = 0; i < columns.size(); ++i) {
        m_columnX[i] = x;
        x += m_columnWidth[i];
    }
    // Room for the header and a few rows first: a page started here must not draw the header itself
    // (newPage repeats it only for a table already open), or it would stand twice.
    ensure(rowHeight() * 4);
    m_inTable = true;
    m_shaded = false;
    tableHeader();
}

void ReportPainter::tableHeader() {
    // The header wraps its titles to two lines at most.
    const QFontMetricsF metrics(m_small, &m_writer);
    const qreal line = metrics.lineSpacing();
    const qreal pad = m_line * 0.25;
    QFont bold = m_small;
    bold.setBold(true);
    std::vector<QStringList> titles;
    int lines = 1;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        QStringList wrapped = wrap(m_columns[i].title, bold, &m_writer, m_columnWidth[i] - pad * 2);
        if (wrapped.size() > 2)
            wrapped = wrapped.mid(0, 2);
        lines = std::max<int>(lines, wrapped.size());
        titles.push_back(wrapped);
    }
    const qreal height = line * lines + pad * 2;
    if (m_painter) {
        QPainter &p = *m_painter;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xdd, 0xdd, 0xdd));
        p.drawRect(QRectF(0, m_y, m_width, height));
        p.setBrush(Qt::NoBrush);
        p.setFont(bold);
        p.setPen(Qt::black);
        for (size_t i = 0; i < m_columns.size(); ++i)
            for (int l = 0; l < titles[i].size(); ++l)
                p.drawText(QRectF(m_columnX[i] + pad, m_y + pad + l * line, m_columnWidth[i] - pad * 2, line),
                           (m_columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                           titles[i][l]);
    }
    m_y += height;
}

void ReportPainter::row(const std::vector<Cell> &cells) {
    const qreal height = rowHeight();
    if (m_y + height > m_bodyBottom)
        newPage();
    if (m_painter) {
        QPainter &p = *m_painter;
        const qreal pad = m_line * 0.25;
        if (m_shaded) {
            p.setPen(Qt::NoPen);
            p.setBrush(Shade);
            p.drawRect(QRectF(0, m_y, m_width, height));
            p.setBrush(Qt::NoBrush);
        }
        const QFontMetricsF metrics(m_small, &m_writer);
        const QFontMetricsF monoMetrics(m_smallMono, &m_writer);
        const qreal first = metrics.lineSpacing();
        const qreal second = monoMetrics.lineSpacing();
        QFont bold = m_small;
        bold.setBold(true);
        const QFontMetricsF boldMetrics(bold, &m_writer);
        p.setPen(Qt::black);
        for (size_t i = 0; i < cells.size() && i < m_columns.size(); ++i) {
            const Cell &cell = cells[i];
            const qreal width = m_columnWidth[i] - pad * 2;
            const Qt::Alignment align =
                (m_columns[i].alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            if (!cell.text.isEmpty()) {
                const bool mono = m_columns[i].monospace;
                const QFont &font = mono ? m_smallMono : cell.bold ? bold : m_small;
                const QFontMetricsF &fm = mono ? monoMetrics : cell.bold ? boldMetrics : metrics;
                p.setFont(font);
                const QString text =
                    fits(fm, cell.text, width) ? cell.text : fm.elidedText(cell.text, Qt::ElideRight, width);
                p.drawText(QRectF(m_columnX[i] + pad, m_y + pad * 0.6, width, first), align, text);
            }
            const QFont &belowFont = cell.belowMonospace ? m_smallMono : m_small;
            const QFontMetricsF &belowMetrics = cell.belowMonospace ? monoMetrics : metrics;
            qreal belowWidth = width;
            for (size_t next = i + 1;
                 next < i + size_t(std::max(1, cell.belowSpan)) && next < m_columns.size(); ++next)
                belowWidth += m_columnWidth[next];
            for (int l = 0; l < std::min<int>(m_extraLines, cell.below.size()); ++l) {
                const QString &line = cell.below[l];
                p.setFont(belowFont);
                const QString text = fits(belowMetrics, line, belowWidth)
                                         ? line
                                         : belowMetrics.elidedText(line, Qt::ElideMiddle, belowWidth);
                p.drawText(
                    QRectF(m_columnX[i] + pad, m_y + pad * 0.6 + first + l * second, belowWidth, second),
                    align, text);
            }
        }
    }
    m_shaded = !m_shaded;
    m_y += height;
}

void ReportPainter::rows(size_t count, const std::function<std::vector<Cell>(size_t)> &cellsAt) {
    if (m_painter) {
        for (size_t i = 0; i < count; ++i)
            row(cellsAt(i));
        return;
    }
    const qreal height = rowHeight();
    for (size_t i = 0; i < count; ++i) {
        if (m_y + height > m_bodyBottom)
            newPage();
        m_y += height;
    }
    if (count % 2)
        m_shaded = !m_shaded;
}

void ReportPainter::endTable() {
    m_inTable = false;
    m_columns.clear();
    m_y += m_line * 0.6;
}

Expected<LayoutResult> ReportLayout::write(QIODevice &device, const PageFrame &frame,
                                           const Content &content) {
    const auto unwritable = [](const QString &message) {
        LoadError error;
        error.code = LoadError::Code::Unwritable;
        error.message = message;
        return error;
    };
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(frame.pageSize));
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    writer.setResolution(Resolution);
    writer.setTitle(frame.title);
    writer.setCreator(frame.creator);
    // Qt 6.4 writes Title and Creator into the document information dictionary but has no setter for the
    // subject: it goes into the XMP metadata (dc:description), which then replaces the packet Qt makes.
    if (!frame.subject.isEmpty()) {
        const auto xml = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
        writer.setDocumentXmpMetadata(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
            "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:xmp='http://ns.adobe.com/xap/1.0/'>"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" +
            xml(frame.title) +
            "</rdf:li></rdf:Alt></dc:title>"
            "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" +
            xml(frame.subject) +
            "</rdf:li></rdf:Alt></dc:description>"
            "<xmp:CreatorTool>" +
            xml(frame.creator) +
            "</xmp:CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>");
    }
    // Measuring passes: the headings' pages and the page count. The contents' length depends on the
    // number of headings, which the first pass finds; a second pass with that many lines reserved gives
    // the pages. Only the painting pass touches the device.
    std::vector<TocEntry> toc;
    int pages = 0;
    int tocLines = 0;
    for (int pass = 0; pass < 3; ++pass) {
        ReportPainter measure(writer, nullptr, frame, toc, 0, tocLines);
        content(measure);
        toc = std::move(measure.m_toc);
        pages = measure.m_page;
        if (int(toc.size()) == tocLines)
            break;
        tocLines = int(toc.size());
    }
    QPainter painter;
    if (!painter.begin(&writer))
        return unwritable(Text::tr("cannot start the PDF writer"));
    ReportPainter paint(writer, &painter, frame, toc, pages, tocLines);
    content(paint);
    LayoutResult result;
    result.pageCount = paint.m_page;
    result.toc = std::move(paint.m_toc);
    if (!painter.end() || !device.isOpen())
        return unwritable(Text::tr("cannot write the PDF: %1").arg(device.errorString()));
    return result;
}

Expected<LayoutResult> writeSimpleReport(QIODevice &device, const PageFrame &frame,
                                         const SimpleReport &report) {
    return ReportLayout::write(device, frame, [&report](ReportPainter &page) {
        page.heading(report.title, 1);
        page.callout(report.tone, report.headline, report.summary);
        if (!report.facts.empty())
            page.keyValues(report.facts);
        if (report.body)
            report.body(page);
        if (report.columns.empty() || !report.rowCount)
            return;
        page.keepLines(10); // the table's heading with its header and first rows
        page.heading(report.tableTitle, 2);
        page.beginTable(report.columns, 1);
        page.rows(report.rowCount(), report.rowAt);
        page.endTable();
    });
}

} // namespace ctlv::report
