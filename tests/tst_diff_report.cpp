// The diff and certificate-check PDF reports (issues #16 and #19) as a user makes them: `ctltool diff
// --pdf` on real pairs of lists and `ctltool check --pdf` on a real root, read back with pdftotext.
// Expected values come from elsewhere: the counts from tests/diff_expected.py (which reads the DER on its
// own) and from `ctltool diff --csv` (another code path), the hash prefixes from Python's hashlib, the
// reason from `ctltool check --json`. Page 1 of each is rendered to build/tests/report/ for a person to
// look at. Also the viewer's exports (DiffView::exportPdf, CheckPanel::exportReport).
#include "CertificateCheck.h"
#include "CertificateSources.h"
#include "CheckPanel.h"
#include "DiffView.h"
#include "DocumentLoader.h"
#include "DocumentView.h"
#include "MainWindow.h"
#include "SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ctlv;

namespace {

QString real(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(180000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run ctltool(const QStringList &arguments) {
    return run(QStringLiteral(CTLTOOL_PATH), arguments);
}

// Whitespace collapsed: pdftotext breaks paragraphs where the layout wrapped them.
QString flat(const QString &text) {
    return text.simplified();
}

// The pages' text, one string a page.
QStringList pages(const QString &pdf) {
    QStringList texts = QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out)
                            .split(QLatin1Char('\f'));
    if (!texts.isEmpty() && texts.last().trimmed().isEmpty())
        texts.removeLast();
    return texts;
}

// The first 16 hex digits of a file's SHA-256, by Python's hashlib.
QString sha256Prefix(const QString &path) {
    const Run hashed =
        run(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import hashlib,sys;print(hashlib.sha256(open(sys.argv[1],'rb').read())"
                            ".hexdigest()[:16])"),
             path});
    return QString::fromLatin1(hashed.out).trimmed();
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every page's size in points, as pdfinfo reads it from the PDF ("Page    1 size: 612 x 792 pts").
QList<QSizeF> pageSizes(const QString &pdf) {
    const QString info = QString::fromLatin1(
        run(QStringLiteral("pdfinfo"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("9999"), pdf})
            .out);
    QList<QSizeF> sizes;
    static const QRegularExpression line(QStringLiteral("Page +\\d+ size: +([0-9.]+) x ([0-9.]+) pts"));
    for (auto match = line.globalMatch(info); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        sizes << QSizeF(found.captured(1).toDouble(), found.captured(2).toDouble());
    }
    return sizes;
}

// The paper sizes by their definitions: A4 is 210 x 297 mm, Letter 8.5 x 11 in; 72 points an inch.
const QSizeF A4Points(210 / 25.4 * 72, 297 / 25.4 * 72); // 595.28 x 841.89
const QSizeF LetterPoints(8.5 * 72, 11 * 72);            // 612 x 792

// Every page of `pdf` is `paper`, to half a point: Qt's PDF writer gives a page whole points (A4 is
// written 595 x 842); a message naming the first page that is not.
QString paperProblem(const QString &pdf, const QSizeF &paper) {
    const QList<QSizeF> sizes = pageSizes(pdf);
    if (sizes.isEmpty())
        return QStringLiteral("pdfinfo reads no page of ") + pdf;
    for (qsizetype i = 0; i < sizes.size(); ++i)
        if (qAbs(sizes[i].width() - paper.width()) > 0.5 || qAbs(sizes[i].height() - paper.height()) > 0.5)
            return QStringLiteral("page %1 is %2 x %3 pts, not %4 x %5")
                .arg(i + 1)
                .arg(sizes[i].width())
                .arg(sizes[i].height())
                .arg(paper.width())
                .arg(paper.height());
    return QString();
}

// Page 1 as a PNG in build/tests/report/ (kept for a person to look at).
bool renderFirstPage(const QString &pdf, const QString &name) {
    const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/report");
    QDir().mkpath(folder);
    const QString base = folder + QLatin1Char('/') + name;
    QFile::remove(base + QStringLiteral(".png"));
    const Run rendered =
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, base});
    return rendered.exitCode == 0 && QFileInfo(base + QStringLiteral(".png")).size() > 1000;
}

// The root certificate the check reports test (a root the 2025 list names), and a check of it against `list`
// (no certificate when the file does not read).
QString checkedRootFile() {
    return real(QStringLiteral("roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt"));
}
CertificateCheckInput checkOfRoot(const CtlDocument &list) {
    CertificateCheckInput input;
    input.list = &list;
    if (const auto certificate = CertificateSources::read(checkedRootFile());
        certificate && !certificate.value().certificates.empty())
        input.certificateDer = certificate.value().certificates.front().der;
    return input;
}

// The viewer's diff tab of the 2023-12 and 2025-06 authroot lists (no view when either does not load).
struct RealDiff {
    std::shared_ptr<const CtlDocument> oldList;
    std::shared_ptr<const CtlDocument> newList;
    std::unique_ptr<DiffView> view;
};
RealDiff realDiff() {
    RealDiff diff;
    const auto before =
        DocumentLoader::loadFile(real(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl")));
    const auto after =
        DocumentLoader::loadFile(real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl")));
    if (!before || !after)
        return diff;
    diff.oldList = std::make_shared<const CtlDocument>(before.value().front());
    diff.newList = std::make_shared<const CtlDocument>(after.value().front());
    diff.view = std::make_unique<DiffView>(diff.oldList, diff.newList);
    return diff;
}

} // namespace

class TestDiffReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // the viewer's paper setting stays apart from a user's
        QCoreApplication::setOrganizationName(QStringLiteral("CTL Viewer tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_diff_report"));
        QSettings().clear();
    }

    // Page 1 holds the counts of what changed, which equal those of an independent reading of the DER and
    // of the CSV export; every page has both files' names and hash prefixes; the table names every entry.
    void diffReportOfRealPairs_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("2023-2025") << "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"
                                   << "authroot_2025-06-16_sha256_listca2011.stl";
        QTest::newRow("2020-2023") << "authroot_2020-01-11_sha256_first-sha256-only.stl"
                                   << "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl";
    }
    void diffReportOfRealPairs() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString oldPath = real(before);
        const QString newPath = real(after);

        // The counts, twice from outside the report: the Python reading of the DER, and the CSV rows.
        const Run script = run(QStringLiteral("python3"),
                               {QStringLiteral(CTL_TEST_SOURCE_DIR "/diff_expected.py"), oldPath, newPath});
        QCOMPARE(script.exitCode, 0);
        const QJsonObject expected = QJsonDocument::fromJson(script.out).object();
        const qsizetype added = expected.value(QLatin1String("added")).toArray().size();
        const qsizetype removed = expected.value(QLatin1String("removed")).toArray().size();
        const qsizetype changed = expected.value(QLatin1String("changed")).toObject().size();
        QVERIFY(added + removed + changed > 0);
        const Run csv = ctltool({QStringLiteral("diff"), QStringLiteral("--csv"), oldPath, newPath});
        QCOMPARE(csv.exitCode, 1);
        QMap<QString, QSet<QString>> byKind; // change kind -> identifiers
        const QList<QByteArray> lines = csv.out.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            if (fields.size() > 2)
                byKind[QString::fromUtf8(fields[0])].insert(QString::fromUtf8(fields[1]));
        }
        QCOMPARE(byKind.value(QStringLiteral("added")).size(), added);
        QCOMPARE(byKind.value(QStringLiteral("removed")).size(), removed);
        QCOMPARE(byKind.value(QStringLiteral("changed")).size(), changed);

        const QString pdf = m_dir.filePath(QStringLiteral("diff.pdf"));
        const Run written = ctltool({QStringLiteral("diff"), QStringLiteral("--pdf"), pdf, oldPath, newPath});
        QCOMPARE(written.exitCode, 1); // different, as without --pdf
        QVERIFY2(written.out.isEmpty(), written.out.constData());
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QVERIFY(renderFirstPage(pdf, QStringLiteral("diff-") + QString::fromLatin1(QTest::currentDataTag())));

        const QStringList texts = pages(pdf);
        QVERIFY(texts.size() >= 2);
        const QString first = flat(texts.first());
        if (added > 0)
            QVERIFY2(first.contains(QStringLiteral("adds %1 ").arg(added)), qPrintable(first.left(600)));
        if (removed > 0)
            QVERIFY2(first.contains(QStringLiteral("removes %1 ").arg(removed)), qPrintable(first.left(600)));
        if (changed > 0)
            QVERIFY2(first.contains(QStringLiteral("changes %1 ").arg(changed)), qPrintable(first.left(600)));
        // Both files' facts: the full SHA-256 of each.
        const QString oldPrefix = sha256Prefix(oldPath);
        const QString newPrefix = sha256Prefix(newPath);
        QCOMPARE(oldPrefix.size(), 16);
        QVERIFY(first.contains(before) && first.contains(after));
        QVERIFY(first.contains(oldPrefix) && first.contains(newPrefix));
        for (int page = 1; page <= texts.size(); ++page) {
            const QString text = flat(texts[page - 1]);
            QVERIFY2(text.contains(QStringLiteral("SHA-256 %1\u2026").arg(oldPrefix)) &&
                         text.contains(QStringLiteral("SHA-256 %1\u2026").arg(newPrefix)) &&
                         text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(texts.size())),
                     qPrintable(QString::number(page)));
        }
        // Every entry added, removed or changed is named by its identifier (its SHA-1 for authroot).
        const QString all = texts.join(QString());
        for (const auto &[kind, ids] : byKind.asKeyValueRange())
            for (const QString &id : ids)
                if (!id.isEmpty())
                    QVERIFY2(all.contains(id), qPrintable(kind + QLatin1Char(' ') + id));
    }

    // Exit codes as without --pdf; the output is written atomically and never over an input; "-" is
    // standard output.
    void diffReportExitCodesAndTarget() {
        const QString stl = real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const QString cab = real(QStringLiteral("authrootstl_2025-06-16_sha256_listca2011.cab"));
        const QString pdf = m_dir.filePath(QStringLiteral("identical.pdf"));
        QCOMPARE(ctltool({QStringLiteral("diff"), QStringLiteral("--pdf"), pdf, stl, cab}).exitCode, 0);
        QVERIFY(flat(pages(pdf).value(0)).contains(QLatin1String("The lists are identical")));

        const QString unreadable = m_dir.filePath(QStringLiteral("unreadable.pdf"));
        QCOMPARE(ctltool({QStringLiteral("diff"), QStringLiteral("--pdf"), unreadable, stl,
                          real(QStringLiteral("SOURCES.md"))})
                     .exitCode,
                 2);
        QVERIFY(!QFileInfo::exists(unreadable));

        // The output is an input: refused, the input unchanged.
        const QString copy = m_dir.filePath(QStringLiteral("old.stl"));
        QVERIFY(QFile::copy(stl, copy));
        const QByteArray original = fileBytes(copy);
        const Run refused = ctltool({QStringLiteral("diff"), QStringLiteral("--pdf"), copy, copy, cab});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(fileBytes(copy), original);
        // Two output formats: a usage error.
        QCOMPARE(
            ctltool({QStringLiteral("diff"), QStringLiteral("--csv"), QStringLiteral("--pdf"), pdf, stl, cab})
                .exitCode,
            2);

        const Run toStdout = ctltool({QStringLiteral("diff"), QStringLiteral("--pdf"), QStringLiteral("-"),
                                      real(QStringLiteral("authroot_2019-10-29_sha1_last-sha1.stl")), stl});
        QCOMPARE(toStdout.exitCode, 1);
        QVERIFY(toStdout.out.startsWith("%PDF-"));
        QVERIFY(toStdout.out.trimmed().endsWith("%%EOF"));
    }

    // Page 1 holds the sentence's reason exactly as `ctltool check --json` gives it, for a trusted root
    // and for one the 2006 list does not know; the chain's hashes come from openssl.
    void checkReport_data() {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("trusted") << "authroot_2025-06-16_sha256_listca2011.stl"
                                 << "2025-01-01" << 0;
        QTest::newRow("not-listed") << "authroot_2006-12-14_sha1_countersigned_rootembedded.stl"
                                    << "2007-01-01" << 1;
    }
    void checkReport() {
        QFETCH(QString, list);
        QFETCH(QString, at);
        QFETCH(int, exitCode);
        const QString root = real(QStringLiteral("roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt"));
        const QStringList question{
            QStringLiteral("check"),       QStringLiteral("--list"), real(list), QStringLiteral("--purpose"),
            QStringLiteral("server-auth"), QStringLiteral("--at"),   at};
        const Run json = ctltool(question + QStringList{QStringLiteral("--json"), root});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
        const QString reason = answer.value(QLatin1String("reason")).toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(answer.value(QLatin1String("trusted")).toBool(), exitCode == 0);

        const QString pdf = m_dir.filePath(QStringLiteral("check.pdf"));
        const Run written = ctltool(question + QStringList{QStringLiteral("--pdf"), pdf, root});
        QCOMPARE(written.exitCode, exitCode);
        QVERIFY(
            renderFirstPage(pdf, QStringLiteral("check-") + QString::fromLatin1(QTest::currentDataTag())));
        const QStringList texts = pages(pdf);
        QVERIFY(!texts.isEmpty());
        const QString first = flat(texts.first());
        QVERIFY2(first.contains(flat(reason)), qPrintable(first.left(800)));
        QVERIFY(first.contains(exitCode == 0 ? QLatin1String(": yes.") : QLatin1String(": no, because")));
        // The certificate's SHA-1 and SHA-256 by openssl, and the footer on every page.
        const QString fingerprint = QString::fromLatin1(
            run(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-in"), root, QStringLiteral("-noout"),
                 QStringLiteral("-fingerprint"), QStringLiteral("-sha256")})
                .out);
        const QString sha256 =
            fingerprint.section(QLatin1Char('='), 1).trimmed().remove(QLatin1Char(':')).toLower();
        QCOMPARE(sha256.size(), 64);
        const QString all = flat(texts.join(QString()));
        QVERIFY(all.contains(sha256));
        QVERIFY(all.contains(QLatin1String("0ff9407618d3d76a4b98f0a8359e0cfd27accced")));
        for (int page = 1; page <= texts.size(); ++page)
            QVERIFY(flat(texts[page - 1])
                        .contains(QStringLiteral(
                                      "0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt \u00b7 SHA-256 %1\u2026")
                                      .arg(sha256.left(16))));

        // Never over an input (the list): refused before anything is read, the list unchanged.
        const QString copy = m_dir.filePath(QStringLiteral("list.stl"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(real(list), copy));
        const QByteArray original = fileBytes(copy);
        const Run refused = ctltool(
            {QStringLiteral("check"), QStringLiteral("--list"), copy, QStringLiteral("--pdf"), copy, root});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(fileBytes(copy), original);
        QCOMPARE(ctltool(question + QStringList{QStringLiteral("--json"), QStringLiteral("--pdf"), pdf, root})
                     .exitCode,
                 2);
    }

    // --paper for diff --pdf and check --pdf as for export --pdf: A4 by default, letter on request (every
    // page's size by pdfinfo against the papers' definitions), any case; another value is refused with
    // the message export gives, and --paper without --pdf is a usage error.
    void reportsOnLetterPaper() {
        const QString oldPath = real(QStringLiteral("authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"));
        const QString newPath = real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const QString root = real(QStringLiteral("roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt"));
        const QStringList diff{QStringLiteral("diff"), oldPath, newPath};
        const QStringList check{QStringLiteral("check"), QStringLiteral("--list"), newPath, root};
        for (const QStringList &command : {diff, check}) {
            const int exitCode = command == diff ? 1 : 0; // the lists differ; the root is trusted
            const QString name = command.first();
            const QString a4 = m_dir.filePath(name + QStringLiteral("-a4.pdf"));
            QCOMPARE(ctltool(command + QStringList{QStringLiteral("--pdf"), a4}).exitCode, exitCode);
            QString problem = paperProblem(a4, A4Points);
            QVERIFY2(problem.isEmpty(), qPrintable(name + QLatin1Char(' ') + problem));
            const QString letter = m_dir.filePath(name + QStringLiteral("-letter.pdf"));
            QCOMPARE(ctltool(command + QStringList{QStringLiteral("--pdf"), letter, QStringLiteral("--paper"),
                                                   QStringLiteral("letter")})
                         .exitCode,
                     exitCode);
            problem = paperProblem(letter, LetterPoints);
            QVERIFY2(problem.isEmpty(), qPrintable(name + QLatin1Char(' ') + problem));
            QVERIFY(renderFirstPage(letter, name + QStringLiteral("-letter")));
            const QString upper = m_dir.filePath(name + QStringLiteral("-LETTER.pdf"));
            QCOMPARE(ctltool(command + QStringList{QStringLiteral("--pdf"), upper, QStringLiteral("--paper"),
                                                   QStringLiteral("LETTER")})
                         .exitCode,
                     exitCode);
            QVERIFY(paperProblem(upper, LetterPoints).isEmpty());

            // A5: refused before anything is written, in export's words.
            const QString a5 = m_dir.filePath(name + QStringLiteral("-a5.pdf"));
            const Run refused =
                ctltool(command + QStringList{QStringLiteral("--pdf"), a5, QStringLiteral("--paper"),
                                              QStringLiteral("a5")});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(!QFileInfo::exists(a5));
            const Run exportRefused = ctltool({QStringLiteral("export"), QStringLiteral("--pdf"), a5,
                                               QStringLiteral("--paper"), QStringLiteral("a5"), newPath});
            QCOMPARE(exportRefused.exitCode, 2);
            const QString exportWords =
                QString::fromUtf8(exportRefused.err).section(QLatin1Char(':'), 1).trimmed();
            QVERIFY2(exportWords.startsWith(QLatin1String("--paper must be a4 or letter")),
                     exportRefused.err.constData());
            QVERIFY2(
                QString::fromUtf8(refused.err).contains(exportWords.section(QLatin1String(" (see"), 0, 0)),
                refused.err.constData());
            const Run alone =
                ctltool(command + QStringList{QStringLiteral("--paper"), QStringLiteral("letter")});
            QCOMPARE(alone.exitCode, 2);
            QVERIFY2(alone.err.contains("--paper goes with --pdf"), alone.err.constData());
        }
    }

    // The viewer's diff tab and Check panel take the paper of its other PDF exports: File ▸ Export's
    // "PDF: US Letter paper instead of A4" (A4 until it is set).
    void viewerExportsOnTheViewersPaper() {
        QSettings().remove(settingskey::ExportLetterPaper);
        QCOMPARE(exportPageSize(), QPageSize::A4);
        QSettings().setValue(settingskey::ExportLetterPaper, true);
        QCOMPARE(exportPageSize(), QPageSize::Letter);
        const RealDiff diff = realDiff();
        QVERIFY(diff.view);
        DiffView &view = *diff.view;
        const std::shared_ptr<const CtlDocument> &newList = diff.newList;
        const QString diffPdf = m_dir.filePath(QStringLiteral("viewer-diff-letter.pdf"));
        QVERIFY(view.exportPdf(diffPdf, exportPageSize()));
        QString problem = paperProblem(diffPdf, LetterPoints);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QString root = checkedRootFile();
        CertificateCheckInput input = checkOfRoot(*newList);
        QVERIFY(!input.certificateDer.isEmpty());
        const auto checked = checkCertificate(input);
        QVERIFY(checked);
        CheckPanel panel;
        panel.showResult(checked.value(), *newList, root);
        const QString checkPdf = m_dir.filePath(QStringLiteral("viewer-check-letter.pdf"));
        QVERIFY(panel.exportReport(checkPdf, exportPageSize()));
        problem = paperProblem(checkPdf, LetterPoints);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSettings().remove(settingskey::ExportLetterPaper);
    }

    // A check in the viewer that used a disallowed list (open in another tab, as the viewer hands it to
    // every tab) names that list in its report as `ctltool check --disallowed LIST --pdf` does: the same
    // "Disallowed list" line (its file name, kind and thisUpdate) on page 1 of both.
    void viewerCheckReportNamesTheDisallowedList() {
        const QString authroot = real(QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl"));
        const QString disallowedName = QStringLiteral("disallowedcert_2019-08-13_sha1_nested-sha256.stl");
        const QString disallowed = real(disallowedName);
        const QString root = real(QStringLiteral("roots-crt/0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt"));

        const QString cliPdf = m_dir.filePath(QStringLiteral("cli-check-disallowed.pdf"));
        const Run cli =
            ctltool({QStringLiteral("check"), QStringLiteral("--list"), authroot,
                     QStringLiteral("--disallowed"), disallowed, QStringLiteral("--pdf"), cliPdf, root});
        QCOMPARE(cli.exitCode, 0); // a trusted root the 2019 disallowed list does not name
        // pdftotext gives the facts' labels, then their values: the value is the name up to its ")".
        const QString cliText = flat(pages(cliPdf).value(0));
        QVERIFY2(cliText.contains(QLatin1String("Disallowed list")), qPrintable(cliText));
        const QString cliLine =
            QRegularExpression(QRegularExpression::escape(disallowedName) + QStringLiteral(" \\([^)]*\\)"))
                .match(cliText)
                .captured(0);
        QVERIFY2(cliLine.contains(QLatin1String("2019-08-13")), qPrintable(cliText));

        MainWindow window;
        window.resize(1400, 900);
        window.openFiles({authroot, disallowed});
        QVERIFY(QTest::qWaitFor([&] { return !window.isLoading(); }, 60000));
        QCOMPARE(window.tabs()->count(), 2);
        window.tabs()->setCurrentIndex(0);
        DocumentView *view = window.currentView();
        QVERIFY(view);
        QVERIFY(view->disallowedList() == nullptr); // the authroot tab
        window.checkCertificate(root);
        CheckPanel *panel = view->checkPanel();
        QVERIFY(panel && !panel->sentence().isEmpty());
        const QString viewerPdf = m_dir.filePath(QStringLiteral("viewer-check-disallowed.pdf"));
        const auto written = panel->exportReport(viewerPdf, QPageSize::A4);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QString viewerText = flat(pages(viewerPdf).value(0));
        QVERIFY2(viewerText.contains(disallowedName), qPrintable(viewerText));
        QVERIFY2(viewerText.contains(QLatin1String("Disallowed list")) && viewerText.contains(cliLine),
                 qPrintable(cliLine + QStringLiteral("\n---\n") + viewerText));
        // Never over the disallowed list either.
        QVERIFY(!panel->exportReport(disallowed, QPageSize::A4));
    }

    // The viewer's exports write the same reports (DiffView's Export PDF…, CheckPanel's Export report…).
    void viewerExports() {
        const RealDiff diff = realDiff();
        QVERIFY(diff.view);
        DiffView &view = *diff.view;
        const std::shared_ptr<const CtlDocument> &newList = diff.newList;
        const QString diffPdf = m_dir.filePath(QStringLiteral("viewer-diff.pdf"));
        const auto exported = view.exportPdf(diffPdf, QPageSize::A4);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QVERIFY(flat(pages(diffPdf).value(0)).contains(QLatin1String("adds 34 ")));
        const QString paper = paperProblem(diffPdf, A4Points);
        QVERIFY2(paper.isEmpty(), qPrintable(paper));
        // Never over an input.
        QVERIFY(!view.exportPdf(newList->fileName, QPageSize::A4));

        CheckPanel panel;
        QVERIFY(!panel.exportReport(m_dir.filePath(QStringLiteral("nothing.pdf")), QPageSize::A4));
        const QString root = checkedRootFile();
        CertificateCheckInput input = checkOfRoot(*newList);
        QVERIFY(!input.certificateDer.isEmpty());
        input.question.purpose = QStringLiteral("1.3.6.1.5.5.7.3.1");
        input.question.at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
        const auto checked = checkCertificate(input);
        QVERIFY(checked);
        panel.showResult(checked.value(), *newList, root);
        const QString checkPdf = m_dir.filePath(QStringLiteral("viewer-check.pdf"));
        const auto written = panel.exportReport(checkPdf, QPageSize::A4);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QString first = flat(pages(checkPdf).value(0));
        QVERIFY(first.contains(flat(panel.sentence())));
        QVERIFY(first.contains(flat(CheckPanel::reasonFor(checked.value()))));
    }
};

QTEST_MAIN(TestDiffReport)
#include "tst_diff_report.moc"
