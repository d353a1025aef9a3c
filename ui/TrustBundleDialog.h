#pragma once
// File ▸ Export ▸ Trust bundle…: the choices of `ctltool export --pem` (--purpose, --at, --not-before)
// before the file is chosen.

#include "TrustBundle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace ctlv {

class TrustBundleDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrustBundleDialog(QWidget *parent = nullptr);
    TrustBundleOptions options() const;

    // For tests: the controls.
    QComboBox *purposeBox() const { return m_purpose; }
    QDateTimeEdit *dateEdit() const { return m_at; }
    QCheckBox *notBeforeBox() const { return m_notBefore; }

private:
    QComboBox *m_purpose;
    QDateTimeEdit *m_at;
    QCheckBox *m_notBefore;
};

} // namespace ctlv
