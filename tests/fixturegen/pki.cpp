#include "pki.h"

#include <openssl/bn.h>
#include <openssl/x509v3.h>

namespace {

Asn1TimePtr asn1Time(const UtcDateTime &time) {
    // ASN1_TIME_set picks UTCTime up to 2049 and GeneralizedTime after, as RFC 5280 requires.
    Asn1TimePtr result(ASN1_TIME_set(nullptr, static_cast<time_t>(toUnixSeconds(time))));
    checkOpenssl(result != nullptr, "ASN1_TIME_set");
    return result;
}

void addExtension(X509 *certificate, X509V3_CTX *context, int nid, const std::string &value) {
    X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value.c_str()));
    checkOpenssl(extension != nullptr, std::string("building extension ") + OBJ_nid2sn(nid) + " = " + value);
    checkOpenssl(X509_add_ext(certificate, extension.get(), -1) == 1, "X509_add_ext");
}

void setRandomSerial(X509 *certificate) {
    // 64 random bits with the top bit set: positive, always 8 or 9 content octets, unique in practice.
    BignumPtr serial(BN_new());
    checkOpenssl(serial != nullptr, "BN_new");
    checkOpenssl(BN_rand(serial.get(), 64, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) == 1, "BN_rand");
    checkOpenssl(BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr,
                 "BN_to_ASN1_INTEGER");
}

X509NamePtr makeName(const CertificateRequest &request) {
    X509NamePtr name(X509_NAME_new());
    checkOpenssl(name != nullptr, "X509_NAME_new");
    const auto add = [&](const char *field, const std::string &value) {
        checkOpenssl(X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8,
                                                reinterpret_cast<const unsigned char *>(value.c_str()), -1,
                                                -1, 0) == 1,
                     std::string("adding ") + field + " to a name");
    };
    add("C", "US");
    add("O", request.organization);
    add("CN", request.commonName);
    return name;
}

} // namespace

X509Ptr issueCertificate(const CertificateRequest &request, EVP_PKEY *subjectKey, const Identity *issuer,
                         DigestKind signatureDigest) {
    X509Ptr certificate(X509_new());
    checkOpenssl(certificate != nullptr, "X509_new");
    checkOpenssl(X509_set_version(certificate.get(), X509_VERSION_3) == 1, "X509_set_version");
    setRandomSerial(certificate.get());

    const X509NamePtr subject = makeName(request);
    checkOpenssl(X509_set_subject_name(certificate.get(), subject.get()) == 1, "X509_set_subject_name");
    const X509_NAME *issuerName = issuer ? X509_get_subject_name(issuer->certificate.get()) : subject.get();
    checkOpenssl(X509_set_issuer_name(certificate.get(), issuerName) == 1, "X509_set_issuer_name");

    const Asn1TimePtr notBefore = asn1Time(request.notBefore);
    const Asn1TimePtr notAfter = asn1Time(request.notAfter);
    checkOpenssl(X509_set1_notBefore(certificate.get(), notBefore.get()) == 1 &&
                     X509_set1_notAfter(certificate.get(), notAfter.get()) == 1,
                 "setting the validity");
    checkOpenssl(X509_set_pubkey(certificate.get(), subjectKey) == 1, "X509_set_pubkey");

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509 *issuerCertificate = issuer ? issuer->certificate.get() : certificate.get();
    X509V3_set_ctx(&context, issuerCertificate, certificate.get(), nullptr, nullptr, 0);

    if (request.isCa) {
        addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign");
    }
    // Like the Microsoft list signers: no KeyUsage on end-entity certificates, only an EKU.
    if (request.extendedKeyUsages) {
        std::string value = request.ekuCritical ? "critical" : "";
        for (const std::string &usage : *request.extendedKeyUsages)
            value += (value.empty() ? "" : ",") + usage;
        if (!request.extendedKeyUsages->empty())
            addExtension(certificate.get(), &context, NID_ext_key_usage, value);
    }
    addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");

    EVP_PKEY *signingKey = issuer ? issuer->key.get() : subjectKey;
    const DigestAlgorithm &digest = digestAlgorithm(signatureDigest);
    if (isEcKey(signingKey) && digest.ecdsaOid.empty())
        throw FixtureError(std::string("certificates cannot be signed with ECDSA and ") + digest.opensslName);
    MdPtr md(EVP_MD_fetch(nullptr, digest.opensslName, nullptr));
    checkOpenssl(md != nullptr, std::string("EVP_MD_fetch(") + digest.opensslName + ")");
    checkOpenssl(X509_sign(certificate.get(), signingKey, md.get()) > 0,
                 "signing the certificate \"" + request.commonName + "\"");
    return certificate;
}
