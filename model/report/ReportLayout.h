#pragma once
// A small page layout engine for the PDF reports (the list report, and the diff and certificate-check
// reports that share its look): QPainter on QPdfWriter, text drawn as real text (fonts embedded, selectable,
// searchable), headings collected into a table of contents, key/value blocks, tables whose header repeats
// on every page and whose columns are sized so dates stay on one line, a running header and a footer on
// every page with "page n of N". QtGui only.
//
// The content is a function that describes the document to a ReportPainter; ReportLayout runs it more
// than once: measuring passes find the page of every heading and the page count, the last pass paints.
// Nothing but the current page is held in memory, so a table of a million rows costs no more memory than
// one of ten.

#include "LoadError.h"

#include <QColor>
#include <QFont>
#include <QIODevice>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QPainter;
class QPdfWriter;

namespace ctlv::report {

// How a block is set apart. Each tone also has its own icon shape (check mark, triangle, cross), so
// that it never depends on colour alone (a grey-scale print, a colour-blind reader).
enum class Tone { Neutral, Good, Warning, Bad };

// The parts of every page and the document's metadata.
struct PageFrame {
    QString runningHeader; // top of every page (e.g. "Trusted roots · sequence 1f2e")
    QStringList
        footerLines;    // up to three lines left in the footer: file name and hash prefix, program and time
    QString pageFormat; // "Page %1 of %2", translated
    QString title;      // PDF metadata
    QString subject;    // PDF metadata (XMP dc:description: Qt 6.4 has no setSubject)
    QString creator;    // PDF metadata
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

struct Column {
    QString title;
    // The column is at least as wide as this text in the cell font ("2025-06-16 17:56 UTC"): what must
    // stay on one line; several candidates separated by '\n' (the widest counts). Empty: the column takes
    // a share of what is left, by `stretch`.
    QString widestText;
    int stretch = 1;
    bool monospace = false;
    bool alignRight = false;
};

// One cell: its text and, when the table has extra lines, smaller lines below it (an identifier and a
// hash below a name). What does not fit is elided ("…"), never wrapped into the next row: every row has
// the same height, so the measuring passes cost no text layout.
struct Cell {
    Cell(QString text = {}, QStringList below = {}, bool bold = false, bool belowMonospace = true,
         int belowSpan = 1)
        : text(std::move(text)), below(std::move(below)), bold(bold), belowMonospace(belowMonospace),
          belowSpan(belowSpan) {}
    QString text;
    QStringList below;
    bool bold = false;
    bool belowMonospace = true;
    int belowSpan =
        1; // the lines below may run over this many columns (a hash under a name and the next cell)
};

struct TocEntry {
    QString title;
    int level = 1;
    int page = 0;
};

class ReportPainter {
public:
    virtual ~ReportPainter() = default;

    // A heading; levels 1 and 2 go into the table of contents. Level 1 may start a new page.
    void heading(const QString &text, int level = 1, bool newPage = false);
    // A paragraph, word-wrapped over the width (moves to the next page whole when it does not fit).
    void paragraph(const QString &text, bool bold = false, qreal indent = 0, bool small = false);
    // Label: value rows, labels in a column sized to the widest label (within a third of the width).
    void keyValues(const std::vector<std::pair<QString, QString>> &rows, bool monospaceValues = false);
    // A framed box with an icon for the tone, a bold headline and paragraphs.
    void callout(Tone tone, const QString &headline, const QStringList &paragraphs);
    // The table of contents: a line per level-1 and level-2 heading with its page number.
    void tableOfContents(const QString &title);
    void space(qreal lines = 0.5);
    // Starts a new page unless `lines` lines of body text still fit (a heading kept with its table).
    void keepLines(qreal lines);
    void pageBreak();

    // A table whose rows have one line and `extraLines` smaller lines below it.
    void beginTable(const std::vector<Column> &columns, int extraLines = 0);
    void row(const std::vector<Cell> &cells);
    // `count` rows, row i from `cellsAt(i)`. Rows have one height, so the measuring passes only count
    // them and never call `cellsAt`: a table's cells are made once, when they are painted.
    void rows(size_t count, const std::function<std::vector<Cell>(size_t)> &cellsAt);
    void endTable();

    int pageNumber() const { return m_page; }

protected:
    friend class ReportLayout;
    struct State;
    ReportPainter(QPdfWriter &writer, QPainter *painter, const PageFrame &frame,
                  const std::vector<TocEntry> &toc, int pageCount, int tocLines);

    void ensure(qreal height);
    void newPage();
    void drawFrame();
    void drawIcon(Tone tone, const QRectF &box);
    void tableHeader();
    qreal rowHeight() const;
    int footerLineCount() const;

    QPdfWriter &m_writer;
    QPainter *m_painter; // null while measuring
    const PageFrame &m_frame;
    const std::vector<TocEntry> &m_knownToc; // from the previous pass
    std::vector<TocEntry> m_toc;             // collected in this pass
    int m_pageCount;                         // from the previous pass (0: unknown)
    int m_tocLines;                          // lines the table of contents reserves
    int m_page = 1;
    qreal m_y = 0;
    qreal m_width = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    qreal m_pageHeight = 0;
    QFont m_font, m_bold, m_small, m_mono, m_smallMono, m_heading1, m_heading2;
    qreal m_line = 0; // one line of body text
    // The open table.
    std::vector<Column> m_columns;
    std::vector<qreal> m_columnX, m_columnWidth;
    int m_extraLines = 0;
    bool m_inTable = false;
    bool m_shaded = false;
};

// What a written report came to.
struct LayoutResult {
    int pageCount = 0;
    std::vector<TocEntry> toc;
};

class ReportLayout {
public:
    using Content = std::function<void(ReportPainter &)>;
    // Lays out and writes the document to `device` (open for writing). The content function is called
    // two to three times and must describe the same document each time.
    static Expected<LayoutResult> write(QIODevice &device, const PageFrame &frame, const Content &content);

    // The report fonts: DejaVu Sans, then Noto Sans and Noto Sans CJK KR for what DejaVu lacks, without
    // ligatures (a "fi" ligature makes "Certificate" unsearchable); `monospace` for hex.
    static QFont font(qreal pointSize, bool monospace = false);
    static QColor toneColor(Tone tone);
};

// A generic report for the features that share this layout (a diff, a certificate check): a title, the
// answer in a callout, summary paragraphs, then one table.
struct SimpleReport {
    QString title;
    Tone tone = Tone::Neutral;
    QString headline;
    QStringList summary;
    std::vector<std::pair<QString, QString>> facts;
    // More sections between the facts and the table (the files compared, a certificate chain); must
    // describe the same content on every pass, like the table's rows.
    std::function<void(ReportPainter &)> body;
    QString tableTitle;
    std::vector<Column> columns;
    std::function<size_t()> rowCount;
    std::function<std::vector<Cell>(size_t)> rowAt; // called once a row a pass: rows need not be held
};
Expected<LayoutResult> writeSimpleReport(QIODevice &device, const PageFrame &frame,
                                         const SimpleReport &report);

} // namespace ctlv::report
