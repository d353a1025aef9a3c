// Checking one certificate against a list (CertificateCheck.h): chain building by name and signature over
// the certificates given, the root looked up by the list's identifier type, then the effective-trust rules.
#include "CertificateCheck.h"

#include "OsslPtr.h"

#include <QCoreApplication>
#include <QHash>

#include <openssl/x509.h>

namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CertificateCheck)
};

// The chain is at most this long: a loop of cross-signed certificates cannot hold the check.
constexpr int maxChainLength = 16;

// What a certificate's identifier is under a list's identifier type.
QByteArray identifierOf(const StoredCertificate &certificate, IdentifierKind kind) {
    switch (kind) {
    case IdentifierKind::Sha1OfCertificate:
        return certificate.sha1;
    case IdentifierKind::Md5OfPublicKey:
        return certificate.publicKeyMd5;
    case IdentifierKind::Sha384OfTbsCertificate:
        return certificate.tbsSha384;
    case IdentifierKind::Sha256Hash:
        return certificate.sha256;
    default:
        break;
    }
    return {};
}

// Every entry of a list by (identifier kind, identifier).
QHash<QByteArray, size_t> indexOf(const CtlDocument &list) {
    QHash<QByteArray, size_t> index;
    for (size_t i = 0; i < list.entries.size(); ++i) {
        const CtlEntry entry = list.entries.decode(i);
        const QByteArray key =
            QByteArray::number(static_cast<int>(entry.identifierKind)) + ':' + entry.identifier;
        if (!index.contains(key))
            index.insert(key, i);
    }
    return index;
}

std::optional<size_t> lookUp(const QHash<QByteArray, size_t> &index, const StoredCertificate &certificate) {
    for (IdentifierKind kind : {IdentifierKind::Sha1OfCertificate, IdentifierKind::Md5OfPublicKey,
                                IdentifierKind::Sha384OfTbsCertificate, IdentifierKind::Sha256Hash}) {
        const QByteArray id = identifierOf(certificate, kind);
        if (id.isEmpty())
            continue;
        const auto found = index.constFind(QByteArray::number(static_cast<int>(kind)) + ':' + id);
        if (found != index.cend())
            return found.value();
    }
    return std::nullopt;
}

// Does `issuer`'s key verify `subject`'s signature?
bool signedBy(const StoredCertificate &subject, const StoredCertificate &issuer) {
    const ossl::X509Ptr child = ossl::certificateFromDer(subject.der);
    const ossl::X509Ptr parent = ossl::certificateFromDer(issuer.der);
    if (!child || !parent)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(parent.get());
    const bool verified = key && X509_verify(child.get(), key) == 1;
    if (!verified)
        ossl::takeLastError(); // a failed candidate is not an error of the check
    return verified;
}

} // namespace

QString checkProblemKey(CheckProblem problem) {
    switch (problem) {
    case CheckProblem::Expired:
        return QStringLiteral("expired");
    case CheckProblem::BadSignature:
        return QStringLiteral("bad-signature");
    case CheckProblem::PurposeNotInLeaf:
        break;
    }
    return QStringLiteral("purpose-not-in-leaf");
}

Expected<CertificateCheckResult> checkCertificate(const CertificateCheckInput &input) {
    CertificateCheckResult result;
    result.question = input.question;
    if (!result.question.at.isValid())
        result.question.at = QDateTime::currentDateTimeUtc();
    const StoredCertificate leaf =
        CertificateSources::describe(input.certificateDer, Text::tr("certificate"));
    if (!leaf.wellFormed || !leaf.info().parsed) {
        LoadError error;
        error.code = LoadError::Code::Certificate;
        error.message = Text::tr("not a readable X.509 certificate: %1").arg(leaf.info().parseError);
        return error;
    }
    // The candidates for issuers: the chain files first, then the certificate sources.
    std::vector<StoredCertificate> pool;
    for (const QByteArray &der : input.chainDer)
        pool.push_back(CertificateSources::describe(der, Text::tr("chain")));
    for (const CertificateSourceData &source : input.sources)
        pool.insert(pool.end(), source.certificates.begin(), source.certificates.end());

    const QHash<QByteArray, size_t> listIndex =
        input.list ? indexOf(*input.list) : QHash<QByteArray, size_t>();
    const QHash<QByteArray, size_t> disallowedIndex =
        input.disallowed ? indexOf(*input.disallowed) : QHash<QByteArray, size_t>();

    StoredCertificate current = leaf;
    while (static_cast<int>(result.chain.size()) < maxChainLength) {
        CheckedCertificate checked;
        checked.certificate = current;
        if (input.disallowed)
            checked.disallowedEntry = lookUp(disallowedIndex, current);
        const CertificateInfo &info = current.info();
        const QDateTime at = result.question.timestamp.value_or(result.question.at);
        if (info.notBefore.isValid() && info.notAfter.isValid() &&
            (at < info.notBefore || at > info.notAfter))
            checked.problems.push_back(CheckProblem::Expired);
        result.chain.push_back(checked);
        if (const auto entry = lookUp(listIndex, current)) {
            result.rootEntry = entry;
            result.rootChainIndex = static_cast<int>(result.chain.size()) - 1;
            result.chainComplete = true;
            break;
        }
        if (info.subjectDer == info.issuerDer) {
            result.chainComplete = true;
            if (!signedBy(current, current))
                result.chain.back().problems.push_back(CheckProblem::BadSignature);
            break;
        }
        // The issuer: a candidate with the issuer's name whose key verifies the signature; else one with
        // the name only (reported as a bad signature), else the chain ends here.
        const StoredCertificate *issuer = nullptr;
        const StoredCertificate *nameOnly = nullptr;
        for (const StoredCertificate &candidate : pool) {
            if (!candidate.wellFormed || candidate.sha256 == current.sha256 ||
                candidate.info().subjectDer != info.issuerDer)
                continue;
            bool seen = false;
            for (const CheckedCertificate &link : result.chain)
                seen = seen || link.certificate.sha256 == candidate.sha256;
            if (seen)
                continue;
            if (signedBy(current, candidate)) {
                issuer = &candidate;
                break;
            }
            if (!nameOnly)
                nameOnly = &candidate;
        }
        if (!issuer && nameOnly) {
            result.chain.back().problems.push_back(CheckProblem::BadSignature);
            issuer = nameOnly;
        }
        if (!issuer)
            break;
        current = *issuer;
    }
    const QString &purpose = result.question.purpose;
    if (!purpose.isEmpty() && leaf.info().hasEkuExtension && !leaf.info().hasEku(purpose) &&
        !leaf.info().hasEku(QStringLiteral("2.5.29.37.0")))
        result.chain.front().problems.push_back(CheckProblem::PurposeNotInLeaf);

    result.question.endEntityNotBefore = leaf.info().notBefore;
    bool disallowed = false;
    for (const CheckedCertificate &link : result.chain)
        disallowed = disallowed || link.disallowedEntry.has_value();
    if (result.rootEntry && input.list) {
        const CtlEntry entry = input.list->entries.decode(*result.rootEntry);
        result.answer = evaluateTrust(entry, input.list->kind(), result.question, disallowed);
    } else {
        result.answer = notListedAnswer();
        if (disallowed)
            result.answer.reasons.push_back({TrustReasonCode::InDisallowedList, 0, {}, true});
    }
    bool problems = false;
    for (const CheckedCertificate &link : result.chain)
        problems = problems || !link.problems.empty();
    result.trusted = result.answer.status == TrustStatus::Trusted && !problems;
    return result;
}

} // namespace ctlv
