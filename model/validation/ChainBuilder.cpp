// Builds each signer's certificate chain with OpenSSL's X509_STORE and collects every error, telling
// the legacy quirks Windows accepts apart from real failures.
#include "ChainBuilder.h"

#include "OsslPtr.h"

#include <openssl/pem.h>

#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdlib>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initialiseTrustResources() {
    Q_INIT_RESOURCE(trust);
}

namespace ctlv {

namespace {
QList<QByteArray> readResourceCertificates(const QString &folder) {
    QList<QByteArray> certificates;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            certificates += certificatesFromPem(file.readAll());
    }
    return certificates;
}

QByteArray derOf(X509 *certificate) {
    unsigned char *out = nullptr;
    const int length = i2d_X509(certificate, &out);
    if (length <= 0) {
        ossl::takeLastError();
        return {};
    }
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

struct VerifyError {
    int depth;
    int code;
};

// Certificates above the leaf that a chain may have (OpenSSL's default is 100).
constexpr int MaxChainDepth = 8;

int collectEveryError(int ok, X509_STORE_CTX *context) {
    if (!ok) {
        auto *errors = static_cast<std::vector<VerifyError> *>(X509_STORE_CTX_get_app_data(context));
        errors->push_back({X509_STORE_CTX_get_error_depth(context), X509_STORE_CTX_get_error(context)});
    }
    return 1; // keep building, so that every problem is seen
}

// The bundled certificates, read once per process: parsing the PEM files cost more than verifying
// the list itself (ctltool verify runs one validation, the viewer one per opened file).
const QList<QByteArray> &bundledAnchors() {
    initialiseTrustResources();
    static const QList<QByteArray> anchors = readResourceCertificates(QStringLiteral(":/trust/anchors"));
    return anchors;
}

const QList<QByteArray> &bundledIntermediates() {
    initialiseTrustResources();
    static const QList<QByteArray> intermediates =
        readResourceCertificates(QStringLiteral(":/trust/intermediates"));
    return intermediates;
}

} // namespace

QList<QByteArray> certificatesFromPem(const QByteArray &pem) {
    QList<QByteArray> certificates;
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    for (;;) {
        ossl::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        certificates << derOf(certificate.get());
    }
    ossl::takeLastError(); // the loop always ends on "no start line"
    if (certificates.isEmpty()) {
        // A DER certificate file is accepted too.
        if (ossl::X509Ptr certificate = ossl::certificateFromDer(pem))
            certificates << pem;
    }
    return certificates;
}

struct TrustMaterial::Private {
    ossl::StorePtr store;
    std::vector<ossl::X509Ptr> bundledIntermediates;
    QHash<QByteArray, ChainElement::Origin> originBySha1;

    // One validation builds two chains for every signer over the same document certificates: they are
    // parsed into the untrusted stack once (a crafted list may carry a thousand of them), and every
    // chain certificate is described once.
    const std::vector<CertificateInfo> *stackFor = nullptr;
    size_t stackForSize = 0;
    QSet<QByteArray> stackExcluded; // SHA-1 of document certificates left out (buildAvoidingDeadEnds)
    ossl::X509StackPtr untrusted;
    QHash<QByteArray, int> documentIndexBySha1;
    QHash<QByteArray, CertificateInfo> describedByDer;

    STACK_OF(X509) * untrustedFor(const std::vector<CertificateInfo> &documentCertificates,
                                  const QSet<QByteArray> &excluded);
    const CertificateInfo &described(X509 *certificate);
};

STACK_OF(X509) * TrustMaterial::Private::untrustedFor(
                     const std::vector<CertificateInfo> &documentCertificates,
                     const QSet<QByteArray> &excluded) {
    if (untrusted && stackFor == &documentCertificates && stackForSize == documentCertificates.size() &&
        stackExcluded == excluded)
        return untrusted.get();
    stackFor = &documentCertificates;
    stackForSize = documentCertificates.size();
    stackExcluded = excluded;
    documentIndexBySha1.clear();
    // The list's own certificates first, then Microsoft's CTL-signing CAs, the way Windows also
    // consults its CA store.
    untrusted.reset(sk_X509_new_null());
    for (size_t i = 0; i < documentCertificates.size(); ++i) {
        const CertificateInfo &info = documentCertificates[i];
        if (!documentIndexBySha1.contains(info.sha1))
            documentIndexBySha1.insert(info.sha1, static_cast<int>(i));
        if (excluded.contains(info.sha1))
            continue;
        if (ossl::X509Ptr certificate = ossl::certificateFromDer(info.der))
            if (sk_X509_push(untrusted.get(), certificate.get()) > 0)
                certificate.release();
    }
    for (const ossl::X509Ptr &certificate : bundledIntermediates)
        if (X509_up_ref(certificate.get()) == 1 && sk_X509_push(untrusted.get(), certificate.get()) <= 0)
            X509_free(certificate.get());
    return untrusted.get();
}

const CertificateInfo &TrustMaterial::Private::described(X509 *certificate) {
    const QByteArray der = derOf(certificate);
    auto found = describedByDer.constFind(der);
    if (found == describedByDer.constEnd())
        found = describedByDer.insert(der, describeCertificate(der, CertificateSource::SignedDataBag));
    return *found;
}

TrustMaterial::TrustMaterial(const ValidationOptions &options) : d(std::make_unique<Private>()) {
    initialiseTrustResources();
    d->store.reset(X509_STORE_new());
    const auto addAnchor = [this](const QByteArray &der, ChainElement::Origin origin) {
        ossl::X509Ptr certificate = ossl::certificateFromDer(der);
        if (!certificate)
            return;
        if (X509_STORE_add_cert(d->store.get(), certificate.get()) != 1)
            ossl::takeLastError(); // already present
        d->originBySha1.insert(ossl::sha1(der), origin);
    };
    if (options.useBundledAnchors)
        for (const QByteArray &der : bundledAnchors())
            addAnchor(der, ChainElement::Origin::BundledRoot);
    for (const QByteArray &der : options.extraTrustAnchorsDer)
        addAnchor(der, ChainElement::Origin::UserTrust);
    if (options.useSystemStore) {
        // The hashed directory (c_rehash layout, as Debian's /etc/ssl/certs) is searched by subject when
        // a chain needs an issuer; X509_STORE_set_default_paths would also parse the whole CA bundle
        // file up front, about 40 ms for every validation.
        const char *directory = std::getenv(X509_get_default_cert_dir_env());
        if (!directory || !*directory)
            directory = X509_get_default_cert_dir();
        if (X509_STORE_load_path(d->store.get(), directory) != 1)
            ossl::takeLastError(); // no such directory: no system roots
    }
    if (options.useBundledIntermediates) {
        for (const QByteArray &der : bundledIntermediates()) {
            if (ossl::X509Ptr certificate = ossl::certificateFromDer(der)) {
                d->bundledIntermediates.push_back(std::move(certificate));
                d->originBySha1.insert(ossl::sha1(der), ChainElement::Origin::BundledIntermediate);
            }
        }
    }
}

TrustMaterial::~TrustMaterial() = default;

ChainResult TrustMaterial::build(const QByteArray &leafDer,
                                 const std::vector<CertificateInfo> &documentCertificates,
                                 const QDateTime &at) const {
    return buildExcluding(leafDer, documentCertificates, at, {});
}

ChainResult TrustMaterial::buildAvoidingDeadEnds(const QByteArray &leafDer,
                                                 const std::vector<CertificateInfo> &documentCertificates,
                                                 const QDateTime &at) const {
    ChainResult first = buildExcluding(leafDer, documentCertificates, at, {});
    if (first.trusted)
        return first;
    std::vector<ChainResult> attempts;
    attempts.push_back(std::move(first));
    QSet<QByteArray> excluded;
    // Each retry leaves out one more failing document certificate; a chain has at most MaxChainDepth.
    for (int attempt = 0; attempt < MaxChainDepth; ++attempt) {
        const ChainResult &current = attempts.back();
        bool found = false;
        for (size_t depth = 1; depth < current.elements.size() && !found; ++depth) {
            const ChainElement &element = current.elements[depth];
            if (element.documentIndex < 0 || element.problems.isEmpty() || element.certificate.selfIssued ||
                excluded.contains(element.certificate.sha1))
                continue;
            excluded.insert(element.certificate.sha1);
            found = true;
        }
        if (!found)
            break;
        ChainResult next = buildExcluding(leafDer, documentCertificates, at, excluded);
        if (next.trusted)
            return next;
        attempts.push_back(std::move(next));
    }
    return mostTelling(std::move(attempts));
}

namespace {
// The top of a failed path is a CA certificate of the file above the signer, issued by Microsoft Code
// Verification Root, which is not here: the cross-certificate a vendor's catalog carries for its root
// under Microsoft's kernel-mode cross-signing program ("Cross-Certificates for Kernel Mode Code
// Signing", learn.microsoft.com/windows-hardware/drivers/install/cross-certificates-for-kernel-mode-code-
// signing; "Verifying the Release Signature" names that root as the top of the kernel-policy chain).
// Windows would look the name up in its root store; the chain ends at that root by name. Any other CA
// whose issuer is missing is an ordinary intermediate as far as the file shows: its issuer is what is
// missing, and the message says so.
bool endsAtCrossCertificate(const ChainResult &result) {
    if (result.missingIssuer.isEmpty() || result.elements.size() < 2 ||
        !result.missingIssuer.startsWith(QLatin1String("CN=Microsoft Code Verification Root,")))
        return false;
    const ChainElement &top = result.elements.back();
    return top.documentIndex >= 0 && !top.certificate.selfIssued &&
           top.certificate.basicConstraintsCa == std::optional<bool>(true) &&
           top.certificate.issuer == result.missingIssuer;
}

// What a failed path tells: 2 it reaches a self-signed root that is not trusted; 1 it ends at a root the
// file carries only as a cross-certificate; 0 it stops at some certificate whose issuer is missing.
int telling(const ChainResult &result) {
    for (const ChainProblem &problem : result.errors)
        if (problem.kind == ChainProblem::Kind::UntrustedRoot)
            return 2;
    return endsAtCrossCertificate(result) ? 1 : 0;
}
} // namespace

// The failed path that says most about why (ChainBuilder.h): a vendor catalog signed under a root that
// Windows trusts but this machine does not dead-ends at the cross-certificate's missing issuer (a
// Microsoft cross-signing root), which is not the cause: the root the cross-certificate stands for is.
ChainResult TrustMaterial::mostTelling(std::vector<ChainResult> attempts) {
    size_t best = 0;
    int bestRank = -1;
    for (size_t i = 0; i < attempts.size(); ++i)
        if (const int rank = telling(attempts[i]); rank > bestRank) {
            best = i;
            bestRank = rank;
        }
    ChainResult result = std::move(attempts[best]);
    if (bestRank == 1) {
        const CertificateInfo &cross = result.elements.back().certificate;
        for (ChainProblem &problem : result.errors)
            if (problem.kind == ChainProblem::Kind::IssuerNotFound &&
                problem.subject == result.missingIssuer) {
                problem.kind = ChainProblem::Kind::RootNotInStore;
                problem.subject = cross.subject;
                problem.detail = cross.issuer;
            }
    }
    return result;
}

ChainResult TrustMaterial::buildExcluding(const QByteArray &leafDer,
                                          const std::vector<CertificateInfo> &documentCertificates,
                                          const QDateTime &at, const QSet<QByteArray> &excluded) const {
    ChainResult result;
    result.evaluatedAt = at;
    ossl::X509Ptr leaf = ossl::certificateFromDer(leafDer);
    if (!leaf) {
        result.errors.push_back({ChainProblem::Kind::LeafUnreadable, 0, {}, {}});
        return result;
    }
    ossl::StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), d->store.get(), leaf.get(),
                                        d->untrustedFor(documentCertificates, excluded)) != 1) {
        result.errors.push_back({ChainProblem::Kind::CannotBuild, 0, {}, ossl::takeLastError()});
        return result;
    }
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, at.toSecsSinceEpoch());
    // Purposes are checked by the CTL policy (EKU intersection), not by OpenSSL's S/MIME purposes.
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_ANY);
    // Real chains have at most four certificates (signer, PCA, root; timestamp signer, CA, root): a
    // longer one is refused before OpenSSL follows a crafted thousand-link chain.
    X509_VERIFY_PARAM_set_depth(parameters, MaxChainDepth);
    std::vector<VerifyError> errors;
    X509_STORE_CTX_set_app_data(context.get(), &errors);
    X509_STORE_CTX_set_verify_cb(context.get(), collectEveryError);
    if (X509_verify_cert(context.get()) < 0)
        errors.push_back({0, X509_STORE_CTX_get_error(context.get())});
    ossl::takeLastError();

    ossl::X509StackPtr chain(X509_STORE_CTX_get1_chain(context.get()));
    const int length = chain ? sk_X509_num(chain.get()) : 0;
    for (int depth = 0; depth < length; ++depth) {
        X509 *certificate = sk_X509_value(chain.get(), depth);
        ChainElement element;
        element.certificate = d->described(certificate);
        element.documentIndex = d->documentIndexBySha1.value(element.certificate.sha1, -1);
        if (element.documentIndex < 0)
            element.origin =
                d->originBySha1.value(element.certificate.sha1, ChainElement::Origin::SystemStore);
        result.elements.push_back(std::move(element));
    }

    bool anchored = false;
    result.timeErrorsOnly = true;
    result.anchorProblemsOnly = true;
    for (const VerifyError &error : errors) {
        const bool anchorError = error.code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT ||
                                 error.code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
                                 error.code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
                                 error.code == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN ||
                                 error.code == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE;
        const bool timeError =
            error.code == X509_V_ERR_CERT_NOT_YET_VALID || error.code == X509_V_ERR_CERT_HAS_EXPIRED;
        if (error.code == X509_V_ERR_CERT_NOT_YET_VALID)
            result.notYetValid = true;
        ChainElement *element = error.depth >= 0 && error.depth < static_cast<int>(result.elements.size())
                                    ? &result.elements[static_cast<size_t>(error.depth)]
                                    : nullptr;
        const QString subject = element ? element->certificate.subject : QString();
        switch (error.code) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
            if (!result.elements.empty())
                result.missingIssuer = result.elements.back().certificate.issuer;
            result.errors.push_back(
                {ChainProblem::Kind::IssuerNotFound, error.code, result.missingIssuer, {}});
            break;
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            // OpenSSL's follow-up to a missing issuer of the leaf: already said.
            if (!result.missingIssuer.isEmpty())
                continue;
            result.errors.push_back({ChainProblem::Kind::Verify, error.code, subject, {}});
            break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            result.errors.push_back({ChainProblem::Kind::UntrustedRoot, error.code, subject, {}});
            break;
        case X509_V_ERR_INVALID_CA:
            // The 1997 Microsoft Root Authority is a v3 certificate without BasicConstraints; Windows
            // accepts such legacy roots, strict X.509 does not.
            if (element && !element->certificate.basicConstraintsCa.has_value()) {
                result.toleratedLegacy << subject;
                continue;
            }
            result.errors.push_back({ChainProblem::Kind::Verify, error.code, subject, {}});
            break;
        default:
            result.errors.push_back({ChainProblem::Kind::Verify, error.code, subject, {}});
            break;
        }
        if (element)
            element->problems << error.code;
        if (!timeError)
            result.timeErrorsOnly = false;
        if (!anchorError)
            result.anchorProblemsOnly = false;
    }
    if (result.errors.empty()) {
        result.timeErrorsOnly = false;
        result.anchorProblemsOnly = false;
    }
    if (!result.elements.empty() && result.missingIssuer.isEmpty()) {
        // Anchored when the top certificate is one we trust (a store root is self-issued and was accepted).
        anchored = std::none_of(errors.begin(), errors.end(), [](const VerifyError &error) {
            return error.code == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
                   error.code == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN ||
                   error.code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY ||
                   error.code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
        });
    }
    result.trusted = anchored && result.errors.empty();
    return result;
}

} // namespace ctlv
