#pragma once
// Which files a security catalog covers: the members of one catalog, or of a folder of catalogs (a copy
// of System32\CatRoot), indexed by the hash they vouch for; each file looked up by its Authenticode image
// hash (PE) or flat hash, never by its name, as Windows looks a file up in its catalog database.

#include "CatalogMembers.h"
#include "CtlDocument.h"
#include "FileHash.h"
#include "LoadError.h"
#include "Validation.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ctlv {

// One catalog file read for the index.
struct IndexedCatalog {
    QString path;
    int listIndex = 0; // which list of the file (a CAB may hold several)
    qint64 memberCount = 0;
    // Kept only for catalogs handed in already read (fromDocuments) and those verified: ten thousand
    // documents would hold their whole files; the index keeps just the members.
    std::shared_ptr<const CtlDocument> document;
    // Verified on demand (CatalogIndex::verify): a folder of ten thousand catalogs is only indexed, and
    // only the catalogs that cover a file are verified.
    std::shared_ptr<const ValidationReport> report;
};

// One member of an indexed catalog.
struct IndexedMember {
    int catalog = -1; // in CatalogIndex::catalogs()
    int entry = -1;   // the entry's index in its catalog
    QString tag;
    QString fileName;  // the member's "File" name/value, for people: never used to match
    QString kind;      // "pe", "flat", "other", "unknown" (catalogMemberKindKey)
    QString algorithm; // "sha1", "sha256", or empty when the digest has another length
    QByteArray digest;
};

class CatalogIndex {
public:
    // Indexes `paths` (catalog files; a folder is searched recursively). A file that is not a catalog is
    // skipped and named in skipped() with the reason; nothing fails as a whole. `cancelled` is asked
    // between files.
    static CatalogIndex build(const QStringList &paths, const std::function<bool()> &cancelled = {});
    // Indexes catalogs already read (the viewer's open tab).
    static CatalogIndex fromDocuments(const std::vector<std::shared_ptr<const CtlDocument>> &documents,
                                      const std::vector<std::shared_ptr<const ValidationReport>> &reports);

    const std::vector<IndexedCatalog> &catalogs() const { return m_catalogs; }
    const std::vector<IndexedMember> &members() const { return m_members; }
    const std::vector<LoadError> &skipped() const { return m_skipped; }
    // Indexes in members() of the members vouching for `digest` (a SHA-1 or SHA-256 value).
    QList<int> lookup(const QByteArray &digest) const { return m_byDigest.value(digest); }
    // Verifies catalog `index` once (later calls keep the first report), reading it again when the
    // index did not keep it; nullptr when it can no longer be read.
    const ValidationReport *verify(int index, const ValidationOptions &options);
    // Valid or valid with warnings, once verified.
    bool trusted(int index) const;

private:
    void add(const QString &path, int listIndex, const std::vector<CatalogMember> &members,
             std::shared_ptr<const CtlDocument> kept = {},
             std::shared_ptr<const ValidationReport> report = {});

    std::vector<IndexedCatalog> m_catalogs;
    std::vector<IndexedMember> m_members;
    std::vector<LoadError> m_skipped;
    QHash<QByteArray, QList<int>> m_byDigest;
};

// What one file is to the index.
struct FileCoverage {
    QString path;
    std::optional<pe::FileDigests> digests;
    std::optional<pe::FileHashError> error;
    QList<int> members; // matching members (CatalogIndex::members()), in index order
    // Members the file would match with CRLF line ends (a text file git normalised to LF), when it
    // matches none as it is.
    QList<int> crlfMembers;
    bool covered() const { return !members.isEmpty(); }
};

// Hashes `path` and looks it up; for an uncovered text file also its CRLF variant.
FileCoverage checkFile(const CatalogIndex &index, const QString &path);

// The files below `paths` (files as given, folders recursively, sorted; symbolic links to folders are not
// followed), leaving out `exclude` (the catalogs themselves, by canonical path).
QStringList collectFiles(const QStringList &paths, const QStringList &exclude = {});

} // namespace ctlv
