// Effective trust (issue #15, model/trust): the rules as a table over synthetic entries, every property
// combination against the list-wide fast path, counts on the real lists against an independent Python
// reading (tests/trust/trust_counts.py over `openssl asn1parse`), and the certificate check on a real
// root and on synthetic chains under a test root.
#include "CertificateCheck.h"
#include "CertificateSources.h"
#include "CtlTool.h"
#include "CtlToolRun.h"
#include "EffectiveTrust.h"
#include "OpenedFile.h"
#include "OsslPtr.h"
#include "TrustText.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace ctlv;

namespace {

const QString serverAuth = QStringLiteral("1.3.6.1.5.5.7.3.1");
const QString codeSigning = QStringLiteral("1.3.6.1.5.5.7.3.3");

QDateTime utcDay(const char *day) {
    return QDateTime(QDate::fromString(QString::fromLatin1(day), Qt::ISODate), QTime(0, 0), QTimeZone::utc());
}

FiletimeValue filetime(const char *day) {
    FiletimeValue value;
    if (day)
        value.utc = utcDay(day);
    else
        value.empty = true;
    return value;
}

// --- A minimal DER writer for synthetic lists (entries only; the document is built in memory). ---
QByteArray tlv(quint8 tag, const QByteArray &content) {
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out += char(n);
    } else if (n < 0x100) {
        out += char(0x81);
        out += char(n);
    } else {
        out += char(0x82);
        out += char(n >> 8);
        out += char(n & 0xff);
    }
    return out + content;
}

QByteArray oidDer(const QString &dotted) {
    const QStringList arcs = dotted.split(QLatin1Char('.'));
    QByteArray body(1, char(arcs[0].toInt() * 40 + arcs[1].toInt()));
    for (qsizetype i = 2; i < arcs.size(); ++i) {
        quint64 value = arcs[i].toULongLong();
        QByteArray bytes(1, char(value & 0x7f));
        while ((value >>= 7) != 0)
            bytes.prepend(char(0x80 | (value & 0x7f)));
        body += bytes;
    }
    return tlv(0x06, body);
}

QByteArray ekuValue(const QStringList &oids) {
    QByteArray body;
    for (const QString &oid : oids)
        body += oidDer(oid);
    return tlv(0x30, body);
}

QByteArray filetimeValue(const QDateTime &time) {
    const quint64 ticks = static_cast<quint64>(time.toMSecsSinceEpoch() + 11644473600000LL) * 10000ULL;
    QByteArray bytes(8, 0);
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((ticks >> (8 * i)) & 0xff);
    return bytes;
}

struct SyntheticEntry {
    QByteArray identifier;
    QList<QPair<int, QByteArray>> properties; // property number, value bytes
};

// A document of `kind` whose entries are `entries` (SHA-1 identifiers), parsed lazily like a real one.
std::shared_ptr<CtlDocument> syntheticList(const std::vector<SyntheticEntry> &entries, const char *usage) {
    auto document = std::make_shared<CtlDocument>();
    document->subjectUsage = {QString::fromLatin1(usage)};
    QByteArray der;
    std::vector<qsizetype> offsets;
    for (const SyntheticEntry &entry : entries) {
        QList<QByteArray> attributes;
        for (const auto &[property, value] : entry.properties)
            attributes << tlv(0x30, oidDer(QStringLiteral("1.3.6.1.4.1.311.10.11.%1").arg(property)) +
                                        tlv(0x31, tlv(0x04, value)));
        std::sort(attributes.begin(), attributes.end()); // DER SET OF order
        offsets.push_back(der.size());
        der += tlv(0x30, tlv(0x04, entry.identifier) + tlv(0x31, attributes.join()));
    }
    document->der = der;
    document->entries = EntryList(der, QStringLiteral("1.3.14.3.2.26"), offsets, 64);
    return document;
}

// --- Synthetic certificates (OpenSSL API): a root, an intermediate and leaves with chosen dates. ---
struct TestCa {
    ossl::EvpPkeyPtr key;
    ossl::X509Ptr certificate;
};

ossl::EvpPkeyPtr newKey() {
    return ossl::EvpPkeyPtr(EVP_EC_gen("P-256"));
}

ossl::X509Ptr makeCertificate(const QString &cn, const QString &issuerCn, EVP_PKEY *key, EVP_PKEY *issuerKey,
                              const QDateTime &notBefore, const QDateTime &notAfter, bool ca,
                              const char *eku = nullptr) {
    ossl::X509Ptr x(X509_new());
    X509_set_version(x.get(), 2);
    static long serial = 1;
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()), ++serial);
    ASN1_TIME_set(X509_getm_notBefore(x.get()), notBefore.toSecsSinceEpoch());
    ASN1_TIME_set(X509_getm_notAfter(x.get()), notAfter.toSecsSinceEpoch());
    X509_set_pubkey(x.get(), key);
    const auto name = [](const QString &common) {
        X509_NAME *n = X509_NAME_new();
        const QByteArray utf8 = common.toUtf8();
        X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(utf8.data()), -1, -1, 0);
        return n;
    };
    X509_NAME *subject = name(cn);
    X509_NAME *issuer = name(issuerCn);
    X509_set_subject_name(x.get(), subject);
    X509_set_issuer_name(x.get(), issuer);
    X509_NAME_free(subject);
    X509_NAME_free(issuer);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, x.get(), x.get(), nullptr, nullptr, 0);
    if (X509_EXTENSION *bc = X509V3_EXT_conf_nid(nullptr, &context, NID_basic_constraints,
                                                 ca ? "critical,CA:TRUE" : "CA:FALSE")) {
        X509_add_ext(x.get(), bc, -1);
        X509_EXTENSION_free(bc);
    }
    if (eku)
        if (X509_EXTENSION *e = X509V3_EXT_conf_nid(nullptr, &context, NID_ext_key_usage, eku)) {
            X509_add_ext(x.get(), e, -1);
            X509_EXTENSION_free(e);
        }
    X509_sign(x.get(), issuerKey, EVP_sha256());
    return x;
}

QByteArray derOf(X509 *x) {
    unsigned char *buffer = nullptr;
    const int length = i2d_X509(x, &buffer);
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

QString dataFile(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/") + name;
}

std::shared_ptr<const CtlDocument> loadReal(const QString &name) {
    const OpenedFile opened = openAndValidate(OpenSource{dataFile(name), {}, {}, {}}, std::nullopt);
    if (opened.error || opened.documents.empty())
        return nullptr;
    return opened.documents.front();
}

// The independent reading: tests/trust/trust_counts.py.
QJsonObject pythonCounts(const QString &list, const QString &purpose, const QString &day,
                         const QString &windows, const QStringList &sha1s = {}) {
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList{QStringLiteral(CTL_TEST_SOURCE_DIR "/trust/trust_counts.py"), dataFile(list),
                             purpose, day, windows} +
                     sha1s);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

class TestTrust : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void rules_data();
    void rules();
    void reasons();
    void everyCombination();
    void realCounts_data();
    void realCounts();
    void notBeforeForCodeSigningOnly();
    void purposesOfAnEntry();
    void largeListBuiltInHalves();
    void undecodableProperties();
    void checkRealRoot();
    void checkSyntheticChains();
    void checkRealDisallowed();
    void statusCommand();
    void checkCommand();
};

void TestTrust::keys() {
    QCOMPARE(trustStatusKey(TrustStatus::Trusted), QStringLiteral("trusted"));
    QCOMPARE(trustStatusKey(TrustStatus::NotBefore), QStringLiteral("not-before"));
    QCOMPARE(trustStatusKey(TrustStatus::Disabled), QStringLiteral("disabled"));
    QCOMPARE(trustStatusKey(TrustStatus::PurposeNotGranted), QStringLiteral("purpose-not-granted"));
    QCOMPARE(trustStatusKey(TrustStatus::Disallowed), QStringLiteral("disallowed"));
    QCOMPARE(trustStatusKey(TrustStatus::NotListed), QStringLiteral("not-listed"));
    for (TrustStatus status : allTrustStatuses)
        QCOMPARE(trustStatusFromKey(trustStatusKey(status)), std::optional(status));
    QCOMPARE(trustPurposeOid(QStringLiteral("server-auth")), serverAuth);
    QCOMPARE(trustPurposeOid(QStringLiteral("Code-Signing")), codeSigning);
    QCOMPARE(trustPurposeOid(QStringLiteral("1.2.3.4")), QStringLiteral("1.2.3.4"));
    QVERIFY(trustPurposeOid(QStringLiteral("bogus")).isEmpty());
    QCOMPARE(windowsGenerationFromKey(QStringLiteral("7")), std::optional(WindowsGeneration::Windows7));
    QVERIFY(!windowsGenerationFromKey(QStringLiteral("95")));
}

// One row: the entry's properties (9, 104, 122, 126, 127; "-" absent, "" for an empty date), the
// question, and the status and since worked out by hand from README "Effective trust".
void TestTrust::rules_data() {
    QTest::addColumn<QString>("ekus");          // property 9: "SA", "CS", "SA,CS" or "-"
    QTest::addColumn<QString>("disabled");      // property 104: a day, "empty" or "-"
    QTest::addColumn<QString>("disabledEkus");  // property 122
    QTest::addColumn<QString>("notBefore");     // property 126
    QTest::addColumn<QString>("notBeforeEkus"); // property 127
    QTest::addColumn<QString>("purpose");       // "SA", "CS" or "any"
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("windows");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("since");
    const auto row = [](const char *name, const char *ekus, const char *dis, const char *disEkus,
                        const char *nb, const char *nbEkus, const char *purpose, const char *at, int windows,
                        const char *status, const char *since) {
        QTest::newRow(name) << QString::fromLatin1(ekus) << QString::fromLatin1(dis)
                            << QString::fromLatin1(disEkus) << QString::fromLatin1(nb)
                            << QString::fromLatin1(nbEkus) << QString::fromLatin1(purpose)
                            << QString::fromLatin1(at) << windows << QString::fromLatin1(status)
                            << QString::fromLatin1(since);
    };
    row("no properties", "-", "-", "-", "-", "-", "SA", "2022-01-01", 10, "trusted", "");
    row("no prop 9, any purpose", "-", "-", "-", "-", "-", "any", "2022-01-01", 10, "trusted", "");
    row("prop 9 lacks the purpose", "CS", "-", "-", "-", "-", "SA", "2022-01-01", 10, "purpose-not-granted",
        "");
    row("prop 9 has the purpose", "SA,CS", "-", "-", "-", "-", "SA", "2022-01-01", 10, "trusted", "");
    row("prop 9, any purpose", "CS", "-", "-", "-", "-", "any", "2022-01-01", 10, "trusted", "");
    row("disable before", "-", "2020-01-01", "-", "-", "-", "SA", "2019-12-31", 10, "trusted", "");
    row("disable on", "-", "2020-01-01", "-", "-", "-", "SA", "2020-01-01", 10, "disabled", "2020-01-01");
    row("disable after", "-", "2020-01-01", "-", "-", "-", "SA", "2022-01-01", 10, "disabled", "2020-01-01");
    row("disable any purpose", "-", "2020-01-01", "-", "-", "-", "any", "2022-01-01", 10, "disabled",
        "2020-01-01");
    row("disable empty", "-", "empty", "-", "-", "-", "SA", "2019-01-01", 10, "disabled", "");
    row("disable for this purpose", "-", "2020-01-01", "SA", "-", "-", "SA", "2022-01-01", 10, "disabled",
        "2020-01-01");
    row("disable for another purpose", "-", "2020-01-01", "SA", "-", "-", "CS", "2022-01-01", 10, "trusted",
        "");
    row("disable for some, asked any", "-", "2020-01-01", "SA", "-", "-", "any", "2022-01-01", 10, "trusted",
        "");
    row("122 without a date", "-", "-", "SA", "-", "-", "SA", "2019-01-01", 10, "disabled", "");
    row("122 without a date, other", "-", "-", "SA", "-", "-", "CS", "2019-01-01", 10, "trusted", "");
    row("notbefore before", "-", "-", "-", "2021-01-01", "-", "SA", "2020-12-31", 10, "trusted", "");
    row("notbefore on", "-", "-", "-", "2021-01-01", "-", "SA", "2021-01-01", 10, "not-before", "2021-01-01");
    row("notbefore after", "-", "-", "-", "2021-01-01", "-", "SA", "2022-01-01", 10, "not-before",
        "2021-01-01");
    row("notbefore code signing, asked SA", "SA,CS", "-", "-", "2021-01-01", "CS", "SA", "2022-01-01", 10,
        "trusted", "");
    row("notbefore code signing, asked CS", "SA,CS", "-", "-", "2021-01-01", "CS", "CS", "2022-01-01", 10,
        "not-before", "2021-01-01");
    row("notbefore empty", "-", "-", "-", "empty", "-", "SA", "2019-01-01", 10, "not-before", "");
    row("127 without a date", "-", "-", "-", "-", "CS", "CS", "2019-01-01", 10, "not-before", "");
    row("order: grant before disable", "CS", "2020-01-01", "-", "-", "-", "SA", "2022-01-01", 10,
        "purpose-not-granted", "");
    row("order: disable before notbefore", "-", "2020-01-01", "-", "2019-01-01", "-", "SA", "2022-01-01", 10,
        "disabled", "2020-01-01");
    row("disable coming, notbefore reached", "-", "2023-01-01", "-", "2019-01-01", "-", "SA", "2022-01-01",
        10, "not-before", "2019-01-01");
    row("windows 7 ignores disable", "-", "2020-01-01", "-", "-", "-", "SA", "2022-01-01", 7, "trusted", "");
    row("windows 7 ignores empty disable", "-", "empty", "-", "-", "-", "SA", "2022-01-01", 7, "trusted", "");
    row("windows 7 ignores notbefore", "-", "-", "-", "2021-01-01", "CS", "CS", "2022-01-01", 7, "trusted",
        "");
    row("windows 7 ignores 122", "-", "-", "SA", "-", "-", "SA", "2022-01-01", 7, "trusted", "");
    row("windows 7 honours prop 9", "CS", "2020-01-01", "-", "-", "-", "SA", "2022-01-01", 7,
        "purpose-not-granted", "");
}

namespace {
std::optional<QStringList> purposesOf(const QString &text) {
    if (text == QLatin1String("-"))
        return std::nullopt;
    QStringList oids;
    for (const QString &part : text.split(QLatin1Char(',')))
        oids << (part == QLatin1String("SA") ? serverAuth : codeSigning);
    return oids;
}
std::optional<FiletimeValue> dateOf(const QString &text) {
    if (text == QLatin1String("-"))
        return std::nullopt;
    if (text == QLatin1String("empty"))
        return filetime(nullptr);
    return filetime(text.toLatin1().constData());
}
QString purposeOf(const QString &text) {
    return text == QLatin1String("any") ? QString() : text == QLatin1String("SA") ? serverAuth : codeSigning;
}
} // namespace

void TestTrust::rules() {
    QFETCH(QString, ekus);
    QFETCH(QString, disabled);
    QFETCH(QString, disabledEkus);
    QFETCH(QString, notBefore);
    QFETCH(QString, notBeforeEkus);
    QFETCH(QString, purpose);
    QFETCH(QString, at);
    QFETCH(int, windows);
    QFETCH(QString, status);
    QFETCH(QString, since);
    CtlEntry entry;
    entry.ekus = purposesOf(ekus);
    entry.disabledFrom = dateOf(disabled);
    entry.disabledEkus = purposesOf(disabledEkus);
    entry.notBefore = dateOf(notBefore);
    entry.notBeforeEkus = purposesOf(notBeforeEkus);
    TrustQuestion question;
    question.purpose = purposeOf(purpose);
    question.at = utcDay(at.toLatin1().constData());
    question.windows = windows == 7 ? WindowsGeneration::Windows7 : WindowsGeneration::Windows10;
    const TrustAnswer answer = evaluateTrust(entry, ListKind::AuthRoot, question);
    QCOMPARE(trustStatusKey(answer.status), status);
    QCOMPARE(answer.since.isValid() ? answer.since.toString(Qt::ISODate).left(10) : QString(), since);
    // The list-wide fast path says the same.
    const TrustTable table = TrustTable::fromEntries(ListKind::AuthRoot, {entry});
    QCOMPARE(trustStatusKey(table.statuses(question).front()), status);
    // A disallowed match comes before everything but not-listed.
    QCOMPARE(evaluateTrust(entry, ListKind::AuthRoot, question, true).status, TrustStatus::Disallowed);
}

void TestTrust::reasons() {
    CtlEntry entry;
    entry.ekus = QStringList{codeSigning};
    entry.disabledFrom = filetime("2020-01-01");
    entry.notBefore = filetime("2025-01-01");
    TrustQuestion question;
    question.purpose = serverAuth;
    question.at = utcDay("2022-01-01");
    const TrustAnswer answer = evaluateTrust(entry, ListKind::AuthRoot, question);
    QCOMPARE(answer.status, TrustStatus::PurposeNotGranted);
    // Every rule that applies is listed, the deciding ones marked, with its property and date.
    QCOMPARE(answer.reasons.size(), size_t(3));
    QCOMPARE(answer.reasons[0], (TrustReason{TrustReasonCode::PurposeNotInGrant, 9, {}, true}));
    QCOMPARE(answer.reasons[1],
             (TrustReason{TrustReasonCode::DisabledReached, 104, utcDay("2020-01-01"), true}));
    QCOMPARE(answer.reasons[2],
             (TrustReason{TrustReasonCode::NotBeforeComing, 126, utcDay("2025-01-01"), false}));
    // What is coming is said in words ("disabled from <date>").
    CtlEntry coming;
    coming.disabledFrom = filetime("2026-05-19");
    question.at = utcDay("2026-01-01");
    const TrustAnswer later = evaluateTrust(coming, ListKind::AuthRoot, question);
    QCOMPARE(later.status, TrustStatus::Trusted);
    QVERIFY(trusttext::answerReason(later, serverAuth).contains(QStringLiteral("2026-05-19")));
    // No property 9: every purpose granted, and the reason says so.
    QCOMPARE(later.reasons.front().code, TrustReasonCode::AllPurposesGranted);
    // Windows 7 names what it ignores.
    question.windows = WindowsGeneration::Windows7;
    const TrustAnswer seven = evaluateTrust(entry, ListKind::AuthRoot, question);
    QCOMPARE(seven.reasons.back(), (TrustReason{TrustReasonCode::IgnoredOnWindows7, 126, {}, false}));
    // A timestamp before the Disable date keeps a signature trusted; the end-entity's issue date decides
    // NotBefore.
    CtlEntry both;
    both.disabledFrom = filetime("2020-01-01");
    TrustQuestion signature;
    signature.purpose = codeSigning;
    signature.at = utcDay("2024-01-01");
    signature.timestamp = utcDay("2019-06-01");
    QCOMPARE(evaluateTrust(both, ListKind::AuthRoot, signature).status, TrustStatus::Trusted);
    signature.timestamp.reset();
    QCOMPARE(evaluateTrust(both, ListKind::AuthRoot, signature).status, TrustStatus::Disabled);
    CtlEntry restricted;
    restricted.notBefore = filetime("2020-01-01");
    signature.endEntityNotBefore = utcDay("2019-12-31");
    QCOMPARE(evaluateTrust(restricted, ListKind::AuthRoot, signature).status, TrustStatus::Trusted);
    signature.endEntityNotBefore = utcDay("2020-01-02");
    QCOMPARE(evaluateTrust(restricted, ListKind::AuthRoot, signature).status, TrustStatus::NotBefore);
    // Lists that are not authroot lists.
    QCOMPARE(evaluateTrust(entry, ListKind::Disallowed, question).status, TrustStatus::Disallowed);
    QCOMPARE(evaluateTrust(entry, ListKind::PinRules, question).status, TrustStatus::NotListed);
}

// Every combination of the five properties, purposes, dates before/on/after and both generations: the
// list-wide fast path (statuses) agrees with the full evaluation, Windows 7 never reads disabled or
// not-before, and the status is the first decisive reason's.
void TestTrust::everyCombination() {
    const QStringList ekuChoices{QStringLiteral("-"), QStringLiteral("SA"), QStringLiteral("CS"),
                                 QStringLiteral("SA,CS")};
    const QStringList dateChoices{QStringLiteral("-"), QStringLiteral("empty"), QStringLiteral("2020-01-01")};
    const QStringList limitChoices{QStringLiteral("-"), QStringLiteral("SA"), QStringLiteral("CS")};
    std::vector<CtlEntry> entries;
    for (const QString &ekus : ekuChoices)
        for (const QString &dis : dateChoices)
            for (const QString &disEkus : limitChoices)
                for (const QString &nb : dateChoices)
                    for (const QString &nbEkus : limitChoices) {
                        CtlEntry entry;
                        entry.ekus = purposesOf(ekus);
                        entry.disabledFrom = dateOf(dis);
                        entry.disabledEkus = purposesOf(disEkus);
                        entry.notBefore = dateOf(nb);
                        entry.notBeforeEkus = purposesOf(nbEkus);
                        entries.push_back(entry);
                    }
    QCOMPARE(entries.size(), size_t(4 * 3 * 3 * 3 * 3));
    const TrustTable table = TrustTable::fromEntries(ListKind::AuthRoot, entries);
    int checked = 0;
    for (const QString &purpose : {QString(), serverAuth, codeSigning})
        for (const char *day : {"2019-12-31", "2020-01-01", "2020-01-02"})
            for (WindowsGeneration windows : {WindowsGeneration::Windows10, WindowsGeneration::Windows7}) {
                TrustQuestion question;
                question.purpose = purpose;
                question.at = utcDay(day);
                question.windows = windows;
                const std::vector<TrustStatus> fast = table.statuses(question);
                const TrustCounts counts = table.counts(question);
                QCOMPARE(counts.total(), qint64(entries.size()));
                for (size_t i = 0; i < entries.size(); ++i) {
                    const TrustAnswer answer = table.evaluate(i, question);
                    QCOMPARE(fast[i], answer.status);
                    if (windows == WindowsGeneration::Windows7)
                        QVERIFY(answer.status == TrustStatus::Trusted ||
                                answer.status == TrustStatus::PurposeNotGranted);
                    bool anyDecisive = false;
                    for (const TrustReason &reason : answer.reasons)
                        anyDecisive = anyDecisive || reason.decisive;
                    QCOMPARE(anyDecisive, answer.status != TrustStatus::Trusted);
                    ++checked;
                }
            }
    QCOMPARE(checked, 324 * 3 * 3 * 2);
}

void TestTrust::realCounts_data() {
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("windows");
    for (const char *list :
         {"authroot_2025-06-16_sha256_listca2011.stl", "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl",
          "authroot_2020-01-11_sha256_first-sha256-only.stl", "authroot_2019-10-29_sha1_last-sha1.stl"})
        for (const char *purpose : {"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.3"})
            for (const char *day : {"2019-06-01", "2025-01-01"})
                for (const char *windows : {"10", "7"})
                    QTest::addRow("%s %s %s win%s", list + 9, purpose + 15, day, windows)
                        << QString::fromLatin1(list) << QString::fromLatin1(purpose)
                        << QString::fromLatin1(day) << QString::fromLatin1(windows);
}

void TestTrust::realCounts() {
    QFETCH(QString, list);
    QFETCH(QString, purpose);
    QFETCH(QString, day);
    QFETCH(QString, windows);
    const auto document = loadReal(QStringLiteral("real/") + list);
    QVERIFY(document);
    // The independent reading of each list, once for every combination of the rows (a process a list).
    static QHash<QString, QJsonObject> readings;
    if (!readings.contains(list))
        readings.insert(list, pythonCounts(QStringLiteral("real/") + list,
                                           QStringLiteral("1.3.6.1.5.5.7.3.1,1.3.6.1.5.5.7.3.3"),
                                           QStringLiteral("2019-06-01,2025-01-01"), QStringLiteral("10,7")));
    const QJsonObject expected =
        readings.value(list).value(purpose + QLatin1Char(' ') + day + QLatin1Char(' ') + windows).toObject();
    QVERIFY(!expected.isEmpty());
    const TrustTable table = TrustTable::build(*document);
    TrustQuestion question;
    question.purpose = purpose;
    question.at = utcDay(day.toLatin1().constData());
    question.windows =
        windows == QLatin1String("7") ? WindowsGeneration::Windows7 : WindowsGeneration::Windows10;
    const TrustCounts counts = table.counts(question);
    const QJsonObject expectedCounts = expected.value(QStringLiteral("counts")).toObject();
    for (TrustStatus status : allTrustStatuses)
        QCOMPARE(counts[status], expectedCounts.value(trustStatusKey(status)).toInteger(-1));
    QCOMPARE(counts.total(), qint64(document->entries.size()));
    // The per-purpose summary says the same for this purpose.
    bool found = false;
    for (const auto &[summaryPurpose, summaryCounts] : table.summary(question))
        if (summaryPurpose == purpose) {
            found = true;
            QCOMPARE(summaryCounts.counts, counts.counts);
        }
    QVERIFY(found);
}

// Amazon Root CA 4 in the 2025-06-16 list: property 9 grants server authentication and code signing;
// property 126 = 2021-08-01 with property 127 = {codeSigning} (read by trust_counts.py, not by us).
void TestTrust::notBeforeForCodeSigningOnly() {
    const QString list = QStringLiteral("real/authroot_2025-06-16_sha256_listca2011.stl");
    const QString amazon4 = QStringLiteral("f6108407d6f8bb67980cc2e244c2ebae1cef63be");
    const auto document = loadReal(list);
    QVERIFY(document);
    size_t index = document->entries.size();
    for (size_t i = 0; i < document->entries.size(); ++i)
        if (document->entries.decode(i).identifierText() == amazon4)
            index = i;
    QVERIFY(index < document->entries.size());
    const TrustTable table = TrustTable::build(*document);
    TrustQuestion question;
    question.at = utcDay("2025-01-01");
    for (const QString &purpose : {serverAuth, codeSigning}) {
        const QJsonObject expected =
            pythonCounts(list, purpose, QStringLiteral("2025-01-01"), QStringLiteral("10"), {amazon4});
        question.purpose = purpose;
        const TrustAnswer answer = table.evaluate(index, question);
        QCOMPARE(trustStatusKey(answer.status),
                 expected.value(QStringLiteral("entries")).toObject().value(amazon4).toString());
    }
    question.purpose = serverAuth;
    QCOMPARE(table.evaluate(index, question).status, TrustStatus::Trusted);
    question.purpose = codeSigning;
    const TrustAnswer codeSigningAnswer = table.evaluate(index, question);
    QCOMPARE(codeSigningAnswer.status, TrustStatus::NotBefore);
    QCOMPARE(codeSigningAnswer.since, utcDay("2021-08-01"));
    // Before that date it still reads trusted, with what is coming in the reason.
    question.at = utcDay("2021-07-01");
    QCOMPARE(table.evaluate(index, question).status, TrustStatus::Trusted);
    QVERIFY(trusttext::answerReason(table.evaluate(index, question), codeSigning)
                .contains(QStringLiteral("2021-08-01")));
}

void TestTrust::purposesOfAnEntry() {
    CtlEntry entry;
    entry.ekus = QStringList{serverAuth, codeSigning};
    entry.disabledEkus = QStringList{serverAuth};
    entry.notBeforeEkus = QStringList{QStringLiteral("1.3.6.1.5.5.7.3.8")};
    CtlEntry other;
    other.ekus = QStringList{serverAuth, codeSigning}; // the same list: stored once
    const TrustTable table = TrustTable::fromEntries(ListKind::AuthRoot, {entry, other});
    QCOMPARE(table.purposesOf(0),
             (QStringList{serverAuth, codeSigning, QStringLiteral("1.3.6.1.5.5.7.3.8")}));
    QCOMPARE(table.facts(0).ekuSet, table.facts(1).ekuSet);
    QCOMPARE(table.purposes(), (QStringList{serverAuth, codeSigning, QStringLiteral("1.3.6.1.5.5.7.3.8")}));
}

// A list large enough to be read in two halves on two threads: the merged facts (purpose lists renumbered)
// answer as the entries themselves do.
void TestTrust::largeListBuiltInHalves() {
    const QList<QStringList> lists{{serverAuth},
                                   {codeSigning},
                                   {serverAuth, codeSigning},
                                   {codeSigning, serverAuth},
                                   {QStringLiteral("1.3.6.1.5.5.7.3.8")}};
    std::vector<SyntheticEntry> entries;
    const int count = 30'000;
    for (int i = 0; i < count; ++i) {
        SyntheticEntry entry;
        entry.identifier = QByteArray(20, '\0');
        entry.identifier[0] = char(i & 0xff);
        entry.identifier[1] = char((i >> 8) & 0xff);
        // The second half meets the purpose lists in another order than the first.
        const int shift = i < count / 2 ? 0 : 3;
        entry.properties << qMakePair(9, ekuValue(lists[(i + shift) % 5]));
        if (i % 3 == 1)
            entry.properties << qMakePair(104, filetimeValue(utcDay("2020-01-01")))
                             << qMakePair(122, ekuValue(lists[(i / 3 + shift) % 5]));
        if (i % 4 == 2)
            entry.properties << qMakePair(126, filetimeValue(utcDay("2021-01-01")))
                             << qMakePair(127, ekuValue(lists[(i / 4 + shift) % 5]));
        entries.push_back(entry);
    }
    const auto document = syntheticList(entries, "1.3.6.1.4.1.311.10.3.9");
    const TrustTable built = TrustTable::build(*document);
    std::vector<CtlEntry> decoded;
    for (size_t i = 0; i < document->entries.size(); ++i)
        decoded.push_back(document->entries.decode(i));
    const TrustTable reference = TrustTable::fromEntries(ListKind::AuthRoot, decoded);
    QCOMPARE(built.size(), size_t(count));
    for (const QString &purpose : {QString(), serverAuth, codeSigning})
        for (const char *day : {"2019-01-01", "2022-01-01"}) {
            TrustQuestion question;
            question.purpose = purpose;
            question.at = utcDay(day);
            QVERIFY(built.statuses(question) == reference.statuses(question));
        }
    for (size_t i : {size_t(0), size_t(count / 2 + 1), size_t(count - 1)})
        QCOMPARE(built.purposesOf(i), reference.purposesOf(i));
}

// Properties that do not decode (a 3-byte FILETIME, a purpose list that is not a SEQUENCE) are read the
// strict way: nothing granted, disabled and NotBefore since always.
void TestTrust::undecodableProperties() {
    const auto document = syntheticList({{QByteArray(20, '\1'), {{104, QByteArray("\1\2\3", 3)}}},
                                         {QByteArray(20, '\2'), {{9, QByteArray("\4\1\0", 3)}}},
                                         {QByteArray(20, '\3'), {{126, QByteArray("\1\2\3", 3)}}}},
                                        "1.3.6.1.4.1.311.10.3.9");
    for (size_t i = 0; i < 3; ++i)
        QVERIFY2(!document->entries.decode(i).problems.isEmpty(), "the parser reports the value");
    const TrustTable table = TrustTable::build(*document);
    TrustQuestion question;
    question.purpose = serverAuth;
    question.at = utcDay("2020-01-01");
    QCOMPARE(table.evaluate(0, question).status, TrustStatus::Disabled);
    QCOMPARE(table.evaluate(1, question).status, TrustStatus::PurposeNotGranted);
    QCOMPARE(table.evaluate(2, question).status, TrustStatus::NotBefore);
    QVERIFY(table.statuses(question) ==
            (std::vector<TrustStatus>{TrustStatus::Disabled, TrustStatus::PurposeNotGranted,
                                      TrustStatus::NotBefore}));
}

// A real root checked against the real list that names it: OISTE WISeKey Global Root GB CA (SHA-1
// 0ff94076..., SOURCES.md), NotBefore 2019-10-01 for code signing only; its own notBefore is 2014-12-01
// (openssl x509 -startdate), so as its own end entity it is trusted for both purposes.
void TestTrust::checkRealRoot() {
    const auto list = loadReal(QStringLiteral("real/authroot_2025-06-16_sha256_listca2011.stl"));
    QVERIFY(list);
    const auto root = CertificateSources::read(
        dataFile(QStringLiteral("real/roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt")));
    QVERIFY(root.hasValue());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                   QStringLiteral("-sha1"), QStringLiteral("-in"),
                   dataFile(QStringLiteral("real/roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt"))});
    QVERIFY(openssl.waitForFinished(30000));
    const QString fingerprint = QString::fromLatin1(openssl.readAllStandardOutput())
                                    .section(QLatin1Char('='), 1)
                                    .trimmed()
                                    .remove(QLatin1Char(':'))
                                    .toLower();
    QCOMPARE(fingerprint, QStringLiteral("0ff9407618d3d76a4b98f0a8359e0cfd27accced"));
    CertificateCheckInput input;
    input.certificateDer = root.value().certificates.front().der;
    input.list = list.get();
    input.question.purpose = codeSigning;
    input.question.at = utcDay("2025-01-01");
    const auto result = checkCertificate(input);
    QVERIFY(result.hasValue());
    QVERIFY(result.value().rootEntry.has_value());
    QCOMPARE(list->entries.decode(*result.value().rootEntry).identifierText(), fingerprint);
    QCOMPARE(result.value().answer.status, TrustStatus::Trusted);
    QVERIFY(result.value().trusted);
    // Windows 7 the same; a date after its notAfter (2039) makes the chain fail on validity.
    input.question.at = utcDay("2040-01-01");
    const auto late = checkCertificate(input);
    QVERIFY(late.hasValue());
    QVERIFY(!late.value().trusted);
    QCOMPARE(late.value().chain.front().problems.front(), CheckProblem::Expired);
}

// The real disallowed list and the real store of the certificates it names (SOURCES.md: "all 72 entries
// match", by key MD5 or tbsCertificate SHA-384): checking each certificate finds every entry.
void TestTrust::checkRealDisallowed() {
    const auto disallowed = loadReal(QStringLiteral("real/disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
    const auto list = loadReal(QStringLiteral("real/authroot_2019-10-29_sha1_last-sha1.stl"));
    QVERIFY(disallowed && list);
    const auto store = CertificateSources::read(
        dataFile(QStringLiteral("real/disallowedcert_2019-12_serialized-store.sst")));
    QVERIFY(store.hasValue());
    QSet<size_t> found;
    int bySha384 = 0;
    for (const StoredCertificate &certificate : store.value().certificates) {
        CertificateCheckInput input;
        input.certificateDer = certificate.der;
        input.list = list.get();
        input.disallowed = disallowed.get();
        const auto result = checkCertificate(input);
        QVERIFY(result.hasValue());
        QVERIFY(!result.value().trusted);
        if (const auto entry = result.value().chain.front().disallowedEntry) {
            found.insert(*entry);
            bySha384 +=
                disallowed->entries.decode(*entry).identifierKind == IdentifierKind::Sha384OfTbsCertificate;
        }
    }
    QCOMPARE(found.size(), qsizetype(72));
    QCOMPARE(bySha384, 6); // the six DarkMatter CAs
}

// A test root, an intermediate and leaves issued before and after a NotBefore date, with the root in a
// synthetic list with each property.
void TestTrust::checkSyntheticChains() {
    const ossl::EvpPkeyPtr rootKey = newKey(), caKey = newKey(), leafKey = newKey();
    const QDateTime from = utcDay("2015-01-01"), to = utcDay("2040-01-01");
    const ossl::X509Ptr root = makeCertificate(QStringLiteral("Test Root"), QStringLiteral("Test Root"),
                                               rootKey.get(), rootKey.get(), from, to, true);
    const ossl::X509Ptr ca = makeCertificate(QStringLiteral("Test CA"), QStringLiteral("Test Root"),
                                             caKey.get(), rootKey.get(), from, to, true);
    const ossl::X509Ptr early =
        makeCertificate(QStringLiteral("early.example"), QStringLiteral("Test CA"), leafKey.get(),
                        caKey.get(), utcDay("2019-06-01"), to, false, "serverAuth");
    const ossl::X509Ptr late =
        makeCertificate(QStringLiteral("late.example"), QStringLiteral("Test CA"), leafKey.get(), caKey.get(),
                        utcDay("2021-06-01"), to, false, "serverAuth");
    QVERIFY(root && ca && early && late);
    const StoredCertificate rootStored =
        CertificateSources::describe(derOf(root.get()), QStringLiteral("root"));
    const StoredCertificate caStored = CertificateSources::describe(derOf(ca.get()), QStringLiteral("ca"));

    const auto check = [&](const std::vector<SyntheticEntry> &entries, X509 *leaf, const QString &purpose,
                           const CtlDocument *disallowed = nullptr, bool withChain = true) {
        const auto list = syntheticList(entries, "1.3.6.1.4.1.311.10.3.9");
        CertificateCheckInput input;
        input.certificateDer = derOf(leaf);
        if (withChain)
            input.chainDer = {derOf(ca.get()), derOf(root.get())};
        input.list = list.get();
        input.disallowed = disallowed;
        input.question.purpose = purpose;
        input.question.at = utcDay("2025-01-01");
        auto result = checkCertificate(input);
        return result.hasValue() ? result.value() : CertificateCheckResult{};
    };
    const QByteArray id = rootStored.sha1;
    // Plain: trusted; the chain is leaf, CA, root, and the root is the entry.
    auto result = check({{id, {}}}, early.get(), serverAuth);
    QCOMPARE(result.answer.status, TrustStatus::Trusted);
    QVERIFY(result.trusted);
    QCOMPARE(result.chain.size(), size_t(3));
    QCOMPARE(result.rootChainIndex, 2);
    // Purpose not granted.
    result = check({{id, {{9, ekuValue({codeSigning})}}}}, early.get(), serverAuth);
    QCOMPARE(result.answer.status, TrustStatus::PurposeNotGranted);
    QVERIFY(!result.trusted);
    // NotBefore 2020-01-01: the early leaf is trusted, the late one is not.
    const std::vector<SyntheticEntry> notBefore{{id, {{126, filetimeValue(utcDay("2020-01-01"))}}}};
    QCOMPARE(check(notBefore, early.get(), serverAuth).answer.status, TrustStatus::Trusted);
    result = check(notBefore, late.get(), serverAuth);
    QCOMPARE(result.answer.status, TrustStatus::NotBefore);
    QCOMPARE(result.answer.since, utcDay("2020-01-01"));
    // Disabled from 2024-01-01 (used 2025): disabled whatever the issue date; from 2026: trusted.
    QCOMPARE(
        check({{id, {{104, filetimeValue(utcDay("2024-01-01"))}}}}, early.get(), serverAuth).answer.status,
        TrustStatus::Disabled);
    QCOMPARE(
        check({{id, {{104, filetimeValue(utcDay("2026-01-01"))}}}}, early.get(), serverAuth).answer.status,
        TrustStatus::Trusted);
    // An empty Disable value, and a Disable limited to code signing.
    QCOMPARE(check({{id, {{104, QByteArray()}}}}, early.get(), serverAuth).answer.status,
             TrustStatus::Disabled);
    QCOMPARE(check({{id, {{104, filetimeValue(utcDay("2024-01-01"))}, {122, ekuValue({codeSigning})}}}},
                   early.get(), serverAuth)
                 .answer.status,
             TrustStatus::Trusted);
    // The intermediate in a disallowed list (by SHA-1).
    const auto disallowed = syntheticList({{caStored.sha1, {}}}, "1.3.6.1.4.1.311.10.3.30");
    result = check({{id, {}}}, early.get(), serverAuth, disallowed.get());
    QCOMPARE(result.answer.status, TrustStatus::Disallowed);
    QVERIFY(result.chain[1].disallowedEntry.has_value());
    // The root not in the list, and a chain that cannot be built.
    QCOMPARE(check({{QByteArray(20, 'x'), {}}}, early.get(), serverAuth).answer.status,
             TrustStatus::NotListed);
    result = check({{id, {}}}, early.get(), serverAuth, nullptr, false);
    QCOMPARE(result.answer.status, TrustStatus::NotListed);
    QVERIFY(!result.chainComplete);
    // The leaf's own EKU does not allow code signing.
    result = check({{id, {}}}, early.get(), codeSigning);
    QCOMPARE(result.answer.status, TrustStatus::Trusted);
    QVERIFY(!result.trusted);
    QCOMPARE(result.chain.front().problems.front(), CheckProblem::PurposeNotInLeaf);
    // Not a certificate.
    CertificateCheckInput garbage;
    garbage.certificateDer = QByteArray("not a certificate");
    QVERIFY(!checkCertificate(garbage).hasValue());
}

// `ctltool status --json`: the keys, counts equal to the independent reading, per-purpose statuses.
void TestTrust::statusCommand() {
    const QString list = QStringLiteral("real/authroot_2025-06-16_sha256_listca2011.stl");
    const ToolRun run = runTool({QStringLiteral("status"), QStringLiteral("--json"),
                                 QStringLiteral("--purpose"), QStringLiteral("code-signing"),
                                 QStringLiteral("--at"), QStringLiteral("2025-01-01"), dataFile(list)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2025-01-01T00:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("windows")).toString(), QStringLiteral("10"));
    QCOMPARE(json.value(QStringLiteral("purpose")).toString(), codeSigning);
    const QJsonObject expected =
        pythonCounts(list, codeSigning, QStringLiteral("2025-01-01"), QStringLiteral("10"))
            .value(QStringLiteral("counts"))
            .toObject();
    QCOMPARE(json.value(QStringLiteral("counts")).toObject(), expected);
    const QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 514);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("identifier")).toString() !=
            QLatin1String("f6108407d6f8bb67980cc2e244c2ebae1cef63be"))
            continue;
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("not-before"));
        QCOMPARE(entry.value(QStringLiteral("since")).toString(), QStringLiteral("2021-08-01T00:00:00Z"));
        QVERIFY(!entry.value(QStringLiteral("reason")).toString().isEmpty());
        bool sawServerAuth = false;
        for (const QJsonValue &purpose : entry.value(QStringLiteral("purposes")).toArray())
            if (purpose.toObject().value(QStringLiteral("purpose")).toString() == serverAuth) {
                sawServerAuth = true;
                QCOMPARE(purpose.toObject().value(QStringLiteral("status")).toString(),
                         QStringLiteral("trusted"));
            }
        QVERIFY(sawServerAuth);
    }
    // Text and CSV; usage errors exit 2.
    const ToolRun text =
        runTool({QStringLiteral("status"), QStringLiteral("--windows"), QStringLiteral("7"), dataFile(list)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("not-before 0, disabled 0"));
    const ToolRun csv = runTool({QStringLiteral("status"), QStringLiteral("--csv"), dataFile(list)});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("identifier,friendlyName,purpose,status,since,reason,at,windows\r\n"));
    QCOMPARE(
        runTool({QStringLiteral("status"), QStringLiteral("--windows"), QStringLiteral("95"), dataFile(list)})
            .exitCode,
        2);
    QCOMPARE(runTool({QStringLiteral("status"), QStringLiteral("--purpose"), QStringLiteral("bogus"),
                      dataFile(list)})
                 .exitCode,
             2);
    QCOMPARE(runTool({QStringLiteral("status"), dataFile(QStringLiteral("real/SOURCES.md"))}).exitCode, 2);
    // dump --json carries the same per entry under "trust".
    const ToolRun dump = runTool({QStringLiteral("dump"), QStringLiteral("--json"), QStringLiteral("--at"),
                                  QStringLiteral("2025-01-01"), dataFile(list)});
    QCOMPARE(dump.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(dump.out)
                                  .object()
                                  .value(QStringLiteral("results"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("entries"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("trust")).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2025-01-01T00:00:00Z"));
}

// `ctltool check`: exit 0 trusted, 1 not trusted, 2 unreadable; the JSON keys.
void TestTrust::checkCommand() {
    const QString list = dataFile(QStringLiteral("real/authroot_2025-06-16_sha256_listca2011.stl"));
    const QString root =
        dataFile(QStringLiteral("real/roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt"));
    ToolRun run = runTool({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--list"), list,
                           QStringLiteral("--purpose"), QStringLiteral("server-auth"), QStringLiteral("--at"),
                           QStringLiteral("2025-01-01"), root});
    QCOMPARE(run.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("trusted")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("trusted"));
    QCOMPARE(json.value(QStringLiteral("root")).toObject().value(QStringLiteral("identifier")).toString(),
             QStringLiteral("0ff9407618d3d76a4b98f0a8359e0cfd27accced"));
    QCOMPARE(json.value(QStringLiteral("chain")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("purpose")).toString(), serverAuth);
    QCOMPARE(json.value(QStringLiteral("windows")).toString(), QStringLiteral("10"));
    QVERIFY(json.contains(QStringLiteral("reason")));
    QVERIFY(json.contains(QStringLiteral("at")));
    // The 2006 list does not name the WISeKey root (made in 2014): not-listed, exit 1, and the sentence says
    // no.
    const QString other =
        dataFile(QStringLiteral("real/anchor_Microsoft-Root-Authority-1997_A4348915.pem.crt"));
    run = runTool({QStringLiteral("check"), QStringLiteral("--list"),
                   dataFile(QStringLiteral("real/authroot_2006-12-14_sha1_countersigned_rootembedded.stl")),
                   QStringLiteral("--at"), QStringLiteral("2007-01-01"), root});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(": no, because"));
    // Unreadable certificate, missing --list.
    QCOMPARE(runTool({QStringLiteral("check"), QStringLiteral("--list"), list,
                      dataFile(QStringLiteral("real/SOURCES.md"))})
                 .exitCode,
             2);
    QCOMPARE(runTool({QStringLiteral("check"), root}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
