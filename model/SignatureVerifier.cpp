// Verifies one signerInfo with OpenSSL primitives (digest over the right bytes, signed attributes,
// RSA, RSA-PSS and ECDSA signatures), which OpenSSL's PKCS#7/CMS verification cannot do for CTLs.
#include "SignatureVerifier.h"

#include "Der.h"
#include "Oids.h"
#include "OsslPtr.h"

#include <openssl/err.h>
#include <openssl/rsa.h>

#include <QCoreApplication>
#include <QSet>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::SignatureVerifier)
};

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

// maskGenAlgorithm: MGF1 (the only one RFC 4055 defines) and the hash it uses.
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
    CTLV_ASSIGN_OR_RETURN(const QString mgf, der::decodeOid(parameters, mgfTlv));
    if (mgf != QLatin1String(oid::Mgf1))
        return der::DerError(wrapperTlv.offset,
                             Text::tr("unsupported PSS mask generation function %1").arg(mgf));
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

// Why a signature does not hold, for people.
struct SignatureFailure {
    QString reason;
};

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
        if (!parsed) {
            return SignatureFailure{
                Text::tr("the RSA-PSS parameters cannot be read: %1").arg(parsed.error().message())};
        }
        pssParameters = std::move(parsed).value();
        if (pssParameters.hashOid != digestOid) {
            return SignatureFailure{
                Text::tr("the RSA-PSS hash (%1) differs from the signer's digest algorithm (%2)")
                    .arg(oid::describe(pssParameters.hashOid), oid::describe(digestOid))};
        }
        if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_RSA_PSS) {
            return SignatureFailure{
                Text::tr("an RSA-PSS signature cannot come from the signer's non-RSA key")};
        }
    } else if (isRsaSignatureAlgorithm(signer.signatureAlgorithm)) {
        if (keyType != EVP_PKEY_RSA) {
            return SignatureFailure{Text::tr(
                "the signature algorithm is RSA, but the signer certificate holds a different kind of key")};
        }
    } else if (isEcdsaSignatureAlgorithm(signer.signatureAlgorithm)) {
        if (keyType != EVP_PKEY_EC) {
            return SignatureFailure{Text::tr("the signature algorithm is ECDSA, but the signer certificate "
                                             "holds a different kind of key")};
        }
    } else {
        return SignatureFailure{
            Text::tr("unsupported signature algorithm %1").arg(oid::describe(signer.signatureAlgorithm))};
    }

    const QString digestName = opensslDigestName(digestOid);
    if (digestName.isEmpty()) {
        return SignatureFailure{Text::tr("unsupported digest algorithm %1").arg(oid::describe(digestOid))};
    }
    ossl::EvpMdPtr md(EVP_MD_fetch(nullptr, digestName.toLatin1().constData(), nullptr));
    ossl::EvpPkeyCtxPtr keyContext(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!md || digest.isEmpty() || !keyContext || EVP_PKEY_verify_init(keyContext.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(keyContext.get(), md.get()) != 1) {
        return SignatureFailure{Text::tr("the signature cannot be checked: %1").arg(ossl::takeLastError())};
    }
    if (pss) {
        const QString mgfName = opensslDigestName(pssParameters.mgfHashOid);
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext.get(), RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext.get(), pssParameters.saltLength) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(keyContext.get(), mgfName.toLatin1().constData(), nullptr) !=
                1) {
            return SignatureFailure{
                Text::tr("the RSA-PSS parameters are not usable: %1").arg(ossl::takeLastError())};
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
    return SignatureFailure{
        detail.isEmpty() ? Text::tr("the signature does not match the signer's public key")
                         : Text::tr("the signature does not match the signer's public key (%1)").arg(detail)};
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
            duplicates << oid::describe(attribute.oid);
        seen.insert(attribute.oid);
    }
    check.attributesWellFormed = duplicates.isEmpty();
    if (!duplicates.isEmpty())
        check.failures << Text::tr("the signed attributes contain %1 more than once, which PKCS #9 forbids")
                              .arg(duplicates.join(QStringLiteral(", ")));

    if (signer.hasSignedAttributes) {
        if (signer.messageDigests.size() != 1) {
            check.attributesWellFormed = false;
            check.failures << Text::tr(
                                  "the signed attributes hold %1 messageDigest values instead of exactly one")
                                  .arg(signer.messageDigests.size());
        }
        const QString digestName = opensslDigestName(signer.digestAlgorithm);
        const QByteArray digest =
            digestName.isEmpty() ? QByteArray() : contentDigest(signer, content, digestName, digests);
        check.digestMatches =
            !digest.isEmpty() && signer.messageDigests.size() == 1 && signer.messageDigests.first() == digest;
        if (digestName.isEmpty())
            check.failures
                << Text::tr("unsupported digest algorithm %1").arg(oid::describe(signer.digestAlgorithm));
        else if (digest.isEmpty())
            check.failures << Text::tr(
                                  "the list asks for more than %1 different hashes of its content (by "
                                  "digest algorithm and byte range), the limit; this one was not computed")
                                  .arg(DigestCache::MaxLargeHashes);
        else if (!check.digestMatches && signer.messageDigests.size() == 1)
            check.failures << Text::tr("the content's %1 hash does not equal the signed messageDigest: the "
                                       "signed bytes were changed after signing")
                                  .arg(oid::label(signer.digestAlgorithm));
        // A countersignature has no contentType (RFC 5652 11.4); the others must name their content.
        if (signer.kind == SignerKind::Countersignature) {
            check.contentTypeMatches =
                signer.contentTypes.isEmpty() ||
                (signer.contentTypes.size() == 1 && signer.contentTypes.first() == QLatin1String(oid::Data));
        } else {
            check.contentTypeMatches = signer.contentTypes == QStringList{signer.encapsulatedContentType};
        }
        if (!check.contentTypeMatches)
            check.failures
                << Text::tr("the signed contentType attribute (%1) does not name the signed content (%2)")
                       .arg(signer.contentTypes.isEmpty() ? Text::tr("missing")
                                                          : signer.contentTypes.join(QStringLiteral(", ")),
                            oid::describe(signer.encapsulatedContentType));
    } else {
        // Without signed attributes the signature covers the content itself.
        check.digestMatches = true;
        check.contentTypeMatches = true;
    }

    ossl::X509Ptr certificate = ossl::certificateFromDer(signerCertificateDer);
    EVP_PKEY *key = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    if (!key) {
        ossl::takeLastError();
        check.failures << Text::tr("the signer certificate's public key cannot be read");
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
        check.failures << verified.error().reason;
    return check;
}

} // namespace ctlv
