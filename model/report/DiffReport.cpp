// The diff report (DiffReport.h): a report::SimpleReport whose body is the summary in words and the two
// files' facts, and whose table is DiffText::rows, the order of every diff export.
#include "DiffReport.h"

#include "DiffText.h"
#include "ReportLayout.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace ctlv {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::DiffReport)
};

using report::Cell;
using report::Column;
using report::ReportPainter;

QString when(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : Text::tr("(none)");
}

// A value for the table: dates as one short line, sets and purposes in words; the CSV has it in full.
QString cellValue(const QString &attribute, const DiffValue &value) {
    if (value.present && !value.isSet && !value.single().isEmpty()) {
        const QDateTime time = QDateTime::fromString(value.single(), Qt::ISODate);
        if (time.isValid() && value.single().size() >= 20 && value.single()[4] == QLatin1Char('-'))
            return when(time);
    }
    return DiffText::valueText(attribute, value);
}

// Page 1 says what changed, not every value: a long one (the CT logs' key hashes) is cut, the table
// below and the CSV have it.
QString shortened(const QString &text) {
    constexpr qsizetype limit = 160;
    if (text.size() <= limit)
        return text;
    return Text::tr("%1\u2026 (%n characters; the CSV export has the whole value)", nullptr,
                    static_cast<int>(text.size()))
        .arg(text.left(limit));
}

std::vector<std::pair<QString, QString>> sideFacts(const DiffSide &side, const CtlDocument &document) {
    QString file = QFileInfo(side.file).fileName();
    if (!side.member.isEmpty())
        file += QStringLiteral(" \u203a ") + side.member;
    return {{Text::tr("File"), file},
            {Text::tr("Kind"), listKindLabel(side.kind)},
            {Text::tr("This update"), when(side.thisUpdate)},
            {Text::tr("Sequence number"),
             side.sequenceNumber.isEmpty() ? Text::tr("(none)") : side.sequenceNumber},
            {Text::tr("Entries"), QString::number(side.entryCount)},
            {Text::tr("SHA-256"), QString::fromLatin1(document.fileSha256.toHex())}};
}

report::SimpleReport content(const ListDiff &diff, const CtlDocument &before, const CtlDocument &after,
                             const std::shared_ptr<const std::vector<DiffText::Row>> &rows) {
    report::SimpleReport report;
    const ListKind kind = diff.newList.kind;
    report.title =
        Text::tr("Changes from %1 to %2")
            .arg(isoUtc(diff.oldList.thisUpdate).left(10), isoUtc(diff.newList.thisUpdate).left(10));
    report.tone = diff.empty() ? report::Tone::Good : report::Tone::Neutral;
    report.headline = diff.empty() ? Text::tr("The lists are identical.") : Text::tr("The lists differ.");
    report.summary = {DiffText::summary(diff)};
    const bool thumbprints = kind == ListKind::AuthRoot || kind == ListKind::Disallowed;
    const QString idHeader = thumbprints ? Text::tr("SHA-1 thumbprint") : Text::tr("Identifier");
    const auto groups = std::make_shared<std::vector<DiffText::SummaryGroup>>(
        DiffText::summaryGroups(diff, [](const QString &text) { return text; }));
    report.body = [&diff, &before, &after, groups, idHeader](ReportPainter &page) {
        page.heading(Text::tr("Old list"), 2);
        page.keyValues(sideFacts(diff.oldList, before));
        page.heading(Text::tr("New list"), 2);
        page.keyValues(sideFacts(diff.newList, after));
        if (!diff.list.empty()) {
            page.heading(Text::tr("List fields"), 2);
            std::vector<std::pair<QString, QString>> fields;
            for (const AttributeChange &change : diff.list)
                fields.emplace_back(DiffText::attributeLabel(change.attribute),
                                    shortened(DiffText::changeText(change)));
            page.keyValues(fields);
        }
        for (const DiffText::SummaryGroup &group : *groups) {
            page.keepLines(6);
            page.heading(group.title, 2);
            std::vector<Column> columns{
                {Text::tr("Name"), QString(), 3},
                {idHeader, QStringLiteral("0123456789abcdef0123456789abcdef01234567"), 1, true}};
            if (!group.detailHeader.isEmpty())
                columns.push_back({group.detailHeader, QString(), 2});
            page.beginTable(columns);
            page.rows(group.entries.size(), [&group](size_t i) {
                std::vector<Cell> cells{{group.entries[i].first}, {group.entries[i].second}};
                if (!group.detailHeader.isEmpty())
                    cells.emplace_back(group.details.value(static_cast<qsizetype>(i)));
                return cells;
            });
            page.endTable();
        }
    };
    report.tableTitle = Text::tr("Every change");
    report.columns = {{Text::tr("Change"), DiffText::rowKindLabel(DiffText::RowKind::Removed) +
                                               QLatin1Char('\n') +
                                               DiffText::rowKindLabel(DiffText::RowKind::Changed)},
                      {Text::tr("Entry"), QString(), 3},
                      {Text::tr("Attribute"), QString(), 2},
                      {Text::tr("Old"), QStringLiteral("2025-06-16 17:56 UTC"), 2},
                      {Text::tr("New"), QStringLiteral("2025-06-16 17:56 UTC"), 2}};
    report.rowCount = [rows] { return rows->size(); };
    report.rowAt = [rows](size_t i) {
        const DiffText::Row &row = (*rows)[i];
        const QString name = row.kind == DiffText::RowKind::List ? Text::tr("(the list)") : row.friendlyName;
        return std::vector<Cell>{
            {DiffText::rowKindLabel(row.kind)},
            {name, {row.identifier}, false, true, 4},
            {row.attribute.isEmpty() ? QString() : DiffText::attributeLabel(row.attribute)},
            {row.kind == DiffText::RowKind::Added || row.kind == DiffText::RowKind::Removed
                 ? QString()
                 : cellValue(row.attribute, row.oldValue)},
            {row.kind == DiffText::RowKind::Added || row.kind == DiffText::RowKind::Removed
                 ? QString()
                 : cellValue(row.attribute, row.newValue)}};
    };
    return report;
}

PdfSubject subjectOf(const ListDiff &diff, const CtlDocument &before, const CtlDocument &after) {
    PdfSubject subject;
    subject.fileName = QFileInfo(before.fileName).fileName();
    subject.sha256 = before.fileSha256;
    subject.otherFileName = QFileInfo(after.fileName).fileName();
    subject.otherSha256 = after.fileSha256;
    subject.runningHeader =
        Text::tr("%1 \u00b7 %2 \u2192 %3")
            .arg(listKindLabel(diff.newList.kind), isoUtc(diff.oldList.thisUpdate).left(10),
                 isoUtc(diff.newList.thisUpdate).left(10));
    return subject;
}

} // namespace

Expected<PdfWritten> DiffReport::write(QIODevice &device, const ListDiff &diff, const CtlDocument &before,
                                       const CtlDocument &after, const PdfOptions &options) {
    const auto rows = std::make_shared<const std::vector<DiffText::Row>>(DiffText::rows(diff));
    return PdfReport::writeSimple(device, content(diff, before, after, rows), subjectOf(diff, before, after),
                                  options);
}

Expected<PdfWritten> DiffReport::write(const QString &path, const ListDiff &diff, const CtlDocument &before,
                                       const CtlDocument &after, const PdfOptions &options,
                                       const QStringList &inputs) {
    const auto rows = std::make_shared<const std::vector<DiffText::Row>>(DiffText::rows(diff));
    return PdfReport::writeSimple(path, content(diff, before, after, rows), subjectOf(diff, before, after),
                                  options, inputs);
}

} // namespace ctlv
