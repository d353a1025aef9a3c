// ctl_bench: time of each stage of opening a Certificate Trust List, on one file given on the command
// line: content detection + CAB extraction, parsing, loading, validation, the item models, filtering,
// CSV and PDF export. Not a test (CTest never runs it): scripts/bench.sh runs it on the real 2025
// authroot.stl / authrootstl.cab and on synthetic lists of 10,000 to 1,000,000 entries, several times,
// and reads the results from Qt Test's XML output.
//
//   ctl_bench --file FILE [--trust PEM] [--no-size-limit] [--once] [--pdf-max-entries N]
//             [--keystrokes N] [Qt Test options and test functions]
//
//   --file FILE           the CTL or CAB to measure (required)
//   --trust PEM           an extra trust anchor for validation (synthetic lists: ctlfixture --write-root)
//   --no-size-limit       raise ReadLimits::maxInputSize/maxMemberSize to 4 GiB (lists beyond 256 MiB)
//   --once                run each measured operation exactly once and report no time (scripts/bench.sh
//                         measures peak memory of one function per process that way, under /usr/bin/time -v)
//   --pdf-max-entries N   skip the PDF export above N entries (default 20000: QTextDocument takes about
//                         1.4 ms a row)
//   --keystrokes N        type at most N characters of the name in filterName (default 16)
//
// Results are per operation in milliseconds (WalltimeMilliseconds). Stateless operations use QBENCHMARK
// (Qt runs the function once to warm up, then repeats the block until it has run for long enough, and
// divides). Filtering needs an untimed step
// before each timed keystroke (the previous prefix), so it is timed with QElapsedTimer in nanoseconds
// and reported with QTest::setBenchmarkResult.
#include "ChainBuilder.h"
#include "ContainerReader.h"
#include "CsvExport.h"
#include "CtlParser.h"
#include "DocumentLoader.h"
#include "EntryFilterProxy.h"
#include "EntryTableModel.h"
#include "PdfReport.h"
#include "Roles.h"
#include "Validation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

using namespace ctlv;

namespace {

struct Settings {
    QString file;
    QString trustPem;
    bool noSizeLimit = false;
    bool once = false;
    qint64 pdfMaxEntries = 20000;
    int keystrokes = 16;
};
Settings settings;

ReadLimits readLimits() {
    ReadLimits limits;
    if (settings.noSizeLimit) {
        limits.maxInputSize = 4LL << 30;
        limits.maxMemberSize = 4LL << 30;
    }
    return limits;
}

// Runs `operation` once per QBENCHMARK iteration, or exactly once with --once (memory runs).
template <class F> void measure(F &&operation) {
    if (settings.once) {
        // No benchmark result: Qt Test would run the function again (its warm-up pass).
        operation();
        return;
    }
    QBENCHMARK {
        operation();
    }
}

// Times `timed` after an untimed `setup`, repeated until 200 ms of timed work (or once for slow
// operations, or with --once); reports the mean in milliseconds. Qt Test runs the function twice (a
// warm-up pass), and keeps the second result.
template <class Setup, class Timed> void measureWithSetup(Setup &&setup, Timed &&timed) {
    qint64 total = 0;
    int runs = 0;
    do {
        setup();
        QElapsedTimer timer;
        timer.start();
        timed();
        total += timer.nsecsElapsed();
        ++runs;
    } while (!settings.once && total < 200'000'000 && runs < 1000);
    if (!settings.once)
        QTest::setBenchmarkResult(total / 1e6 / runs, QTest::WalltimeMilliseconds);
}

// What a view asks for once the proxy is ready: the row count, then every column of the first screenful.
int touchFirstRows(const QAbstractItemModel &model, int rows = 40) {
    int characters = 0;
    const int count = std::min(rows, model.rowCount());
    for (int row = 0; row < count; ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            characters += static_cast<int>(model.index(row, column).data(Qt::DisplayRole).toString().size());
    return characters;
}

} // namespace

// What the viewer holds for an open list. The benchmarks keep what they build until the timing has
// stopped, so that freeing a document (millions of small blocks) is not counted as loading it.
struct Opened {
    std::shared_ptr<const CtlDocument> document;
    std::unique_ptr<EntryTableModel> model;
    std::unique_ptr<EntryFilterProxy> proxy; // declared last: destroyed before its source model
};

class BenchCtl : public QObject {
    Q_OBJECT

private:
    QByteArray m_bytes;
    std::optional<std::vector<Payload>> m_payloads;
    std::shared_ptr<const CtlDocument> m_document;
    std::optional<ValidationReport> m_report;
    ValidationOptions m_validationOptions;
    // filterName and filterThumbprint keep one model and proxy across their data rows (keystrokes).
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<EntryFilterProxy> m_proxy;

    const QByteArray &bytes() {
        if (m_bytes.isNull()) {
            QFile file(settings.file);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot open %s", qPrintable(settings.file));
            m_bytes = file.readAll();
        }
        return m_bytes;
    }
    const QByteArray &der() {
        if (!m_payloads) {
            auto payloads = ContainerReader::unwrap(bytes(), settings.file, readLimits());
            if (!payloads)
                qFatal("%s", qPrintable(payloads.error().toString()));
            m_payloads = std::move(payloads.value());
        }
        return m_payloads->front().der;
    }
    std::shared_ptr<const CtlDocument> loadDocument() {
        auto documents = DocumentLoader::loadBytes(bytes(), settings.file, readLimits());
        if (!documents)
            qFatal("%s", qPrintable(documents.error().toString()));
        return std::make_shared<const CtlDocument>(std::move(documents.value().front()));
    }
    const CtlDocument &document() {
        if (!m_document)
            m_document = loadDocument();
        return *m_document;
    }
    const ValidationReport &report() {
        if (!m_report)
            m_report = Validator::validate(document(), m_validationOptions);
        return *m_report;
    }
    EntryFilterProxy &proxy() {
        if (!m_proxy) {
            document();
            m_model = std::make_unique<EntryTableModel>();
            m_model->setDocument(m_document);
            m_proxy = std::make_unique<EntryFilterProxy>();
            m_proxy->setSourceModel(m_model.get());
        }
        return *m_proxy;
    }

private Q_SLOTS:
    void initTestCase() {
        m_validationOptions.useSystemStore = false;
        // A fixed "now" keeps the report identical from run to run.
        m_validationOptions.now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
        if (!settings.trustPem.isEmpty()) {
            QFile pem(settings.trustPem);
            QVERIFY2(pem.open(QIODevice::ReadOnly), qPrintable(settings.trustPem));
            const QList<QByteArray> anchors = certificatesFromPem(pem.readAll());
            QVERIFY2(!anchors.isEmpty(), "--trust: no certificate");
            m_validationOptions.extraTrustAnchorsDer = anchors;
        }
    }

    // Not a measurement: the process with nothing read (scripts/bench.sh takes its peak memory as the
    // baseline).
    void startup() {}

    // Not a measurement: what the input holds, for the table (a qInfo line in the XML).
    void facts() {
        const CtlDocument &doc = document();
        qInfo("facts: entries=%zu fileBytes=%lld derBytes=%lld certificates=%zu signers=%zu",
              doc.entries.size(), static_cast<long long>(bytes().size()),
              static_cast<long long>(doc.der.size()), doc.certificates.size(), doc.signers.size());
    }

    // Content detection (CAB, DER, PEM, base64, the files opened by mistake) and, for a CAB, the
    // extraction of every member in memory.
    void detect() {
        const QByteArray &input = bytes();
        measure([&] {
            auto payloads = ContainerReader::unwrap(input, settings.file, readLimits());
            if (!payloads || payloads.value().empty())
                qFatal("unwrap failed");
        });
    }

    // CtlParser::parse of the PKCS #7 DER into a CtlDocument (every entry checked; entries decode on access).
    void parse() {
        const QByteArray &input = der();
        std::vector<CtlDocument> kept; // freed after the timing
        measure([&] {
            auto document = CtlParser::parse(input);
            if (!document)
                qFatal("%s", qPrintable(document.error().toString()));
            kept.push_back(std::move(document.value()));
        });
    }

    // DocumentLoader::loadBytes: detection, extraction, the file's SHA-256, parsing.
    void load() {
        bytes();
        std::vector<std::shared_ptr<const CtlDocument>> kept;
        measure([&] { kept.push_back(loadDocument()); });
    }

    // Validator::validate without the system store: signatures, chain (twice), authorisation, findings.
    void validate() {
        const CtlDocument &doc = document();
        measure([&] {
            const ValidationReport result = Validator::validate(doc, m_validationOptions);
            if (result.verdict == Verdict::Malformed)
                qFatal("malformed");
        });
    }

    // Target (a): the whole in-process open of a file already in memory: load + validate.
    void parseVerify() {
        bytes();
        std::vector<std::shared_ptr<const CtlDocument>> kept;
        measure([&] {
            kept.push_back(loadDocument());
            const ValidationReport result = Validator::validate(*kept.back(), m_validationOptions);
            if (result.verdict == Verdict::Malformed)
                qFatal("malformed");
        });
    }

    // EntryTableModel::setDocument + EntryFilterProxy over it, until the first rows are read.
    void models() {
        document();
        std::vector<Opened> kept;
        measure([&] {
            Opened &opened = kept.emplace_back();
            opened.document = m_document;
            opened.model = std::make_unique<EntryTableModel>();
            opened.model->setDocument(opened.document);
            opened.proxy = std::make_unique<EntryFilterProxy>();
            opened.proxy->setSourceModel(opened.model.get());
            if (opened.proxy->rowCount() != static_cast<int>(m_document->entries.size()))
                qFatal("row count");
            touchFirstRows(*opened.proxy);
        });
    }

    // Target (d): from the file on disk to the first rows of the proxy: read, load, models.
    void firstRows() {
        std::vector<Opened> kept;
        measure([&] {
            auto documents = DocumentLoader::loadFile(settings.file, readLimits());
            if (!documents)
                qFatal("%s", qPrintable(documents.error().toString()));
            Opened &opened = kept.emplace_back();
            opened.document = std::make_shared<const CtlDocument>(std::move(documents.value().front()));
            opened.model = std::make_unique<EntryTableModel>();
            opened.model->setDocument(opened.document);
            opened.proxy = std::make_unique<EntryFilterProxy>();
            opened.proxy->setSourceModel(opened.model.get());
            opened.proxy->rowCount();
            touchFirstRows(*opened.proxy);
        });
    }

    // The filter's EntrySearchIndex, built on a worker thread once per opened list (a keystroke
    // before it is ready waits for it).
    void searchIndex() {
        document();
        std::vector<std::unique_ptr<EntryTableModel>> kept;
        measure([&] {
            auto &model = kept.emplace_back(std::make_unique<EntryTableModel>());
            model->setDocument(m_document);
            if (model->searchIndex().rowCount() != m_document->entries.size())
                qFatal("index rows");
        });
    }

    // Pasting an 8-character prefix of a SHA-1 thumbprint into the filter (from an empty filter).
    void filterThumbprint() {
        EntryFilterProxy &filter = proxy();
        const CtlEntry &entry = m_document->entries[m_document->entries.size() / 2];
        const QString needle = entry.identifierText().left(8);
        int visible = 0;
        measureWithSetup(
            [&] {
                filter.setFilterText(QString());
                filter.rowCount();
            },
            [&] {
                filter.setFilterText(needle);
                visible = filter.rowCount();
                touchFirstRows(filter);
            });
        QVERIFY(visible >= 1);
        filter.setFilterText(QString());
    }

    // Typing a name into the filter, one keystroke per data row ("01 F", "02 Fi", ...): each row
    // times setFilterText(prefix) after the previous prefix, as a person types.
    void filterName_data() {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("prefix");
        const CtlDocument &doc = document();
        QString name;
        // The name of the entry in the middle of the list (the first named one from there).
        for (size_t index = doc.entries.size() / 2; index < doc.entries.size() && name.isEmpty(); ++index)
            name = doc.entries[index].friendlyName.value_or(QString());
        const int length = std::min(static_cast<int>(name.size()), settings.keystrokes);
        for (int count = 1; count <= length; ++count)
            QTest::addRow("%02d %s", count, qPrintable(name.left(count)))
                << name.left(count - 1) << name.left(count);
    }
    void filterName() {
        QFETCH(QString, previous);
        QFETCH(QString, prefix);
        EntryFilterProxy &filter = proxy();
        int visible = 0;
        measureWithSetup(
            [&] {
                filter.setFilterText(previous);
                filter.rowCount();
            },
            [&] {
                filter.setFilterText(prefix);
                visible = filter.rowCount();
                touchFirstRows(filter);
            });
        QVERIFY(visible >= 1);
    }
    // CsvExport::writeEntries of every entry to /dev/null (formatting, not the disk).
    void csv() {
        const CtlDocument &doc = document();
        CsvOptions options;
        options.statusAt = m_validationOptions.now;
        measure([&] {
            QFile out(QStringLiteral("/dev/null"));
            if (!out.open(QIODevice::WriteOnly) || !CsvExport::writeEntries(out, doc, options))
                qFatal("csv failed");
        });
    }

    // PdfReport::write to a temporary file: ReportLayout's measuring passes, then QPainter on QPdfWriter.
    void pdf() {
        const CtlDocument &doc = document();
        // Not a test (CTest never runs ctl_bench): about 0.15 ms of CPU a row (text shaping and Qt's zlib
        // page streams), so a PDF of 1,000,000 rows takes minutes; above --pdf-max-entries the benchmark
        // reports this row as skipped, and scripts/bench.sh prints it as such in the table.
        if (static_cast<qint64>(doc.entries.size()) > settings.pdfMaxEntries)
            QSKIP(qPrintable(
                QStringLiteral("more than --pdf-max-entries %1 entries").arg(settings.pdfMaxEntries)));
        const ValidationReport &result = report();
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("report.pdf"));
        PdfOptions options;
        options.programVersion = QStringLiteral("bench");
        options.generatedAt = m_validationOptions.now;
        int pages = 0;
        measure([&] {
            const auto written = PdfReport::write(path, doc, result, options);
            if (!written)
                qFatal("pdf failed: %s", qPrintable(written.error().toString()));
            pages = written.value().pageCount;
        });
        qInfo("pdf: %d pages, %lld bytes", pages, QFileInfo(path).size());
    }
};

int main(int argc, char **argv) {
    // Our options first; everything else goes to Qt Test.
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const auto is = [&](const char *name) { return std::strcmp(argv[i], name) == 0; };
        const auto next = [&]() -> const char * {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "ctl_bench: %s needs a value\n", argv[i]);
                std::exit(2);
            }
            return argv[++i];
        };
        if (is("--file"))
            settings.file = QString::fromLocal8Bit(next());
        else if (is("--trust"))
            settings.trustPem = QString::fromLocal8Bit(next());
        else if (is("--no-size-limit"))
            settings.noSizeLimit = true;
        else if (is("--once"))
            settings.once = true;
        else if (is("--pdf-max-entries"))
            settings.pdfMaxEntries = std::atoll(next());
        else if (is("--keystrokes"))
            settings.keystrokes = std::atoi(next());
        else
            rest.push_back(argv[i]);
    }
    const bool listing = std::any_of(rest.begin(), rest.end(), [](const char *arg) {
        return std::strcmp(arg, "-functions") == 0 || std::strcmp(arg, "-help") == 0 ||
               std::strcmp(arg, "--help") == 0;
    });
    if (settings.file.isEmpty() && !listing) {
        std::fprintf(stderr, "usage: ctl_bench --file FILE [--trust PEM] [--no-size-limit] [--once] "
                             "[--pdf-max-entries N] [--keystrokes N] [Qt Test options] [functions]\n");
        return 2;
    }
    // QPdfWriter and QTextDocument need a QGuiApplication (fonts); no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = static_cast<int>(rest.size());
    QGuiApplication app(qtArgc, rest.data());
    BenchCtl bench;
    return QTest::qExec(&bench, qtArgc, rest.data());
}

#include "bench_ctl.moc"
