// ctl_trust_bench: effective trust on a list of 1,000,000 entries (issue #15 asks for the status of every
// entry for one purpose and date under 0.3 s). The list is built in memory with the properties real lists
// carry (.9 purposes, .104/.122 Disable, .126/.127 NotBefore, in the mix of the 2025 list); the facts
// table is built once (reported too), then every entry's status is computed for one purpose and date.
// Not a test: scripts/bench.sh runs it in its "trust" phase.
//
//   ctl_trust_bench [Qt Test options and test functions]
#include "DocumentLoader.h"
#include "EffectiveTrust.h"
#include "TestBytes.h"

#include <QTest>

#include <QTimeZone>
#include <algorithm>

using namespace ctlv;

namespace {

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

QByteArray attribute(const char *oidHex, const QByteArray &value) {
    return tlv(0x30, hex(oidHex) + tlv(0x31, tlv(0x04, value)));
}

// Entry i: SHA-1-sized identifier; .9 {serverAuth, codeSigning} or {codeSigning}; every 4th a Disable
// date (.104, a FILETIME taken from the 2025 list), every 3rd a NotBefore (.126) limited by .127.
QByteArray authrootList(int entries) {
    const QByteArray ekuBoth = hex("301406082b0601050507030106082b06010505070303");
    const QByteArray ekuCode = hex("300a06082b06010505070303");
    const QByteArray filetime = hex("0080c82b6886d701");
    QByteArray subjects;
    subjects.reserve(qsizetype(entries) * 120);
    for (int i = 0; i < entries; ++i) {
        QByteArray id(20, '\0');
        for (int b = 0; b < 4; ++b)
            id[b] = char((i >> (8 * b)) & 0xff);
        QList<QByteArray> attributes{attribute("060a2b0601040182370a0b09", i % 2 ? ekuCode : ekuBoth)};
        if (i % 4 == 1)
            attributes << attribute("060a2b0601040182370a0b68", filetime);
        if (i % 3 == 2)
            attributes << attribute("060a2b0601040182370a0b7e", filetime)
                       << attribute("060a2b0601040182370a0b7f", ekuCode);
        std::sort(attributes.begin(), attributes.end()); // SET OF in DER order
        subjects += tlv(0x30, tlv(0x04, id) + tlv(0x31, attributes.join()));
    }
    const QByteArray ctl =
        tlv(0x30, tlv(0x30, hex("060a2b0601040182370a0309")) + hex("170d3235303631363137353631315a") +
                      hex("300906052b0e03021a0500") + tlv(0x30, subjects));
    const QByteArray signedData =
        tlv(0x30, hex("020101") + tlv(0x31, hex("300d06096086480165030402010500")) +
                      tlv(0x30, hex("06092b0601040182370a01") + tlv(0xa0, ctl)) + tlv(0x31, {}));
    return tlv(0x30, hex("06092a864886f70d010702") + tlv(0xa0, signedData));
}

} // namespace

class BenchTrust : public QObject {
    Q_OBJECT

    CtlDocument m_document;
    TrustTable m_table;

private Q_SLOTS:
    void initTestCase() {
        auto documents = DocumentLoader::loadBytes(authrootList(1'000'000), QStringLiteral("bench.stl"));
        QVERIFY2(documents, qPrintable(documents ? QString() : documents.error().toString()));
        m_document = documents.value().front();
        QCOMPARE(m_document.entries.size(), size_t(1'000'000));
    }

    // Once per list (and per disallowed list): decoding every entry into its facts.
    void buildFacts1M() {
        QBENCHMARK_ONCE {
            m_table = TrustTable::build(m_document);
        }
        QCOMPARE(m_table.size(), size_t(1'000'000));
    }

    // What a change of purpose or date costs: every entry's status from the facts.
    void statuses1MOnePurposeOneDate() {
        TrustQuestion question;
        question.purpose = QStringLiteral("1.3.6.1.5.5.7.3.3");
        question.at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
        std::vector<TrustStatus> statuses;
        QBENCHMARK {
            statuses = m_table.statuses(question);
        }
        QCOMPARE(statuses.size(), size_t(1'000'000));
        const TrustCounts counts = m_table.counts(question);
        qInfo("trusted %lld, not-before %lld, disabled %lld, purpose-not-granted %lld",
              counts[TrustStatus::Trusted], counts[TrustStatus::NotBefore], counts[TrustStatus::Disabled],
              counts[TrustStatus::PurposeNotGranted]);
    }
};

QTEST_GUILESS_MAIN(BenchTrust)
#include "bench_trust.moc"
