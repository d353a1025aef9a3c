// Verifies one signerInfo with OpenSSL primitives (digest over the right bytes, signed attributes,
// RSA, RSA-PSS and ECDSA signatures), which OpenSSL's PKCS#7/CMS verification cannot do for CTLs.
#include "SignatureVerifier.h"

#include "Der.h"
#include "Oids.h"
#include "OsslPtr.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

#include <QSet>

namespace ctlv {

namespace {
bool isRsaSignatureAlgorithm(const QString &dotted) {
    static const QSet<QString> oids{QLatin1String(oid::RsaEncryption), QLatin1String(oid::Md5WithRsa),
                                    QLatin1String(oid::Sha1WithRsa),   QLatin1String(oid::Sha256WithRsa),
                                    QLatin1String(oid::Sha384WithRsa), QLatin1String(oid::Sha512WithRsa),
                                    QLatin1String(oid::OiwSha1WithRsa)};
    return oids.contains(dotted);
}

bool isEcdsaSignatureAlgorithm(const QString &dotted) {
    return dotted == QLatin1String(oid::EcPublicKey) ||
           dotted.startsWith(QLatin1String(oid::EcdsaSignaturePrefix));
}

struct PssParameters {
    QString hashOid = QString::fromLatin1(oid::Sha1); // RFC 4055 defaults
    QString mgfOid = QString::fromLatin1(oid::Mgf1);
    QString mgfHashOid = QString::fromLatin1(oid::Sha1);
    int saltLength = 20;
};

// The OID of the AlgorithmIdentifier inside the explicit tag `wrapperTlv`: [n] { SEQUENCE { OID ... } }.
der::Result<QString> readAlgorithmOid(const QByteArray &parameters, const der::Cursor &fields,
                                      const der::Tlv &wrapperTlv, const char *algorithmWhat,
                                      const char *oidWhat) {
    CTLV_ASSIGN_OR_RETURN(der::Cursor wrapper, fields.enter(wrapperTlv));
    CTLV_ASSIGN_OR_RETURN(const der::Tlv sequence, wrapper.expect(der::Sequence, algorithmWhat));
    CTLV_ASSIGN_OR_RETURN(der::Cursor algorithm, wrapper.enter(sequence));
    CTLV_ASSIGN_OR_RETURN(const der::Tlv oidTlv, algorithm.expect(der::ObjectIdentifier, oidWhat));
    return der::decodeOid(parameters, oidTlv);
}

// The hash MGF1 (the only mask generation function RFC 4055 defines) uses, once the caller knows it is MGF1.
der::Result<QString> readMgf1HashOid(const QByteArray &parameters, const der::Cursor &fields,
                                     const der::Tlv &wrapperTlv) {
    CTLV_ASSIGN_OR_RETURN(der::Cursor wrapper, fields.enter(wrapperTlv));
    CTLV_ASSIGN_OR_RETURN(
        const der::Tlv sequence,
        wrapper.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the PSS mask generation algorithm")));
    CTLV_ASSIGN_OR_RETURN(der::Cursor algorithm, wrapper.enter(sequence));
    CTLV_ASSIGN_OR_RETURN(
        const der::Tlv mgfTlv,
        algorithm.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the MGF OID")));
    Q_UNUSED(mgfTlv); // MGF1, which the caller has checked
    CTLV_ASSIGN_OR_RETURN(
        const der::Tlv hashTlv,
        algorithm.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "the MGF1 hash algorithm")));
    CTLV_ASSIGN_OR_RETURN(der::Cursor hash, algorithm.enter(hashTlv));
    CTLV_ASSIGN_OR_RETURN(
        const der::Tlv hashOid,
        hash.expect(der::ObjectIdentifier, QT_TRANSLATE_NOOP("ctlv::der", "the MGF1 hash OID")));
    return der::decodeOid(parameters, hashOid);
}

// RSASSA-PSS-params ::= SEQUENCE { [0] hashAlgorithm, [1] maskGenAlgorithm, [2] saltLength, [3] trailerField
// }
der::Result<PssParameters> parsePssParameters(const QByteArray &parameters) {
    PssParameters result;
    if (parameters.isEmpty())
        return result;
    der::Cursor top(parameters);
    CTLV_ASSIGN_OR_RETURN(const der::Tlv sequence,
                          top.expect(der::Sequence, QT_TRANSLATE_NOOP("ctlv::der", "RSASSA-PSS parameters")));
    CTLV_ASSIGN_OR_RETURN(der::Cursor fields, top.enter(sequence));
    CTLV_ASSIGN_OR_RETURN(const std::optional<der::Tlv> hash, fields.readIf(der::ContextConstructed0));
    if (hash) {
        CTLV_ASSIGN_OR_RETURN(result.hashOid,
                              readAlgorithmOid(parameters, fields, *hash,
                                               QT_TRANSLATE_NOOP("ctlv::der", "the PSS hash algorithm"),
                                               QT_TRANSLATE_NOOP("ctlv::der", "the PSS hash OID")));
    }
    CTLV_ASSIGN_OR_RETURN(const std::optional<der::Tlv> mask, fields.readIf(der::ContextConstructed1));
    if (mask) {
        CTLV_ASSIGN_OR_RETURN(
            result.mgfOid,
            readAlgorithmOid(parameters, fields, *mask,
                             QT_TRANSLATE_NOOP("ctlv::der", "the PSS mask generation algorithm"),
                             QT_TRANSLATE_NOOP("ctlv::der", "the MGF OID")));
        if (result.mgfOid != QLatin1String(oid::Mgf1))
            return result; // no parameters known to read: verifyRawSignature refuses it
        CTLV_ASSIGN_OR_RETURN(result.mgfHashOid, readMgf1HashOid(parameters, fields, *mask));
    }
    CTLV_ASSIGN_OR_RETURN(const std::optional<der::Tlv> salt, fields.readIf(der::ContextConstructed2));
    if (salt) {
        CTLV_ASSIGN_OR_RETURN(der::Cursor wrapper, fields.enter(*salt));
        CTLV_ASSIGN_OR_RETURN(
            const der::Tlv saltLength,
            wrapper.expect(der::Integer, QT_TRANSLATE_NOOP("ctlv::der", "the PSS salt length")));
        CTLV_ASSIGN_OR_RETURN(const qint64 length, der::decodeSmallInteger(parameters, saltLength));
        result.saltLength = static_cast<int>(length);
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

// How a signature that holds was made: PKCS #1 v1.5 over the DigestInfo (or PSS, or ECDSA) as the
// standards say, or over the bare hash as old VeriSign timestamps do.
enum class SignatureForm { Standard, BareDigest };

// The form of the signature when it holds, otherwise why not.
// `digest` is the hash of the signed bytes with the signer's digest algorithm: the signature is checked
// over it, so that content hashed once serves every signer (see DigestCache).
Expected<SignatureForm, SignatureFailure> verifyRawSignature(EVP_PKEY *key, const SignerInfoData &signer,
                                                             const QByteArray &digest) {
    QString digestOid = signer.digestAlgorithm;
    const bool pss = signer.signatureAlgorithm == QLatin1String(oid::RsaPss);
    PssParameters pssParameters;
    const int keyType = EVP_PKEY_get_base_id(key);
    if (pss) {
        der::Result<PssParameters> parsed = parsePssParameters(signer.signatureAlgorithmParameters);
        if (!parsed)
            return SignatureFailure{
                SignatureFailure::Kind::PssParametersUnreadable, {}, {}, 0, parsed.error().message()};
        pssParameters = std::move(parsed).value();
        if (pssParameters.mgfOid != QLatin1String(oid::Mgf1))
            return SignatureFailure{
                SignatureFailure::Kind::UnsupportedMaskGeneration, pssParameters.mgfOid, {}, 0, {}};
        if (pssParameters.hashOid != digestOid) {
            return SignatureFailure{
                SignatureFailure::Kind::PssHashMismatch, {}, {pssParameters.hashOid, digestOid}, 0, {}};
        }
        if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_RSA_PSS) {
            return SignatureFailure{SignatureFailure::Kind::PssWithoutRsaKey, {}, {}, 0, {}};
        }
    } else if (isRsaSignatureAlgorithm(signer.signatureAlgorithm)) {
        if (keyType != EVP_PKEY_RSA) {
            return SignatureFailure{SignatureFailure::Kind::RsaKeyMismatch, {}, {}, 0, {}};
        }
    } else if (isEcdsaSignatureAlgorithm(signer.signatureAlgorithm)) {
        if (keyType != EVP_PKEY_EC) {
            return SignatureFailure{SignatureFailure::Kind::EcdsaKeyMismatch, {}, {}, 0, {}};
        }
    } else {
        return SignatureFailure{
            SignatureFailure::Kind::UnsupportedSignatureAlgorithm, signer.signatureAlgorithm, {}, 0, {}};
    }

    const QString digestName = opensslDigestName(digestOid);
    if (digestName.isEmpty()) {
        return SignatureFailure{SignatureFailure::Kind::UnsupportedDigest, digestOid, {}, 0, {}};
    }
    ossl::EvpMdPtr md(EVP_MD_fetch(nullptr, digestName.toLatin1().constData(), nullptr));
    ossl::EvpPkeyCtxPtr keyContext(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!md || digest.isEmpty() || !keyContext || EVP_PKEY_verify_init(keyContext.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(keyContext.get(), md.get()) != 1) {
        return SignatureFailure{SignatureFailure::Kind::CannotCheck, {}, {}, 0, ossl::takeLastError()};
    }
    if (pss) {
        const QString mgfName = opensslDigestName(pssParameters.mgfHashOid);
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext.get(), RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext.get(), pssParameters.saltLength) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(keyContext.get(), mgfName.toLatin1().constData(), nullptr) !=
                1) {
            return SignatureFailure{
                SignatureFailure::Kind::PssParametersUnusable, {}, {}, 0, ossl::takeLastError()};
        }
    }
    const int result = EVP_PKEY_verify(
        keyContext.get(), reinterpret_cast<const unsigned char *>(signer.signature.constData()),
        static_cast<size_t>(signer.signature.size()),
        reinterpret_cast<const unsigned char *>(digest.constData()), static_cast<size_t>(digest.size()));
    if (result == 1)
        return SignatureForm::Standard;
    const QString detail = ossl::takeLastError();
    if (!pss && keyType == EVP_PKEY_RSA && verifyBareDigestSignature(key, signer, digest))
        return SignatureForm::BareDigest;
    return SignatureFailure{SignatureFailure::Kind::SignatureMismatch, {}, {}, 0, detail};
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
        // An RFC 3161 token signs its TSTInfo, whose messageImprint must be the hash of the signature it
        // timestamps: otherwise it is a valid timestamp of something else.
        if (signer.timestampToken && check.digestMatches) {
            const QString imprintName = opensslDigestName(signer.imprintAlgorithm);
            const QByteArrayView stamped(document.der.constData() + signer.timestampedSignature.offset,
                                         signer.timestampedSignature.length);
            const bool imprintMatches =
                !imprintName.isEmpty() && computeDigest(imprintName, stamped) == signer.imprint;
            if (!imprintMatches) {
                check.digestMatches = false;
                check.failures.push_back({imprintName.isEmpty() ? SignatureFailure::Kind::UnsupportedDigest
                                                                : SignatureFailure::Kind::DigestMismatch,
                                          signer.imprintAlgorithm,
                                          {},
                                          0,
                                          {}});
            }
        }
        // A countersignature has no contentType (RFC 5652 11.4); the others must name their content.
        if (signer.kind == SignerKind::Countersignature && !signer.timestampToken) {
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
    const QString signatureDigestName = opensslDigestName(signer.digestAlgorithm);
    const QByteArray signedDigest = signatureDigestName.isEmpty() ? QByteArray()
                                    : signer.hasSignedAttributes
                                        ? computeDigest(signatureDigestName, signer.signedAttributesDer)
                                        : contentDigest(signer, content, signatureDigestName, digests);
    const auto verified = verifyRawSignature(key, signer, signedDigest);
    check.signatureValid = verified.hasValue();
    if (verified)
        check.bareDigestSignature = verified.value() == SignatureForm::BareDigest;
    else
        check.failures.push_back(verified.error());
    return check;
}

} // namespace ctlv
