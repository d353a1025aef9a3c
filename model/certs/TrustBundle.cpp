// Writing a list's linked certificates as a commented PEM trust bundle (TrustBundle.h).
#include "TrustBundle.h"

#include "FileAccess.h"
#include "Oids.h"

#include <QRegularExpression>

// What the entry attributes mean (see shared docs, ctl-format.md §7): .9 the purposes Microsoft enables
// (absent: no restriction by the list), .104 the Disable date (trust stops after it; empty value: always),
// .122 the purposes the Disable date applies to (without .104 they are removed outright), .126 NotBefore
// (certificates issued after it are not trusted) for the purposes in .127 or all of them. Only the EKU
// grant and the Disable date decide here; NotBefore cannot be expressed in a PEM bundle.

namespace ctlv {

namespace {

QString oidList(const QStringList &oids) {
    QStringList labels;
    for (const QString &oid : oids)
        labels << QStringLiteral("%1 (%2)").arg(oid::label(oid), oid);
    return labels.join(QStringLiteral(", "));
}

QString filetimeText(const FiletimeValue &value) {
    return value.empty ? QStringLiteral("always (empty value)") : isoUtc(value.utc);
}

bool dateReached(const FiletimeValue &value, const QDateTime &at) {
    return value.empty || (value.utc.isValid() && at >= value.utc);
}

// Whether `purpose` (empty: the entry as a whole) is disabled at `at` by the Disable date and purposes.
bool disabledFor(const CtlEntry &entry, const QString &purpose, const QDateTime &at) {
    if (entry.disabledFrom) {
        if (!dateReached(*entry.disabledFrom, at))
            return false;
        if (!entry.disabledEkus)
            return true; // for every purpose
        return !purpose.isEmpty() && entry.disabledEkus->contains(purpose);
    }
    // Purposes removed without a date.
    return !purpose.isEmpty() && entry.disabledEkus && entry.disabledEkus->contains(purpose);
}

bool notBeforeRestricted(const CtlEntry &entry, const QString &purpose) {
    if (!entry.notBefore)
        return false;
    return purpose.isEmpty() || !entry.notBeforeEkus || entry.notBeforeEkus->contains(purpose);
}

QByteArray pemOf(const QByteArray &der) {
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

// One comment line; text from the files is escaped so that it cannot end the comment.
QByteArray comment(const QString &text) {
    return "# " + escapeForTerminal(text).toUtf8() + '\n';
}

QString entryName(const CtlEntry &entry) {
    return entry.friendlyName ? QStringLiteral("%1 (%2)").arg(entry.identifierText(), *entry.friendlyName)
                              : entry.identifierText();
}

} // namespace

QString TrustBundle::purposeOid(const QString &nameOrOid) {
    static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
    if (dotted.match(nameOrOid).hasMatch())
        return nameOrOid;
    const QString name = nameOrOid.toLower();
    if (name == QLatin1String("server-auth"))
        return QString::fromLatin1(oid::ServerAuth);
    if (name == QLatin1String("client-auth"))
        return QString::fromLatin1(oid::ClientAuth);
    if (name == QLatin1String("code-signing"))
        return QString::fromLatin1(oid::CodeSigning);
    if (name == QLatin1String("email"))
        return QString::fromLatin1(oid::EmailProtection);
    if (name == QLatin1String("time-stamping"))
        return QString::fromLatin1(oid::TimeStamping);
    if (name == QLatin1String("ocsp-signing"))
        return QString::fromLatin1(oid::OcspSigning);
    return {};
}

bool TrustBundle::write(QIODevice &out, const CtlDocument &document, const CertificateLinks &links,
                        const TrustBundleOptions &options, TrustBundleSummary &summary) {
    summary = {};
    summary.at = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();
    const QString &purpose = options.purposeOid;
    QByteArray text;
    text += comment(QStringLiteral("Trust bundle from %1 (%2 entries, thisUpdate %3)")
                        .arg(document.fileName, QString::number(document.entries.size()),
                             isoUtc(document.thisUpdate.utc)));
    text +=
        comment(purpose.isEmpty() ? QStringLiteral("Purpose: any the list grants; Disable dates judged at %1")
                                        .arg(isoUtc(summary.at))
                                  : QStringLiteral("Purpose: %1; Disable dates judged at %2")
                                        .arg(oid::describe(purpose), isoUtc(summary.at)));
    text += comment(QStringLiteral("A PEM bundle cannot express NotBefore restrictions: roots restricted by "
                                   "one are %1.")
                        .arg(options.includeNotBeforeRestricted ? QStringLiteral("included without it")
                                                                : QStringLiteral("left out")));
    text += '\n';
    for (size_t i = 0; i < document.entries.size() && i < links.entries.size(); ++i) {
        const EntryLink &link = links.entries[i];
        const CtlEntry entry = document.entries.decode(i);
        if (link.match == CertificateMatch::Missing) {
            summary.missing << entryName(entry);
            continue;
        }
        if (link.match == CertificateMatch::Sha256Mismatch) {
            summary.mismatched << entryName(entry);
            continue;
        }
        if (!purpose.isEmpty() && entry.ekus && !entry.ekus->contains(purpose)) {
            ++summary.notGranted;
            continue;
        }
        if (disabledFor(entry, purpose, summary.at)) {
            ++summary.disabled;
            continue;
        }
        if (notBeforeRestricted(entry, purpose)) {
            if (!options.includeNotBeforeRestricted) {
                ++summary.notBeforeExcluded;
                continue;
            }
            ++summary.notBeforeIncluded;
        }
        const StoredCertificate &certificate = links.certificates[static_cast<size_t>(link.certificate)];
        text += comment(entry.friendlyName ? *entry.friendlyName : certificate.info().subject);
        text += comment(QStringLiteral("Subject: %1").arg(certificate.info().subject));
        text += comment(QStringLiteral("SHA-1: %1").arg(toHex(certificate.sha1)));
        text += comment(QStringLiteral("SHA-256: %1").arg(toHex(certificate.sha256)));
        text += comment(entry.ekus ? QStringLiteral("EKUs: %1").arg(oidList(*entry.ekus))
                                   : QStringLiteral("EKUs: (no EKU attribute: not restricted by the list)"));
        if (entry.disabledFrom || entry.disabledEkus)
            text += comment(QStringLiteral("Disabled from: %1 for %2")
                                .arg(entry.disabledFrom ? filetimeText(*entry.disabledFrom)
                                                        : QStringLiteral("(no date: removed)"),
                                     entry.disabledEkus ? oidList(*entry.disabledEkus)
                                                        : QStringLiteral("every purpose")));
        if (entry.notBefore)
            text += comment(QStringLiteral("NotBefore: %1 for %2 (not expressed by this bundle)")
                                .arg(filetimeText(*entry.notBefore), entry.notBeforeEkus
                                                                         ? oidList(*entry.notBeforeEkus)
                                                                         : QStringLiteral("every purpose")));
        text += pemOf(certificate.der);
        text += '\n';
        ++summary.written;
        if (text.size() > (1 << 16)) {
            if (out.write(text) != text.size())
                return false;
            text.clear();
        }
    }
    return out.write(text) == text.size();
}

} // namespace ctlv
