// The trust bundle's options (TrustBundleDialog.h): a purpose, the date Disable dates are judged at, and
// whether roots restricted by a NotBefore date go in.
#include "TrustBundleDialog.h"

#include "Oids.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ctlv {

TrustBundleDialog::TrustBundleDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Trust bundle"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_purpose = new QComboBox(this);
    m_purpose->addItem(tr("Every purpose the list grants"), QString());
    // The purposes `ctltool export --purpose` names (README, "Certificate sources"), labelled by the
    // registry.
    for (const char *purpose : {oid::ServerAuth, oid::ClientAuth, oid::CodeSigning, oid::EmailProtection,
                                oid::TimeStamping, oid::OcspSigning})
        m_purpose->addItem(oid::label(QLatin1String(purpose)), QString::fromLatin1(purpose));
    form->addRow(tr("Purpose:"), m_purpose);
    m_at = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this);
    m_at->setTimeSpec(Qt::UTC); // Qt 6.4 has no setTimeZone(); the dates of a list are UTC
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_at->setCalendarPopup(true);
    form->addRow(tr("Trusted at:"), m_at);
    layout->addLayout(form);
    m_notBefore = new QCheckBox(tr("Include roots restricted by a NotBefore date"), this);
    layout->addWidget(m_notBefore);
    auto *note = new QLabel(tr("A PEM bundle cannot say \"trusted only for certificates issued before a "
                               "date\": such roots are left "
                               "out unless you include them."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

TrustBundleOptions TrustBundleDialog::options() const {
    TrustBundleOptions options;
    options.purposeOid = m_purpose->currentData().toString();
    options.at = m_at->dateTime().toUTC();
    options.includeNotBeforeRestricted = m_notBefore->isChecked();
    return options;
}

} // namespace ctlv
