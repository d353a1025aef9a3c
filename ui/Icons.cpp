// Loads the viewer's SVG icons and maps verdicts, severities and entry statuses to them.
#include "Icons.h"

namespace ctlv::icons {

namespace {
QIcon named(const char *name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

QIcon application() {
    return named("ctlviewer");
}

QIcon forVerdict(Verdict verdict) {
    switch (verdict) {
    case Verdict::Valid:
        return named("status-ok");
    case Verdict::ValidWithWarnings:
        return named("status-warning");
    case Verdict::Untrusted:
    case Verdict::Invalid:
    case Verdict::Unsigned:
    case Verdict::Malformed:
        break;
    }
    return named("status-error");
}

QIcon forSeverity(Severity severity, bool cosmetic) {
    if (cosmetic)
        return named("status-cosmetic");
    switch (severity) {
    case Severity::Info:
        return named("status-info");
    case Severity::Warning:
        return named("status-warning");
    case Severity::Error:
        break;
    }
    return named("status-error");
}

QIcon forEntryStatus(EntryStatus status) {
    switch (status) {
    case EntryStatus::Trusted:
        return named("status-ok");
    case EntryStatus::NotBeforeRestricted:
    case EntryStatus::WillBeDisabled:
    case EntryStatus::DisabledForSomePurposes:
        return named("status-warning");
    case EntryStatus::Disabled:
        return named("status-disabled");
    case EntryStatus::Distrusted:
        return named("status-error");
    case EntryStatus::PinRule:
    case EntryStatus::CatalogMember:
        break;
    }
    return named("status-info");
}

QIcon forTrustStatus(TrustStatus status) {
    switch (status) {
    case TrustStatus::Trusted:
        return named("status-ok");
    case TrustStatus::NotBefore:
        return named("status-warning");
    case TrustStatus::Disabled:
        return named("status-disabled");
    case TrustStatus::Disallowed:
        return named("status-error");
    case TrustStatus::PurposeNotGranted:
    case TrustStatus::NotListed:
        break;
    }
    return named("status-info");
}

} // namespace ctlv::icons
