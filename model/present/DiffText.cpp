// A diff and a history in words and formats (DiffText.h).
#include "DiffText.h"

#include "CsvExport.h"
#include "FileAccess.h"
#include "ModelText.h"
#include "Oids.h"

#include <QCoreApplication>

#include <map>

namespace ctlv {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::DiffText)
};

QLatin1String L(const char *text) {
    return QLatin1String(text);
}

bool isOidSet(const QString &attribute) {
    return attribute == L("ekus") || attribute == L("disabledEkus") || attribute == L("notBeforeEkus") ||
           attribute == L("chainPolicies") || attribute == L("subjectUsage");
}

bool isDate(const QString &attribute) {
    return attribute == L("disabledFrom") || attribute == L("notBefore") ||
           attribute == L("disallowedCaFrom");
}

QString purposes(const QStringList &oids) {
    QStringList labels;
    for (const QString &oid : oids)
        labels << oid::label(oid);
    return labels.join(QStringLiteral(", "));
}

// Markdown: text from a file must not become markup or break the table.
// Control characters (an escape sequence in a friendly name) are made visible first (ModelText::oneLine):
// the notice is also read on a terminal.
QString md(const QString &raw) {
    const QString text = modeltext::oneLine(raw);
    QString escaped;
    escaped.reserve(text.size());
    for (QChar character : text) {
        if (character == QLatin1Char('\n') || character == QLatin1Char('\r') ||
            character == QLatin1Char('\t')) {
            escaped += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\`*_[]<>|~").contains(character))
            escaped += QLatin1Char('\\');
        escaped += character;
    }
    return escaped;
}

void writeValue(JsonWriter &json, const DiffValue &value) {
    if (!value.present)
        json.null();
    else if (value.isSet)
        json.stringArray(value.items);
    else
        json.value(value.single());
}

void writeSide(JsonWriter &json, const DiffSide &side) {
    json.beginObject();
    json.field(L("file"), side.file);
    if (!side.member.isEmpty())
        json.field(L("member"), side.member);
    json.field(L("kind"), listKindKey(side.kind));
    json.field(L("thisUpdate"), isoUtc(side.thisUpdate));
    if (side.sequenceNumber.isEmpty())
        json.key(L("sequenceNumber")), json.null();
    else
        json.field(L("sequenceNumber"), side.sequenceNumber);
    json.field(L("entryCount"), side.entryCount);
    json.endObject();
}

void writeChange(JsonWriter &json, const AttributeChange &change, QLatin1String nameKey) {
    json.beginObject();
    json.field(nameKey, change.attribute);
    json.key(L("old"));
    writeValue(json, change.oldValue);
    json.key(L("new"));
    writeValue(json, change.newValue);
    if (change.oldValue.isSet || change.newValue.isSet) {
        json.key(L("added"));
        json.stringArray(change.added);
        json.key(L("removed"));
        json.stringArray(change.removed);
    }
    json.endObject();
}

// The CSV writer of CsvExport's rules, for rows of any shape.
class CsvWriter {
public:
    CsvWriter(QIODevice &out, QChar separator) : m_out(out), m_separator(separator) {}
    void row(const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += m_separator;
            line += CsvExport::cell(cells[i], m_separator);
        }
        m_buffer.append(line.toUtf8());
        m_buffer.append("\r\n");
        if (m_buffer.size() > (1 << 16))
            flush();
    }
    Expected<void> finish() {
        flush();
        if (m_ok)
            return {};
        LoadError error;
        error.code = LoadError::Code::Unwritable;
        error.message = m_out.errorString();
        return error;
    }

private:
    void flush() {
        if (!m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    QIODevice &m_out;
    QChar m_separator;
    QByteArray m_buffer;
    bool m_ok = true;
};

QString rootsWord(ListKind kind, qint64 count) {
    return kind == ListKind::AuthRoot ? Text::tr("%n root(s)", nullptr, static_cast<int>(count))
                                      : Text::tr("%n entry(s)", nullptr, static_cast<int>(count));
}

} // namespace

QString DiffText::attributeLabel(const QString &attribute) {
    static const std::map<QString, const char *> labels = {
        {L("friendlyName"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Friendly name")},
        {L("ekus"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Purposes")},
        {L("disabledFrom"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Disabled from")},
        {L("disabledEkus"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Disabled purposes")},
        {L("notBefore"), QT_TRANSLATE_NOOP("ctlv::DiffText", "NotBefore")},
        {L("notBeforeEkus"), QT_TRANSLATE_NOOP("ctlv::DiffText", "NotBefore purposes")},
        {L("sha256"), QT_TRANSLATE_NOOP("ctlv::DiffText", "SHA-256")},
        {L("keyIdentifier"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Key identifier")},
        {L("subjectNameMd5"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Subject name MD5")},
        {L("signatureHash"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Signature hash")},
        {L("subjectPublicKeyMd5"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Public key MD5")},
        {L("rootProgramPolicies"), QT_TRANSLATE_NOOP("ctlv::DiffText", "EV / root program policies")},
        {L("chainPolicies"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Chain policies")},
        {L("disallowedCaFrom"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Disallowed as CA from")},
        {L("pinRuleIndexes"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Pin rules")},
        {L("pinRuleFlags"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Pin rule flags")},
        {L("unknownAttributes"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Unknown attributes")},
        {L("kind"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Kind of list")},
        {L("sequenceNumber"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Sequence number")},
        {L("thisUpdate"), QT_TRANSLATE_NOOP("ctlv::DiffText", "This update")},
        {L("nextUpdate"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Next update")},
        {L("subjectUsage"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Subject usage")},
        {L("listIdentifier"), QT_TRANSLATE_NOOP("ctlv::DiffText", "List identifier")},
        {L("subjectAlgorithm"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Subject algorithm")},
        {L("signerSubject"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Signer")},
        {L("signerIssuer"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Signer's issuer")},
        {L("signerSerial"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Signer's serial number")},
        {L("ctLogs"), QT_TRANSLATE_NOOP("ctlv::DiffText", "Certificate Transparency logs")},
    };
    const auto found = labels.find(attribute);
    if (found != labels.end())
        return Text::tr(found->second);
    if (attribute.startsWith(L("extension:")))
        return Text::tr("Extension %1").arg(oid::describe(attribute.mid(10)));
    return attribute;
}

QString DiffText::valueText(const QString &attribute, const DiffValue &value) {
    if (!value.present)
        return Text::tr("(none)");
    if (isDate(attribute) && value.single().isEmpty())
        return Text::tr("always");
    if (isOidSet(attribute))
        return value.items.isEmpty() ? Text::tr("(empty)") : purposes(value.items);
    if (value.isSet)
        return value.items.join(QStringLiteral(", "));
    return value.single();
}

QString DiffText::changeText(const AttributeChange &change) {
    if (change.oldValue.present && change.newValue.present &&
        (change.oldValue.isSet || change.newValue.isSet)) {
        const auto words = [&](const QStringList &items) {
            return isOidSet(change.attribute) ? purposes(items) : items.join(QStringLiteral(", "));
        };
        QStringList parts;
        if (!change.added.isEmpty())
            parts << Text::tr("added %1").arg(words(change.added));
        if (!change.removed.isEmpty())
            parts << Text::tr("removed %1").arg(words(change.removed));
        return parts.join(QStringLiteral("; "));
    }
    return valueText(change.attribute, change.oldValue) + QStringLiteral(" \u2192 ") +
           valueText(change.attribute, change.newValue);
}

QString DiffText::machineText(const DiffValue &value) {
    return value.items.join(QLatin1Char(' '));
}

QString DiffText::rowKindKey(RowKind kind) {
    switch (kind) {
    case RowKind::List:
        return QStringLiteral("list");
    case RowKind::Added:
        return QStringLiteral("added");
    case RowKind::Removed:
        return QStringLiteral("removed");
    case RowKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString DiffText::rowKindLabel(RowKind kind) {
    switch (kind) {
    case RowKind::List:
        return Text::tr("List");
    case RowKind::Added:
        return Text::tr("Added");
    case RowKind::Removed:
        return Text::tr("Removed");
    case RowKind::Changed:
        break;
    }
    return Text::tr("Changed");
}

std::vector<DiffText::Row> DiffText::rows(const ListDiff &diff) {
    std::vector<Row> rows;
    for (const AttributeChange &change : diff.list)
        rows.push_back({RowKind::List, {}, {}, change.attribute, change.oldValue, change.newValue, -1, -1});
    for (const DiffEntry &entry : diff.added)
        rows.push_back({RowKind::Added,
                        entry.identifier,
                        entry.friendlyName,
                        {},
                        {},
                        {},
                        -1,
                        static_cast<qint64>(entry.index)});
    for (const DiffEntry &entry : diff.removed)
        rows.push_back({RowKind::Removed,
                        entry.identifier,
                        entry.friendlyName,
                        {},
                        {},
                        {},
                        static_cast<qint64>(entry.index),
                        -1});
    for (const EntryChange &entry : diff.changed)
        for (const AttributeChange &change : entry.changes)
            rows.push_back({RowKind::Changed, entry.identifier, entry.friendlyName, change.attribute,
                            change.oldValue, change.newValue, static_cast<qint64>(entry.oldIndex),
                            static_cast<qint64>(entry.newIndex)});
    return rows;
}

void DiffText::writeJsonFields(JsonWriter &json, const ListDiff &diff) {
    json.key(L("old"));
    writeSide(json, diff.oldList);
    json.key(L("new"));
    writeSide(json, diff.newList);
    json.field(L("identical"), diff.empty());
    json.field(L("unchangedEntries"), diff.unchanged);
    json.key(L("list"));
    json.beginArray();
    for (const AttributeChange &change : diff.list)
        writeChange(json, change, L("field"));
    json.endArray();
    for (const auto &[key, entries] :
         {std::pair{L("added"), &diff.added}, std::pair{L("removed"), &diff.removed}}) {
        json.key(key);
        json.beginArray();
        for (const DiffEntry &entry : *entries) {
            json.beginObject();
            json.field(L("identifier"), entry.identifier);
            json.field(L("friendlyName"), entry.friendlyName);
            json.endObject();
        }
        json.endArray();
    }
    json.key(L("changed"));
    json.beginArray();
    for (const EntryChange &entry : diff.changed) {
        json.beginObject();
        json.field(L("identifier"), entry.identifier);
        json.field(L("friendlyName"), entry.friendlyName);
        json.key(L("changes"));
        json.beginArray();
        for (const AttributeChange &change : entry.changes)
            writeChange(json, change, L("attribute"));
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

Expected<void> DiffText::writeCsv(QIODevice &out, const ListDiff &diff, QChar separator) {
    CsvWriter csv(out, separator);
    csv.row({QStringLiteral("change"), QStringLiteral("identifier"), QStringLiteral("friendlyName"),
             QStringLiteral("attribute"), QStringLiteral("old"), QStringLiteral("new")});
    for (const Row &row : rows(diff))
        csv.row({rowKindKey(row.kind), row.identifier, row.friendlyName, row.attribute,
                 machineText(row.oldValue), machineText(row.newValue)});
    return csv.finish();
}

QString DiffText::summary(const ListDiff &diff) {
    if (diff.empty())
        return Text::tr("The lists are identical: same list fields and entries.");
    QStringList parts;
    const ListKind kind = diff.newList.kind;
    if (!diff.added.empty())
        parts << Text::tr("adds %1").arg(rootsWord(kind, static_cast<qint64>(diff.added.size())));
    if (!diff.removed.empty())
        parts << Text::tr("removes %1").arg(rootsWord(kind, static_cast<qint64>(diff.removed.size())));
    if (!diff.changed.empty())
        parts << Text::tr("changes %1").arg(rootsWord(kind, static_cast<qint64>(diff.changed.size())));
    if (!diff.list.empty())
        parts << Text::tr("changes %n list field(s)", nullptr, static_cast<int>(diff.list.size()));
    return Text::tr("The new list %1; %2 unchanged.")
        .arg(parts.join(QStringLiteral(", ")), rootsWord(kind, diff.unchanged));
}

std::vector<DiffText::SummaryGroup>
DiffText::summaryGroups(const ListDiff &diff, const std::function<QString(const QString &)> &escape) {
    const ListKind kind = diff.newList.kind;
    const auto namesOf = [](const std::vector<DiffEntry> &entries) {
        std::vector<std::pair<QString, QString>> names;
        for (const DiffEntry &entry : entries)
            names.emplace_back(entry.friendlyName, entry.identifier);
        return names;
    };
    std::vector<SummaryGroup> result;
    if (!diff.added.empty())
        result.push_back({Text::tr("Adds %1").arg(rootsWord(kind, static_cast<qint64>(diff.added.size()))),
                          {},
                          namesOf(diff.added),
                          {}});
    if (!diff.removed.empty())
        result.push_back(
            {Text::tr("Removes %1").arg(rootsWord(kind, static_cast<qint64>(diff.removed.size()))),
             {},
             namesOf(diff.removed),
             {}});

    // Changes grouped as the deployment notices group them; each group keeps the order of the list.
    struct Group {
        QString title;
        QString detailHeader;
        std::vector<std::pair<QString, QString>> entries;
        QStringList details;
        int count = 0;
    };
    std::vector<std::pair<QString, Group>> groups; // in order of first appearance
    const auto add = [&](const QString &key, const QString &titleFormat, const QString &detailHeader,
                         const EntryChange &entry, const QString &detail) {
        auto found =
            std::find_if(groups.begin(), groups.end(), [&](const auto &group) { return group.first == key; });
        if (found == groups.end()) {
            groups.push_back({key, Group{titleFormat, detailHeader, {}, {}, 0}});
            found = groups.end() - 1;
        }
        found->second.entries.emplace_back(entry.friendlyName, entry.identifier);
        found->second.details << detail;
        ++found->second.count;
    };
    for (const EntryChange &entry : diff.changed) {
        QStringList handled;
        const AttributeChange *disabled = entry.find(QStringLiteral("disabledFrom"));
        const AttributeChange *disabledEkus = entry.find(QStringLiteral("disabledEkus"));
        if (disabled && !disabled->oldValue.present) {
            const QString date = valueText(disabled->attribute, disabled->newValue);
            const QString forWhat = disabledEkus && disabledEkus->newValue.present
                                        ? valueText(QStringLiteral("disabledEkus"), disabledEkus->newValue)
                                        : Text::tr("all purposes");
            add(QStringLiteral("disable"), Text::tr("Disables %1"), Text::tr("From; purposes"), entry,
                date + QStringLiteral("; ") + forWhat);
            handled << disabled->attribute << QStringLiteral("disabledEkus");
        } else if (disabled && !disabled->newValue.present) {
            add(QStringLiteral("enable"), Text::tr("Re-enables %1 (removes the Disable date)"), {}, entry,
                {});
            handled << disabled->attribute << QStringLiteral("disabledEkus");
        }
        const AttributeChange *notBefore = entry.find(QStringLiteral("notBefore"));
        const AttributeChange *notBeforeEkus = entry.find(QStringLiteral("notBeforeEkus"));
        if (notBefore && !notBefore->oldValue.present) {
            const QString forWhat = notBeforeEkus && notBeforeEkus->newValue.present
                                        ? valueText(QStringLiteral("notBeforeEkus"), notBeforeEkus->newValue)
                                        : Text::tr("all purposes");
            add(QStringLiteral("notbefore:") + forWhat,
                Text::tr("Adds NotBefore for %1 to %2").arg(escape(forWhat)), Text::tr("NotBefore"), entry,
                valueText(notBefore->attribute, notBefore->newValue));
            handled << notBefore->attribute << QStringLiteral("notBeforeEkus");
        } else if (notBefore && !notBefore->newValue.present) {
            add(QStringLiteral("notbefore-removed"), Text::tr("Removes the NotBefore date from %1"), {},
                entry, {});
            handled << notBefore->attribute << QStringLiteral("notBeforeEkus");
        }
        if (const AttributeChange *ekus = entry.find(QStringLiteral("ekus"))) {
            if (!ekus->removed.isEmpty())
                add(QStringLiteral("eku-removed:") + ekus->removed.join(L(" ")),
                    Text::tr("Removes %1 from %2").arg(escape(purposes(ekus->removed))), {}, entry, {});
            if (!ekus->added.isEmpty())
                add(QStringLiteral("eku-added:") + ekus->added.join(L(" ")),
                    Text::tr("Adds %1 to %2").arg(escape(purposes(ekus->added))), {}, entry, {});
            if (ekus->added.isEmpty() && ekus->removed.isEmpty()) // present without purposes, or absent
                add(QStringLiteral("eku"), Text::tr("Changes the purposes of %1"), Text::tr("Old → new"),
                    entry,
                    valueText(ekus->attribute, ekus->oldValue) + QStringLiteral(" → ") +
                        valueText(ekus->attribute, ekus->newValue));
            handled << ekus->attribute;
        }
        for (const AttributeChange &change : entry.changes) {
            if (handled.contains(change.attribute))
                continue;
            add(QStringLiteral("attr:") + change.attribute,
                Text::tr("Changes the %1 of %2")
                    .arg(escape(attributeLabel(change.attribute)), QStringLiteral("%1")),
                Text::tr("Change"), entry, changeText(change));
        }
    }
    for (const auto &[key, group] : groups)
        result.push_back({group.title.arg(rootsWord(kind, group.count)), group.detailHeader, group.entries,
                          group.details});
    return result;
}

QString DiffText::markdown(const ListDiff &diff) {
    const ListKind kind = diff.newList.kind;
    const bool thumbprints = kind == ListKind::AuthRoot || kind == ListKind::Disallowed;
    const QString idHeader = thumbprints ? Text::tr("SHA-1 thumbprint") : Text::tr("Identifier");
    QString text;
    text += QStringLiteral("## ") +
            Text::tr("Changes in %1 from %2 to %3")
                .arg(md(listKindLabel(kind)), isoUtc(diff.oldList.thisUpdate).left(10),
                     isoUtc(diff.newList.thisUpdate).left(10)) +
            QStringLiteral("\n\n");
    text += Text::tr("Old: %1 (%2 entries). New: %3 (%4 entries).")
                .arg(md(listName(diff.oldList)), QString::number(diff.oldList.entryCount),
                     md(listName(diff.newList)), QString::number(diff.newList.entryCount)) +
            QStringLiteral("\n\n") + md(summary(diff)) + QStringLiteral("\n");

    const auto table = [&](const QString &title, const std::vector<std::pair<QString, QString>> &entries,
                           const QString &detailHeader, const QStringList &details) {
        text += QStringLiteral("\n### ") + title + QStringLiteral("\n\n| ") + Text::tr("Name") +
                QStringLiteral(" | ") + idHeader + QStringLiteral(" |");
        if (!detailHeader.isEmpty())
            text += QLatin1Char(' ') + detailHeader + QStringLiteral(" |");
        text +=
            detailHeader.isEmpty() ? QStringLiteral("\n|---|---|\n") : QStringLiteral("\n|---|---|---|\n");
        for (size_t i = 0; i < entries.size(); ++i) {
            text += QStringLiteral("| ") + md(entries[i].first) + QStringLiteral(" | `") + entries[i].second +
                    QStringLiteral("` |");
            if (!detailHeader.isEmpty())
                text +=
                    QLatin1Char(' ') + md(details.value(static_cast<qsizetype>(i))) + QStringLiteral(" |");
            text += QLatin1Char('\n');
        }
    };
    if (!diff.list.empty()) {
        text += QStringLiteral("\n### ") + Text::tr("List fields") + QStringLiteral("\n\n| ") +
                Text::tr("Field") + QStringLiteral(" | ") + Text::tr("Change") +
                QStringLiteral(" |\n|---|---|\n");
        for (const AttributeChange &change : diff.list)
            text += QStringLiteral("| ") + md(attributeLabel(change.attribute)) + QStringLiteral(" | ") +
                    md(changeText(change)) + QStringLiteral(" |\n");
    }
    for (const SummaryGroup &group : summaryGroups(diff, md))
        table(group.title, group.entries, group.detailHeader, group.details);
    return text;
}

QStringList DiffText::textLines(const ListDiff &diff) {
    QStringList lines;
    const auto side = [](const DiffSide &side) {
        return Text::tr("%1 (%2, %3, %4 entries)")
            .arg(listName(side), listKindKey(side.kind), isoUtc(side.thisUpdate),
                 QString::number(side.entryCount));
    };
    lines << Text::tr("old: %1").arg(side(diff.oldList)) << Text::tr("new: %1").arg(side(diff.newList));
    lines << summary(diff);
    for (const AttributeChange &change : diff.list)
        lines << QStringLiteral("* %1: %2").arg(attributeLabel(change.attribute), changeText(change));
    for (const DiffEntry &entry : diff.added)
        lines << QStringLiteral("+ %1 %2").arg(entry.identifier, entry.friendlyName);
    for (const DiffEntry &entry : diff.removed)
        lines << QStringLiteral("- %1 %2").arg(entry.identifier, entry.friendlyName);
    for (const EntryChange &entry : diff.changed) {
        lines << QStringLiteral("~ %1 %2").arg(entry.identifier, entry.friendlyName);
        for (const AttributeChange &change : entry.changes)
            lines << QStringLiteral("    %1: %2").arg(attributeLabel(change.attribute), changeText(change));
    }
    return lines;
}

QString DiffText::listName(const DiffSide &side) {
    QString name = displayFileName(side.file);
    if (!side.member.isEmpty())
        name += QStringLiteral(" \u25b8 ") + side.member;
    return name;
}

void DiffText::writeHistoryJsonFields(JsonWriter &json, const History &history) {
    json.field(L("listCount"), static_cast<qint64>(history.lists.size()));
    json.field(L("distinctListCount"), history.distinctLists());
    json.key(L("lists"));
    json.beginArray();
    for (const HistoryList &list : history.lists) {
        json.beginObject();
        json.field(L("file"), list.side.file);
        if (!list.side.member.isEmpty())
            json.field(L("member"), list.side.member);
        json.field(L("kind"), listKindKey(list.side.kind));
        json.field(L("thisUpdate"), isoUtc(list.side.thisUpdate));
        if (list.side.sequenceNumber.isEmpty())
            json.key(L("sequenceNumber")), json.null();
        else
            json.field(L("sequenceNumber"), list.side.sequenceNumber);
        json.field(L("entryCount"), list.side.entryCount);
        json.field(L("changeCount"), list.changeCount());
        json.field(L("added"), list.added);
        json.field(L("removed"), list.removed);
        json.field(L("changed"), list.changed);
        if (list.sameAs >= 0) {
            json.field(L("sameContentAs"), history.lists[static_cast<size_t>(list.sameAs)].side.file);
            json.field(L("sameContentAsIndex"), static_cast<qint64>(list.sameAs));
        }
        json.key(L("listChanges"));
        json.beginArray();
        for (const AttributeChange &change : list.listChanges)
            writeChange(json, change, L("field"));
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key(L("entries"));
    json.beginArray();
    const auto date = [&](int list) {
        return isoUtc(history.lists[static_cast<size_t>(list)].side.thisUpdate);
    };
    for (const HistoryEntry &entry : history.entries) {
        json.beginObject();
        json.field(L("kind"), listKindKey(entry.kind));
        json.field(L("identifier"), entry.identifier);
        json.field(L("friendlyName"), entry.friendlyName);
        json.field(L("firstSeen"), date(entry.firstSeen));
        json.field(L("lastSeen"), date(entry.lastSeen));
        json.field(L("inLatest"), entry.inLatest);
        json.key(L("events"));
        json.beginArray();
        for (const HistoryEvent &event : entry.events) {
            json.beginObject();
            json.field(L("date"), date(event.list));
            json.field(L("list"), history.lists[static_cast<size_t>(event.list)].side.file);
            json.field(L("change"), event.change);
            if (event.change != L("added") && event.change != L("removed")) {
                json.key(L("old"));
                writeValue(json, event.oldValue);
                json.key(L("new"));
                writeValue(json, event.newValue);
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

Expected<void> DiffText::writeHistoryCsv(QIODevice &out, const History &history, QChar separator) {
    CsvWriter csv(out, separator);
    csv.row({QStringLiteral("date"), QStringLiteral("list"), QStringLiteral("kind"),
             QStringLiteral("identifier"), QStringLiteral("friendlyName"), QStringLiteral("change"),
             QStringLiteral("old"), QStringLiteral("new")});
    for (const HistoryEntry &entry : history.entries)
        for (const HistoryEvent &event : entry.events) {
            const DiffSide &side = history.lists[static_cast<size_t>(event.list)].side;
            csv.row({isoUtc(side.thisUpdate), side.file, listKindKey(entry.kind), entry.identifier,
                     entry.friendlyName, event.change, machineText(event.oldValue),
                     machineText(event.newValue)});
        }
    return csv.finish();
}

QStringList DiffText::historyTextLines(const History &history) {
    QStringList lines;
    lines << Text::tr("%1 lists, %2 with distinct entries:")
                 .arg(QString::number(history.lists.size()), QString::number(history.distinctLists()));
    for (const HistoryList &list : history.lists) {
        QString line =
            QStringLiteral("  %1  %2  %3  ")
                .arg(isoUtc(list.side.thisUpdate), listKindKey(list.side.kind), listName(list.side)) +
            Text::tr("%1 entries").arg(list.side.entryCount);
        if (list.sameAs >= 0)
            line += QStringLiteral("  ") +
                    Text::tr("same entries as %1")
                        .arg(listName(history.lists[static_cast<size_t>(list.sameAs)].side));
        else if (list.previous >= 0)
            line += QStringLiteral("  ") +
                    Text::tr("+%1 -%2 ~%3").arg(list.added).arg(list.removed).arg(list.changed);
        lines << line;
    }
    lines << QString() << Text::tr("%1 entries:").arg(history.entries.size());
    for (const HistoryEntry &entry : history.entries) {
        const auto date = [&](int list) {
            return isoUtc(history.lists[static_cast<size_t>(list)].side.thisUpdate).left(10);
        };
        lines << QStringLiteral("%1 %2  %3 .. %4%5")
                     .arg(entry.identifier, entry.friendlyName, date(entry.firstSeen), date(entry.lastSeen),
                          entry.inLatest ? QString() : QStringLiteral("  ") + Text::tr("(gone)"));
        for (const HistoryEvent &event : entry.events) {
            const QString what =
                event.change == L("added") ? Text::tr("added")
                : event.change == L("removed")
                    ? Text::tr("removed")
                    : QStringLiteral("%1: %2 -> %3")
                          .arg(attributeLabel(event.change), valueText(event.change, event.oldValue),
                               valueText(event.change, event.newValue));
            lines << QStringLiteral("    %1 %2").arg(date(event.list), what);
        }
    }
    return lines;
}

} // namespace ctlv
