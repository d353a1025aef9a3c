// Keys and labels of the entry statuses that the item models, the exports and the tests share.
#include "Roles.h"

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
    case EntryStatus::PinRule:
        break;
    }
    return QCoreApplication::translate("ctlv::EntryStatus", "Pin rule");
}

} // namespace ctlv
