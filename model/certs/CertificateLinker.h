#pragma once
// Links a trust list's entries to the certificates they name. Each entry is matched by the list's own
// identifier type (authroot: the certificate's SHA-1; disallowedcert: the MD5 of the public key or the
// SHA-384 of the tbsCertificate, see CtlParser's classifyIdentifier), and where the entry carries a
// SHA-256 property (.98) that must equal the certificate's SHA-256 too: a mismatch is reported, never
// linked silently.

#include "CertificateSources.h"
#include "CtlDocument.h"
#include "Validation.h"

#include <vector>

namespace ctlv {

enum class CertificateMatch { Matched, Missing, Sha256Mismatch };
QString certificateMatchKey(CertificateMatch match); // "matched", "missing", "sha256-mismatch"

struct EntryLink {
    CertificateMatch match = CertificateMatch::Missing;
    int certificate = -1; // index in CertificateLinks::certificates; the SHA-1 match when the SHA-256 differs
    int alsoMatching = 0; // further certificates with the same identifier (several certificates, one key)
};

struct CertificateLinks {
    // Every distinct certificate of the sources (by SHA-256), in source order.
    std::vector<StoredCertificate> certificates;
    int duplicates = 0;             // certificates met again (in the same or another source) and dropped
    std::vector<EntryLink> entries; // one per list entry, in list order
    std::vector<int> unlisted;      // certificates no entry names
    qint64 matched = 0;
    qint64 missing = 0;
    qint64 mismatched = 0;
    bool linkable = true; // false for lists whose identifiers name no certificate (pin rules, catalogs)
};

class CertificateLinker {
public:
    static CertificateLinks link(const CtlDocument &document,
                                 const std::vector<CertificateSourceData> &sources);
    // An error finding (FindingCode::CertificateSha256Mismatch, naming both hashes) in `report` for each
    // entry whose certificate has the list's identifier but another SHA-256.
    static void addFindings(ValidationReport &report, const CtlDocument &document,
                            const CertificateLinks &links);
};

} // namespace ctlv
