#pragma once
// The viewer's icons, all SVG from resources/icons, and the mapping from the core's semantic values
// (verdict, severity, entry status) to them. Text always accompanies an icon.

#include "EffectiveTrust.h"
#include "Roles.h"
#include "Validation.h"

#include <QIcon>

namespace ctlv::icons {

QIcon application();
QIcon forVerdict(Verdict verdict);
QIcon forSeverity(Severity severity, bool cosmetic = false);
QIcon forEntryStatus(EntryStatus status);
// Effective trust: a check mark for trusted, a warning for trusted with a NotBefore limit, the disabled
// sign for disabled, an error for disallowed, information for not granted or not listed.
QIcon forTrustStatus(TrustStatus status);

} // namespace ctlv::icons
