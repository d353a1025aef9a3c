// Small formatting helpers shared by the item models: one-line text, UTC times, names and OID lists.
#include "ModelText.h"

#include "Oids.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace ctlv::modeltext {

namespace {
bool needsEscape(char16_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
           (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString oneLine(const QString &text) {
    const auto first =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); });
    if (first == text.cend())
        return text; // the common case: no copy
    QString shown;
    shown.reserve(text.size() + 16);
    shown.append(QStringView(text.cbegin(), first));
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!needsEscape(c))
            shown.append(*it);
        else if (c == u'\n')
            shown.append(QLatin1String("\\n"));
        else if (c == u'\r')
            shown.append(QLatin1String("\\r"));
        else if (c == u'\t')
            shown.append(QLatin1String("\\t"));
        else
            shown.append((c < 0x80 ? QLatin1String("\\x") : QLatin1String("\\u")) +
                         QString::number(c, 16).toUpper().rightJustified(c < 0x80 ? 2 : 4, QLatin1Char('0')));
    }
    return shown;
}

QString utcText(const QDateTime &time) {
    return utcText(time, QLocale());
}

QString shortDateFormat(const QLocale &locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString timeFormatWithSeconds(const QLocale &locale) {
    // Seconds in every language: English shows them, and German's and Korean's short time formats
    // ("HH:mm", "a h:mm") would drop them; signing times one second apart must not look equal.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s')))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return time;
}

QString utcText(const QDateTime &time, const QLocale &locale) {
    if (!time.isValid())
        return {};
    // The format depends only on the locale; tables ask for it once per cell.
    thread_local QLocale cachedLocale(QLocale::c());
    thread_local QString cachedFormat;
    if (cachedFormat.isEmpty() || !(locale == cachedLocale)) {
        cachedFormat = shortDateFormat(locale) + QLatin1Char(' ') + timeFormatWithSeconds(locale);
        cachedLocale = locale;
    }
    return locale.toString(time.toUTC(), cachedFormat) + QLatin1String(" UTC");
}

QString signerKindLabel(SignerKind kind) {
    switch (kind) {
    case SignerKind::Primary:
        return QCoreApplication::translate("ctlv::ModelText", "Primary signer");
    case SignerKind::Nested:
        return QCoreApplication::translate("ctlv::ModelText", "Nested signer");
    case SignerKind::Countersignature:
        break;
    }
    return QCoreApplication::translate("ctlv::ModelText", "Countersigner");
}

QString certificateName(const CertificateInfo &certificate) {
    if (!certificate.commonName.isEmpty())
        return certificate.commonName;
    return certificate.subject;
}

QString oidLabels(const QStringList &oids) {
    QStringList labels;
    labels.reserve(oids.size());
    for (const QString &dotted : oids)
        labels << oid::label(dotted);
    return labels.join(QLatin1String(", "));
}

QString oidDescriptions(const QStringList &oids) {
    QStringList lines;
    lines.reserve(oids.size());
    for (const QString &dotted : oids)
        lines << oid::describe(dotted);
    return lines.join(QLatin1Char('\n'));
}

QString hexValues(const QList<QByteArray> &values) {
    QStringList parts;
    parts.reserve(values.size());
    for (const QByteArray &value : values)
        parts << toHex(value);
    return parts.join(QLatin1Char(' '));
}

QString rootProgramFlagsText(int flags) {
    // CERT_ROOT_PROGRAM_FLAG_* in wincrypt.h.
    static const struct {
        int bit;
        const char *name;
    } names[] = {{0x80, "ORG"}, {0x40, "LSC"}, {0x20, "SUBJECT_LOGO"}, {0x10, "OU"}, {0x08, "ADDRESS"}};
    QStringList parts;
    int known = 0;
    for (const auto &name : names) {
        if (flags & name.bit)
            parts << QLatin1String(name.name);
        known |= name.bit;
    }
    if (flags & ~known)
        parts << QStringLiteral("0x%1").arg(flags & ~known, 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1String(", "));
}

} // namespace ctlv::modeltext
