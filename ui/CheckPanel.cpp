// Words the certificate check's result: one sentence and the evidence, as `ctltool check` prints them.
#include "CheckPanel.h"

#include "CheckReport.h"
#include "Icons.h"
#include "ModelText.h"
#include "PlainText.h"
#include "SettingsKeys.h"
#include "TrustText.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ctlv {

namespace {
QString day(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate).left(10) : QString();
}
} // namespace

CheckPanel::CheckPanel(QWidget *parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase); // palette-aware, as the verdict banner
    setAccessibleName(tr("Certificate check"));
    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    m_sentence = new QLabel(this);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText); // subjects and file names come from files
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_evidence = new QLabel(this);
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    texts->addWidget(m_sentence);
    texts->addWidget(m_evidence);
    layout->addLayout(texts, 1);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAccessibleName(tr("Close the certificate check"));
    close->setToolTip(tr("Close the certificate check"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_export = new QPushButton(tr("Export report\u2026"), this);
    m_export->setToolTip(tr("Save this answer and its evidence as a PDF report"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the certificate check"), QString(),
                                                          tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const auto exported = exportReport(path, exportPageSize()); !exported)
            plaintext::warning(this, tr("Export"), exported.error().toString());
    });
    layout->addWidget(m_export, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

QString CheckPanel::sentence() const {
    return m_sentence->text();
}

QString CheckPanel::evidence() const {
    return m_evidence->text();
}

namespace {
// The chain's own problems in words, in chain order.
QStringList chainProblems(const CertificateCheckResult &result) {
    QStringList reasons;
    for (size_t i = 0; i < result.chain.size(); ++i)
        for (const CheckProblem problem : result.chain[i].problems) {
            const QString name = modeltext::oneLine(result.chain[i].certificate.info().subject);
            switch (problem) {
            case CheckProblem::Expired:
                reasons << CheckPanel::tr("certificate %1 (%2) is not valid on that date").arg(i).arg(name);
                break;
            case CheckProblem::BadSignature:
                reasons << CheckPanel::tr("the signature of certificate %1 (%2) does not verify")
                               .arg(i)
                               .arg(name);
                break;
            case CheckProblem::PurposeNotInLeaf:
                reasons << CheckPanel::tr("the certificate's extended key usage does not include %1")
                               .arg(trusttext::purposeLabel(result.question.purpose));
                break;
            }
        }
    return reasons;
}
} // namespace

QString CheckPanel::reasonFor(const CertificateCheckResult &result) {
    return (chainProblems(result) +
            QStringList{trusttext::answerReason(result.answer, result.question.purpose)})
        .join(QStringLiteral("; "));
}

QString CheckPanel::sentenceFor(const CertificateCheckResult &result) {
    const TrustQuestion &question = result.question;
    // The chain's own problems first, then the list's rules: the reasons after "because".
    QStringList reasons = chainProblems(result);
    if (!result.trusted || result.answer.status != TrustStatus::Trusted)
        reasons << trusttext::answerReason(result.answer, question.purpose);
    if (result.trusted)
        //: %1 Windows generation, %2 purpose, %3 date
        return tr("%1 would trust this chain for %2 on %3: yes.")
            .arg(trusttext::windowsLabel(question.windows), trusttext::purposeLabel(question.purpose),
                 day(question.at));
    return tr("%1 would trust this chain for %2 on %3: no, because %4.")
        .arg(trusttext::windowsLabel(question.windows), trusttext::purposeLabel(question.purpose),
             day(question.at), reasons.join(QStringLiteral("; ")));
}

Expected<void> CheckPanel::exportReport(const QString &path, QPageSize::PageSizeId pageSize) const {
    if (!m_result || !m_list) {
        LoadError error;
        error.code = LoadError::Code::NothingToExport;
        error.message = tr("No certificate has been checked.");
        return error;
    }
    CheckReportInput input;
    input.result = &*m_result;
    input.list = &*m_list;
    input.disallowed = m_disallowed.get();
    input.certificateFile = m_file;
    input.sentence = sentenceFor(*m_result);
    input.reason = reasonFor(*m_result);
    PdfOptions options;
    options.pageSize = pageSize;
    options.programVersion = QCoreApplication::applicationVersion();
    QStringList inputs{m_file, m_list->fileName};
    if (m_disallowed)
        inputs << m_disallowed->fileName;
    const auto written = CheckReport::write(path, input, options, inputs);
    if (!written)
        return written.error();
    return {};
}

void CheckPanel::showResult(const CertificateCheckResult &result, const CtlDocument &list,
                            const QString &file, std::shared_ptr<const CtlDocument> disallowed) {
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(icons::forTrustStatus(result.trusted ? TrustStatus::Trusted
                                                           : (result.answer.status == TrustStatus::Trusted
                                                                  ? TrustStatus::Disallowed
                                                                  : result.answer.status))
                          .pixmap(size, size));
    m_sentence->setText(sentenceFor(result));
    m_result = result;
    m_list = list;
    m_disallowed = std::move(disallowed);
    m_file = file;
    m_export->setEnabled(true);

    // The evidence: the file, the chain with its dates, the list's entry, the rules, the dates compared.
    QStringList lines;
    lines << tr("Checked: %1").arg(modeltext::oneLine(file));
    lines << tr("Chain:");
    for (size_t i = 0; i < result.chain.size(); ++i) {
        const CheckedCertificate &link = result.chain[i];
        const CertificateInfo &info = link.certificate.info();
        lines << QStringLiteral("  %1  %2").arg(i).arg(modeltext::oneLine(info.subject));
        lines << QStringLiteral("      ") +
                     tr("valid %1 to %2, SHA-1 %3")
                         .arg(day(info.notBefore), day(info.notAfter), toHex(link.certificate.sha1));
        if (link.disallowedEntry)
            lines << QStringLiteral("      ") +
                         tr("named by the disallowed list (entry %1)").arg(*link.disallowedEntry + 1);
        if (static_cast<int>(i) == result.rootChainIndex && result.rootEntry &&
            *result.rootEntry < list.entries.size()) {
            const CtlEntry root = list.entries[*result.rootEntry];
            lines << QStringLiteral("      ") +
                         tr("the list's entry %1: %2 (%3)")
                             .arg(QString::number(*result.rootEntry + 1),
                                  modeltext::oneLine(root.friendlyName.value_or(QString())),
                                  root.identifierText());
        }
    }
    if (!result.chainComplete)
        lines << QStringLiteral("  ") +
                     tr("(the chain ends here: no issuer among the certificates given or added)");
    if (!result.rootEntry)
        lines << tr("No entry of this list names a certificate of the chain.");
    lines << tr("Status: %1")
                 .arg(result.answer.since.isValid() ? trusttext::statusWithSince(result.answer)
                                                    : trusttext::statusLabel(result.answer.status));
    for (const TrustReason &reason : result.answer.reasons)
        lines << QStringLiteral("  %1 %2").arg(reason.decisive ? QStringLiteral("\u2022")
                                                               : QStringLiteral("\u2013"),
                                               trusttext::reasonText(reason, result.question.purpose));
    QString dates =
        tr("Dates: issued %1, used %2")
            .arg(result.question.endEntityNotBefore ? day(*result.question.endEntityNotBefore) : QString(),
                 day(result.question.at));
    if (result.question.timestamp)
        dates += tr(", timestamp %1").arg(day(*result.question.timestamp));
    lines << dates;
    m_evidence->setText(lines.join(QLatin1Char('\n')));
    show();
}

bool CheckPanel::isCheckable(const CertificateSourceData &source) {
    if (source.certificates.empty() || !source.lists.empty())
        return false;
    if (source.kind != CertificateSourceKind::Certificate &&
        source.kind != CertificateSourceKind::PemBundle && source.kind != CertificateSourceKind::Pkcs7)
        return false;
    const CertificateInfo &leaf = source.certificates.front().info();
    return leaf.parsed && leaf.basicConstraintsCa != std::optional<bool>(true);
}

void CheckPanel::showProblem(const QString &file, const QString &problem) {
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(icons::forSeverity(Severity::Error).pixmap(size, size));
    m_sentence->setText(tr("%1 could not be checked.").arg(modeltext::oneLine(file)));
    m_result.reset();
    m_list.reset();
    m_disallowed.reset();
    m_export->setEnabled(false);
    m_evidence->setText(modeltext::oneLine(problem));
    show();
}

} // namespace ctlv
