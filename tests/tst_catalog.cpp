// Security catalogs (.cat): members and catalog attributes decoded as an independent reader found them
// (tests/data/catalogs/catref/*.json and FACTS.json, made by the samples' own reader and osslsigncode, see
// tests/data/catalogs/SOURCES.md), the verdict by catalog rules on the real catalogs, and synthetic catalogs
// from tests/fixturegen (code signing, server auth only, no timestamp, RFC 3161 timestamp, tampered member).
#include "CatalogMembers.h"
#include "DocumentLoader.h"
#include "FixtureGenerator.h"
#include "Oids.h"
#include "Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
