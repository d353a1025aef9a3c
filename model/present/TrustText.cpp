// The words of effective trust (TrustText.h). Dates as ISO days: the rules compare days Microsoft
// announces ("the first day of the release month").
#include "TrustText.h"

#include "Oids.h"

#include <QCoreApplication>

namespace ctlv::trusttext {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::TrustText)
};

QString day(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODate).left(10);
}

QString propertyName(int property) {
    switch (property) {
    case 9:
        //: An authroot entry property (number 9): the purposes Microsoft grants a root
        return Text::tr("property 9 (granted purposes)");
    case 104:
        //: An authroot entry property (number 104): the date a root is disabled from
        return Text::tr("property 104 (Disable date)");
    case 122:
        return Text::tr("property 122 (purposes the Disable date applies to)");
    case 126:
        //: An authroot entry property (number 126): certificates issued after it are not trusted
        return Text::tr("property 126 (NotBefore date)");
    case 127:
        return Text::tr("property 127 (purposes the NotBefore date applies to)");
    default:
        break;
    }
    return Text::tr("property %1").arg(property);
}
} // namespace

QString statusLabel(TrustStatus status) {
    switch (status) {
    case TrustStatus::Trusted:
        //: Effective trust status of a root for a purpose
        return Text::tr("Trusted");
    case TrustStatus::NotBefore:
        //: Effective trust status: trusted only for certificates issued before the NotBefore date
        return Text::tr("Only certificates issued before a date");
    case TrustStatus::Disabled:
        return Text::tr("Disabled");
    case TrustStatus::PurposeNotGranted:
        return Text::tr("Purpose not granted");
    case TrustStatus::Disallowed:
        return Text::tr("Disallowed");
    case TrustStatus::NotListed:
        break;
    }
    return Text::tr("Not in the list");
}

QString windowsLabel(WindowsGeneration generation) {
    return generation == WindowsGeneration::Windows7 ? Text::tr("Windows 7/8.1") : Text::tr("Windows 10/11");
}

QString purposeLabel(const QString &purposeOid) {
    if (purposeOid.isEmpty())
        return Text::tr("any purpose");
    return oid::label(purposeOid);
}

QString reasonText(const TrustReason &reason, const QString &purposeOid) {
    const QString purpose = purposeLabel(purposeOid);
    switch (reason.code) {
    case TrustReasonCode::NotInList:
        return Text::tr("no entry of the list names the root");
    case TrustReasonCode::PinRulesList:
        return Text::tr("a pin-rules list names domains, not roots");
    case TrustReasonCode::InDisallowedList:
        return Text::tr("the certificate is in the disallowed list");
    case TrustReasonCode::AllPurposesGranted:
        return Text::tr("the entry has no %1, so the list grants every purpose").arg(propertyName(9));
    case TrustReasonCode::PurposeGranted:
        return Text::tr("%1 grants %2").arg(propertyName(9), purpose);
    case TrustReasonCode::PurposeNotInGrant:
        return Text::tr("%1 does not grant %2").arg(propertyName(9), purpose);
    case TrustReasonCode::DisabledReached:
        return Text::tr("disabled since %1 by %2").arg(day(reason.date), propertyName(104));
    case TrustReasonCode::DisabledEmptyValue:
        return Text::tr("%1 is empty: read as disabled since always").arg(propertyName(104));
    case TrustReasonCode::DisabledPurposeNoDate:
        return Text::tr("%1 lists %2 without a Disable date: disabled without a time limit")
            .arg(propertyName(122), purpose);
    case TrustReasonCode::DisabledComing:
        return Text::tr("disabled from %1 by %2").arg(day(reason.date), propertyName(104));
    case TrustReasonCode::DisabledOtherPurposes:
        return reason.date.isValid()
                   ? Text::tr("disabled from %1 for other purposes only, by %2")
                         .arg(day(reason.date), propertyName(122))
                   : Text::tr("disabled for other purposes only, by %1").arg(propertyName(122));
    case TrustReasonCode::NotBeforeReached:
        return Text::tr("certificates issued on or after %1 are not trusted by %2")
            .arg(day(reason.date), propertyName(126));
    case TrustReasonCode::NotBeforeEmptyValue:
        return Text::tr("%1 is empty: read as no certificate trusted, whenever issued")
            .arg(propertyName(126));
    case TrustReasonCode::NotBeforePurposeNoDate:
        return Text::tr("%1 lists %2 without a NotBefore date: no certificate trusted, whenever issued")
            .arg(propertyName(127), purpose);
    case TrustReasonCode::NotBeforeComing:
        return Text::tr("only certificates issued before %1 are trusted, by %2")
            .arg(day(reason.date), propertyName(126));
    case TrustReasonCode::NotBeforeOtherPurposes:
        return reason.date.isValid()
                   ? Text::tr("a NotBefore date %1 for other purposes only, by %2")
                         .arg(day(reason.date), propertyName(127))
                   : Text::tr("a NotBefore rule for other purposes only, by %1").arg(propertyName(127));
    case TrustReasonCode::IgnoredOnWindows7:
        break;
    }
    return Text::tr("%1 is set; Windows 7/8.1 ignores it").arg(propertyName(reason.property));
}

QString answerReason(const TrustAnswer &answer, const QString &purposeOid) {
    QStringList parts;
    for (bool decisive : {true, false})
        for (const TrustReason &reason : answer.reasons)
            if (reason.decisive == decisive)
                parts << reasonText(reason, purposeOid);
    return parts.join(QStringLiteral("; "));
}

QString statusWithSince(const TrustAnswer &answer) {
    if (!answer.since.isValid())
        return statusLabel(answer.status);
    //: A trust status and the date it took effect: "Disabled since 2026-05-19"
    return Text::tr("%1 since %2").arg(statusLabel(answer.status), day(answer.since));
}

} // namespace ctlv::trusttext
