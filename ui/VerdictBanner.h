#pragma once
// The line at the top of every opened list: the verdict in one sentence and, when Windows' dialog would
// call the list "not valid", whether that is cosmetic or real, with a link to the full findings.

#include "Validation.h"

#include <QFrame>

class QLabel;

namespace ctlv {

class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);
    void setReport(const ValidationReport &report);
    void clear();
    QString text() const; // the banner's plain text, for tests and accessibility

Q_SIGNALS:
    void showFindingsRequested();

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
};

} // namespace ctlv
