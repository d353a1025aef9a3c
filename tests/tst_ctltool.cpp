// `ctltool dump`: the JSON keys the issue fixes, the text report and the exit codes, run in-process
// and once as a real process.
#include "CtlTool.h"
#include "JsonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <tuple>

using namespace ctlv;

namespace {

QString dataPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runTool(const QStringList &arguments) {
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run run;
    run.exitCode = runCtlTool(arguments, out, err);
    run.out = out.data();
    run.err = err.data();
    return run;
}

QJsonObject dumpJson(const QString &file) {
    const Run run = runTool({QStringLiteral("dump"), QStringLiteral("--json"), dataPath(file)});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << run.err;
    // One document {formatVersion, results: [...]}, also for one file.
    const QJsonArray results = document.object().value(QLatin1String("results")).toArray();
    if (results.size() != 1)
        qWarning() << "expected one result, got" << results.size();
    return results.first().toObject();
}

} // namespace

class TestCtlTool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonWriterEscapes() {
        // Expected bytes written by hand from RFC 8259 and UTF-8 (RFC 3629): quote, backslash and control
        // characters escaped; é (U+00E9) as C3 A9; 한 (U+D55C) as ED 95 9C; U+1F600 as its escaped
        // surrogate pair; numbers as digits.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter json(buffer, false);
            json.beginArray();
            json.value(QStringLiteral("a\"b\\c\n\t\x01"));
            json.value(QString::fromUtf8("\xc3\xa9\xed\x95\x9c"));
            json.value(QString::fromUtf8("\xf0\x9f\x98\x80"));
            json.value(qint64(-9007199254740993));
            json.endArray();
        }
        QCOMPARE(buffer.data(), QByteArray("[\"a\\\"b\\\\c\\n\\t\\u0001\",\"\xc3\xa9\xed\x95\x9c\","
                                           "\"\\ud83d\\ude00\",-9007199254740993]\n"));
    }

    void jsonOfCab() {
        const QJsonObject root = dumpJson(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"));
        QCOMPARE(root.value(QLatin1String("container")).toString(), QStringLiteral("cab"));
        QCOMPARE(root.value(QLatin1String("member")).toString(), QStringLiteral("authroot.stl"));
        const QJsonObject ctl = root.value(QLatin1String("ctl")).toObject();
        QCOMPARE(ctl.value(QLatin1String("kind")).toString(), QStringLiteral("authroot"));
        QCOMPARE(ctl.value(QLatin1String("subjectUsage")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.4.1.311.10.3.9")});
        QCOMPARE(ctl.value(QLatin1String("sequenceNumber")).toString(), QStringLiteral("1401dbdee7f1a4f449"));
        QCOMPARE(ctl.value(QLatin1String("thisUpdate")).toString(), QStringLiteral("2025-06-16T17:56:11Z"));
        QVERIFY(!ctl.contains(QLatin1String("nextUpdate"))); // missing values are absent keys, never null
        QCOMPARE(ctl.value(QLatin1String("entryCount")).toInt(), 514);

        const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 514);
        // First entry per `openssl asn1parse` (offset 132): CDD4EEAE..., the 2001 root's SHA-1.
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(QLatin1String("identifier")).toString(),
                 QStringLiteral("cdd4eeae6000ac7f40c3802c171e30148030c072"));
        QCOMPARE(first.value(QLatin1String("friendlyName")).toString(),
                 QStringLiteral("Microsoft Root Certificate Authority"));
        QCOMPARE(first.value(QLatin1String("sha256")).toString(),
                 QStringLiteral("885de64c340e3ea70658f01e1145f957fcda27aabeea1ab9faa9fdb0102d4077"));
        QCOMPARE(first.value(QLatin1String("disabledFrom")).toString(),
                 QStringLiteral("2021-08-01T00:00:00Z"));
        QCOMPARE(first.value(QLatin1String("notBefore")).toString(), QStringLiteral("2017-04-30T00:00:00Z"));
        QVERIFY(!first.contains(QLatin1String("ekus"))); // absent attribute, absent key
        QVERIFY(!first.contains(QLatin1String("notBeforeEkus")));
        QCOMPARE(first.value(QLatin1String("unknownAttributes")).toArray().size(), 0);
        // Empty FILETIME values are "" (ctl-format.md: 2 empty disabled dates, 6 empty NotBefore dates).
        int emptyDisabled = 0, emptyNotBefore = 0;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            emptyDisabled += entry.contains(QLatin1String("disabledFrom")) &&
                             entry.value(QLatin1String("disabledFrom")).toString().isEmpty();
            emptyNotBefore += entry.contains(QLatin1String("notBefore")) &&
                              entry.value(QLatin1String("notBefore")).toString().isEmpty();
            QCOMPARE(entry.value(QLatin1String("identifier")).toString(),
                     entry.value(QLatin1String("identifier")).toString().toLower());
        }
        QCOMPARE(emptyDisabled, 2);
        QCOMPARE(emptyNotBefore, 6);

        // SOURCES.md: Publisher <- List CA 2011 (2024-09-12..2025-09-11); List CA 2011 <- Root CA 2010.
        const QJsonArray certificates = root.value(QLatin1String("certificates")).toArray();
        QCOMPARE(certificates.size(), 2);
        const QJsonObject publisher = certificates.at(0).toObject();
        QVERIFY(publisher.value(QLatin1String("subject"))
                    .toString()
                    .startsWith(QLatin1String("CN=Microsoft Certificate Trust List Publisher")));
        QVERIFY(publisher.value(QLatin1String("issuer"))
                    .toString()
                    .startsWith(QLatin1String("CN=Microsoft Certificate List CA 2011")));
        QCOMPARE(publisher.value(QLatin1String("notBefore")).toString().left(10),
                 QStringLiteral("2024-09-12"));
        QCOMPARE(publisher.value(QLatin1String("notAfter")).toString().left(10),
                 QStringLiteral("2025-09-11"));
        QCOMPARE(publisher.value(QLatin1String("ekus")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.4.1.311.10.3.9")});
        for (const char *key : {"serial", "sha1"})
            QVERIFY(!publisher.value(QLatin1String(key)).toString().isEmpty());

        const QJsonArray signers = root.value(QLatin1String("signers")).toArray();
        QCOMPARE(signers.size(), 1);
        const QJsonObject signer = signers.first().toObject();
        QCOMPARE(signer.value(QLatin1String("kind")).toString(), QStringLiteral("primary"));
        QCOMPARE(signer.value(QLatin1String("digest")).toString(), QStringLiteral("sha256"));
        QCOMPARE(signer.value(QLatin1String("subject")).toString(),
                 publisher.value(QLatin1String("subject")).toString());
        QCOMPARE(signer.value(QLatin1String("ekus")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.4.1.311.10.3.9")});
    }

    void jsonOfDerAndNestedSigner() {
        const QJsonObject root = dumpJson(QStringLiteral("authroot_2015-01-22_sha1_nested-sha256.stl"));
        QCOMPARE(root.value(QLatin1String("container")).toString(), QStringLiteral("der"));
        QVERIFY(!root.contains(QLatin1String("member")));
        const QJsonArray signers = root.value(QLatin1String("signers")).toArray();
        QCOMPARE(signers.size(), 2);
        QCOMPARE(signers.at(0).toObject().value(QLatin1String("digest")).toString(), QStringLiteral("sha1"));
        QCOMPARE(signers.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("nested"));
        QCOMPARE(signers.at(1).toObject().value(QLatin1String("digest")).toString(),
                 QStringLiteral("sha256"));
    }

    void jsonOfPinRules() {
        const QJsonObject root =
            dumpJson(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"));
        const QJsonObject ctl = root.value(QLatin1String("ctl")).toObject();
        QCOMPARE(ctl.value(QLatin1String("kind")).toString(), QStringLiteral("pinrules"));
        QCOMPARE(ctl.value(QLatin1String("nextUpdate")).toString(), QStringLiteral("2018-06-01T23:28:59Z"));
        QCOMPARE(ctl.value(QLatin1String("sequenceNumber")).toString(), QStringLiteral("01d2da65addb4037"));
    }

    void textReport() {
        const Run run =
            runTool({QStringLiteral("dump"),
                     dataPath(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"))});
        QCOMPARE(run.exitCode, int(ExitOk));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QLatin1String("Kind:                Trusted root certificates (authroot)")));
        QVERIFY(text.contains(QLatin1String("Entries:             480")));
        QVERIFY(text.contains(
            QLatin1String("Certificate Transparency log list (1.3.6.1.4.1.311.10.3.52): 35 log keys")));
        QVERIFY(
            text.contains(QLatin1String("Subject usage:       Root List Signer (1.3.6.1.4.1.311.10.3.9)")));
    }

    void exitCodeAndMessageForBadInput() {
        const Run run =
            runTool({QStringLiteral("dump"), QStringLiteral(CTL_TEST_DATA_DIR "/real/SOURCES.md")});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(
            QString::fromUtf8(run.err),
            QStringLiteral(
                "ctltool: " CTL_TEST_DATA_DIR
                "/real/SOURCES.md: this is a text file, not a Certificate Trust "
                "List (it begins with \"# Real-world Microsoft CTL sample files \u2014 provenance\")\n"));
    }

    void usageErrors() {
        QCOMPARE(runTool({}).exitCode, int(ExitUnreadable));
        QCOMPARE(runTool({QStringLiteral("frobnicate")}).exitCode, int(ExitUnreadable));
        QCOMPARE(runTool({QStringLiteral("dump")}).exitCode, int(ExitUnreadable));
        QCOMPARE(runTool({QStringLiteral("--help")}).exitCode, int(ExitOk));
    }

    void unsignedListStillDumps() {
        const QJsonObject root =
            dumpJson(QStringLiteral("authroot_2022-11-15_MALFORMED_no-signerinfos_tls-inspector.stl"));
        QCOMPARE(root.value(QLatin1String("ctl")).toObject().value(QLatin1String("entryCount")).toInt(), 447);
        QCOMPARE(root.value(QLatin1String("signers")).toArray().size(), 0);
    }

    void realProcess() {
        QProcess process;
        process.start(QStringLiteral(CTLTOOL_PATH),
                      {QStringLiteral("dump"), QStringLiteral("--json"),
                       dataPath(QStringLiteral("disallowedcertstl_2019-08-13.cab"))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput())
                                     .object()
                                     .value(QLatin1String("results"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(root.value(QLatin1String("member")).toString(), QStringLiteral("disallowedcert.stl"));
        QCOMPARE(root.value(QLatin1String("ctl")).toObject().value(QLatin1String("entryCount")).toInt(), 72);

        process.start(QStringLiteral(CTLTOOL_PATH),
                      {QStringLiteral("dump"), QStringLiteral("/nonexistent/authroot.stl")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(
            QString::fromUtf8(process.readAllStandardError()),
            QStringLiteral(
                "ctltool: /nonexistent/authroot.stl: cannot open the file: No such file or directory\n"));
    }

    void languageOption() {
        // Expected texts are typed here as a reader of each language would say them; the environment
        // pins the system locale, so the cases without --lang show that ctltool follows it.
        const QString list = dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const auto runWith = [](const QString &systemLanguage, const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
                environment.remove(QString::fromLatin1(name));
            environment.insert(QStringLiteral("LANG"), systemLanguage);
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(CTLTOOL_PATH), arguments);
            process.waitForFinished(60000);
            return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError())};
        };
        const QString c = QStringLiteral("C.UTF-8");
        auto [code, out, err] =
            runWith(c, {QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("verify"), list});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("진짜 목록입니다")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("항목 514개")));

        std::tie(code, out, err) = runWith(c, {QStringLiteral("verify"), QStringLiteral("--lang=de"), list});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("Die Liste ist echt")), qPrintable(out));

        // The system's language when no --lang is given, and --lang over it.
        std::tie(code, out, err) = runWith(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("verify"), list});
        QVERIFY2(out.contains(QStringLiteral("Die Liste ist echt")), qPrintable(out));
        std::tie(code, out, err) =
            runWith(QStringLiteral("de_DE.UTF-8"),
                    {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), list});
        QVERIFY2(out.contains(QStringLiteral("The list is genuine")), qPrintable(out));
        // English has real plurals, not "(s)".
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("List is \\d+ days old"))), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("day(s)")));

        // The usage text in the chosen language, and it names --lang.
        std::tie(code, out, err) =
            runWith(c, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QVERIFY2(out.startsWith(QStringLiteral("Aufruf: ctltool")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("--lang CODE")));

        // An unknown code and a missing code: exit 2 and a message that names the languages there are.
        std::tie(code, out, err) =
            runWith(c, {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("dump"), list});
        QCOMPARE(code, 2);
        QVERIFY(out.isEmpty());
        QCOMPARE(err, QStringLiteral("ctltool: --lang xx: no translation for this language; available: en "
                                     "(English), de (Deutsch), ko (한국어)\n"));
        std::tie(code, out, err) = runWith(c, {QStringLiteral("dump"), list, QStringLiteral("--lang")});
        QCOMPARE(code, 2);
        QVERIFY2(err.startsWith(QStringLiteral("ctltool: --lang needs a language code")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCtlTool)
#include "tst_ctltool.moc"
