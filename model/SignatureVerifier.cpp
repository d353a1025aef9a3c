#include "SignatureVerifier.h"

#include "Der.h"
#include "Oids.h"
#include "OsslPtr.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

#include <QSet>

namespace ctlv {

namespace {
const char RsaEncryption[] = "1.2.840.113549.1.1.1";
const char RsaPss[] = "1.2.840.113549.1.1.10";
const char Mgf1[] = "1.2.840.113549.1.1.8";
const char EcPublicKey[] = "1.2.840.10045.2.1";

bool isRsaSignatureAlgorithm(const QString &oid) {
    static const QSet<QString> oids{
        QStringLiteral("1.2.840.113549.1.1.1"),  QStringLiteral("1.2.840.113549.1.1.4"),
        QStringLiteral("1.2.840.113549.1.1.5"),  QStringLiteral("1.2.840.113549.1.1.11"),
        QStringLiteral("1.2.840.113549.1.1.12"), QStringLiteral("1.2.840.113549.1.1.13"),
        QStringLiteral("1.3.14.3.2.29")};
    return oids.contains(oid);
}

bool isEcdsaSignatureAlgorithm(const QString &oid) {
    return oid == QLatin1String(EcPublicKey) || oid.startsWith(QLatin1String("1.2.840.10045.4."));
}

struct PssParameters {
    QString hashOid = QString::fromLatin1(oid::Sha1); // RFC 4055 defaults
    QString mgfOid = QString::fromLatin1(Mgf1);
    QString mgfHashOid = QString::fromLatin1(oid::Sha1);
    int saltLength = 20;
};

// RSASSA-PSS-params ::= SEQUENCE { [0] hashAlgorithm, [1] maskGenAlgorithm, [2] saltLength, [3] trailerField
// }
PssParameters parsePssParameters(const QByteArray &parameters) {
    PssParameters result;
    if (parameters.isEmpty())
        return result;
    der::Cursor top(parameters);
    der::Cursor fields =
        top.enter(top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "RSASSA-PSS parameters")));
    der::Tlv tlv;
    if (fields.readIf(der::ContextConstructed0, tlv)) {
        der::Cursor wrapper = fields.enter(tlv);
        der::Cursor algorithm = wrapper.enter(
            wrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the PSS hash algorithm")));
        result.hashOid =
            der::decodeOid(parameters, algorithm.expect(der::ObjectIdentifier,
                                                        QT_TRANSLATE_NOOP("ctlv::der", "the PSS hash OID")));
    }
    if (fields.readIf(der::ContextConstructed1, tlv)) {
        der::Cursor wrapper = fields.enter(tlv);
        der::Cursor algorithm = wrapper.enter(wrapper.expect(
            der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the PSS mask generation algorithm")));
        const QString mgf =
            der::decodeOid(parameters, algorithm.expect(der::ObjectIdentifier,
                                                        QT_TRANSLATE_NOOP("ctlv::der", "the MGF OID")));
        result.mgfOid = mgf;
        if (mgf != QLatin1String(Mgf1))
            return result; // no parameters known to read: verifyRawSignature refuses it
        der::Cursor hash = algorithm.enter(
            algorithm.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the MGF1 hash algorithm")));
        result.mgfHashOid =
            der::decodeOid(parameters, hash.expect(der::ObjectIdentifier,
                                                   QT_TRANSLATE_NOOP("ctlv::der", "the MGF1 hash OID")));
    }
    if (fields.readIf(der::ContextConstructed2, tlv)) {
        der::Cursor wrapper = fields.enter(tlv);
        result.saltLength = static_cast<int>(der::decodeSmallInteger(
            parameters, wrapper.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the PSS salt length"))));
    }
    return result;
}

QByteArray computeDigest(const QString &digestName, QByteArrayView data) {
    ossl::EvpMdPtr md(EVP_MD_fetch(nullptr, digestName.toLatin1().constData(), nullptr));
    if (!md) {
        ossl::takeLastError();
        return {};
    }
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &length, md.get(), nullptr) != 1) {
        ossl::takeLastError();
        return {};
    }
    out.resize(length);
    return out;
}

// Old VeriSign timestamps put the bare hash into the PKCS#1 v1.5 block, without the DigestInfo that names
// the algorithm. CryptoAPI accepts them; check by recovering the block and comparing it with the hash.
bool verifyBareDigestSignature(EVP_PKEY *key, const SignerInfoData &signer, const QByteArray &digest) {
    ossl::EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (digest.isEmpty() || !context || EVP_PKEY_verify_recover_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING) != 1) {
        ossl::takeLastError();
        return false;
    }
    QByteArray recovered(EVP_PKEY_get_size(key), Qt::Uninitialized);
    size_t length = static_cast<size_t>(recovered.size());
    const auto *signature = reinterpret_cast<const unsigned char *>(signer.signature.constData());
    if (EVP_PKEY_verify_recover(context.get(), reinterpret_cast<unsigned char *>(recovered.data()), &length,
                                signature, static_cast<size_t>(signer.signature.size())) != 1) {
        ossl::takeLastError();
        return false;
    }
    recovered.resize(static_cast<qsizetype>(length));
    return recovered == digest;
}

// True when the signature holds; otherwise `failure` says why.
// `digest` is the hash of the signed bytes with the signer's digest algorithm: the signature is checked
// over it, so that content hashed once serves every signer (see DigestCache).
bool verifyRawSignature(EVP_PKEY *key, const SignerInfoData &signer, const QByteArray &digest,
                        SignatureFailure &failure, bool &bareDigest) {
    QString digestOid = signer.digestAlgorithm;
    const bool pss = signer.signatureAlgorithm == QLatin1String(RsaPss);
    PssParameters pssParameters;
    const int keyType = EVP_PKEY_get_base_id(key);
    if (pss) {
        try {
            pssParameters = parsePssParameters(signer.signatureAlgorithmParameters);
        } catch (const der::DerError &error) {
            failure = {SignatureFailure::Kind::PssParametersUnreadable, {}, {}, 0, error.message()};
            return false;
        }
        if (pssParameters.mgfOid != QLatin1String(Mgf1)) {
            failure = {SignatureFailure::Kind::UnsupportedMaskGeneration, pssParameters.mgfOid, {}, 0, {}};
            return false;
        }
        if (pssParameters.hashOid != digestOid) {
            failure = {
                SignatureFailure::Kind::PssHashMismatch, {}, {pssParameters.hashOid, digestOid}, 0, {}};
            return false;
        }
        if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_RSA_PSS) {
            failure = {SignatureFailure::Kind::PssWithoutRsaKey, {}, {}, 0, {}};
            return false;
        }
    } else if (isRsaSignatureAlgorithm(signer.signatureAlgorithm)) {
        if (keyType != EVP_PKEY_RSA) {
            failure = {SignatureFailure::Kind::RsaKeyMismatch, {}, {}, 0, {}};
            return false;
        }
    } else if (isEcdsaSignatureAlgorithm(signer.signatureAlgorithm)) {
        if (keyType != EVP_PKEY_EC) {
            failure = {SignatureFailure::Kind::EcdsaKeyMismatch, {}, {}, 0, {}};
            return false;
        }
    } else {
        failure = {
            SignatureFailure::Kind::UnsupportedSignatureAlgorithm, signer.signatureAlgorithm, {}, 0, {}};
        return false;
    }

    const QString digestName = opensslDigestName(digestOid);
    if (digestName.isEmpty()) {
        failure = {SignatureFailure::Kind::UnsupportedDigest, digestOid, {}, 0, {}};
        return false;
    }
    ossl::EvpMdPtr md(EVP_MD_fetch(nullptr, digestName.toLatin1().constData(), nullptr));
    ossl::EvpPkeyCtxPtr keyContext(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!md || digest.isEmpty() || !keyContext || EVP_PKEY_verify_init(keyContext.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(keyContext.get(), md.get()) != 1) {
        failure = {SignatureFailure::Kind::CannotCheck, {}, {}, 0, ossl::takeLastError()};
        return false;
    }
    if (pss) {
        const QString mgfName = opensslDigestName(pssParameters.mgfHashOid);
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext.get(), RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext.get(), pssParameters.saltLength) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(keyContext.get(), mgfName.toLatin1().constData(), nullptr) !=
                1) {
            failure = {SignatureFailure::Kind::PssParametersUnusable, {}, {}, 0, ossl::takeLastError()};
            return false;
        }
    }
    const int result = EVP_PKEY_verify(
        keyContext.get(), reinterpret_cast<const unsigned char *>(signer.signature.constData()),
        static_cast<size_t>(signer.signature.size()),
        reinterpret_cast<const unsigned char *>(digest.constData()), static_cast<size_t>(digest.size()));
    if (result == 1)
        return true;
    const QString detail = ossl::takeLastError();
    if (!pss && keyType == EVP_PKEY_RSA && verifyBareDigestSignature(key, signer, digest)) {
        bareDigest = true;
        return true;
    }
    failure = {SignatureFailure::Kind::SignatureMismatch, {}, {}, 0, detail};
    return false;
}

} // namespace

namespace {
// The hash of a signer's content, computed once per validation for each digest and byte range; empty
// when the list asks for more large hashes than DigestCache allows.
QByteArray contentDigest(const SignerInfoData &signer, QByteArrayView content, const QString &digestName,
                         DigestCache *digests) {
    const QString key = QStringLiteral("%1 %2+%3")
                            .arg(digestName, QString::number(signer.digestedContent.offset),
                                 QString::number(signer.digestedContent.length));
    const bool large = content.size() > DigestCache::LargeHashBytes;
    if (digests) {
        const auto found = digests->byKey.constFind(key);
        if (found != digests->byKey.constEnd())
            return *found;
        if (large && digests->largeHashes >= DigestCache::MaxLargeHashes)
            return {};
    }
    const QByteArray digest = computeDigest(digestName, content);
    if (digests) {
        digests->byKey.insert(key, digest);
        digests->largeHashes += large ? 1 : 0;
    }
    return digest;
}
} // namespace

QString opensslDigestName(const QString &digestOid) {
    const QString name = oid::digestName(digestOid);
    return name.toUpper();
}

SignatureCheck verifySignerInfo(const CtlDocument &document, const SignerInfoData &signer,
                                const QByteArray &signerCertificateDer, DigestCache *digests) {
    SignatureCheck check;
    const QByteArrayView content(document.der.constData() + signer.digestedContent.offset,
                                 signer.digestedContent.length);

    // Attribute hygiene: every type at most once, exactly one messageDigest value.
    QSet<QString> seen;
    QStringList duplicates;
    for (const RawAttribute &attribute : signer.signedAttributes) {
        if (seen.contains(attribute.oid))
            duplicates << attribute.oid;
        seen.insert(attribute.oid);
    }
    check.attributesWellFormed = duplicates.isEmpty();
    if (!duplicates.isEmpty())
        check.failures.push_back({SignatureFailure::Kind::DuplicateAttributes, {}, duplicates, 0, {}});

    if (signer.hasSignedAttributes) {
        if (signer.messageDigests.size() != 1) {
            check.attributesWellFormed = false;
            check.failures.push_back(
                {SignatureFailure::Kind::MessageDigestCount, {}, {}, signer.messageDigests.size(), {}});
        }
        const QString digestName = opensslDigestName(signer.digestAlgorithm);
        const QByteArray digest =
            digestName.isEmpty() ? QByteArray() : contentDigest(signer, content, digestName, digests);
        check.digestMatches =
            !digest.isEmpty() && signer.messageDigests.size() == 1 && signer.messageDigests.first() == digest;
        if (digestName.isEmpty())
            check.failures.push_back(
                {SignatureFailure::Kind::UnsupportedDigest, signer.digestAlgorithm, {}, 0, {}});
        else if (digest.isEmpty())
            check.failures.push_back(
                {SignatureFailure::Kind::TooManyHashes, {}, {}, DigestCache::MaxLargeHashes, {}});
        else if (!check.digestMatches && signer.messageDigests.size() == 1)
            check.failures.push_back(
                {SignatureFailure::Kind::DigestMismatch, signer.digestAlgorithm, {}, 0, {}});
        // A countersignature has no contentType (RFC 5652 11.4); the others must name their content.
        if (signer.kind == SignerKind::Countersignature) {
            check.contentTypeMatches =
                signer.contentTypes.isEmpty() ||
                (signer.contentTypes.size() == 1 && signer.contentTypes.first() == QLatin1String(oid::Data));
        } else {
            check.contentTypeMatches = signer.contentTypes == QStringList{signer.encapsulatedContentType};
        }
        if (!check.contentTypeMatches)
            check.failures.push_back({SignatureFailure::Kind::ContentTypeMismatch,
                                      signer.encapsulatedContentType,
                                      signer.contentTypes,
                                      0,
                                      {}});
    } else {
        // Without signed attributes the signature covers the content itself.
        check.digestMatches = true;
        check.contentTypeMatches = true;
    }

    ossl::X509Ptr certificate = ossl::certificateFromDer(signerCertificateDer);
    EVP_PKEY *key = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    if (!key) {
        ossl::takeLastError();
        check.failures.push_back({SignatureFailure::Kind::PublicKeyUnreadable, {}, {}, 0, {}});
        return check;
    }
    SignatureFailure failure;
    const QString signatureDigestName = opensslDigestName(signer.digestAlgorithm);
    const QByteArray signedDigest = signatureDigestName.isEmpty() ? QByteArray()
                                    : signer.hasSignedAttributes
                                        ? computeDigest(signatureDigestName, signer.signedAttributesDer)
                                        : contentDigest(signer, content, signatureDigestName, digests);
    check.signatureValid = verifyRawSignature(key, signer, signedDigest, failure, check.bareDigestSignature);
    if (!check.signatureValid)
        check.failures.push_back(std::move(failure));
    return check;
}

} // namespace ctlv
