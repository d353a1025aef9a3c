// CSV and PDF exports. CSV is read back with Python's csv module (an independent RFC 4180 parser);
// the PDF is read back with poppler's pdftotext and pdfinfo, and page 1 is rendered with pdftoppm under
// <build>/tests/report for a person to look at.
#include "CsvExport.h"
#include "CtlTool.h"
#include "DocumentLoader.h"
#include "FindingText.h"
#include "FixtureGenerator.h"
#include "PdfReport.h"
#include "TestBytes.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ctlv;

namespace {

QString realPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

CtlDocument load(const QString &name) {
    return DocumentLoader::loadFile(realPath(name)).value().front();
}

// An unsigned authroot-style CTL written by hand (ctl-format.md section 2), one entry per name:
// identifier SHA-1("0"), SHA-1("1"), ... and the friendly name (.11) as NUL-terminated UTF-16LE.
QByteArray unsignedCtlWithNames(const QStringList &names) {
    const QByteArray signedDataOid = QByteArray::fromHex("2a864886f70d010702");
    const QByteArray ctlOid = QByteArray::fromHex("2b0601040182370a01");
    const QByteArray rootListSignerOid = QByteArray::fromHex("2b0601040182370a0309");
    const QByteArray sha1Oid = QByteArray::fromHex("2b0e03021a");
    const QByteArray friendlyNameOid = QByteArray::fromHex("2b0601040182370a0b0b");
    QByteArray entries;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QByteArray utf16;
        for (const QChar c : names[i])
            utf16 += le16(c.unicode());
        utf16 += le16(0);
        const QByteArray attribute = tlv(0x30, tlv(0x06, friendlyNameOid) + tlv(0x31, tlv(0x04, utf16)));
        const QByteArray identifier =
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1);
        entries += tlv(0x30, tlv(0x04, identifier) + tlv(0x31, attribute));
    }
    const QByteArray ctl = tlv(0x30, tlv(0x30, tlv(0x06, rootListSignerOid)) + tlv(0x17, "250616175611Z") +
                                         tlv(0x30, tlv(0x06, sha1Oid)) + tlv(0x30, entries));
    const QByteArray signedData =
        tlv(0x30, tlv(0x02, QByteArray(1, 1)) + tlv(0x31, {}) +
                      tlv(0x30, tlv(0x06, ctlOid) + tlv(0xa0, ctl)) + tlv(0x31, {}));
    return tlv(0x30, tlv(0x06, signedDataOid) + tlv(0xa0, signedData));
}

ValidationReport validate(const CtlDocument &document) {
    ValidationOptions options;
    options.useSystemStore = false;
    options.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
    return Validator::validate(document, options);
}

// Parses CSV with Python's csv module; returns the rows.
QJsonArray parseWithPython(const QString &path, const QString &delimiter) {
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import csv, json, sys\n"
                        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                        "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))\n"),
         path, delimiter});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "python3 csv failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << program << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cellQuotingAndInjection_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Microsoft Root"
                               << ","
                               << "Microsoft Root";
        QTest::newRow("separator") << "a,b"
                                   << ","
                                   << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << ","
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "two\nlines"
                                 << ","
                                 << "\"two\nlines\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                                   << ","
                                   << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+1"
                                   << ","
                                   << "'+1";
        QTest::newRow("formula -") << "-2+3"
                                   << ","
                                   << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << ","
                                   << "'@SUM(A1)";
        QTest::newRow("comma kept with semicolon") << "a,b"
                                                   << ";"
                                                   << "a,b";
        QTest::newRow("semicolon quoted") << "a;b"
                                          << ";"
                                          << "\"a;b\"";
        // OWASP: a leading TAB or CR also starts a formula in some spreadsheets; RFC 4180: a CR inside a
        // cell needs quotes, or a reader ends the record there.
        QTest::newRow("formula TAB") << "\t=1"
                                     << ","
                                     << "'\t=1";
        QTest::newRow("formula CR") << "\r=1"
                                    << ","
                                    << "\"'\r=1\"";
        QTest::newRow("CR inside") << "a\rb"
                                   << ","
                                   << "\"a\rb\"";
        QTest::newRow("CRLF inside") << "a\r\nb"
                                     << ","
                                     << "\"a\r\nb\"";
    }
    void cellQuotingAndInjection() {
        QFETCH(QString, value);
        QFETCH(QString, separator);
        QFETCH(QString, expected);
        QCOMPARE(CsvExport::cell(value, separator.front()), expected);
    }

    void localeSeparator() {
        QCOMPARE(CsvExport::separatorForLocale(QLocale(QLocale::German)), QLatin1Char(';'));
        QCOMPARE(CsvExport::separatorForLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QLatin1Char(','));
    }

    void entriesCsvReadBack_data() {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("bom");
        QTest::newRow("comma") << "," << false;
        QTest::newRow("semicolon with BOM") << ";" << true;
    }
    void entriesCsvReadBack() {
        QFETCH(QString, separator);
        QFETCH(bool, bom);
        const CtlDocument document = load(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const QString path = m_dir.filePath(QStringLiteral("entries-%1.csv").arg(bom));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvOptions options;
        options.separator = separator.front();
        options.byteOrderMark = bom;
        options.statusAt = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
        QVERIFY(CsvExport::writeEntries(file, document, options));
        file.close();

        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.startsWith("\xef\xbb\xbf"), bom);
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!bytes.contains(QByteArray("\n")) || bytes.count('\n') == bytes.count("\r\n")); // CRLF only

        const QJsonArray rows = parseWithPython(path, separator);
        QCOMPARE(rows.size(), 1 + 514); // header + one row per entry (SOURCES.md: 514 entries)
        const QJsonArray header = rows.first().toArray();
        QCOMPARE(header.at(0).toString(), QStringLiteral("identifier"));
        QCOMPARE(header.at(2).toString(), QStringLiteral("friendlyName"));
        QCOMPARE(header.at(3).toString(), QStringLiteral("sha256"));
        for (int i = 0; i < 514; ++i) {
            const QJsonArray row = rows.at(i + 1).toArray();
            const CtlEntry &entry = document.entries[static_cast<size_t>(i)];
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row.at(0).toString(), toHex(entry.identifier));
            QCOMPARE(row.at(2).toString(), entry.friendlyName.value_or(QString()));
            QCOMPARE(row.at(3).toString(), toHex(entry.sha256));
            QCOMPARE(row.at(5).toString(), entry.ekus.value_or(QStringList()).join(QLatin1Char(' ')));
        }
        // The first entry per `openssl asn1parse`: the 2001 root, disabled 2021-08-01, NotBefore 2017-04-30.
        const QJsonArray first = rows.at(1).toArray();
        QCOMPARE(first.at(6).toString(), QStringLiteral("2021-08-01T00:00:00Z"));
        QCOMPARE(first.at(8).toString(), QStringLiteral("2017-04-30T00:00:00Z"));
        QCOMPARE(first.at(11).toString(), QStringLiteral("disabled"));
    }

    void selectedRowsOnly() {
        const CtlDocument document = load(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const std::vector<int> rows{3, 1};
        QVERIFY(CsvExport::writeEntries(buffer, document, {}, &rows));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty tail after the last CRLF
        QVERIFY(lines.at(1).startsWith(toHex(document.entries[3].identifier).toLatin1()));
        QVERIFY(lines.at(2).startsWith(toHex(document.entries[1].identifier).toLatin1()));
    }

    void findingsCsv() {
        const CtlDocument document = load(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const ValidationReport report = validate(document);
        const QString path = m_dir.filePath(QStringLiteral("findings.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(CsvExport::writeFindings(file, report, {}));
        file.close();
        const QJsonArray rows = parseWithPython(path, QStringLiteral(","));
        QCOMPARE(rows.size(), 1 + static_cast<int>(report.findings.size()));
        for (size_t i = 0; i < report.findings.size(); ++i) {
            QCOMPARE(rows.at(static_cast<int>(i) + 1).toArray().at(0).toString(),
                     findingCodeKey(report.findings[i].code));
            QCOMPARE(rows.at(static_cast<int>(i) + 1).toArray().at(3).toString(),
                     findingExplanation(report.findings[i]));
        }
        // The cosmetic column: of the 2025 list's findings only Windows' dialog warning is cosmetic (README,
        // "Verification": the signer carries Root List Signer only, which Windows' chain engine accepts).
        QStringList cosmetic;
        for (int row = 1; row < rows.size(); ++row) {
            const QJsonArray cells = rows.at(row).toArray();
            QVERIFY2(cells.at(4).toString() == QLatin1String("true") ||
                         cells.at(4).toString() == QLatin1String("false"),
                     qPrintable(cells.at(4).toString()));
            if (cells.at(4).toString() == QLatin1String("true"))
                cosmetic << cells.at(0).toString();
        }
        QCOMPARE(cosmetic, QStringList{QStringLiteral("native-dialog-warning")});
    }

    void ctltoolExportErrorsAreClearAndAtomic() {
        QBuffer out, err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const QString input = realPath(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"));
        QCOMPARE(runCtlTool({QStringLiteral("export"), QStringLiteral("--csv"),
                             QStringLiteral("/nonexistent-dir/out.csv"), input},
                            out, err),
                 2);
        QVERIFY(QString::fromUtf8(err.data())
                    .startsWith(
                        QLatin1String("ctltool export: /nonexistent-dir/out.csv: cannot write the file: ")));
        // A failed export keeps what was there before; a successful one replaces it whole.
        const QString existing = m_dir.filePath(QStringLiteral("keep.csv"));
        QFile keep(existing);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("previous content\n");
        keep.close();
        QCOMPARE(runCtlTool({QStringLiteral("export"), QStringLiteral("--csv"), existing,
                             QStringLiteral(CTL_TEST_DATA_DIR "/real/SOURCES.md")},
                            out, err),
                 2);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("previous content\n"));
        keep.close();
        QCOMPARE(runCtlTool({QStringLiteral("export"), QStringLiteral("--csv"), existing,
                             QStringLiteral("--separator"), QStringLiteral(";"), input},
                            out, err),
                 0);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QVERIFY(keep.readAll().startsWith("identifier;identifierKind;"));
        QCOMPARE(runCtlTool({QStringLiteral("export"), QStringLiteral("--csv"), existing,
                             QStringLiteral("--separator"), QStringLiteral("\""), input},
                            out, err),
                 2);
    }

    void pdfReport() {
        const CtlDocument document = load(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"));
        const ValidationReport report = validate(document);
        const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/report");
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/authroot-2025.pdf");
        PdfOptions options;
        options.programVersion = QStringLiteral("test");
        const auto written = PdfReport::write(path, document, report, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const int pages = written.value().pageCount;

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.contains(QLatin1String("A4")));
        QCOMPARE(QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt(),
                 pages);
        // 514 entries at a few lines each cannot fit on fewer than about ten A4 pages, nor need a hundred.
        QVERIFY2(pages >= 10 && pages <= 100, qPrintable(QString::number(pages)));

        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        // The verdict in words, never the machine key (issue #18: the 2025 list is genuine).
        QVERIFY(!text.contains(QLatin1String("valid-with-warnings")));
        QVERIFY2(text.contains(QLatin1String("The list is genuine")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QLatin1String("Windows' \"not valid\" warning is cosmetic.")));
        // A known entry: Microsoft Root Certificate Authority 2010, whose SHA-256 is the anchor file's.
        QVERIFY(text.contains(QLatin1String("Microsoft Root Certificate Authority 2010")));
        QVERIFY(
            text.contains(QLatin1String("df545bf919a2439c36983b54cdfc903dfa4f37d3996d8d84b4c31eec6f3c163e")));
        // Every entry's SHA-256 is in the report: nothing was dropped.
        for (const CtlEntry &entry : document.entries)
            QVERIFY2(text.contains(toHex(entry.sha256)), qPrintable(toHex(entry.sha256)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // Names beyond ASCII (Hungarian, Turkish, Czech, ...) render and stay searchable. The list has 23
        // non-ASCII names; in 4 of them the only such character is an invisible left-to-right mark.
        int nonAscii = 0;
        for (const CtlEntry &entry : document.entries) {
            QString name = entry.friendlyName.value_or(QString());
            name.remove(QChar(0x200e)); // the invisible left-to-right marks some names carry
            if (std::none_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; }))
                continue;
            ++nonAscii;
            // In full, or, when longer than its column, elided: its beginning and "…" (the CSV has it in
            // full).
            const QString simplified = text.simplified();
            bool found = simplified.contains(name.simplified());
            for (qsizetype length = name.size() - 1; !found && length >= 12; --length)
                found = simplified.contains((name.left(length) + QChar(0x2026)).simplified());
            QVERIFY2(found, qPrintable(name));
        }
        QCOMPARE(nonAscii, 23 - 4);

        // The table header repeats on every page from the start of the entries section to the end of it.
        int entriesStart = 0;
        int entriesEnd = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString pageText = run(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), path, QStringLiteral("-")});
            if (!entriesStart && pageText.contains(QLatin1String("Status as of")))
                entriesStart = page;
            if (entriesStart && !entriesEnd && pageText.contains(QLatin1String("Appendix: the list")))
                entriesEnd = page;
            if (entriesStart && !entriesEnd)
                QVERIFY2(pageText.contains(QLatin1String("Friendly name, identifier,")),
                         qPrintable(QStringLiteral("page %1").arg(page)));
        }
        QVERIFY(entriesStart > 0 && entriesStart < pages);
        QVERIFY(entriesEnd > entriesStart);

        // Page 1 as an image, for a person to look at.
        QVERIFY(QProcess::execute(QStringLiteral("pdftoppm"),
                                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), path, folder + QStringLiteral("/page")}) == 0);
        QVERIFY(QFile::exists(folder + QStringLiteral("/page-01.png")) ||
                QFile::exists(folder + QStringLiteral("/page-1.png")));
    }

    void pdfOfManyEntriesIsTypesetInChunks() {
        // 2,100 entries: three chunks of the typesetter (1,000 rows each). Every name and identifier must
        // be in the text, and the page numbers must run 1..N with N the PDF's page count.
        QStringList names;
        for (int i = 0; i < 2100; ++i)
            names << QStringLiteral("Chunked entry %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        auto loaded = DocumentLoader::loadBytes(unsignedCtlWithNames(names), QStringLiteral("chunks.stl"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const CtlDocument &document = loaded.value().front();
        const QString path = QStringLiteral(CTL_TEST_BUILD_DIR "/report/chunks.pdf");
        const auto written = PdfReport::write(path, document, validate(document), {});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const int pages = written.value().pageCount;
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))),
                 qPrintable(info));
        QVERIFY(pages > 30);
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(text.contains(names[i]), qPrintable(names[i]));
            const QByteArray identifier =
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex();
            QVERIFY2(text.contains(QLatin1String(identifier)), identifier.constData());
        }
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));
        QVERIFY(!text.contains(QStringLiteral("Page %1 of").arg(pages + 1)));
    }

    void pdfRendersOtherScripts() {
        // Names in Hangul and Han must come out as text, through an embedded font that covers them.
        auto loaded =
            DocumentLoader::loadBytes(unsignedCtlWithNames({QStringLiteral("한국정보인증 루트 인증기관"),
                                                            QStringLiteral("中国金融认证中心根证书")}),
                                      QStringLiteral("scripts.stl"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const CtlDocument document = loaded.value().front();
        QCOMPARE(document.entries.size(), size_t(2));
        QCOMPARE(document.entries[0].friendlyName.value_or(QString()),
                 QStringLiteral("한국정보인증 루트 인증기관"));
        const QString path = QStringLiteral(CTL_TEST_BUILD_DIR "/report/scripts.pdf");
        const auto written = PdfReport::write(path, document, validate(document), {});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("한국정보인증 루트 인증기관")));
        // Qt's PDF writer maps a few Han glyphs that the font shares with Kangxi radicals back to the radical
        // code points (金 -> U+2FA6): the same under NFKC, but a viewer's search may miss them.
        QVERIFY(text.normalized(QString::NormalizationForm_KC)
                    .contains(QStringLiteral("中国金融认证中心根证书")));
        QVERIFY(run(QStringLiteral("pdffonts"), {path}).contains(QLatin1String("CJK")));
    }

    void pdfNamesStayOnOneLine() {
        // A name from the file cannot reverse what follows it: its bidirectional control is shown as
        // "\u202E".
        auto loaded = DocumentLoader::loadBytes(
            unsignedCtlWithNames({QStringLiteral("Reversed \u202Eexe.txt"), QStringLiteral("Second")}),
            QStringLiteral("bidi.stl"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        const CtlDocument document = loaded.value().front();
        QCOMPARE(document.entries[0].friendlyName.value_or(QString()),
                 QStringLiteral("Reversed \u202Eexe.txt"));
        const QString path = QStringLiteral(CTL_TEST_BUILD_DIR "/report/bidi.pdf");
        const auto written = PdfReport::write(path, document, validate(document), {});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(text.contains(QLatin1String("Reversed \\u202Eexe.txt")), qPrintable(text));
    }

    void pdfInTheChosenLanguage_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("headings");
        QTest::addColumn<QString>("fontNeeded");
        QTest::addColumn<QString>("thisUpdate");
        // The headings as a Korean or German reader expects them (typed here, not taken from the .ts files).
        QTest::newRow("ko") << QStringLiteral("ko")
                            << QStringList{QStringLiteral("인증서 신뢰 목록 보고서"),
                                           QStringLiteral("발견 사항"),
                                           QStringLiteral("서명자와 인증서 체인"), QStringLiteral("판정"),
                                           QStringLiteral("2025. 6. 16.")}
                            // thisUpdate, as Korean writes dates
                            << QStringLiteral("CJK")
                            // thisUpdate 2025-06-16 17:56:11Z (tests/data/real/SOURCES.md) with its seconds,
                            // as Korean writes times (12-hour, 오후 = p.m.)
                            << QStringLiteral("2025. 6. 16. 오후 5:56:11 UTC");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Bericht zur Zertifikatvertrauensliste"),
                                           QStringLiteral("Befunde"),
                                           QStringLiteral("Signaturgeber und Zertifikatketten"),
                                           QStringLiteral("Ergebnis"), QStringLiteral("16.06.2025")}
                            // thisUpdate, as German writes dates
                            << QStringLiteral("DejaVu")
                            // the same thisUpdate as German writes it, seconds included
                            << QStringLiteral("16.06.2025 17:56:11 UTC");
    }

    void pdfInTheChosenLanguage() {
        // ctltool --lang: the report's headings in that language, rendered as searchable text through an
        // embedded font that covers the script (Hangul needs Noto CJK).
        QFETCH(QString, lang);
        QFETCH(QStringList, headings);
        QFETCH(QString, fontNeeded);
        QFETCH(QString, thisUpdate);
        const QString path =
            QStringLiteral(CTL_TEST_BUILD_DIR "/report/report-") + lang + QStringLiteral(".pdf");
        QProcess tool;
        tool.start(QStringLiteral(CTLTOOL_PATH),
                   {QStringLiteral("--lang"), lang, QStringLiteral("export"), QStringLiteral("--pdf"), path,
                    realPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"))});
        QVERIFY(tool.waitForFinished(120000));
        QCOMPARE(tool.exitCode(), 0);
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (const QString &heading : headings)
            QVERIFY2(text.contains(heading), qPrintable(heading));
        // Times keep their seconds in every language, as the viewer shows them: thisUpdate as the sample's
        // facts give it, and no time anywhere in the report ("trusted as of", "as of", the footer) written as
        // hours and minutes alone (German's and Korean's short time formats drop the seconds).
        QVERIFY2(text.contains(thisUpdate), qPrintable(text.left(3000)));
        const QRegularExpressionMatch withoutSeconds =
            QRegularExpression(QStringLiteral("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])")).match(text);
        QVERIFY2(!withoutSeconds.hasMatch(), qPrintable(withoutSeconds.captured()));
        QVERIFY(!text.contains(QLatin1String("Certificate Trust List report")));
        // pdffonts: name, type, encoding, "emb" column yes; the font covering the script must be embedded.
        const QStringList fonts = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
        bool embedded = false;
        for (const QString &line : fonts)
            embedded = embedded || (line.contains(fontNeeded) &&
                                    line.simplified().split(QLatin1Char(' ')).contains(QLatin1String("yes")));
        QVERIFY2(embedded, qPrintable(fonts.join(QLatin1Char('\n'))));
    }

    // A report whose text needs a script no installed font covers still exits 0, but says so on stderr and
    // names the package (here: a fontconfig set-up with only DejaVu, which has no Hangul).
    void pdfWarnsWhenAFontIsMissing_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("onlyDejaVu");
        QTest::addColumn<bool>("warns");
        QTest::newRow("ko, only DejaVu") << "ko" << true << true;
        QTest::newRow("ko, the system's fonts (Noto CJK)") << "ko" << false << false;
        QTest::newRow("en, only DejaVu") << "en" << true << false;
        QTest::newRow("de, only DejaVu") << "de" << true << false;
    }
    void pdfWarnsWhenAFontIsMissing() {
        QFETCH(QString, lang);
        QFETCH(bool, onlyDejaVu);
        QFETCH(bool, warns);
        QTemporaryDir fonts;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (onlyDejaVu) {
            QFile config(fonts.filePath(QStringLiteral("fonts.conf")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                "<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>" +
                fonts.filePath(QStringLiteral("cache")).toUtf8() + "</cachedir></fontconfig>\n");
            config.close();
            environment.insert(QStringLiteral("FONTCONFIG_FILE"), config.fileName());
            // The set-up really lacks Hangul (fontconfig's own view, independent of the code under test).
            QProcess fcList;
            fcList.setProcessEnvironment(environment);
            fcList.start(QStringLiteral("fc-list"), {QStringLiteral(":lang=ko")});
            QVERIFY(fcList.waitForFinished(30000));
            QVERIFY(fcList.readAllStandardOutput().trimmed().isEmpty());
        }
        const QString path = m_dir.filePath(QStringLiteral("fonts-") + lang + QStringLiteral(".pdf"));
        QProcess tool;
        tool.setProcessEnvironment(environment);
        tool.start(QStringLiteral(CTLTOOL_PATH),
                   {QStringLiteral("--lang"), lang, QStringLiteral("export"), QStringLiteral("--pdf"), path,
                    realPath(QStringLiteral("pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl"))});
        QVERIFY(tool.waitForFinished(120000));
        const QString errors = QString::fromUtf8(tool.readAllStandardError());
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(QFileInfo::exists(path));
        // The package name and the script's name are not translated: the check holds in every language.
        QCOMPARE(errors.contains(QLatin1String("fonts-noto-cjk")), warns);
        QCOMPARE(errors.contains(QLatin1String("Hangul")), warns);
    }

    // Page 1 is the answer, checked from outside: the verdict words as a reader expects them (typed here),
    // the file's SHA-256 prefix (Python's hashlib), and the status counts against the CSV of the same list
    // (Python's csv module and the rule written again in tests/report_checks.py). Every page has the footer;
    // no date of the entries table breaks across lines (pdftotext -bbox). Page 1 goes to build/tests/report/
    // as PNG.
    void pdfPageOneIsTheAnswer_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("verdictWords");
        QTest::newRow("real authroot 2025")
            << QStringLiteral("authroot-2025-answer") << QStringLiteral("Genuine");
        QTest::newRow("tampered") << QStringLiteral("tampered-answer") << QStringLiteral("Not valid");
    }
    void pdfPageOneIsTheAnswer() {
        QFETCH(QString, name);
        QFETCH(QString, verdictWords);
        const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/report");
        QDir().mkpath(folder);
        QString input = realPath(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        QStringList toolOptions;
        if (name.startsWith(QLatin1String("tampered"))) {
            // A list signed under the fixture root, then changed: one bit of entry 0's name flipped.
            FixtureGenerator fixtures(QStringLiteral(CTLFIXTURE_PATH), m_dir.path());
            QVERIFY(fixtures.writeRoot());
            input =
                fixtures.list(QStringLiteral("tampered"), {QStringLiteral("--entries"), QStringLiteral("40"),
                                                           QStringLiteral("--tamper-content")});
            QVERIFY(!input.isEmpty());
            toolOptions << QStringLiteral("--trust") << fixtures.rootPem();
        }
        const QString pdf = folder + QLatin1Char('/') + name + QStringLiteral(".pdf");
        const QString csv = folder + QLatin1Char('/') + name + QStringLiteral(".csv");
        // Both exports through ctltool, as a user makes them, in the C locale: English, dates as "1 Aug
        // 2021", three words that a table with narrow columns would break over lines.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--pdf"), pdf}, QStringList{QStringLiteral("--csv"), csv}}) {
            QProcess tool;
            tool.setProcessEnvironment(environment);
            tool.start(QStringLiteral(CTLTOOL_PATH),
                       QStringList{QStringLiteral("export")} + arguments + toolOptions + QStringList{input});
            QVERIFY(tool.waitForFinished(120000));
            QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError().constData());
        }
        const QString hash =
            run(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb')"
                                ".read()).hexdigest())"),
                 input})
                .trimmed();
        QCOMPARE(hash.size(), 64);
        const QString pageOne = run(QStringLiteral("pdftotext"),
                                    {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                                     QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
        QVERIFY2(pageOne.contains(verdictWords), qPrintable(pageOne));
        // A genuine Microsoft list is `valid` (its cosmetic points are information, issue #18).
        if (verdictWords == QLatin1String("Genuine"))
            QVERIFY2(!pageOne.contains(QLatin1String("Genuine, with warnings")), qPrintable(pageOne));
        QVERIFY(pageOne.contains(hash)); // the file's SHA-256 in full
        // No machine key ("valid-with-warnings:", "invalid:") opening a line, as the old report's verdict
        // did.
        QVERIFY2(!pageOne.contains(QRegularExpression(QStringLiteral(
                     "(?m)^\\s*(valid|valid-with-warnings|untrusted|invalid|unsigned|malformed):"))),
                 qPrintable(pageOne));
        const QString pageOneFile = folder + QLatin1Char('/') + name + QStringLiteral("-page1.txt");
        {
            QFile out(pageOneFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pageOne.toUtf8());
        }
        const QString checks = QStringLiteral(CTL_TEST_SOURCE_DIR "/report_checks.py");
        QProcess counts;
        counts.start(QStringLiteral("python3"), {checks, QStringLiteral("counts"), csv, pageOneFile});
        QVERIFY(counts.waitForFinished(60000));
        QVERIFY2(counts.exitCode() == 0, counts.readAllStandardOutput().constData());

        // Every page: the footer with the file name, "SHA-256" and the first 16 hex digits, "Page n of N".
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                              .match(run(QStringLiteral("pdfinfo"), {pdf}))
                              .captured(1)
                              .toInt();
        QVERIFY(pages >= 2);
        const QStringList pageTexts =
            run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
        for (int page = 1; page <= pages; ++page) {
            const QString &text = pageTexts.value(page - 1);
            QVERIFY2(text.contains(QFileInfo(input).fileName()) &&
                         text.contains(QLatin1String("SHA-256 ") + hash.left(16)) &&
                         text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.right(300))));
        }

        // Metadata: title (the file) and creator in the information dictionary, the subject (the verdict) in
        // XMP.
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:.*") +
                                                  QRegularExpression::escape(QFileInfo(input).fileName()))) &&
                     info.contains(QRegularExpression(QStringLiteral("Creator:\\s+CTL Viewer"))),
                 qPrintable(info));
        QVERIFY(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).contains(verdictWords));

        // No date of the entries table breaks across lines.
        const QString bbox = folder + QLatin1Char('/') + name + QStringLiteral("-bbox.html");
        QVERIFY(QProcess::execute(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, bbox}) == 0);
        if (!name.startsWith(QLatin1String("tampered"))) { // the synthetic list has no dates
            QProcess dates;
            dates.start(QStringLiteral("python3"), {checks, QStringLiteral("dates"), csv, bbox});
            QVERIFY(dates.waitForFinished(60000));
            QVERIFY2(dates.exitCode() == 0, dates.readAllStandardOutput().constData());
        }

        QVERIFY(QProcess::execute(QStringLiteral("pdftoppm"),
                                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                                   folder + QLatin1Char('/') + name + QStringLiteral("-page1")}) == 0);
        QVERIFY(QFile::exists(folder + QLatin1Char('/') + name + QStringLiteral("-page1.png")));
    }

    // The generic report the diff and certificate-check reports build on: title, answer, facts and a table of
    // 3,000 rows whose header repeats, with the same footer (file name, hash prefix, "Page n of N").
    void pdfSimpleReport() {
        report::SimpleReport content;
        content.title = QStringLiteral("Differences between two lists");
        content.tone = report::Tone::Warning;
        content.headline = QStringLiteral("12 entries changed");
        content.summary = {QStringLiteral("A summary paragraph.")};
        content.facts = {{QStringLiteral("Old list"), QStringLiteral("a.stl")}};
        content.tableTitle = QStringLiteral("Changes");
        content.columns = {{QStringLiteral("Row"), QStringLiteral("8888")},
                           {QStringLiteral("Change"), QString(), 3}};
        content.rowCount = [] { return size_t(3000); };
        content.rowAt = [](size_t i) {
            return std::vector<report::Cell>{
                {QString::number(i + 1)},
                {QStringLiteral("change number %1").arg(i + 1), {QStringLiteral("detail")}}};
        };
        PdfSubject subject;
        subject.fileName = QStringLiteral("b.stl");
        subject.sha256 =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        subject.runningHeader = QStringLiteral("Diff report");
        PdfOptions options;
        options.programVersion = QStringLiteral("test");
        const QString path = QStringLiteral(CTL_TEST_BUILD_DIR "/report/simple.pdf");
        const auto written = PdfReport::writeSimple(path, content, subject, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const int pages = written.value().pageCount;
        QVERIFY(pages > 30); // 3,000 rows of two lines
        const QStringList texts =
            run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).split(QLatin1Char('\f'));
        QVERIFY(texts.value(0).contains(QLatin1String("12 entries changed")));
        for (int page = 1; page <= pages; ++page) {
            const QString &text = texts.value(page - 1);
            QVERIFY2(text.contains(QStringLiteral("b.stl \u00b7 SHA-256 0011223344556677\u2026")) &&
                         text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));
            if (page > 1)
                QVERIFY2(text.contains(QLatin1String("Change")), qPrintable(QString::number(page)));
        }
        const QString all = texts.join(QString());
        for (int row = 1; row <= 3000; row += 271)
            QVERIFY(all.contains(QStringLiteral("change number %1\n").arg(row)));
    }

    void pdfLetterAndViaCtltool() {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QProcess tool;
        tool.start(QStringLiteral(CTLTOOL_PATH),
                   {QStringLiteral("export"), QStringLiteral("--pdf"), path, QStringLiteral("--paper"),
                    QStringLiteral("letter"), realPath(QStringLiteral("pinrulesstl_2017-05-31.cab"))});
        QVERIFY(tool.waitForFinished(120000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QLatin1String("612 x 792 pts (letter)")));
        QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                    .contains(QLatin1String(".windowsphone.com")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
