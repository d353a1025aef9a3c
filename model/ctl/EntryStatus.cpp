// The entry-status rule (EntryStatus.h): what Windows makes of an entry at a given time.
#include "EntryStatus.h"

#include <QCoreApplication>

namespace ctlv {

QString entryStatusKey(EntryStatus status) {
    switch (status) {
    case EntryStatus::Trusted:
        return QStringLiteral("trusted");
    case EntryStatus::DisabledForSomePurposes:
        return QStringLiteral("disabled-for-some-purposes");
    case EntryStatus::Disabled:
        return QStringLiteral("disabled");
    case EntryStatus::NotBeforeRestricted:
        return QStringLiteral("not-before-restricted");
    case EntryStatus::WillBeDisabled:
        return QStringLiteral("will-be-disabled");
    case EntryStatus::Distrusted:
        return QStringLiteral("distrusted");
    case EntryStatus::CatalogMember:
        return QStringLiteral("catalog-member");
    case EntryStatus::PinRule:
        break;
    }
    return QStringLiteral("pin-rule");
}

QString entryStatusLabel(EntryStatus status) {
    switch (status) {
    case EntryStatus::Trusted:
        //: Status of a root certificate entry: no restriction applies
        return QCoreApplication::translate("ctlv::EntryStatus", "Trusted");
    case EntryStatus::DisabledForSomePurposes:
        return QCoreApplication::translate("ctlv::EntryStatus", "Disabled for some purposes");
    case EntryStatus::Disabled:
        return QCoreApplication::translate("ctlv::EntryStatus", "Disabled");
    case EntryStatus::NotBeforeRestricted:
        //: Certificates issued after a date are no longer trusted
        return QCoreApplication::translate("ctlv::EntryStatus", "Restricted by NotBefore date");
    case EntryStatus::WillBeDisabled:
        return QCoreApplication::translate("ctlv::EntryStatus", "Will be disabled");
    case EntryStatus::Distrusted:
        //: An entry of the disallowed certificate list
        return QCoreApplication::translate("ctlv::EntryStatus", "Distrusted");
    case EntryStatus::CatalogMember:
        //: A member of a security catalog (a file's hash the catalog vouches for)
        return QCoreApplication::translate("ctlv::EntryStatus", "In the catalog");
    case EntryStatus::PinRule:
        break;
    }
    return QCoreApplication::translate("ctlv::EntryStatus", "Pin rule");
}

EntryStatusFacts entryStatusFacts(const CtlEntry &entry) {
    EntryStatusFacts facts;
    if (entry.disabledFrom) {
        facts.disabled =
            entry.disabledFrom->empty ? EntryStatusFacts::Disabled::Always : EntryStatusFacts::Disabled::From;
        if (!entry.disabledFrom->empty)
            facts.disabledFromMs = entry.disabledFrom->utc.toMSecsSinceEpoch();
    }
    facts.someDisabledPurposes = entry.disabledEkus && !entry.disabledEkus->isEmpty();
    facts.notBefore = entry.notBefore.has_value();
    return facts;
}

EntryStatus entryStatusFor(const EntryStatusFacts &facts, ListKind kind, const QDateTime &reference) {
    if (kind == ListKind::Disallowed)
        return EntryStatus::Distrusted;
    if (kind == ListKind::PinRules)
        return EntryStatus::PinRule;
    if (kind == ListKind::Catalog)
        return EntryStatus::CatalogMember;
    if (facts.disabled != EntryStatusFacts::Disabled::No) {
        // CERT_DISALLOWED_FILETIME_PROP_ID: an empty value means disabled since forever.
        if (facts.disabled == EntryStatusFacts::Disabled::Always ||
            facts.disabledFromMs <= reference.toMSecsSinceEpoch())
            return facts.someDisabledPurposes ? EntryStatus::DisabledForSomePurposes : EntryStatus::Disabled;
        return EntryStatus::WillBeDisabled;
    }
    if (facts.notBefore)
        return EntryStatus::NotBeforeRestricted;
    return EntryStatus::Trusted;
}

EntryStatus entryStatusFor(const CtlEntry &entry, ListKind kind, const QDateTime &reference) {
    return entryStatusFor(entryStatusFacts(entry), kind, reference);
}

} // namespace ctlv
