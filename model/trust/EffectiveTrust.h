#pragma once
// Effective trust (issue #15): what Windows makes of an authroot entry for one purpose, at one date, on one
// Windows generation. Plain values only: the status, the date it took effect, and the typed reasons (which
// property decided what); the words are in model/present/TrustText. README "Effective trust" has the rules.
//
// For lists of a million entries, TrustTable keeps a few bytes of facts per entry (built once by decoding
// every entry) and evaluates a purpose and date from them without decoding again.

#include "CtlDocument.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace ctlv {

/// Which Windows evaluates: 10 = Windows 10/11 and Server 2016+ (honour Disable and NotBefore),
/// 7 = Windows 7/8.1 (ignore properties 104, 122, 126 and 127: such roots stay active).
enum class WindowsGeneration { Windows10, Windows7 };
QString windowsGenerationKey(WindowsGeneration generation); ///< "10", "7"
std::optional<WindowsGeneration> windowsGenerationFromKey(const QString &key);

/// The effective status, in the order rules decide: when several apply, the first of NotListed,
/// Disallowed, PurposeNotGranted, Disabled, NotBefore wins (Trusted when none applies).
enum class TrustStatus : quint8 { NotListed, Disallowed, PurposeNotGranted, Disabled, NotBefore, Trusted };
inline constexpr int trustStatusCount = 6;
/// "not-listed", "disallowed", "purpose-not-granted", "disabled", "not-before", "trusted" (never translated)
QString trustStatusKey(TrustStatus status);
std::optional<TrustStatus> trustStatusFromKey(const QString &key);
/// Every status, in deciding order (for counts and filters).
inline constexpr std::array<TrustStatus, trustStatusCount> allTrustStatuses{
    TrustStatus::Trusted,           TrustStatus::NotBefore,  TrustStatus::Disabled,
    TrustStatus::PurposeNotGranted, TrustStatus::Disallowed, TrustStatus::NotListed};

/// Why: one fact that took part in the decision. `decisive` marks those that set the status; the others
/// are said too (a Disable date still to come, a rule for other purposes, a property Windows 7 ignores).
enum class TrustReasonCode : quint8 {
    NotInList,              ///< no entry of the list names the root
    PinRulesList,           ///< the list is a pin-rules list: it names domains, not roots
    InDisallowedList,       ///< the certificate is an entry of a disallowed list (or the list is one)
    AllPurposesGranted,     ///< no property 9: the list grants every purpose
    PurposeGranted,         ///< property 9 lists the purpose
    PurposeNotInGrant,      ///< property 9 lists purposes, not this one
    DisabledReached,        ///< property 104's date is on or before the use time (`date`)
    DisabledEmptyValue,     ///< property 104 has an empty value: read as "disabled since always"
    DisabledPurposeNoDate,  ///< property 122 lists the purpose and there is no property 104: no time limit
    DisabledComing,         ///< property 104's date is after the use time ("disabled from `date`")
    DisabledOtherPurposes,  ///< property 104 applies only to the purposes of property 122, not this one
    NotBeforeReached,       ///< property 126's date is on or before the certificate's issue date (`date`)
    NotBeforeEmptyValue,    ///< property 126 has an empty value: read as "no certificate issued is trusted"
    NotBeforePurposeNoDate, ///< property 127 lists the purpose and there is no property 126: no time limit
    NotBeforeComing,        ///< property 126's date is after the issue date (`date`)
    NotBeforeOtherPurposes, ///< property 126 applies only to the purposes of property 127, not this one
    IgnoredOnWindows7,      ///< property `property` is set but Windows 7/8.1 ignores it
};
QString trustReasonCodeKey(TrustReasonCode code); ///< "disabled-reached", ... (machine key)

struct TrustReason {
    TrustReasonCode code = TrustReasonCode::AllPurposesGranted;
    int property = 0; ///< the entry property (9, 104, 122, 126, 127) that states it; 0 for none
    QDateTime date;   ///< the property's date where it has one (invalid otherwise)
    bool decisive = false;
    bool operator==(const TrustReason &) const = default;
};

/// The question. `purpose` empty = the entry as a whole (only rules for every purpose decide; rules for
/// some purposes become non-decisive reasons). "As of D": at = D, the certificate issued on D, used on D.
struct TrustQuestion {
    QString purpose; ///< an EKU OID, or empty for any purpose
    QDateTime at;    ///< the use (verification) time; invalid = now
    WindowsGeneration windows = WindowsGeneration::Windows10;
    std::optional<QDateTime> endEntityNotBefore; ///< the issued date NotBefore compares; default `at`
    std::optional<QDateTime> timestamp;          ///< a trusted timestamp: Disable compares it instead of `at`
};

struct TrustAnswer {
    TrustStatus status = TrustStatus::Trusted;
    QDateTime since; ///< disabled / not-before: the date of the deciding property (invalid: always / none)
    std::vector<TrustReason> reasons;
};

/// The few facts of one entry that its trust depends on (a few bytes; purposes as indexes into the
/// TrustTable's set table, so a million entries share the handful of distinct purpose lists).
struct EntryTrustFacts {
    enum Flag : quint16 {
        HasEkus = 1,           // property 9
        HasDisabled = 2,       // property 104
        DisabledEmpty = 4,     //   ... with an empty value
        HasDisabledEkus = 8,   // property 122
        HasNotBefore = 16,     // property 126
        NotBeforeEmpty = 32,   //   ... with an empty value
        HasNotBeforeEkus = 64, // property 127
        DisallowedMatch = 128, // named by the disallowed list given to the table
    };
    qint64 disabledMs = 0;  // property 104, ms since the epoch (UTC), when set and not empty
    qint64 notBeforeMs = 0; // property 126, likewise
    quint32 ekuSet = 0;     // index in TrustTable::purposeSets() of property 9's purposes
    quint32 disabledEkuSet = 0;
    quint32 notBeforeEkuSet = 0;
    quint16 flags = 0;
    bool has(Flag flag) const { return (flags & flag) != 0; }
};

/// Counts per status (indexed by TrustStatus).
struct TrustCounts {
    std::array<qint64, trustStatusCount> counts{};
    qint64 operator[](TrustStatus status) const { return counts[static_cast<size_t>(status)]; }
    qint64 &operator[](TrustStatus status) { return counts[static_cast<size_t>(status)]; }
    qint64 total() const;
};

/// One list's trust facts, built once; then every question is answered from them (no decoding).
class TrustTable {
public:
    TrustTable() = default;
    /// Decodes every entry of `document` once. `disallowed`, when given, marks the entries whose root it
    /// names: by SHA-1 (the entry's identifier), MD5 of the public key (property 25) or SHA-256 (property
    /// 98); a disallowed list's SHA-384-of-tbsCertificate identifiers need the certificate (check does it).
    static TrustTable build(const CtlDocument &document, const CtlDocument *disallowed = nullptr);
    /// The same over entries already decoded (tests, small synthetic lists).
    static TrustTable fromEntries(ListKind kind, const std::vector<CtlEntry> &entries);
    /// A table of one entry at a time, for a writer that decodes every entry anyway (`dump --json` streams
    /// a million): setEntry() makes `entry` entry 0, so each entry is decoded once and no facts are kept
    /// (the distinct purpose lists are).
    static TrustTable streaming(ListKind kind);
    void setEntry(const CtlEntry &entry);
    /// The facts of one entry (for callers that hold decoded entries, and for tests).
    static EntryTrustFacts factsOf(const CtlEntry &entry, std::vector<QStringList> &purposeSets,
                                   bool inDisallowedList = false);

    size_t size() const { return m_facts.size(); }
    ListKind kind() const { return m_kind; }
    const EntryTrustFacts &facts(size_t entry) const { return m_facts[entry]; }
    const std::vector<QStringList> &purposeSets() const { return m_sets; }

    /// The full answer (status, since, every reason) for entry `entry`.
    TrustAnswer evaluate(size_t entry, const TrustQuestion &question) const;
    /// Only the status, for every entry: the fast path (a million entries well under 0.3 s).
    std::vector<TrustStatus> statuses(const TrustQuestion &question) const;
    TrustCounts counts(const TrustQuestion &question) const;
    /// The per-purpose summary of the list: for every purpose it mentions (purposes()), the counts per
    /// status for `question` asked with that purpose.
    std::vector<std::pair<QString, TrustCounts>> summary(const TrustQuestion &question) const;
    /// The purposes entry `entry` mentions (properties 9, 122, 127, in that order, each once).
    QStringList purposesOf(size_t entry) const;
    /// Every purpose the list mentions, each once, in order of first appearance.
    QStringList purposes() const;

private:
    ListKind m_kind = ListKind::AuthRoot;
    std::vector<EntryTrustFacts> m_facts;
    std::vector<QStringList> m_sets;
    QHash<QString, quint32> m_setIds; // streaming(): m_sets by their joined OIDs, kept between entries
};

/// The answer for facts whose purpose sets are `sets` (what TrustTable::evaluate uses; tests call it).
TrustAnswer evaluateTrust(const EntryTrustFacts &facts, const std::vector<QStringList> &sets, ListKind kind,
                          const TrustQuestion &question);
/// The same straight from a decoded entry.
TrustAnswer evaluateTrust(const CtlEntry &entry, ListKind kind, const TrustQuestion &question,
                          bool inDisallowedList = false);
/// The answer when no entry names the root.
TrustAnswer notListedAnswer();

/// "server-auth", "client-auth", "code-signing", "email", "time-stamping", "ocsp-signing",
/// "document-signing", "smart-card-logon" or a dotted OID -> the OID; empty when neither.
QString trustPurposeOid(const QString &nameOrOid);
/// The alias of an OID ("server-auth") when it has one, else the OID.
QString trustPurposeAlias(const QString &oid);

} // namespace ctlv
