// The PDF report of one list, laid out by ReportLayout: page 1 is the answer (the file, the verdict in
// words with its icon, Windows' dialog warning, the key facts and what the list grants), then the table of
// contents, the findings, the signer chains, the entries and the appendices. Labels come from the
// sections builder (present/Sections) and FindingText, so the report says what the viewer says.
#include "PdfReport.h"

#include "CatalogMembers.h"
#include "CatalogText.h"
#include "CtlDocument.h"
#include "EffectiveTrust.h"
#include "EntryStatus.h"
#include "FileAccess.h"
#include "FindingText.h"
#include "ModelText.h"
#include "Oids.h"
#include "ReportLayout.h"
#include "Sections.h"
#include "TrustText.h"
#include "VerdictText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <set>
#include <utility>
#include <vector>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::PdfReport)
};

using report::Cell;
using report::Column;
using report::ReportPainter;
using report::Tone;

// The locale's short date and time in UTC, with a four-digit year and seconds, as the viewer writes them
// (modeltext): Korean and German short formats write "25. 6. 16." and "16.06.25" and drop the seconds, which
// a report read years later should not leave to guesswork.
QString shortDateTime(const QLocale &locale, const QDateTime &time) {
    return locale.toString(time.toUTC(), modeltext::shortDateFormat(locale) + QLatin1Char(' ') +
                                             modeltext::timeFormatWithSeconds(locale));
}

Tone verdictTone(Verdict verdict) {
    switch (verdict) {
    case Verdict::Valid:
        return Tone::Good;
    case Verdict::ValidWithWarnings:
        return Tone::Warning;
    default:
        return Tone::Bad;
    }
}

// The purposes page 1 counts: the four a Windows administrator asks about.
constexpr std::array<const char *, 4> MainPurposes = {"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.3",
                                                      "1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.8"};

// The statuses an authroot-style list's summary has columns for, in this order.
constexpr std::array<EntryStatus, 5> RootStatuses = {EntryStatus::Trusted, EntryStatus::NotBeforeRestricted,
                                                     EntryStatus::DisabledForSomePurposes,
                                                     EntryStatus::Disabled, EntryStatus::WillBeDisabled};

// What a list holds, counted once over the entries: the status the viewer shows (EntryStatus), the
// roots with a NotBefore or Disable date. What each purpose gets is the trust engine's (TrustTable).
struct Grants {
    std::array<qint64, 7> all{}; // by EntryStatus
    qint64 withNotBefore = 0, disabledNow = 0, disabledLater = 0, withoutPurposes = 0;
    bool timeOfDay = false; // some entry's date is not at midnight: the table shows times too
};

Grants countGrants(const CtlDocument &document, const QDateTime &reference) {
    Grants grants;
    const ListKind kind = document.kind();
    const qint64 referenceMs = reference.toMSecsSinceEpoch();
    for (const CtlEntry &entry : document.entries) {
        const EntryStatus status = entryStatusFor(entry, kind, reference);
        for (const auto *value : {&entry.disabledFrom, &entry.notBefore})
            if (*value && !(*value)->empty && (*value)->utc.time() != QTime(0, 0))
                grants.timeOfDay = true;
        ++grants.all[size_t(status)];
        if (kind != ListKind::AuthRoot)
            continue;
        if (entry.notBefore)
            ++grants.withNotBefore;
        if (entry.disabledFrom) {
            const bool reached =
                entry.disabledFrom->empty || entry.disabledFrom->utc.toMSecsSinceEpoch() <= referenceMs;
            ++(reached ? grants.disabledNow : grants.disabledLater);
        }
        if (!entry.ekus)
            ++grants.withoutPurposes;
    }
    return grants;
}

class ListReport {
public:
    ListReport(const CtlDocument &document, const ValidationReport &report, const PdfOptions &options)
        : m_doc(document), m_report(report), m_options(options),
          m_reference(report.now.isValid() ? report.now : QDateTime::currentDateTimeUtc()),
          m_list(sections::shownIn(sections::listSections(document, options.locale, &report),
                                   sections::Shown::ReportsOnly)),
          m_grants(countGrants(document, m_reference)) {
        if (document.kind() == ListKind::AuthRoot)
            m_trust = TrustTable::build(document);
    }

    QString fieldValue(const char *key) const {
        const sections::Field *field = sections::findField(m_list, QString::fromLatin1(key));
        return field ? field->value : QString();
    }
    QString fieldLabel(const char *key) const {
        const sections::Field *field = sections::findField(m_list, QString::fromLatin1(key));
        return field ? field->label : QString();
    }

    QString runningHeader() const {
        QString header = listKindLabel(m_doc.kind());
        if (m_doc.hasSequenceNumber)
            header += QStringLiteral(" \u00b7 ") + fieldLabel("sequenceNumber") + QLatin1Char(' ') +
                      m_doc.sequenceNumberHex();
        return Text::tr("Certificate Trust List report") + QStringLiteral(" \u00b7 ") + header;
    }

    void operator()(ReportPainter &page) const {
        answer(page);
        page.pageBreak();
        page.tableOfContents(Text::tr("Contents"));
        findings(page);
        signers(page);
        entries(page);
        appendices(page);
    }

private:
    QString date(const QDateTime &time) const {
        if (!time.isValid())
            return Text::tr("none");
        return shortDateTime(m_options.locale, time) + QStringLiteral(" UTC");
    }

    // Page 1: the answer.
    void answer(ReportPainter &page) const {
        page.heading(Text::tr("Certificate Trust List report"), 1);
        page.keyValues({{fieldLabel("file"), modeltext::oneLine(QFileInfo(m_doc.fileName).fileName())},
                        {fieldLabel("fileSize"), fieldValue("fileSize")},
                        {fieldLabel("fileSha256"), fieldValue("fileSha256")}});
        page.heading(Text::tr("Verdict"), 2);
        // The decisive outcome in words and its key explanation, as the viewer's banner says it.
        const VerdictSummary summary = verdictSummary(m_report);
        QStringList paragraphs{summary.headline};
        if (!summary.sentence.isEmpty())
            paragraphs << summary.sentence;
        const NativeDialogAssessment &dialog = m_report.nativeDialog;
        if (m_report.catalog)
            // A catalog: Windows shows it in its Security Catalog dialog; the driver policy is the question.
            paragraphs << driverPolicyText(m_report.driverPolicy);
        else if (dialog.wouldWarn)
            paragraphs << (dialog.cosmetic ? Text::tr("Windows' \"not valid\" warning is cosmetic.")
                                           : Text::tr("Windows' \"not valid\" warning is real.")) +
                              QLatin1Char(' ') + nativeDialogExplanation(dialog);
        else
            paragraphs << nativeDialogExplanation(dialog);
        paragraphs << Text::tr("Findings: %1, %2.")
                          .arg(Text::tr("%n error(s)", nullptr, m_report.count(Severity::Error)),
                               Text::tr("%n warning(s)", nullptr, m_report.count(Severity::Warning)));
        page.callout(verdictTone(m_report.verdict), verdictHeadline(m_report.verdict), paragraphs);

        page.heading(Text::tr("Key facts"), 2);
        std::vector<std::pair<QString, QString>> facts;
        facts.emplace_back(fieldLabel("kind"), fieldValue("kind"));
        if (m_doc.hasSequenceNumber)
            facts.emplace_back(fieldLabel("sequenceNumber"), fieldValue("sequenceNumber"));
        QString thisUpdate = fieldValue("thisUpdate");
        if (const QString age = fieldValue("age"); !age.isEmpty())
            thisUpdate +=
                QStringLiteral(" (") + fieldLabel("age") + QStringLiteral(": ") + age + QLatin1Char(')');
        facts.emplace_back(fieldLabel("thisUpdate"), thisUpdate);
        facts.emplace_back(fieldLabel("nextUpdate"), fieldValue("nextUpdate"));
        if (!m_doc.signers.empty()) {
            const SignerResult *result = m_report.signers.empty() ? nullptr : &m_report.signers.front();
            const CertificateInfo *certificate = sections::signerCertificate(m_doc, 0, result);
            facts.emplace_back(Text::tr("Signer"), certificate ? modeltext::oneLine(certificate->subject)
                                                               : Text::tr("not in the file"));
            if (result) {
                QStringList chain;
                for (const ChainElement &element : result->chainAtSigning.elements)
                    chain << modeltext::oneLine(element.certificate.subject);
                const QString state =
                    result->chainAtSigning.trusted
                        ? Text::tr("trusted as of %1").arg(date(result->chainAtSigning.evaluatedAt))
                        : chainProblemsText(result->chainAtSigning.errors);
                facts.emplace_back(Text::tr("Chain at the list's time"),
                                   chain.join(QStringLiteral(" \u2192 ")) + QStringLiteral("\n") + state);
            }
        } else {
            facts.emplace_back(sections::label::signature(), Text::tr("The list carries no signature."));
        }
        facts.emplace_back(fieldLabel("entryCount"), fieldValue("entryCount"));
        page.keyValues(facts);
        grantsTable(page);
    }

    void grantsTable(ReportPainter &page) const {
        const ListKind kind = m_doc.kind();
        const QLocale &locale = m_options.locale;
        page.heading(Text::tr("What the list grants"), 2);
        // The entries by the status the viewer's table and the CSV show.
        std::vector<EntryStatus> statuses;
        if (kind == ListKind::Disallowed)
            statuses = {EntryStatus::Distrusted};
        else if (kind == ListKind::PinRules)
            statuses = {EntryStatus::PinRule};
        else if (kind == ListKind::Catalog)
            statuses = {EntryStatus::CatalogMember};
        else
            statuses.assign(RootStatuses.begin(), RootStatuses.end());
        // Every label is measured (character counts mislead: a Hangul syllable is about twice as wide).
        QStringList rowLabels{Text::tr("All entries") + QStringLiteral("  ")};
        for (const char *purpose : MainPurposes)
            rowLabels << trusttext::purposeLabel(QLatin1String(purpose)) + QStringLiteral("  ");
        const QString widestPurpose = rowLabels.join(QLatin1Char('\n'));
        page.paragraph(Text::tr("Entries by status as of %1.").arg(date(m_reference)), false, 0, true);
        std::vector<Column> columns{{QString(), widestPurpose}};
        for (EntryStatus status : statuses)
            columns.push_back({entryStatusLabel(status), QString(), 1, false, true});
        columns.push_back({Text::tr("Total"), QString(), 1, false, true});
        page.beginTable(columns);
        std::vector<Cell> cells{{Text::tr("All entries")}};
        for (EntryStatus status : statuses)
            cells.push_back({locale.toString(m_grants.all[size_t(status)])});
        cells.push_back({locale.toString(qint64(m_doc.entries.size())), {}, true});
        page.row(cells);
        page.endTable();

        // Per purpose, from the trust engine: what Windows 10/11 makes of each root for that purpose.
        if (kind == ListKind::AuthRoot) {
            page.paragraph(
                Text::tr("Roots by purpose: what %1 makes of them for a certificate issued and used on "
                         "%2.")
                    .arg(trusttext::windowsLabel(WindowsGeneration::Windows10), date(m_reference)),
                false, 0, true);
            const std::array<TrustStatus, 4> trustStatuses{TrustStatus::Trusted, TrustStatus::NotBefore,
                                                           TrustStatus::Disabled,
                                                           TrustStatus::PurposeNotGranted};
            std::vector<Column> purposeColumns{{Text::tr("Purpose"), widestPurpose}};
            for (TrustStatus status : trustStatuses)
                purposeColumns.push_back({trusttext::statusLabel(status), QString(), 1, false, true});
            page.beginTable(purposeColumns);
            for (const char *purpose : MainPurposes) {
                TrustQuestion question;
                question.purpose = QLatin1String(purpose);
                question.at = m_reference;
                const TrustCounts counts = m_trust.counts(question);
                std::vector<Cell> row{{trusttext::purposeLabel(QLatin1String(purpose))}};
                for (TrustStatus status : trustStatuses)
                    row.push_back({locale.toString(counts[status]), {}, status == TrustStatus::Trusted});
                page.row(row);
            }
            page.endTable();
        }
        std::vector<std::pair<QString, QString>> more;
        if (kind == ListKind::AuthRoot) {
            more.emplace_back(Text::tr("Roots with a NotBefore date"),
                              locale.toString(m_grants.withNotBefore));
            more.emplace_back(Text::tr("Roots with a Disable date"),
                              Text::tr("%1 (reached: %2, still to come: %3)")
                                  .arg(locale.toString(m_grants.disabledNow + m_grants.disabledLater),
                                       locale.toString(m_grants.disabledNow),
                                       locale.toString(m_grants.disabledLater)));
            more.emplace_back(Text::tr("Entries without a purposes attribute (every purpose)"),
                              locale.toString(m_grants.withoutPurposes));
        }
        qint64 logs = 0;
        for (const CtlExtension &extension : m_doc.extensions)
            logs += extension.ctLogs.size();
        more.emplace_back(Text::tr("Certificate Transparency logs"), locale.toString(logs));
        page.keyValues(more);
    }

    // Errors first, then warnings, then the rest; Windows' dialog warning first within its severity.
    void findings(ReportPainter &page) const {
        page.heading(Text::tr("Findings"), 1, true);
        std::vector<const Finding *> ordered;
        for (const Finding &finding : m_report.findings)
            ordered.push_back(&finding);
        std::stable_sort(ordered.begin(), ordered.end(), [](const Finding *a, const Finding *b) {
            if (a->severity != b->severity)
                return int(a->severity) > int(b->severity);
            return a->code == FindingCode::NativeDialogWarning && b->code != FindingCode::NativeDialogWarning;
        });
        for (const Finding *item : ordered) {
            const sections::Sections finding = sections::shownIn(
                {sections::findingSection(*item, &m_doc, m_options.locale)}, sections::Shown::ReportsOnly);
            if (finding.empty())
                continue;
            const sections::Field *severity = sections::findField(finding, u"severity");
            const sections::Field *explanation = sections::findField(finding, u"explanation");
            page.paragraph(
                QStringLiteral("[%1] %2").arg(severity ? severity->value : QString(), finding.front().title),
                true);
            if (explanation)
                page.paragraph(explanation->value, false, 1);
        }
    }

    // Each signer with its chain as an indented tree, signer first, root last.
    void signers(ReportPainter &page) const {
        page.heading(Text::tr("Signers and certificate chains"), 1, true);
        if (m_doc.signers.empty())
            page.paragraph(Text::tr("The list carries no signature."));
        for (size_t i = 0; i < m_doc.signers.size(); ++i) {
            const SignerInfoData &signer = m_doc.signers[i];
            const SignerResult &result = m_report.signers[i];
            page.heading(Text::tr("Signer %1: %2").arg(i + 1).arg(signerKindKey(signer.kind)), 2);
            std::vector<std::pair<QString, QString>> rows{
                {sections::label::digestAlgorithm(), oid::describe(signer.digestAlgorithm)},
                {sections::label::signature(),
                 result.intact() ? Text::tr("intact")
                                 : Text::tr("does not verify: %1").arg(signerFailureText(result))},
                {Text::tr("Chain"),
                 result.chainAtSigning.trusted
                     ? Text::tr("trusted as of %1").arg(date(result.chainAtSigning.evaluatedAt))
                     : chainProblemsText(result.chainAtSigning.errors)}};
            if (signer.programName)
                rows.emplace_back(sections::label::programName(), *signer.programName);
            page.keyValues(rows);
            int depth = 0;
            for (const ChainElement &element : result.chainAtSigning.elements) {
                const CertificateInfo &certificate = element.certificate;
                const qreal indent = depth * 1.5;
                page.paragraph((depth ? QStringLiteral("\u2514 ") : QString()) +
                                   modeltext::oneLine(certificate.subject),
                               true, indent);
                QStringList details;
                details << Text::tr("Issuer: %1").arg(modeltext::oneLine(certificate.issuer))
                        << Text::tr("Valid from %1 to %2")
                               .arg(date(certificate.notBefore), date(certificate.notAfter));
                QStringList purposes;
                for (const QString &oid : certificate.ekus)
                    purposes << oid::describe(oid);
                details << Text::tr("Purposes: %1")
                               .arg(certificate.hasEkuExtension ? purposes.join(QStringLiteral(", "))
                                                                : Text::tr("any (no EKU extension)"))
                        << Text::tr("Source: %1").arg(chainOriginLabel(element.origin));
                page.paragraph(details.join(QLatin1Char('\n')), false, indent + (depth ? 1 : 0), true);
                ++depth;
            }
            if (!result.chainAtSigning.missingIssuer.isEmpty())
                page.paragraph(Text::tr("Issuer not found: %1").arg(result.chainAtSigning.missingIssuer),
                               true, depth * 1.5);
        }
    }

    // A date in the entries table: the locale's short date with a four-digit year, and the time (with
    // seconds) only when some entry's date is not at midnight (UTC, said above the table).
    QString tableDate(const QDateTime &time) const {
        QString format = modeltext::shortDateFormat(m_options.locale);
        if (m_grants.timeOfDay)
            format += QLatin1Char(' ') + modeltext::timeFormatWithSeconds(m_options.locale);
        return m_options.locale.toString(time.toUTC(), format);
    }

    QString filetime(const std::optional<FiletimeValue> &value) const {
        if (!value)
            return QString();
        return value->empty ? Text::tr("always") : tableDate(value->utc);
    }

    static QString purposeLabels(const std::optional<QStringList> &ekus) {
        if (!ekus)
            return QString();
        QStringList labels;
        for (const QString &oid : *ekus)
            labels << oid::label(oid);
        return labels.join(QStringLiteral(", "));
    }

    void entries(ReportPainter &page) const {
        page.heading(sections::label::entries(), 1, true);
        page.paragraph(Text::tr("Status as of %1.").arg(date(m_reference)) + QLatin1Char(' ') +
                           Text::tr("Dates are UTC. Long names are shortened with \u2026; the CSV export has "
                                    "them in full."),
                       false, 0, true);
        // Date columns as wide as the widest date this locale writes, so a date never wraps.
        // Month names differ in width ("Nov" is wider than "Dec"): every month goes into the column.
        QStringList dates{Text::tr("always")};
        for (int month = 1; month <= 12; ++month)
            dates << tableDate(QDateTime(QDate(2000, month, 28), QTime(23, 58), QTimeZone::utc()));
        const QString widestDate = dates.join(QLatin1Char('\n'));
        QString widestStatus;
        for (EntryStatus status :
             {EntryStatus::Trusted, EntryStatus::NotBeforeRestricted, EntryStatus::DisabledForSomePurposes,
              EntryStatus::Disabled, EntryStatus::WillBeDisabled, EntryStatus::Distrusted,
              EntryStatus::PinRule, EntryStatus::CatalogMember})
            if (entryStatusLabel(status).size() > widestStatus.size())
                widestStatus = entryStatusLabel(status);
        const bool catalog = m_doc.kind() == ListKind::Catalog;
        // Decoded together: a SHA-1 twin's kind comes from another entry.
        const std::vector<CatalogMember> members =
            catalog ? decodeCatalogMembers(m_doc) : std::vector<CatalogMember>{};
        const std::vector<Column> columns{
            {QStringLiteral("#"), QString(QString::number(m_doc.entries.size()).size(), QLatin1Char('8')), 1,
             false, true},
            {catalog ? Text::tr("File, hash (tag), hash of") : Text::tr("Friendly name, identifier, SHA-256"),
             QString(), 5},
            {catalog ? Text::tr("OS attributes") : sections::label::purposes(), QString(), 3},
            {sections::label::disabledFrom(), widestDate},
            {sections::label::notBefore(), widestDate},
            {Text::tr("Status"), widestStatus}};
        page.beginTable(columns, 2);
        const ListKind kind = m_doc.kind();
        page.rows(m_doc.entries.size(), [&](size_t index) {
            const CtlEntry entry = m_doc.entries[index];
            if (isCatalogMember(entry)) {
                // A catalog member: the file it names, its tag and what the hash is of.
                const CatalogMember member =
                    index < members.size() ? members[index] : decodeCatalogMember(entry);
                return std::vector<Cell>{{QString::number(index + 1)},
                                         {modeltext::oneLine(member.fileName()),
                                          {modeltext::oneLine(member.tag), catalogMemberKindLabel(member)},
                                          true,
                                          true,
                                          2},
                                         {modeltext::oneLine(member.osAttributes())},
                                         {QString()},
                                         {QString()},
                                         {entryStatusLabel(entryStatusFor(entry, kind, m_reference))}};
            }
            // Names and identifiers come from the file: one line, control characters made visible.
            QStringList below{modeltext::oneLine(entry.identifierText())};
            if (!entry.sha256.isEmpty())
                below << toHex(entry.sha256);
            const auto restricted = [](const std::optional<QStringList> &ekus) {
                return ekus && !ekus->isEmpty()
                           ? QStringList{QStringLiteral("(") + purposeLabels(ekus) + QLatin1Char(')')}
                           : QStringList{};
            };
            return std::vector<Cell>{
                {QString::number(index + 1)},
                {modeltext::oneLine(entry.friendlyName.value_or(QString())), below, true, true, 2},
                {purposeLabels(entry.ekus)},
                {filetime(entry.disabledFrom), restricted(entry.disabledEkus), false, false},
                {filetime(entry.notBefore), restricted(entry.notBeforeEkus), false, false, 2},
                {entryStatusLabel(entryStatusFor(entry, kind, m_reference))}};
        });
        page.endTable();
    }

    // A section of the sections builder as label: value rows (OIDs with their names, a field's details
    // below its value).
    static void sectionBlock(ReportPainter &page, const sections::Section &section) {
        std::vector<std::pair<QString, QString>> rows;
        for (const sections::Field &field : section.fields) {
            QString value = field.kind == sections::FieldKind::Oids
                                ? sections::describedOids(field, QStringLiteral("\n"))
                                : field.value;
            if (!field.note.isEmpty())
                value += QStringLiteral(" (") + field.note + QLatin1Char(')');
            for (const sections::Field &child : field.children)
                value +=
                    QLatin1Char('\n') +
                    (child.label.isEmpty() ? child.value : child.label + QStringLiteral(": ") + child.value);
            rows.emplace_back(sections::describedLabel(field), value);
        }
        page.keyValues(rows);
    }

    // Appendices: every field of the list (General, File, Signature, Notes), then its extensions in full
    // (CT log keys, pin rules, raw values), from the sections builder.
    void appendices(ReportPainter &page) const {
        page.heading(Text::tr("Appendix: the list's fields"), 1, true);
        for (const sections::Section &section : m_list) {
            if (section.key == QLatin1String("extensions"))
                continue;
            page.heading(section.title, 2);
            sectionBlock(page, section);
        }
        if (m_doc.extensions.empty())
            return;
        page.heading(Text::tr("Appendix: extensions"), 1, true);
        for (const CtlExtension &extension : m_doc.extensions) {
            page.heading(oid::label(extension.oid), 2);
            for (const sections::Section &section : sections::shownIn(
                     sections::extensionSections(extension, m_options.locale), sections::Shown::ReportsOnly))
                sectionBlock(page, section);
        }
    }

    const CtlDocument &m_doc;
    const ValidationReport &m_report;
    const PdfOptions &m_options;
    QDateTime m_reference;
    sections::Sections m_list;
    Grants m_grants;
    TrustTable m_trust; // authroot lists only
};

// The scripts a report may need beyond Latin, the writing system fontconfig reports a font's coverage as, and
// the Debian package with a font for it. Han is covered by any of the CJK writing systems.
struct ScriptFont {
    QChar::Script script;
    std::vector<QFontDatabase::WritingSystem> writingSystems;
    const char *name;    // in the warning; the script's English name, as Unicode spells it
    const char *package; // fonts-noto-cjk is what the package Recommends
};
const std::vector<ScriptFont> &scriptFonts() {
    static const std::vector<ScriptFont> table = {
        {QChar::Script_Hangul, {QFontDatabase::Korean}, "Hangul", "fonts-noto-cjk"},
        {QChar::Script_Han,
         {QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese, QFontDatabase::Japanese,
          QFontDatabase::Korean},
         "Han",
         "fonts-noto-cjk"},
        {QChar::Script_Hiragana, {QFontDatabase::Japanese}, "Hiragana", "fonts-noto-cjk"},
        {QChar::Script_Katakana, {QFontDatabase::Japanese}, "Katakana", "fonts-noto-cjk"},
        {QChar::Script_Cyrillic, {QFontDatabase::Cyrillic}, "Cyrillic", "fonts-dejavu-core"},
        {QChar::Script_Greek, {QFontDatabase::Greek}, "Greek", "fonts-dejavu-core"},
        {QChar::Script_Arabic, {QFontDatabase::Arabic}, "Arabic", "fonts-dejavu-core"},
        {QChar::Script_Hebrew, {QFontDatabase::Hebrew}, "Hebrew", "fonts-dejavu-core"},
        {QChar::Script_Thai, {QFontDatabase::Thai}, "Thai", "fonts-noto-core"},
        {QChar::Script_Devanagari, {QFontDatabase::Devanagari}, "Devanagari", "fonts-noto-core"},
    };
    return table;
}

// Collects the scripts of text the report draws.
void collectScripts(const QString &text, std::set<QChar::Script> &scripts) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80)
            continue;
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, text.at(++i));
        scripts.insert(QChar::script(codePoint));
    }
}

// One warning per collected script that no installed font covers.
QStringList missingFontWarnings(const std::set<QChar::Script> &scripts) {
    QStringList warnings;
    for (const ScriptFont &entry : scriptFonts()) {
        if (!scripts.count(entry.script))
            continue;
        const bool covered = std::any_of(
            entry.writingSystems.begin(), entry.writingSystems.end(),
            [](QFontDatabase::WritingSystem system) { return !QFontDatabase::families(system).isEmpty(); });
        if (!covered)
            warnings << Text::tr("warning: no installed font has %1 characters: the PDF shows them as empty "
                                 "boxes (on Debian, install %2)")
                            .arg(QLatin1String(entry.name), QLatin1String(entry.package));
    }
    return warnings;
}

} // namespace

Expected<PdfWritten> PdfReport::write(const QString &path, const CtlDocument &document,
                                      const ValidationReport &report, const PdfOptions &options,
                                      const QStringList &inputs) {
    // Atomic: a failed export leaves no half-written file.
    return writeExport(path, inputs,
                       [&](QIODevice &device) { return write(device, document, report, options); });
}

namespace {
// The header, footer and metadata every report has.
report::PageFrame standardFrame(const QString &fileName, const QByteArray &sha256,
                                const QString &runningHeader, const QString &title, const QString &subject,
                                const PdfOptions &options) {
    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    report::PageFrame frame;
    frame.pageSize = options.pageSize;
    frame.runningHeader = runningHeader;
    // The file's name and hash prefix on every page: a loose page can be matched to its file.
    frame.footerLines = {
        Text::tr("%1 \u00b7 SHA-256 %2\u2026").arg(fileName, QString::fromLatin1(sha256.toHex().left(16))),
        Text::tr("CTL Viewer %1 \u00b7 generated %2 UTC")
            .arg(options.programVersion, shortDateTime(options.locale, generated))};
    frame.pageFormat = Text::tr("Page %1 of %2");
    frame.title = title;
    frame.subject = subject;
    frame.creator = QStringLiteral("CTL Viewer %1").arg(options.programVersion);
    return frame;
}
} // namespace

Expected<PdfWritten> PdfReport::writeSimple(QIODevice &device, const report::SimpleReport &content,
                                            const PdfSubject &subject, const PdfOptions &options) {
    report::PageFrame frame = standardFrame(subject.fileName, subject.sha256, subject.runningHeader,
                                            content.title, content.headline, options);
    // A diff's new list on a line of its own below the old one: each name with its hash prefix, whole.
    if (!subject.otherFileName.isEmpty())
        frame.footerLines.insert(
            1, Text::tr("%1 \u00b7 SHA-256 %2\u2026")
                   .arg(subject.otherFileName, QString::fromLatin1(subject.otherSha256.toHex().left(16))));
    const auto laidOut = report::writeSimpleReport(device, frame, content);
    if (!laidOut)
        return laidOut.error();
    PdfWritten written;
    written.pageCount = laidOut.value().pageCount;
    return written;
}

Expected<PdfWritten> PdfReport::writeSimple(const QString &path, const report::SimpleReport &content,
                                            const PdfSubject &subject, const PdfOptions &options,
                                            const QStringList &inputs) {
    return writeExport(path, inputs,
                       [&](QIODevice &device) { return writeSimple(device, content, subject, options); });
}

Expected<PdfWritten> PdfReport::write(QIODevice &file, const CtlDocument &document,
                                      const ValidationReport &report, const PdfOptions &options) {
    const ListReport content(document, report, options);
    const QString fileName = QFileInfo(document.fileName).fileName();
    const report::PageFrame frame = standardFrame(
        fileName, document.fileSha256, content.runningHeader(),
        Text::tr("Certificate Trust List report: %1").arg(fileName),
        verdictHeadline(report.verdict) + QStringLiteral(": ") + verdictSentence(report.verdict), options);

    PdfWritten written;
    if (options.reportMissingFonts) {
        // The scripts of the report's own words and of the names it quotes.
        std::set<QChar::Script> scripts;
        collectScripts(frame.runningHeader + frame.footerLines.join(QString()) + frame.pageFormat +
                           Text::tr("Findings") + verdictSentence(report.verdict),
                       scripts);
        for (const CtlEntry &entry : document.entries)
            if (entry.friendlyName)
                collectScripts(*entry.friendlyName, scripts);
        for (const CertificateInfo &certificate : document.certificates)
            collectScripts(certificate.subject + certificate.issuer, scripts);
        written.fontWarnings = missingFontWarnings(scripts);
    }
    const auto laidOut =
        report::ReportLayout::write(file, frame, [&content](ReportPainter &page) { content(page); });
    if (!laidOut)
        return laidOut.error();
    written.pageCount = laidOut.value().pageCount;
    return written;
}

} // namespace ctlv
