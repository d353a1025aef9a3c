// The effective-trust rules (EffectiveTrust.h; README "Effective trust"): one evaluation over an entry's
// compact facts, used for a single answer with its reasons and, without the reasons, for whole lists.
#include "EffectiveTrust.h"

#include "Oids.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <thread>

namespace ctlv {

QString windowsGenerationKey(WindowsGeneration generation) {
    return generation == WindowsGeneration::Windows7 ? QStringLiteral("7") : QStringLiteral("10");
}

std::optional<WindowsGeneration> windowsGenerationFromKey(const QString &key) {
    if (key == QLatin1String("10") || key == QLatin1String("11"))
        return WindowsGeneration::Windows10;
    if (key == QLatin1String("7") || key == QLatin1String("8.1") || key == QLatin1String("8"))
        return WindowsGeneration::Windows7;
    return std::nullopt;
}

QString trustStatusKey(TrustStatus status) {
    switch (status) {
    case TrustStatus::NotListed:
        return QStringLiteral("not-listed");
    case TrustStatus::Disallowed:
        return QStringLiteral("disallowed");
    case TrustStatus::PurposeNotGranted:
        return QStringLiteral("purpose-not-granted");
    case TrustStatus::Disabled:
        return QStringLiteral("disabled");
    case TrustStatus::NotBefore:
        return QStringLiteral("not-before");
    case TrustStatus::Trusted:
        break;
    }
    return QStringLiteral("trusted");
}

std::optional<TrustStatus> trustStatusFromKey(const QString &key) {
    for (TrustStatus status : allTrustStatuses)
        if (trustStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString trustReasonCodeKey(TrustReasonCode code) {
    switch (code) {
    case TrustReasonCode::NotInList:
        return QStringLiteral("not-in-list");
    case TrustReasonCode::PinRulesList:
        return QStringLiteral("pin-rules-list");
    case TrustReasonCode::InDisallowedList:
        return QStringLiteral("in-disallowed-list");
    case TrustReasonCode::AllPurposesGranted:
        return QStringLiteral("all-purposes-granted");
    case TrustReasonCode::PurposeGranted:
        return QStringLiteral("purpose-granted");
    case TrustReasonCode::PurposeNotInGrant:
        return QStringLiteral("purpose-not-in-grant");
    case TrustReasonCode::DisabledReached:
        return QStringLiteral("disabled-reached");
    case TrustReasonCode::DisabledEmptyValue:
        return QStringLiteral("disabled-empty-value");
    case TrustReasonCode::DisabledPurposeNoDate:
        return QStringLiteral("disabled-purpose-no-date");
    case TrustReasonCode::DisabledComing:
        return QStringLiteral("disabled-coming");
    case TrustReasonCode::DisabledOtherPurposes:
        return QStringLiteral("disabled-other-purposes");
    case TrustReasonCode::NotBeforeReached:
        return QStringLiteral("not-before-reached");
    case TrustReasonCode::NotBeforeEmptyValue:
        return QStringLiteral("not-before-empty-value");
    case TrustReasonCode::NotBeforePurposeNoDate:
        return QStringLiteral("not-before-purpose-no-date");
    case TrustReasonCode::NotBeforeComing:
        return QStringLiteral("not-before-coming");
    case TrustReasonCode::NotBeforeOtherPurposes:
        return QStringLiteral("not-before-other-purposes");
    case TrustReasonCode::IgnoredOnWindows7:
        break;
    }
    return QStringLiteral("ignored-on-windows-7");
}

qint64 TrustCounts::total() const {
    qint64 sum = 0;
    for (qint64 count : counts)
        sum += count;
    return sum;
}

namespace {

// Deduplicates purpose lists: a million entries carry a handful of distinct ones.
class SetTable {
public:
    explicit SetTable(std::vector<QStringList> &sets) : m_sets(sets), m_ids(m_ownIds) {
        if (m_sets.empty())
            m_sets.push_back({}); // index 0: the empty list
        for (quint32 i = 0; i < m_sets.size(); ++i)
            m_ids.insert(m_sets[i].join(QLatin1Char(' ')), i);
    }
    // Over an index kept by the caller (TrustTable::streaming): nothing is rebuilt per entry.
    SetTable(std::vector<QStringList> &sets, QHash<QString, quint32> &ids) : m_sets(sets), m_ids(ids) {
        if (m_sets.empty()) {
            m_sets.push_back({});
            m_ids.insert(QString(), 0);
        }
    }
    quint32 id(const QStringList &oids) {
        const QString key = oids.join(QLatin1Char(' '));
        const auto found = m_ids.constFind(key);
        if (found != m_ids.cend())
            return found.value();
        const auto id = static_cast<quint32>(m_sets.size());
        m_sets.push_back(oids);
        m_ids.insert(key, id);
        return id;
    }

private:
    std::vector<QStringList> &m_sets;
    QHash<QString, quint32> m_ownIds;
    QHash<QString, quint32> &m_ids;
};

EntryTrustFacts factsWith(const CtlEntry &entry, SetTable &sets, bool inDisallowedList) {
    EntryTrustFacts facts;
    if (entry.ekus) {
        facts.flags |= EntryTrustFacts::HasEkus;
        facts.ekuSet = sets.id(*entry.ekus);
    }
    if (entry.disabledFrom) {
        facts.flags |= EntryTrustFacts::HasDisabled;
        if (entry.disabledFrom->empty || !entry.disabledFrom->utc.isValid())
            facts.flags |= EntryTrustFacts::DisabledEmpty;
        else
            facts.disabledMs = entry.disabledFrom->utc.toMSecsSinceEpoch();
    }
    if (entry.disabledEkus) {
        facts.flags |= EntryTrustFacts::HasDisabledEkus;
        facts.disabledEkuSet = sets.id(*entry.disabledEkus);
    }
    if (entry.notBefore) {
        facts.flags |= EntryTrustFacts::HasNotBefore;
        if (entry.notBefore->empty || !entry.notBefore->utc.isValid())
            facts.flags |= EntryTrustFacts::NotBeforeEmpty;
        else
            facts.notBeforeMs = entry.notBefore->utc.toMSecsSinceEpoch();
    }
    if (entry.notBeforeEkus) {
        facts.flags |= EntryTrustFacts::HasNotBeforeEkus;
        facts.notBeforeEkuSet = sets.id(*entry.notBeforeEkus);
    }
    // A property that is there but does not decode (the parser keeps the entry and says so) is read the
    // strict way: a purpose list that grants nothing, a Disable or NotBefore date of "always". An
    // undecodable .122/.127 stays absent, which applies its date to every purpose, the strict way too.
    const auto undecodable = [&entry](const char *number) {
        for (const AttributeProblem &problem : entry.problems)
            if (problem.oid == QLatin1String("1.3.6.1.4.1.311.10.11.") + QLatin1String(number))
                return true;
        return false;
    };
    if (!entry.problems.isEmpty()) {
        if (!entry.ekus && undecodable("9")) {
            facts.flags |= EntryTrustFacts::HasEkus;
            facts.ekuSet = sets.id({});
        }
        if (!entry.disabledFrom && undecodable("104"))
            facts.flags |= EntryTrustFacts::HasDisabled | EntryTrustFacts::DisabledEmpty;
        if (!entry.notBefore && undecodable("126"))
            facts.flags |= EntryTrustFacts::HasNotBefore | EntryTrustFacts::NotBeforeEmpty;
    }
    if (inDisallowedList)
        facts.flags |= EntryTrustFacts::DisallowedMatch;
    return facts;
}

QDateTime fromMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The times a question compares, in ms since the epoch.
struct QuestionTimes {
    qint64 use = 0;    // Disable compares this: the timestamp, else the use time
    qint64 issued = 0; // NotBefore compares this: the end-entity certificate's notBefore, else the use time
};

QuestionTimes timesOf(const TrustQuestion &question) {
    const QDateTime at = question.at.isValid() ? question.at : QDateTime::currentDateTimeUtc();
    QuestionTimes times;
    times.use =
        (question.timestamp && question.timestamp->isValid() ? *question.timestamp : at).toMSecsSinceEpoch();
    times.issued =
        (question.endEntityNotBefore && question.endEntityNotBefore->isValid() ? *question.endEntityNotBefore
                                                                               : at)
            .toMSecsSinceEpoch();
    return times;
}

// What one date rule (Disable or NotBefore) says for a purpose. The shared shape of both rules: a date
// property (possibly empty), a purposes property limiting it, and a comparison time.
enum class RuleOutcome : quint8 { Absent, Applies, AppliesEmpty, AppliesNoDate, Coming, OtherPurposes };

RuleOutcome ruleOutcome(bool hasDate, bool empty, qint64 dateMs, bool hasPurposes, bool purposeListed,
                        bool anyPurpose, qint64 compared) {
    if (!hasDate && !hasPurposes)
        return RuleOutcome::Absent;
    // A purposes property limits the rule to those purposes; asked for the entry as a whole, a limited
    // rule does not decide (other purposes stay trusted).
    const bool applies = !hasPurposes || (!anyPurpose && purposeListed);
    if (!applies)
        return RuleOutcome::OtherPurposes;
    if (!hasDate)
        return RuleOutcome::AppliesNoDate; // purposes without a date: no time limit
    if (empty)
        return RuleOutcome::AppliesEmpty;
    return dateMs <= compared ? RuleOutcome::Applies : RuleOutcome::Coming;
}

} // namespace

EntryTrustFacts TrustTable::factsOf(const CtlEntry &entry, std::vector<QStringList> &purposeSets,
                                    bool inDisallowedList) {
    SetTable sets(purposeSets);
    return factsWith(entry, sets, inDisallowedList);
}

TrustAnswer notListedAnswer() {
    TrustAnswer answer;
    answer.status = TrustStatus::NotListed;
    answer.reasons.push_back({TrustReasonCode::NotInList, 0, {}, true});
    return answer;
}

TrustAnswer evaluateTrust(const EntryTrustFacts &facts, const std::vector<QStringList> &sets, ListKind kind,
                          const TrustQuestion &question) {
    TrustAnswer answer;
    if (kind == ListKind::PinRules) {
        answer.status = TrustStatus::NotListed;
        answer.reasons.push_back({TrustReasonCode::PinRulesList, 0, {}, true});
        return answer;
    }
    const auto listed = [&sets](quint32 set, const QString &purpose) {
        return set < sets.size() && sets[set].contains(purpose);
    };
    const bool anyPurpose = question.purpose.isEmpty();
    const QuestionTimes times = timesOf(question);
    if (kind == ListKind::Disallowed) {
        // An entry of a disallowed list: Windows distrusts the certificate, whatever else is said.
        answer.status = TrustStatus::Disallowed;
        answer.reasons.push_back({TrustReasonCode::InDisallowedList, 0, {}, true});
        return answer;
    }
    if (facts.has(EntryTrustFacts::DisallowedMatch))
        answer.reasons.push_back({TrustReasonCode::InDisallowedList, 0, {}, true});
    if (!facts.has(EntryTrustFacts::HasEkus))
        answer.reasons.push_back({TrustReasonCode::AllPurposesGranted, 9, {}, false});
    else if (!anyPurpose)
        answer.reasons.push_back(listed(facts.ekuSet, question.purpose)
                                     ? TrustReason{TrustReasonCode::PurposeGranted, 9, {}, false}
                                     : TrustReason{TrustReasonCode::PurposeNotInGrant, 9, {}, true});
    if (question.windows == WindowsGeneration::Windows7) {
        for (const auto &[flag, property] :
             {std::pair{EntryTrustFacts::HasDisabled, 104}, std::pair{EntryTrustFacts::HasDisabledEkus, 122},
              std::pair{EntryTrustFacts::HasNotBefore, 126},
              std::pair{EntryTrustFacts::HasNotBeforeEkus, 127}})
            if (facts.has(flag))
                answer.reasons.push_back({TrustReasonCode::IgnoredOnWindows7, property, {}, false});
    } else {
        const bool hasDisabled = facts.has(EntryTrustFacts::HasDisabled);
        const QDateTime disabledDate = hasDisabled && !facts.has(EntryTrustFacts::DisabledEmpty)
                                           ? fromMs(facts.disabledMs)
                                           : QDateTime();
        const int disabledProperty = hasDisabled ? 104 : 122;
        switch (ruleOutcome(hasDisabled, facts.has(EntryTrustFacts::DisabledEmpty), facts.disabledMs,
                            facts.has(EntryTrustFacts::HasDisabledEkus),
                            listed(facts.disabledEkuSet, question.purpose), anyPurpose, times.use)) {
        case RuleOutcome::Absent:
            break;
        case RuleOutcome::Applies:
            answer.reasons.push_back({TrustReasonCode::DisabledReached, 104, disabledDate, true});
            break;
        case RuleOutcome::AppliesEmpty:
            answer.reasons.push_back({TrustReasonCode::DisabledEmptyValue, 104, {}, true});
            break;
        case RuleOutcome::AppliesNoDate:
            answer.reasons.push_back({TrustReasonCode::DisabledPurposeNoDate, 122, {}, true});
            break;
        case RuleOutcome::Coming:
            answer.reasons.push_back({TrustReasonCode::DisabledComing, 104, disabledDate, false});
            break;
        case RuleOutcome::OtherPurposes:
            answer.reasons.push_back(
                {TrustReasonCode::DisabledOtherPurposes, disabledProperty, disabledDate, false});
            break;
        }
        const bool hasNotBefore = facts.has(EntryTrustFacts::HasNotBefore);
        const QDateTime notBeforeDate = hasNotBefore && !facts.has(EntryTrustFacts::NotBeforeEmpty)
                                            ? fromMs(facts.notBeforeMs)
                                            : QDateTime();
        const int notBeforeProperty = hasNotBefore ? 126 : 127;
        switch (ruleOutcome(hasNotBefore, facts.has(EntryTrustFacts::NotBeforeEmpty), facts.notBeforeMs,
                            facts.has(EntryTrustFacts::HasNotBeforeEkus),
                            listed(facts.notBeforeEkuSet, question.purpose), anyPurpose, times.issued)) {
        case RuleOutcome::Absent:
            break;
        case RuleOutcome::Applies:
            answer.reasons.push_back({TrustReasonCode::NotBeforeReached, 126, notBeforeDate, true});
            break;
        case RuleOutcome::AppliesEmpty:
            answer.reasons.push_back({TrustReasonCode::NotBeforeEmptyValue, 126, {}, true});
            break;
        case RuleOutcome::AppliesNoDate:
            answer.reasons.push_back({TrustReasonCode::NotBeforePurposeNoDate, 127, {}, true});
            break;
        case RuleOutcome::Coming:
            answer.reasons.push_back({TrustReasonCode::NotBeforeComing, 126, notBeforeDate, false});
            break;
        case RuleOutcome::OtherPurposes:
            answer.reasons.push_back(
                {TrustReasonCode::NotBeforeOtherPurposes, notBeforeProperty, notBeforeDate, false});
            break;
        }
    }
    // The first deciding rule in the order of the statuses; its date is `since`.
    const auto statusOf = [](TrustReasonCode code) {
        switch (code) {
        case TrustReasonCode::InDisallowedList:
            return TrustStatus::Disallowed;
        case TrustReasonCode::PurposeNotInGrant:
            return TrustStatus::PurposeNotGranted;
        case TrustReasonCode::DisabledReached:
        case TrustReasonCode::DisabledEmptyValue:
        case TrustReasonCode::DisabledPurposeNoDate:
            return TrustStatus::Disabled;
        case TrustReasonCode::NotBeforeReached:
        case TrustReasonCode::NotBeforeEmptyValue:
        case TrustReasonCode::NotBeforePurposeNoDate:
            return TrustStatus::NotBefore;
        default:
            return TrustStatus::Trusted;
        }
    };
    for (const TrustReason &reason : answer.reasons) {
        if (!reason.decisive)
            continue;
        const TrustStatus status = statusOf(reason.code);
        if (static_cast<int>(status) < static_cast<int>(answer.status)) {
            answer.status = status;
            answer.since = reason.date;
        }
    }
    return answer;
}

TrustAnswer evaluateTrust(const CtlEntry &entry, ListKind kind, const TrustQuestion &question,
                          bool inDisallowedList) {
    std::vector<QStringList> sets;
    const EntryTrustFacts facts = TrustTable::factsOf(entry, sets, inDisallowedList);
    return evaluateTrust(facts, sets, kind, question);
}

TrustTable TrustTable::build(const CtlDocument &document, const CtlDocument *disallowed) {
    TrustTable table;
    table.m_kind = document.kind();
    // What the disallowed list names, by identifier kind; an authroot entry carries its SHA-1 (the
    // identifier), the MD5 of its public key (property 25) and its SHA-256 (property 98).
    QSet<QByteArray> bySha1, byKeyMd5, bySha256;
    if (disallowed) {
        for (const CtlEntry &entry : disallowed->entries) {
            switch (entry.identifierKind) {
            case IdentifierKind::Sha1OfCertificate:
                bySha1.insert(entry.identifier);
                break;
            case IdentifierKind::Md5OfPublicKey:
                byKeyMd5.insert(entry.identifier);
                break;
            case IdentifierKind::Sha256Hash:
                bySha256.insert(entry.identifier);
                break;
            default:
                break;
            }
        }
    }
    const bool matchDisallowed = !bySha1.isEmpty() || !byKeyMd5.isEmpty() || !bySha256.isEmpty();
    // Decoding is the whole cost (microseconds an entry): a large list is read in two halves on two
    // threads, each with its own purpose-list table, merged after.
    const auto factsOfRange = [&](size_t begin, size_t end, std::vector<EntryTrustFacts> &facts,
                                  std::vector<QStringList> &setsOut) {
        SetTable sets(setsOut);
        facts.reserve(end - begin);
        for (size_t i = begin; i < end; ++i) {
            const CtlEntry entry = document.entries.decode(i, EntryFields::Trust);
            bool inDisallowed = false;
            if (matchDisallowed)
                inDisallowed =
                    (entry.identifierKind == IdentifierKind::Sha1OfCertificate &&
                     bySha1.contains(entry.identifier)) ||
                    (!entry.subjectPublicKeyMd5.isEmpty() && byKeyMd5.contains(entry.subjectPublicKeyMd5)) ||
                    (!entry.sha256.isEmpty() && bySha256.contains(entry.sha256));
            facts.push_back(factsWith(entry, sets, inDisallowed));
        }
    };
    const size_t count = document.entries.size();
    if (count < 20'000 || std::thread::hardware_concurrency() < 2) {
        factsOfRange(0, count, table.m_facts, table.m_sets);
        return table;
    }
    const size_t half = count / 2;
    std::vector<EntryTrustFacts> secondFacts;
    std::vector<QStringList> secondSets;
    std::thread second([&] { factsOfRange(half, count, secondFacts, secondSets); });
    factsOfRange(0, half, table.m_facts, table.m_sets);
    second.join();
    // The second half's purpose lists get the first table's indexes.
    SetTable sets(table.m_sets);
    std::vector<quint32> remap(secondSets.size());
    for (size_t i = 0; i < secondSets.size(); ++i)
        remap[i] = sets.id(secondSets[i]);
    table.m_facts.reserve(count);
    for (EntryTrustFacts facts : secondFacts) {
        facts.ekuSet = remap[facts.ekuSet];
        facts.disabledEkuSet = remap[facts.disabledEkuSet];
        facts.notBeforeEkuSet = remap[facts.notBeforeEkuSet];
        table.m_facts.push_back(facts);
    }
    return table;
}

TrustTable TrustTable::streaming(ListKind kind) {
    TrustTable table;
    table.m_kind = kind;
    return table;
}

void TrustTable::setEntry(const CtlEntry &entry) {
    SetTable sets(m_sets, m_setIds);
    const EntryTrustFacts facts = factsWith(entry, sets, false);
    if (m_facts.empty())
        m_facts.push_back(facts);
    else
        m_facts.front() = facts;
}

TrustTable TrustTable::fromEntries(ListKind kind, const std::vector<CtlEntry> &entries) {
    TrustTable table;
    table.m_kind = kind;
    SetTable sets(table.m_sets);
    for (const CtlEntry &entry : entries)
        table.m_facts.push_back(factsWith(entry, sets, false));
    return table;
}

TrustAnswer TrustTable::evaluate(size_t entry, const TrustQuestion &question) const {
    return evaluateTrust(m_facts[entry], m_sets, m_kind, question);
}

std::vector<TrustStatus> TrustTable::statuses(const TrustQuestion &question) const {
    std::vector<TrustStatus> result(m_facts.size(), TrustStatus::Trusted);
    if (m_kind == ListKind::PinRules || m_kind == ListKind::Disallowed) {
        std::fill(result.begin(), result.end(),
                  m_kind == ListKind::PinRules ? TrustStatus::NotListed : TrustStatus::Disallowed);
        return result;
    }
    // Whether each distinct purpose list holds the purpose: looked up once, not once an entry.
    const bool anyPurpose = question.purpose.isEmpty();
    std::vector<char> holds(m_sets.size(), 0);
    for (size_t i = 0; i < m_sets.size(); ++i)
        holds[i] = !anyPurpose && m_sets[i].contains(question.purpose);
    const QuestionTimes times = timesOf(question);
    const bool windows10 = question.windows == WindowsGeneration::Windows10;
    using F = EntryTrustFacts;
    for (size_t i = 0; i < m_facts.size(); ++i) {
        const F &f = m_facts[i];
        if (f.flags & F::DisallowedMatch) {
            result[i] = TrustStatus::Disallowed;
            continue;
        }
        if (!anyPurpose && (f.flags & F::HasEkus) && !holds[f.ekuSet]) {
            result[i] = TrustStatus::PurposeNotGranted;
            continue;
        }
        if (!windows10)
            continue;
        // The same decisions as ruleOutcome, flattened.
        if (f.flags & (F::HasDisabled | F::HasDisabledEkus)) {
            const bool applies = !(f.flags & F::HasDisabledEkus) || holds[f.disabledEkuSet];
            if (applies &&
                (!(f.flags & F::HasDisabled) || (f.flags & F::DisabledEmpty) || f.disabledMs <= times.use)) {
                result[i] = TrustStatus::Disabled;
                continue;
            }
        }
        if (f.flags & (F::HasNotBefore | F::HasNotBeforeEkus)) {
            const bool applies = !(f.flags & F::HasNotBeforeEkus) || holds[f.notBeforeEkuSet];
            if (applies && (!(f.flags & F::HasNotBefore) || (f.flags & F::NotBeforeEmpty) ||
                            f.notBeforeMs <= times.issued))
                result[i] = TrustStatus::NotBefore;
        }
    }
    return result;
}

TrustCounts TrustTable::counts(const TrustQuestion &question) const {
    TrustCounts counts;
    for (TrustStatus status : statuses(question))
        ++counts[status];
    return counts;
}

std::vector<std::pair<QString, TrustCounts>> TrustTable::summary(const TrustQuestion &question) const {
    std::vector<std::pair<QString, TrustCounts>> result;
    for (const QString &purpose : purposes()) {
        TrustQuestion asked = question;
        asked.purpose = purpose;
        result.emplace_back(purpose, counts(asked));
    }
    return result;
}

QStringList TrustTable::purposesOf(size_t entry) const {
    const EntryTrustFacts &f = m_facts[entry];
    QStringList purposes;
    const auto add = [&](bool present, quint32 set) {
        if (!present || set >= m_sets.size())
            return;
        for (const QString &purpose : m_sets[set])
            if (!purposes.contains(purpose))
                purposes << purpose;
    };
    add(f.has(EntryTrustFacts::HasEkus), f.ekuSet);
    add(f.has(EntryTrustFacts::HasDisabledEkus), f.disabledEkuSet);
    add(f.has(EntryTrustFacts::HasNotBeforeEkus), f.notBeforeEkuSet);
    return purposes;
}

QStringList TrustTable::purposes() const {
    QStringList purposes;
    QSet<QString> seen;
    for (const QStringList &set : m_sets)
        for (const QString &purpose : set)
            if (!seen.contains(purpose)) {
                seen.insert(purpose);
                purposes << purpose;
            }
    return purposes;
}

namespace {
struct PurposeAlias {
    const char *alias;
    const char *oid;
};
constexpr PurposeAlias purposeAliases[] = {
    {"server-auth", oid::ServerAuth},
    {"client-auth", oid::ClientAuth},
    {"code-signing", oid::CodeSigning},
    {"email", oid::EmailProtection},
    {"time-stamping", oid::TimeStamping},
    {"ocsp-signing", oid::OcspSigning},
    {"document-signing", "1.3.6.1.4.1.311.10.3.12"},
    {"smart-card-logon", "1.3.6.1.4.1.311.20.2.2"},
};
} // namespace

QString trustPurposeOid(const QString &nameOrOid) {
    static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
    if (dotted.match(nameOrOid).hasMatch())
        return nameOrOid;
    const QString name = nameOrOid.toLower();
    for (const PurposeAlias &alias : purposeAliases)
        if (name == QLatin1String(alias.alias))
            return QString::fromLatin1(alias.oid);
    return {};
}

QString trustPurposeAlias(const QString &oid) {
    for (const PurposeAlias &alias : purposeAliases)
        if (oid == QLatin1String(alias.oid))
            return QString::fromLatin1(alias.alias);
    return oid;
}

} // namespace ctlv
