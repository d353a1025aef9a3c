// Security catalogs (.cat): members and catalog attributes decoded as an independent reader found them
// (tests/data/catalogs/catref/*.json and FACTS.json, made by the samples' own reader and osslsigncode, see
// tests/data/catalogs/SOURCES.md), the verdict by catalog rules on the real catalogs, and synthetic catalogs
// from tests/fixturegen (code signing, server auth only, no timestamp, RFC 3161 timestamp, tampered member).
#include "CatalogMembers.h"
#include "ChainBuilder.h"
#include "DocumentLoader.h"
#include "EntryTableModel.h"
#include "FindingText.h"
#include "FixtureGenerator.h"
#include "Oids.h"
#include "Sections.h"
#include "Validation.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <array>

using namespace ctlv;

namespace {

const QString dataDir = QStringLiteral(CTL_TEST_DATA_DIR "/catalogs/");

// Every real catalog of the samples: package folder and file name.
const QList<QPair<QString, QString>> realCatalogs = {
    {QStringLiteral("arduino"), QStringLiteral("arduino.cat")},
    {QStringLiteral("arduino"), QStringLiteral("genuino.cat")},
    {QStringLiteral("ftdi-cdm-2.12.04"), QStringLiteral("ftdibus.cat")},
    {QStringLiteral("ftdi-cdm-2.12.04"), QStringLiteral("ftdiport.cat")},
    {QStringLiteral("pandaboard"), QStringLiteral("androidwinusb86.cat")},
    {QStringLiteral("pandaboard"), QStringLiteral("androidwinusba64.cat")},
    {QStringLiteral("qemufwcfg"), QStringLiteral("qemufwcfg.cat")},
    {QStringLiteral("signify-flat"), QStringLiteral("catfiletest.cat")},
    {QStringLiteral("signify-flat"), QStringLiteral("oem89.cat")},
    {QStringLiteral("viostor"), QStringLiteral("viostor.cat")},
};

QJsonObject readJson(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

CtlDocument load(const QString &path) {
    auto loaded = DocumentLoader::loadFile(path);
    if (!loaded) {
        qWarning() << loaded.error().toString();
        return {};
    }
    return loaded.value().front();
}

QString digestNameOf(const QString &oid) {
    return oid::digestName(oid);
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realMembers_data();
    void realMembers();
    void guidText();
    void hostileMemberAttributes();
    void realVerdicts_data();
    void realVerdicts();
    void tamperedMember();
    void synthetic_data();
    void synthetic();
    void entryTable();
    void sectionsAndJson();
    void sha1Twins();
    void driverPurposeNames();
    void rootNotTrustedHere();

private:
    QTemporaryDir m_dir;
};

void TestCatalog::realMembers_data() {
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("file");
    for (const auto &[package, file] : realCatalogs)
        QTest::newRow(qPrintable(file)) << package << file;
}

// Each member and catalog attribute as the independent reader (catref) decoded it.
void TestCatalog::realMembers() {
    QFETCH(QString, package);
    QFETCH(QString, file);
    const QJsonObject facts = readJson(dataDir + QStringLiteral("catref/") + package + QStringLiteral("__") +
                                       file + QStringLiteral(".json"));
    QVERIFY(!facts.isEmpty());
    const CtlDocument document = load(dataDir + package + QLatin1Char('/') + file);
    QCOMPARE(document.kind(), ListKind::Catalog);

    // The list identifier: hex and GUID.
    const QJsonObject identifier = facts.value(QStringLiteral("list_identifier")).toObject();
    QCOMPARE(toHex(document.listIdentifier), identifier.value(QStringLiteral("hex")).toString());
    QCOMPARE(ctlv::guidText(document.listIdentifier), identifier.value(QStringLiteral("guid")).toString());

    // Catalog attributes.
    QStringList problems;
    const QList<CatalogNameValue> attributes = catalogAttributes(document, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QJsonArray expectedAttributes = facts.value(QStringLiteral("catalog_attributes")).toArray();
    QCOMPARE(attributes.size(), expectedAttributes.size());
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        const QJsonObject expected = expectedAttributes[i].toObject();
        QCOMPARE(attributes[i].name, expected.value(QStringLiteral("name")).toString());
        QCOMPARE(QStringLiteral("0x%1").arg(attributes[i].flags, 8, 16, QLatin1Char('0')),
                 expected.value(QStringLiteral("flags")).toString());
        QCOMPARE(attributes[i].value, expected.value(QStringLiteral("value")).toString());
        QCOMPARE(toHex(attributes[i].raw), expected.value(QStringLiteral("value_raw_hex")).toString());
    }

    // Members.
    const std::vector<CatalogMember> members = decodeCatalogMembers(document);
    const QJsonArray expectedMembers = facts.value(QStringLiteral("members")).toArray();
    QCOMPARE(qsizetype(members.size()), expectedMembers.size());
    for (qsizetype i = 0; i < expectedMembers.size(); ++i) {
        const QJsonObject expected = expectedMembers[i].toObject();
        const CatalogMember &member = members[size_t(i)];
        QVERIFY2(member.problems.isEmpty(), qPrintable(member.problems.join(u'\n')));
        QCOMPARE(member.tag, expected.value(QStringLiteral("tag")).toString());
        QCOMPARE(member.tagIsBinary,
                 expected.value(QStringLiteral("tag_form")).toString() == QLatin1String("binary"));
        QCOMPARE(toHex(member.digest), expected.value(QStringLiteral("hash")).toString());
        QCOMPARE(digestNameOf(member.digestAlgorithm),
                 expected.value(QStringLiteral("hash_algorithm")).toString());
        QCOMPARE(catalogMemberKindKey(member.kind), expected.value(QStringLiteral("kind")).toString());
        const QJsonValue indirect = expected.value(QStringLiteral("indirect_data"));
        QCOMPARE(member.hasIndirectData, indirect.isObject());
        if (indirect.isObject())
            QCOMPARE(member.kindOid, indirect.toObject().value(QStringLiteral("type_oid")).toString());
        const QJsonValue info = expected.value(QStringLiteral("memberinfo"));
        QCOMPARE(member.memberInfo.has_value(), info.isObject());
        if (info.isObject()) {
            QCOMPARE(member.memberInfo->subjectGuid,
                     info.toObject().value(QStringLiteral("subject_guid")).toString());
            QCOMPARE(member.memberInfo->version,
                     info.toObject().value(QStringLiteral("cert_version")).toInteger());
        }
        const QJsonValue info2 = expected.value(QStringLiteral("memberinfo2"));
        if (info2.isObject())
            QCOMPARE(toHex(member.memberInfo2), info2.toObject().value(QStringLiteral("raw_hex")).toString());
        const QJsonArray nameValues = expected.value(QStringLiteral("attributes")).toArray();
        QCOMPARE(member.nameValues.size(), nameValues.size());
        for (qsizetype k = 0; k < nameValues.size(); ++k) {
            QCOMPARE(member.nameValues[k].name,
                     nameValues[k].toObject().value(QStringLiteral("name")).toString());
            QCOMPARE(member.nameValues[k].value,
                     nameValues[k].toObject().value(QStringLiteral("value")).toString());
        }
        const QJsonValue fileName = expected.value(QStringLiteral("file"));
        QCOMPARE(member.fileName(), fileName.isString() ? fileName.toString() : QString());
    }
}

// Windows' GUID text: the first three groups little-endian (hand-computed from the bytes 00 01 .. 0f).
void TestCatalog::guidText() {
    QByteArray bytes;
    for (char i = 0; i < 16; ++i)
        bytes.append(i);
    QCOMPARE(ctlv::guidText(bytes), QStringLiteral("{03020100-0504-0706-0809-0A0B0C0D0E0F}"));
    QCOMPARE(ctlv::guidText(bytes.left(15)), QString());
}

// Attributes that do not decode are named, never a crash, and the rest of the member stays.
void TestCatalog::hostileMemberAttributes() {
    CtlEntry entry;
    entry.identifier = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f1011121314");
    // SPC_INDIRECT_DATA cut short; CAT_NAMEVALUE whose flags are a string; a good File name/value.
    entry.allAttributes << RawAttribute{QStringLiteral("1.3.6.1.4.1.311.2.1.4"),
                                        {QByteArray::fromHex("3005300306")}};
    entry.allAttributes << RawAttribute{QStringLiteral("1.3.6.1.4.1.311.12.2.1"),
                                        {QByteArray::fromHex("30071e0200410c0141")}};
    entry.allAttributes << RawAttribute{QStringLiteral("1.3.6.1.4.1.311.12.2.1"),
                                        {QByteArray::fromHex("30131e0800460069006c0065020101040461006200")}};
    const CatalogMember member = decodeCatalogMember(entry);
    QCOMPARE(member.problems.size(), 2);
    QVERIFY(member.problems[0].contains(QLatin1String("SPC_INDIRECT_DATA")));
    QVERIFY(member.problems[1].contains(QLatin1String("CAT_NAMEVALUE")));
    QCOMPARE(member.fileName(), QStringLiteral("ab"));
    QVERIFY(member.tagIsBinary);
    QCOMPARE(toHex(member.digest), QStringLiteral("0102030405060708090a0b0c0d0e0f1011121314"));
    QCOMPARE(member.digestAlgorithm, QStringLiteral("1.3.14.3.2.26"));
}

namespace {
// A fixed "today", so that results do not change as the calendar moves on.
const QDateTime pinnedNow(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());

ValidationOptions optionsWith(const QStringList &trustFiles) {
    ValidationOptions options;
    options.useSystemStore = false; // the bundled Microsoft roots and the given files only
    options.now = pinnedNow;
    for (const QString &name : trustFiles) {
        QFile file(dataDir + QStringLiteral("roots/") + name);
        if (file.open(QIODevice::ReadOnly))
            options.extraTrustAnchorsDer += certificatesFromPem(file.readAll());
    }
    return options;
}
} // namespace

void TestCatalog::realVerdicts_data() {
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("trust");
    QTest::addColumn<QStringList>("verdicts");
    QTest::addColumn<QString>("policy");
    const QStringList good{QStringLiteral("valid"), QStringLiteral("valid-with-warnings")};
    // FACTS.json "expected": Microsoft-signed (WHQL/attestation) under the bundled Microsoft roots.
    QTest::newRow("ftdibus") << "ftdi-cdm-2.12.04"
                             << "ftdibus.cat" << QStringList() << good << "microsoft-signed";
    QTest::newRow("ftdiport") << "ftdi-cdm-2.12.04"
                              << "ftdiport.cat" << QStringList() << good << "microsoft-signed";
    QTest::newRow("oem89") << "signify-flat"
                           << "oem89.cat" << QStringList() << good << "microsoft-signed";
    QTest::newRow("viostor") << "viostor"
                             << "viostor.cat" << QStringList() << good << "microsoft-signed";
    // Vendor-signed under Authenticode with their vendors' roots (FACTS.json's ms+debian anchors).
    QTest::newRow("arduino") << "arduino"
                             << "arduino.cat"
                             << QStringList{QStringLiteral("Comodo_AAA_Services_root.pem"),
                                            QStringLiteral("USERTrust_RSA_Certification_Authority.pem")}
                             << good << "vendor-signed";
    QTest::newRow("genuino") << "arduino"
                             << "genuino.cat" << QStringList{QStringLiteral("GlobalSign_Root_CA.pem")} << good
                             << "vendor-signed";
    // Without the vendor's root: intact but untrusted; its timestamp authority is not trusted either, so it
    // is judged today, when its signer has expired: invalid.
    QTest::newRow("genuino-no-root") << "arduino"
                                     << "genuino.cat" << QStringList()
                                     << QStringList{QStringLiteral("untrusted"), QStringLiteral("invalid")}
                                     << "none";
    // Vendor-signed under VeriSign Universal Root (FACTS.json's anchor, 3679CA35…; not in Debian 12's
    // store); without it judged today, when its signer has expired: invalid.
    QTest::newRow("qemufwcfg") << "qemufwcfg"
                               << "qemufwcfg.cat"
                               << QStringList{QStringLiteral(
                                      "VeriSign_Universal_Root_Certification_Authority.pem")}
                               << good << "vendor-signed";
    QTest::newRow("qemufwcfg-no-root")
        << "qemufwcfg"
        << "qemufwcfg.cat" << QStringList() << QStringList{QStringLiteral("invalid")} << "none";
    // A self-signed test certificate: not valid under any policy (FACTS.json).
    QTest::newRow("pandaboard86") << "pandaboard"
                                  << "androidwinusb86.cat" << QStringList()
                                  << QStringList{QStringLiteral("untrusted")} << "none";
    QTest::newRow("catfiletest") << "signify-flat"
                                 << "catfiletest.cat" << QStringList()
                                 << QStringList{QStringLiteral("unsigned")} << "none";
}

// The verdict by catalog rules, and the signing time the catalog's own timestamp gives (FACTS.json).
void TestCatalog::realVerdicts() {
    QFETCH(QString, package);
    QFETCH(QString, file);
    QFETCH(QStringList, trust);
    QFETCH(QStringList, verdicts);
    QFETCH(QString, policy);
    const CtlDocument document = load(dataDir + package + QLatin1Char('/') + file);
    const ValidationReport report = Validator::validate(document, optionsWith(trust));
    QStringList problems;
    for (const Finding &finding : report.findings)
        if (finding.severity != Severity::Info)
            problems << findingCodeKey(finding.code);
    QVERIFY2(verdicts.contains(verdictKey(report.verdict)),
             qPrintable(verdictKey(report.verdict) + QStringLiteral(": ") + problems.join(u' ')));
    QCOMPARE(driverPolicyKey(report.driverPolicy), policy);
    QVERIFY(report.catalog);
    // No root-list purpose finding and no CTL dialog finding for a catalog.
    QVERIFY(!report.find(FindingCode::EkuNotAuthorised));
    QVERIFY(!report.find(FindingCode::NativeDialogWarning));
    if (!document.isSigned())
        return;
    QVERIFY(report.find(FindingCode::CatalogDialog));

    const QJsonObject facts = readJson(dataDir + QStringLiteral("FACTS.json"));
    const QJsonObject catalog = facts.value(QStringLiteral("packages"))
                                    .toObject()
                                    .value(package)
                                    .toObject()
                                    .value(QStringLiteral("catalogs"))
                                    .toObject()
                                    .value(file)
                                    .toObject();
    const QJsonObject signer = catalog.value(QStringLiteral("signers")).toArray().first().toObject();
    // The primary signature's timestamp, or a nested signature's (the engine uses the latest usable one).
    QStringList timestamps{signer.value(QStringLiteral("timestamp_time")).toString().left(19)};
    for (const QJsonValue &nested : signer.value(QStringLiteral("nested")).toArray())
        for (const QJsonValue &nestedSigner : nested.toObject().value(QStringLiteral("signers")).toArray())
            timestamps << nestedSigner.toObject().value(QStringLiteral("timestamp_time")).toString().left(19);
    QVERIFY(!timestamps.first().isEmpty());
    if (policy == QLatin1String("none"))
        return; // no trusted root given: the timestamp authority is not trusted either (judged today)
    QCOMPARE(report.evaluationTimeSource, EvaluationTimeSource::Countersignature);
    QVERIFY2(timestamps.contains(isoUtc(report.evaluationTime).left(19)),
             qPrintable(isoUtc(report.evaluationTime) + QStringLiteral(" not in ") + timestamps.join(u' ')));
}

// viostor.cat with its first member's digest changed (the samples' synthetic variant): invalid.
void TestCatalog::tamperedMember() {
    const CtlDocument document =
        load(dataDir + QStringLiteral("_synthetic/viostor/cat-member-hash-flipped/viostor.cat"));
    const ValidationReport report = Validator::validate(document, optionsWith({}));
    QCOMPARE(verdictKey(report.verdict), QStringLiteral("invalid"));
    QVERIFY(report.find(FindingCode::ContentTampered));
    QCOMPARE(driverPolicyKey(report.driverPolicy), QStringLiteral("none"));
}

void TestCatalog::synthetic_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("timeSource");
    // Signed 2025-06-16 with a signer valid in 2025 only; today is pinned to 2026-06-01.
    QTest::newRow("code-signing-countersigned") << QStringList{QStringLiteral("--countersign")} << "valid"
                                                << "vendor-signed"
                                                << "countersignature";
    QTest::newRow("code-signing-rfc3161") << QStringList{QStringLiteral("--rfc3161")} << "valid"
                                          << "vendor-signed"
                                          << "countersignature";
    QTest::newRow("no-timestamp-expired-today") << QStringList() << "invalid"
                                                << "none"
                                                << "now";
    QTest::newRow("no-timestamp-valid-today")
        << QStringList{QStringLiteral("--signer-not-after"), QStringLiteral("2030-01-01T00:00:00Z")}
        << "valid"
        << "vendor-signed"
        << "now";
    QTest::newRow("server-auth-only")
        << QStringList{QStringLiteral("--rfc3161"), QStringLiteral("--signer-eku"),
                       QStringLiteral("1.3.6.1.5.5.7.3.1")}
        << "invalid"
        << "none"
        << "countersignature";
    QTest::newRow("tampered-member") << QStringList{QStringLiteral("--rfc3161"),
                                                    QStringLiteral("--tamper-content")}
                                     << "invalid"
                                     << "none"
                                     << "countersignature";
    QTest::newRow("rfc3161-other-time")
        << QStringList{QStringLiteral("--rfc3161"), QStringLiteral("--countersign-time"),
                       QStringLiteral("2025-07-01T12:00:00Z")}
        << "valid"
        << "vendor-signed"
        << "countersignature";
}

// Synthetic catalogs from ctlfixture --catalog, signed under a fixture root given with --trust.
void TestCatalog::synthetic() {
    QFETCH(QStringList, options);
    QFETCH(QString, verdict);
    QFETCH(QString, policy);
    QFETCH(QString, timeSource);
    QVERIFY(m_dir.isValid());
    FixtureGenerator generator(QStringLiteral(CTLFIXTURE_PATH), m_dir.path());
    if (!QFile::exists(generator.rootPem()))
        QVERIFY(generator.writeRoot());
    const QString path = generator.catalog(QString::fromLatin1(QTest::currentDataTag()), options);
    QVERIFY(!path.isEmpty());
    const CtlDocument document = load(path);
    QCOMPARE(document.kind(), ListKind::Catalog);
    ValidationOptions validation = optionsWith({});
    QFile root(generator.rootPem());
    QVERIFY(root.open(QIODevice::ReadOnly));
    validation.extraTrustAnchorsDer = certificatesFromPem(root.readAll());
    const ValidationReport report = Validator::validate(document, validation);
    QStringList problems;
    for (const Finding &finding : report.findings)
        if (finding.severity != Severity::Info)
            problems << findingCodeKey(finding.code);
    // "valid": an expired signer since signing may count as a warning (valid-with-warnings).
    const QString got = verdictKey(report.verdict) == QLatin1String("valid-with-warnings") &&
                                verdict == QLatin1String("valid")
                            ? QStringLiteral("valid")
                            : verdictKey(report.verdict);
    QCOMPARE(got + QStringLiteral(" ") + problems.join(u' '),
             verdict + QStringLiteral(" ") + problems.join(u' '));
    QCOMPARE(driverPolicyKey(report.driverPolicy), policy);
    const char *source = report.evaluationTimeSource == EvaluationTimeSource::Countersignature
                             ? "countersignature"
                         : report.evaluationTimeSource == EvaluationTimeSource::Now ? "now"
                                                                                    : "other";
    QCOMPARE(QString::fromLatin1(source), timeSource);
    if (options.contains(QStringLiteral("2025-07-01T12:00:00Z")))
        QCOMPARE(isoUtc(report.evaluationTime), QStringLiteral("2025-07-01T12:00:00Z"));
    // Members as the generator wrote them (the defaults at the top of ctlfixture.cpp).
    const std::vector<CatalogMember> members = decodeCatalogMembers(document);
    QCOMPARE(members.size(), size_t(2));
    QCOMPARE(members[0].fileName(), QStringLiteral("fixture.inf"));
    QCOMPARE(members[1].kind, CatalogMemberKind::PeImage);
    QCOMPARE(members[1].memberInfo->subjectGuid, QStringLiteral("{C689AAB8-8E78-11D0-8C47-00C04FC295EE}"));
    QCOMPARE(catalogAttributes(document).size(), 2);
}

// The entries table of a catalog: file, hash (tag), what the hash covers, OS attributes (catref's values).
void TestCatalog::entryTable() {
    auto document =
        std::make_shared<const CtlDocument>(load(dataDir + QStringLiteral("viostor/viostor.cat")));
    EntryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.headerData(EntryColumn::FriendlyName, Qt::Horizontal).toString(), QStringLiteral("File"));
    QCOMPARE(model.headerData(EntryColumn::Ekus, Qt::Horizontal).toString(), QStringLiteral("OS attributes"));
    const QJsonArray members = readJson(dataDir + QStringLiteral("catref/viostor__viostor.cat.json"))
                                   .value(QStringLiteral("members"))
                                   .toArray();
    for (int row = 0; row < 4; ++row) {
        const QJsonObject member = members[row].toObject();
        QCOMPARE(model.index(row, EntryColumn::FriendlyName).data().toString(),
                 member.value(QStringLiteral("file")).toString());
        QCOMPARE(model.index(row, EntryColumn::Identifier).data().toString(),
                 member.value(QStringLiteral("tag")).toString());
        QCOMPARE(model.index(row, EntryColumn::Ekus).data().toString(), QStringLiteral("2:10.0"));
    }
    QCOMPARE(model.index(1, EntryColumn::Sha256).data().toString(), QStringLiteral("Flat file"));
    QCOMPARE(model.index(3, EntryColumn::Sha256).data().toString(), QStringLiteral("PE image"));
}

// What the detail pane, the dump and the PDF show (Sections) and ctltool's JSON, for ftdibus.cat's first
// member and its list identifier (values from catref/ftdi-cdm-2.12.04__ftdibus.cat.json).
void TestCatalog::sectionsAndJson() {
    const QString path = dataDir + QStringLiteral("ftdi-cdm-2.12.04/ftdibus.cat");
    const CtlDocument document = load(path);
    const QJsonObject facts = readJson(dataDir + QStringLiteral("catref/ftdi-cdm-2.12.04__ftdibus.cat.json"));
    const QJsonObject first = facts.value(QStringLiteral("members")).toArray().first().toObject();
    const QLocale c = QLocale::c();

    const sections::Sections list = sections::listSections(document, c);
    const QJsonObject identifier = facts.value(QStringLiteral("list_identifier")).toObject();
    QCOMPARE(sections::findField(list, u"listIdentifier")->value,
             identifier.value(QStringLiteral("hex")).toString());
    QCOMPARE(sections::findField(list, u"listIdentifierGuid")->value,
             identifier.value(QStringLiteral("guid")).toString());

    const sections::Sections entry = sections::entrySections(document, 0, c);
    QCOMPARE(sections::findField(entry, u"tag")->value, first.value(QStringLiteral("tag")).toString());
    QCOMPARE(sections::findField(entry, u"file")->value, first.value(QStringLiteral("file")).toString());
    QCOMPARE(sections::findField(entry, u"memberKind")->raw, first.value(QStringLiteral("kind")).toString());
    QCOMPARE(sections::findField(entry, u"digest")->raw, first.value(QStringLiteral("hash")).toString());
    QCOMPARE(sections::findField(entry, u"subjectGuid")->value, first.value(QStringLiteral("memberinfo"))
                                                                    .toObject()
                                                                    .value(QStringLiteral("subject_guid"))
                                                                    .toString());

    // ctltool dump --json: the same values under ctl and entries[0].catalogMember.
    QStringList arguments{QStringLiteral("dump"), QStringLiteral("--json"), path};
    QProcess tool;
    tool.start(QStringLiteral(CTLTOOL_PATH), arguments);
    QVERIFY(tool.waitForFinished(60000));
    QCOMPARE(tool.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(tool.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray()
                                   .first()
                                   .toObject();
    const QJsonObject ctl = result.value(QStringLiteral("ctl")).toObject();
    QCOMPARE(ctl.value(QStringLiteral("listIdentifierGuid")).toString(),
             identifier.value(QStringLiteral("guid")).toString());
    const QJsonObject member = result.value(QStringLiteral("entries"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("catalogMember"))
                                   .toObject();
    QCOMPARE(member.value(QStringLiteral("tag")).toString(), first.value(QStringLiteral("tag")).toString());
    QCOMPARE(member.value(QStringLiteral("kind")).toString(), first.value(QStringLiteral("kind")).toString());
    QCOMPARE(member.value(QStringLiteral("digest")).toString(),
             first.value(QStringLiteral("hash")).toString());
    QCOMPARE(member.value(QStringLiteral("file")).toString(), first.value(QStringLiteral("file")).toString());
    QCOMPARE(member.value(QStringLiteral("digestAlgorithm")).toString(), QStringLiteral("1.3.14.3.2.26"));
}

// viostor.cat (member algorithm 1.3.6.1.4.1.311.12.1.3) lists each file twice: the SHA-1 twin without
// SPC_INDIRECT_DATA takes its kind from the member with the same File and CAT_MEMBERINFO2, and every view
// names that member. Expected: catref (the independent reader) gives each member's kind, file, memberinfo2
// and whether it has indirect data; the partner is found from those facts here.
void TestCatalog::sha1Twins() {
    const QString path = dataDir + QStringLiteral("viostor/viostor.cat");
    auto document = std::make_shared<const CtlDocument>(load(path));
    const QJsonArray facts = readJson(dataDir + QStringLiteral("catref/viostor__viostor.cat.json"))
                                 .value(QStringLiteral("members"))
                                 .toArray();
    QCOMPARE(facts.size(), 4);
    const auto fileOf = [&](qsizetype i) {
        return facts[i].toObject().value(QStringLiteral("file")).toString();
    };
    const auto info2Of = [&](qsizetype i) {
        return facts[i]
            .toObject()
            .value(QStringLiteral("memberinfo2"))
            .toObject()
            .value(QStringLiteral("raw_hex"));
    };
    const auto hasIndirect = [&](qsizetype i) {
        return facts[i].toObject().value(QStringLiteral("indirect_data")).isObject();
    };
    QList<int> expectedTwin;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        int partner = -1;
        for (qsizetype k = 0; k < facts.size() && !hasIndirect(i); ++k)
            if (hasIndirect(k) && fileOf(k) == fileOf(i) && info2Of(k) == info2Of(i))
                partner = int(k);
        expectedTwin << partner;
    }
    QCOMPARE(expectedTwin, (QList<int>{3, -1, 1, -1})); // the facts hold two twins, to both members

    const std::vector<CatalogMember> members = decodeCatalogMembers(*document);
    EntryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QString kind = facts[i].toObject().value(QStringLiteral("kind")).toString();
        const QString kindLabel =
            kind == QLatin1String("pe") ? QStringLiteral("PE image") : QStringLiteral("Flat file");
        const QString label =
            expectedTwin[i] < 0 ? kindLabel
                                : kindLabel + QStringLiteral(", SHA-1 twin of #%1").arg(expectedTwin[i] + 1);
        QCOMPARE(members[size_t(i)].twinOf, expectedTwin[i]);
        QCOMPARE(catalogMemberKindKey(members[size_t(i)].kind), kind);
        const CatalogMember single = decodeCatalogMember(*document, size_t(i));
        QCOMPARE(single.twinOf, expectedTwin[i]);
        QCOMPARE(catalogMemberKindKey(single.kind), kind);
        // The entries table, the detail pane (Sections), as a user reads them.
        QCOMPARE(model.index(int(i), EntryColumn::Sha256).data().toString(), label);
        const sections::Sections entry = sections::entrySections(*document, int(i), QLocale::c());
        QCOMPARE(sections::findField(entry, u"memberKind")->value, label);
        QCOMPARE(sections::findField(entry, u"memberKind")->raw, kind);
    }

    // ctltool dump: the text names the twin's partner, JSON gives kind and twinOf (an index in entries[]).
    QProcess tool;
    tool.start(QStringLiteral(CTLTOOL_PATH), {QStringLiteral("dump"), path});
    QVERIFY(tool.waitForFinished(60000));
    QCOMPARE(tool.exitCode(), 0);
    const QString text = QString::fromUtf8(tool.readAllStandardOutput());
    QVERIFY2(!text.contains(QLatin1String("Unknown")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("PE image, SHA-1 twin of #4")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Flat file, SHA-1 twin of #2")), qPrintable(text));
    tool.start(QStringLiteral(CTLTOOL_PATH), {QStringLiteral("dump"), QStringLiteral("--json"), path});
    QVERIFY(tool.waitForFinished(60000));
    QCOMPARE(tool.exitCode(), 0);
    const QJsonArray entries = QJsonDocument::fromJson(tool.readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("entries"))
                                   .toArray();
    QCOMPARE(entries.size(), facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QJsonObject member = entries[i].toObject().value(QStringLiteral("catalogMember")).toObject();
        QCOMPARE(member.value(QStringLiteral("kind")).toString(),
                 facts[i].toObject().value(QStringLiteral("kind")).toString());
        QCOMPARE(member.value(QStringLiteral("twinOf")).toInt(-1), expectedTwin[i]);
    }
}

// The driver purposes a catalog signer may hold, named as Microsoft names them: wincrypt.h's constants as
// Microsoft's Windows API metadata publishes them
// (https://microsoft.github.io/windows-docs-rs/doc/windows/Win32/Security/ Cryptography/, e.g.
// constant.szOID_ATTEST_WHQL_CRYPTO.html) and the names Windows shows in a catalog signer's Enhanced Key
// Usage (learn.microsoft.com/windows-hardware/drivers/dashboard/code-signing-validate). Typed here.
void TestCatalog::driverPurposeNames() {
    const QList<std::array<QString, 3>> expected = {
        {u"1.3.6.1.4.1.311.10.3.5"_qs, u"szOID_WHQL_CRYPTO"_qs, u"Windows Hardware Driver Verification"_qs},
        {u"1.3.6.1.4.1.311.10.3.5.1"_qs, u"szOID_ATTEST_WHQL_CRYPTO"_qs,
         u"Windows Hardware Driver Attested Verification"_qs},
        {u"1.3.6.1.4.1.311.10.3.39"_qs, u"szOID_EV_WHQL_CRYPTO"_qs,
         u"Windows Hardware Driver Extended Verification"_qs},
        {u"1.3.6.1.4.1.311.10.3.6"_qs, u"szOID_NT5_CRYPTO"_qs, u"Windows System Component Verification"_qs},
        {u"1.3.6.1.4.1.311.10.3.7"_qs, u"szOID_OEM_WHQL_CRYPTO"_qs,
         u"OEM Windows System Component Verification"_qs},
        {u"1.3.6.1.4.1.311.10.3.8"_qs, u"szOID_EMBEDDED_NT_CRYPTO"_qs,
         u"Embedded Windows System Component Verification"_qs},
    };
    for (const auto &[dotted, sdk, name] : expected) {
        QCOMPARE(oid::sdkName(dotted), sdk);
        QCOMPARE(oid::label(dotted), name);
    }
}

// qemufwcfg.cat carries its root, VeriSign Universal Root, only as a cross-certificate issued by
// Microsoft Code Verification Root (catref's certificates); neither is trusted here. The chain finding
// names the root that is missing (FACTS.json's chain top) as not in the trust store and suggests --trust,
// not the cross-certificate's issuer as the end; the time-stamping chain says the same. With the root
// given, the chain ends at it (FACTS.json's anchor file is named by its SHA-1).
void TestCatalog::rootNotTrustedHere() {
    const QJsonObject catalog = readJson(dataDir + QStringLiteral("FACTS.json"))
                                    .value(QStringLiteral("packages"))
                                    .toObject()
                                    .value(QStringLiteral("qemufwcfg"))
                                    .toObject()
                                    .value(QStringLiteral("catalogs"))
                                    .toObject()
                                    .value(QStringLiteral("qemufwcfg.cat"))
                                    .toObject();
    const QJsonObject facts = catalog.value(QStringLiteral("signers"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("chain_catref"))
                                  .toObject();
    const QString root = facts.value(QStringLiteral("top")).toString();
    QVERIFY(root.startsWith(QLatin1String("CN=VeriSign Universal Root Certification Authority,")));
    QString crossIssuer;
    for (const QJsonValue &certificate :
         readJson(dataDir + QStringLiteral("catref/qemufwcfg__qemufwcfg.cat.json"))
             .value(QStringLiteral("certificates"))
             .toArray())
        if (certificate.toObject().value(QStringLiteral("subject")).toString() == root)
            crossIssuer = certificate.toObject().value(QStringLiteral("issuer")).toString();
    QVERIFY(crossIssuer.startsWith(QLatin1String("CN=Microsoft Code Verification Root,")));

    const CtlDocument document = load(dataDir + QStringLiteral("qemufwcfg/qemufwcfg.cat"));
    const ValidationReport report = Validator::validate(document, optionsWith({}));
    QCOMPARE(verdictKey(report.verdict), QStringLiteral("invalid")); // as before: judged today, expired
    const Finding *chain = report.find(FindingCode::ChainInvalid);
    QVERIFY(chain);
    const auto &problems = chain->arguments.chainProblems;
    const auto rootProblem = std::find_if(problems.begin(), problems.end(), [](const ChainProblem &problem) {
        return problem.kind == ChainProblem::Kind::RootNotInStore;
    });
    QVERIFY(rootProblem != problems.end());
    QCOMPARE(rootProblem->subject, root);
    QCOMPARE(rootProblem->detail, crossIssuer);
    for (const Finding *finding : {chain, report.find(FindingCode::CountersignatureUntrusted)}) {
        QVERIFY(finding);
        const QString explanation = findingExplanation(*finding);
        QVERIFY2(explanation.contains(QStringLiteral("the chain ends at the root ") + root +
                                      QStringLiteral(", which is not in the trust store here")),
                 qPrintable(explanation));
        QVERIFY2(explanation.contains(QLatin1String("--trust")), qPrintable(explanation));
        QVERIFY2(!explanation.contains(QStringLiteral("issuer not found: ") + crossIssuer),
                 qPrintable(explanation));
    }

    const ValidationReport trusted = Validator::validate(
        document, optionsWith({QStringLiteral("VeriSign_Universal_Root_Certification_Authority.pem")}));
    const ChainResult &withRoot = trusted.signers.front().chainAtSigning;
    QVERIFY(withRoot.trusted);
    QCOMPARE(toHex(withRoot.elements.back().certificate.sha1).toUpper() + QStringLiteral(".crt"),
             facts.value(QStringLiteral("anchor")).toString());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
