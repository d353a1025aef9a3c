// The entries of one CTL as a flat table: each row decoded from the DER when shown (with a small
// cache), its effective trust read from the list's trust table for the question asked.
#include "EntryTableModel.h"

#include "CatalogMembers.h"
#include "CatalogText.h"

#include "Sections.h"
#include "TrustText.h"

#include "CertificateTableModel.h"
#include "ModelText.h"
#include "Oids.h"

#include <QTimeZone>

namespace ctlv {

namespace {

QString filetimeDisplay(const std::optional<FiletimeValue> &value, const QLocale &locale = QLocale()) {
    if (!value)
        return {}; // absent attribute: nothing to show
    if (value->empty)
        return EntryTableModel::alwaysText();
    return modeltext::utcText(value->utc, locale);
}

QString filetimeRaw(const std::optional<FiletimeValue> &value) {
    if (!value || value->empty)
        return {};
    return isoUtc(value->utc);
}

// An empty FILETIME means "since forever": it sorts before every real date. An absent attribute
// sorts after every present one (QSortFilterProxyModel puts invalid variants last).
QVariant filetimeSort(const std::optional<FiletimeValue> &value) {
    if (!value)
        return {};
    if (value->empty)
        return QDateTime(QDate(1601, 1, 1), QTime(0, 0), QTimeZone::utc());
    return value->utc;
}

QStringList policyOids(const CtlEntry &entry) {
    QStringList oids;
    oids.reserve(entry.rootProgramPolicies.size());
    for (const RootProgramPolicy &policy : entry.rootProgramPolicies)
        oids << policy.policyOid;
    return oids;
}

} // namespace

EntryTableModel::EntryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

EntryTableModel::~EntryTableModel() {
    stopIndexing();
}

void EntryTableModel::setDocument(std::shared_ptr<const CtlDocument> document) {
    beginResetModel();
    stopIndexing();
    m_document = std::move(document);
    m_links.reset(); // links belong to one document
    m_kind = m_document ? m_document->kind() : ListKind::Other;
    for (CacheSlot &slot : m_cache)
        slot = CacheSlot{};
    startIndexing();
    startTrust(true);
    endResetModel();
    if (m_trust)
        Q_EMIT trustReady();
}

void EntryTableModel::setDisallowedList(std::shared_ptr<const CtlDocument> disallowed) {
    if (disallowed == m_disallowed)
        return;
    m_disallowed = std::move(disallowed);
    startTrust(false);
    const int rows = rowCount();
    if (!m_trust && rows > 0) // the worker builds it: the Status column is empty meanwhile
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

// A list of a few thousand entries gets its trust table at once (milliseconds); a larger one on a worker
// thread, so that its first rows show without waiting for every entry to be decoded.
void EntryTableModel::startTrust(bool withinReset) {
    if (m_trustFuture.valid())
        m_trustFuture.wait(); // its queued call checks the generation, which changes below
    m_trustFuture = {};
    m_trust.reset();
    m_statuses.clear();
    m_counts = {};
    ++m_trustGeneration;
    if (!m_document)
        return;
    std::shared_ptr<const CtlDocument> document = m_document;
    std::shared_ptr<const CtlDocument> disallowed = m_disallowed;
    if (m_document->entries.size() <= LargeList) {
        auto table = std::make_shared<const TrustTable>(TrustTable::build(*document, disallowed.get()));
        if (withinReset) {
            m_trust = std::move(table);
            recomputeStatuses(); // within the reset: no dataChanged
        } else {
            adoptTrust(std::move(table));
        }
        return;
    }
    const quint64 generation = m_trustGeneration;
    // The model waits for this worker before it changes document or goes away (stopIndexing), so
    // `this` outlives it; the queued call is dropped if the model is deleted before it runs.
    m_trustFuture =
        std::async(std::launch::async,
                   [this, document, disallowed, generation]() -> std::shared_ptr<const TrustTable> {
                       auto table =
                           std::make_shared<const TrustTable>(TrustTable::build(*document, disallowed.get()));
                       QMetaObject::invokeMethod(
                           this,
                           [this, generation] {
                               if (generation == m_trustGeneration && !m_trust && m_trustFuture.valid())
                                   adoptTrust(m_trustFuture.get());
                           },
                           Qt::QueuedConnection);
                       return table;
                   })
            .share();
}

void EntryTableModel::waitForTrust() {
    if (!m_trust && m_trustFuture.valid())
        adoptTrust(m_trustFuture.get());
}

void EntryTableModel::adoptTrust(std::shared_ptr<const TrustTable> table) {
    m_trust = std::move(table);
    m_trustFuture = {};
    recomputeStatuses();
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    Q_EMIT trustReady();
}

void EntryTableModel::recomputeStatuses() {
    m_counts = {};
    if (!m_trust) {
        m_statuses.clear();
        return;
    }
    m_statuses = m_trust->statuses(m_question);
    for (const TrustStatus status : m_statuses)
        ++m_counts[status];
}

void EntryTableModel::setTrustQuestion(const TrustQuestion &question) {
    m_question = question;
    m_referenceTime = question.at.isValid() ? question.at.toUTC() : QDateTime::currentDateTimeUtc();
    recomputeStatuses();
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

std::optional<TrustAnswer> EntryTableModel::trustAnswer(int entryIndex) const {
    if (!m_trust || entryIndex < 0 || static_cast<size_t>(entryIndex) >= m_trust->size())
        return std::nullopt;
    return m_trust->evaluate(static_cast<size_t>(entryIndex), m_question);
}

// The Status column: the effective trust for the question, its reason in words as the tool tip.
QVariant EntryTableModel::trustData(int row, int role) const {
    if (static_cast<size_t>(row) >= m_statuses.size())
        return {}; // the worker is still building the trust table
    const TrustStatus status = m_statuses[static_cast<size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        if (m_kind == ListKind::PinRules)
            return entryStatusLabel(EntryStatus::PinRule); // a domain's rule, not a root: no trust to show
        if (m_kind == ListKind::Catalog)
            return tr(
                "In the catalog"); // a file's hash, not a root: no purpose, date or Windows to ask about
        return trusttext::statusLabel(status);
    case Qt::ToolTipRole: {
        if (m_kind == ListKind::Catalog)
            return tr("Windows accepts a file with this hash when the catalog's signature is valid (see the "
                      "verdict).");
        const std::optional<TrustAnswer> answer = trustAnswer(row);
        return answer ? QVariant(trusttext::answerReason(*answer, m_question.purpose)) : QVariant();
    }
    case SortRole:
        return static_cast<int>(status);
    case RawValueRole:
        return trustStatusKey(status);
    default:
        break;
    }
    return {};
}

void EntryTableModel::startIndexing() {
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelIndexing = cancel;
    std::shared_ptr<const CtlDocument> document = m_document;
    // The workers read only the immutable document, translated labels and this copy of the locale, never
    // the model or the default locale (a language switch sets it on this thread). Two halves are indexed in
    // parallel (the machines have two cores; the GUI thread is idle meanwhile) and joined.
    const QLocale locale;
    m_index = std::async(std::launch::async,
                         [document, cancel, locale]() -> std::shared_ptr<const EntrySearchIndex> {
                             auto index = std::make_shared<EntrySearchIndex>();
                             if (!document)
                                 return index;
                             const EntryList &entries = document->entries;
                             const auto indexRange = [&entries, &cancel, &locale](EntrySearchIndex &part,
                                                                                  size_t begin, size_t end) {
                                 part.reserve(end - begin, (end - begin) * 160);
                                 for (size_t i = begin; i < end; ++i) {
                                     if ((i & 1023) == 0 && cancel->load(std::memory_order_relaxed))
                                         return; // superseded; nobody reads it
                                     const CtlEntry entry = entries[i];
                                     part.addRow(uniqueSearchText(entry, locale).toLower().toUtf8(),
                                                 sharedSearchText(entry).toLower(), entryStatusFacts(entry));
                                 }
                             };
                             const size_t half = entries.size() / 2;
                             if (half < 5000) {
                                 indexRange(*index, 0, entries.size());
                                 return index;
                             }
                             EntrySearchIndex secondHalf;
                             auto second = std::async(std::launch::async,
                                                      [&] { indexRange(secondHalf, half, entries.size()); });
                             indexRange(*index, 0, half);
                             second.wait();
                             index->append(secondHalf);
                             return index;
                         })
                  .share();
}

void EntryTableModel::stopIndexing() {
    if (m_trustFuture.valid())
        m_trustFuture.wait(); // its queued call checks the generation: it changes after this
    m_trustFuture = {};
    if (m_cancelIndexing)
        m_cancelIndexing->store(true);
    if (m_index.valid())
        m_index.wait();
    m_index = {};
    m_cancelIndexing.reset();
}

const EntrySearchIndex &EntryTableModel::searchIndex() const {
    static const EntrySearchIndex empty;
    if (!m_index.valid())
        return empty;
    return *m_index.get();
}

bool EntryTableModel::isSearchIndexReady() const {
    return !m_index.valid() || m_index.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void EntryTableModel::setCertificateLinks(std::shared_ptr<const CertificateLinks> links) {
    beginResetModel();
    m_links = std::move(links);
    endResetModel();
}

const StoredCertificate *EntryTableModel::linkedCertificate(int entryIndex) const {
    if (!m_links || entryIndex < 0 || static_cast<size_t>(entryIndex) >= m_links->entries.size())
        return nullptr;
    const int certificate = m_links->entries[static_cast<size_t>(entryIndex)].certificate;
    if (certificate < 0 || static_cast<size_t>(certificate) >= m_links->certificates.size())
        return nullptr;
    return &m_links->certificates[static_cast<size_t>(certificate)];
}

QString EntryTableModel::certificateSearchText(int entryIndex) const {
    if (!m_links || entryIndex < 0 || static_cast<size_t>(entryIndex) >= m_links->entries.size())
        return {};
    QString text;
    for (int column = EntryColumn::CertificateSubject; column < EntryColumn::LinkedColumnCount; ++column) {
        text += certificateData(entryIndex, column, Qt::DisplayRole).toString();
        text += QChar(0x1f); // no match across two fields
    }
    return text.toLower();
}

QString EntryTableModel::certificateMatchLabel(CertificateMatch match) {
    return sections::certificateMatchLabel(match);
}

// The linked certificate's columns. The search index does not cover them: it is built once per document,
// before any certificate is added.
QVariant EntryTableModel::certificateData(int entryIndex, int column, int role) const {
    if (!m_links || static_cast<size_t>(entryIndex) >= m_links->entries.size())
        return {};
    const CertificateMatch match = m_links->entries[static_cast<size_t>(entryIndex)].match;
    if (role == CertificateMatchRole)
        return static_cast<int>(match);
    const StoredCertificate *certificate = linkedCertificate(entryIndex);
    if (column == EntryColumn::Certificate) {
        if (role == Qt::ToolTipRole)
            return certificate ? QVariant(modeltext::oneLine(certificate->origin)) : QVariant();
        if (role == RawValueRole)
            return certificateMatchKey(match);
        if (role == SortRole)
            return static_cast<int>(match);
        return certificateMatchLabel(match);
    }
    if (!certificate)
        return {};
    const CertificateInfo &info = certificate->info();
    switch (column) {
    case EntryColumn::CertificateSubject:
        if (role == Qt::ToolTipRole)
            return {};
        return modeltext::oneLine(info.subject);
    case EntryColumn::CertificateNotAfter:
        if (role == SortRole)
            return info.notAfter;
        if (role == RawValueRole || role == Qt::ToolTipRole)
            return isoUtc(info.notAfter);
        return info.notAfter.isValid() ? modeltext::utcText(info.notAfter) : QString();
    case EntryColumn::CertificateKey:
        if (role == Qt::ToolTipRole)
            return {};
        return CertificateTableModel::keyText(info);
    default:
        break;
    }
    return {};
}

void EntryTableModel::setReferenceTime(const QDateTime &time) {
    m_referenceTime = time.isValid() ? time.toUTC() : QDateTime::currentDateTimeUtc();
    m_question.at = m_referenceTime;
    recomputeStatuses();
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

const CtlEntry &EntryTableModel::cachedEntry(int row) const {
    CacheSlot &slot = m_cache[static_cast<size_t>(row) % m_cache.size()];
    if (slot.row != row) {
        slot.entry = m_document->entries.decode(static_cast<size_t>(row));
        slot.row = row;
    }
    return slot.entry;
}

std::optional<CtlEntry> EntryTableModel::entryAt(const QModelIndex &index) const {
    const int row = entryIndex(index);
    if (row < 0)
        return std::nullopt;
    return cachedEntry(row);
}

int EntryTableModel::entryIndex(const QModelIndex &index) const {
    if (!m_document || !index.isValid() || index.model() != this || index.row() < 0 ||
        static_cast<size_t>(index.row()) >= m_document->entries.size())
        return -1;
    return index.row();
}

QModelIndex EntryTableModel::indexOfEntry(int entryIndex, int column) const {
    if (entryIndex < 0 || entryIndex >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return index(entryIndex, column);
}

EntryStatus EntryTableModel::statusAt(int entryIndex) const {
    if (!m_document || entryIndex < 0 || static_cast<size_t>(entryIndex) >= m_document->entries.size())
        return EntryStatus::Trusted;
    return entryStatusFor(cachedEntry(entryIndex), m_kind, m_referenceTime);
}

bool EntryTableModel::isNumericColumn(int column) {
    return column == EntryColumn::DisabledFrom || column == EntryColumn::NotBefore ||
           column == EntryColumn::Status || column == EntryColumn::CertificateNotAfter ||
           column == EntryColumn::Certificate;
}

std::vector<EntryTableModel::SortKey> EntryTableModel::sortKeys(int column) const {
    std::vector<SortKey> keys(static_cast<size_t>(rowCount()));
    for (size_t row = 0; row < keys.size(); ++row) {
        QVariant value;
        if (column == EntryColumn::Status) {
            value = trustData(static_cast<int>(row), SortRole); // no decoding: the statuses are known
        } else if (column >= EntryColumn::ColumnCount) {
            value = certificateData(static_cast<int>(row), column, SortRole);
        } else {
            const CtlEntry entry = m_document->entries[row];
            value = sortValue(entry, column, entryStatusFor(entry, m_kind, m_referenceTime));
        }
        SortKey &key = keys[row];
        key.present = value.isValid();
        if (!key.present)
            continue;
        if (column == EntryColumn::Status || column == EntryColumn::Certificate)
            key.number = value.toInt();
        else if (isNumericColumn(column))
            key.number = value.toDateTime().toMSecsSinceEpoch();
        else
            key.text = value.toString();
    }
    return keys;
}

QString EntryTableModel::alwaysText() {
    //: An empty disabled date in the list: the entry has been disabled since forever
    return tr("Always");
}

int EntryTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_document)
        return 0;
    return static_cast<int>(m_document->entries.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return m_links ? EntryColumn::LinkedColumnCount : EntryColumn::ColumnCount;
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const {
    if (entryIndex(index) < 0 || index.column() < 0 || index.column() >= columnCount())
        return {};
    const int column = index.column();
    if (role == CertificateMatchRole)
        return certificateData(index.row(), column, role);
    if (column >= EntryColumn::ColumnCount) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
        case RawValueRole:
            return certificateData(index.row(), column, role);
        case StatusRole:
            return trustData(index.row(), SortRole);
        case EntryIndexRole:
            return index.row();
        default:
            return {};
        }
    }
    if (role == StatusRole)
        return trustData(index.row(), SortRole);
    if (column == EntryColumn::Status) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
        case RawValueRole:
            return trustData(index.row(), role); // the status, without decoding the entry
        case EntryIndexRole:
            return index.row();
        default:
            break;
        }
    }
    const CtlEntry *entry = &cachedEntry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The friendly name and a pin rule's DNS name come from the file: one line, controls visible.
        return modeltext::oneLine(displayText(*entry, column, statusAt(index.row())));
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*entry, column, statusAt(index.row()));
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case SortRole:
        return sortValue(*entry, column, statusAt(index.row()));
    case EntryIndexRole:
        return index.row();
    case SearchTextRole:
        return QString(uniqueSearchText(*entry, QLocale()) + QLatin1Char('\n') + sharedSearchText(*entry) +
                       QLatin1Char('\n') + trustData(index.row(), Qt::DisplayRole).toString())
            .toLower();
    case RawValueRole:
        return rawValue(*entry, column, statusAt(index.row()));
    default:
        break;
    }
    return {};
}

QString EntryTableModel::displayText(const CtlEntry &entry, int column, EntryStatus status) {
    if (isCatalogMember(entry)) {
        // A security catalog's columns (recognised by content): file, hash (the tag), what the hash
        // covers, OS attributes; the root-list columns stay empty.
        const CatalogMember member = decodeCatalogMember(entry);
        switch (column) {
        case EntryColumn::FriendlyName:
            return member.fileName();
        case EntryColumn::Identifier:
            return member.tag;
        case EntryColumn::Sha256:
            return catalogMemberKindLabel(member.kind);
        case EntryColumn::Ekus:
            return member.osAttributes();
        case EntryColumn::Status:
            return entryStatusLabel(status);
        default:
            return {};
        }
    }
    switch (column) {
    case EntryColumn::FriendlyName:
        return entry.friendlyName.value_or(QString());
    case EntryColumn::Identifier:
        return entry.identifierText();
    case EntryColumn::Sha256:
        return toHex(entry.sha256);
    case EntryColumn::Ekus:
        return entry.ekus ? modeltext::oidLabels(*entry.ekus) : QString();
    case EntryColumn::DisabledFrom:
        return filetimeDisplay(entry.disabledFrom);
    case EntryColumn::DisabledEkus:
        return entry.disabledEkus ? modeltext::oidLabels(*entry.disabledEkus) : QString();
    case EntryColumn::NotBefore:
        return filetimeDisplay(entry.notBefore);
    case EntryColumn::NotBeforeEkus:
        return entry.notBeforeEkus ? modeltext::oidLabels(*entry.notBeforeEkus) : QString();
    case EntryColumn::EvPolicies:
        return modeltext::oidLabels(policyOids(entry));
    case EntryColumn::Status:
        return entryStatusLabel(status);
    default:
        break;
    }
    return {};
}

QString EntryTableModel::toolTip(const CtlEntry &entry, int column, EntryStatus status) const {
    switch (column) {
    case EntryColumn::FriendlyName:
        return modeltext::oneLine(entry.friendlyName.value_or(QString()));
    case EntryColumn::Identifier:
        return identifierKindLabel(entry.identifierKind);
    case EntryColumn::Sha256:
        return entry.sha256.isEmpty() ? QString() : tr("SHA-256 of the certificate");
    case EntryColumn::Ekus:
        if (!entry.ekus)
            return tr("The entry lists no purposes.");
        return modeltext::oidDescriptions(*entry.ekus);
    case EntryColumn::DisabledEkus:
        return entry.disabledEkus ? modeltext::oidDescriptions(*entry.disabledEkus) : QString();
    case EntryColumn::NotBeforeEkus:
        return entry.notBeforeEkus ? modeltext::oidDescriptions(*entry.notBeforeEkus) : QString();
    case EntryColumn::EvPolicies:
        return modeltext::oidDescriptions(policyOids(entry));
    case EntryColumn::DisabledFrom:
        if (!entry.disabledFrom)
            return {};
        if (entry.disabledFrom->empty)
            return tr("The list gives an empty date: the entry is disabled since forever.");
        return isoUtc(entry.disabledFrom->utc);
    case EntryColumn::NotBefore:
        if (!entry.notBefore)
            return {};
        if (entry.notBefore->empty)
            return tr("The list gives an empty NotBefore date.");
        return tr("Certificates issued after %1 are not trusted.").arg(isoUtc(entry.notBefore->utc));
    case EntryColumn::Status:
        switch (status) {
        case EntryStatus::Trusted:
            return tr("Windows trusts this root for the purposes listed.");
        case EntryStatus::DisabledForSomePurposes:
            return tr("Windows no longer trusts this root for: %1.")
                .arg(modeltext::oidLabels(entry.disabledEkus.value_or(QStringList())));
        case EntryStatus::Disabled:
            return tr("Windows no longer trusts this root for any purpose.");
        case EntryStatus::NotBeforeRestricted:
            return tr("Windows does not trust certificates this root issued after the NotBefore date.");
        case EntryStatus::WillBeDisabled:
            return tr("Windows will stop trusting this root on %1.")
                .arg(modeltext::utcText(entry.disabledFrom ? entry.disabledFrom->utc : QDateTime()));
        case EntryStatus::Distrusted:
            return tr("Windows treats this certificate as untrusted.");
        case EntryStatus::PinRule:
            return tr("A certificate pinning rule for this domain.");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EntryTableModel::sortValue(const CtlEntry &entry, int column, EntryStatus status) const {
    switch (column) {
    case EntryColumn::DisabledFrom:
        return filetimeSort(entry.disabledFrom);
    case EntryColumn::NotBefore:
        return filetimeSort(entry.notBefore);
    case EntryColumn::Status:
        return static_cast<int>(status);
    default:
        break;
    }
    return displayText(entry, column, status);
}

QString EntryTableModel::rawValue(const CtlEntry &entry, int column, EntryStatus status) const {
    switch (column) {
    case EntryColumn::Ekus:
        return entry.ekus ? entry.ekus->join(QLatin1String(", ")) : QString();
    case EntryColumn::DisabledFrom:
        return filetimeRaw(entry.disabledFrom);
    case EntryColumn::DisabledEkus:
        return entry.disabledEkus ? entry.disabledEkus->join(QLatin1String(", ")) : QString();
    case EntryColumn::NotBefore:
        return filetimeRaw(entry.notBefore);
    case EntryColumn::NotBeforeEkus:
        return entry.notBeforeEkus ? entry.notBeforeEkus->join(QLatin1String(", ")) : QString();
    case EntryColumn::EvPolicies:
        return policyOids(entry).join(QLatin1String(", "));
    case EntryColumn::Status:
        return entryStatusKey(status);
    default:
        break;
    }
    return displayText(entry, column, status);
}

// What differs from row to row: the name, the identifier (text, or lowercase hex), the SHA-256 and the
// dates as shown. Fields are separated by U+001F, which names and dates never hold, so a filter does not
// match across two fields.
QString EntryTableModel::uniqueSearchText(const CtlEntry &entry, const QLocale &locale) {
    const QChar separator(0x1f);
    QString text;
    text.reserve(160);
    text += entry.friendlyName.value_or(QString());
    text += separator;
    text += entry.identifierText();
    text += separator;
    text += toHex(entry.sha256);
    text += separator;
    text += filetimeDisplay(entry.disabledFrom, locale);
    text += separator;
    text += filetimeDisplay(entry.notBefore, locale);
    // The same dates in ISO 8601 ("2021-08-10 17:00:00"), so that a filter typed as ISO finds them in
    // every language, whatever the locale shows.
    for (const auto *date : {&entry.disabledFrom, &entry.notBefore}) {
        if (!*date || !(*date)->utc.isValid())
            continue;
        text += separator;
        text += (*date)->utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return text;
}

// What many rows share: the purposes as shown and as OIDs, so that a filter finds "Code Signing" as
// well as "1.3.6.1.5.5.7.3.3", and the EV policies.
QString EntryTableModel::sharedSearchText(const CtlEntry &entry) {
    QString text;
    for (const int column : {EntryColumn::Ekus, EntryColumn::DisabledEkus, EntryColumn::NotBeforeEkus,
                             EntryColumn::EvPolicies}) {
        text += displayText(entry, column, EntryStatus::Trusted);
        text += QLatin1Char('\n');
    }
    for (const auto *list : {&entry.ekus, &entry.disabledEkus, &entry.notBeforeEkus, &entry.chainPolicies}) {
        if (!*list)
            continue;
        for (const QString &oid : **list) {
            text += oid;
            text += QLatin1Char('\n');
        }
    }
    for (const RootProgramPolicy &policy : entry.rootProgramPolicies) {
        text += policy.policyOid;
        text += QLatin1Char('\n');
    }
    return text;
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole && m_kind == ListKind::Catalog) {
        switch (section) {
        case EntryColumn::FriendlyName:
            return tr("File");
        case EntryColumn::Identifier:
            return tr("Hash (tag)");
        case EntryColumn::Sha256:
            return tr("Hash of");
        case EntryColumn::Ekus:
            return tr("OS attributes");
        case EntryColumn::Status:
            return tr("Status");
        default:
            return QString();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case EntryColumn::CertificateSubject:
            return tr("Cert. subject");
        case EntryColumn::CertificateNotAfter:
            return tr("Cert. expires");
        case EntryColumn::CertificateKey:
            return tr("Cert. key");
        case EntryColumn::Certificate:
            return tr("Certificate");
        case EntryColumn::FriendlyName:
            return tr("Friendly name");
        case EntryColumn::Identifier:
            return tr("Identifier");
        case EntryColumn::Sha256:
            return tr("SHA-256");
        case EntryColumn::Ekus:
            return tr("Purposes");
        case EntryColumn::DisabledFrom:
            return tr("Disabled from");
        case EntryColumn::DisabledEkus:
            return tr("Disabled purposes");
        case EntryColumn::NotBefore:
            return tr("NotBefore");
        case EntryColumn::NotBeforeEkus:
            return tr("NotBefore purposes");
        case EntryColumn::EvPolicies:
            return tr("EV policies");
        case EntryColumn::Status:
            return tr("Status");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EntryColumn::Status:
            return tr(
                "What Windows makes of the root for the purpose, date and Windows chosen above the table");
        case EntryColumn::Identifier:
            return tr("SHA-1 of the certificate, or the domain name for pin rules");
        case EntryColumn::Ekus:
            return tr("Extended key usages Windows enables for this root");
        case EntryColumn::DisabledFrom:
            return tr("Trust stops on this date (for the disabled purposes, or for all)");
        case EntryColumn::NotBefore:
            return tr("Certificates issued after this date are not trusted");
        case EntryColumn::EvPolicies:
            return tr("Extended Validation policies of the root program");
        case EntryColumn::Certificate:
            return tr("Whether the added certificates hold the one this entry names");
        default:
            break;
        }
    }
    return {};
}

} // namespace ctlv
