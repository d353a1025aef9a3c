// Matching a list's entries to certificates by the list's identifier type (CertificateLinker.h).
#include "CertificateLinker.h"

#include "Der.h"

#include "Oids.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace ctlv {

namespace {
// The hash of `certificate` that an identifier of `kind` is; empty when the kind names no certificate.
QByteArray identifierOf(const StoredCertificate &certificate, IdentifierKind kind) {
    switch (kind) {
    case IdentifierKind::Sha1OfCertificate:
        return certificate.sha1;
    case IdentifierKind::Sha256Hash:
        return certificate.sha256;
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

// The two values linking needs from an entry, read straight from its DER: decoding every attribute of a
// million entries (EntryList::decode) would take seconds, and the parser has already checked the
// structure at load. TrustedSubject ::= SEQUENCE { subjectIdentifier OCTET STRING, subjectAttributes SET OF
// SEQUENCE { OID, SET OF value } OPTIONAL }; the SHA-256 is attribute 1.3.6.1.4.1.311.10.11.98 (prop 98).
struct EntryHashes {
    QByteArrayView identifier;
    QByteArrayView sha256;
};

std::optional<EntryHashes> entryHashes(QByteArrayView der, qsizetype offset) {
    static const QByteArray sha256Oid = QByteArray::fromHex("060a2b0601040182370a0b62");
    const auto subject = der::peekHeader(der, offset, der.size());
    if (!subject || subject->tag != 0x30)
        return std::nullopt;
    const auto identifier = der::peekHeader(der, subject->valueOffset(), subject->end());
    if (!identifier || identifier->tag != 0x04)
        return std::nullopt;
    EntryHashes hashes;
    hashes.identifier = der.sliced(identifier->valueOffset(), identifier->end() - identifier->valueOffset());
    const auto attributes = der::peekHeader(der, identifier->end(), subject->end());
    if (!attributes || attributes->tag != 0x31)
        return hashes;
    for (qsizetype at = attributes->valueOffset(); at < attributes->end();) {
        const auto attribute = der::peekHeader(der, at, attributes->end());
        if (!attribute)
            break;
        at = attribute->end();
        const QByteArrayView content =
            der.sliced(attribute->valueOffset(), attribute->end() - attribute->valueOffset());
        if (!content.startsWith(sha256Oid))
            continue;
        const auto values =
            der::peekHeader(der, attribute->valueOffset() + sha256Oid.size(), attribute->end());
        const auto value = values ? der::peekHeader(der, values->valueOffset(), values->end()) : std::nullopt;
        if (value && value->tag == 0x04)
            hashes.sha256 = der.sliced(value->valueOffset(), value->end() - value->valueOffset());
        break;
    }
    return hashes;
}

// The kind of an identifier, as CtlParser classifies it (subjectAlgorithm and length).
std::optional<IdentifierKind> linkableKind(const QString &subjectAlgorithm, qsizetype size) {
    if (subjectAlgorithm == QLatin1String(oid::Sha1) && size == 20)
        return IdentifierKind::Sha1OfCertificate;
    if (subjectAlgorithm == QLatin1String(oid::Sha256) && size == 32)
        return IdentifierKind::Sha256Hash;
    if (subjectAlgorithm == QLatin1String(oid::CertSignatureHashPropId)) {
        if (size == 16)
            return IdentifierKind::Md5OfPublicKey;
        if (size == 48)
            return IdentifierKind::Sha384OfTbsCertificate;
    }
    return std::nullopt;
}
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
            if (seen.contains(certificate.sha256)) {
                ++links.duplicates;
                continue;
            }
            seen.insert(certificate.sha256);
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
    const QByteArrayView der(document.der);
    const QHash<QByteArray, QList<int>> *index = nullptr; // the last kind's, a list uses one or two kinds
    IdentifierKind indexKind = IdentifierKind::Other;
    for (size_t i = 0; i < count; ++i) {
        EntryLink &result = links.entries[i];
        const auto hashes = entryHashes(der, document.entries.offsetOf(i));
        const auto kind =
            hashes ? linkableKind(document.subjectAlgorithm, hashes->identifier.size()) : std::nullopt;
        if (!kind) {
            ++links.missing;
            continue;
        }
        anyLinkable = true;
        if (!index || *kind != indexKind) {
            index = &indexFor(*kind);
            indexKind = *kind;
        }
        const auto found =
            index->constFind(QByteArray::fromRawData(hashes->identifier.data(), hashes->identifier.size()));
        if (found == index->constEnd()) {
            ++links.missing;
            continue;
        }
        const QList<int> &candidates = *found;
        result.certificate = candidates.front();
        result.alsoMatching = static_cast<int>(candidates.size()) - 1;
        for (int candidate : candidates)
            named[static_cast<size_t>(candidate)] = true;
        const StoredCertificate &certificate = links.certificates[static_cast<size_t>(result.certificate)];
        if (!hashes->sha256.isEmpty() && hashes->sha256 != QByteArrayView(certificate.sha256)) {
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

void CertificateLinker::addFindings(ValidationReport &report, const CtlDocument &document,
                                    const CertificateLinks &links) {
    for (size_t i = 0; i < links.entries.size(); ++i) {
        const EntryLink &link = links.entries[i];
        if (link.match != CertificateMatch::Sha256Mismatch)
            continue;
        const CtlEntry entry = document.entries.decode(i);
        const StoredCertificate &certificate = links.certificates[static_cast<size_t>(link.certificate)];
        Finding finding;
        finding.code = FindingCode::CertificateSha256Mismatch;
        finding.severity = Severity::Error;
        finding.arguments.identifier = entry.identifierText();
        finding.arguments.source = certificate.origin;
        finding.arguments.listSha256 = entry.sha256;
        finding.arguments.certificateSha256 = certificate.sha256;
        finding.entryIndex = static_cast<int>(i);
        report.findings.push_back(std::move(finding));
    }
}

} // namespace ctlv
