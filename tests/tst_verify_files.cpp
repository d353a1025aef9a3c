// `ctltool verify-files` (CommandVerifyFiles, CatalogCoverage): the real driver packages' files against
// their catalogs, with the member each file matches taken from FACTS.json (the samples' independent
// reader); coverage by hash, never by name; the CRLF note for an INF git turned to LF; a folder of
// catalogs; unreadable input; the JSON shape against resources/schema/verify-files.schema.json.
#include "CatalogCoverage.h"
#include "CtlTool.h"
#include "CtlToolRun.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ctlv;
using namespace Qt::StringLiterals;

namespace {

const QString CatalogDir = QStringLiteral(CTL_TEST_DATA_DIR "/catalogs/");
const QString PeDir = QStringLiteral(CTL_TEST_DATA_DIR "/pe/");

using Result = ToolRun;

Result run(const QStringList &arguments) {
    return runTool(arguments);
}

QJsonObject facts() {
    QFile file(CatalogDir + u"FACTS.json"_s);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// FACTS.json's matches for a file of a package: {catalog file name, member index, hash (uppercase), alg}.
QJsonArray factsMatches(const QString &package, const QString &file) {
    return facts()[u"packages"_s][package][u"coverage"_s][file][u"matches"_s].toArray();
}

QJsonObject fileResult(const QJsonObject &json, const QString &pathSuffix) {
    for (const QJsonValue &file : json[u"files"_s].toArray())
        if (file[u"path"_s].toString().endsWith(pathSuffix))
            return file.toObject();
    return {};
}

} // namespace

class TestVerifyFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFilesMatchTheMembersFactsNames_data();
    void realFilesMatchTheMembersFactsNames();
    void lfInfGetsTheLineEndingNote();
    void membersWithoutFile();
    void folderOfCatalogs();
    void notAFileNameMatch();
    void unreadableInput();
    void usage();
    void peFixturesInAGeneratedCatalog();
};

void TestVerifyFiles::realFilesMatchTheMembersFactsNames_data() {
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<QString>("file");
    QTest::newRow("arduino") << u"arduino"_s << u"arduino.cat"_s << u"arduino.inf"_s;
    QTest::newRow("genuino") << u"arduino"_s << u"genuino.cat"_s << u"genuino.inf"_s;
    QTest::newRow("qemufwcfg") << u"qemufwcfg"_s << u"qemufwcfg.cat"_s << u"qemufwcfg.inf"_s;
    QTest::newRow("oem89") << u"signify-flat"_s << u"oem89.cat"_s << u"amdacpbtscoext.inf"_s;
    QTest::newRow("catfiletest") << u"signify-flat"_s << u"catfiletest.cat"_s << u"oem89.cat"_s;
    QTest::newRow("viostor sha1+sha256") << u"viostor"_s << u"viostor.cat"_s << u"viostor.inf"_s;
    QTest::newRow("ftdibus CRLF") << u"ftdi-cdm-2.12.04"_s << u"ftdibus.cat"_s
                                  << u"_derived_crlf/ftdibus.inf"_s;
}

void TestVerifyFiles::realFilesMatchTheMembersFactsNames() {
    QFETCH(QString, package);
    QFETCH(QString, catalog);
    QFETCH(QString, file);
    const QString dir = CatalogDir + package + u'/';
    const Result result =
        run({u"verify-files"_s, u"--json"_s, u"--no-system-trust"_s, dir + catalog, dir + file});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    const QJsonObject json = result.json();
    QCOMPARE(json[u"catalog"_s][u"path"_s].toString(), dir + catalog);
    const QJsonObject checked = fileResult(json, file);
    QVERIFY(checked[u"covered"_s].toBool());
    QCOMPARE(checked[u"kind"_s].toString(), u"flat"_s);
    const QJsonArray expected = factsMatches(package, file);
    QVERIFY(!expected.isEmpty());
    const QJsonArray matches = checked[u"matches"_s].toArray();
    QCOMPARE(matches.size(), expected.size());
    for (const QJsonValue &want : expected) {
        bool found = false;
        for (const QJsonValue &match : matches) {
            if (match[u"index"_s].toInt() == want[1].toInt()) {
                found = true;
                QCOMPARE(match[u"algorithm"_s].toString(), want[3].toString());
                QCOMPARE(checked[want[3].toString()].toString(), want[2].toString().toLower());
            }
        }
        QVERIFY2(found, qPrintable(want[2].toString()));
    }
    // Every member that covers the file names it in members[].
    for (const QJsonValue &member : json[u"members"_s].toArray())
        if (member[u"file"_s].isString())
            QVERIFY(member[u"file"_s].toString().endsWith(file));
}

void TestVerifyFiles::lfInfGetsTheLineEndingNote() {
    const QString dir = CatalogDir + u"ftdi-cdm-2.12.04/"_s;
    const Result result =
        run({u"verify-files"_s, u"--json"_s, dir + u"ftdibus.cat"_s, dir + u"ftdibus.inf"_s});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject checked = fileResult(result.json(), u"/ftdibus.inf"_s);
    QCOMPARE(checked[u"covered"_s].toBool(), false);
    QVERIFY(checked[u"member"_s].isNull());
    // FACTS.json: the CRLF copy is the member the LF file would be.
    const QJsonArray expected = factsMatches(u"ftdi-cdm-2.12.04"_s, u"_derived_crlf/ftdibus.inf"_s);
    const QJsonArray notes = checked[u"lineEndingMatches"_s].toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0][u"index"_s].toInt(), expected[0][1].toInt());
    // In words too.
    const Result text = run({u"verify-files"_s, dir + u"ftdibus.cat"_s, dir + u"ftdibus.inf"_s});
    QVERIFY(text.out.contains("differs from a covered member only in line endings"));
    QVERIFY(text.out.contains("NOT covered"));
    // The synthetic LF copy of viostor.inf: not covered, with the note.
    const Result viostor = run({u"verify-files"_s, u"--json"_s, CatalogDir + u"viostor/viostor.cat"_s,
                                CatalogDir + u"_synthetic/viostor/inf-lf/viostor.inf"_s});
    const QJsonObject lf = fileResult(viostor.json(), u"inf-lf/viostor.inf"_s);
    QCOMPARE(lf[u"covered"_s].toBool(), false);
    QCOMPARE(lf[u"lineEndingMatches"_s].toArray().size(), 2); // the SHA-1 and SHA-256 members
}

void TestVerifyFiles::membersWithoutFile() {
    // viostor.cat: the INF is here, viostor.sys (members 0 and 3, FACTS.json) is not.
    const Result result = run(
        {u"verify-files"_s, u"--json"_s, CatalogDir + u"viostor/viostor.cat"_s, CatalogDir + u"viostor"_s});
    const QJsonArray members = result.json()[u"members"_s].toArray();
    QCOMPARE(members.size(), 4);
    QStringList unmatched;
    for (const QJsonValue &member : members)
        if (member[u"file"_s].isNull())
            unmatched << QString::number(member[u"index"_s].toInt());
    QCOMPARE(unmatched, QStringList({u"0"_s, u"3"_s}));
    // The catalog itself is not one of the files checked.
    QCOMPARE(result.json()[u"files"_s].toArray().size(), 1);
}

void TestVerifyFiles::folderOfCatalogs() {
    // Every catalog of the samples indexed at once; each file found in the catalog FACTS.json names.
    const Result result = run({u"verify-files"_s, u"--json"_s, CatalogDir, CatalogDir + u"arduino"_s,
                               CatalogDir + u"viostor/viostor.inf"_s});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
    const QJsonObject json = result.json();
    int catalogFiles = 0; // every .cat file of tests/data/catalogs is a catalog
    for (QDirIterator it(CatalogDir, {u"*.cat"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();
         it.next())
        ++catalogFiles;
    QVERIFY(catalogFiles >= 8);
    QCOMPARE(json[u"catalogsIndexed"_s].toInt(), catalogFiles);
    const QJsonObject arduino = fileResult(json, u"arduino/arduino.inf"_s);
    QCOMPARE(arduino[u"member"_s][u"catalog"_s].toString(), CatalogDir + u"arduino/arduino.cat"_s);
    const QJsonObject genuino = fileResult(json, u"arduino/genuino.inf"_s);
    QCOMPARE(genuino[u"member"_s][u"catalog"_s].toString(), CatalogDir + u"arduino/genuino.cat"_s);
    // viostor.inf: SHA-1 and SHA-256 members of the real catalog, and of the synthetic copy whose first
    // member was flipped (its signature no longer holds): listed by both, vouched for by the real one.
    const QJsonObject viostor = fileResult(json, u"viostor/viostor.inf"_s);
    QSet<QString> viostorCatalogs;
    for (const QJsonValue &match : viostor[u"matches"_s].toArray())
        viostorCatalogs << match[u"catalog"_s].toString();
    QCOMPARE(viostorCatalogs,
             QSet<QString>({CatalogDir + u"viostor/viostor.cat"_s,
                            CatalogDir + u"_synthetic/viostor/cat-member-hash-flipped/viostor.cat"_s}));
    QCOMPARE(viostor[u"matches"_s].toArray().size(), 4);
    QVERIFY(viostor[u"vouched"_s].toBool());
    // A catalog is not covered by itself.
    QCOMPARE(fileResult(json, u"arduino/arduino.cat"_s)[u"covered"_s].toBool(), false);
    // Only the catalogs that cover a file are listed (and verified).
    QCOMPARE(json[u"catalogs"_s].toArray().size(), 4);
    for (const QJsonValue &catalog : json[u"catalogs"_s].toArray())
        QVERIFY(catalog[u"verdict"_s].isString());
    QVERIFY(result.err.contains("not catalogs")); // the INF files and notes of the folder
}

void TestVerifyFiles::notAFileNameMatch() {
    // Coverage goes by hash: the INF under another name is still covered, and a file named like a
    // member but with other bytes is not.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(CatalogDir + u"qemufwcfg/qemufwcfg.inf"_s, dir.filePath(u"renamed.txt"_s)));
    QFile impostor(dir.filePath(u"qemufwcfg.inf"_s));
    QVERIFY(impostor.open(QIODevice::WriteOnly));
    impostor.write("[Version]\r\nSignature=\"$Windows NT$\"\r\n");
    impostor.close();
    const Result result =
        run({u"verify-files"_s, u"--json"_s, CatalogDir + u"qemufwcfg/qemufwcfg.cat"_s, dir.path()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(fileResult(result.json(), u"/renamed.txt"_s)[u"covered"_s].toBool(), true);
    QCOMPARE(fileResult(result.json(), u"/qemufwcfg.inf"_s)[u"covered"_s].toBool(), false);
}

void TestVerifyFiles::unreadableInput() {
    const QString catalog = CatalogDir + u"viostor/viostor.cat"_s;
    const Result missing = run({u"verify-files"_s, catalog, CatalogDir + u"viostor/missing.sys"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("missing.sys"));
    const Result notCatalog = run({u"verify-files"_s, CatalogDir + u"viostor/viostor.inf"_s, catalog});
    QCOMPARE(notCatalog.exitCode, 2);
    QVERIFY(notCatalog.err.contains("viostor.inf"));
    // A hostile PE image: its error with the offset, in JSON too.
    QTemporaryDir dir;
    QFile good(PeDir + u"hello64.exe"_s);
    QVERIFY(good.open(QIODevice::ReadOnly));
    QFile cut(dir.filePath(u"cut.exe"_s));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(good.read(0x90));
    cut.close();
    const Result hostile = run({u"verify-files"_s, u"--json"_s, catalog, cut.fileName()});
    QCOMPARE(hostile.exitCode, 2);
    const QJsonObject error = fileResult(hostile.json(), u"cut.exe"_s)[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), u"malformed-pe"_s);
    QVERIFY(error[u"offset"_s].toInt() > 0);
    QVERIFY(hostile.err.contains("cut.exe"));
}

void TestVerifyFiles::usage() {
    QCOMPARE(run({u"verify-files"_s}).exitCode, 2);
    QCOMPARE(run({u"verify-files"_s, CatalogDir + u"viostor/viostor.cat"_s}).exitCode, 2);
    const Result help = run({u"verify-files"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("verify-files"));
    QVERIFY(run({u"help"_s, u"verify-files"_s}).out.contains("CatRoot"));
    QVERIFY(run({u"--help"_s}).out.contains("verify-files"));
}

// The MinGW-built PE fixtures in catalogs ctlfixture writes, with the hashes the independent Python
// implementation gives (tests/authenticode_hash.py), never the code under test.
void TestVerifyFiles::peFixturesInAGeneratedCatalog() {
    QProcess python;
    python.start(u"python3"_s,
                 {QStringLiteral(CTL_TEST_SOURCE_DIR "/authenticode_hash.py"), PeDir + u"hello64.exe"_s,
                  PeDir + u"fixture32.dll"_s, PeDir + u"fixture64.dll"_s});
    QVERIFY(python.waitForFinished(60000));
    QHash<QString, QStringList> hashes; // file name -> kind, sha1, sha256
    for (const QString &line :
         QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u' ');
        hashes[QFileInfo(fields[3]).fileName()] = fields.mid(0, 3);
    }
    QCOMPARE(hashes.size(), 3);
    QTemporaryDir dir;
    const auto makeCatalog = [&](const QString &name, const QStringList &extra) {
        QProcess fixture;
        fixture.start(
            QStringLiteral(CTLFIXTURE_PATH),
            QStringList{u"--out"_s, dir.filePath(name), u"--catalog"_s, u"--rfc3161"_s, u"--write-root"_s,
                        dir.filePath(name + u".root.pem"_s), u"--member"_s,
                        u"pe:sha256:"_s + hashes[u"hello64.exe"_s][2] + u":hello64.exe"_s, u"--member"_s,
                        u"pe:sha1:"_s + hashes[u"fixture32.dll"_s][1] + u":fixture32.dll"_s, u"--member"_s,
                        u"pe:sha256:"_s + hashes[u"fixture64.dll"_s][2] + u":fixture64.dll"_s,
                        u"--member-file"_s, PeDir + u"hello.c"_s} +
                extra);
        return fixture.waitForFinished(60000) && fixture.exitCode() == 0;
    };
    QVERIFY(makeCatalog(u"code.cat"_s, {}));
    QVERIFY(makeCatalog(u"server.cat"_s, {u"--signer-eku"_s, u"1.3.6.1.5.5.7.3.1"_s}));
    // The package: the signed copy of hello64.exe shares its image hash; fixture64.dll under another name.
    const QString package = dir.filePath(u"package"_s);
    QVERIFY(QDir().mkpath(package + u"/amd64"_s));
    for (const QString &name : {u"hello64.exe"_s, u"hello64-signed.exe"_s, u"fixture32.dll"_s, u"hello.c"_s})
        QVERIFY(QFile::copy(PeDir + name, package + u'/' + name));
    QVERIFY(QFile::copy(PeDir + u"fixture64.dll"_s, package + u"/amd64/other-name.dll"_s));
    const QStringList trust{u"--no-system-trust"_s, u"--trust"_s, dir.filePath(u"code.cat.root.pem"_s)};
    const Result result = run(QStringList{u"verify-files"_s, u"--json"_s} + trust +
                              QStringList{dir.filePath(u"code.cat"_s), package});
    QVERIFY2(result.exitCode == 0, result.out.constData());
    const QJsonObject json = result.json();
    QVERIFY(json[u"catalog"_s][u"verdict"_s].toString().startsWith(u"valid"_s));
    QCOMPARE(json[u"files"_s].toArray().size(), 5);
    for (const QJsonValue &file : json[u"files"_s].toArray()) {
        QVERIFY(file[u"covered"_s].toBool());
        QVERIFY(file[u"vouched"_s].toBool());
    }
    QCOMPARE(fileResult(json, u"/hello64-signed.exe"_s)[u"kind"_s].toString(), u"pe"_s);
    QCOMPARE(fileResult(json, u"/hello64-signed.exe"_s)[u"member"_s][u"index"_s].toInt(), 0);
    QCOMPARE(fileResult(json, u"/hello64.exe"_s)[u"member"_s][u"index"_s].toInt(), 0);
    QCOMPARE(fileResult(json, u"/amd64/other-name.dll"_s)[u"member"_s][u"name"_s].toString(),
             u"fixture64.dll"_s);
    QCOMPARE(fileResult(json, u"/hello.c"_s)[u"kind"_s].toString(), u"flat"_s);
    // A file the catalog does not list: exit 1.
    QVERIFY(QFile::copy(PeDir + u"hello32.exe"_s, package + u"/hello32.exe"_s));
    const Result missing = run(QStringList{u"verify-files"_s, u"--json"_s} + trust +
                               QStringList{dir.filePath(u"code.cat"_s), package});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(fileResult(missing.json(), u"/hello32.exe"_s)[u"covered"_s].toBool(), false);
    // Signed for server authentication only: the files are listed, but nothing vouches for them.
    QVERIFY(QFile::remove(package + u"/hello32.exe"_s));
    const Result server =
        run({u"verify-files"_s, u"--json"_s, u"--no-system-trust"_s, u"--trust"_s,
             dir.filePath(u"server.cat.root.pem"_s), dir.filePath(u"server.cat"_s), package});
    QCOMPARE(server.exitCode, 1);
    QVERIFY(!server.json()[u"catalog"_s][u"verdict"_s].toString().startsWith(u"valid"_s));
    QCOMPARE(fileResult(server.json(), u"/hello64.exe"_s)[u"covered"_s].toBool(), true);
    QCOMPARE(fileResult(server.json(), u"/hello64.exe"_s)[u"vouched"_s].toBool(), false);
}

QTEST_GUILESS_MAIN(TestVerifyFiles)
#include "tst_verify_files.moc"
