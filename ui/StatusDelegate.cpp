// Paints a status or severity cell as icon plus text from the models' roles.
#include "StatusDelegate.h"

#include "CertificateLinker.h"
#include "Icons.h"

namespace ctlv {

StatusDelegate::StatusDelegate(Source source, QObject *parent)
    : plaintext::ToolTipDelegate(parent), m_source(source) {}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    plaintext::ToolTipDelegate::initStyleOption(option, index);
    QIcon icon;
    if (m_source == Source::EntryStatus) {
        const QVariant status = index.data(StatusRole);
        if (status.isValid())
            icon = icons::forEntryStatus(static_cast<EntryStatus>(status.toInt()));
    } else if (m_source == Source::TrustStatus) {
        const QVariant status = index.data(StatusRole);
        if (status.isValid())
            icon = icons::forTrustStatus(static_cast<TrustStatus>(status.toInt()));
    } else if (m_source == Source::CertificateMatch) {
        // Beside the text ("Linked", "Missing", "SHA-256 mismatch"): never the colour alone.
        const QVariant match = index.data(CertificateMatchRole);
        if (match.isValid())
            switch (static_cast<CertificateMatch>(match.toInt())) {
            case CertificateMatch::Matched:
                icon = icons::forEntryStatus(EntryStatus::Trusted);
                break;
            case CertificateMatch::Missing:
                icon = icons::forSeverity(Severity::Warning);
                break;
            case CertificateMatch::Sha256Mismatch:
                icon = icons::forSeverity(Severity::Error);
                break;
            }
    } else {
        const QVariant severity = index.data(SeverityRole);
        if (severity.isValid())
            icon = icons::forSeverity(static_cast<Severity>(severity.toInt()),
                                      index.data(CosmeticRole).toBool());
    }
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace ctlv
