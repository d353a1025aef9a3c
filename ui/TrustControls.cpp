// The effective-trust question bar above the entries table: date, purpose, Windows generation, and the
// status filter.
#include "TrustControls.h"

#include "Oids.h"
#include "TrustText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

namespace ctlv {

namespace {
// Status filter items: data is -2 for every status, -1 for "not trusted", else int(TrustStatus).
constexpr int AllStatuses = -2;
constexpr int NotTrusted = -1;
} // namespace

TrustControls::TrustControls(QWidget *parent) : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    //: Above the entries table: the date the trust statuses describe
    auto *dateLabel = new QLabel(tr("As &of:"), this);
    m_date = new QDateEdit(QDateTime::currentDateTimeUtc().date(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // the engine's dates are UTC days
    m_date->setToolTip(tr("The statuses describe a certificate issued on this day and used on this day "
                          "(00:00 UTC): a Disable or NotBefore date on or before it applies."));
    m_date->setAccessibleName(tr("As of date"));
    dateLabel->setBuddy(m_date);

    auto *purposeLabel = new QLabel(tr("&Purpose:"), this);
    m_purpose = new QComboBox(this);
    m_purpose->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_purpose->addItem(tr("All purposes"), QString());
    m_purpose->setToolTip(tr("All purposes: only rules for every purpose decide; choose a purpose to apply "
                             "the rules Microsoft set for it"));
    m_purpose->setAccessibleName(tr("Purpose"));
    purposeLabel->setBuddy(m_purpose);

    auto *windowsLabel = new QLabel(tr("&Windows:"), this);
    m_windows = new QComboBox(this);
    m_windows->addItem(trusttext::windowsLabel(WindowsGeneration::Windows10),
                       static_cast<int>(WindowsGeneration::Windows10));
    m_windows->addItem(trusttext::windowsLabel(WindowsGeneration::Windows7),
                       static_cast<int>(WindowsGeneration::Windows7));
    m_windows->setToolTip(tr("Windows 7 and 8.1 ignore the Disable and NotBefore properties: such roots stay "
                             "active there"));
    m_windows->setAccessibleName(tr("Windows generation"));
    windowsLabel->setBuddy(m_windows);

    auto *statusLabel = new QLabel(tr("S&how:"), this);
    m_status = new QComboBox(this);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->addItem(tr("All statuses"), AllStatuses);
    //: Status filter: every status but "Trusted"
    m_status->addItem(tr("Not trusted"), NotTrusted);
    for (const TrustStatus status : allTrustStatuses)
        m_status->addItem(trusttext::statusLabel(status), static_cast<int>(status));
    m_status->setAccessibleName(tr("Show entries with status"));
    statusLabel->setBuddy(m_status);

    layout->addWidget(dateLabel);
    layout->addWidget(m_date);
    layout->addSpacing(8);
    layout->addWidget(purposeLabel);
    layout->addWidget(m_purpose);
    layout->addSpacing(8);
    layout->addWidget(windowsLabel);
    layout->addWidget(m_windows);
    layout->addSpacing(8);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addStretch(1);

    const auto askAgain = [this] {
        if (!m_quiet)
            Q_EMIT questionChanged(question());
    };
    connect(m_date, &QDateEdit::dateChanged, this, askAgain);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, askAgain);
    connect(m_windows, &QComboBox::currentIndexChanged, this, askAgain);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT statusFilterChanged(statusFilter());
    });
}

QDateTime TrustControls::startOfDay(const QDate &date) {
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

TrustQuestion TrustControls::question() const {
    TrustQuestion asked;
    asked.at = startOfDay(m_date->date());
    asked.purpose = m_purpose->currentData().toString();
    asked.windows = static_cast<WindowsGeneration>(m_windows->currentData().toInt());
    return asked;
}

void TrustControls::setQuestion(const TrustQuestion &question) {
    m_quiet = true;
    const QDateTime at = question.at.isValid() ? question.at : QDateTime::currentDateTimeUtc();
    m_date->setDate(at.toUTC().date());
    if (!question.purpose.isEmpty() && m_purpose->findData(question.purpose) < 0)
        addPurpose(question.purpose);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(question.purpose)));
    m_windows->setCurrentIndex(std::max(0, m_windows->findData(static_cast<int>(question.windows))));
    m_quiet = false;
}

EntryFilterProxy::StatusFilter TrustControls::statusFilter() const {
    EntryFilterProxy::StatusFilter filter;
    const int data = m_status->currentData().toInt();
    if (data == NotTrusted) {
        filter.kind = EntryFilterProxy::StatusFilter::Kind::NotTrusted;
    } else if (data >= 0) {
        filter.kind = EntryFilterProxy::StatusFilter::Kind::Only;
        filter.status = static_cast<TrustStatus>(data);
    }
    return filter;
}

void TrustControls::setStatusFilter(const EntryFilterProxy::StatusFilter &filter) {
    int data = AllStatuses;
    if (filter.kind == EntryFilterProxy::StatusFilter::Kind::NotTrusted)
        data = NotTrusted;
    else if (filter.kind == EntryFilterProxy::StatusFilter::Kind::Only)
        data = static_cast<int>(filter.status);
    m_quiet = true;
    m_status->setCurrentIndex(std::max(0, m_status->findData(data)));
    m_quiet = false;
}

void TrustControls::addPurpose(const QString &oid) {
    // The label Windows' registry gives the OID, and the OID itself for those who read OIDs.
    m_purpose->addItem(QStringLiteral("%1 (%2)").arg(oid::label(oid), oid), oid);
    m_purpose->setItemData(m_purpose->count() - 1, oid::describe(oid), Qt::ToolTipRole);
}

void TrustControls::setPurposes(const QStringList &purposes) {
    const QString chosen = m_purpose->currentData().toString();
    m_quiet = true;
    while (m_purpose->count() > 1)
        m_purpose->removeItem(1);
    // What people ask about most, first (as the issue lists them), then the list's other purposes.
    const QStringList wellKnown{QLatin1String(oid::ServerAuth),      QLatin1String(oid::CodeSigning),
                                QLatin1String(oid::EmailProtection), QLatin1String(oid::TimeStamping),
                                QLatin1String(oid::ClientAuth),      QLatin1String(oid::OcspSigning)};
    for (const QString &oid : wellKnown)
        if (purposes.contains(oid))
            addPurpose(oid);
    for (const QString &oid : purposes)
        if (!wellKnown.contains(oid))
            addPurpose(oid);
    const int again = m_purpose->findData(chosen);
    if (again < 0 && !chosen.isEmpty())
        addPurpose(chosen); // asked about before, not used by this list: answered as "not granted"
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(chosen)));
    m_quiet = false;
}

} // namespace ctlv
