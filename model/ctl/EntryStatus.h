#pragma once
// What a CTL entry means for Windows at a reference date: the one rule, used by the entry table, its
// search index, the CSV export and the PDF report.

#include "CtlDocument.h"

#include <QDateTime>
#include <QString>

namespace ctlv {

/// What an entry means for Windows at a reference date.
enum class EntryStatus {
    Trusted,                 ///< no restriction
    DisabledForSomePurposes, ///< disabled date reached, for the EKUs in the disabled-EKU attribute only
    Disabled,                ///< disabled date reached (or empty: since forever) for every purpose
    NotBeforeRestricted,     ///< certificates issued after the NotBefore date are not trusted
    WillBeDisabled,          ///< a disabled date is set in the future
    Distrusted,              ///< an entry of a disallowed list: Windows distrusts the certificate
    PinRule,                 ///< an entry of a pin-rules list: a domain, not a trust decision
    CatalogMember,           ///< a member of a security catalog: a file's hash, not a root
};
QString entryStatusKey(EntryStatus status);   ///< "trusted", "disabled-for-some-purposes", ...
QString entryStatusLabel(EntryStatus status); ///< translated, short

/// The attributes an entry's status depends on, small enough to keep for every row of a million-entry
/// list (the search index keeps them instead of the entries).
struct EntryStatusFacts {
    enum class Disabled : quint8 { No, Always, From };
    Disabled disabled = Disabled::No;
    bool someDisabledPurposes = false; // a non-empty disabled-purposes list
    bool notBefore = false;
    qint64 disabledFromMs = 0; // when Disabled::From, milliseconds since the Unix epoch (UTC)
};

EntryStatusFacts entryStatusFacts(const CtlEntry &entry);
/// How an entry's status follows from its facts for a list kind at `reference`.
EntryStatus entryStatusFor(const EntryStatusFacts &facts, ListKind kind, const QDateTime &reference);
/// The same for a whole entry.
EntryStatus entryStatusFor(const CtlEntry &entry, ListKind kind, const QDateTime &reference);

} // namespace ctlv
