// The sections builder (model/present/Sections) against a real list: its fields carry the facts
// tests/data/real/SOURCES.md documents and `openssl` computes, in the locale it is given; and the detail
// pane, the text dump and the PDF, which all render it, show one entry and the list with the same labels.
#include "CertificateInfo.h"
#include "DetailModel.h"
#include "DocumentLoader.h"
#include "DumpWriter.h"
#include "PdfReport.h"
#include "Roles.h"
#include "Sections.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace ctlv;
using namespace ctlv::sections;

namespace {

QString realPath(const char *name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + QLatin1String(name);
}

// The 2025-06-16 authroot list (SOURCES.md: 514 entries, sequence number 0x1401DBDEE7F1A4F449,
// thisUpdate 2025-06-16 17:56:11Z, nextUpdate absent, subjectUsage Root List Signer, one extension
// 1.3.6.1.4.1.311.10.3.52, 189331 bytes, sha256 21cfd197...).
const char ListFile[] = "authroot_2025-06-16_sha256_listca2011.stl";
const char Root2010File[] = "anchor_Microsoft-Root-Certificate-Authority-2010_3B1EFD3A.pem.crt";

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// `openssl x509 -fingerprint` as lowercase hex without colons.
QString opensslFingerprint(const QString &certificate, const char *digest) {
    const QString out =
        run(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
             QStringLiteral("-fingerprint"), QLatin1Char('-') + QLatin1String(digest)});
    const qsizetype equals = out.indexOf(QLatin1Char('='));
    return equals < 0 ? QString() : out.mid(equals + 1).trimmed().remove(QLatin1Char(':')).toLower();
}

// The CN of the certificate's subject, as openssl prints it.
QString opensslCommonName(const QString &certificate) {
    const QString out =
        run(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
             QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253")});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("CN=([^,\\n]+)")).match(out);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString rawOf(const Sections &sections, const char *key) {
    const Field *field = findField(sections, QString::fromLatin1(key));
    return field ? field->raw : QStringLiteral("<missing %1>").arg(QLatin1String(key));
}

// Every label in the Field column of the detail pane.
QStringList paneLabels(const DetailModel &model) {
    QStringList labels;
    for (int section = 0; section < model.rowCount(); ++section) {
        const QModelIndex parent = model.index(section, DetailColumn::Field);
        for (int row = 0; row < model.rowCount(parent); ++row)
            labels << model.index(row, DetailColumn::Field, parent).data().toString();
    }
    return labels;
}

// The dump's block of one entry: from its "#n" line to the next entry's.
QString dumpBlockOfEntry(const QString &dump, int number) {
    const QString start = QStringLiteral("\n  #%1 ").arg(number);
    const qsizetype begin = dump.indexOf(start);
    if (begin < 0)
        return {};
    const qsizetype end = dump.indexOf(QStringLiteral("\n  #%1 ").arg(number + 1), begin);
    return dump.mid(begin, end < 0 ? -1 : end - begin);
}

} // namespace

class TestSections : public QObject {
    Q_OBJECT

private:
    CtlDocument m_document;

private Q_SLOTS:
    void initTestCase() {
        auto loaded = DocumentLoader::loadFile(realPath(ListFile));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value().size(), size_t(1));
        m_document = std::move(loaded.value().front());
    }

    void listCarriesTheDocumentedFacts() {
        const Sections list = listSections(m_document, QLocale::c());
        QCOMPARE(rawOf(list, "sequenceNumber"), QStringLiteral("1401dbdee7f1a4f449"));
        QCOMPARE(rawOf(list, "thisUpdate"), QStringLiteral("2025-06-16T17:56:11Z"));
        QCOMPARE(rawOf(list, "nextUpdate"), QString()); // absent
        QCOMPARE(rawOf(list, "entryCount"), QStringLiteral("514"));
        QCOMPARE(rawOf(list, "fileSize"), QStringLiteral("189331"));
        QCOMPARE(rawOf(list, "fileSha256"),
                 QStringLiteral("21cfd197dcd8d8097606a3ca2774b832d0c7737498fe95cb12dd632ebf5b5e68"));
        QCOMPARE(findField(list, u"subjectUsage")->oids,
                 QStringList{QStringLiteral("1.3.6.1.4.1.311.10.3.9")});
        // The sequence number's low 8 bytes as a FILETIME, by hand: 0x01DBDEE7F1A4F449 hundred-nanosecond
        // ticks since 1601-01-01 are 2025-06-16 17:56:11.049274 (Python's datetime).
        QCOMPARE(rawOf(list, "sequenceNumberTime"), QStringLiteral("2025-06-16T17:56:11.049Z"));
        const Section *extensions = findSection(list, u"extensions");
        QVERIFY(extensions);
        QCOMPARE(extensions->fields.size(), size_t(1));
        QCOMPARE(extensions->fields.front().labelOid, QStringLiteral("1.3.6.1.4.1.311.10.3.52"));
        // Every section and field has a title or label; fields have keys renderers and tests can find.
        for (const Section &section : list) {
            QVERIFY(!section.title.isEmpty());
            for (const Field &field : section.fields) {
                QVERIFY2(!field.label.isEmpty() && !field.key.isEmpty(), qPrintable(section.title));
            }
        }
    }

    // Numbers for people come in the locale the caller passes, not the program's default.
    void valuesFollowTheGivenLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        const Sections english = listSections(m_document, QLocale(QLocale::English, QLocale::UnitedStates));
        const Sections german = listSections(m_document, QLocale(QLocale::German, QLocale::Germany));
        QLocale::setDefault(before);
        QVERIFY2(findField(english, u"fileSize")->value.contains(QLatin1String("189,331")),
                 qPrintable(findField(english, u"fileSize")->value));
        QVERIFY2(findField(german, u"fileSize")->value.contains(QLatin1String("189.331")),
                 qPrintable(findField(german, u"fileSize")->value));
        // The German short date: 16.06.2025.
        QVERIFY2(findField(german, u"thisUpdate")->value.startsWith(QLatin1String("16.06.2025")),
                 qPrintable(findField(german, u"thisUpdate")->value));
        QCOMPARE(findField(german, u"thisUpdate")->raw, QStringLiteral("2025-06-16T17:56:11Z"));
    }

    // The entry of Microsoft Root Certificate Authority 2010: identifier, friendly name and SHA-256 as
    // openssl computes them from the certificate in tests/data.
    void entryCarriesWhatOpensslComputes() {
        const QString certificate = realPath(Root2010File);
        const QString sha1 = opensslFingerprint(certificate, "sha1");
        const QString sha256 = opensslFingerprint(certificate, "sha256");
        const QString commonName = opensslCommonName(certificate);
        QCOMPARE(sha1.size(), 40);
        QCOMPARE(sha256.size(), 64);
        QCOMPARE(commonName, QStringLiteral("Microsoft Root Certificate Authority 2010"));
        int found = -1;
        for (size_t i = 0; i < m_document.entries.size() && found < 0; ++i)
            if (m_document.entries[i].identifierText() == sha1)
                found = static_cast<int>(i);
        QVERIFY(found >= 0);
        const Sections entry = entrySections(m_document, found, QLocale::c());
        QCOMPARE(rawOf(entry, "identifier"), sha1);
        QCOMPARE(findField(entry, u"friendlyName")->value, commonName);
        QCOMPARE(rawOf(entry, "sha256"), sha256);
        QCOMPARE(findField(entry, u"sha256")->kind, FieldKind::Monospace);
        // The report view leaves the identity to the heading and keeps the SHA-256.
        const Sections report = shownIn(entry, Shown::ReportsOnly);
        QVERIFY(!findField(report, u"identifier"));
        QVERIFY(findField(report, u"sha256"));
        QVERIFY(entrySections(m_document, static_cast<int>(m_document.entries.size()), QLocale::c()).empty());
    }

    // Every extension of a certificate is decoded, as `openssl x509 -text` decodes it: each URI of the
    // CRL distribution points and the CPS of the policies that openssl prints are in the sections.
    void certificateShowsEveryExtension() {
        const QString path = realPath("roots-crt/2d0d5214ff9ead9924017420476e6c852727f543.crt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CertificateInfo certificate =
            describeCertificate(file.readAll(), CertificateSource::SignedDataBag);
        QVERIFY(certificate.parsed);
        const QString printed =
            run(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                 QStringLiteral("-in"), path, QStringLiteral("-noout"), QStringLiteral("-ext"),
                 QStringLiteral("crlDistributionPoints,certificatePolicies")});
        QStringList expected;
        for (const QString &line : printed.split(QLatin1Char('\n')))
            if (line.trimmed().startsWith(QLatin1String("URI:")) ||
                line.trimmed().startsWith(QLatin1String("CPS:")))
                expected << line.trimmed();
        QCOMPARE(expected.size(), 3); // two distribution points, one CPS
        QStringList shown;
        for (const Section &section :
             shownIn(certificateSections(certificate, QLocale::c()), Shown::ReportsOnly))
            for (const Field &field : section.fields)
                if (field.key == QLatin1String("extension"))
                    shown << field.label + QLatin1String(": ") + field.value;
        QCOMPARE(shown.size(), 2);
        for (const QString &line : expected)
            QVERIFY2(shown.join(QLatin1Char('\n')).contains(line), qPrintable(line));
    }

    // One entry with purposes, a disabled date and a NotBefore date, and the list's general facts: the
    // detail pane, the text dump and the PDF name each with the same label.
    void paneDumpAndPdfShareLabels() {
        int index = -1;
        for (size_t i = 0; i < m_document.entries.size() && index < 0; ++i) {
            const CtlEntry entry = m_document.entries[i];
            if (entry.ekus && !entry.ekus->isEmpty() && entry.disabledFrom && entry.notBefore)
                index = static_cast<int>(i);
        }
        QVERIFY(index >= 0);
        const Sections entry = entrySections(m_document, index, QLocale());

        DetailModel pane;
        pane.setEntry(m_document, index);
        const QStringList inPane = paneLabels(pane);

        QString dump;
        {
            QTextStream stream(&dump);
            DumpWriter::writeText(stream, m_document);
        }
        const QString entryDump = dumpBlockOfEntry(dump, index + 1);
        QVERIFY(!entryDump.isEmpty());

        ValidationOptions options;
        options.useSystemStore = false;
        options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
        const ValidationReport report = Validator::validate(m_document, options);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sections.pdf"));
        const auto written = PdfReport::write(pdf, m_document, report, PdfOptions{});
        QVERIFY2(written.hasValue(), qPrintable(written ? QString() : written.error().toString()));
        const QString pdfText =
            run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified(); // a label may wrap
        QVERIFY(!pdfText.isEmpty());

        // The fields every view shows: the same label in the pane and in the entry's dump block.
        int shared = 0;
        for (const Section &section : entry)
            for (const Field &field : section.fields) {
                if (field.shown != Shown::Everywhere)
                    continue;
                ++shared;
                QVERIFY2(inPane.contains(field.label), qPrintable(field.label));
                QVERIFY2(entryDump.contains(QStringLiteral("\n    ") + field.label + QLatin1Char(':')),
                         qPrintable(field.label + QStringLiteral(" in\n") + entryDump));
            }
        QVERIFY(shared >= 3); // SHA-256, Disabled from, NotBefore at least
        // The purposes: a section in the pane, a line in the dump, a column of the PDF's entry table.
        const Section *purposes = findSection(entry, u"purposes");
        QVERIFY(purposes);
        QCOMPARE(purposes->title, label::purposes());
        QVERIFY(entryDump.contains(QStringLiteral("\n    ") + label::purposes() + QLatin1Char(':')));
        for (const QString &name : {label::purposes(), label::disabledFrom(), label::notBefore()}) {
            QVERIFY2(pdfText.contains(name), qPrintable(name));
            QVERIFY2(entryDump.contains(QStringLiteral("\n    ") + name + QLatin1Char(':')),
                     qPrintable(name));
        }
        QVERIFY(inPane.contains(label::disabledFrom()) && inPane.contains(label::notBefore()));

        // The list's general facts: the same labels in the pane, the dump and the PDF.
        pane.setList(m_document);
        const QStringList listInPane = paneLabels(pane);
        const Sections list = shownIn(listSections(m_document, QLocale()), Shown::ReportsOnly);
        const Section *general = findSection(list, u"general");
        QVERIFY(general);
        QVERIFY(general->fields.size() >= 8);
        for (const Field &field : general->fields) {
            if (field.shown != Shown::Everywhere)
                continue;
            QVERIFY2(listInPane.contains(field.label), qPrintable(field.label));
            QVERIFY2(dump.contains(QStringLiteral("\n  ") + field.label + QLatin1Char(':')),
                     qPrintable(field.label));
            QVERIFY2(pdfText.contains(field.label), qPrintable(field.label));
        }
    }
};

QTEST_MAIN(TestSections) // the PDF report needs QtGui
#include "tst_sections.moc"
