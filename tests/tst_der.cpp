// The DER reader and value decoders, against hand-computed encodings; and the OpenSSL error-text helper the
// decoders' callers use, against OpenSSL's own reason strings.
#include "CtlDocument.h"
#include "Der.h"
#include "OsslPtr.h"

#include <QTest>

#include <openssl/err.h>
#include <openssl/x509.h>

using namespace ctlv;

namespace {
// The time in the one TLV that `bytes` holds.
der::Result<QDateTime> decodedTime(const QByteArray &bytes) {
    der::Cursor cursor(bytes);
    CTLV_ASSIGN_OR_RETURN(const der::Tlv tlv, cursor.readAny());
    return der::decodeTime(bytes, tlv);
}

// That time as ISO 8601, or the error, so that a failed comparison shows why.
QString timeText(const QByteArray &bytes) {
    const auto time = decodedTime(bytes);
    return time ? isoUtc(time.value()) : QStringLiteral("error: ") + time.error().message();
}
} // namespace

class TestDer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oidDecoding_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("dotted");
        // X.690 8.19: first two arcs packed as 40*X+Y, then base-128 arcs.
        QTest::newRow("szOID_CTL") << QByteArray::fromHex("2b0601040182370a01")
                                   << QStringLiteral("1.3.6.1.4.1.311.10.1");
        QTest::newRow("sha256") << QByteArray::fromHex("608648016503040201")
                                << QStringLiteral("2.16.840.1.101.3.4.2.1");
        QTest::newRow("anyEKU") << QByteArray::fromHex("551d2500") << QStringLiteral("2.5.29.37.0");
        QTest::newRow("joint-iso 2.999") << QByteArray::fromHex("8837") << QStringLiteral("2.999");
        QTest::newRow("non-minimal arc") << QByteArray::fromHex("2b8001") << QString();
        QTest::newRow("unterminated") << QByteArray::fromHex("2b86") << QString();
    }
    void oidDecoding() {
        QFETCH(QByteArray, value);
        QFETCH(QString, dotted);
        QCOMPARE(der::oidFromValue(value).value_or(QString()), dotted);
    }

    // The registry's OIDs encoded for matching bytes: the hand-computed encodings of oidDecoding_data,
    // with the OBJECT IDENTIFIER tag and length in front.
    void oidEncoding() {
        QCOMPARE(der::encodeOid("1.3.6.1.4.1.311.10.1").toHex(), QByteArray("06092b0601040182370a01"));
        QCOMPARE(der::encodeOid("2.16.840.1.101.3.4.2.1").toHex(), QByteArray("0609608648016503040201"));
        QCOMPARE(der::encodeOid("2.5.29.37.0").toHex(), QByteArray("0604551d2500"));
        QCOMPARE(der::encodeOid("2.999").toHex(), QByteArray("06028837"));
        // A prefix: its trailing dot is ignored.
        QCOMPARE(der::encodeOid("1.3.6.1.4.1.311.10.11.").toHex(), QByteArray("06092b0601040182370a0b"));
    }

    void rejectsIndefiniteLength() {
        const QByteArray ber = QByteArray::fromHex("3080020101 0000");
        der::Cursor cursor(ber);
        const auto read = cursor.readAny();
        QVERIFY2(!read, "an indefinite length was accepted");
        QCOMPARE(
            read.error().message(),
            QStringLiteral(
                "the SEQUENCE at offset 0 uses a BER indefinite length; DER requires a definite length"));
        QCOMPARE(read.error().offset(), 0);
    }

    void rejectsNonMinimalLength() {
        const QByteArray ber = QByteArray::fromHex("04810161");
        der::Cursor cursor(ber);
        QVERIFY(!cursor.readAny());
    }

    void reportsTruncationWithOffsets() {
        const QByteArray cut = QByteArray::fromHex("3082010002"); // declares 256 bytes, has 2
        der::Cursor cursor(cut);
        const auto read = cursor.readAny();
        QVERIFY2(!read, "a truncated element was accepted");
        QVERIFY(read.error().isTruncation());
        QCOMPARE(read.error().message(),
                 QStringLiteral("truncated: the SEQUENCE at offset 0 declares 256 bytes of content, but "
                                "only 1 bytes follow (the enclosing data ends at offset 5)"));
    }

    void limitsNesting() {
        // `levels` SEQUENCEs, each the only content of the one around it; walking in enters every one,
        // the innermost (empty) one included. The reader enters 64 levels (der::MaxNestingDepth; the value
        // is stated here, not read from the header, so a changed limit fails this test): with 65, entering
        // the innermost is refused with the offset of its content: the outermost SEQUENCE holds 128 bytes,
        // so its length takes the long form (3 bytes of tag and length), the 64 inside it 2 bytes each:
        // 3 + 2 * 64 = 131.
        const auto nested = [](int levels) {
            QByteArray deep;
            for (int i = 0; i < levels; ++i)
                deep.prepend(QByteArray::fromHex("30") + der::encodeLength(deep.size()));
            return deep;
        };
        // The number of levels entered, or the error that stopped the walk.
        const auto walk = [](const QByteArray &deep) -> der::Result<int> {
            der::Cursor current(deep);
            int entered = 0;
            while (!current.atEnd()) {
                CTLV_ASSIGN_OR_RETURN(const der::Tlv tlv, current.readAny());
                CTLV_ASSIGN_OR_RETURN(current, current.enter(tlv));
                ++entered;
            }
            return entered;
        };
        const auto shallow = walk(nested(64));
        QVERIFY(shallow);
        QCOMPARE(shallow.value(), 64);
        const QByteArray tooDeep = nested(65);
        const auto deep = walk(tooDeep);
        QVERIFY2(!deep, "65 levels were entered");
        QCOMPARE(deep.error().offset(), qsizetype(131));
        QCOMPARE(deep.error().message(),
                 QStringLiteral("structures nested more than 64 levels deep at offset 131"));
        QVERIFY(!walk(nested(100)));
    }

    void timeDecoding() {
        // UTCTime 50..99 is 19xx, 00..49 is 20xx (RFC 5280 4.1.2.5.1).
        const QByteArray utc = QByteArray("\x17\x0d", 2) + "250616175611Z";
        QCOMPARE(timeText(utc), QStringLiteral("2025-06-16T17:56:11Z"));
        const QByteArray old = QByteArray("\x17\x0d", 2) + "970110070000Z";
        QCOMPARE(timeText(old), QStringLiteral("1997-01-10T07:00:00Z"));
        const QByteArray generalized = QByteArray("\x18\x0f", 2) + "20510101000000Z";
        QCOMPARE(timeText(generalized), QStringLiteral("2051-01-01T00:00:00Z"));
    }

    void generalizedTimeFractions() {
        // X.690 11.7: a fraction has no trailing zero; ".5" is 500 ms.
        const QByteArray half = QByteArray("\x18\x11", 2) + "20250304050607.5Z";
        QCOMPARE(timeText(half), QStringLiteral("2025-03-04T05:06:07.500Z"));
        for (const char *text :
             {"20250304050607.Z", "20250304050607.5", "2025030405060Z7", "20250304050607+0100"}) {
            const QByteArray bad = QByteArray(1, '\x18') + char(qstrlen(text)) + text;
            QVERIFY2(!decodedTime(bad), text);
        }
    }

    void integersMustBeMinimal() {
        const auto checked = [](const QByteArray &bytes) -> der::Result<void> {
            der::Cursor cursor(bytes);
            CTLV_ASSIGN_OR_RETURN(const der::Tlv tlv, cursor.readAny());
            return der::checkInteger(bytes, tlv);
        };
        for (const char *text : {"0200", "02020001", "0202ff80"})
            QVERIFY2(!checked(QByteArray::fromHex(text)), text);
        for (const char *text : {"020100", "02020080", "0201ff", "0202ff7f"})
            QVERIFY2(checked(QByteArray::fromHex(text)), text);
    }

    void setOfOrderIsUnsignedOctetOrder() {
        const auto checked = [](const QByteArray &bytes) -> der::Result<void> {
            der::Cursor cursor(bytes);
            CTLV_ASSIGN_OR_RETURN(const der::Tlv set, cursor.readAny());
            return der::checkSetOrder(cursor, set);
        };
        // 0xb0 sorts after 0x30: the elements compare as unsigned octets (X.690 11.6).
        const QByteArray set = QByteArray::fromHex("3106040130"
                                                   "0401b0");
        QVERIFY(checked(set));
        const QByteArray unsorted = QByteArray::fromHex("31060401b0"
                                                        "040130");
        QVERIFY(!checked(unsorted));
    }

    void filetime() {
        // Hand computation: 0x01D6CF3F5AE9DDB8 x 100 ns after 1601-01-01 is 2020-12-10 21:56:46.917 UTC
        // (ctl-format.md section 1 gives the same example).
        QCOMPARE(isoUtc(*filetimeToUtc(0x01D6CF3F5AE9DDB8ULL)), QStringLiteral("2020-12-10T21:56:46.917Z"));
        QCOMPARE(isoUtc(*filetimeToUtc(116444736000000000ULL)), QStringLiteral("1970-01-01T00:00:00Z"));
    }

    void utf16() {
        QCOMPARE(utf16leText(QByteArray("P\0i\0n\0\0\0", 8)).value(), QStringLiteral("Pin"));
        QVERIFY(!utf16leText(QByteArray("\x01\x02\x03", 3)).has_value());
        QVERIFY(!utf16leText(QByteArray::fromHex("0100000041004200")).has_value()); // NUL inside
    }

    // ossl::takeLastError gives the text of the most recent error and empties the queue, so a later failure
    // never shows a stale error. The reason strings are OpenSSL's (crypto/x509/x509_err.c, as `openssl
    // errstr` prints them for 05800065 and 05800070): "cert already in hash table", "wrong lookup type".
    void opensslErrorText() {
        ERR_clear_error();
        QCOMPARE(ossl::takeLastError(), QString());
        ERR_raise(ERR_LIB_X509, X509_R_CERT_ALREADY_IN_HASH_TABLE);
        ERR_raise(ERR_LIB_X509, X509_R_WRONG_LOOKUP_TYPE);
        const QString text = ossl::takeLastError();
        QVERIFY2(text.contains(QLatin1String("wrong lookup type")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("hash table")), qPrintable(text));
        QCOMPARE(ERR_peek_error(), 0UL);
        QCOMPARE(ossl::takeLastError(), QString());
    }
};

QTEST_GUILESS_MAIN(TestDer)
#include "tst_der.moc"
