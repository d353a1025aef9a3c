// Builds the history of entries across lists (History.h) from one ListDiff per consecutive pair.
#include "History.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ctlv {

namespace {

// A sequence number as a non-negative big-endian integer: fewer significant bytes is smaller.
bool sequenceLess(const QByteArray &a, const QByteArray &b) {
    const auto significant = [](const QByteArray &bytes) {
        qsizetype first = 0;
        while (first < bytes.size() && bytes[first] == 0)
            ++first;
        return QByteArrayView(bytes).sliced(first);
    };
    const QByteArrayView x = significant(a);
    const QByteArrayView y = significant(b);
    if (x.size() != y.size())
        return x.size() < y.size();
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(), [](char l, char r) {
        return static_cast<unsigned char>(l) < static_cast<unsigned char>(r);
    });
}

} // namespace

qint64 History::distinctLists() const {
    return std::count_if(lists.begin(), lists.end(), [](const HistoryList &list) { return list.sameAs < 0; });
}

History buildHistory(const std::vector<std::shared_ptr<const CtlDocument>> &documents) {
    std::vector<const CtlDocument *> ordered;
    for (const auto &document : documents)
        if (document)
            ordered.push_back(document.get());
    std::stable_sort(ordered.begin(), ordered.end(), [](const CtlDocument *a, const CtlDocument *b) {
        if (a->kind() != b->kind())
            return a->kind() < b->kind();
        if (a->thisUpdate.utc != b->thisUpdate.utc)
            return a->thisUpdate.utc < b->thisUpdate.utc;
        return sequenceLess(a->sequenceNumber, b->sequenceNumber);
    });

    History history;
    history.lists.reserve(ordered.size());
    // Entries by kind and identifier text.
    QHash<QString, int> entryIndex;
    const auto entryKey = [](ListKind kind, const QString &identifier) {
        return QString::number(static_cast<int>(kind)) + QLatin1Char(':') + identifier;
    };
    const auto entryFor = [&](ListKind kind, const QString &identifier,
                              const QString &name) -> HistoryEntry & {
        const QString key = entryKey(kind, identifier);
        auto found = entryIndex.constFind(key);
        if (found == entryIndex.constEnd()) {
            HistoryEntry entry;
            entry.kind = kind;
            entry.identifier = identifier;
            history.entries.push_back(std::move(entry));
            found = entryIndex.insert(key, static_cast<int>(history.entries.size() - 1));
        }
        HistoryEntry &entry = history.entries[static_cast<size_t>(*found)];
        if (!name.isEmpty())
            entry.friendlyName = name;
        return entry;
    };

    // The identifiers present in the last distinct list of the current kind, for lastSeen.
    const CtlDocument *previous = nullptr;
    int previousIndex = -1;
    QSet<int> present; // entries in `previous`
    for (size_t n = 0; n < ordered.size(); ++n) {
        const CtlDocument &document = *ordered[n];
        const int index = static_cast<int>(n);
        HistoryList list;
        list.side = diffSide(document);
        if (previous && previous->kind() != document.kind()) {
            // A new kind: close the timeline of the previous one.
            for (int entry : present)
                history.entries[static_cast<size_t>(entry)].inLatest = true;
            previous = nullptr;
            previousIndex = -1;
            present.clear();
        }
        if (!previous) {
            for (const CtlEntry &entry : document.entries) {
                HistoryEntry &tracked =
                    entryFor(document.kind(), entry.identifierText(), entry.friendlyName.value_or(QString()));
                if (tracked.firstSeen < 0)
                    tracked.firstSeen = index;
                tracked.lastSeen = index;
                present.insert(entryIndex.value(entryKey(document.kind(), tracked.identifier)));
            }
            history.lists.push_back(std::move(list));
            previous = &document;
            previousIndex = index;
            continue;
        }
        const ListDiff diff = diffLists(*previous, document);
        list.previous = previousIndex;
        list.listChanges = diff.list;
        if (diff.entriesEqual()) {
            // The same entries: counted once. Its entries are still seen at this list's date.
            list.sameAs = history.lists[static_cast<size_t>(previousIndex)].sameAs >= 0
                              ? history.lists[static_cast<size_t>(previousIndex)].sameAs
                              : previousIndex;
            for (int entry : present)
                history.entries[static_cast<size_t>(entry)].lastSeen = index;
            history.lists.push_back(std::move(list));
            continue;
        }
        list.added = static_cast<qint64>(diff.added.size());
        list.removed = static_cast<qint64>(diff.removed.size());
        list.changed = static_cast<qint64>(diff.changed.size());
        const ListKind kind = document.kind();
        for (const DiffEntry &entry : diff.removed) {
            HistoryEntry &tracked = entryFor(kind, entry.identifier, QString());
            tracked.events.push_back({index, QStringLiteral("removed"), {}, {}, {}, {}});
            present.remove(entryIndex.value(entryKey(kind, entry.identifier)));
        }
        for (const DiffEntry &entry : diff.added) {
            HistoryEntry &tracked = entryFor(kind, entry.identifier, entry.friendlyName);
            if (tracked.firstSeen < 0)
                tracked.firstSeen = index;
            tracked.events.push_back({index, QStringLiteral("added"), {}, {}, {}, {}});
            present.insert(entryIndex.value(entryKey(kind, entry.identifier)));
        }
        for (const EntryChange &change : diff.changed) {
            HistoryEntry &tracked = entryFor(kind, change.identifier, change.friendlyName);
            list.attributeChanges += static_cast<qint64>(change.changes.size());
            for (const AttributeChange &attribute : change.changes)
                tracked.events.push_back({index, attribute.attribute, attribute.oldValue, attribute.newValue,
                                          attribute.added, attribute.removed});
        }
        // Who is present now: those before, less the removed, with the added (no entry decoded again).
        for (int entry : std::as_const(present))
            history.entries[static_cast<size_t>(entry)].lastSeen = index;
        history.lists.push_back(std::move(list));
        previous = &document;
        previousIndex = index;
    }
    for (int entry : present)
        history.entries[static_cast<size_t>(entry)].inLatest = true;
    return history;
}

} // namespace ctlv
