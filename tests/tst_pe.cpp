// The Authenticode image hash and the flat hash (model/pe): MinGW-built fixtures (tests/data/pe/build.sh)
// against osslsigncode's digest and an independent Python implementation (tests/authenticode_hash.py); the
// real packages' INF files against the member hashes FACTS.json lists; the CRLF variant of files git
// normalised; hostile images (cut short, section table past the end, overlapping sections, a certificate
// table anywhere) give a typed error with an offset.
#include "FileHash.h"
#include "PeImage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ctlv;
using namespace ctlv::pe;
using namespace Qt::StringLiterals;

namespace {

const QString PeDir = QStringLiteral(CTL_TEST_DATA_DIR "/pe/");
const QString CatalogDir = QStringLiteral(CTL_TEST_DATA_DIR "/catalogs/");
const QStringList PeFixtures{u"hello32.exe"_s,        u"hello64.exe"_s,   u"hello64-overlay.exe"_s,
                             u"hello64-signed.exe"_s, u"fixture32.dll"_s, u"fixture64.dll"_s};

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The digest osslsigncode calculates ("Calculated message digest" of `verify`) for a signed image.
// `-CAfile` lets Debian 12's osslsigncode 2.5 get that far (it stops before the digests without one); the
// test signer is the CA: the chain's verdict does not matter here, only the digest.
QByteArray osslsigncodeVerifiedDigest(const QString &signedImage) {
    const QString verified =
        run(QStringLiteral(OSSLSIGNCODE_PATH),
            {u"verify"_s, u"-CAfile"_s, PeDir + u"test-signer.crt"_s, u"-in"_s, signedImage});
    const auto match =
        QRegularExpression(QStringLiteral("Calculated message digest *: *([0-9A-F]+)")).match(verified);
    if (!match.hasMatch())
        qWarning() << "osslsigncode verify:" << verified;
    return QByteArray::fromHex(match.captured(1).toLatin1());
}

// osslsigncode's Authenticode digest of an unsigned image: it signs a copy with the test signer and verifies
// it. (osslsigncode 2.9's `extract-data -h` gives it directly, but Debian 12 ships 2.5, which has no such
// option.) The fixtures' sizes are multiples of 8, so signing adds no padding that the digest would cover.
QByteArray osslsigncodeDigest(const QString &path, const QString &algorithm) {
    QTemporaryDir dir;
    const QString signedImage = dir.filePath(QStringLiteral("signed.exe"));
    run(QStringLiteral(OSSLSIGNCODE_PATH),
        {u"sign"_s, u"-certs"_s, PeDir + u"test-signer.crt"_s, u"-key"_s, PeDir + u"test-signer.key"_s,
         u"-h"_s, algorithm, u"-in"_s, path, u"-out"_s, signedImage});
    return osslsigncodeVerifiedDigest(signedImage);
}

quint32 u32At(const QByteArray &bytes, qint64 at) {
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}
void putU32(QByteArray &bytes, qint64 at, quint32 value) {
    qToLittleEndian<quint32>(value, bytes.data() + at);
}
void putU16(QByteArray &bytes, qint64 at, quint16 value) {
    qToLittleEndian<quint16>(value, bytes.data() + at);
}

Expected<FileDigests, FileHashError> hashBytes(const QByteArray &bytes) {
    MemorySource source(bytes);
    return hashSource(source, QStringLiteral("hostile.exe"));
}

} // namespace

class TestPe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixturesMatchPython();
    void fixturesMatchOsslsigncode();
    void signedAndUnsignedShareTheImageHash();
    void layoutOfFixtures();
    void realInfFilesMatchTheirMembers();
    void crlfVariantMatchesTheCrlfFile();
    void hostileImages_data();
    void hostileImages();
    void everyTruncationIsAnErrorOrFlat();
    void specialFilesAreRefused();
    void fuzzRegressions();
};

void TestPe::fixturesMatchPython() {
    QStringList files;
    for (const QString &name : PeFixtures)
        files << PeDir + name;
    files << PeDir + u"hello.c"_s << CatalogDir + u"viostor/viostor.inf"_s;
    const QString output =
        run(QStringLiteral("python3"),
            QStringList{QStringLiteral(CTL_TEST_SOURCE_DIR "/authenticode_hash.py")} + files);
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), files.size());
    for (const QString &line : lines) {
        const QStringList fields = line.split(u' ');
        QCOMPARE(fields.size(), 4);
        auto digests = hashFile(fields[3]);
        QVERIFY2(digests, qPrintable(digests ? QString() : digests.error().toString()));
        QCOMPARE(hashKindKey(digests.value().kind), fields[0]);
        QCOMPARE(digests.value().sha1.toHex(), fields[1].toLatin1());
        QCOMPARE(digests.value().sha256.toHex(), fields[2].toLatin1());
    }
}

void TestPe::fixturesMatchOsslsigncode() {
    // A signed image's digest is the unsigned one's (next test); its own is checked below.
    for (const QString &name : PeFixtures) {
        if (name.contains(QStringLiteral("signed")))
            continue;
        auto digests = hashFile(PeDir + name);
        QVERIFY(digests);
        QCOMPARE(digests.value().kind, HashKind::Pe);
        QCOMPARE(digests.value().sha1.toHex(), osslsigncodeDigest(PeDir + name, u"sha1"_s).toHex());
        QCOMPARE(digests.value().sha256.toHex(), osslsigncodeDigest(PeDir + name, u"sha256"_s).toHex());
    }
    // osslsigncode verify recomputes the signed image's digest ("Calculated message digest").
    const QByteArray verified = osslsigncodeVerifiedDigest(PeDir + u"hello64-signed.exe"_s);
    QCOMPARE(verified.size(), 32);
    auto digests = hashFile(PeDir + u"hello64-signed.exe"_s);
    QVERIFY(digests);
    QCOMPARE(digests.value().sha256.toHex(), verified.toHex());
}

void TestPe::signedAndUnsignedShareTheImageHash() {
    // Signing changes the checksum, the certificate entry and appends the table: none is hashed, so two
    // different files share one image hash (and one catalog member covers both).
    auto plain = hashFile(PeDir + u"hello64.exe"_s);
    auto signedImage = hashFile(PeDir + u"hello64-signed.exe"_s);
    QVERIFY(plain && signedImage);
    QVERIFY(readAll(PeDir + u"hello64.exe"_s) != readAll(PeDir + u"hello64-signed.exe"_s));
    QCOMPARE(plain.value().sha256, signedImage.value().sha256);
    QCOMPARE(plain.value().sha1, signedImage.value().sha1);
    // Data after the last section is hashed.
    auto overlay = hashFile(PeDir + u"hello64-overlay.exe"_s);
    QVERIFY(overlay);
    QVERIFY(overlay.value().sha256 != plain.value().sha256);
}

void TestPe::layoutOfFixtures() {
    const QByteArray bytes = readAll(PeDir + u"hello64-signed.exe"_s);
    const ReadAt read = [&bytes](qint64 offset, qint64 length) { return bytes.mid(offset, length); };
    auto layout = readLayout(read, bytes.size());
    QVERIFY(layout && layout.value());
    const PeLayout &pe = *layout.value();
    QVERIFY(pe.pe32Plus);
    const qint64 peOffset = u32At(bytes, 0x3c);
    QCOMPARE(pe.checksumOffset, peOffset + 24 + 64);
    QCOMPARE(pe.certificateEntryOffset, peOffset + 24 + 112 + 32);
    // The table osslsigncode appended: at the old end of file, to the new end.
    QCOMPARE(pe.certificateTable.offset, readAll(PeDir + u"hello64.exe"_s).size());
    QCOMPARE(pe.certificateTable.end(), bytes.size());
    const QByteArray bytes32 = readAll(PeDir + u"hello32.exe"_s);
    auto layout32 = readLayout([&bytes32](qint64 o, qint64 l) { return bytes32.mid(o, l); }, bytes32.size());
    QVERIFY(layout32 && layout32.value());
    QVERIFY(!layout32.value()->pe32Plus);
    QCOMPARE(layout32.value()->certificateTable.size, 0);
}

void TestPe::realInfFilesMatchTheirMembers() {
    // FACTS.json (the samples' independent reader) lists the member each real file matches, with its hash.
    const QJsonObject facts = QJsonDocument::fromJson(readAll(CatalogDir + u"FACTS.json"_s)).object();
    int checked = 0;
    const QJsonObject packages = facts.value(u"packages"_s).toObject();
    for (auto package = packages.begin(); package != packages.end(); ++package) {
        const QString dir = package.value().toObject().value(u"dir"_s).toString();
        const QJsonObject coverage = package.value().toObject().value(u"coverage"_s).toObject();
        for (auto file = coverage.begin(); file != coverage.end(); ++file) {
            const QString path = CatalogDir + dir + u'/' + file.key();
            if (!QFile::exists(path))
                continue;
            auto digests = hashFile(path);
            QVERIFY(digests);
            QCOMPARE(digests.value().kind, HashKind::Flat);
            QCOMPARE(digests.value().sha256.toHex(),
                     file.value().toObject().value(u"sha256"_s).toString().toLatin1());
            for (const QJsonValue &match : file.value().toObject().value(u"matches"_s).toArray()) {
                const QJsonArray fields = match.toArray();
                const QByteArray expected = fields[2].toString().toLower().toLatin1();
                QCOMPARE((fields[3].toString() == u"sha1"_s ? digests.value().sha1 : digests.value().sha256)
                             .toHex(),
                         expected);
                ++checked;
            }
        }
    }
    // arduino.inf, genuino.inf, qemufwcfg.inf, amdacpbtscoext.inf, oem89.cat, viostor.inf (SHA-1 and
    // SHA-256).
    QCOMPARE(checked, 8);
}

void TestPe::crlfVariantMatchesTheCrlfFile() {
    // The committed ftdibus.inf has LF line ends (git); the CRLF copy is what the catalog vouches for.
    auto lf = hashFile(CatalogDir + u"ftdi-cdm-2.12.04/ftdibus.inf"_s);
    QVERIFY(lf && lf.value().text);
    auto variant = hashCrlfVariant(CatalogDir + u"ftdi-cdm-2.12.04/ftdibus.inf"_s);
    QVERIFY(variant && variant.value());
    QCOMPARE(variant.value()->sha256.toHex(),
             QByteArray("a7e2b1faf13a97a1198d8eff3347051802cbd95b54790fbd6a7e3ce94e808a46")); // SOURCES.md
    auto crlf = hashFile(CatalogDir + u"ftdi-cdm-2.12.04/_derived_crlf/ftdibus.inf"_s);
    QVERIFY(crlf);
    QCOMPARE(variant.value()->sha1, crlf.value().sha1);
    // A file already in CRLF has no variant.
    auto none = hashCrlfVariant(CatalogDir + u"ftdi-cdm-2.12.04/_derived_crlf/ftdibus.inf"_s);
    QVERIFY(none);
    QVERIFY(!none.value());
}

void TestPe::hostileImages_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("words");
    const QByteArray good = readAll(PeDir + u"hello64.exe"_s);
    const qint64 pe = u32At(good, 0x3c);
    const qint64 optional = pe + 24;
    const qint64 sections = optional + qFromLittleEndian<quint16>(good.constData() + pe + 20);
    const qint64 sizeOfHeaders = u32At(good, optional + 60);

    QTest::newRow("cut in the COFF header") << good.left(pe + 10) << pe + 4 << u"COFF file header"_s;
    QTest::newRow("cut in the optional header")
        << good.left(optional + 100) << optional << u"optional header"_s;
    QByteArray manySections = good;
    putU16(manySections, pe + 6, 0xffff);
    QTest::newRow("section table past the end") << manySections << sections << u"section table"_s;
    QByteArray overlapping = good;
    putU32(overlapping, sections + 40 + 20, u32At(good, sections + 20) + 16);
    QTest::newRow("overlapping sections") << overlapping << sections + 40 << u"inside the previous section"_s;
    QByteArray longSection = good;
    putU32(longSection, sections + 16, 0x7fffffff);
    QTest::newRow("section data past the end")
        << longSection << qint64(u32At(good, sections + 20)) << u"Section 1"_s;
    QByteArray tablePastEnd = good;
    putU32(tablePastEnd, optional + 144, good.size() - 8);
    putU32(tablePastEnd, optional + 148, 0x100);
    QTest::newRow("certificate table past the end") << tablePastEnd << optional + 144 << u"past the end"_s;
    QByteArray tableInHeaders = good;
    putU32(tableInHeaders, optional + 144, 0x40);
    putU32(tableInHeaders, optional + 148, 0x10);
    QTest::newRow("certificate table in the headers")
        << tableInHeaders << optional + 144 << u"inside the headers"_s;
    QByteArray tableInSection = good;
    putU32(tableInSection, optional + 144, u32At(good, sections + 20) + 8);
    putU32(tableInSection, optional + 148, 0x10);
    QTest::newRow("certificate table in a section")
        << tableInSection << optional + 144 << u"overlaps a section"_s;
    QByteArray badMagic = good;
    putU16(badMagic, optional, 0x107);
    QTest::newRow("bad magic") << badMagic << optional << u"magic number"_s;
    QByteArray shortOptional = good;
    putU16(shortOptional, pe + 20, 64);
    QTest::newRow("optional header too short") << shortOptional << optional << u"too short"_s;
    QByteArray hugeHeaders = good;
    putU32(hugeHeaders, optional + 60, 0x7fffffff);
    QTest::newRow("SizeOfHeaders past the end") << hugeHeaders << qint64(0) << u"SizeOfHeaders"_s;
    QByteArray tinyHeaders = good;
    putU32(tinyHeaders, optional + 60, 0x80);
    QTest::newRow("SizeOfHeaders before the certificate entry")
        << tinyHeaders << optional + 60 << u"SizeOfHeaders"_s;
    Q_UNUSED(sizeOfHeaders);
}

void TestPe::hostileImages() {
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    QFETCH(QString, words);
    auto digests = hashBytes(bytes);
    QVERIFY(!digests);
    QCOMPARE(digests.error().kind, FileHashError::Kind::MalformedPe);
    QCOMPARE(digests.error().kindKey(), QStringLiteral("malformed-pe"));
    QCOMPARE(digests.error().offset, offset);
    QVERIFY2(digests.error().message.contains(words), qPrintable(digests.error().message));
    QVERIFY(digests.error().toString().startsWith(QStringLiteral("hostile.exe: ")));
}

void TestPe::everyTruncationIsAnErrorOrFlat() {
    // Every prefix of a signed image up to its headers, and a few beyond: never a crash, an error with an
    // offset inside the file, or (before the PE signature) a flat hash of what is there.
    const QByteArray good = readAll(PeDir + u"hello64-signed.exe"_s);
    const qint64 pe = u32At(good, 0x3c);
    int errors = 0;
    for (qint64 length = 0; length <= good.size(); length += (length < 1024 ? 1 : 97)) {
        auto digests = hashBytes(good.left(length));
        if (length < pe + 4) {
            QVERIFY(digests);
            QCOMPARE(digests.value().kind, HashKind::Flat);
        } else if (length < good.size()) {
            QVERIFY2(!digests, qPrintable(QString::number(length)));
            QVERIFY(digests.error().offset >= 0);
            ++errors;
        } else {
            QVERIFY(digests);
        }
    }
    QVERIFY(errors > 100);
}

void TestPe::specialFilesAreRefused() {
    QTemporaryDir dir;
    auto folder = hashFile(dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().kind, FileHashError::Kind::NotAFile);
    auto missing = hashFile(dir.filePath(QStringLiteral("missing.sys")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, FileHashError::Kind::Unreadable);
    auto device = hashFile(QStringLiteral("/dev/zero"));
    QVERIFY(!device);
    QCOMPARE(device.error().kind, FileHashError::Kind::NotAFile);
}

void TestPe::fuzzRegressions() {
    // fuzz_pe found a section table that starts beyond the end of the file: the error's offset pointed
    // past the file. It now points at the file's end; the message still names where the table would be.
    const QByteArray bytes = readAll(PeDir + u"fuzz-section-table-beyond-end.bin"_s);
    QVERIFY(!bytes.isEmpty());
    auto digests = hashBytes(bytes);
    QVERIFY(!digests);
    QVERIFY(digests.error().offset >= 0);
    QVERIFY(digests.error().offset <= bytes.size());
    QVERIFY(!digests.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestPe)
#include "tst_pe.moc"
