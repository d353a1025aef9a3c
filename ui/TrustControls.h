#pragma once
// The bar above a list's entries table that asks the effective-trust question (issue #15): "As of" a
// date, for a purpose, on a Windows generation; and which statuses the table shows. It only asks: the
// entry model answers (EntryTableModel::setTrustQuestion) and the proxy filters (setStatusFilter).

#include "EffectiveTrust.h"
#include "EntryFilterProxy.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace ctlv {

class TrustControls : public QWidget {
    Q_OBJECT
public:
    explicit TrustControls(QWidget *parent = nullptr);

    // The question asked: `at` is the start of the chosen day (00:00 UTC), as `ctltool status --at DAY`
    // reads a day, so that the viewer and ctltool agree; a certificate issued that day is meant.
    TrustQuestion question() const;
    // Shows `question` (its purpose is added to the choices when missing); emits nothing.
    void setQuestion(const TrustQuestion &question);
    EntryFilterProxy::StatusFilter statusFilter() const;
    void setStatusFilter(const EntryFilterProxy::StatusFilter &filter);
    // The purposes the list uses (EKU OIDs, TrustTable::purposes()): the purpose selector offers "All
    // purposes", then the well-known ones in a fixed order, then the others as the list gives them. The
    // purpose chosen stays chosen when the list still uses it.
    void setPurposes(const QStringList &purposes);

    // 00:00 UTC of `date`: what "as of `date`" means for the engine (as for ctltool --at).
    static QDateTime startOfDay(const QDate &date);

    // For tests and accessibility tooling.
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *purposeBox() const { return m_purpose; }
    QComboBox *windowsBox() const { return m_windows; }
    QComboBox *statusBox() const { return m_status; }

Q_SIGNALS:
    void questionChanged(const ctlv::TrustQuestion &question);
    void statusFilterChanged(const ctlv::EntryFilterProxy::StatusFilter &filter);

private:
    void addPurpose(const QString &oid);

    QDateEdit *m_date = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_windows = nullptr;
    QComboBox *m_status = nullptr;
    bool m_quiet = false; // while the controls are set from code
};

} // namespace ctlv
