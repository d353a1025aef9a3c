#pragma once
// The history of every entry across many lists (issue #16): the lists ordered by thisUpdate and sequence
// number, each compared with the one before it of the same kind (ListDiff), and per entry when it was
// first and last seen and each change. Plain values; the words are in model/present/DiffText.

#include "ListDiff.h"

#include <memory>
#include <vector>

namespace ctlv {

struct HistoryList {
    DiffSide side;
    // Index in History::lists of an earlier list of the same kind with the same entries (the same list in
    // an STL and a CAB, or re-signed): this one then adds nothing and is counted once. -1 otherwise.
    int sameAs = -1;
    int previous = -1; // the list it was compared with (the last distinct one of its kind), -1 for the first
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;          // entries with at least one attribute change
    qint64 attributeChanges = 0; // attribute changes over all changed entries
    std::vector<AttributeChange> listChanges;
    qint64 changeCount() const { return added + removed + changed; }
};

struct HistoryEvent {
    int list = -1;  // index in History::lists
    QString change; // "added", "removed", or the attribute (as in ListDiff)
    DiffValue oldValue;
    DiffValue newValue;
    QStringList addedItems;
    QStringList removedItems;
};

struct HistoryEntry {
    ListKind kind = ListKind::Other;
    QString identifier;
    QString friendlyName; // the latest known
    int firstSeen = -1;   // index in History::lists
    int lastSeen = -1;
    bool inLatest = false; // in the newest list of its kind
    std::vector<HistoryEvent> events;
};

struct History {
    std::vector<HistoryList> lists; // ordered by kind, then thisUpdate, then sequence number
    std::vector<HistoryEntry> entries;
    qint64 distinctLists() const;
};

// Builds the history of `documents` (any order, any kinds: each kind has its own timeline). The
// documents stay alive as long as the caller holds them; the history keeps none of their bytes.
History buildHistory(const std::vector<std::shared_ptr<const CtlDocument>> &documents);

} // namespace ctlv
