#pragma once
// What changed between two Certificate Trust Lists (issue #16): the list fields, the entries added and
// removed, and for the entries in both every attribute with its old and new value. Plain values, no
// words: the words are in model/present/DiffText. Values are machine text (OIDs, lowercase hex, ISO 8601
// times) so that scripts read them as `dump --json` writes them.

#include "CtlDocument.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace ctlv {

// One side of a change: absent, one text, or a set of texts (purposes, policies: their order is not a
// change). An empty FILETIME (Microsoft's "always") is the present value "".
struct DiffValue {
    bool present = false;
    bool isSet = false;
    QStringList items; // one item unless isSet; sets are sorted and without duplicates

    static DiffValue absent() { return {}; }
    static DiffValue text(const QString &value) { return {true, false, {value}}; }
    static DiffValue set(QStringList values);
    QString single() const { return items.isEmpty() ? QString() : items.front(); }
    bool operator==(const DiffValue &other) const = default;
};

// One attribute of an entry, or one field of the list, that differs.
struct AttributeChange {
    // For an entry: the `dump --json` entry key (friendlyName, ekus, disabledFrom, disabledEkus, notBefore,
    // notBeforeEkus, sha256, keyIdentifier, subjectNameMd5, rootProgramPolicies, chainPolicies,
    // unknownAttributes, ...). For the list: kind, sequenceNumber, thisUpdate, nextUpdate, subjectUsage,
    // listIdentifier, subjectAlgorithm, signerSubject, signerIssuer, signerSerial, ctLogs, extension:OID.
    QString attribute;
    DiffValue oldValue;
    DiffValue newValue;
    QStringList added;   // for sets: in the new value only
    QStringList removed; // for sets: in the old value only
};

// An entry that is in one list only.
struct DiffEntry {
    QString identifier; // as `dump` writes it: lowercase hex (the SHA-1 thumbprint in authroot), or a name
    QString friendlyName;
    size_t index = 0; // in the list it is in
};

// An entry in both lists whose attributes differ.
struct EntryChange {
    QString identifier;
    QString friendlyName; // the new one (the old one when the new entry has none)
    size_t oldIndex = 0;
    size_t newIndex = 0;
    std::vector<AttributeChange> changes;
    // The change of `attribute`, or nullptr.
    const AttributeChange *find(const QString &attribute) const;
};

// What names a list on each side.
struct DiffSide {
    QString file;
    QString member; // CAB member, empty otherwise
    ListKind kind = ListKind::Other;
    QDateTime thisUpdate;
    QString sequenceNumber; // hex, empty when absent
    qint64 entryCount = 0;
};

struct ListDiff {
    DiffSide oldList;
    DiffSide newList;
    std::vector<AttributeChange> list; // list fields that differ
    std::vector<DiffEntry> added;      // in new-list order
    std::vector<DiffEntry> removed;    // in old-list order
    std::vector<EntryChange> changed;  // in new-list order
    qint64 unchanged = 0;              // entries in both with identical attributes

    bool entriesEqual() const { return added.empty() && removed.empty() && changed.empty(); }
    bool empty() const { return entriesEqual() && list.empty(); }
};

// Compares `before` with `after`. Entries are matched by identifier (the k-th occurrence of an identifier
// that a list holds twice with the k-th in the other). An entry's raw DER is compared first; only entries
// whose bytes differ are decoded, so two million-entry lists that differ in a few entries cost little
// more than reading them.
ListDiff diffLists(const CtlDocument &before, const CtlDocument &after);

// The changes between two decoded entries (empty when equal as values: a reordered purpose list, or
// attributes written in another order, is no change).
std::vector<AttributeChange> diffEntries(const CtlEntry &before, const CtlEntry &after);

// The list-field changes between two documents.
std::vector<AttributeChange> diffListFields(const CtlDocument &before, const CtlDocument &after);

// What names a document in a diff.
DiffSide diffSide(const CtlDocument &document);

} // namespace ctlv
