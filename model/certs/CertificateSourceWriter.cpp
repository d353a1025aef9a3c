// The text and JSON forms of certificate sources and linked entries for `ctltool`
// (CertificateSourceWriter.h).
#include "CertificateSourceWriter.h"

#include "DumpWriter.h"
#include "Sections.h"

#include "CtlDocument.h"
#include "FileAccess.h"
#include "JsonWriter.h"
#include "Oids.h"

#include <QCoreApplication>

namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CertificateSourceWriter)
};

QLatin1String L(const char *text) {
    return QLatin1String(text);
}

// The decoded text of a property whose value is text (the friendly name, a description).
std::optional<QString> propertyText(const StoreProperty &property) {
    if (property.id == prop::FriendlyName || property.id == 13)
        return utf16leText(property.value);
    return std::nullopt;
}

void writeCertificateDetailsJson(JsonWriter &json, const StoredCertificate &certificate) {
    const CertificateInfo &info = certificate.info();
    if (certificate.friendlyName)
        json.field(L("friendlyName"), *certificate.friendlyName);
    json.field(L("version"), static_cast<qint64>(info.version));
    if (!info.curve.isEmpty())
        json.field(L("curve"), info.curve);
    json.field(L("hasEkuExtension"), info.hasEkuExtension);
    json.key(L("ekus"));
    json.stringArray(info.ekus);
    json.key(L("keyUsage"));
    json.stringArray(info.keyUsage);
    if (info.basicConstraintsCa) {
        json.key(L("basicConstraints"));
        json.beginObject();
        json.field(L("ca"), *info.basicConstraintsCa);
        if (info.pathLength)
            json.field(L("pathLength"), static_cast<qint64>(*info.pathLength));
        json.endObject();
    }
    if (!info.subjectKeyIdentifier.isEmpty())
        json.field(L("subjectKeyIdentifier"), toHex(info.subjectKeyIdentifier));
    if (!info.authorityKeyIdentifier.isEmpty())
        json.field(L("authorityKeyIdentifier"), toHex(info.authorityKeyIdentifier));
    json.key(L("properties"));
    json.beginArray();
    for (const StoreProperty &property : certificate.properties) {
        json.beginObject();
        json.field(L("id"), static_cast<qint64>(property.id));
        const QString name = storePropertyName(property.id);
        if (!name.isEmpty())
            json.field(L("name"), name);
        json.field(L("offset"), property.offset);
        json.field(L("value"), toHex(property.value));
        if (const auto text = propertyText(property))
            json.field(L("text"), *text);
        json.endObject();
    }
    json.endArray();
}

// Numbers without digit grouping and dates in ISO 8601, as the list dump writes them; the labels are the
// sections builder's, the same as the viewer's detail pane.
void writeCertificateText(QTextStream &out, const StoredCertificate &certificate, size_t number) {
    out << "  [" << number << "] " << escapeForTerminal(certificate.info().subject) << '\n';
    DumpWriter::writeSectionsText(out, sections::storedCertificateSections(certificate, QLocale::c()));
}
} // namespace

void CertificateSourceWriter::writeCertificateSummaryJson(JsonWriter &json,
                                                          const StoredCertificate &certificate) {
    const CertificateInfo &info = certificate.info();
    json.field(L("subject"), info.subject);
    json.field(L("issuer"), info.issuer);
    json.field(L("serial"), info.serialHex);
    json.field(L("notBefore"), isoUtc(info.notBefore));
    json.field(L("notAfter"), isoUtc(info.notAfter));
    json.field(L("sha1"), toHex(info.sha1));
    json.field(L("sha256"), toHex(info.sha256));
    json.field(L("keyType"), info.keyAlgorithm);
    json.field(L("keyBits"), static_cast<qint64>(info.keyBits));
    json.field(L("signatureAlgorithm"), info.signatureAlgorithm);
    json.field(L("source"), certificate.origin);
}

void CertificateSourceWriter::writeSourceJson(JsonWriter &json, const CertificateSourceData &source) {
    json.field(L("file"), source.file);
    json.field(L("sourceKind"), certificateSourceKindKey(source.kind));
    json.field(L("certificateCount"), static_cast<qint64>(source.certificates.size()));
    json.key(L("certificates"));
    json.beginArray();
    for (const StoredCertificate &certificate : source.certificates) {
        json.beginObject();
        writeCertificateSummaryJson(json, certificate);
        writeCertificateDetailsJson(json, certificate);
        json.endObject();
    }
    json.endArray();
    json.key(L("registryLists"));
    json.beginArray();
    for (const RegistryList &list : source.lists) {
        json.beginObject();
        json.field(L("key"), list.key);
        json.field(L("value"), list.valueName);
        json.field(L("size"), static_cast<qint64>(list.der.size()));
        if (list.lastSyncTime)
            json.field(L("lastSyncTime"), isoUtc(*list.lastSyncTime));
        json.endObject();
    }
    json.endArray();
    json.key(L("notes"));
    json.stringArray(source.notes);
}

void CertificateSourceWriter::writeSourceText(QTextStream &out, const CertificateSourceData &source) {
    out << Text::tr("File") << ": " << escapeForTerminal(source.file) << '\n';
    out << "  "
        << Text::tr("Certificate source: %1, %n certificate(s)", nullptr,
                    static_cast<int>(source.certificates.size()))
               .arg(certificateSourceKindKey(source.kind))
        << '\n';
    for (const RegistryList &list : source.lists)
        out << "  "
            << escapeForTerminal(
                   Text::tr("List in %1\\%2 (%3 bytes), LastSyncTime %4")
                       .arg(list.key, list.valueName, QString::number(list.der.size()),
                            list.lastSyncTime ? isoUtc(*list.lastSyncTime) : Text::tr("(none)")))
            << '\n';
    if (!source.certificates.empty())
        out << '\n' << Text::tr("Certificates") << " (" << source.certificates.size() << ")\n";
    for (size_t i = 0; i < source.certificates.size(); ++i)
        writeCertificateText(out, source.certificates[i], i + 1);
    if (!source.notes.isEmpty()) {
        out << '\n' << Text::tr("Notes") << '\n';
        for (const QString &note : source.notes)
            out << "  " << escapeForTerminal(note) << '\n';
    }
}

void CertificateSourceWriter::writeEntryLinkJson(JsonWriter &json, const CertificateLinks &links,
                                                 size_t entryIndex) {
    if (entryIndex >= links.entries.size())
        return;
    const EntryLink &link = links.entries[entryIndex];
    json.key(L("certificate"));
    if (link.certificate < 0) {
        json.null();
    } else {
        json.beginObject();
        writeCertificateSummaryJson(json, links.certificates[static_cast<size_t>(link.certificate)]);
        json.endObject();
    }
    json.field(L("certificateMatch"), certificateMatchKey(link.match));
}

void CertificateSourceWriter::writeLinksJson(JsonWriter &json,
                                             const std::vector<CertificateSourceData> &sources,
                                             const CertificateLinks &links) {
    json.key(L("certificateSources"));
    json.beginArray();
    for (const CertificateSourceData &source : sources) {
        json.beginObject();
        json.field(L("file"), source.file);
        json.field(L("kind"), certificateSourceKindKey(source.kind));
        json.field(L("count"), static_cast<qint64>(source.certificates.size()));
        json.endObject();
    }
    json.endArray();
    json.key(L("unlistedCertificates"));
    json.beginArray();
    for (int index : links.unlisted) {
        json.beginObject();
        writeCertificateSummaryJson(json, links.certificates[static_cast<size_t>(index)]);
        json.endObject();
    }
    json.endArray();
}

void CertificateSourceWriter::writeEntryLinkText(QTextStream &out, const CertificateLinks &links,
                                                 size_t entryIndex) {
    if (entryIndex >= links.entries.size())
        return;
    const EntryLink &link = links.entries[entryIndex];
    const QString label = (Text::tr("  Certificate") + QLatin1Char(':')).leftJustified(20);
    out << "  " << label << ' ';
    if (link.certificate < 0) {
        out << Text::tr("missing (not in the certificate sources)") << '\n';
        return;
    }
    const StoredCertificate &certificate = links.certificates[static_cast<size_t>(link.certificate)];
    out << escapeForTerminal(certificate.info().subject) << '\n';
    out << "  " << QString().leftJustified(20) << ' '
        << escapeForTerminal(Text::tr("expires %1, %2 %3, from %4")
                                 .arg(isoUtc(certificate.info().notAfter), certificate.info().keyAlgorithm,
                                      QString::number(certificate.info().keyBits), certificate.origin))
        << '\n';
    if (link.match == CertificateMatch::Sha256Mismatch)
        out << "  " << QString().leftJustified(20) << ' '
            << Text::tr("SHA-256 MISMATCH: the certificate's SHA-256 is %1").arg(toHex(certificate.sha256))
            << '\n';
}

void CertificateSourceWriter::writeLinksText(QTextStream &out,
                                             const std::vector<CertificateSourceData> &sources,
                                             const CertificateLinks &links) {
    out << '\n' << Text::tr("Certificate sources") << '\n';
    for (const CertificateSourceData &source : sources)
        out << "  " << escapeForTerminal(source.file) << " (" << certificateSourceKindKey(source.kind)
            << "): " << Text::tr("%n certificate(s)", nullptr, static_cast<int>(source.certificates.size()))
            << '\n';
    out << "  "
        << Text::tr("%1 entries matched, %2 without a certificate, %3 with a SHA-256 mismatch; %4 duplicate "
                    "certificates ignored")
               .arg(QString::number(links.matched), QString::number(links.missing),
                    QString::number(links.mismatched), QString::number(links.duplicates))
        << '\n';
    out << '\n' << Text::tr("Not in this list") << " (" << links.unlisted.size() << ")\n";
    for (int index : links.unlisted) {
        const StoredCertificate &certificate = links.certificates[static_cast<size_t>(index)];
        out << "  " << toHex(certificate.sha1) << "  " << escapeForTerminal(certificate.info().subject)
            << '\n';
    }
}

} // namespace ctlv
