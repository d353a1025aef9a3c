#include "CertificateLinker.h"

#include <QHash>
#include <QSet>

namespace ctlv {

namespace {
// The hash of `certificate` that an identifier of `kind` is; empty when the kind names no certificate.
QByteArray identifierOf(const StoredCertificate &certificate, IdentifierKind kind) {
    switch (kind) {
    case IdentifierKind::Sha1OfCertificate:
        return certificate.info.sha1;
    case IdentifierKind::Sha256Hash:
        return certificate.info.sha256;
    case IdentifierKind::Md5OfPublicKey:
        return certificate.publicKeyMd5;
    case IdentifierKind::Sha384OfTbsCertificate:
        return certificate.tbsSha384;
    case IdentifierKind::DnsName:
    case IdentifierKind::Other:
        break;
    }
    return {};
}

constexpr IdentifierKind linkableKinds[] = {IdentifierKind::Sha1OfCertificate, IdentifierKind::Sha256Hash,
                                            IdentifierKind::Md5OfPublicKey,
                                            IdentifierKind::Sha384OfTbsCertificate};
} // namespace

QString certificateMatchKey(CertificateMatch match) {
    switch (match) {
    case CertificateMatch::Matched:
        return QStringLiteral("matched");
    case CertificateMatch::Missing:
        return QStringLiteral("missing");
    case CertificateMatch::Sha256Mismatch:
        return QStringLiteral("sha256-mismatch");
    }
    return {};
}

CertificateLinks CertificateLinker::link(const CtlDocument &document,
                                         const std::vector<CertificateSourceData> &sources) {
    CertificateLinks links;
    QSet<QByteArray> seen;
    for (const CertificateSourceData &source : sources)
        for (const StoredCertificate &certificate : source.certificates) {
            if (seen.contains(certificate.info.sha256)) {
                ++links.duplicates;
                continue;
            }
            seen.insert(certificate.info.sha256);
            links.certificates.push_back(certificate);
        }

    // One index per identifier kind, built only for the kinds the list uses (a list mixes at most two).
    QHash<int, QHash<QByteArray, QList<int>>> indexes;
    const auto indexFor = [&](IdentifierKind kind) -> const QHash<QByteArray, QList<int>> & {
        const int key = static_cast<int>(kind);
        auto found = indexes.find(key);
        if (found != indexes.end())
            return *found;
        QHash<QByteArray, QList<int>> &index = indexes[key];
        index.reserve(static_cast<qsizetype>(links.certificates.size()));
        for (size_t i = 0; i < links.certificates.size(); ++i) {
            const QByteArray id = identifierOf(links.certificates[i], kind);
            if (!id.isEmpty())
                index[id].append(static_cast<int>(i));
        }
        return index;
    };

    std::vector<bool> named(links.certificates.size(), false);
    const size_t count = document.entries.size();
    links.entries.resize(count);
    bool anyLinkable = count == 0;
    for (size_t i = 0; i < count; ++i) {
        const CtlEntry entry = document.entries.decode(i);
        EntryLink &result = links.entries[i];
        if (std::find(std::begin(linkableKinds), std::end(linkableKinds), entry.identifierKind) ==
            std::end(linkableKinds)) {
            ++links.missing;
            continue;
        }
        anyLinkable = true;
        const QList<int> candidates = indexFor(entry.identifierKind).value(entry.identifier);
        if (candidates.isEmpty()) {
            ++links.missing;
            continue;
        }
        result.certificate = candidates.front();
        result.alsoMatching = static_cast<int>(candidates.size()) - 1;
        for (int candidate : candidates)
            named[static_cast<size_t>(candidate)] = true;
        const StoredCertificate &certificate = links.certificates[static_cast<size_t>(result.certificate)];
        if (!entry.sha256.isEmpty() && entry.sha256 != certificate.info.sha256) {
            result.match = CertificateMatch::Sha256Mismatch;
            ++links.mismatched;
        } else {
            result.match = CertificateMatch::Matched;
            ++links.matched;
        }
    }
    links.linkable = anyLinkable;
    for (size_t i = 0; i < named.size(); ++i)
        if (!named[i])
            links.unlisted.push_back(static_cast<int>(i));
    return links;
}

} // namespace ctlv
