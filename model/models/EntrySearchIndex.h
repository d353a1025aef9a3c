#pragma once
// What the entry filter searches, packed for lists of a million entries: the text that differs from row
// to row (name, thumbprints, dates) in one lowercase UTF-8 block, and the text that rows share (purpose
// names and OIDs, EV policies) stored once per distinct value. A keystroke is then one memmem scan over
// the block plus a test of each distinct shared text, instead of building a string for every row.
// Plain C++ (no QObject): EntryTableModel builds it on a worker thread.

#include "CtlDocument.h"
#include "EffectiveTrust.h"
#include "EntryStatus.h"
#include "Roles.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <string>
#include <vector>

namespace ctlv {

class EntrySearchIndex {
public:
    void reserve(size_t rows, size_t uniqueBytes);
    /// Appends the next row. `unique` is lowercase UTF-8; `shared` is lowercase and usually equal for
    /// many rows (it is stored once).
    void addRow(QByteArrayView unique, const QString &shared, const EntryStatusFacts &facts);

    /// Appends the rows of `other` after this index's rows (indexes built in parallel over halves).
    void append(const EntrySearchIndex &other);

    size_t rowCount() const { return m_rowStart.empty() ? 0 : m_rowStart.size() - 1; }
    const EntryStatusFacts &facts(size_t row) const { return m_facts[row]; }
    /// Bytes the index holds (for the README's memory figures and the benchmark).
    size_t byteSize() const;

    /// One flag per row: does the row's text, or the label of its status at `reference`, contain
    /// `needle` (already lowercase)?
    std::vector<char> match(const QString &needle, ListKind kind, const QDateTime &reference) const;
    /// The same with the effective trust of each row (`statuses`, in row order; empty: none known yet)
    /// as the status whose label is searched.
    std::vector<char> match(const QString &needle, const std::vector<TrustStatus> &statuses) const;
    /// The status of every row at `reference`.
    EntryStatus status(size_t row, ListKind kind, const QDateTime &reference) const;

private:
    // Rows whose own or shared text holds the needle (UTF-8); `rows` flags, sized rowCount().
    void matchText(const QByteArray &utf8, std::vector<char> &matched) const;

    std::string m_unique;              // rows separated by '\n'
    std::vector<qsizetype> m_rowStart; // rowCount() + 1 offsets into m_unique
    std::vector<quint32> m_sharedId;   // per row, index in m_shared
    std::vector<QByteArray> m_shared;  // distinct shared texts, UTF-8
    std::vector<EntryStatusFacts> m_facts;
    QHash<QString, quint32> m_sharedIds; // shared text -> index in m_shared
};

} // namespace ctlv
