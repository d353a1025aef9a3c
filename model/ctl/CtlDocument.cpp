// The document model's helpers: stable keys and labels of its enums, lazy entry decoding (EntryList)
// and the list-level values derived from what the file states.
#include "CtlDocument.h"

#include "CtlParser.h"
#include "Der.h"

#include "Oids.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QtEndian>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CtlDocument)
};
} // namespace

QString listKindKey(ListKind kind) {
    switch (kind) {
    case ListKind::AuthRoot:
        return QStringLiteral("authroot");
    case ListKind::Disallowed:
        return QStringLiteral("disallowed");
    case ListKind::PinRules:
        return QStringLiteral("pinrules");
    case ListKind::Catalog:
        return QStringLiteral("catalog");
    case ListKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString listKindLabel(ListKind kind) {
    switch (kind) {
    case ListKind::AuthRoot:
        return Text::tr("Trusted root certificates (authroot)");
    case ListKind::Disallowed:
        return Text::tr("Disallowed certificates (disallowedcert)");
    case ListKind::PinRules:
        return Text::tr("Certificate pinning rules (pinrules)");
    case ListKind::Catalog:
        return Text::tr("Catalog file");
    case ListKind::Other:
        break;
    }
    return Text::tr("Enterprise or other trust list");
}

QString identifierKindKey(IdentifierKind kind) {
    switch (kind) {
    case IdentifierKind::Sha1OfCertificate:
        return QStringLiteral("sha1-certificate");
    case IdentifierKind::Md5OfPublicKey:
        return QStringLiteral("md5-public-key");
    case IdentifierKind::Sha384OfTbsCertificate:
        return QStringLiteral("sha384-tbs-certificate");
    case IdentifierKind::Sha256Hash:
        return QStringLiteral("sha256");
    case IdentifierKind::DnsName:
        return QStringLiteral("dns-name");
    case IdentifierKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString identifierKindLabel(IdentifierKind kind) {
    switch (kind) {
    case IdentifierKind::Sha1OfCertificate:
        return Text::tr("SHA-1 of the certificate");
    case IdentifierKind::Md5OfPublicKey:
        return Text::tr("MD5 of the public key");
    case IdentifierKind::Sha384OfTbsCertificate:
        return Text::tr("SHA-384 of the signed certificate body (TBSCertificate)");
    case IdentifierKind::Sha256Hash:
        return Text::tr("SHA-256 hash");
    case IdentifierKind::DnsName:
        return Text::tr("DNS name");
    case IdentifierKind::Other:
        break;
    }
    return Text::tr("Other identifier");
}

QString signerKindKey(SignerKind kind) {
    switch (kind) {
    case SignerKind::Primary:
        return QStringLiteral("primary");
    case SignerKind::Nested:
        return QStringLiteral("nested");
    case SignerKind::Countersignature:
        break;
    }
    return QStringLiteral("countersignature");
}

QString containerKindKey(ContainerKind kind) {
    switch (kind) {
    case ContainerKind::Cab:
        return QStringLiteral("cab");
    case ContainerKind::Der:
        return QStringLiteral("der");
    case ContainerKind::Pem:
        return QStringLiteral("pem");
    case ContainerKind::Base64:
        break;
    }
    return QStringLiteral("base64");
}

QString CtlEntry::identifierText() const {
    if (identifierKind == IdentifierKind::DnsName)
        return QString::fromLatin1(identifier);
    return toHex(identifier);
}

ListKind CtlDocument::kind() const {
    for (const QString &usage : subjectUsage) {
        if (usage == QLatin1String(oid::RootListSigner))
            return ListKind::AuthRoot;
        if (usage == QLatin1String(oid::DisallowedList))
            return ListKind::Disallowed;
        if (usage == QLatin1String(oid::PinRulesCtl))
            return ListKind::PinRules;
        if (usage == QLatin1String(oid::CatalogList))
            return ListKind::Catalog;
    }
    return ListKind::Other;
}

bool CtlDocument::isSigned() const {
    return std::any_of(signers.begin(), signers.end(),
                       [](const SignerInfoData &signer) { return signer.kind == SignerKind::Primary; });
}

QString CtlDocument::listIdentifierText() const {
    return utf16leText(listIdentifier).value_or(QString());
}

QString CtlDocument::sequenceNumberHex() const {
    return toHex(sequenceNumber);
}

std::optional<QDateTime> CtlDocument::sequenceNumberTime() const {
    // Microsoft writes the FILETIME of thisUpdate, big-endian, with a 0x14 prefix in authroot.
    QByteArray bytes = sequenceNumber;
    if (bytes.size() == 9 && static_cast<unsigned char>(bytes[0]) == 0x14)
        bytes.remove(0, 1);
    if (bytes.size() != 8)
        return std::nullopt;
    quint64 ticks = 0;
    for (char byte : bytes)
        ticks = (ticks << 8) | static_cast<unsigned char>(byte);
    const auto time = filetimeToUtc(ticks);
    // Only claim a date when it is a plausible one for a CTL.
    if (!time || time->date().year() < 1995 || time->date().year() > 2200)
        return std::nullopt;
    return time;
}

CtlEntry EntryList::decode(size_t index, EntryFields fields) const {
    der::Result<CtlEntry> entry = CtlParser::parseEntry(m_der, m_offsets[index], m_subjectAlgorithm,
                                                        m_maxAttributes, fields, EntryChecks::CheckedAtLoad);
    if (entry)
        return std::move(entry).value();
    // Not reached for a parsed document (CtlParser::checkEntry ran the same checks); kept so that a
    // broken invariant shows up as a visible problem rather than a crash.
    CtlEntry broken;
    broken.offset = m_offsets[index];
    broken.problems << AttributeProblem{QString(), entry.error().offset(), entry.error().message()};
    return broken;
}

const SignerInfoData *CtlDocument::primarySigner() const {
    for (const SignerInfoData &signer : signers)
        if (signer.kind == SignerKind::Primary)
            return &signer;
    return nullptr;
}

QString toHex(const QByteArray &bytes) {
    // One allocation (QByteArray::toHex and then fromLatin1 made two): a million-entry export calls this
    // several times an entry.
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(bytes.size() * 2, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes) {
        const auto octet = static_cast<std::uint8_t>(byte);
        *out++ = digits[octet >> 4];
        *out++ = digits[octet & 0xf];
    }
    return text;
}

namespace {
// Howard Hinnant's days_from_civil inverse: the proleptic Gregorian date of a day count from 1970-01-01.
void civilFromDays(qint64 days, qint64 &year, int &month, int &day) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}
} // namespace

QString isoUtc(const QDateTime &time) {
    if (!time.isValid())
        return {};
    // Formatted by hand: QDateTime::toString goes through QLocale and QCalendar (a seventh of a million-
    // entry dump's time). Years 1 to 9999 only; any other goes the general way, which pads differently.
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 msPerDay = 86400000;
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    qint64 year = 0;
    int month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year >= 1 && year <= 9999) {
        const qint64 inDay = ms - days * msPerDay;
        const int hour = static_cast<int>(inDay / 3600000), minute = static_cast<int>(inDay / 60000 % 60),
                  second = static_cast<int>(inDay / 1000 % 60), milli = static_cast<int>(inDay % 1000);
        char text[24];
        const auto put = [&text](int at, qint64 value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                text[at + i] = static_cast<char>('0' + value % 10);
        };
        put(0, year, 4);
        text[4] = '-';
        put(5, month, 2);
        text[7] = '-';
        put(8, day, 2);
        text[10] = 'T';
        put(11, hour, 2);
        text[13] = ':';
        put(14, minute, 2);
        text[16] = ':';
        put(17, second, 2);
        int length = 19;
        if (milli != 0) {
            text[19] = '.';
            put(20, milli, 3);
            length = 23;
        }
        text[length++] = 'Z';
        return QString::fromLatin1(text, length);
    }
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> filetimeToUtc(quint64 ticks) {
    // FILETIME counts 100 ns intervals since 1601-01-01; 11644473600 s separate it from the Unix epoch.
    constexpr qint64 epochDifferenceMs = 11644473600000LL;
    const quint64 milliseconds = ticks / 10000;
    if (milliseconds > static_cast<quint64>(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(
        static_cast<qint64>(milliseconds) - epochDifferenceMs, QTimeZone::utc());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<QString> utf16leText(const QByteArray &bytes) {
    if (bytes.isEmpty() || bytes.size() % 2 != 0)
        return std::nullopt;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype units = bytes.size() / 2;
    qsizetype length = units;
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t unit = static_cast<char16_t>(data[2 * i] | (data[2 * i + 1] << 8));
        if (unit == 0) {
            if (i + 1 != units)
                return std::nullopt; // NUL inside: not text
            length = i;
            break;
        }
        if (unit < 0x20 && unit != u'\t')
            return std::nullopt;
    }
    // Checked first, converted in one step: this runs for every entry of a million-entry list.
    QString text(length, Qt::Uninitialized);
    qFromLittleEndian<char16_t>(data, length, text.data());
    if (!text.isEmpty() && !QStringView(text).isValidUtf16())
        return std::nullopt;
    return text;
}

QByteArray issuerSerialKey(const QByteArray &issuerDer, const QByteArray &serialNumber) {
    return issuerDer + serialNumber;
}

namespace {
bool certificateMatches(const CertificateInfo &certificate, const SignerInfoData &signer) {
    if (!certificate.parsed)
        return false;
    if (!signer.subjectKeyIdentifier.isEmpty())
        return certificate.subjectKeyIdentifier == signer.subjectKeyIdentifier;
    return certificate.serialNumber == signer.serialNumber && certificate.issuerDer == signer.issuerDer;
}
} // namespace

int findSignerCertificate(const CtlDocument &document, const SignerInfoData &signer) {
    const bool indexed = !document.certificatesByIssuerSerial.isEmpty() ||
                         !document.certificatesBySubjectKeyId.isEmpty() || document.certificates.empty();
    if (indexed) {
        // The signer's own bag first (its SignedData's certificates), then any other.
        const QList<int> candidates =
            signer.subjectKeyIdentifier.isEmpty()
                ? document.certificatesByIssuerSerial.value(
                      issuerSerialKey(signer.issuerDer, signer.serialNumber))
                : document.certificatesBySubjectKeyId.value(signer.subjectKeyIdentifier);
        for (int index : candidates)
            if (signer.bagCertificates.contains(index))
                return index;
        return candidates.isEmpty() ? -1 : candidates.first();
    }
    // A document built without the parser (tests): the same search, linearly.
    for (int index : signer.bagCertificates)
        if (certificateMatches(document.certificates[index], signer))
            return index;
    for (size_t index = 0; index < document.certificates.size(); ++index)
        if (certificateMatches(document.certificates[index], signer))
            return static_cast<int>(index);
    return -1;
}

void CtlDocument::indexCertificates() {
    certificatesByIssuerSerial.clear();
    certificatesBySubjectKeyId.clear();
    for (size_t i = 0; i < certificates.size(); ++i) {
        const CertificateInfo &certificate = certificates[i];
        if (!certificate.parsed)
            continue;
        certificatesByIssuerSerial[issuerSerialKey(certificate.issuerDer, certificate.serialNumber)]
            << static_cast<int>(i);
        if (!certificate.subjectKeyIdentifier.isEmpty())
            certificatesBySubjectKeyId[certificate.subjectKeyIdentifier] << static_cast<int>(i);
    }
}

} // namespace ctlv
