#pragma once
// The viewer's icons, all SVG from resources/icons, and the mapping from the core's semantic values
// (verdict, severity, entry status) to them. Text always accompanies an icon.

#include "Roles.h"
#include "Validation.h"

#include <QIcon>

namespace ctlv::icons {

QIcon application();
QIcon forVerdict(Verdict verdict);
QIcon forSeverity(Severity severity, bool cosmetic = false);
QIcon forEntryStatus(EntryStatus status);

} // namespace ctlv::icons
