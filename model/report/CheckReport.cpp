// The certificate-check report (CheckReport.h): a report::SimpleReport whose body is the evidence.
#include "CheckReport.h"

#include "ModelText.h"
#include "ReportLayout.h"
#include "TrustText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ctlv {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CheckReport)
};

using report::ReportPainter;

QString when(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : Text::tr("(none)");
}

QString problemText(CheckProblem problem) {
    switch (problem) {
    case CheckProblem::Expired:
        return Text::tr("not valid at the date asked about");
    case CheckProblem::BadSignature:
        return Text::tr("its signature does not verify with its issuer's key");
    case CheckProblem::PurposeNotInLeaf:
        break;
    }
    return Text::tr("its extended key usage does not include the purpose");
}

// A list as the facts name it: its file, kind and thisUpdate (the authroot list and the disallowed list
// alike).
QString listFact(const CtlDocument &list) {
    return QFileInfo(list.fileName).fileName() + QStringLiteral(" (") + listKindLabel(list.kind()) +
           QStringLiteral(", ") + when(list.thisUpdate.utc) + QStringLiteral(")");
}

report::SimpleReport content(const CheckReportInput &input) {
    const CertificateCheckResult &result = *input.result;
    const TrustQuestion &question = result.question;
    report::SimpleReport report;
    report.title = Text::tr("Certificate check");
    report.tone = result.trusted ? report::Tone::Good : report::Tone::Bad;
    report.headline = input.sentence;
    // The reason, unless the sentence already gives it after "because".
    if (!input.sentence.contains(input.reason))
        report.summary = {Text::tr("Reason: %1").arg(input.reason)};
    report.facts = {{Text::tr("Certificate"), QFileInfo(input.certificateFile).fileName()},
                    {Text::tr("List"), listFact(*input.list)},
                    {Text::tr("Purpose"), trusttext::purposeLabel(question.purpose)},
                    {Text::tr("Windows"), trusttext::windowsLabel(question.windows)},
                    {Text::tr("Status"), result.answer.since.isValid()
                                             ? trusttext::statusWithSince(result.answer)
                                             : trusttext::statusLabel(result.answer.status)}};
    if (input.disallowed)
        report.facts.emplace_back(Text::tr("Disallowed list"), listFact(*input.disallowed));

    report.body = [&input](ReportPainter &page) {
        const CertificateCheckResult &result = *input.result;
        const TrustQuestion &question = result.question;
        page.heading(Text::tr("Chain"), 2);
        for (size_t i = 0; i < result.chain.size(); ++i) {
            const CheckedCertificate &link = result.chain[i];
            const CertificateInfo &info = link.certificate.info();
            page.paragraph(Text::tr("Certificate %1").arg(i), true);
            QStringList problems;
            for (const CheckProblem problem : link.problems)
                problems << problemText(problem);
            std::vector<std::pair<QString, QString>> rows{
                {Text::tr("Subject"), modeltext::oneLine(info.subject)},
                {Text::tr("Issuer"), modeltext::oneLine(info.issuer)},
                {Text::tr("SHA-1"), toHex(link.certificate.sha1)},
                {Text::tr("SHA-256"), toHex(link.certificate.sha256)},
                {Text::tr("Valid"), Text::tr("%1 to %2").arg(when(info.notBefore), when(info.notAfter))},
                {Text::tr("Problems"),
                 problems.isEmpty() ? Text::tr("none") : problems.join(QStringLiteral("; "))}};
            if (link.disallowedEntry)
                rows.emplace_back(
                    Text::tr("Disallowed"),
                    Text::tr("named by the disallowed list (entry %1)").arg(*link.disallowedEntry + 1));
            page.keyValues(rows);
        }
        if (!result.chainComplete)
            page.paragraph(Text::tr("The chain ends here: no issuer among the certificates given."));

        page.heading(Text::tr("The list's entry"), 2);
        if (result.rootEntry && *result.rootEntry < input.list->entries.size()) {
            const CtlEntry root = input.list->entries[*result.rootEntry];
            page.keyValues({{Text::tr("Entry"), QString::number(*result.rootEntry + 1)},
                            {Text::tr("Name"), modeltext::oneLine(root.friendlyName.value_or(QString()))},
                            {Text::tr("Identifier"), root.identifierText()},
                            {Text::tr("Names chain certificate"), QString::number(result.rootChainIndex)}});
        } else {
            page.paragraph(Text::tr("No entry of this list names a certificate of the chain."));
        }

        page.heading(Text::tr("Rules"), 2);
        for (const TrustReason &reason : result.answer.reasons)
            page.paragraph((reason.decisive ? QStringLiteral("\u2022 ") : QStringLiteral("\u2013 ")) +
                               trusttext::reasonText(reason, question.purpose),
                           reason.decisive);
        if (result.answer.reasons.empty())
            page.paragraph(Text::tr("No rule of the list applies."));

        page.heading(Text::tr("Dates"), 2);
        std::vector<std::pair<QString, QString>> dates{
            {Text::tr("Issued (the certificate's notBefore)"),
             question.endEntityNotBefore ? when(*question.endEntityNotBefore) : Text::tr("(unknown)")},
            {Text::tr("Used (the date asked about)"), when(question.at)}};
        if (question.timestamp)
            dates.emplace_back(Text::tr("Timestamp"), when(*question.timestamp));
        if (result.answer.since.isValid())
            dates.emplace_back(Text::tr("The deciding property's date"), when(result.answer.since));
        page.keyValues(dates);
    };
    return report;
}

PdfSubject subjectOf(const CheckReportInput &input) {
    PdfSubject subject;
    subject.fileName = QFileInfo(input.certificateFile).fileName();
    // The certificate's own SHA-256 (its DER), which the chain section shows too.
    if (!input.result->chain.empty())
        subject.sha256 = input.result->chain.front().certificate.sha256;
    subject.runningHeader = Text::tr("Certificate check \u00b7 %1").arg(subject.fileName);
    return subject;
}

} // namespace

Expected<PdfWritten> CheckReport::write(QIODevice &device, const CheckReportInput &input,
                                        const PdfOptions &options) {
    return PdfReport::writeSimple(device, content(input), subjectOf(input), options);
}

Expected<PdfWritten> CheckReport::write(const QString &path, const CheckReportInput &input,
                                        const PdfOptions &options, const QStringList &inputs) {
    return PdfReport::writeSimple(path, content(input), subjectOf(input), options, inputs);
}

} // namespace ctlv
