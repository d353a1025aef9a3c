// The catalog index and the file lookup (CatalogCoverage.h). Reading a catalog for the index is the
// parser alone (no signature or chain work), so ten thousand catalogs index in seconds; a catalog is
// verified only when a file is found in it.
#include "CatalogCoverage.h"

#include "CatalogMembers.h"
#include "DocumentLoader.h"
#include "FileAccess.h"
#include "ReadLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <thread>

namespace ctlv {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CatalogCoverage)
};

QString algorithmForLength(qsizetype length) {
    if (length == 20)
        return QStringLiteral("sha1");
    if (length == 32)
        return QStringLiteral("sha256");
    return {};
}

bool isCatalog(const CtlDocument &document) {
    return document.subjectUsage.contains(QLatin1String("1.3.6.1.4.1.311.12.1.1"));
}

// One file read for the index: the members of each catalog it holds, or why it holds none.
struct ScannedFile {
    std::vector<std::pair<int, std::vector<CatalogMember>>> lists;
    std::optional<LoadError> error;
};

ScannedFile scanFile(const QString &path) {
    ScannedFile scanned;
    const ReadLimits limits;
    auto bytes = pe::readWholeFile(path, limits.maxInputSize);
    if (!bytes) {
        LoadError error;
        error.code = LoadError::Code::Unreadable;
        error.file = bytes.error().file;
        error.message = bytes.error().message;
        scanned.error = error;
        return scanned;
    }
    auto documents = DocumentLoader::loadBytes(bytes.value(), displayFileName(path), limits);
    if (!documents) {
        scanned.error = documents.error();
        return scanned;
    }
    for (size_t list = 0; list < documents.value().size(); ++list)
        if (isCatalog(documents.value()[list]))
            scanned.lists.emplace_back(static_cast<int>(list), decodeCatalogMembers(documents.value()[list]));
    if (scanned.lists.empty()) {
        LoadError error;
        error.code = LoadError::Code::NotACtl;
        error.file = displayFileName(path);
        error.message = Text::tr("a Certificate Trust List, but not a security catalog");
        scanned.error = error;
    }
    return scanned;
}

} // namespace

void CatalogIndex::add(const QString &path, int listIndex, const std::vector<CatalogMember> &members,
                       std::shared_ptr<const CtlDocument> kept,
                       std::shared_ptr<const ValidationReport> report) {
    const int catalog = static_cast<int>(m_catalogs.size());
    for (size_t entry = 0; entry < members.size(); ++entry) {
        const CatalogMember &member = members[entry];
        IndexedMember indexed;
        indexed.catalog = catalog;
        indexed.entry = static_cast<int>(entry);
        indexed.tag = member.tag;
        indexed.fileName = member.fileName();
        indexed.kind = catalogMemberKindKey(member.kind);
        indexed.digest = member.digest;
        indexed.algorithm = algorithmForLength(member.digest.size());
        if (!indexed.digest.isEmpty())
            m_byDigest[indexed.digest].append(static_cast<int>(m_members.size()));
        m_members.push_back(std::move(indexed));
    }
    m_catalogs.push_back(
        {path, listIndex, static_cast<qint64>(members.size()), std::move(kept), std::move(report)});
}

CatalogIndex CatalogIndex::build(const QStringList &paths, const std::function<bool()> &cancelled) {
    const QStringList files = collectFiles(paths);
    std::vector<ScannedFile> scanned(static_cast<size_t>(files.size()));
    // Reading and parsing ten thousand catalogs is CPU work (the parser decodes each certificate): shared
    // among the cores, each worker taking every n-th file; the index is then built in file order.
    const unsigned workers = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (unsigned worker = 0; worker < workers; ++worker) {
        threads.emplace_back([&, worker]() {
            for (size_t i = worker; i < scanned.size() && !stop; i += workers) {
                if (worker == 0 && cancelled && cancelled())
                    stop = true;
                scanned[i] = scanFile(files[static_cast<qsizetype>(i)]);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CatalogIndex index;
    for (size_t i = 0; i < scanned.size() && !stop; ++i) {
        if (scanned[i].error) {
            index.m_skipped.push_back(*scanned[i].error);
            continue;
        }
        for (const auto &[list, members] : scanned[i].lists)
            index.add(files[static_cast<qsizetype>(i)], list, members);
    }
    return index;
}

CatalogIndex
CatalogIndex::fromDocuments(const std::vector<std::shared_ptr<const CtlDocument>> &documents,
                            const std::vector<std::shared_ptr<const ValidationReport>> &reports) {
    CatalogIndex index;
    for (size_t i = 0; i < documents.size(); ++i)
        index.add(documents[i]->fileName, static_cast<int>(i), decodeCatalogMembers(*documents[i]),
                  documents[i], i < reports.size() ? reports[i] : nullptr);
    return index;
}

const ValidationReport *CatalogIndex::verify(int index, const ValidationOptions &options) {
    IndexedCatalog &catalog = m_catalogs[static_cast<size_t>(index)];
    if (!catalog.document) {
        auto documents = DocumentLoader::loadFile(catalog.path);
        if (!documents || static_cast<size_t>(catalog.listIndex) >= documents.value().size())
            return nullptr; // changed or gone since it was indexed
        catalog.document = std::make_shared<const CtlDocument>(
            std::move(documents.value()[static_cast<size_t>(catalog.listIndex)]));
    }
    if (!catalog.report)
        catalog.report =
            std::make_shared<const ValidationReport>(Validator::validate(*catalog.document, options));
    return catalog.report.get();
}

bool CatalogIndex::trusted(int index) const {
    const auto &report = m_catalogs[static_cast<size_t>(index)].report;
    return report && (report->verdict == Verdict::Valid || report->verdict == Verdict::ValidWithWarnings);
}

FileCoverage checkFile(const CatalogIndex &index, const QString &path) {
    FileCoverage coverage;
    coverage.path = path;
    auto digests = pe::hashFile(path);
    if (!digests) {
        coverage.error = digests.error();
        return coverage;
    }
    coverage.digests = digests.value();
    coverage.members = index.lookup(digests.value().sha1) + index.lookup(digests.value().sha256);
    std::sort(coverage.members.begin(), coverage.members.end());
    if (coverage.members.isEmpty() && digests.value().kind == pe::HashKind::Flat && digests.value().text) {
        // Git's text normalisation turns an INF's CRLF into LF: say so rather than just "not covered".
        auto variant = pe::hashCrlfVariant(path);
        if (variant && variant.value()) {
            coverage.crlfMembers =
                index.lookup(variant.value()->sha1) + index.lookup(variant.value()->sha256);
            std::sort(coverage.crlfMembers.begin(), coverage.crlfMembers.end());
        }
    }
    return coverage;
}

QStringList collectFiles(const QStringList &paths, const QStringList &exclude) {
    QStringList excluded;
    for (const QString &path : exclude)
        excluded << QFileInfo(path).canonicalFilePath();
    const auto keep = [&excluded](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        return canonical.isEmpty() || !excluded.contains(canonical);
    };
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir() || info.isSymLink()) {
            if (keep(path))
                files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (keep(file))
                found << file;
        }
        found.sort();
        files += found;
    }
    return files;
}

} // namespace ctlv
