#pragma once
// Draws a status or severity cell as icon plus text: the models carry meaning (StatusRole, SeverityRole),
// the view decides how it looks, so colour is never the only signal and dark themes stay readable.

#include "PlainText.h"

namespace ctlv {

// Its tool tips are plain text, as every view's (plaintext::ToolTipDelegate).
class StatusDelegate : public plaintext::ToolTipDelegate {
    Q_OBJECT
public:
    enum class Source { EntryStatus, TrustStatus, Severity, CertificateMatch };
    explicit StatusDelegate(Source source, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Source m_source;
};

} // namespace ctlv
