#pragma once
// The words and formats of a diff and a history (issue #16): JSON (machine keys, as `dump --json`),
// CSV (one row per change, the entry CSV's quoting and formula neutralising), a Markdown summary that
// reads like Microsoft's deployment notices, and plain text lines. Used by `ctltool diff`/`history`
// and the viewer's diff tab.

#include "History.h"
#include "JsonWriter.h"
#include "ListDiff.h"
#include "LoadError.h"

#include <QIODevice>

#include <functional>

namespace ctlv {

namespace DiffText {

// "Friendly name", "Purposes", ... (translated) for an attribute or list-field key of ListDiff.
QString attributeLabel(const QString &attribute);
// A value in words: purposes by name, "always" for an empty date, "(none)" when absent.
QString valueText(const QString &attribute, const DiffValue &value);
// A change in words: "old → new", or for sets the items added and removed.
QString changeText(const AttributeChange &change);
// A value as machine text: sets joined by spaces, absent as empty.
QString machineText(const DiffValue &value);
// "added", "removed", "changed", "list": the kind of a row (machine key).
enum class RowKind { List, Added, Removed, Changed };
QString rowKindKey(RowKind kind);
QString rowKindLabel(RowKind kind); // translated

// One row per change, the order of every export: list fields, added, removed, changed.
struct Row {
    RowKind kind = RowKind::Changed;
    QString identifier;
    QString friendlyName;
    QString attribute; // empty for added/removed entries
    DiffValue oldValue;
    DiffValue newValue;
    qint64 oldIndex = -1; // the entry's index in the old list (removed, changed), -1 otherwise
    qint64 newIndex = -1; // in the new list (added, changed)
};
std::vector<Row> rows(const ListDiff &diff);

// The object's fields {old, new, list, added, removed, changed} (the caller opens and closes it).
void writeJsonFields(JsonWriter &json, const ListDiff &diff);
// Columns: change, identifier, friendlyName, attribute, old, new.
Expected<void> writeCsv(QIODevice &out, const ListDiff &diff, QChar separator = QLatin1Char(','));
// One summary sentence: "adds 3 roots, removes 1, changes 27".
QString summary(const ListDiff &diff);
// The entries added, removed and changed, grouped as the deployment notices group them ("Adds 3 roots",
// "Disables 2 roots", "Adds NotBefore for Server Authentication to 5 roots"), each group in list order:
// the Markdown summary's sections and the PDF report's page 1. `escape` is applied to the words a
// title quotes (purpose names, attribute labels); names and details are as in the file.
struct SummaryGroup {
    QString title;
    QString detailHeader;                             // empty: the group has no detail column
    std::vector<std::pair<QString, QString>> entries; // friendly name, identifier
    QStringList details;                              // one per entry when detailHeader is set
};
std::vector<SummaryGroup> summaryGroups(const ListDiff &diff,
                                        const std::function<QString(const QString &)> &escape);
// The Markdown deployment-notice summary.
QString markdown(const ListDiff &diff);
// Plain text, one line each (the caller escapes them for a terminal).
QStringList textLines(const ListDiff &diff);

// History: {lists[], entries[]} fields, CSV (one row per event), text lines.
void writeHistoryJsonFields(JsonWriter &json, const History &history);
Expected<void> writeHistoryCsv(QIODevice &out, const History &history, QChar separator = QLatin1Char(','));
QStringList historyTextLines(const History &history);
// "2025-06-16 authroot.stl": what names a list in a history.
QString listName(const DiffSide &side);

} // namespace DiffText

} // namespace ctlv
