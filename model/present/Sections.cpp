// The sections builder: every label the detail pane, the text dump and the PDF show about a list and its
// parts, written once (see Sections.h).
#include "Sections.h"

#include "CatalogMembers.h"
#include "CatalogText.h"

#include "FindingText.h"
#include "TrustText.h"

#include "DocumentLoader.h"
#include "ModelText.h"
#include "Oids.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ctlv::sections {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::Sections)
};

// Appends sections and fields; sections left without fields are dropped by finish().
class Builder {
public:
    explicit Builder(const QLocale &locale) : m_locale(locale) {}

    void section(const char *key, const QString &title) {
        m_sections.push_back(Section{QLatin1String(key), title, {}});
    }

    Field &add(const char *key, const QString &label, const QString &value, const QString &raw,
               const QString &toolTip = {}) {
        Field field;
        field.key = QLatin1String(key);
        field.label = label;
        field.value = value;
        field.raw = raw;
        field.toolTip = toolTip;
        m_sections.back().fields.push_back(std::move(field));
        return m_sections.back().fields.back();
    }

    void append(Field field) { m_sections.back().fields.push_back(std::move(field)); }

    // A field whose raw value equals its display text.
    Field &text(const char *key, const QString &label, const QString &value, const QString &toolTip = {}) {
        return add(key, label, value, value, toolTip);
    }

    void hex(const char *key, const QString &label, const QByteArray &bytes,
             Shown shown = Shown::Everywhere) {
        if (bytes.isEmpty())
            return;
        Field &field = text(key, label, toHex(bytes));
        field.kind = FieldKind::Monospace;
        field.shown = shown;
    }

    Field *date(const char *key, const QString &label, const QDateTime &time) {
        if (!time.isValid())
            return nullptr;
        Field &field = add(key, label, dateText(time), isoUtc(time));
        field.kind = FieldKind::Date;
        return &field;
    }

    void yesNo(const char *key, const QString &label, bool value) {
        add(key, label, value ? Text::tr("Yes") : Text::tr("No"),
            value ? QStringLiteral("true") : QStringLiteral("false"));
    }

    Field &oids(const char *key, const QString &label, const QStringList &oids) {
        Field &field = add(key, label, oids.isEmpty() ? Text::tr("None") : modeltext::oidLabels(oids),
                           oids.join(QLatin1String(", ")), modeltext::oidDescriptions(oids));
        field.kind = FieldKind::Oids;
        field.oids = oids;
        return field;
    }

    void filetime(const char *key, const QString &label, const std::optional<FiletimeValue> &value,
                  const QString &emptyMeaning) {
        if (!value)
            return;
        Field &field = value->empty ? add(key, label, emptyMeaning, QString(),
                                          Text::tr("The attribute is present with an empty value."))
                                    : add(key, label, dateText(value->utc), isoUtc(value->utc));
        field.kind = FieldKind::Date;
    }

    QString dateText(const QDateTime &time) const { return modeltext::utcText(time, m_locale); }

    Sections finish() {
        m_sections.erase(std::remove_if(m_sections.begin(), m_sections.end(),
                                        [](const Section &section) { return section.fields.empty(); }),
                         m_sections.end());
        return std::move(m_sections);
    }

private:
    QLocale m_locale; // a copy (implicitly shared): the builder never depends on the caller's lifetime
    Sections m_sections;
};

// "189,331 bytes", and from a KiB up also the size people read ("184.9 KiB (189,331 bytes)"), in the
// locale's digits and separators. The count picks the plural form; %1 carries the digits.
QString bytesText(qint64 count, const QLocale &locale) {
    const QString exact = Text::tr("%1 byte(s)", "%1 is the count with the locale's digit grouping",
                                   static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max())))
                              .arg(locale.toString(count));
    if (count < 1024)
        return exact;
    return Text::tr("%1 (%2)", "a file size in KiB or MiB, then the exact count of bytes")
        .arg(locale.formattedDataSize(count), exact);
}

QString containerLabel(ContainerKind kind) {
    switch (kind) {
    case ContainerKind::Cab:
        return Text::tr("Cabinet archive (CAB)");
    case ContainerKind::Der:
        return Text::tr("DER (binary PKCS #7)");
    case ContainerKind::Pem:
        return Text::tr("PEM text");
    case ContainerKind::Base64:
        break;
    }
    return Text::tr("Base64 text");
}

QString extensionSummary(const CtlExtension &extension, const Builder &builder) {
    if (!extension.ctLogs.isEmpty())
        return Text::tr("%n CT log key(s)", nullptr, static_cast<int>(extension.ctLogs.size()));
    if (!extension.pinRules.isEmpty())
        return Text::tr("%n pin rule(s)", nullptr, static_cast<int>(extension.pinRules.size()));
    if (extension.logEndDate)
        return builder.dateText(*extension.logEndDate);
    return toHex(extension.value);
}

QString pinRuleText(const PinRule &rule) {
    QStringList numbers;
    for (qint64 number : rule.numbers)
        numbers << QString::number(number);
    return Text::tr("numbers %1; %n pin(s)", nullptr, static_cast<int>(rule.pins.size()))
        .arg(numbers.join(QLatin1String(", ")));
}

// The log keys, pin rules, log end date and decoding problem of an extension.
std::vector<Field> extensionDetails(const CtlExtension &extension, const Builder &builder) {
    std::vector<Field> details;
    const auto add = [&details](const char *key, const QString &label, const QString &value,
                                const QString &raw, FieldKind kind) -> Field & {
        Field field;
        field.key = QLatin1String(key);
        field.label = label;
        field.value = value;
        field.raw = raw;
        field.kind = kind;
        details.push_back(std::move(field));
        return details.back();
    };
    int number = 0;
    for (const CtLogKey &log : extension.ctLogs) {
        ++number;
        const QString key = QStringLiteral("%1 %2").arg(log.keyAlgorithm, log.curve).trimmed();
        Field &field = add("ctLog", Text::tr("CT log %1").arg(number), toHex(log.logId), toHex(log.logId),
                           FieldKind::Monospace);
        field.toolTip = Text::tr("Log ID (SHA-256 of the log's public key); key: %1").arg(key);
        field.note = key;
    }
    // Rules are numbered from 0, as the entries' pin rule index attribute selects them.
    number = 0;
    for (const PinRule &rule : extension.pinRules) {
        add("pinRule", Text::tr("Pin rule %1").arg(number), pinRuleText(rule), toHex(rule.der),
            FieldKind::Text);
        int pin = 0;
        for (const QList<QByteArray> &hashes : rule.pins) { // observed: a 16-byte and a 32-byte hash each
            ++pin;
            QStringList hex;
            for (const QByteArray &hash : hashes)
                if (!hash.isEmpty())
                    hex << toHex(hash);
            add("pinRulePin", Text::tr("Pin rule %1, pinned key %2").arg(number).arg(pin),
                hex.join(QLatin1Char(' ')), hex.join(QLatin1Char(' ')), FieldKind::Monospace);
        }
        ++number;
    }
    if (extension.logEndDate) // a report has the date as the extension's summary already
        add("logEndDate", Text::tr("Log end date"), builder.dateText(*extension.logEndDate),
            isoUtc(*extension.logEndDate), FieldKind::Date)
            .shown = Shown::PaneOnly;
    if (!extension.decodeProblem.isEmpty())
        add("decodeProblem", Text::tr("Decoding problem"), extension.decodeProblem, extension.decodeProblem,
            FieldKind::Warning);
    return details;
}

QString indexesText(const QList<qint64> &indexes) {
    QStringList parts;
    for (qint64 index : indexes)
        parts << QString::number(index);
    return parts.join(QLatin1String(", "));
}

QString flagsHex(int flags) {
    return QString::number(flags, 16).rightJustified(2, QLatin1Char('0'));
}

} // namespace

Sections listSections(const CtlDocument &document, const QLocale &locale, const ValidationReport *report) {
    Builder b(locale);
    b.section("general", Text::tr("General"));
    b.add("kind", Text::tr("Kind"), listKindLabel(document.kind()), listKindKey(document.kind()));
    b.oids("subjectUsage", Text::tr("Subject usage"), document.subjectUsage);
    if (document.version)
        b.text("version", Text::tr("Version"), QString::number(*document.version));
    if (!document.listIdentifier.isEmpty()) {
        // A catalog's identifier is a binary GUID, which would read as CJK text decoded as UTF-16.
        const QString text = document.kind() == ListKind::Catalog ? QString() : document.listIdentifierText();
        b.text("listIdentifier", Text::tr("List identifier"),
               text.isEmpty() ? toHex(document.listIdentifier) : text)
            .kind = text.isEmpty() ? FieldKind::Monospace : FieldKind::Text;
        if (const QString guid = guidText(document.listIdentifier);
            document.kind() == ListKind::Catalog && !guid.isEmpty())
            b.text("listIdentifierGuid", Text::tr("List identifier (GUID)"), guid).kind =
                FieldKind::Monospace;
    }
    if (report && report->catalog)
        b.add("driverPolicy", Text::tr("Driver signing policy"), driverPolicyText(report->driverPolicy),
              driverPolicyKey(report->driverPolicy));
    if (document.hasSequenceNumber) {
        b.text("sequenceNumber", Text::tr("Sequence number"), document.sequenceNumberHex()).kind =
            FieldKind::Monospace;
        if (const auto time = document.sequenceNumberTime()) {
            if (Field *field = b.date("sequenceNumberTime", Text::tr("Sequence number as FILETIME"), *time))
                field->toolTip =
                    Text::tr("Microsoft writes the FILETIME of the list's creation as its sequence number.");
        }
    }
    b.date("thisUpdate", Text::tr("This update"), document.thisUpdate.utc);
    if (document.nextUpdate)
        b.date("nextUpdate", Text::tr("Next update"), document.nextUpdate->utc);
    else
        b.add("nextUpdate", Text::tr("Next update"), Text::tr("None"), QString()).kind = FieldKind::Date;
    if (report && report->listAgeDays && *report->listAgeDays >= 0) // a future list has a finding instead
        b.add("age", Text::tr("Age"), Text::tr("%n day(s)", nullptr, static_cast<int>(*report->listAgeDays)),
              QString::number(*report->listAgeDays));
    Field &algorithm = b.add("subjectAlgorithm", Text::tr("Subject algorithm"),
                             oid::describe(document.subjectAlgorithm), document.subjectAlgorithm);
    algorithm.kind = FieldKind::Oids;
    algorithm.oids = QStringList{document.subjectAlgorithm};
    b.add("entryCount", label::entries(), locale.toString(static_cast<qlonglong>(document.entries.size())),
          QString::number(document.entries.size()));
    b.add("encoding", Text::tr("Encoding"),
          document.ctlInOctetString ? Text::tr("CTL inside an OCTET STRING (CMS style)")
                                    : Text::tr("CTL SEQUENCE under [0] EXPLICIT (Microsoft style)"),
          document.ctlInOctetString ? QStringLiteral("octet-string") : QStringLiteral("explicit"));

    b.section("file", Text::tr("File"));
    b.text("file", Text::tr("Name"), document.fileName);
    b.add("fileSize", Text::tr("Size"), bytesText(document.fileSize, locale),
          QString::number(document.fileSize));
    b.hex("fileSha256", Text::tr("SHA-256"), document.fileSha256);
    b.add("container", Text::tr("Container"), containerLabel(document.container),
          containerKindKey(document.container));
    if (!document.member.isEmpty())
        b.text("member",
               document.container == ContainerKind::Cab ? Text::tr("CAB member") : Text::tr("Registry value"),
               document.member);
    // What else the archive holds, under the file: people should know a CAB carried more than the list.
    for (const ContainerMember &member : document.otherMembers)
        b.text("otherMember", Text::tr("Other CAB member"),
               Text::tr("%1 (%2 bytes)").arg(member.name, locale.toString(member.size)),
               containerMemberNote(member));

    b.section("signature", label::signature());
    b.add("signerCount", label::signers(), QString::number(document.signers.size()),
          QString::number(document.signers.size()))
        .shown = Shown::PaneOnly;
    b.add("certificateCount", Text::tr("Certificates in the file"),
          QString::number(document.certificates.size()), QString::number(document.certificates.size()))
        .shown = Shown::PaneOnly;
    if (!document.signerInfosPresent)
        b.text("unsigned", label::signature(), Text::tr("None: the list is unsigned")).kind =
            FieldKind::Warning;
    if (!document.digestAlgorithms.isEmpty())
        b.oids("digestAlgorithms", Text::tr("Digest algorithms"), document.digestAlgorithms).shown =
            Shown::PaneOnly;

    b.section("extensions", Text::tr("Extensions"));
    for (const CtlExtension &extension : document.extensions) {
        if (extension.oid == QLatin1String(CatalogNameValueOid)) {
            // A catalog attribute (OS, HWID1, ...): shown by its name.
            if (auto nameValue = decodeCatalogNameValue(extension.value)) {
                Field &field = b.add("catalogAttribute", nameValue.value().name, nameValue.value().value,
                                     nameValue.value().value, oid::describe(extension.oid));
                field.note = QStringLiteral("0x%1").arg(nameValue.value().flags, 8, 16, QLatin1Char('0'));
                continue;
            }
        }
        Field &field = b.add("extension", oid::label(extension.oid), extensionSummary(extension, b),
                             extension.oid, oid::describe(extension.oid));
        field.labelOid = extension.oid;
        if (extension.logEndDate && extension.ctLogs.isEmpty() && extension.pinRules.isEmpty()) {
            field.kind = FieldKind::Date; // the summary is the date
            field.raw = isoUtc(*extension.logEndDate);
        }
        field.children = extensionDetails(extension, b);
    }

    b.section("notes", Text::tr("Notes"));
    for (const ParseNote &note : document.notes)
        b.add("note", Text::tr("Offset %1").arg(note.offset), note.message, note.message).kind =
            FieldKind::Warning;
    if (document.trailingBytes > 0)
        b.add("trailingBytes", Text::tr("Trailing bytes"), bytesText(document.trailingBytes, locale),
              QString::number(document.trailingBytes))
            .kind = FieldKind::Warning;
    return b.finish();
}

Sections entrySections(const CtlDocument &document, int entryIndex, const QLocale &locale) {
    if (entryIndex < 0 || static_cast<size_t>(entryIndex) >= document.entries.size())
        return {};
    const CtlEntry entry = document.entries[static_cast<size_t>(entryIndex)];
    if (isCatalogMember(entry)) // a SHA-1 twin learns its kind from another entry
        return catalogMemberSections(decodeCatalogMember(document, static_cast<size_t>(entryIndex)), locale);
    return entrySections(entry, locale);
}

Sections catalogMemberSections(const CatalogMember &member, const QLocale &locale) {
    Builder b(locale);
    b.section("catalogMember", Text::tr("Catalog member"));
    b.add("tag", Text::tr("Tag"), member.tag, member.tag).kind = FieldKind::Monospace;
    if (!member.fileName().isEmpty())
        b.text("file", Text::tr("File"), member.fileName());
    b.add("memberKind", Text::tr("Hash of"), catalogMemberKindLabel(member),
          catalogMemberKindKey(member.kind))
        .toolTip = member.kindOid.isEmpty() ? QString() : oid::describe(member.kindOid);
    if (!member.digestAlgorithm.isEmpty())
        b.add("digestAlgorithm", label::digestAlgorithm(), oid::label(member.digestAlgorithm),
              member.digestAlgorithm);
    b.hex("digest", Text::tr("Hash"), member.digest);
    if (member.memberInfo) {
        b.text("subjectGuid", Text::tr("Subject interface package"), member.memberInfo->subjectGuid).kind =
            FieldKind::Monospace;
        b.add("memberVersion", Text::tr("Member version"), QString::number(member.memberInfo->version),
              QString::number(member.memberInfo->version));
    }
    b.hex("memberInfo2", Text::tr("Member info 2 (undocumented)"), member.memberInfo2, Shown::PaneOnly);
    for (const CatalogNameValue &nameValue : member.nameValues)
        if (nameValue.name.compare(QLatin1String("File"), Qt::CaseInsensitive) != 0)
            b.add("nameValue", nameValue.name, nameValue.valueIsText ? nameValue.value : toHex(nameValue.raw),
                  nameValue.valueIsText ? nameValue.value : toHex(nameValue.raw));
    for (const QString &problem : member.problems)
        b.text("memberProblem", Text::tr("Problem"), problem).kind = FieldKind::Warning;
    return b.finish();
}

Sections entrySections(const CtlEntry &entry, const QLocale &locale) {
    if (isCatalogMember(entry))
        // A security catalog member: its tag, what its hash covers, and its name/values.
        return catalogMemberSections(decodeCatalogMember(entry), locale);
    Builder b(locale);
    b.section("identity", Text::tr("Identity"));
    b.add("identifier", Text::tr("Identifier"), entry.identifierText(), entry.identifierText(),
          identifierKindLabel(entry.identifierKind))
        .shown = Shown::PaneOnly; // a report's heading for the entry
    b.add("identifierKind", Text::tr("Identifier kind"), identifierKindLabel(entry.identifierKind),
          identifierKindKey(entry.identifierKind))
        .shown = Shown::PaneOnly;
    if (entry.friendlyName)
        b.text("friendlyName", Text::tr("Friendly name"), *entry.friendlyName).shown = Shown::PaneOnly;
    b.hex("sha256", Text::tr("SHA-256"), entry.sha256);
    b.hex("keyIdentifier", Text::tr("Key identifier"), entry.keyIdentifier, Shown::PaneOnly);
    b.hex("subjectNameMd5", Text::tr("Subject name MD5"), entry.subjectNameMd5, Shown::PaneOnly);
    b.hex("signatureHash", Text::tr("Signature hash"), entry.signatureHash, Shown::PaneOnly);
    b.hex("subjectPublicKeyMd5", Text::tr("Public key MD5"), entry.subjectPublicKeyMd5, Shown::PaneOnly);

    // The pane gives each purpose a row (its OID, its SDK name as the tool tip); a report, one line.
    b.section("purposes", label::purposes());
    if (entry.ekus) {
        for (const QString &eku : *entry.ekus) {
            Field &field = b.add("purpose", oid::label(eku), eku, eku, oid::sdkName(eku));
            field.labelOid = eku;
            field.shown = Shown::PaneOnly;
        }
        if (entry.ekus->isEmpty()) // an empty list: every view says so
            b.add("ekus", label::purposes(), Text::tr("None"), QString());
        else
            b.oids("ekus", label::purposes(), *entry.ekus).shown = Shown::ReportsOnly;
    } else {
        b.add("ekus", label::purposes(), Text::tr("None listed"), QString()).shown = Shown::PaneOnly;
    }

    b.section("restrictions", Text::tr("Restrictions"));
    b.filetime("disabledFrom", label::disabledFrom(), entry.disabledFrom,
               Text::tr("Always (disabled since forever)"));
    if (entry.disabledEkus)
        b.oids("disabledEkus", Text::tr("Disabled purposes"), *entry.disabledEkus);
    b.filetime("notBefore", label::notBefore(), entry.notBefore, Text::tr("Always (empty value)"));
    if (entry.notBeforeEkus)
        b.oids("notBeforeEkus", Text::tr("NotBefore purposes"), *entry.notBeforeEkus);
    if (entry.chainPolicies)
        b.oids("chainPolicies", Text::tr("Chain policies"), *entry.chainPolicies);
    b.filetime("disallowedCaFrom", Text::tr("Disallowed as CA from"), entry.disallowedCaFrom,
               Text::tr("Always (empty value)"));

    b.section("evPolicies", Text::tr("EV policies"));
    QStringList policyOids;
    QStringList policyTexts; // for the report's one line
    for (const RootProgramPolicy &policy : entry.rootProgramPolicies) {
        QString value = policy.policyOid;
        if (policy.flags)
            value = Text::tr("%1, flags 0x%2 (%3)")
                        .arg(policy.policyOid, flagsHex(*policy.flags),
                             modeltext::rootProgramFlagsText(*policy.flags));
        Field &field = b.add("evPolicy", oid::label(policy.policyOid), value, policy.policyOid,
                             oid::describe(policy.policyOid));
        field.labelOid = policy.policyOid;
        field.shown = Shown::PaneOnly;
        policyOids << policy.policyOid;
        policyTexts << (policy.flags ? QStringLiteral("%1 [flags 0x%2]")
                                           .arg(oid::describe(policy.policyOid), flagsHex(*policy.flags))
                                     : oid::describe(policy.policyOid));
    }
    if (entry.hasRootProgramPolicies) {
        Field &field = b.add("evPolicies", Text::tr("EV policies"), policyTexts.join(QLatin1String(", ")),
                             policyOids.join(QLatin1String(", ")));
        field.shown = Shown::ReportsOnly;
    }

    b.section("pinRules", Text::tr("Pin rules"));
    if (entry.pinRuleIndexes)
        b.text("pinRuleIndexes", Text::tr("Pin rule indexes"), indexesText(*entry.pinRuleIndexes));
    if (entry.pinRuleFlags) {
        // SITE_PIN_RULES_ALL_SUBDOMAINS_FLAG (0x1, wincrypt.h) is the one flag Microsoft names.
        QStringList flags;
        if (*entry.pinRuleFlags & 0x1)
            flags << Text::tr("all subdomains");
        if (*entry.pinRuleFlags & ~qint64(0x1))
            flags << Text::tr("unknown 0x%1").arg(*entry.pinRuleFlags & ~qint64(0x1), 0, 16);
        const QString hex = QStringLiteral("0x%1").arg(*entry.pinRuleFlags, 0, 16);
        b.add("pinRuleFlags", Text::tr("Pin rule flags"),
              flags.isEmpty() ? hex : QStringLiteral("%1 (%2)").arg(hex, flags.join(QLatin1String(", "))),
              QString::number(*entry.pinRuleFlags));
    }

    b.section("unknownAttributes", Text::tr("Unknown attributes"));
    for (const RawAttribute &attribute : entry.unknownAttributes) {
        Field &field =
            b.add("unknownAttribute", oid::describe(attribute.oid), modeltext::hexValues(attribute.values),
                  modeltext::hexValues(attribute.values), attribute.oid);
        field.kind = FieldKind::Monospace;
    }

    b.section("problems", Text::tr("Problems"));
    for (const AttributeProblem &problem : entry.problems)
        b.add("problem", oid::describe(problem.oid),
              Text::tr("%1 (offset %2)").arg(problem.message, QString::number(problem.offset)),
              problem.message)
            .kind = FieldKind::Warning;

    b.section("allAttributes", Text::tr("All attributes"));
    for (const RawAttribute &attribute : entry.allAttributes) {
        Field &field =
            b.add("attribute", oid::describe(attribute.oid), modeltext::hexValues(attribute.values),
                  modeltext::hexValues(attribute.values), attribute.oid);
        field.kind = FieldKind::Monospace;
        field.shown = Shown::PaneOnly;
    }
    return b.finish();
}

Section entryTrustSection(const CtlEntry &entry, ListKind kind, const TrustQuestion &question,
                          const QLocale &locale) {
    Builder b(locale);
    const QDateTime at = question.at.isValid() ? question.at : QDateTime::currentDateTimeUtc();
    //: Title of the detail pane's per-purpose trust table; %1 is a Windows generation, %2 a date
    b.section("effectiveTrust", Text::tr("Effective trust on %1, as of %2")
                                    .arg(trusttext::windowsLabel(question.windows),
                                         locale.toString(at.toUTC().date(), QLocale::ShortFormat)));
    // The entry as a whole first, then each purpose it mentions (grant, Disable and NotBefore lists).
    QStringList purposes{QString()};
    for (const auto *list : {&entry.ekus, &entry.disabledEkus, &entry.notBeforeEkus})
        if (*list)
            for (const QString &oid : **list)
                if (!purposes.contains(oid))
                    purposes << oid;
    for (const QString &purpose : purposes) {
        TrustQuestion asked = question;
        asked.purpose = purpose;
        const TrustAnswer answer = evaluateTrust(entry, kind, asked);
        QString value = trusttext::statusLabel(answer.status);
        if (answer.since.isValid() && answer.status == TrustStatus::NotBefore)
            //: The NotBefore status with its date: certificates issued before it are still trusted
            value = Text::tr("Only certificates issued before %1").arg(b.dateText(answer.since));
        else if (answer.since.isValid())
            //: A trust status and since when it applies, e.g. "Disabled since 2020-01-01"
            value = Text::tr("%1 since %2").arg(value, b.dateText(answer.since));
        Field &field = b.add(purpose.isEmpty() ? "trustAnyPurpose" : "trustPurpose",
                             purpose.isEmpty() ? Text::tr("Any purpose") : oid::label(purpose), value,
                             trustStatusKey(answer.status), trusttext::answerReason(answer, purpose));
        field.labelOid = purpose;
        field.note = answer.since.isValid() ? isoUtc(answer.since) : QString();
    }
    Sections built = b.finish();
    return built.empty() ? Section{} : std::move(built.front());
}

Sections certificateSections(const CertificateInfo &certificate, const QLocale &locale) {
    Builder b(locale);
    b.section("identity", Text::tr("Identity"));
    b.text("subject", Text::tr("Subject"), certificate.subject).shown = Shown::PaneOnly; // a report's heading
    b.text("issuer", Text::tr("Issuer"), certificate.issuer);
    b.text("serial", Text::tr("Serial number"), certificate.serialHex).kind = FieldKind::Monospace;
    if (certificate.version > 0)
        b.text("version", Text::tr("Version"), QString::number(certificate.version)).shown = Shown::PaneOnly;
    const bool inBag = certificate.source == CertificateSource::SignedDataBag;
    b.add("source", Text::tr("Found in"),
          inBag ? Text::tr("the certificates of the signed data")
                : Text::tr("the certificates of the nested signature"),
          inBag ? QStringLiteral("signedData") : QStringLiteral("nestedSignature"))
        .shown = Shown::PaneOnly;
    if (!certificate.parsed)
        b.text("parseError", Text::tr("Problem"), certificate.parseError).kind = FieldKind::Warning;

    b.section("validity", Text::tr("Validity"));
    b.date("notBefore", Text::tr("Not before"), certificate.notBefore);
    b.date("notAfter", Text::tr("Not after"), certificate.notAfter);

    b.section("fingerprints", Text::tr("Fingerprints"));
    b.hex("sha1", Text::tr("SHA-1"), certificate.sha1);
    b.hex("sha256", Text::tr("SHA-256"), certificate.sha256);

    b.section("publicKey", Text::tr("Public key"));
    if (!certificate.keyAlgorithm.isEmpty()) {
        QString key =
            Text::tr("%1 %2 bits").arg(certificate.keyAlgorithm, QString::number(certificate.keyBits));
        if (!certificate.curve.isEmpty())
            key += QStringLiteral(" (%1)").arg(certificate.curve);
        b.text("key", Text::tr("Key"), key);
    }
    if (!certificate.signatureAlgorithm.isEmpty()) {
        Field &field = b.add("signatureAlgorithm", Text::tr("Signature algorithm"),
                             oid::describe(certificate.signatureAlgorithm), certificate.signatureAlgorithm);
        field.kind = FieldKind::Oids;
        field.oids = QStringList{certificate.signatureAlgorithm};
    }

    b.section("extensions", Text::tr("Extensions"));
    if (certificate.hasEkuExtension)
        b.oids("ekus", Text::tr("Extended key usage"), certificate.ekus);
    else if (certificate.parsed)
        b.add("ekus", Text::tr("Extended key usage"), Text::tr("Any purpose (no EKU extension)"), QString());
    if (certificate.basicConstraintsCa) {
        QString text =
            *certificate.basicConstraintsCa ? Text::tr("Certificate authority") : Text::tr("End entity");
        if (*certificate.basicConstraintsCa && certificate.pathLength)
            text = Text::tr("Certificate authority, path length %1").arg(*certificate.pathLength);
        b.text("basicConstraints", Text::tr("Basic constraints"), text);
    }
    if (!certificate.keyUsage.isEmpty())
        b.text("keyUsage", Text::tr("Key usage"), certificate.keyUsage.join(QLatin1String(", ")));
    b.hex("subjectKeyIdentifier", Text::tr("Subject key identifier"), certificate.subjectKeyIdentifier);
    b.hex("authorityKeyIdentifier", Text::tr("Authority key identifier"), certificate.authorityKeyIdentifier);
    // Every other extension as OpenSSL decodes it (policies, CRL distribution points, name constraints,
    // Microsoft's own...): what a certificate viewer shows.
    static const QStringList shownAbove{
        QLatin1String(oid::ExtendedKeyUsageExt), QLatin1String(oid::BasicConstraintsExt),
        QLatin1String(oid::KeyUsageExt), QLatin1String(oid::SubjectKeyIdentifierExt),
        QLatin1String(oid::AuthorityKeyIdentifierExt)};
    for (const CertificateExtension &extension : certificate.extensions) {
        if (shownAbove.contains(extension.oid))
            continue;
        const QString known = oid::label(extension.oid);
        const QString name = known != extension.oid || extension.name.isEmpty() ? known : extension.name;
        // OpenSSL's lines in one value: a line ending in ':' introduces the next ("Full Name: URI:...").
        QString value = extension.lines.isEmpty() ? toHex(extension.value) : QString();
        for (const QString &line : extension.lines) {
            if (!value.isEmpty())
                value += value.endsWith(QLatin1Char(':')) ? QStringLiteral(" ") : QStringLiteral("; ");
            value += line;
        }
        if (extension.critical)
            value = Text::tr("Critical: %1").arg(value);
        b.add("extension", name, value, toHex(extension.value),
              QStringLiteral("%1 (%2)").arg(name, extension.oid));
    }
    return b.finish();
}

const CertificateInfo *signerCertificate(const CtlDocument &document, int signerIndex,
                                         const SignerResult *result) {
    if (signerIndex < 0 || static_cast<size_t>(signerIndex) >= document.signers.size())
        return nullptr;
    const int index =
        result ? result->certificateIndex
               : findSignerCertificate(document, document.signers[static_cast<size_t>(signerIndex)]);
    return index >= 0 && static_cast<size_t>(index) < document.certificates.size()
               ? &document.certificates[static_cast<size_t>(index)]
               : nullptr;
}

Sections signerSections(const CtlDocument &document, int signerIndex, const SignerResult *result,
                        const QLocale &locale) {
    if (signerIndex < 0 || static_cast<size_t>(signerIndex) >= document.signers.size())
        return {};
    const SignerInfoData &signer = document.signers[static_cast<size_t>(signerIndex)];
    const CertificateInfo *certificate = signerCertificate(document, signerIndex, result);

    Builder b(locale);
    b.section("signer", Text::tr("Signer"));
    b.add("kind", Text::tr("Kind"), modeltext::signerKindLabel(signer.kind), signerKindKey(signer.kind))
        .shown = Shown::PaneOnly;
    // A report names the signer by its certificate in a heading.
    if (certificate)
        b.text("certificate", Text::tr("Certificate"), certificate->subject).shown = Shown::PaneOnly;
    else
        b.add("certificate", Text::tr("Certificate"), Text::tr("Not in the file"), QString()).shown =
            Shown::PaneOnly;
    b.text("issuer", Text::tr("Issuer"), signer.issuerText);
    b.hex("serial", Text::tr("Serial number"), signer.serialNumber);
    b.hex("subjectKeyIdentifier", Text::tr("Subject key identifier"), signer.subjectKeyIdentifier,
          Shown::PaneOnly);
    Field &digest = b.add("digestAlgorithm", label::digestAlgorithm(), oid::describe(signer.digestAlgorithm),
                          signer.digestAlgorithm);
    digest.kind = FieldKind::Oids;
    digest.oids = QStringList{signer.digestAlgorithm};
    Field &signature = b.add("signatureAlgorithm", Text::tr("Signature algorithm"),
                             oid::describe(signer.signatureAlgorithm), signer.signatureAlgorithm);
    signature.kind = FieldKind::Oids;
    signature.oids = QStringList{signer.signatureAlgorithm};
    if (signer.programName)
        b.text("programName", label::programName(), *signer.programName);
    if (signer.moreInfoUrl)
        b.text("moreInfoUrl", Text::tr("More information"), *signer.moreInfoUrl);
    if (signer.signingTime)
        b.date("signingTime", Text::tr("Signing time"), *signer.signingTime);
    if (certificate) {
        if (certificate->hasEkuExtension)
            b.oids("signerEkus", Text::tr("Extended key usage"), certificate->ekus);
        else
            b.add("signerEkus", Text::tr("Extended key usage"), Text::tr("Any purpose (no EKU extension)"),
                  QString());
    }
    b.add("signedContent", Text::tr("Signed content"), oid::describe(signer.encapsulatedContentType),
          signer.encapsulatedContentType)
        .shown = Shown::PaneOnly;
    b.add("digestedBytes", Text::tr("Digested bytes"),
          Text::tr("%1 bytes from offset %2")
              .arg(locale.toString(static_cast<qlonglong>(signer.digestedContent.length)),
                   QString::number(signer.digestedContent.offset)),
          QStringLiteral("%1+%2").arg(QString::number(signer.digestedContent.offset),
                                      QString::number(signer.digestedContent.length)))
        .shown = Shown::PaneOnly;
    if (!signer.contentTypes.isEmpty())
        b.oids("contentTypes", Text::tr("Content type attribute"), signer.contentTypes).shown =
            Shown::PaneOnly;
    for (const QByteArray &messageDigest : signer.messageDigests)
        b.hex("messageDigest", Text::tr("Message digest"), messageDigest, Shown::PaneOnly);

    if (result) {
        b.section("verification", Text::tr("Verification"));
        b.yesNo("digestMatches", Text::tr("Digest matches"), result->digestMatches);
        b.yesNo("signatureValid", Text::tr("Signature valid"), result->signatureValid);
        b.yesNo("contentTypeMatches", Text::tr("Content type matches"), result->contentTypeMatches);
        b.yesNo("attributesWellFormed", Text::tr("Signed attributes well formed"),
                result->attributesWellFormed);
        b.yesNo("chainTrustedAtSigning", Text::tr("Chain trusted at signing"),
                result->chainAtSigning.trusted);
        b.yesNo("chainTrustedNow", Text::tr("Chain trusted now"), result->chainNow.trusted);
        if (result->anyPurpose)
            b.add("effectiveEkus", Text::tr("Effective purposes"), Text::tr("Any purpose"), QString());
        else
            b.oids("effectiveEkus", Text::tr("Effective purposes"), result->effectiveEkus);
        b.yesNo("ekuAuthorised", Text::tr("Authorised to sign this list"), result->ekuAuthorised);
        if (!result->failures.empty())
            b.text("failure", Text::tr("Failure"), signerFailureText(*result)).kind = FieldKind::Warning;
        for (const QString &error : chainProblemTexts(result->chainAtSigning.errors))
            b.text("chainError", Text::tr("Chain error"), error).kind = FieldKind::Warning;
    }
    return b.finish();
}

Sections extensionSections(const CtlExtension &extension, const QLocale &locale) {
    Builder b(locale);
    b.section("extension", Text::tr("Extension"));
    b.add("name", Text::tr("Name"), oid::label(extension.oid), extension.oid);
    b.text("oid", Text::tr("OID"), extension.oid);
    const QString sdkName = oid::sdkName(extension.oid);
    if (!sdkName.isEmpty())
        b.text("sdkName", Text::tr("SDK name"), sdkName);
    b.yesNo("critical", Text::tr("Critical"), extension.critical);
    b.add("valueSize", Text::tr("Value size"), bytesText(extension.value.size(), locale),
          QString::number(extension.value.size()));
    b.hex("value", Text::tr("Value"), extension.value);
    if (extension.ctLogListVersion) {
        QStringList parts;
        for (int part : *extension.ctLogListVersion)
            parts << QString::number(part);
        b.text("logListVersion", Text::tr("Log list version"), parts.join(QLatin1Char('.')));
    }

    b.section("content", Text::tr("Content"));
    for (Field &field : extensionDetails(extension, b))
        b.append(std::move(field));
    return b.finish();
}

Sections storedCertificateSections(const StoredCertificate &certificate, const QLocale &locale) {
    Sections all = certificateSections(certificate.info(), locale);
    for (Section &section : all)
        std::erase_if(section.fields,
                      [](const Field &field) { return field.key == QLatin1String("source"); });
    Builder b(locale);
    b.section("certificateSource", Text::tr("Source"));
    b.text("certificateOrigin", Text::tr("From"), certificate.origin);
    if (certificate.friendlyName)
        b.text("friendlyName", Text::tr("Friendly name"), *certificate.friendlyName);
    for (const StoreProperty &property : certificate.properties) {
        const QString name = storePropertyName(property.id);
        const QString label = name.isEmpty() ? Text::tr("Property %1").arg(property.id) : name;
        // The friendly name is UTF-16 text; every other property is shown as its bytes.
        if (property.id == prop::FriendlyName && certificate.friendlyName)
            continue;
        Field &field = b.text("storeProperty", label, toHex(property.value));
        field.kind = FieldKind::Monospace;
    }
    for (Section &section : b.finish())
        all.push_back(std::move(section));
    return all;
}

QString certificateMatchLabel(CertificateMatch match) {
    switch (match) {
    case CertificateMatch::Matched:
        //: An entry of the list whose certificate was found in the added certificates
        return Text::tr("Linked");
    case CertificateMatch::Missing:
        //: No added certificate is the one the entry names
        return Text::tr("Missing");
    case CertificateMatch::Sha256Mismatch:
        return Text::tr("SHA-256 mismatch");
    }
    return {};
}

Section certificateLinkSection(const EntryLink &link, const CertificateLinks &links, const QLocale &locale) {
    Builder b(locale);
    b.section("linkedCertificate", Text::tr("Linked certificate"));
    Field &state = b.add("certificateMatch", Text::tr("Certificate"), certificateMatchLabel(link.match),
                         certificateMatchKey(link.match));
    if (link.match != CertificateMatch::Matched)
        state.kind = FieldKind::Warning;
    if (link.certificate >= 0 && static_cast<size_t>(link.certificate) < links.certificates.size())
        b.text("certificateOrigin", Text::tr("From"),
               links.certificates[static_cast<size_t>(link.certificate)].origin);
    return b.finish().front();
}

Section findingSection(const Finding &finding, const CtlDocument *document, const QLocale &locale) {
    Builder b(locale);
    // The finding is data; FindingText words it in the current language.
    b.section("finding", findingTitle(finding));
    QString severity = severityLabel(finding.severity);
    if (finding.cosmetic)
        severity += QStringLiteral(", ") + Text::tr("cosmetic");
    b.add("severity", Text::tr("Severity"), severity, severityKey(finding.severity));
    b.text("explanation", Text::tr("Explanation"), findingExplanation(finding));
    b.text("code", Text::tr("Code"), findingCodeKey(finding.code)).shown = Shown::PaneOnly;
    if (document) {
        if (finding.signerIndex >= 0 && static_cast<size_t>(finding.signerIndex) < document->signers.size())
            b.text(
                 "signer", Text::tr("Signer"),
                 modeltext::signerKindLabel(document->signers[static_cast<size_t>(finding.signerIndex)].kind))
                .shown = Shown::PaneOnly;
        if (finding.certificateIndex >= 0 &&
            static_cast<size_t>(finding.certificateIndex) < document->certificates.size())
            b.text("certificate", Text::tr("Certificate"),
                   document->certificates[static_cast<size_t>(finding.certificateIndex)].subject)
                .shown = Shown::PaneOnly;
        if (finding.entryIndex >= 0 && static_cast<size_t>(finding.entryIndex) < document->entries.size())
            b.text("entry", Text::tr("Entry"),
                   document->entries[static_cast<size_t>(finding.entryIndex)].identifierText())
                .shown = Shown::PaneOnly;
    }
    Sections sections = b.finish();
    return sections.empty() ? Section{} : std::move(sections.front());
}

namespace {
void keepShown(std::vector<Field> &fields, Shown audience) {
    fields.erase(std::remove_if(fields.begin(), fields.end(),
                                [audience](const Field &field) {
                                    return field.shown != Shown::Everywhere && field.shown != audience;
                                }),
                 fields.end());
    for (Field &field : fields)
        keepShown(field.children, audience);
}
} // namespace

Sections shownIn(Sections sections, Shown audience) {
    for (Section &section : sections)
        keepShown(section.fields, audience);
    sections.erase(std::remove_if(sections.begin(), sections.end(),
                                  [](const Section &section) { return section.fields.empty(); }),
                   sections.end());
    return sections;
}

namespace {
const Field *findIn(const std::vector<Field> &fields, QStringView key) {
    for (const Field &field : fields) {
        if (field.key == key)
            return &field;
        if (const Field *child = findIn(field.children, key))
            return child;
    }
    return nullptr;
}
} // namespace

const Field *findField(const Sections &sections, QStringView key) {
    for (const Section &section : sections)
        if (const Field *field = findIn(section.fields, key))
            return field;
    return nullptr;
}

const Section *findSection(const Sections &sections, QStringView key) {
    for (const Section &section : sections)
        if (section.key == key)
            return &section;
    return nullptr;
}

QString describedOids(const Field &field, const QString &separator) {
    if (field.oids.isEmpty())
        return field.value;
    QStringList parts;
    for (const QString &dotted : field.oids)
        parts << oid::describe(dotted);
    return parts.join(separator);
}

QString describedLabel(const Field &field) {
    return field.labelOid.isEmpty() ? field.label : oid::describe(field.labelOid);
}

namespace label {
QString purposes() {
    return Text::tr("Purposes");
}
QString disabledFrom() {
    return Text::tr("Disabled from");
}
QString notBefore() {
    return Text::tr("NotBefore");
}
QString digestAlgorithm() {
    return Text::tr("Digest algorithm");
}
QString programName() {
    return Text::tr("Program name");
}
QString signature() {
    return Text::tr("Signature");
}
QString certificates() {
    return Text::tr("Certificates");
}
QString signers() {
    return Text::tr("Signers");
}
QString entries() {
    return Text::tr("Entries");
}
} // namespace label

QString containerMemberNote(const ContainerMember &member) {
    return Text::tr(
               "the CAB archive also holds \"%1\" (%2 bytes, its file record at offset %3), which is not "
               "part of the list and is covered by no signature")
        .arg(member.name, QString::number(member.size), QString::number(member.offset));
}

} // namespace ctlv::sections
