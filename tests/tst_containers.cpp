// Reading by content: CAB, DER (both CTL encodings), PEM, base64, and every refusal with its exact
// message. Inputs that are not trust lists are built here by hand, so nothing depends on the parser.
#include "ContainerReader.h"
#include "DocumentLoader.h"
#include "DumpWriter.h"
#include "FileAccess.h"
#include "JsonWriter.h"
#include "OpenedFile.h"
#include "Sections.h"
#include "TestBytes.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ctlv;

namespace {

QByteArray readData(const QString &name) {
    QFile file(QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString sample2025 = QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl");

// DER building blocks for hand-made PKCS#7 structures.
const QByteArray oidSignedData = QByteArray::fromHex("06092a864886f70d010702");
const QByteArray oidData = QByteArray::fromHex("06092a864886f70d010701");
const QByteArray oidEnvelopedData = QByteArray::fromHex("06092a864886f70d010703");

LoadError refusal(const QByteArray &bytes, const QString &name) {
    auto loaded = DocumentLoader::loadBytes(bytes, name);
    if (loaded)
        return LoadError{LoadError::Code::Unrecognised, name, {}, -1, QStringLiteral("UNEXPECTEDLY LOADED")};
    return loaded.error();
}

} // namespace

class TestContainers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyFile() {
        const LoadError error = refusal(QByteArray(), QStringLiteral("authroot.stl"));
        QCOMPARE(error.code, LoadError::Code::Empty);
        QCOMPARE(error.toString(), QStringLiteral("authroot.stl: the file is empty (0 bytes)"));
    }

    void missingFileNamesThePath() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing-here.stl"));
        auto loaded = DocumentLoader::loadFile(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::Unreadable);
        QCOMPARE(loaded.error().toString(),
                 path + QStringLiteral(": cannot open the file: No such file or directory"));
    }

    void asciiStlModel() {
        const QByteArray model = "solid cube\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 0\n  "
                                 "endloop\n endfacet\nendsolid cube\n";
        const LoadError error = refusal(model, QStringLiteral("cube.stl"));
        QCOMPARE(error.code, LoadError::Code::ThreeDModel);
        QCOMPARE(error.toString(),
                 QStringLiteral(
                     "cube.stl: this is a 3D model in ASCII STL format (\"solid cube\"), not a "
                     "Certificate Trust List; Windows trust lists share the .stl extension with 3D models"));
    }

    void binaryStlModel_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("plain header") << QByteArray("Exported by a CAD program").leftJustified(80, '\0');
        // A header that starts with '0' (0x30) looks like DER at first sight.
        QTest::newRow("header starting with 0x30") << QByteArray("0 binary mesh").leftJustified(80, ' ');
        // Issue #18: many exporters (SolidWorks among them) begin the binary header with "solid", as an
        // ASCII STL begins; the size (84 + 50 bytes a triangle) and the binary data decide.
        QTest::newRow("header starting with solid, spaces")
            << QByteArray("solid Part1").leftJustified(80, ' ');
        QTest::newRow("header starting with solid, NULs") << QByteArray("solid").leftJustified(80, '\0');
    }
    void binaryStlModel() {
        QFETCH(QByteArray, header);
        QByteArray model = header + le32(2) + QByteArray(100, '\x01');
        const LoadError error = refusal(model, QStringLiteral("part.stl"));
        QCOMPARE(error.code, LoadError::Code::ThreeDModel);
        QCOMPARE(error.toString(),
                 QStringLiteral(
                     "part.stl: this is a 3D model in binary STL format (2 triangles), not a "
                     "Certificate Trust List; Windows trust lists share the .stl extension with 3D models"));
    }

    void serializedStore() {
        const QByteArray sst = QByteArray("\0\0\0\0CERT", 8) + le32(32) + le32(1) + le32(4) + "abcd";
        const LoadError error = refusal(sst, QStringLiteral("roots.sst"));
        QCOMPARE(error.code, LoadError::Code::SerializedStore);
        QCOMPARE(
            error.toString(),
            QStringLiteral("roots.sst: this is a Windows serialized certificate store (.sst), not a "
                           "Certificate Trust List; \"ctltool dump\" lists its certificates, and --certs "
                           "links them to a list"));
    }

    void proxyHtmlPage() {
        const QByteArray page =
            "<!DOCTYPE html>\n<html><head><title>Proxy Authentication Required</title></head>"
            "<body>Access denied</body></html>";
        const LoadError error = refusal(page, QStringLiteral("authrootstl.cab"));
        QCOMPARE(error.code, LoadError::Code::HtmlPage);
        QCOMPARE(error.toString(),
                 QStringLiteral("authrootstl.cab: this is an HTML page titled \"Proxy Authentication "
                                "Required\", not a Certificate Trust List; a proxy or captive portal often "
                                "returns such a page instead of the file that was asked for"));
    }

    void plainText() {
        const LoadError error = refusal("hello world\nsecond line\n", QStringLiteral("notes.stl"));
        QCOMPARE(error.code, LoadError::Code::TextFile);
        QCOMPARE(error.toString(), QStringLiteral("notes.stl: this is a text file, not a Certificate Trust "
                                                  "List (it begins with \"hello world\")"));
    }

    void truncatedDer() {
        // `openssl asn1parse` of the 2025 list: "0:d=0 hl=5 l=189326 cons: SEQUENCE".
        const LoadError error = refusal(readData(sample2025).left(1000), QStringLiteral("authroot.stl"));
        QCOMPARE(error.code, LoadError::Code::Truncated);
        QCOMPARE(error.offset, 0);
        QCOMPARE(
            error.toString(),
            QStringLiteral("authroot.stl: truncated: the SEQUENCE at offset 0 declares 189326 bytes of "
                           "content, but only 995 bytes follow (the enclosing data ends at offset 1000)"));
    }

    // Issue #18: a truncated CAB is named as such, with the offset where it ends, in our own (translated)
    // words. SOURCES.md: the archive is 73513 bytes, which its header's cbCabinet gives (as in every CAB).
    void truncatedCab() {
        const QByteArray cab = readData(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"));
        QCOMPARE(cab.size(), 73513);
        const LoadError error = refusal(cab.left(36756), QStringLiteral("authrootstl.cab"));
        QCOMPARE(error.code, LoadError::Code::CabError);
        QCOMPARE(error.offset, 36756);
        QCOMPARE(error.toString(),
                 QStringLiteral("authrootstl.cab: the CAB archive is truncated: its header gives its size as "
                                "73513 bytes, but the file ends at offset 36756"));
        const LoadError header = refusal(cab.left(10), QStringLiteral("authrootstl.cab"));
        QCOMPARE(header.code, LoadError::Code::CabError);
        QCOMPARE(header.offset, 10);
        QCOMPARE(header.toString(),
                 QStringLiteral("authrootstl.cab: the CAB archive is truncated: it ends at "
                                "offset 10, inside its header"));
    }

    void signedDataThatIsNotACtl() {
        // SignedData { version 1, digestAlgorithms {}, encapContentInfo { id-data }, signerInfos {} }.
        const QByteArray signedData =
            tlv(0x30, tlv(0x02, QByteArray(1, '\x01')) + tlv(0x31, {}) + tlv(0x30, oidData) + tlv(0x31, {}));
        const QByteArray der = tlv(0x30, oidSignedData + tlv(0xa0, signedData));
        const LoadError error = refusal(der, QStringLiteral("message.p7s"));
        QCOMPARE(error.code, LoadError::Code::NotACtl);
        QCOMPARE(error.toString(),
                 QStringLiteral("message.p7s: this is a PKCS #7 signed message whose content type is "
                                "PKCS #7 data (1.2.840.113549.1.7.1), not a Certificate Trust List "
                                "(1.3.6.1.4.1.311.10.1)"));
    }

    void pkcs7OfAnotherType() {
        const QByteArray der =
            tlv(0x30, oidEnvelopedData + tlv(0xa0, tlv(0x30, tlv(0x02, QByteArray(1, '\0')))));
        const LoadError error = refusal(der, QStringLiteral("secret.p7m"));
        QCOMPARE(error.code, LoadError::Code::NotSignedData);
        QCOMPARE(error.toString(),
                 QStringLiteral("secret.p7m: this is a PKCS #7 structure of type 1.2.840.113549.1.7.3, not "
                                "signed data, so it cannot be a Certificate Trust List"));
    }

    void certificateInsteadOfList() {
        const QByteArray pem =
            readData(QStringLiteral("anchor_Microsoft-Root-Certificate-Authority-2001_CDD4EEAE.pem.crt"));
        QByteArray base64;
        for (const QByteArray &line : pem.split('\n'))
            if (!line.startsWith("-----"))
                base64 += line;
        const LoadError der = refusal(QByteArray::fromBase64(base64), QStringLiteral("root.cer"));
        QCOMPARE(der.code, LoadError::Code::Certificate);
        QCOMPARE(der.toString(),
                 QStringLiteral("root.cer: this is an X.509 certificate (CN=Microsoft Root Certificate "
                                "Authority,DC=microsoft,DC=com), not a Certificate Trust List"));
        const LoadError asPem = refusal(pem, QStringLiteral("root.pem"));
        QCOMPARE(asPem.code, LoadError::Code::PemNotCtl);
        QCOMPARE(asPem.toString(),
                 QStringLiteral("root.pem: this PEM file holds CERTIFICATE, not a PKCS #7 Certificate Trust "
                                "List (expected \"-----BEGIN PKCS7-----\" or \"-----BEGIN CMS-----\")"));
    }

    void otherBinaryFormats() {
        QCOMPARE(refusal(QByteArray("MZ\x90\0\x03\0\0\0", 8), QStringLiteral("setup.stl")).toString(),
                 QStringLiteral("setup.stl: this is a Windows executable, not a Certificate Trust List"));
        QCOMPARE(
            refusal(QByteArray::fromHex("0102030405060708090a"), QStringLiteral("blob.stl")).toString(),
            QStringLiteral(
                "blob.stl: the content is not a Certificate Trust List: it is neither a CAB archive, DER, "
                "PEM nor base64 (it begins with the bytes 01 02 03 04 05 06 07 08)"));
    }

    void cabWithoutCtl() {
        const QByteArray cab =
            makeStoredCab({{"readme.txt", "hello there\n"}, {"data.bin", QByteArray("\x01\x02\x03\x04", 4)}});
        const LoadError error = refusal(cab, QStringLiteral("update.cab"));
        QCOMPARE(error.code, LoadError::Code::CabWithoutCtl);
        QCOMPARE(error.toString(),
                 QStringLiteral("update.cab: the CAB archive holds no Certificate Trust List; its members "
                                "are: readme.txt (12 bytes), data.bin (4 bytes)"));
        // Issue 13, item 10: a member name with placeholders stays as it is (each value is substituted once;
        // a chained arg() would have put the size into the name: "x12y (12 bytes)").
        const LoadError named =
            refusal(makeStoredCab({{"x%2y%1.txt", "hello there\n"}}), QStringLiteral("update.cab"));
        QCOMPARE(named.toString(),
                 QStringLiteral("update.cab: the CAB archive holds no Certificate Trust List; its "
                                "members are: x%2y%1.txt (12 bytes)"));
    }

    void cabFindsCtlAmongOtherMembers() {
        const QByteArray list = readData(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        const QByteArray cab = makeStoredCab({{"readme.txt", "not a list"}, {"disallowed.bin", list}});
        auto loaded = DocumentLoader::loadBytes(cab, QStringLiteral("bundle.cab"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(int(loaded.value().size()), 1);
        QCOMPARE(loaded.value().front().member, QStringLiteral("disallowed.bin"));
        QCOMPARE(loaded.value().front().container, ContainerKind::Cab);
        QCOMPARE(int(loaded.value().front().entries.size()), 72);
        // Issue #18: the other member is listed with the document: its name, size and where its CFFILE
        // record starts (makeStoredCab: a 36-byte header and one 8-byte folder come first).
        const CtlDocument &document = loaded.value().front();
        QCOMPARE(int(document.otherMembers.size()), 1);
        QCOMPARE(document.otherMembers.front().name, QStringLiteral("readme.txt"));
        QCOMPARE(document.otherMembers.front().size, 10);
        QCOMPARE(document.otherMembers.front().offset, 44);
        const QString note =
            QStringLiteral("the CAB archive also holds \"readme.txt\" (10 bytes, its file record "
                           "at offset 44), which is not part of the list and is covered by no "
                           "signature");
        // In JSON notes[] ...
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter json(buffer);
            DumpWriter::writeJson(json, document);
        }
        const QJsonArray notes =
            QJsonDocument::fromJson(buffer.data()).object().value(QLatin1String("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(QLatin1String("offset")).toInt(), 44);
        QCOMPARE(notes.at(0).toObject().value(QLatin1String("message")).toString(), note);
        // ... and under the file in the sections the viewer and the dump show.
        bool listed = false;
        for (const sections::Section &section : sections::listSections(document, QLocale::c()))
            for (const sections::Field &field : section.fields)
                if (field.key == QLatin1String("otherMember")) {
                    QCOMPARE(section.key, QStringLiteral("file"));
                    QCOMPARE(field.value, QStringLiteral("readme.txt (10 bytes)"));
                    listed = true;
                }
        QVERIFY(listed);
    }

    void pemAndBase64_data() {
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("PKCS7") << QByteArray("PKCS7");
        QTest::newRow("CMS") << QByteArray("CMS");
        QTest::newRow("bare base64") << QByteArray();
    }
    void pemAndBase64() {
        QFETCH(QByteArray, label);
        const QByteArray der = readData(sample2025);
        QByteArray text;
        const QByteArray base64 = der.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 64)
            text += base64.mid(i, 64) + "\r\n";
        if (!label.isEmpty())
            text = "-----BEGIN " + label + "-----\r\n" + text + "-----END " + label + "-----\r\n";
        auto loaded = DocumentLoader::loadBytes(text, QStringLiteral("authroot.pem"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const CtlDocument &document = loaded.value().front();
        QCOMPARE(document.container, label.isEmpty() ? ContainerKind::Base64 : ContainerKind::Pem);
        QCOMPARE(document.der, der);
        QCOMPARE(int(document.entries.size()), 514);
    }

    void cmsStyleOctetStringEncoding() {
        // Re-wrap the 2025 list CMS style. Offsets from `openssl asn1parse`: the digestAlgorithms SET at
        // 29 (17 bytes), the CTL SEQUENCE at 67 (5 + 185298 bytes), certificates and signerInfos from
        // 185370 to the end of the file.
        const QByteArray der = readData(sample2025);
        const QByteArray ctl = der.mid(67, 5 + 185298);
        const QByteArray encapsulated =
            tlv(0x30, QByteArray::fromHex("06092b0601040182370a01") + tlv(0xa0, tlv(0x04, ctl)));
        const QByteArray signedData =
            tlv(0x30, tlv(0x02, QByteArray(1, '\x01')) + der.mid(29, 17) + encapsulated + der.mid(185370));
        const QByteArray rewrapped = tlv(0x30, oidSignedData + tlv(0xa0, signedData));
        auto loaded = DocumentLoader::loadBytes(rewrapped, QStringLiteral("cms.p7"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const CtlDocument &document = loaded.value().front();
        QVERIFY(document.ctlInOctetString);
        QCOMPARE(int(document.entries.size()), 514);
        QCOMPARE(document.ctlTlv.slice(document.der), ctl);
        // CMS (RFC 5652 5.4) digests the OCTET STRING's content: the whole CTL TLV.
        QCOMPARE(document.primarySigner()->digestedContent.slice(document.der), ctl);
    }

    void trailingBytesAreReported() {
        const QByteArray der = readData(sample2025) + QByteArray(3, '\0');
        auto loaded = DocumentLoader::loadBytes(der, QStringLiteral("padded.stl"));
        QVERIFY(loaded);
        QCOMPARE(loaded.value().front().trailingBytes, 3);
        QCOMPARE(loaded.value().front().notes.front().message,
                 QStringLiteral("3 byte(s) follow the end of the PKCS #7 structure at offset 189331"));
    }

    void indefiniteLengthIsRefused() {
        QByteArray der = readData(sample2025);
        // Turn the outer SEQUENCE into BER indefinite form (30 80 ... 00 00).
        const QByteArray ber = QByteArray::fromHex("3080") + der.mid(5) + QByteArray(2, '\0');
        const LoadError error = refusal(ber, QStringLiteral("ber.stl"));
        QCOMPARE(error.code, LoadError::Code::MalformedDer);
        QCOMPARE(error.toString(), QStringLiteral("ber.stl: the SEQUENCE at offset 0 uses a BER indefinite "
                                                  "length; DER requires a definite length"));
    }

    void tooLargeInputIsRefused() {
        ReadLimits limits;
        limits.maxInputSize = 1000;
        auto loaded = DocumentLoader::loadBytes(readData(sample2025), QStringLiteral("big.stl"), limits);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(loaded.error().toString(),
                 QStringLiteral("big.stl: the file has 189331 bytes, more than the limit of 1000 bytes"));
    }

    // Issue 13, items 1 and 2: what is not a regular file is refused before it is opened (a FIFO would
    // block open() for ever), with a message naming the file and what it is.
    void refusesWhatIsNotARegularFile_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("this is a folder, not a file");
        QTest::newRow("fifo") << QStringLiteral("fifo")
                              << QStringLiteral(
                                     "this is a named pipe (FIFO), not a file; it was not opened, "
                                     "since reading it could wait forever (give - to read standard "
                                     "input)");
        QTest::newRow("socket") << QStringLiteral("socket")
                                << QStringLiteral("this is a socket, not a file; it was not opened");
        QTest::newRow("character device")
            << QStringLiteral("/dev/zero")
            << QStringLiteral(
                   "this is a character device, not a file; it was not read, since a device such as "
                   "/dev/zero never ends");
        QTest::newRow("symlink to a fifo")
            << QStringLiteral("link-to-fifo")
            << QStringLiteral("this is a named pipe (FIFO), not a file; it was not "
                              "opened, since reading it could wait forever (give "
                              "- to read standard input)");
    }
    void refusesWhatIsNotARegularFile() {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = kind.startsWith(QLatin1Char('/')) ? kind : dir.filePath(kind);
        int socketFd = -1;
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(kind));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("link-to-fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600), 0);
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("fifo")), path));
        } else if (kind == QLatin1String("socket")) {
            socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            const QByteArray native = QFile::encodeName(path);
            QVERIFY(size_t(native.size()) < sizeof address.sun_path);
            std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
            QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        }
        // Were the FIFO opened, open() would wait for a writer: the alarm turns a hang into a failure.
        ::alarm(20);
        auto loaded = DocumentLoader::loadFile(path);
        ::alarm(0);
        if (socketFd >= 0)
            ::close(socketFd);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::NotAFile);
        QCOMPARE(loaded.error().codeKey(), QStringLiteral("not-a-file"));
        QCOMPARE(loaded.error().toString(), path + QStringLiteral(": ") + reason);
    }

    // Whatever the file says its size is, at most the limit + 1 bytes are read: a /proc file says 0.
    void readIsBoundedWhateverTheSizeSays() {
        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        QCOMPARE(status.size(), 0); // what makes QFile::size() useless as a bound
        auto bytes = readInputFile(QStringLiteral("/proc/self/status"), 1 << 20);
        QVERIFY(bytes);
        QVERIFY(bytes.value().startsWith("Name:"));
        auto bounded = readInputFile(QStringLiteral("/proc/self/status"), 10);
        QVERIFY(!bounded);
        QCOMPARE(bounded.error().code, LoadError::Code::TooLarge);
        QCOMPARE(bounded.error().toString(),
                 QStringLiteral("/proc/self/status: the input is longer than the limit of 10 bytes"));
    }

    // Item 13: names are bytes; those that are not UTF-8 survive the round trip and open.
    void fileNamesThatAreNotUtf8() {
        const QByteArray name("list-\xff\xc3(-\xc3\xa9-\xf0\x9f\x98\x80-\xed\xa0\x80.stl");
        // Typed by hand: each byte of an invalid sequence is kept as U+DC00 + byte.
        const QString expected = QStringLiteral("list-") + QChar(0xdcff) + QChar(0xdcc3) +
                                 QStringLiteral("(-\u00e9-") + QChar(0xd83d) + QChar(0xde00) +
                                 QStringLiteral("-") + QChar(0xdced) + QChar(0xdca0) + QChar(0xdc80) +
                                 QStringLiteral(".stl");
        QCOMPARE(decodeFileName(name), expected);
        QCOMPARE(encodeFileName(expected), name);
        QCOMPARE(escapeForTerminal(expected),
                 QStringLiteral("list-\\xff\\xc3(-\u00e9-\U0001F600-\\xed\\xa0\\x80.stl"));

        QTemporaryDir dir;
        const QByteArray native = QFile::encodeName(dir.path()) + '/' + name;
        const QByteArray list = readData(sample2025);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, list.constData(), size_t(list.size())), ssize_t(list.size()));
        ::close(fd);
        auto loaded = DocumentLoader::loadFile(decodeFileName(native));
        ::unlink(native.constData()); // QTemporaryDir cannot name it
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.value().front().entries.size(), size_t(514));
    }

    // Item 4: what escapeForTerminal makes of controls, typed by hand.
    void terminalEscaping() {
        QCOMPARE(escapeForTerminal(u"plain \u00e9\u4e2d text"), QStringLiteral("plain \u00e9\u4e2d text"));
        QCOMPARE(escapeForTerminal(QStringLiteral("a\x1b[2Jb\nc\rd\te\x7f"
                                                  "f\u009bg") +
                                   QChar(0) + QLatin1Char('h')),
                 QStringLiteral("a\\x1b[2Jb\\nc\\rd\\te\\x7ff\\u009bg\\x00h"));
        QCOMPARE(escapeForTerminal(u"x\u202ey\u2066z\u2069\u200e\u200f\u202a"),
                 QStringLiteral("x\\u202ey\\u2066z\\u2069\\u200e\\u200f\\u202a"));
        // A lone high surrogate is shown, not passed on.
        QCOMPARE(escapeForTerminal(QString(QChar(0xd800)) + QLatin1Char('a')), QStringLiteral("\\ud800a"));
    }

    // Item 14: all the members of a CAB together are limited, not each member alone.
    void cabTotalExpansionIsLimited() {
        ReadLimits limits;
        limits.maxExpandedTotal = 1000;
        const QByteArray cab = makeStoredCab({{"a.bin", QByteArray(400, 'a')},
                                              {"b.bin", QByteArray(400, 'b')},
                                              {"c.bin", QByteArray(400, 'c')}});
        auto members = ContainerReader::extractCab(cab, QStringLiteral("many.cab"), limits);
        QVERIFY(!members);
        QCOMPARE(members.error().code, LoadError::Code::TooLarge);
        QCOMPARE(
            members.error().toString(),
            QStringLiteral("many.cab: the CAB archive expands to more than the limit of 1000 bytes in all "
                           "(at the member \"c.bin\"); the archive looks like a decompression bomb"));
        QCOMPARE(ReadLimits{}.maxExpandedTotal, 256LL * 1024 * 1024);
    }

    // Item 14: members that do not begin like a CTL are listed by name and size, their bytes not kept.
    void cabKeepsOnlyWhatLooksLikeAList() {
        const QByteArray list = readData(QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl"));
        QCOMPARE(list.size(), 9478);
        const QByteArray cab =
            makeStoredCab({{"readme.txt", QByteArray(5000, 'r')},
                           {"disallowedcert.stl", list},
                           {"tiny", "0"},
                           {"der.bin", QByteArray::fromHex("3003020101") + QByteArray(300, '\0')}});
        auto members = ContainerReader::extractCab(cab, QStringLiteral("bundle.cab"));
        QVERIFY(members);
        QCOMPARE(members.value().size(), size_t(4));
        QCOMPARE(members.value()[0].name, QStringLiteral("readme.txt"));
        QCOMPARE(members.value()[0].size, 5000);
        QVERIFY(members.value()[0].data.isEmpty());
        QVERIFY(!members.value()[0].kept);
        QCOMPARE(members.value()[1].size, 9478);
        QCOMPARE(members.value()[1].data, list);
        QVERIFY(members.value()[1].kept);
        QCOMPARE(members.value()[2].size, 1);
        QVERIFY(members.value()[2].data.isEmpty());
        QCOMPARE(members.value()[3].size, 305);
        QVERIFY(members.value()[3].data.isEmpty()); // DER, but not a CTL
        auto loaded = DocumentLoader::loadBytes(cab, QStringLiteral("bundle.cab"));
        QVERIFY(loaded);
        QCOMPARE(loaded.value().size(), size_t(1));
    }

    void cabBombIsRefused() {
        // 200 KB of zeros stored in a CAB of about 200 KB is fine; a ratio limit of 0.5 must stop it.
        ReadLimits limits;
        limits.maxMemberSize = 1000;
        const QByteArray cab = makeStoredCab({{"authroot.stl", QByteArray(30000, '\0')}});
        auto loaded = DocumentLoader::loadBytes(cab, QStringLiteral("bomb.cab"), limits);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, LoadError::Code::TooLarge);
        QVERIFY2(loaded.error().message.startsWith(QStringLiteral("the CAB member \"authroot.stl\"")),
                 qPrintable(loaded.error().message));
    }
    // openAndValidate, the one step the viewer's LoadJob and ctltool share: a report per list, the
    // verifying phase only when there is something to validate, and a stop asked at any of its checks
    // (one after reading, one before each list) drops the result.
    void openAndValidateFollowsItsCaller() {
        const QString path = QStringLiteral(CTL_TEST_DATA_DIR "/real/") + sample2025;
        ValidationOptions options;
        options.useSystemStore = false;
        int verifying = 0;
        int checks = 0;
        const std::optional<OpenedFile> opened = openAndValidate(OpenSource{path, {}, {}, {}}, options,
                                                                 OpenProgress{[&] {
                                                                                  ++checks;
                                                                                  return false;
                                                                              },
                                                                              [&] { ++verifying; }});
        QVERIFY(opened);
        QVERIFY(!opened->error);
        QCOMPARE(opened->documents.size(), size_t(1));
        QCOMPARE(opened->documents.front()->entries.size(), size_t(514)); // SOURCES.md
        QCOMPARE(opened->reports.size(), size_t(1));
        QCOMPARE(opened->displayName, sample2025);
        QCOMPARE(opened->path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(verifying, 1);
        QCOMPARE(checks, 2); // after reading, before the one list

        for (int stopAt = 1; stopAt <= checks; ++stopAt) {
            int asked = 0;
            verifying = 0;
            const std::optional<OpenedFile> stopped =
                openAndValidate(OpenSource{path, {}, {}, {}}, options,
                                OpenProgress{[&] { return ++asked >= stopAt; }, [&] { ++verifying; }});
            QVERIFY(!stopped);
            QCOMPARE(asked, stopAt);
            QCOMPARE(verifying, stopAt == 1 ? 0 : 1);
        }

        // Read only (ctltool dump): the lists, no reports, no verifying phase.
        verifying = 0;
        const std::optional<OpenedFile> readOnly = openAndValidate(OpenSource{path, {}, {}, {}}, std::nullopt,
                                                                   OpenProgress{{}, [&] { ++verifying; }});
        QVERIFY(readOnly);
        QCOMPARE(readOnly->documents.size(), size_t(1));
        QVERIFY(readOnly->reports.empty());
        QCOMPARE(verifying, 0);

        // Bytes that hold no list: the error, named after what the bytes are called; nothing validated.
        const QString pasted = QStringLiteral("pasted text");
        const std::optional<OpenedFile> refused = openAndValidate(
            OpenSource{{}, QByteArray("hello"), pasted, {}}, options, OpenProgress{{}, [&] { ++verifying; }});
        QVERIFY(refused);
        QVERIFY(refused->error);
        QCOMPARE(refused->error->file, pasted);
        QVERIFY(refused->documents.empty());
        QVERIFY(refused->reports.empty());
        QCOMPARE(refused->displayName, pasted);
        QVERIFY(refused->path.isEmpty());
        QCOMPARE(refused->bytes, QByteArray("hello"));
        QCOMPARE(verifying, 0);
    }
};

QTEST_GUILESS_MAIN(TestContainers)
#include "tst_containers.moc"
