// Builds and searches the packed text index the entry filter uses, on worker threads for large lists.
#include "EntrySearchIndex.h"

#include "TrustText.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace ctlv {

void EntrySearchIndex::reserve(size_t rows, size_t uniqueBytes) {
    m_unique.reserve(uniqueBytes);
    m_rowStart.reserve(rows + 1);
    m_sharedId.reserve(rows);
    m_facts.reserve(rows);
}

void EntrySearchIndex::addRow(QByteArrayView unique, const QString &shared, const EntryStatusFacts &facts) {
    if (m_rowStart.empty())
        m_rowStart.push_back(0);
    m_unique.append(unique.data(), static_cast<size_t>(unique.size()));
    m_unique.push_back('\n'); // never inside a row's text: a needle cannot join two rows
    m_rowStart.push_back(static_cast<qsizetype>(m_unique.size()));
    auto found = m_sharedIds.constFind(shared);
    if (found == m_sharedIds.constEnd()) {
        found = m_sharedIds.insert(shared, static_cast<quint32>(m_shared.size()));
        m_shared.push_back(shared.toUtf8());
    }
    m_sharedId.push_back(found.value());
    m_facts.push_back(facts);
}

void EntrySearchIndex::append(const EntrySearchIndex &other) {
    if (other.rowCount() == 0)
        return;
    if (m_rowStart.empty())
        m_rowStart.push_back(0);
    const qsizetype shift = static_cast<qsizetype>(m_unique.size());
    m_unique += other.m_unique;
    for (size_t row = 1; row < other.m_rowStart.size(); ++row)
        m_rowStart.push_back(other.m_rowStart[row] + shift);
    // The other index numbered its shared texts on its own: map them onto this one's.
    std::vector<quint32> remap(other.m_shared.size());
    for (auto it = other.m_sharedIds.constBegin(); it != other.m_sharedIds.constEnd(); ++it) {
        auto found = m_sharedIds.constFind(it.key());
        if (found == m_sharedIds.constEnd()) {
            found = m_sharedIds.insert(it.key(), static_cast<quint32>(m_shared.size()));
            m_shared.push_back(other.m_shared[it.value()]);
        }
        remap[it.value()] = found.value();
    }
    for (const quint32 id : other.m_sharedId)
        m_sharedId.push_back(remap[id]);
    m_facts.insert(m_facts.end(), other.m_facts.begin(), other.m_facts.end());
}

size_t EntrySearchIndex::byteSize() const {
    size_t bytes = m_unique.capacity() + m_rowStart.capacity() * sizeof(qsizetype) +
                   m_sharedId.capacity() * sizeof(quint32) + m_facts.capacity() * sizeof(EntryStatusFacts);
    for (const QByteArray &text : m_shared)
        bytes += static_cast<size_t>(text.capacity()) * 2; // once in m_shared, once as a hash key (UTF-16)
    return bytes;
}

EntryStatus EntrySearchIndex::status(size_t row, ListKind kind, const QDateTime &reference) const {
    return entryStatusFor(m_facts[row], kind, reference);
}

void EntrySearchIndex::matchText(const QByteArray &utf8, std::vector<char> &matched) const {
    // Rows whose unique text contains the needle: one scan of the whole block; after a hit, the scan goes
    // on from the next row (one mark a row is enough).
    const char *const begin = m_unique.data();
    const char *const end = begin + m_unique.size();
    const char *cursor = begin;
    size_t row = 0; // hits come in order: the row is found by walking forward, not by a search
    while (cursor < end) {
        const void *hit = memmem(cursor, static_cast<size_t>(end - cursor), utf8.constData(),
                                 static_cast<size_t>(utf8.size()));
        if (!hit)
            break;
        const qsizetype offset = static_cast<const char *>(hit) - begin;
        while (m_rowStart[row + 1] <= offset)
            ++row;
        const qsizetype rowEnd = m_rowStart[row + 1] - 1; // the row's closing '\n'
        // A hit that runs over the row's closing '\n' joins two rows: not a match of either.
        if (offset + utf8.size() <= rowEnd) {
            matched[row] = 1;
            cursor = begin + rowEnd + 1;
        } else {
            cursor = static_cast<const char *>(hit) + 1;
        }
    }
    // The shared texts: a handful of distinct values, each tested once.
    std::vector<char> sharedMatches(m_shared.size(), 0);
    bool anyShared = false;
    for (size_t i = 0; i < m_shared.size(); ++i) {
        sharedMatches[i] = m_shared[i].contains(utf8) ? 1 : 0;
        anyShared = anyShared || sharedMatches[i];
    }
    if (!anyShared)
        return;
    for (size_t i = 0; i < matched.size(); ++i)
        if (!matched[i] && sharedMatches[m_sharedId[i]])
            matched[i] = 1;
}

std::vector<char> EntrySearchIndex::match(const QString &needle, ListKind kind,
                                          const QDateTime &reference) const {
    const size_t rows = rowCount();
    std::vector<char> matched(rows, 0);
    const QByteArray utf8 = needle.toUtf8();
    if (utf8.isEmpty()) {
        std::fill(matched.begin(), matched.end(), 1);
        return matched;
    }
    matchText(utf8, matched);
    // The status labels: one test per status.
    constexpr int statusCount = static_cast<int>(EntryStatus::CatalogMember) + 1;
    std::array<char, statusCount> statusMatches{};
    bool anyStatus = false;
    for (int status = 0; status < statusCount; ++status) {
        statusMatches[static_cast<size_t>(status)] =
            entryStatusLabel(static_cast<EntryStatus>(status)).toLower().contains(needle) ? 1 : 0;
        anyStatus = anyStatus || statusMatches[static_cast<size_t>(status)];
    }
    if (anyStatus) {
        for (size_t row = 0; row < rows; ++row)
            if (!matched[row] && statusMatches[static_cast<size_t>(status(row, kind, reference))])
                matched[row] = 1;
    }
    return matched;
}

std::vector<char> EntrySearchIndex::match(const QString &needle,
                                          const std::vector<TrustStatus> &statuses) const {
    const size_t rows = rowCount();
    std::vector<char> matched(rows, 0);
    const QByteArray utf8 = needle.toUtf8();
    if (utf8.isEmpty()) {
        std::fill(matched.begin(), matched.end(), 1);
        return matched;
    }
    matchText(utf8, matched);
    std::array<char, trustStatusCount> statusMatches{};
    bool anyStatus = false;
    for (const TrustStatus status : allTrustStatuses) {
        const bool hit = trusttext::statusLabel(status).toLower().contains(needle);
        statusMatches[static_cast<size_t>(status)] = hit ? 1 : 0;
        anyStatus = anyStatus || hit;
    }
    if (anyStatus && statuses.size() == rows) {
        for (size_t row = 0; row < rows; ++row)
            if (!matched[row] && statusMatches[static_cast<size_t>(statuses[row])])
                matched[row] = 1;
    }
    return matched;
}

} // namespace ctlv
