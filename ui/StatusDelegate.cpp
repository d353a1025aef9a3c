// Paints a status or severity cell as icon plus text from the models' roles.
#include "StatusDelegate.h"

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
