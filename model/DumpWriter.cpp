// `ctltool dump`: writes a CTL document and its validation as a readable text report or as JSON.
#include "DumpWriter.h"

#include "DocumentLoader.h"
#include "FileAccess.h"
#include "JsonWriter.h"
#include "Oids.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::DumpWriter)
};

QLatin1String L(const char *text) {
    return QLatin1String(text);
}

void writeFiletime(JsonWriter &json, QLatin1String name, const std::optional<FiletimeValue> &value) {
    if (!value)
        return; // absent attribute: absent key
    json.field(name, value->empty ? QString() : isoUtc(value->utc));
}

void writeOptionalList(JsonWriter &json, QLatin1String name, const std::optional<QStringList> &list) {
    if (!list)
        return;
    json.key(name);
    json.stringArray(*list);
}

void writeRawAttributes(JsonWriter &json, const QList<RawAttribute> &attributes) {
    json.beginArray();
    for (const RawAttribute &attribute : attributes) {
        json.beginObject();
        json.field(L("oid"), attribute.oid);
        json.key(L("values"));
        json.beginArray();
        for (const QByteArray &value : attribute.values)
            json.value(toHex(value));
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

void writeEntry(JsonWriter &json, const CtlEntry &entry) {
    json.beginObject();
    json.field(L("identifier"), entry.identifierText());
    json.field(L("identifierKind"), identifierKindKey(entry.identifierKind));
    if (entry.friendlyName)
        json.field(L("friendlyName"), *entry.friendlyName);
    writeOptionalList(json, L("ekus"), entry.ekus);
    if (!entry.sha256.isEmpty())
        json.field(L("sha256"), toHex(entry.sha256));
    if (!entry.keyIdentifier.isEmpty())
        json.field(L("keyIdentifier"), toHex(entry.keyIdentifier));
    if (!entry.subjectNameMd5.isEmpty())
        json.field(L("subjectNameMd5"), toHex(entry.subjectNameMd5));
    writeFiletime(json, L("disabledFrom"), entry.disabledFrom);
    writeOptionalList(json, L("disabledEkus"), entry.disabledEkus);
    writeFiletime(json, L("notBefore"), entry.notBefore);
    writeOptionalList(json, L("notBeforeEkus"), entry.notBeforeEkus);
    writeOptionalList(json, L("chainPolicies"), entry.chainPolicies);
    writeFiletime(json, L("disallowedCaFrom"), entry.disallowedCaFrom);
    if (entry.hasRootProgramPolicies) {
        json.key(L("rootProgramPolicies"));
        json.beginArray();
        for (const RootProgramPolicy &policy : entry.rootProgramPolicies) {
            json.beginObject();
            json.field(L("oid"), policy.policyOid);
            if (policy.flags)
                json.field(L("flags"), static_cast<qint64>(*policy.flags));
            json.endObject();
        }
        json.endArray();
    }
    if (entry.pinRuleIndexes) {
        json.key(L("pinRuleIndexes"));
        json.beginArray();
        for (qint64 index : *entry.pinRuleIndexes)
            json.value(index);
        json.endArray();
    }
    if (entry.pinRuleFlags)
        json.field(L("pinRuleFlags"), *entry.pinRuleFlags);
    json.key(L("unknownAttributes"));
    writeRawAttributes(json, entry.unknownAttributes);
    if (!entry.problems.isEmpty()) {
        json.key(L("problems"));
        json.beginArray();
        for (const AttributeProblem &problem : entry.problems) {
            json.beginObject();
            json.field(L("oid"), problem.oid);
            json.field(L("offset"), static_cast<qint64>(problem.offset));
            json.field(L("message"), problem.message);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
}

void writeCertificate(JsonWriter &json, const CertificateInfo &certificate) {
    json.beginObject();
    json.field(L("subject"), certificate.subject);
    json.field(L("issuer"), certificate.issuer);
    json.field(L("serial"), certificate.serialHex);
    json.field(L("sha1"), toHex(certificate.sha1));
    json.field(L("sha256"), toHex(certificate.sha256));
    if (certificate.notBefore.isValid()) // not when the certificate could not be read
        json.field(L("notBefore"), isoUtc(certificate.notBefore));
    if (certificate.notAfter.isValid())
        json.field(L("notAfter"), isoUtc(certificate.notAfter));
    json.key(L("ekus"));
    json.stringArray(certificate.ekus);
    json.field(L("hasEkuExtension"), certificate.hasEkuExtension);
    json.field(L("signatureAlgorithm"), certificate.signatureAlgorithm);
    json.field(L("key"),
               QStringLiteral("%1 %2").arg(certificate.keyAlgorithm, QString::number(certificate.keyBits)));
    json.field(L("source"), certificate.source == CertificateSource::SignedDataBag ? L("signedData")
                                                                                   : L("nestedSignature"));
    if (!certificate.parsed)
        json.field(L("parseError"), certificate.parseError);
    json.endObject();
}

} // namespace

void DumpWriter::writeJson(JsonWriter &json, const CtlDocument &document) {
    json.beginObject();
    writeJsonFields(json, document, {});
    json.endObject();
}

void DumpWriter::writeJsonFields(JsonWriter &json, const CtlDocument &document, const JsonOptions &options) {
    json.field(L("file"), document.fileName);
    json.field(L("fileSize"), document.fileSize);
    json.field(L("fileSha256"), toHex(document.fileSha256));
    json.field(L("container"), containerKindKey(document.container));
    if (!document.member.isEmpty())
        json.field(L("member"), document.member);

    json.key(L("ctl"));
    json.beginObject();
    json.field(L("kind"), listKindKey(document.kind()));
    json.key(L("subjectUsage"));
    json.stringArray(document.subjectUsage);
    if (document.version)
        json.field(L("version"), *document.version);
    if (!document.listIdentifier.isEmpty()) {
        const QString text = document.listIdentifierText();
        json.field(L("listIdentifier"), text.isEmpty() ? toHex(document.listIdentifier) : text);
    }
    if (document.hasSequenceNumber) {
        json.field(L("sequenceNumber"), document.sequenceNumberHex());
        if (const auto time = document.sequenceNumberTime())
            json.field(L("sequenceNumberTime"), isoUtc(*time));
    }
    json.field(L("thisUpdate"), isoUtc(document.thisUpdate.utc));
    if (document.nextUpdate)
        json.field(L("nextUpdate"), isoUtc(document.nextUpdate->utc));
    json.field(L("subjectAlgorithm"), document.subjectAlgorithm);
    json.field(L("entryCount"), static_cast<qint64>(document.entries.size()));
    json.field(L("encoding"), document.ctlInOctetString ? L("octet-string") : L("explicit"));
    json.key(L("extensions"));
    json.beginArray();
    for (const CtlExtension &extension : document.extensions) {
        json.beginObject();
        json.field(L("oid"), extension.oid);
        json.field(L("critical"), extension.critical);
        if (!extension.ctLogs.isEmpty() || extension.oid == QLatin1String(oid::CertLogListExt)) {
            json.key(L("ctLogs"));
            json.beginArray();
            for (const CtLogKey &log : extension.ctLogs) {
                json.beginObject();
                json.field(L("logId"), toHex(log.logId));
                json.field(L("keyAlgorithm"), log.keyAlgorithm);
                json.field(L("curve"), log.curve);
                json.field(L("subjectPublicKeyInfo"), toHex(log.subjectPublicKeyInfo));
                json.endObject();
            }
            json.endArray();
        }
        if (!extension.pinRules.isEmpty()) {
            json.key(L("pinRules"));
            json.beginArray();
            for (const PinRule &rule : extension.pinRules)
                json.value(toHex(rule.der));
            json.endArray();
        }
        if (extension.logEndDate)
            json.field(L("logEndDate"), isoUtc(*extension.logEndDate));
        json.field(L("value"), toHex(extension.value));
        json.endObject();
    }
    json.endArray();
    json.endObject();

    if (options.entries) {
        json.key(L("entries"));
        json.beginArray();
        for (const CtlEntry &entry : document.entries)
            writeEntry(json, entry);
        json.endArray();
    }

    json.key(L("certificates"));
    json.beginArray();
    for (const CertificateInfo &certificate : document.certificates)
        writeCertificate(json, certificate);
    json.endArray();

    json.key(L("signers"));
    json.beginArray();
    for (size_t index = 0; index < document.signers.size(); ++index) {
        const SignerInfoData &signer = document.signers[index];
        const int certificateIndex = findSignerCertificate(document, signer);
        json.beginObject();
        json.field(L("kind"), signerKindKey(signer.kind));
        if (certificateIndex >= 0) {
            const CertificateInfo &certificate = document.certificates[certificateIndex];
            json.field(L("subject"), certificate.subject);
            json.key(L("ekus"));
            json.stringArray(certificate.ekus);
            json.field(L("certificateIndex"), static_cast<qint64>(certificateIndex));
        }
        json.field(L("issuer"), signer.issuerText);
        json.field(L("serial"), toHex(signer.serialNumber));
        const QString digest = oid::digestName(signer.digestAlgorithm);
        json.field(L("digest"), digest.isEmpty() ? signer.digestAlgorithm : digest);
        json.field(L("signatureAlgorithm"), signer.signatureAlgorithm);
        if (signer.programName)
            json.field(L("programName"), *signer.programName);
        if (signer.moreInfoUrl)
            json.field(L("moreInfoUrl"), *signer.moreInfoUrl);
        if (signer.signingTime)
            json.field(L("signingTime"), isoUtc(*signer.signingTime));
        if (options.signerExtra)
            options.signerExtra(json, static_cast<int>(index));
        json.endObject();
    }
    json.endArray();

    json.key(L("notes"));
    json.beginArray();
    for (const ParseNote &note : document.notes) {
        json.beginObject();
        json.field(L("offset"), static_cast<qint64>(note.offset));
        json.field(L("message"), note.message);
        json.endObject();
    }
    json.endArray();
}

namespace {

QString oidListText(const QStringList &oids) {
    if (oids.isEmpty())
        return Text::tr("(none)");
    QStringList parts;
    for (const QString &oid : oids)
        parts << oid::describe(oid);
    return parts.join(QStringLiteral(", "));
}

QString filetimeText(const FiletimeValue &value) {
    return value.empty ? Text::tr("always (empty value)") : isoUtc(value.utc);
}

} // namespace

void DumpWriter::writeText(QTextStream &out, const CtlDocument &document) {
    // Every value may come from the file (names, URLs, members, subjects): each is escaped for the
    // terminal, so that none can start a line of its own or send control sequences.
    const auto row = [&out](const QString &label, const QString &value) {
        out << "  " << (label + QLatin1Char(':')).leftJustified(20) << ' ' << escapeForTerminal(value)
            << '\n';
    };
    out << Text::tr("File") << ": " << escapeForTerminal(document.fileName) << '\n';
    row(Text::tr("Size"), Text::tr("%n byte(s)", nullptr, static_cast<int>(document.fileSize)));
    row(Text::tr("SHA-256"), toHex(document.fileSha256));
    row(Text::tr("Container"), document.member.isEmpty() ? containerKindKey(document.container).toUpper()
                                                         : Text::tr("CAB, member %1").arg(document.member));
    out << '\n' << Text::tr("Certificate Trust List") << '\n';
    row(Text::tr("Kind"), listKindLabel(document.kind()));
    row(Text::tr("Subject usage"), oidListText(document.subjectUsage));
    if (document.version)
        row(Text::tr("Version"), QString::number(*document.version));
    if (!document.listIdentifier.isEmpty()) {
        const QString text = document.listIdentifierText();
        row(Text::tr("List identifier"), text.isEmpty() ? toHex(document.listIdentifier) : text);
    }
    if (document.hasSequenceNumber) {
        const auto time = document.sequenceNumberTime();
        row(Text::tr("Sequence number"),
            time ? Text::tr("%1 (FILETIME %2)").arg(document.sequenceNumberHex(), isoUtc(*time))
                 : document.sequenceNumberHex());
    }
    row(Text::tr("This update"), isoUtc(document.thisUpdate.utc));
    row(Text::tr("Next update"), document.nextUpdate ? isoUtc(document.nextUpdate->utc) : Text::tr("(none)"));
    row(Text::tr("Subject algorithm"), oid::describe(document.subjectAlgorithm));
    row(Text::tr("Entries"), QString::number(document.entries.size()));
    row(Text::tr("Encoding"), document.ctlInOctetString
                                  ? Text::tr("CTL inside an OCTET STRING (CMS style)")
                                  : Text::tr("CTL SEQUENCE under [0] EXPLICIT (Microsoft style)"));
    for (const CtlExtension &extension : document.extensions) {
        QString summary = oid::describe(extension.oid);
        if (!extension.ctLogs.isEmpty())
            summary += Text::tr(": %1 log keys").arg(extension.ctLogs.size());
        if (!extension.pinRules.isEmpty())
            summary += Text::tr(": %1 rules").arg(extension.pinRules.size());
        if (extension.logEndDate)
            summary += QStringLiteral(": ") + isoUtc(*extension.logEndDate);
        row(Text::tr("Extension"), summary);
        for (const CtLogKey &log : extension.ctLogs)
            out << "      " << Text::tr("log ID") << ' ' << toHex(log.logId) << "  "
                << escapeForTerminal(log.keyAlgorithm) << ' ' << escapeForTerminal(log.curve) << '\n';
    }

    out << '\n' << Text::tr("Certificates") << " (" << document.certificates.size() << ")\n";
    for (size_t i = 0; i < document.certificates.size(); ++i) {
        const CertificateInfo &certificate = document.certificates[i];
        out << "  [" << i + 1 << "] " << escapeForTerminal(certificate.subject) << '\n';
        row(Text::tr("  Issuer"), certificate.issuer);
        row(Text::tr("  Serial"), certificate.serialHex);
        row(Text::tr("  Valid"),
            Text::tr("%1 to %2").arg(isoUtc(certificate.notBefore), isoUtc(certificate.notAfter)));
        row(Text::tr("  SHA-1"), toHex(certificate.sha1));
        row(Text::tr("  EKUs"), certificate.hasEkuExtension ? oidListText(certificate.ekus)
                                                            : Text::tr("(no EKU extension: any purpose)"));
        row(Text::tr("  Key"),
            QStringLiteral("%1 %2 %3")
                .arg(certificate.keyAlgorithm, QString::number(certificate.keyBits), certificate.curve)
                .trimmed());
        row(Text::tr("  Signature"), oid::describe(certificate.signatureAlgorithm));
    }

    out << '\n' << Text::tr("Signers") << " (" << document.signers.size() << ")\n";
    if (!document.signerInfosPresent)
        out << "  " << Text::tr("none: the list is unsigned") << '\n';
    for (const SignerInfoData &signer : document.signers) {
        const int certificateIndex = findSignerCertificate(document, signer);
        out << "  " << signerKindKey(signer.kind) << ": "
            << (certificateIndex >= 0 ? escapeForTerminal(document.certificates[certificateIndex].subject)
                                      : Text::tr("(signer certificate not in the file)"))
            << '\n';
        row(Text::tr("  Issuer"), signer.issuerText);
        row(Text::tr("  Serial"), toHex(signer.serialNumber));
        row(Text::tr("  Digest"), oid::describe(signer.digestAlgorithm));
        row(Text::tr("  Signature"), oid::describe(signer.signatureAlgorithm));
        if (signer.programName)
            row(Text::tr("  Program name"), *signer.programName);
        if (signer.moreInfoUrl)
            row(Text::tr("  More info"), *signer.moreInfoUrl);
        if (signer.signingTime)
            row(Text::tr("  Signing time"), isoUtc(*signer.signingTime));
        if (certificateIndex >= 0) {
            const CertificateInfo &certificate = document.certificates[certificateIndex];
            row(Text::tr("  Signer EKUs"),
                certificate.hasEkuExtension ? oidListText(certificate.ekus) : Text::tr("(any purpose)"));
        }
    }

    out << '\n' << Text::tr("Entries") << " (" << document.entries.size() << ")\n";
    int number = 0;
    for (const CtlEntry &entry : document.entries) {
        out << "  #" << ++number << ' ' << escapeForTerminal(entry.identifierText());
        if (entry.friendlyName)
            out << "  \"" << escapeForTerminal(*entry.friendlyName) << '"';
        out << '\n';
        if (!entry.sha256.isEmpty())
            row(Text::tr("  SHA-256"), toHex(entry.sha256));
        if (entry.ekus)
            row(Text::tr("  EKUs"), oidListText(*entry.ekus));
        if (entry.disabledFrom)
            row(Text::tr("  Disabled from"), filetimeText(*entry.disabledFrom));
        if (entry.disabledEkus)
            row(Text::tr("  Disabled EKUs"), oidListText(*entry.disabledEkus));
        if (entry.notBefore)
            row(Text::tr("  NotBefore"), filetimeText(*entry.notBefore));
        if (entry.notBeforeEkus)
            row(Text::tr("  NotBefore EKUs"), oidListText(*entry.notBeforeEkus));
        if (entry.chainPolicies)
            row(Text::tr("  Chain policies"), oidListText(*entry.chainPolicies));
        if (entry.hasRootProgramPolicies) {
            QStringList policies;
            for (const RootProgramPolicy &policy : entry.rootProgramPolicies)
                policies
                    << (policy.flags
                            ? QStringLiteral("%1 [flags 0x%2]")
                                  .arg(oid::describe(policy.policyOid),
                                       QString::number(*policy.flags, 16).rightJustified(2, QLatin1Char('0')))
                            : oid::describe(policy.policyOid));
            row(Text::tr("  EV policies"), policies.join(QStringLiteral(", ")));
        }
        if (entry.pinRuleIndexes) {
            QStringList indexes;
            for (qint64 index : *entry.pinRuleIndexes)
                indexes << QString::number(index);
            row(Text::tr("  Pin rule index"), indexes.join(QStringLiteral(", ")));
        }
        if (entry.pinRuleFlags)
            row(Text::tr("  Pin rule flags"), QStringLiteral("0x%1").arg(*entry.pinRuleFlags, 0, 16));
        for (const RawAttribute &attribute : entry.unknownAttributes) {
            QStringList values;
            for (const QByteArray &value : attribute.values)
                values << toHex(value);
            row(Text::tr("  Unknown %1").arg(escapeForTerminal(attribute.oid)),
                values.join(QLatin1Char(' ')));
        }
        for (const AttributeProblem &problem : entry.problems)
            row(Text::tr("  Problem"), QStringLiteral("%1: %2").arg(problem.oid, problem.message));
    }
    if (!document.notes.empty()) {
        out << '\n' << Text::tr("Notes") << '\n';
        for (const ParseNote &note : document.notes)
            out << "  " << escapeForTerminal(note.message) << '\n';
    }
}

} // namespace ctlv
