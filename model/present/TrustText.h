#pragma once
// The words of effective trust (model/trust/EffectiveTrust.h): status labels, one sentence per reason,
// the reason of an answer as one line, for ctltool, the viewer's Status column and its tooltip.

#include "EffectiveTrust.h"

#include <QString>
#include <QStringList>

namespace ctlv::trusttext {

/// "Trusted", "Trusted for certificates issued before a date", "Disabled", ... (translated, short)
QString statusLabel(TrustStatus status);
/// "Windows 10/11", "Windows 7/8.1" (translated)
QString windowsLabel(WindowsGeneration generation);
/// The purpose for people: "Server Authentication" (its registry label), or "any purpose" when empty.
QString purposeLabel(const QString &purposeOid);
/// One sentence for one reason, naming its property ("property 104 (Disable date) ...").
QString reasonText(const TrustReason &reason, const QString &purposeOid);
/// Every reason of an answer, deciding ones first, joined into one line ("; ").
QString answerReason(const TrustAnswer &answer, const QString &purposeOid);
/// The answer's status with its date: "disabled since 2026-05-19", "not-before 2020-08-01" (translated).
QString statusWithSince(const TrustAnswer &answer);

} // namespace ctlv::trusttext
