// `ctltool dump`: writes a CTL document and its validation as a readable text report or as JSON.
#include "DumpWriter.h"

#include "CatalogMembers.h"

#include "CtlDocument.h"
#include "FileAccess.h"
#include "JsonWriter.h"
#include "Oids.h"
#include "OrderedChunks.h"
#include "Sections.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <memory>
#include <mutex>

namespace ctlv {

namespace {
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

void writeNameValues(JsonWriter &json, const QList<CatalogNameValue> &nameValues) {
    json.beginArray();
    for (const CatalogNameValue &nameValue : nameValues) {
        json.beginObject();
        json.field(L("name"), nameValue.name);
        json.field(L("flags"), static_cast<qint64>(nameValue.flags));
        json.key(L("value"));
        if (nameValue.valueIsText)
            json.value(nameValue.value);
        else
            json.null();
        json.field(L("valueHex"), toHex(nameValue.raw));
        json.endObject();
    }
    json.endArray();
}

// A security catalog member (CatalogMembers.h): tag, what its hash covers, member info, name/values.
void writeCatalogMember(JsonWriter &json, const CatalogMember &member) {
    json.key(L("catalogMember"));
    json.beginObject();
    json.field(L("tag"), member.tag);
    json.field(L("tagBinary"), member.tagIsBinary);
    json.field(L("kind"), catalogMemberKindKey(member.kind));
    if (member.twinOf >= 0) // a SHA-1 twin: the index in entries[] of the member describing the same file
        json.field(L("twinOf"), static_cast<qint64>(member.twinOf));
    if (!member.kindOid.isEmpty())
        json.field(L("kindOid"), member.kindOid);
    json.key(L("digestAlgorithm"));
    if (member.digestAlgorithm.isEmpty())
        json.null();
    else
        json.value(member.digestAlgorithm);
    json.field(L("digest"), toHex(member.digest));
    json.key(L("file"));
    if (member.fileName().isEmpty())
        json.null();
    else
        json.value(member.fileName());
    if (member.memberInfo) {
        json.key(L("memberInfo"));
        json.beginObject();
        json.field(L("subjectGuid"), member.memberInfo->subjectGuid);
        json.field(L("version"), static_cast<qint64>(member.memberInfo->version));
        json.endObject();
    } else {
        json.key(L("memberInfo"));
        json.null();
    }
    if (!member.memberInfo2.isEmpty())
        json.field(L("memberInfo2"), toHex(member.memberInfo2));
    json.key(L("nameValues"));
    writeNameValues(json, member.nameValues);
    json.key(L("problems"));
    json.stringArray(member.problems);
    json.endObject();
}

void writeEntry(JsonWriter &json, const CtlEntry &entry, const DumpWriter::JsonOptions::EntryExtra &extra,
                size_t index, const CatalogMember *member) {
    json.beginObject();
    if (member)
        writeCatalogMember(json, *member);
    json.key(L("identifier"));
    if (entry.identifierKind == IdentifierKind::DnsName)
        json.value(entry.identifierText());
    else
        json.hexValue(entry.identifier); // what identifierText() gives, without a QString a million times
    json.field(L("identifierKind"), identifierKindKey(entry.identifierKind));
    if (entry.friendlyName)
        json.field(L("friendlyName"), *entry.friendlyName);
    writeOptionalList(json, L("ekus"), entry.ekus);
    const auto hexField = [&json](QLatin1String name, const QByteArray &bytes) {
        if (!bytes.isEmpty()) {
            json.key(name);
            json.hexValue(bytes);
        }
    };
    hexField(L("sha256"), entry.sha256);
    hexField(L("keyIdentifier"), entry.keyIdentifier);
    hexField(L("subjectNameMd5"), entry.subjectNameMd5);
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
    if (extra)
        extra(json, index, entry);
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
    const bool catalog = document.kind() == ListKind::Catalog;
    if (!document.listIdentifier.isEmpty()) {
        // A catalog's identifier is a binary GUID: hex (and the GUID), never UTF-16 text.
        const QString text = catalog ? QString() : document.listIdentifierText();
        json.field(L("listIdentifier"), text.isEmpty() ? toHex(document.listIdentifier) : text);
        if (const QString guid = guidText(document.listIdentifier); catalog && !guid.isEmpty())
            json.field(L("listIdentifierGuid"), guid);
    }
    if (catalog) {
        json.key(L("catalogAttributes"));
        writeNameValues(json, catalogAttributes(document));
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
        // A catalog's members are decoded together: a SHA-1 twin's kind comes from another entry.
        const std::vector<CatalogMember> members = document.kind() == ListKind::Catalog
                                                       ? decodeCatalogMembers(document)
                                                       : std::vector<CatalogMember>{};
        // Entries are formatted in chunks on every core and written in order (a million-entry dump).
        const size_t count = document.entries.size();
        const size_t workers = chunkWorkers(count);
        std::vector<DumpWriter::JsonOptions::EntryExtra> extras(workers);
        for (auto &extra : extras)
            extra = options.makeEntryExtra ? options.makeEntryExtra() : nullptr;
        // The fragment writers go back to a pool once written out: their buffers (a couple of MB each)
        // are allocated once, not once a chunk.
        std::mutex poolMutex;
        std::vector<std::unique_ptr<JsonWriter>> pool;
        forEachChunkInOrder<std::unique_ptr<JsonWriter>>(
            count, 4096, workers,
            [&](size_t worker, size_t begin, size_t end) {
                std::unique_ptr<JsonWriter> fragment;
                {
                    const std::lock_guard lock(poolMutex);
                    if (!pool.empty()) {
                        fragment = std::move(pool.back());
                        pool.pop_back();
                    }
                }
                if (fragment)
                    fragment->restartFragment(begin == 0);
                else
                    fragment = JsonWriter::fragmentOf(json, begin == 0);
                for (size_t index = begin; index < end; ++index) {
                    const CtlEntry entry = document.entries.decode(index);
                    const bool isMember = isCatalogMember(entry);
                    const CatalogMember single =
                        isMember && members.empty() ? decodeCatalogMember(entry) : CatalogMember{};
                    writeEntry(*fragment, entry, extras[worker], index,
                               !isMember         ? nullptr
                               : members.empty() ? &single
                                                 : &members[index]);
                }
                return fragment;
            },
            [&](std::unique_ptr<JsonWriter> &&fragment) {
                json.appendFragment(*fragment);
                const std::lock_guard lock(poolMutex);
                pool.push_back(std::move(fragment));
                return json.ok();
            });
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
    for (const ContainerMember &member : document.otherMembers) {
        json.beginObject();
        json.field(L("offset"), member.offset);
        json.field(L("message"), sections::containerMemberNote(member));
        json.endObject();
    }
    json.endArray();
}

namespace {

// A field's value as the dump writes it: dates in ISO 8601 (scripts read the dump), OIDs with their
// names and numbers.
QString dumpValue(const sections::Field &field) {
    switch (field.kind) {
    case sections::FieldKind::Date:
        return field.raw.isEmpty() ? field.value : field.raw;
    case sections::FieldKind::Oids:
        return sections::describedOids(field, QStringLiteral(", "));
    default:
        break;
    }
    return field.value;
}

class TextDump {
public:
    explicit TextDump(QTextStream &out) : m_out(out) {}

    // "  Label:              value", the values of one block in one column. Every label and value may
    // come from the file (names, URLs, members, subjects): each is escaped for the terminal, so that none
    // can start a line of its own or send control sequences.
    void row(int indent, const QString &label, const QString &value) {
        m_out << QString(indent, QLatin1Char(' '))
              << (escapeForTerminal(label) + QLatin1Char(':')).leftJustified(22 - std::min(indent, 16)) << ' '
              << escapeForTerminal(value) << '\n';
    }

    void fields(int indent, const std::vector<sections::Field> &fields) {
        for (const sections::Field &field : fields) {
            row(indent, sections::describedLabel(field), dumpValue(field));
            for (const sections::Field &child : field.children)
                row(indent + 4, child.label,
                    child.note.isEmpty() ? dumpValue(child)
                                         : dumpValue(child) + QStringLiteral("  ") + child.note);
        }
    }

    void section(const sections::Section *section) {
        if (!section)
            return;
        m_out << '\n' << escapeForTerminal(section->title) << '\n';
        fields(2, section->fields);
    }

    // Every section's fields under one heading (a certificate, a signer, an entry).
    void flat(const sections::Sections &all) {
        for (const sections::Section &section : all)
            fields(4, section.fields);
    }

    QTextStream &out() { return m_out; }

private:
    QTextStream &m_out;
};

} // namespace

void DumpWriter::writeSectionsText(QTextStream &out, const sections::Sections &all) {
    TextDump(out).flat(sections::shownIn(all, sections::Shown::ReportsOnly));
}

void DumpWriter::writeText(QTextStream &out, const CtlDocument &document, const EntryTextExtra &entryExtra) {
    using namespace sections;
    // Numbers without digit grouping and dates in ISO 8601, whatever the language, as the dump always had.
    const QLocale locale = QLocale::c();
    TextDump dump(out);
    const Sections all = listSections(document, locale);
    const Sections list = shownIn(all, Shown::ReportsOnly);
    // File, list, extensions; then the certificates, signers and entries; the parser's notes last.
    // "File: name" opens each document's dump (ctltool dump takes several files), the file's facts below.
    if (const Section *file = findSection(list, u"file")) {
        std::vector<Field> facts = file->fields;
        if (!facts.empty() && facts.front().key == QLatin1String("file")) {
            out << escapeForTerminal(file->title) << ": " << escapeForTerminal(facts.front().value) << '\n';
            facts.erase(facts.begin());
        }
        dump.fields(2, facts);
    }
    dump.section(findSection(list, u"general"));
    dump.section(findSection(list, u"extensions"));

    out << '\n' << label::certificates() << " (" << document.certificates.size() << ")\n";
    for (size_t i = 0; i < document.certificates.size(); ++i) {
        const CertificateInfo &certificate = document.certificates[i];
        out << "  [" << i + 1 << "] " << escapeForTerminal(certificate.subject) << '\n';
        dump.flat(shownIn(certificateSections(certificate, locale), Shown::ReportsOnly));
    }

    out << '\n' << label::signers() << " (" << document.signers.size() << ")\n";
    if (const Field *unsignedField = findField(list, u"unsigned"))
        dump.row(2, unsignedField->label, unsignedField->value);
    for (size_t i = 0; i < document.signers.size(); ++i) {
        const Sections signer = signerSections(document, static_cast<int>(i), nullptr, locale);
        const Field *certificate = findField(signer, u"certificate");
        out << "  " << signerKindKey(document.signers[i].kind) << ": "
            << escapeForTerminal(certificate ? certificate->value : QString()) << '\n';
        dump.flat(shownIn(signer, Shown::ReportsOnly));
    }

    out << '\n' << label::entries() << " (" << document.entries.size() << ")\n";
    int number = 0;
    // A catalog's members are decoded together: a SHA-1 twin's kind comes from another entry.
    const std::vector<CatalogMember> members =
        document.kind() == ListKind::Catalog ? decodeCatalogMembers(document) : std::vector<CatalogMember>{};
    for (const CtlEntry &entry : document.entries) {
        const bool isMember = isCatalogMember(entry);
        const CatalogMember member = !isMember                         ? CatalogMember{}
                                     : members.size() > size_t(number) ? members[size_t(number)]
                                                                       : decodeCatalogMember(entry);
        out << "  #" << ++number << ' ' << escapeForTerminal(isMember ? member.tag : entry.identifierText());
        if (entry.friendlyName)
            out << "  \"" << escapeForTerminal(*entry.friendlyName) << '"';
        out << '\n';
        dump.flat(shownIn(isMember ? catalogMemberSections(member, locale) : entrySections(entry, locale),
                          Shown::ReportsOnly));
        if (entryExtra)
            entryExtra(out, static_cast<size_t>(number - 1));
    }
    dump.section(findSection(list, u"notes"));
}

} // namespace ctlv
