// The verdict line at the top of an opened list, with the cosmetic-or-real note and the findings link.
#include "VerdictBanner.h"

#include "FindingText.h"
#include "Icons.h"
#include "ModelText.h"
#include "VerdictText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace ctlv {

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase); // palette-aware: readable in light and dark themes
    setAccessibleName(tr("Verdict"));
    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    m_headline = new QLabel(this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_detail, &QLabel::linkActivated, this,
            [this](const QString &) { Q_EMIT showFindingsRequested(); });
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    layout->addLayout(texts, 1);
}

void VerdictBanner::setReport(const ValidationReport &report) {
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(icons::forVerdict(report.verdict).pixmap(size, size));
    // The headline names the outcome, and for a list that fails the failure that decides it; the first
    // sentence gives its key explanation, so the findings are for detail, not for the answer.
    const VerdictSummary summary = verdictSummary(report);
    m_headline->setText(summary.headline);
    QString detail;
    if (!summary.sentence.isEmpty())
        detail = modeltext::oneLine(summary.sentence).toHtmlEscaped() + QStringLiteral("<br>");
    if (report.nativeDialog.wouldWarn)
        detail += (report.nativeDialog.cosmetic ? tr("<b>Windows' \"not valid\" warning is cosmetic.</b> ")
                                                : tr("<b>Windows' \"not valid\" warning is real.</b> ")) +
                  // The explanation names the signer as its certificate does: escaped, one line.
                  modeltext::oneLine(nativeDialogExplanation(report.nativeDialog)).toHtmlEscaped() +
                  QStringLiteral(" ");
    const int errors = report.count(Severity::Error), warnings = report.count(Severity::Warning);
    // Each count with its own plural form ("1 warning", "1 Warnung"), then the sentence around them.
    detail +=
        QStringLiteral("<a href=\"#findings\">%1</a>")
            .arg(tr("Show all findings (%1, %2)", "%1 is the errors' count, %2 the warnings'")
                     .arg(tr("%Ln error(s)", nullptr, errors), tr("%Ln warning(s)", nullptr, warnings)));
    m_detail->setText(detail);
    setAccessibleDescription(text());
}

void VerdictBanner::clear() {
    m_icon->clear();
    m_headline->clear();
    m_detail->clear();
}

QString VerdictBanner::text() const {
    // The rich text as a person reads it.
    return m_headline->text() + QLatin1Char('\n') +
           QTextDocumentFragment::fromHtml(m_detail->text()).toPlainText();
}

} // namespace ctlv
