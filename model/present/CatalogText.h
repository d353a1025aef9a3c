#pragma once
// Security catalogs in words: the findings of the catalog rules (signer purpose, Security Catalog dialog,
// driver-signing policy, judged today), the driver policy and member kinds, for every view.

#include "CatalogMembers.h"
#include "Validation.h"

#include <QString>

namespace ctlv {

// The title / explanation of a catalog finding (and of evaluation-time when a catalog is judged today);
// empty for every other finding, which FindingText words.
QString catalogFindingTitle(const Finding &finding);
QString catalogFindingExplanation(const Finding &finding);

// One sentence for people: which Windows driver-signing policy a catalog meets.
QString driverPolicyText(DriverPolicy policy);
// "PE image", "Flat file", ...
QString catalogMemberKindLabel(CatalogMemberKind kind);
// The kind of a decoded member; a SHA-1 twin also names the member it stands beside, which describes the same
// file: "PE image, SHA-1 twin of #4".
QString catalogMemberKindLabel(const CatalogMember &member);

} // namespace ctlv
