// Robustness against hostile or broken input: sweeps over truncated and corrupted real files, the
// reader's and parser's limits, signature constructs that must be rejected, "never writes anything
// but the export asked for", and the regression files of tests/data/malformed (fuzzer finds included).
//
// Every input is opened and, when it loads, validated in-process. A crash, a sanitizer report (in the
// CTL_SANITIZE build, scripts/sanitize.sh) or a hang fails the test; so does a refusal that is not a
// clear error (empty message, file not named, offset outside the input) and a corrupted input that is
// still called genuine although a signed byte changed. The numbers of inputs tried are printed.
//
// Expected values come from outside the code under test: the real files' sizes and layout
// (tests/data/real/SOURCES.md), [MS-CAB] for the hand-made archives, and the generator's options
// (tests/fixturegen/ctlfixture.cpp) for the signature constructs.
#include "ContainerReader.h"
#include "CtlParser.h"
#include "Der.h"
#include "DocumentLoader.h"
#include "FixtureGenerator.h"
#include "SignatureVerifier.h"
#include "TestBytes.h"
#include "Validation.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ctlv;

namespace {

const QString realDir = QStringLiteral(CTL_TEST_DATA_DIR "/real/");
const QString malformedDir = QStringLiteral(CTL_TEST_DATA_DIR "/malformed/");
const QString stlName = QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl");
const QString cabName = QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab");
constexpr qsizetype stlSize = 189331; // tests/data/real/SOURCES.md
constexpr qsizetype cabSize = 73513;

// No single input may take this long: it would be a hang (the real files load and validate in ~25 ms).
constexpr qint64 hangThresholdMs = 10000;

// Sweep sizes; CTL_ROBUSTNESS_SCALE=N multiplies the random mutations for a deeper local run.
int scale() {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("CTL_ROBUSTNESS_SCALE", &ok);
    return ok && value > 0 ? value : 1;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ValidationOptions offlineOptions() {
    ValidationOptions options;
    options.useSystemStore = false; // the bundled Microsoft roots only: independent of the machine
    options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
    return options;
}

// ---- DER and CAB building blocks (written here, independent of the reader under test) ----

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

const QByteArray oidSignedData = hex("06092a864886f70d010702");
const QByteArray oidCtl = hex("06092b0601040182370a01");              // 1.3.6.1.4.1.311.10.1
const QByteArray oidRootListSigner = hex("060a2b0601040182370a0309"); // 1.3.6.1.4.1.311.10.3.9
const QByteArray sha1NullAlgorithm = hex("300906052b0e03021a0500");
const QByteArray oidCounterSignature = hex("06092a864886f70d010906");

// An unsigned CTL: ContentInfo { signedData, [0] SignedData { 1, {}, { szOID_CTL, [0] CTL },
// [0] bag (when given), signerInfos } } with the CTL { { RootListSigner }, UTCTime, sha1, entries }.
QByteArray makeCtl(const QByteArray &entriesContent, const QByteArray &bagContent = {}, bool withBag = false,
                   const QByteArray &signerInfosContent = {}) {
    const QByteArray ctl = tlv(0x30, tlv(0x30, oidRootListSigner) + tlv(0x17, "250616175611Z") +
                                         sha1NullAlgorithm + tlv(0x30, entriesContent));
    QByteArray signedData = hex("020101") + tlv(0x31, {}) + tlv(0x30, oidCtl + tlv(0xa0, ctl));
    if (withBag)
        signedData += tlv(0xa0, bagContent);
    signedData += tlv(0x31, signerInfosContent);
    return tlv(0x30, oidSignedData + tlv(0xa0, tlv(0x30, signedData)));
}

// A minimal entry: SEQUENCE { OCTET STRING identifier } (4 + 20 bytes with a SHA-1 identifier).
QByteArray entry(int index, const QByteArray &attributes = {}, bool withAttributes = false) {
    QByteArray identifier(20, '\0');
    identifier[16] = char(index >> 24);
    identifier[17] = char(index >> 16);
    identifier[18] = char(index >> 8);
    identifier[19] = char(index);
    return tlv(0x30, tlv(0x04, identifier) + (withAttributes ? tlv(0x31, attributes) : QByteArray()));
}

// SignerInfo { 1, { Name {}, serial 1 }, sha256, rsaEncryption, signature, [1] unsigned } as a
// countersignature chain of `depth` levels below it.
QByteArray counterSignatureChain(int depth) {
    QByteArray info = hex("020101") + tlv(0x30, tlv(0x30, {}) + hex("020101")) +
                      hex("300d06096086480165030402010500") + hex("300d06092a864886f70d0101010500") +
                      tlv(0x04, QByteArray(8, '\x5a'));
    if (depth > 0)
        info += tlv(0xa1, tlv(0x30, oidCounterSignature + tlv(0x31, counterSignatureChain(depth - 1))));
    return tlv(0x30, info);
}

struct CabFile {
    QByteArray name;
    QByteArray content;
    qint64 declaredSize = -1; // what CFFILE claims; -1: the real size
};

// An MS-CAB v1.3 archive ([MS-CAB] 2.1-2.5): CFHEADER, one CFFOLDER, the CFFILEs, then CFDATA blocks of
// at most 32 KiB of uncompressed data, stored (typeCompress 0) or MSZIP (1: "CK" + a raw deflate stream
// per block). Checksums are 0, which [MS-CAB] 2.5 allows ("not computed").
QByteArray makeCab(const QList<CabFile> &files, bool mszip) {
    QByteArray data, fileEntries;
    for (const CabFile &file : files) {
        const qint64 declared = file.declaredSize >= 0 ? file.declaredSize : file.content.size();
        fileEntries += le32(quint32(declared)) + le32(quint32(data.size())) + le16(0) + le16(0x5a21) +
                       le16(0x8000) + le16(0x20) + file.name + QByteArray(1, '\0');
        data += file.content;
    }
    QByteArray blocks;
    int blockCount = 0;
    for (qsizetype at = 0; at < data.size() || blockCount == 0; at += 32768) {
        const QByteArray chunk = data.mid(at, 32768);
        QByteArray payload = chunk;
        if (mszip) {
            const QByteArray zlib = qCompress(chunk, 9); // 4-byte size, 2-byte zlib header, deflate, adler32
            payload = "CK" + zlib.mid(6, zlib.size() - 10);
        }
        blocks += le32(0) + le16(quint16(payload.size())) + le16(quint16(chunk.size())) + payload;
        ++blockCount;
        if (data.isEmpty())
            break;
    }
    const quint32 headerSize = 36, folderSize = 8;
    const quint32 filesOffset = headerSize + folderSize;
    const quint32 dataOffset = filesOffset + quint32(fileEntries.size());
    const quint32 total = dataOffset + quint32(blocks.size());
    QByteArray cab = "MSCF" + le32(0) + le32(total) + le32(0) + le32(filesOffset) + le32(0) +
                     QByteArray("\x03\x01", 2) + le16(1) + le16(quint16(files.size())) + le16(0) + le16(0) +
                     le16(0);
    cab += le32(dataOffset) + le16(quint16(blockCount)) + le16(mszip ? 1 : 0);
    return cab + fileEntries + blocks;
}

// Re-encodes `der` with the element at `target` in BER indefinite form (tag 80 ... 00 00), fixing the
// definite lengths of every element around it. Returns the element's new offset through `newOffset`.
struct Header {
    quint8 tag = 0;
    qsizetype headerLength = 0;
    qsizetype length = 0;
};
Header header(const QByteArray &der, qsizetype at) {
    Header h;
    h.tag = quint8(der[at]);
    const auto first = quint8(der[at + 1]);
    if (first < 0x80) {
        h.headerLength = 2;
        h.length = first;
    } else {
        const int count = first & 0x7f;
        for (int i = 0; i < count; ++i)
            h.length = (h.length << 8) | quint8(der[at + 2 + i]);
        h.headerLength = 2 + count;
    }
    return h;
}
QByteArray withIndefiniteLength(const QByteArray &der, qsizetype at, qsizetype target, qsizetype base,
                                qsizetype &newOffset) {
    const Header h = header(der, at);
    const QByteArray value = der.mid(at + h.headerLength, h.length);
    if (at == target) {
        newOffset = base;
        return QByteArray(1, char(h.tag)) + '\x80' + value + QByteArray(2, '\0');
    }
    // Rebuild the children; the one containing the target is re-encoded, its later siblings shift.
    QByteArray children;
    qsizetype child = at + h.headerLength;
    const qsizetype end = child + h.length;
    qsizetype relativeTarget = -1;
    while (child < end) {
        const Header c = header(der, child);
        const qsizetype childEnd = child + c.headerLength + c.length;
        if (target >= child && target < childEnd) {
            qsizetype inner = -1;
            const QByteArray rebuilt = withIndefiniteLength(der, child, target, children.size(), inner);
            relativeTarget = inner;
            children += rebuilt;
        } else {
            children += der.mid(child, childEnd - child);
        }
        child = childEnd;
    }
    const QByteArray out = tlv(h.tag, children);
    newOffset = base + (out.size() - children.size()) + relativeTarget;
    return out;
}

// ---- Sweep bookkeeping ----

struct Sweep {
    explicit Sweep(const QString &title) : name(title) {}
    QString name;
    qint64 tried = 0;
    qint64 refused = 0;
    qint64 loaded = 0;
    qint64 validated = 0;
    QMap<QString, qint64> refusalCodes;
    QMap<QString, qint64> verdicts;
    qint64 slowestMs = 0;
    QString slowestInput;
    QStringList failures; // the first few problems, for the message

    void fail(const QString &what) {
        if (failures.size() < 10)
            failures << what;
        else if (failures.size() == 10)
            failures << QStringLiteral("...");
    }
    QString summary() const {
        QStringList codes, verdictList;
        for (auto it = refusalCodes.begin(); it != refusalCodes.end(); ++it)
            codes << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        for (auto it = verdicts.begin(); it != verdicts.end(); ++it)
            verdictList << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        return QStringLiteral(
                   "%1: %2 inputs tried, %3 refused (%4), %5 loaded, %6 validated (%7); slowest %8 ms (%9)")
            .arg(name)
            .arg(tried)
            .arg(refused)
            .arg(codes.join(QStringLiteral(", ")))
            .arg(loaded)
            .arg(validated)
            .arg(verdictList.join(QStringLiteral(", ")))
            .arg(slowestMs)
            .arg(slowestInput);
    }
};

qint64 g_totalInputs = 0;

// Why a refusal is not a clear error, or an empty string when it is one.
QString unclearRefusal(const LoadError &error, const QString &fileName, qint64 offsetBound) {
    if (error.file != fileName)
        return QStringLiteral("the error names \"%1\" instead of the file").arg(error.file);
    if (error.message.trimmed().isEmpty())
        return QStringLiteral("empty message");
    if (!error.toString().startsWith(fileName))
        return QStringLiteral("message does not start with the file name: %1").arg(error.toString());
    if (error.offset < -1 || error.offset > offsetBound)
        return QStringLiteral("offset %1 outside the input (0..%2): %3")
            .arg(error.offset)
            .arg(offsetBound)
            .arg(error.toString());
    if (error.message.contains(QLatin1String("%1")) || error.message.contains(QLatin1String("%2")))
        return QStringLiteral("unfilled placeholder: %1").arg(error.toString());
    return {};
}

// The bytes whose change must make a list lose "genuine": the CTL, the primary signed attributes and
// every signature value.
struct Reference {
    QByteArray der;
    QList<ByteRange> signedRanges;

    bool touchesSignedBytes(const QByteArray &other, qsizetype *where) const {
        for (qsizetype i = 0; i < der.size(); ++i) {
            if (der[i] == other[i])
                continue;
            for (const ByteRange &range : signedRanges)
                if (i >= range.offset && i < range.offset + range.length) {
                    *where = i;
                    return true;
                }
        }
        return false;
    }
};

Reference referenceOf(const CtlDocument &document) {
    Reference reference;
    reference.der = document.der;
    reference.signedRanges << document.ctlTlv;
    for (const SignerInfoData &signer : document.signers) {
        reference.signedRanges << signer.signatureValue;
        if (signer.hasSignedAttributes) {
            QByteArray asWritten = signer.signedAttributesDer;
            asWritten[0] = char(0xa0);
            const qsizetype at = document.der.indexOf(asWritten);
            if (at >= 0)
                reference.signedRanges << ByteRange{at, asWritten.size()};
        }
    }
    return reference;
}

// Opens `bytes` in-process as a file called `fileName`, validates what loads, and checks the outcome.
// With a reference, a list that still verifies must not differ from it in a signed byte. Returns the
// refusal, if any.
std::optional<LoadError> tryInput(Sweep &sweep, const QByteArray &bytes, const QString &fileName,
                                  const Reference *reference = nullptr, qint64 offsetBound = -1) {
    QElapsedTimer timer;
    timer.start();
    ++sweep.tried;
    ++g_totalInputs;
    auto loaded = DocumentLoader::loadBytes(bytes, fileName);
    std::optional<LoadError> refusal;
    if (!loaded) {
        refusal = loaded.error();
        ++sweep.refused;
        ++sweep.refusalCodes[loaded.error().codeKey()];
        const QString problem =
            unclearRefusal(loaded.error(), fileName, offsetBound >= 0 ? offsetBound : bytes.size());
        if (!problem.isEmpty())
            sweep.fail(fileName + QStringLiteral(": unclear refusal: ") + problem);
    } else {
        ++sweep.loaded;
        if (loaded.value().empty())
            sweep.fail(fileName + QStringLiteral(": loaded, but without any document"));
        for (const CtlDocument &document : loaded.value()) {
            const ValidationReport report = Validator::validate(document, offlineOptions());
            ++sweep.validated;
            ++sweep.verdicts[verdictKey(report.verdict)];
            if (report.findings.empty())
                sweep.fail(fileName + QStringLiteral(": validated without a single finding"));
            const bool genuine =
                report.verdict == Verdict::Valid || report.verdict == Verdict::ValidWithWarnings;
            if (reference && genuine) {
                qsizetype where = -1;
                if (document.der.size() != reference->der.size())
                    sweep.fail(fileName +
                               QStringLiteral(": a list of another size (%1 bytes) is called genuine")
                                   .arg(document.der.size()));
                else if (reference->touchesSignedBytes(document.der, &where))
                    sweep.fail(fileName +
                               QStringLiteral(
                                   ": the signed byte at offset %1 changed, yet the list is called genuine")
                                   .arg(where));
            }
        }
    }
    const qint64 elapsed = timer.elapsed();
    if (elapsed > sweep.slowestMs) {
        sweep.slowestMs = elapsed;
        sweep.slowestInput = fileName;
    }
    return refusal;
}

void report(const Sweep &sweep) {
    qInfo().noquote() << sweep.summary();
}

QMap<QString, QPair<qint64, QDateTime>> snapshot(const QString &root) {
    QMap<QString, QPair<qint64, QDateTime>> files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.insert(QDir(root).relativeFilePath(it.filePath()),
                     {it.fileInfo().size(), it.fileInfo().lastModified()});
    }
    return files;
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT

    QByteArray m_stl;
    QByteArray m_cab;
    Reference m_stlReference;
    Reference m_cabReference;
    QTemporaryDir m_dir;
    FixtureGenerator m_fixtures{QStringLiteral(CTLFIXTURE_PATH), m_dir.path()};

    QString fixture(const QString &name, const QStringList &arguments) {
        return m_fixtures.list(name, arguments);
    }

    QString rootPem() const { return m_fixtures.rootPem(); }

    ValidationOptions fixtureOptions() const {
        ValidationOptions options;
        QByteArray base64;
        for (const QByteArray &line : readFile(rootPem()).split('\n'))
            if (!line.startsWith("-----"))
                base64 += line.trimmed();
        options.extraTrustAnchorsDer << QByteArray::fromBase64(base64);
        options.useSystemStore = false;
        options.now =
            QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::utc()); // inside the signer's validity
        return options;
    }

    static QString codes(const ValidationReport &report) {
        QStringList list;
        for (const Finding &finding : report.findings)
            if (finding.severity != Severity::Info)
                list << findingCodeKey(finding.code);
        return verdictKey(report.verdict) + QStringLiteral(": ") + list.join(QLatin1Char(' '));
    }

    static int certificateWithSubject(const CtlDocument &document, const QString &commonName) {
        for (size_t i = 0; i < document.certificates.size(); ++i)
            if (document.certificates[i].subject.contains(QStringLiteral("CN=") + commonName))
                return static_cast<int>(i);
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        m_stl = readFile(realDir + stlName);
        m_cab = readFile(realDir + cabName);
        QCOMPARE(m_stl.size(), stlSize);
        QCOMPARE(m_cab.size(), cabSize);
        auto stl = DocumentLoader::loadBytes(m_stl, stlName);
        auto cab = DocumentLoader::loadBytes(m_cab, cabName);
        QVERIFY(stl && cab);
        // The unmodified files are genuine (the signer has expired by the pinned date: info, issue #18).
        QCOMPARE(Validator::validate(stl.value().front(), offlineOptions()).verdict, Verdict::Valid);
        QCOMPARE(Validator::validate(cab.value().front(), offlineOptions()).verdict, Verdict::Valid);
        m_stlReference = referenceOf(stl.value().front());
        m_cabReference = referenceOf(cab.value().front());
        QCOMPARE(m_stlReference.signedRanges.size(), 3); // CTL, signed attributes, the one signature
        QVERIFY(m_dir.isValid());

        QVERIFY(m_fixtures.writeRoot());
    }

    void cleanupTestCase() {
        qInfo("robustness: %lld inputs tried in the sweeps of this run",
              static_cast<long long>(g_totalInputs));
    }

    // ---- Sweeps ----

    // Every prefix of a real authroot.stl, at every byte offset, through the reader and the parser (the code
    // that walks the bytes). Through the whole loader (which also hashes the input, about 1 ms for this file,
    // so that every prefix would take four minutes): every prefix of the first 16 KiB and the last 2 KiB,
    // and every 13th byte offset in between. Every strict prefix must be refused as truncated, with an
    // offset inside it.
    void everyPrefixOfAuthrootStl() {
        Sweep parserSweep{QStringLiteral("authroot.stl prefixes, reader + parser, every byte offset")};
        for (qsizetype length = 0; length <= m_stl.size(); ++length) {
            const QByteArray prefix =
                m_stl.left(length); // its own allocation: reading past it is caught by ASan
            ++parserSweep.tried;
            ++g_totalInputs;
            auto payloads = ContainerReader::unwrap(prefix, stlName);
            if (length == 0) {
                QVERIFY(!payloads);
                QCOMPARE(payloads.error().code, LoadError::Code::Empty);
                continue;
            }
            QVERIFY2(payloads && payloads.value().size() == 1, qPrintable(QString::number(length)));
            auto parsed = CtlParser::parse(payloads.value().front().der);
            if (length == m_stl.size()) {
                QVERIFY(parsed);
                continue;
            }
            QVERIFY2(!parsed, qPrintable(QStringLiteral("the %1-byte prefix parses").arg(length)));
            ++parserSweep.refused;
            ++parserSweep.refusalCodes[parsed.error().codeKey()];
            if (parsed.error().code != LoadError::Code::Truncated || parsed.error().offset < 0 ||
                parsed.error().offset > length || parsed.error().message.isEmpty())
                parserSweep.fail(QStringLiteral("prefix %1: %2 at offset %3: %4")
                                     .arg(length)
                                     .arg(parsed.error().codeKey())
                                     .arg(parsed.error().offset)
                                     .arg(parsed.error().message));
        }
        report(parserSweep);
        QVERIFY2(parserSweep.failures.isEmpty(), qPrintable(parserSweep.failures.join(QLatin1Char('\n'))));
        QCOMPARE(parserSweep.tried, stlSize + 1);
        QCOMPARE(parserSweep.refusalCodes.value(QStringLiteral("truncated")), stlSize - 1);

        Sweep loaderSweep{QStringLiteral("authroot.stl prefixes, whole loader + validation")};
        QList<qsizetype> lengths;
        for (qsizetype length = 0; length <= m_stl.size(); ++length)
            if (length < 16384 || length >= m_stl.size() - 2048 || length % 13 == 0)
                lengths << length;
        for (const qsizetype length : std::as_const(lengths)) {
            const auto refusal = tryInput(loaderSweep, m_stl.left(length), stlName);
            if (length > 0 && length < m_stl.size() &&
                (!refusal || refusal->code != LoadError::Code::Truncated))
                loaderSweep.fail(QStringLiteral("prefix %1 is not refused as truncated").arg(length));
        }
        report(loaderSweep);
        QVERIFY2(loaderSweep.failures.isEmpty(), qPrintable(loaderSweep.failures.join(QLatin1Char('\n'))));
        QCOMPARE(loaderSweep.loaded, 1); // only the whole file
        QCOMPARE(loaderSweep.verdicts.value(QStringLiteral("valid")), 1);
        QVERIFY(loaderSweep.tried > 30000);
        QVERIFY2(loaderSweep.slowestMs < hangThresholdMs, qPrintable(loaderSweep.summary()));
    }

    // Every prefix of a real authrootstl.cab, at every byte offset, through the whole loader.
    void everyPrefixOfAuthrootCab() {
        Sweep sweep{QStringLiteral("authrootstl.cab prefixes, whole loader + validation, every byte offset")};
        for (qsizetype length = 0; length <= m_cab.size(); ++length)
            tryInput(sweep, m_cab.left(length), cabName, nullptr, 256LL * 1024 * 1024);
        report(sweep);
        QVERIFY2(sweep.failures.isEmpty(), qPrintable(sweep.failures.join(QLatin1Char('\n'))));
        QCOMPARE(sweep.tried, cabSize + 1);
        QCOMPARE(sweep.loaded, 1); // only the whole archive
        QCOMPARE(sweep.verdicts.value(QStringLiteral("valid")), 1);
        QVERIFY2(sweep.slowestMs < hangThresholdMs, qPrintable(sweep.summary()));
    }

    // Seeded single-bit flips and random overwrites of 1 to 4 bytes at random offsets of both real files.
    // A list that still verifies as genuine must differ from the original in unsigned bytes only.
    void randomCorruptions_data() {
        QTest::addColumn<bool>("cab");
        QTest::addColumn<bool>("bitFlips");
        QTest::addColumn<int>("count");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("authroot.stl single-bit flips") << false << true << 1500 << 0x5eed0001u;
        QTest::newRow("authroot.stl byte overwrites") << false << false << 1500 << 0x5eed0002u;
        QTest::newRow("authrootstl.cab single-bit flips") << true << true << 1500 << 0x5eed0003u;
        QTest::newRow("authrootstl.cab byte overwrites") << true << false << 1500 << 0x5eed0004u;
    }
    void randomCorruptions() {
        QFETCH(bool, cab);
        QFETCH(bool, bitFlips);
        QFETCH(int, count);
        QFETCH(quint32, seed);
        const QByteArray &original = cab ? m_cab : m_stl;
        const Reference &reference = cab ? m_cabReference : m_stlReference;
        Sweep sweep{QStringLiteral("%1 (seed 0x%2)")
                        .arg(QString::fromLatin1(QTest::currentDataTag()))
                        .arg(seed, 0, 16)};
        QRandomGenerator random(seed);
        qint64 changedSignedBytes = 0;
        for (int i = 0; i < count * scale(); ++i) {
            QByteArray mutated = original;
            const qsizetype at = random.bounded(original.size());
            QString what;
            if (bitFlips) {
                const int bit = random.bounded(8);
                mutated[at] = char(quint8(mutated[at]) ^ (1u << bit));
                what = QStringLiteral("bit %1 of byte %2").arg(bit).arg(at);
            } else {
                const qsizetype length = std::min<qsizetype>(1 + random.bounded(4), original.size() - at);
                for (qsizetype k = 0; k < length; ++k) {
                    char value = char(random.bounded(256));
                    if (value == mutated[at + k])
                        value = char(quint8(value) + 1);
                    mutated[at + k] = value;
                }
                what = QStringLiteral("%1 byte(s) at %2").arg(length).arg(at);
            }
            if (!cab) {
                for (const ByteRange &range : reference.signedRanges)
                    if (at >= range.offset && at < range.offset + range.length) {
                        ++changedSignedBytes;
                        break;
                    }
            }
            tryInput(sweep, mutated,
                     (cab ? cabName : stlName) + QStringLiteral(" [") + what + QLatin1Char(']'), &reference,
                     cab ? 256LL * 1024 * 1024 : -1);
        }
        report(sweep);
        QVERIFY2(sweep.failures.isEmpty(), qPrintable(sweep.failures.join(QLatin1Char('\n'))));
        QCOMPARE(sweep.tried, qint64(count) * scale());
        QVERIFY2(sweep.slowestMs < hangThresholdMs, qPrintable(sweep.summary()));
        if (!cab) {
            // Most of authroot.stl is signed: the sweep must really have hit signed bytes, and every such
            // list that still loaded must have lost "genuine" (checked in tryInput).
            QVERIFY2(changedSignedBytes > count / 2, qPrintable(QString::number(changedSignedBytes)));
            QVERIFY(sweep.loaded > 0);
        }
    }

    // ---- Limits ----

    void inputSizeLimit() {
        // Default 256 MiB; a file on disk above the limit is refused before it is read.
        QCOMPARE(ReadLimits{}.maxInputSize, 256LL * 1024 * 1024);
        const QString path = m_dir.filePath(QStringLiteral("big.stl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(m_stl));
        }
        ReadLimits limits;
        limits.maxInputSize = stlSize - 1;
        auto loaded = DocumentLoader::loadFile(path, limits);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(loaded.error().toString(),
                 path + QStringLiteral(": the file has 189331 bytes, more than the limit of 189330 bytes"));
        limits.maxInputSize = stlSize;
        QVERIFY(DocumentLoader::loadFile(path, limits));
    }

    void entryCountLimit() {
        QCOMPARE(ReadLimits{}.maxEntries, 1'000'000);
        QByteArray entries;
        for (int i = 0; i < 11; ++i)
            entries += entry(i);
        const QByteArray der = makeCtl(entries);
        ReadLimits limits;
        limits.maxEntries = 11;
        auto loaded = DocumentLoader::loadBytes(der, QStringLiteral("eleven.stl"), limits);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().front().entries.size(), size_t(11));

        limits.maxEntries = 10;
        loaded = DocumentLoader::loadBytes(der, QStringLiteral("eleven.stl"), limits);
        QVERIFY(!loaded);
        // The eleventh entry starts where the last 24 bytes of the entries SEQUENCE begin; the signerInfos
        // SET (2 bytes) follows the CTL.
        const qsizetype eleventh = der.size() - 2 - 24;
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(loaded.error().offset, eleventh);
        QCOMPARE(
            loaded.error().toString(),
            QStringLiteral(
                "eleven.stl: the list holds more than 10 entries, the limit (entry 11 starts at offset %1)")
                .arg(eleventh));
    }

    // The default limit on a crafted list of 1,000,001 minimal entries (a 4 MB file).
    void entryCountLimitDefault() {
        QByteArray entries;
        const QByteArray minimal = hex("30020400");
        entries.reserve(minimal.size() * 1'000'001);
        for (int i = 0; i < 1'000'001; ++i)
            entries += minimal;
        const QByteArray der = makeCtl(entries);
        QElapsedTimer timer;
        timer.start();
        auto loaded = DocumentLoader::loadBytes(der, QStringLiteral("million.stl"));
        qInfo("1,000,001 minimal entries refused in %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(loaded.error().offset, der.size() - 2 - 4);
        QVERIFY2(loaded.error().message.startsWith(QStringLiteral(
                     "the list holds more than 1000000 entries, the limit (entry 1000001 starts at offset ")),
                 qPrintable(loaded.error().message));
    }

    void attributesPerEntryLimit() {
        QCOMPARE(ReadLimits{}.maxAttributesPerEntry, 256);
        // Attribute { 1.2.<i>, SET { OCTET STRING } }: 256 of them pass, the 257th is refused. In DER
        // order (a SET OF is sorted by encoding; QByteArray compares unsigned octets).
        auto attributes = [](int count) {
            QByteArrayList out;
            for (int i = 0; i < count; ++i)
                out << tlv(0x30, tlv(0x06, QByteArray("\x2a") + char(0x01) + char(i & 0x7f)) +
                                     tlv(0x31, tlv(0x04, "x")));
            std::sort(out.begin(), out.end());
            return out.join();
        };
        const QByteArray fine = makeCtl(entry(0) + entry(1, attributes(256), true));
        auto loaded = DocumentLoader::loadBytes(fine, QStringLiteral("fine.stl"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value().front().entries[1].allAttributes.size(), 256);

        const QByteArray tooMany = makeCtl(entry(0) + entry(1, attributes(257), true));
        loaded = DocumentLoader::loadBytes(tooMany, QStringLiteral("many.stl"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        // The 257th attribute is the last 12 bytes of the entry, which ends before the 2-byte signerInfos.
        const qsizetype last = tooMany.size() - 2 - 12;
        QCOMPARE(loaded.error().offset, last);
        QVERIFY2(
            loaded.error().toString().startsWith(QStringLiteral("many.stl: the attribute SET at offset ")),
            qPrintable(loaded.error().toString()));
        QVERIFY2(
            loaded.error().message.endsWith(QStringLiteral(" holds more than 256 attributes, the limit for "
                                                           "one entry (attribute 257 starts at offset %1)")
                                                .arg(last)),
            qPrintable(loaded.error().message));
    }

    void certificatesPerBagLimit() {
        QCOMPARE(ReadLimits{}.maxCertificatesPerBag, 1000);
        // Bag elements that are not certificates still count (they are kept aside with a note).
        const QByteArray element = tlv(0x30, hex("0500"));
        auto bag = [&](int count) {
            QByteArray out;
            for (int i = 0; i < count; ++i)
                out += element;
            return out;
        };
        auto loaded =
            DocumentLoader::loadBytes(makeCtl(entry(0), bag(1000), true), QStringLiteral("bag.stl"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value().front().certificates.size(), size_t(1000));

        const QByteArray tooMany = makeCtl(entry(0), bag(1001), true);
        loaded = DocumentLoader::loadBytes(tooMany, QStringLiteral("bag.stl"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        const qsizetype last = tooMany.size() - 2 - 4; // the 1001st element, before the signerInfos SET
        QCOMPARE(loaded.error().offset, last);
        QVERIFY2(
            loaded.error().message.endsWith(
                QStringLiteral(
                    " holds more than 1000 certificates, the limit (certificate 1001 starts at offset %1)")
                    .arg(last)),
            qPrintable(loaded.error().message));
    }

    // Nesting that the parser really follows: countersignatures inside countersignatures recurse through
    // parseSignerInfo, four DER levels each. 10 levels load; 20 exceed der::MaxNestingDepth (64).
    void nestingDepthLimit() {
        QCOMPARE(der::MaxNestingDepth, 64);
        auto loaded = DocumentLoader::loadBytes(makeCtl(entry(0), {}, false, counterSignatureChain(10)),
                                                QStringLiteral("ten.stl"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value().front().signers.size(), size_t(11));
        const ValidationReport report = Validator::validate(loaded.value().front(), offlineOptions());
        QCOMPARE(report.verdict, Verdict::Invalid); // no signer certificate in the file

        loaded = DocumentLoader::loadBytes(makeCtl(entry(0), {}, false, counterSignatureChain(20)),
                                           QStringLiteral("deep.stl"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::MalformedDer);
        QVERIFY2(loaded.error().toString().startsWith(
                     QStringLiteral("deep.stl: structures nested more than 64 levels deep at offset ")),
                 qPrintable(loaded.error().toString()));
    }

    void cabMemberCountLimit() {
        QCOMPARE(ReadLimits{}.maxMembers, 1024);
        QList<CabFile> files;
        for (int i = 0; i < 1025; ++i)
            files << CabFile{"member" + QByteArray::number(i) + ".txt", "x"};
        auto loaded = DocumentLoader::loadBytes(makeCab(files, false), QStringLiteral("many.cab"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::CabError);
        QCOMPARE(loaded.error().toString(),
                 QStringLiteral(
                     "many.cab: the CAB archive has more than 1024 members, more than any trust list needs"));

        files.removeLast(); // 1024 members are read (and hold no list)
        loaded = DocumentLoader::loadBytes(makeCab(files, false), QStringLiteral("many.cab"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::CabWithoutCtl);
    }

    void cabMemberSizeLimit() {
        QCOMPARE(ReadLimits{}.maxMemberSize, 256LL * 1024 * 1024);
        // CFFILE claims 300 MiB for a 1-byte member: refused from the header, nothing is expanded.
        auto loaded = DocumentLoader::loadBytes(makeCab({{"authroot.stl", "x", 300LL * 1024 * 1024}}, false),
                                                QStringLiteral("claims.cab"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(loaded.error().toString(),
                 QStringLiteral("claims.cab: the CAB member \"authroot.stl\" would expand to 314572800 "
                                "bytes, more than the limit of 268435456 bytes"));
    }

    // A real CAB bomb: 8 MiB of zeros, MSZIP-compressed to about 12 KB (a ratio near 700). The ratio limit
    // stops it while it expands; the declared size is within the member limit, so only the ratio can.
    void cabCompressionRatioLimit() {
        QCOMPARE(ReadLimits{}.maxCompressionRatio, 1000);
        const QByteArray cab = makeCab({{"authroot.stl", QByteArray(8 * 1024 * 1024, '\0')}}, true);
        QVERIFY2(cab.size() < 16 * 1024, qPrintable(QString::number(cab.size())));
        ReadLimits limits;
        limits.maxCompressionRatio = 100;
        auto loaded = DocumentLoader::loadBytes(cab, QStringLiteral("bomb.cab"), limits);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(loaded.error().toString(),
                 QStringLiteral("bomb.cab: the CAB member \"authroot.stl\" expands beyond the limits "
                                "(268435456 bytes per member, 100 times "
                                "the archive's size); the archive looks like a decompression bomb"));
        // Under the default ratio the same archive expands (to zeros, which are no list).
        loaded = DocumentLoader::loadBytes(cab, QStringLiteral("bomb.cab"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::CabWithoutCtl);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("authroot.stl (8388608 bytes)")),
                 qPrintable(loaded.error().message));
    }

    // ---- Signatures that must be rejected ----

    void signatureConstructsAreRejected_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::newRow("signature over other attributes, messageDigest matches")
            << QStringList{QStringLiteral("--signature-over"), QStringLiteral("other-attributes")}
            << QStringLiteral("signature-invalid");
        QTest::newRow("signature over the [0] tagged attributes instead of the SET")
            << QStringList{QStringLiteral("--signature-over"), QStringLiteral("implicit-tag")}
            << QStringLiteral("signature-invalid");
        QTest::newRow("signature over the content although signed attributes are present")
            << QStringList{QStringLiteral("--signature-over"), QStringLiteral("content")}
            << QStringLiteral("signature-invalid");
        QTest::newRow("signed by another certificate of the bag than issuerAndSerialNumber names")
            << QStringList{QStringLiteral("--sign-with-other-cert")} << QStringLiteral("signature-invalid");
        QTest::newRow("issuerAndSerialNumber names no certificate of the file")
            << QStringList{QStringLiteral("--sid-wrong-serial")}
            << QStringLiteral("signer-certificate-missing");
    }
    void signatureConstructsAreRejected() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        const QString path =
            fixture(QStringLiteral("construct-") + arguments.join(QLatin1Char('_')).remove(QLatin1Char('-')),
                    arguments);
        QVERIFY(!path.isEmpty());
        auto loaded = DocumentLoader::loadFile(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const CtlDocument &document = loaded.value().front();
        const ValidationReport report = Validator::validate(document, fixtureOptions());
        QVERIFY2(report.verdict == Verdict::Invalid, qPrintable(codes(report)));
        QVERIFY2(report.find(code), qPrintable(codes(report)));
        QVERIFY(report.nativeDialog.wouldWarn && !report.nativeDialog.cosmetic);
        const SignerResult &result = report.signers.front();
        QVERIFY(!result.intact());
        QVERIFY(!result.signatureValid);
        const SignerInfoData &signer = document.signers.front();
        const int named = certificateWithSubject(document, QStringLiteral("Fixture Trust List Publisher"));
        QVERIFY(named >= 0);

        if (code == QLatin1String("signer-certificate-missing")) {
            QCOMPARE(result.certificateIndex, -1);
            // Control: with the serial number corrected, the signerInfo names the signer and verifies.
            SignerInfoData corrected = signer;
            corrected.serialNumber = document.certificates[size_t(named)].serialNumber;
            QCOMPARE(findSignerCertificate(document, corrected), named);
            QVERIFY(verifySignerInfo(document, corrected, document.certificates[size_t(named)].der)
                        .signatureValid);
            return;
        }
        // Only the signature fails: digest, contentType and attribute hygiene are right.
        QCOMPARE(result.certificateIndex, named);
        QVERIFY(result.digestMatches);
        QVERIFY(result.contentTypeMatches);
        QVERIFY(result.attributesWellFormed);

        // Controls: each construct holds a real signature, over what a careless verifier would accept.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QByteArray namedDer = document.certificates[size_t(named)].der;
        if (tag.startsWith(QLatin1String("signed by another certificate"))) {
            const int other = certificateWithSubject(document, QStringLiteral("Fixture Other Publisher"));
            QVERIFY(other >= 0 && other != named);
            QVERIFY(
                verifySignerInfo(document, signer, document.certificates[size_t(other)].der).signatureValid);
        } else if (tag.contains(QLatin1String("[0] tagged"))) {
            SignerInfoData asTagged = signer;
            asTagged.signedAttributesDer[0] = char(0xa0);
            QVERIFY(verifySignerInfo(document, asTagged, namedDer).signatureValid);
        } else if (tag.contains(QLatin1String("over the content"))) {
            SignerInfoData withoutAttributes = signer;
            withoutAttributes.hasSignedAttributes = false;
            QVERIFY(verifySignerInfo(document, withoutAttributes, namedDer).signatureValid);
        } else {
            QVERIFY(tag.contains(QLatin1String("other attributes")));
            QVERIFY(!signer.signingTime.has_value()); // the signed set had a signingTime; the file's has none
        }
    }

    // The same generator without a construct gives a valid list: the rejections above are the constructs'.
    void signatureConstructControl() {
        const QString path = fixture(QStringLiteral("construct-control"),
                                     {QStringLiteral("--signature-over"), QStringLiteral("attributes")});
        QVERIFY(!path.isEmpty());
        auto loaded = DocumentLoader::loadFile(path);
        QVERIFY(loaded);
        const ValidationReport report = Validator::validate(loaded.value().front(), fixtureOptions());
        QVERIFY2(report.verdict == Verdict::Valid, qPrintable(codes(report)));
    }

    // BER indefinite lengths deep inside, where DER is required: refused, naming the element and its offset.
    void innerIndefiniteLength_data() {
        QTest::addColumn<QString>("element");
        QTest::newRow("first TrustedSubject") << QStringLiteral("entry");
        QTest::newRow("signed attributes") << QStringLiteral("signedAttributes");
        QTest::newRow("certificate bag") << QStringLiteral("bag");
    }
    void innerIndefiniteLength() {
        QFETCH(QString, element);
        auto loaded = DocumentLoader::loadBytes(m_stl, stlName);
        QVERIFY(loaded);
        const CtlDocument &document = loaded.value().front();
        qsizetype target = -1;
        QString tagName;
        if (element == QLatin1String("entry")) {
            target = document.entries.front().offset;
            tagName = QStringLiteral("SEQUENCE");
        } else if (element == QLatin1String("signedAttributes")) {
            QByteArray asWritten = document.signers.front().signedAttributesDer;
            asWritten[0] = char(0xa0);
            target = m_stl.indexOf(asWritten);
            tagName = QStringLiteral("[0]");
        } else {
            target =
                document.ctlTlv.offset + document.ctlTlv.length; // [0] IMPLICIT certificates follows the CTL
            QCOMPARE(quint8(m_stl[target]), quint8(0xa0));
            tagName = QStringLiteral("[0]");
        }
        QVERIFY(target > 0);
        qsizetype newOffset = -1;
        const QByteArray ber = withIndefiniteLength(m_stl, 0, target, 0, newOffset);
        QVERIFY(newOffset > 0);
        QCOMPARE(quint8(ber[newOffset + 1]), quint8(0x80));
        auto refused = DocumentLoader::loadBytes(ber, QStringLiteral("ber.stl"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, LoadError::Code::MalformedDer);
        QCOMPARE(refused.error().offset, newOffset);
        QCOMPARE(
            refused.error().toString(),
            QStringLiteral(
                "ber.stl: the %1 at offset %2 uses a BER indefinite length; DER requires a definite length")
                .arg(tagName)
                .arg(newOffset));
    }

    // ---- Never writes: CAB member names are not paths; only the export asked for is written ----

    // ctltool dump and verify (and the in-process loader) with HOME, the XDG folders, TMPDIR and the working
    // directory in a fresh sandbox: nothing may appear, change or vanish there, nor where a member name
    // points.
    void cabMemberNamesAreNeverPaths() {
        QTemporaryDir sandbox;
        QVERIFY(sandbox.isValid());
        const QString root = sandbox.path();
        for (const char *sub :
             {"in", "work/a/b", "home", "xdg/config", "xdg/cache", "xdg/data", "xdg/runtime", "tmp"})
            QVERIFY(QDir(root).mkpath(QString::fromLatin1(sub)));
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/xdg/runtime"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QTemporaryDir outside; // an absolute member name points here
        QVERIFY(outside.isValid());
        const QByteArray absoluteName = QFile::encodeName(outside.filePath(QStringLiteral("owned.stl")));
        const QByteArray ctl = readFile(realDir + stlName);
        const QByteArray cab = makeCab({{"../../escaped.stl", ctl},
                                        {absoluteName, ctl},
                                        {"..\\..\\windows.stl", ctl},
                                        {"sub/dir/nested.stl", ctl}},
                                       false);
        const QString input = root + QStringLiteral("/in/evil.cab");
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(cab) == cab.size());
        }
        const QString truncated = root + QStringLiteral("/in/truncated.stl");
        {
            QFile file(truncated);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_stl.left(1000)) == 1000);
        }
        const auto before = snapshot(root);
        const auto outsideBefore = snapshot(outside.path());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/xdg/config"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/xdg/cache"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/xdg/data"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/xdg/runtime"));
        environment.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("dump"), QStringLiteral("--json"), input},
              QStringList{QStringLiteral("verify"), QStringLiteral("--json"),
                          QStringLiteral("--no-system-trust"), input}}) {
            QProcess tool;
            tool.setProcessEnvironment(environment);
            tool.setWorkingDirectory(root + QStringLiteral("/work/a/b"));
            tool.start(QStringLiteral(CTLTOOL_PATH), arguments);
            QVERIFY(tool.waitForFinished(120000));
            QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
            const QJsonValue results = QJsonDocument::fromJson(tool.readAllStandardOutput())
                                           .object()
                                           .value(QStringLiteral("results"));
            QVERIFY2(results.isArray(), qPrintable(arguments.first()));
            QStringList members;
            for (const QJsonValue &document : results.toArray())
                members << document.toObject().value(QStringLiteral("member")).toString();
            // CAB names use '\\' as the separator; libarchive shows it as '/'. Shown, never used as paths.
            QCOMPARE(
                members,
                (QStringList{QStringLiteral("../../escaped.stl"), QString::fromUtf8(absoluteName),
                             QStringLiteral("../../windows.stl"), QStringLiteral("sub/dir/nested.stl")}));
        }
        // The real files and a refused one through every reading command, text and JSON; exit codes as the
        // README states them (dump: 0 read, 2 unreadable; verify: 0 valid, 1 malformed).
        for (const QString &file : {realDir + stlName, realDir + cabName, truncated}) {
            for (const QStringList &command :
                 {QStringList{QStringLiteral("dump")},
                  QStringList{QStringLiteral("dump"), QStringLiteral("--json")},
                  QStringList{QStringLiteral("verify"), QStringLiteral("--no-system-trust")},
                  QStringList{QStringLiteral("verify"), QStringLiteral("--json"),
                              QStringLiteral("--no-system-trust")}}) {
                QProcess tool;
                tool.setProcessEnvironment(environment);
                tool.setWorkingDirectory(root + QStringLiteral("/work/a/b"));
                tool.start(QStringLiteral(CTLTOOL_PATH), command + QStringList{file});
                QVERIFY(tool.waitForFinished(120000));
                QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
                const int expectedExit = file != truncated                           ? 0
                                         : command.first() == QStringLiteral("dump") ? 2
                                                                                     : 1;
                QVERIFY2(tool.exitCode() == expectedExit,
                         qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char(' ') + file));
                // A report, unless unreadable; with --json an unreadable file is a result too.
                QCOMPARE(tool.readAllStandardOutput().isEmpty(),
                         expectedExit == 2 && !command.contains(QStringLiteral("--json")));
            }
        }
        // In-process too, with the working directory inside the sandbox.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(root + QStringLiteral("/work/a/b")));
        auto loaded = DocumentLoader::loadFile(input);
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), size_t(4));
        for (const CtlDocument &document : loaded.value())
            QCOMPARE(Validator::validate(document, offlineOptions()).verdict, Verdict::Valid);

        QCOMPARE(snapshot(root), before); // nothing created, changed or removed, not even in HOME or TMPDIR
        QCOMPARE(snapshot(outside.path()), outsideBefore);
        QVERIFY(!QFile::exists(outside.filePath(QStringLiteral("owned.stl"))));
    }

    // Exports go through QSaveFile: a refused export leaves the old file byte for byte, a successful one
    // replaces it whole, and no temporary file is left behind.
    void exportsAreAtomic() {
        QTemporaryDir sandbox;
        QVERIFY(sandbox.isValid());
        const QString out = sandbox.filePath(QStringLiteral("entries.csv"));
        const QByteArray previous = "previous export, must survive a failed one\n";
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(previous) == previous.size());
        }
        const QString truncated = sandbox.filePath(QStringLiteral("truncated.stl"));
        {
            QFile file(truncated);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_stl.left(100000)) == 100000);
        }
        auto run = [&](const QStringList &arguments) {
            QProcess tool;
            tool.setWorkingDirectory(sandbox.path());
            tool.start(QStringLiteral(CTLTOOL_PATH), arguments);
            tool.waitForFinished(120000);
            return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
        };
        const auto listing = [&] {
            return QDir(sandbox.path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        };

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--csv"), out, truncated}), 2);
        QCOMPARE(readFile(out), previous);
        QCOMPARE(listing(), (QStringList{QStringLiteral("entries.csv"), QStringLiteral("truncated.stl")}));

        const QString missingDirectory = sandbox.filePath(QStringLiteral("no/such/dir/entries.csv"));
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("--csv"), missingDirectory, realDir + stlName}), 2);
        QCOMPARE(listing(), (QStringList{QStringLiteral("entries.csv"), QStringLiteral("truncated.stl")}));

        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--csv"), out,
                      QStringLiteral("--no-system-trust"), realDir + stlName}),
                 0);
        const QByteArray written = readFile(out);
        QVERIFY(written.size() > 10000);
        QVERIFY(!written.contains(previous));
        QCOMPARE(listing(), (QStringList{QStringLiteral("entries.csv"), QStringLiteral("truncated.stl")}));
    }

    // ---- Regression files: every file of tests/data/malformed, with the outcome MANIFEST states ----

    void malformedRegressionFiles() {
        // MANIFEST: "<file> refused:<code-key>" or "<file> verdict:<verdict-key>", '#' comments.
        const QByteArray manifest = readFile(malformedDir + QStringLiteral("MANIFEST"));
        QVERIFY(!manifest.isEmpty());
        QMap<QString, QString> expected;
        for (const QByteArray &rawLine : manifest.split('\n')) {
            const QString line = QString::fromUtf8(rawLine).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(fields.size() == 2, qPrintable(line));
            expected.insert(fields[0], fields[1]);
        }
        QStringList present = QDir(malformedDir).entryList(QDir::Files, QDir::Name);
        present.removeAll(QStringLiteral("MANIFEST"));
        present.removeAll(QStringLiteral("README.md"));
        QCOMPARE(present, QStringList(expected.keys())); // every file has its expectation, and the reverse
        Sweep sweep{QStringLiteral("tests/data/malformed")};
        for (const QString &file : present) {
            const QByteArray bytes = readFile(malformedDir + file);
            const auto refusal = tryInput(sweep, bytes, file, nullptr, 256LL * 1024 * 1024);
            QString outcome;
            if (refusal) {
                outcome = QStringLiteral("refused:") + refusal->codeKey();
            } else {
                auto loaded = DocumentLoader::loadBytes(bytes, file);
                QVERIFY(loaded);
                QStringList verdicts;
                for (const CtlDocument &document : loaded.value())
                    verdicts << verdictKey(Validator::validate(document, offlineOptions()).verdict);
                outcome = QStringLiteral("verdict:") + verdicts.join(QLatin1Char(','));
            }
            QVERIFY2(outcome == expected.value(file),
                     qPrintable(QStringLiteral("%1: %2, expected %3 (%4)")
                                    .arg(file, outcome, expected.value(file),
                                         refusal ? refusal->toString() : QString())));
        }
        report(sweep);
        QVERIFY2(sweep.failures.isEmpty(), qPrintable(sweep.failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
