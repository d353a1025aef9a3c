// The parser on synthetic lists from tests/fixturegen, in both encodings and with other list usages.
// Expected values follow the generator's documented entry rule (top of fixturegen/ctlfixture.cpp) and
// are computed here with QCryptographicHash, not read back through the parser.
#include "DocumentLoader.h"
#include "Oids.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlv;

class TestFixtures : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    CtlDocument generate(const QString &name, const QStringList &arguments) {
        const QString out = m_dir.filePath(name);
        QProcess generator;
        generator.start(QStringLiteral(CTLFIXTURE_PATH),
                        QStringList{QStringLiteral("--out"), out} + arguments);
        if (!generator.waitForFinished(120000) || generator.exitCode() != 0)
            qWarning() << generator.readAllStandardError();
        auto loaded = DocumentLoader::loadFile(out);
        if (!loaded) {
            qWarning() << loaded.error().toString();
            return {};
        }
        return loaded.value().front();
    }

private Q_SLOTS:
    void entriesFollowTheGeneratorRule_data() {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("explicit") << QStringLiteral("explicit");
        QTest::newRow("octet") << QStringLiteral("octet");
    }
    void entriesFollowTheGeneratorRule() {
        QFETCH(QString, encoding);
        const int count = 120;
        const CtlDocument document =
            generate(encoding + QStringLiteral(".stl"),
                     {QStringLiteral("--encoding"), encoding, QStringLiteral("--entries"),
                      QString::number(count), QStringLiteral("--list-id"), QStringLiteral("Fixture_List_1"),
                      QStringLiteral("--ctlogs"), QStringLiteral("3")});
        QCOMPARE(document.ctlInOctetString, encoding == QLatin1String("octet"));
        QCOMPARE(int(document.entries.size()), count);
        QCOMPARE(document.listIdentifierText(), QStringLiteral("Fixture_List_1"));
        QCOMPARE(isoUtc(document.thisUpdate.utc), QStringLiteral("2025-06-16T17:56:11Z"));
        QCOMPARE(isoUtc(document.sequenceNumberTime().value()), QStringLiteral("2025-06-16T17:56:11Z"));
        QCOMPARE(document.extensions.front().ctLogs.size(), 3);
        const QString serverAuth = QStringLiteral("1.3.6.1.5.5.7.3.1"),
                      clientAuth = QStringLiteral("1.3.6.1.5.5.7.3.2"),
                      codeSigning = QStringLiteral("1.3.6.1.5.5.7.3.3");
        for (int i = 0; i < count; ++i) {
            const CtlEntry &entry = document.entries[static_cast<size_t>(i)];
            const QByteArray seed = "ctlfixture entry " + QByteArray::number(i);
            QCOMPARE(entry.identifier, QCryptographicHash::hash(seed, QCryptographicHash::Sha1));
            QCOMPARE(entry.identifierKind, IdentifierKind::Sha1OfCertificate);
            QCOMPARE(entry.sha256, QCryptographicHash::hash(seed, QCryptographicHash::Sha256));
            QCOMPARE(entry.friendlyName.value(), QStringLiteral("Fixture Root %1").arg(i));
            QCOMPARE(entry.keyIdentifier, QCryptographicHash::hash("ctlfixture key " + QByteArray::number(i),
                                                                   QCryptographicHash::Sha1));
            const QStringList expectedEkus =
                i % 2 == 0 ? QStringList{serverAuth, clientAuth} : QStringList{codeSigning};
            QCOMPARE(entry.ekus.value(), expectedEkus);
            if (i % 5 == 1) {
                QCOMPARE(isoUtc(entry.disabledFrom->utc), QStringLiteral("2020-01-01T00:00:00Z"));
                QCOMPARE(entry.disabledEkus.value(), QStringList{serverAuth});
            } else if (i % 5 == 2) {
                QVERIFY(entry.disabledFrom->empty);
            } else {
                QVERIFY(!entry.disabledFrom.has_value());
            }
            if (i % 7 == 3) {
                QCOMPARE(isoUtc(entry.notBefore->utc), QStringLiteral("2021-02-03T04:05:06Z"));
                QCOMPARE(entry.notBeforeEkus.value(), QStringList{codeSigning});
            } else {
                QVERIFY(!entry.notBefore.has_value());
            }
            QCOMPARE(entry.unknownAttributes.size(), i % 11 == 4 ? 1 : 0);
            if (i % 11 == 4) {
                QCOMPARE(entry.unknownAttributes.first().oid, QStringLiteral("1.3.6.1.4.1.311.10.11.9999"));
                QCOMPARE(entry.unknownAttributes.first().values.first(), QByteArray::fromHex("0403010203"));
            }
            QCOMPARE(entry.hasRootProgramPolicies, i % 3 == 0);
            QVERIFY(entry.problems.isEmpty());
        }
    }

    void otherUsagesAndTimes() {
        const CtlDocument disallowed =
            generate(QStringLiteral("disallowed.stl"),
                     {QStringLiteral("--usage"), QString::fromLatin1(oid::DisallowedList),
                      QStringLiteral("--minimal-entries"), QStringLiteral("--this-update"),
                      QStringLiteral("2055-01-02T03:04:05Z"), QStringLiteral("--next-update"),
                      QStringLiteral("2056-01-02T03:04:05Z")});
        QCOMPARE(disallowed.kind(), ListKind::Disallowed);
        QVERIFY(disallowed.thisUpdate.generalized); // years from 2050 need GeneralizedTime
        QCOMPARE(isoUtc(disallowed.thisUpdate.utc), QStringLiteral("2055-01-02T03:04:05Z"));
        QCOMPARE(isoUtc(disallowed.nextUpdate->utc), QStringLiteral("2056-01-02T03:04:05Z"));
        const CtlDocument enterprise =
            generate(QStringLiteral("enterprise.stl"),
                     {QStringLiteral("--usage"), QStringLiteral("1.3.6.1.5.5.7.3.1"),
                      QStringLiteral("--no-sequence"), QStringLiteral("--entries"), QStringLiteral("0")});
        QCOMPARE(enterprise.kind(), ListKind::Other);
        QVERIFY(!enterprise.hasSequenceNumber);
        QVERIFY(enterprise.entries.empty());
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
