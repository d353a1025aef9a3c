// The OID registry's table: every OID the project knows with its Windows SDK name and label, and the
// look-ups that give a person's label or description of an OID.
#include "Oids.h"

#include <QCoreApplication>
#include <QHash>

namespace ctlv::oid {

namespace {

// QT_TRANSLATE_NOOP keeps the labels visible to lupdate under the "ctlv::oid" context.
const Info registry[] = {
    // PKCS#7 / CMS structure and attributes
    {"1.2.840.113549.1.7.1", "szOID_RSA_data", QT_TRANSLATE_NOOP("ctlv::oid", "PKCS #7 data")},
    {"1.2.840.113549.1.7.2", "szOID_RSA_signedData", QT_TRANSLATE_NOOP("ctlv::oid", "PKCS #7 signed data")},
    {"1.2.840.113549.1.9.3", "szOID_RSA_contentType", QT_TRANSLATE_NOOP("ctlv::oid", "Content type")},
    {"1.2.840.113549.1.9.4", "szOID_RSA_messageDigest", QT_TRANSLATE_NOOP("ctlv::oid", "Message digest")},
    {"1.2.840.113549.1.9.5", "szOID_RSA_signingTime", QT_TRANSLATE_NOOP("ctlv::oid", "Signing time")},
    {"1.2.840.113549.1.9.6", "szOID_RSA_counterSign", QT_TRANSLATE_NOOP("ctlv::oid", "Countersignature")},
    {"1.2.840.113549.1.9.25.4", "", QT_TRANSLATE_NOOP("ctlv::oid", "Sequence number (PKCS #9)")},
    {"1.3.6.1.4.1.311.2.1.12", "SPC_SP_OPUS_INFO_OBJID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Program name and information URL (SpcSpOpusInfo)")},
    // Authenticode and security catalogs (wintrust.h, mssip.h)
    {"1.3.6.1.4.1.311.2.1.4", "SPC_INDIRECT_DATA_OBJID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Signed file hash (SPC_INDIRECT_DATA)")},
    {"1.3.6.1.4.1.311.2.1.15", "SPC_PE_IMAGE_DATAOBJ", QT_TRANSLATE_NOOP("ctlv::oid", "PE image hash")},
    {"1.3.6.1.4.1.311.2.1.25", "SPC_CAB_DATA_OBJID", QT_TRANSLATE_NOOP("ctlv::oid", "Flat file hash")},
    {"1.3.6.1.4.1.311.2.1.30", "SPC_SIPINFO_OBJID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Subject interface package")},
    {"1.3.6.1.4.1.311.2.1.21", "SPC_INDIVIDUAL_SP_KEY_PURPOSE_OBJID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Individual code signing")},
    {"1.3.6.1.4.1.311.2.1.22", "SPC_COMMERCIAL_SP_KEY_PURPOSE_OBJID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Commercial code signing")},
    {"1.3.6.1.4.1.311.12.1.3", "szOID_CATALOG_LIST_MEMBER2",
     QT_TRANSLATE_NOOP("ctlv::oid", "Catalog list member (SHA-256 and SHA-1)")},
    {"1.3.6.1.4.1.311.12.2.1", "CAT_NAMEVALUE_OBJID", QT_TRANSLATE_NOOP("ctlv::oid", "Catalog name/value")},
    {"1.3.6.1.4.1.311.12.2.2", "CAT_MEMBERINFO_OBJID", QT_TRANSLATE_NOOP("ctlv::oid", "Catalog member info")},
    {"1.3.6.1.4.1.311.12.2.3", "CAT_MEMBERINFO2_OBJID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Catalog member info 2")},
    // wincrypt.h's names for the driver purposes (as Microsoft's Windows API metadata publishes them:
    // https://microsoft.github.io/windows-docs-rs/doc/windows/Win32/Security/Cryptography/
    // szOID_ATTEST_WHQL_CRYPTO,
    // szOID_EV_WHQL_CRYPTO); the display names as Windows' Enhanced Key Usage field shows them
    // (https://learn.microsoft.com/en-us/windows-hardware/drivers/dashboard/code-signing-validate).
    {"1.3.6.1.4.1.311.10.3.5.1", "szOID_ATTEST_WHQL_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "Windows Hardware Driver Attested Verification")},
    {"1.3.6.1.4.1.311.10.3.39", "szOID_EV_WHQL_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "Windows Hardware Driver Extended Verification")},
    {"1.3.6.1.4.1.311.2.4.1", "szOID_NESTED_SIGNATURE", QT_TRANSLATE_NOOP("ctlv::oid", "Nested signature")},
    {"1.3.6.1.4.1.311.3.3.1", "szOID_RFC3161_counterSign",
     QT_TRANSLATE_NOOP("ctlv::oid", "RFC 3161 timestamp")},
    // CTL content types and list usages
    {"1.3.6.1.4.1.311.10.1", "szOID_CTL", QT_TRANSLATE_NOOP("ctlv::oid", "Certificate Trust List")},
    {"1.3.6.1.4.1.311.10.1.1", "szOID_SORTED_CTL", QT_TRANSLATE_NOOP("ctlv::oid", "Sorted CTL")},
    {"1.3.6.1.4.1.311.10.2", "szOID_NEXT_UPDATE_LOCATION",
     QT_TRANSLATE_NOOP("ctlv::oid", "Next update location")},
    {"1.3.6.1.4.1.311.10.3.1", "szOID_KP_CTL_USAGE_SIGNING",
     QT_TRANSLATE_NOOP("ctlv::oid", "Microsoft Trust List Signing")},
    {"1.3.6.1.4.1.311.10.3.2", "szOID_KP_TIME_STAMP_SIGNING",
     QT_TRANSLATE_NOOP("ctlv::oid", "Microsoft Time Stamping")},
    {"1.3.6.1.4.1.311.10.3.3", "szOID_SERVER_GATED_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "Microsoft Server Gated Crypto")},
    {"1.3.6.1.4.1.311.10.3.4", "szOID_KP_EFS", QT_TRANSLATE_NOOP("ctlv::oid", "Encrypting File System")},
    {"1.3.6.1.4.1.311.10.3.4.1", "szOID_EFS_RECOVERY", QT_TRANSLATE_NOOP("ctlv::oid", "File Recovery")},
    {"1.3.6.1.4.1.311.10.3.5", "szOID_WHQL_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "Windows Hardware Driver Verification")},
    {"1.3.6.1.4.1.311.10.3.6", "szOID_NT5_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "Windows System Component Verification")},
    {"1.3.6.1.4.1.311.10.3.7", "szOID_OEM_WHQL_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "OEM Windows System Component Verification")},
    {"1.3.6.1.4.1.311.10.3.8", "szOID_EMBEDDED_NT_CRYPTO",
     QT_TRANSLATE_NOOP("ctlv::oid", "Embedded Windows System Component Verification")},
    {"1.3.6.1.4.1.311.10.3.9", "szOID_ROOT_LIST_SIGNER", QT_TRANSLATE_NOOP("ctlv::oid", "Root List Signer")},
    {"1.3.6.1.4.1.311.10.3.10", "szOID_KP_QUALIFIED_SUBORDINATION",
     QT_TRANSLATE_NOOP("ctlv::oid", "Qualified Subordination")},
    {"1.3.6.1.4.1.311.10.3.11", "szOID_KP_KEY_RECOVERY", QT_TRANSLATE_NOOP("ctlv::oid", "Key Recovery")},
    {"1.3.6.1.4.1.311.10.3.12", "szOID_KP_DOCUMENT_SIGNING",
     QT_TRANSLATE_NOOP("ctlv::oid", "Document Signing")},
    {"1.3.6.1.4.1.311.10.3.13", "szOID_KP_LIFETIME_SIGNING",
     QT_TRANSLATE_NOOP("ctlv::oid", "Lifetime Signing")},
    {"1.3.6.1.4.1.311.10.3.19", "szOID_REVOKED_LIST_SIGNER",
     QT_TRANSLATE_NOOP("ctlv::oid", "Revoked List Signer")},
    {"1.3.6.1.4.1.311.10.3.30", "szOID_DISALLOWED_LIST", QT_TRANSLATE_NOOP("ctlv::oid", "Disallowed List")},
    {"1.3.6.1.4.1.311.10.3.31", "szOID_PIN_RULES_SIGNER", QT_TRANSLATE_NOOP("ctlv::oid", "Pin Rules Signer")},
    {"1.3.6.1.4.1.311.10.3.32", "szOID_PIN_RULES_CTL", QT_TRANSLATE_NOOP("ctlv::oid", "Pin Rules CTL")},
    {"1.3.6.1.4.1.311.10.3.33", "szOID_PIN_RULES_EXT", QT_TRANSLATE_NOOP("ctlv::oid", "Pin Rules extension")},
    {"1.3.6.1.4.1.311.10.3.34", "szOID_PIN_RULES_DOMAIN_NAME",
     QT_TRANSLATE_NOOP("ctlv::oid", "Pin Rules domain name")},
    {"1.3.6.1.4.1.311.10.3.35", "szOID_PIN_RULES_LOG_END_DATE_EXT",
     QT_TRANSLATE_NOOP("ctlv::oid", "Pin Rules log end date")},
    {"1.3.6.1.4.1.311.10.3.50", "szOID_SYNC_ROOT_CTL_EXT", QT_TRANSLATE_NOOP("ctlv::oid", "Sync root CTL")},
    {"1.3.6.1.4.1.311.10.3.51", "szOID_FLIGHT_CTL_EXT", QT_TRANSLATE_NOOP("ctlv::oid", "Flighted CTL")},
    {"1.3.6.1.4.1.311.10.3.52", "szOID_CERT_LOG_LIST_EXT",
     QT_TRANSLATE_NOOP("ctlv::oid", "Certificate Transparency log list")},
    {"1.3.6.1.4.1.311.10.3.60", "szOID_HPKP_DOMAIN_NAME_CTL",
     QT_TRANSLATE_NOOP("ctlv::oid", "HPKP domain names CTL")},
    {"1.3.6.1.4.1.311.10.3.61", "szOID_HPKP_HEADER_VALUE_CTL",
     QT_TRANSLATE_NOOP("ctlv::oid", "HPKP header values CTL")},
    {"1.3.6.1.4.1.311.10.4.1", "szOID_YESNO_TRUST_ATTR", QT_TRANSLATE_NOOP("ctlv::oid", "Yes/no trust")},
    {"1.3.6.1.4.1.311.10.4.2", "szOID_SITE_PIN_RULES_INDEX_ATTR",
     QT_TRANSLATE_NOOP("ctlv::oid", "Pin rule index")},
    {"1.3.6.1.4.1.311.10.4.3", "szOID_SITE_PIN_RULES_FLAGS_ATTR",
     QT_TRANSLATE_NOOP("ctlv::oid", "Pin rule flags")},
    {"1.3.6.1.4.1.311.12.1.1", "szOID_CATALOG_LIST", QT_TRANSLATE_NOOP("ctlv::oid", "Catalog list")},
    {"1.3.6.1.4.1.311.12.1.2", "szOID_CATALOG_LIST_MEMBER",
     QT_TRANSLATE_NOOP("ctlv::oid", "Catalog list member")},
    // Certificate property ids carried as CTL entry attributes (szOID_CERT_PROP_ID_PREFIX + id)
    {"1.3.6.1.4.1.311.10.11.9", "CERT_ENHKEY_USAGE_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Enabled purposes (EKUs)")},
    {"1.3.6.1.4.1.311.10.11.11", "CERT_FRIENDLY_NAME_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Friendly name")},
    {"1.3.6.1.4.1.311.10.11.15", "szOID_CERT_SIGNATURE_HASH_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Signature hash (disallowed hash)")},
    {"1.3.6.1.4.1.311.10.11.20", "CERT_KEY_IDENTIFIER_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Key identifier")},
    {"1.3.6.1.4.1.311.10.11.25", "CERT_SUBJECT_PUBLIC_KEY_MD5_HASH_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Subject public key MD5")},
    {"1.3.6.1.4.1.311.10.11.29", "CERT_SUBJECT_NAME_MD5_HASH_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Subject name MD5")},
    {"1.3.6.1.4.1.311.10.11.83", "CERT_ROOT_PROGRAM_CERT_POLICIES_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Root program policies (EV)")},
    {"1.3.6.1.4.1.311.10.11.84", "CERT_ROOT_PROGRAM_NAME_CONSTRAINTS_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Root program name constraints")},
    {"1.3.6.1.4.1.311.10.11.98", "CERT_AUTH_ROOT_SHA256_HASH_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "SHA-256 thumbprint")},
    {"1.3.6.1.4.1.311.10.11.104", "CERT_DISALLOWED_FILETIME_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Disabled from")},
    {"1.3.6.1.4.1.311.10.11.105", "CERT_ROOT_PROGRAM_CHAIN_POLICIES_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Root program chain policies")},
    {"1.3.6.1.4.1.311.10.11.122", "CERT_DISALLOWED_ENHKEY_USAGE_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Disabled purposes")},
    {"1.3.6.1.4.1.311.10.11.126", "CERT_NOT_BEFORE_FILETIME_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "NotBefore date")},
    {"1.3.6.1.4.1.311.10.11.127", "CERT_NOT_BEFORE_ENHKEY_USAGE_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "NotBefore purposes")},
    {"1.3.6.1.4.1.311.10.11.128", "CERT_DISALLOWED_CA_FILETIME_PROP_ID",
     QT_TRANSLATE_NOOP("ctlv::oid", "Disallowed as CA from")},
    // Root program qualifiers and chain policies
    {"1.3.6.1.4.1.311.60.1.1", "szOID_ROOT_PROGRAM_FLAGS",
     QT_TRANSLATE_NOOP("ctlv::oid", "Root program flags")},
    {"1.3.6.1.4.1.311.60.3.1", "szOID_ROOT_PROGRAM_AUTO_UPDATE_CA_REVOCATION",
     QT_TRANSLATE_NOOP("ctlv::oid", "Auto-update CA revocation")},
    {"1.3.6.1.4.1.311.60.3.2", "szOID_ROOT_PROGRAM_AUTO_UPDATE_END_REVOCATION",
     QT_TRANSLATE_NOOP("ctlv::oid", "Auto-update end revocation")},
    {"1.3.6.1.4.1.311.60.3.3", "szOID_ROOT_PROGRAM_NO_OCSP_FAILOVER_TO_CRL",
     QT_TRANSLATE_NOOP("ctlv::oid", "No OCSP failover to CRL")},
    {"1.3.6.1.4.1.311.94.1.1", "", QT_TRANSLATE_NOOP("ctlv::oid", "EV disabled (Microsoft root program)")},
    {"1.3.6.1.4.1.311.94.1.2", "", QT_TRANSLATE_NOOP("ctlv::oid", "Microsoft root program purpose 94.1.2")},
    {"1.3.6.1.4.1.311.20.2.2", "szOID_KP_SMARTCARD_LOGON",
     QT_TRANSLATE_NOOP("ctlv::oid", "Smart Card Logon")},
    {"1.3.6.1.4.1.311.21.6", "szOID_KP_KEY_RECOVERY_AGENT",
     QT_TRANSLATE_NOOP("ctlv::oid", "Key Recovery Agent")},
    {"1.3.6.1.4.1.311.61.1.1", "szOID_KP_KERNEL_MODE_CODE_SIGNING",
     QT_TRANSLATE_NOOP("ctlv::oid", "Kernel Mode Code Signing")},
    // PKIX extended key usages
    {"2.5.29.37.0", "szOID_ANY_ENHANCED_KEY_USAGE", QT_TRANSLATE_NOOP("ctlv::oid", "Any purpose")},
    {"1.3.6.1.5.5.7.3.1", "szOID_PKIX_KP_SERVER_AUTH",
     QT_TRANSLATE_NOOP("ctlv::oid", "Server Authentication")},
    {"1.3.6.1.5.5.7.3.2", "szOID_PKIX_KP_CLIENT_AUTH",
     QT_TRANSLATE_NOOP("ctlv::oid", "Client Authentication")},
    {"1.3.6.1.5.5.7.3.3", "szOID_PKIX_KP_CODE_SIGNING", QT_TRANSLATE_NOOP("ctlv::oid", "Code Signing")},
    {"1.3.6.1.5.5.7.3.4", "szOID_PKIX_KP_EMAIL_PROTECTION", QT_TRANSLATE_NOOP("ctlv::oid", "Secure Email")},
    {"1.3.6.1.5.5.7.3.5", "szOID_PKIX_KP_IPSEC_END_SYSTEM",
     QT_TRANSLATE_NOOP("ctlv::oid", "IP security end system")},
    {"1.3.6.1.5.5.7.3.6", "szOID_PKIX_KP_IPSEC_TUNNEL",
     QT_TRANSLATE_NOOP("ctlv::oid", "IP security tunnel termination")},
    {"1.3.6.1.5.5.7.3.7", "szOID_PKIX_KP_IPSEC_USER", QT_TRANSLATE_NOOP("ctlv::oid", "IP security user")},
    {"1.3.6.1.5.5.7.3.8", "szOID_PKIX_KP_TIMESTAMP_SIGNING", QT_TRANSLATE_NOOP("ctlv::oid", "Time Stamping")},
    {"1.3.6.1.5.5.7.3.9", "szOID_PKIX_KP_OCSP_SIGNING", QT_TRANSLATE_NOOP("ctlv::oid", "OCSP Signing")},
    {"1.3.6.1.5.5.8.2.2", "szOID_IPSEC_KP_IKE_INTERMEDIATE",
     QT_TRANSLATE_NOOP("ctlv::oid", "IP security IKE intermediate")},
    // CA/Browser Forum policies
    {"2.23.140.1.1", "", QT_TRANSLATE_NOOP("ctlv::oid", "Extended Validation (CA/B Forum)")},
    {"2.23.140.1.3", "", QT_TRANSLATE_NOOP("ctlv::oid", "EV Code Signing (CA/B Forum)")},
    // Algorithms
    {"1.3.14.3.2.26", "szOID_OIWSEC_sha1", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-1")},
    {"1.2.840.113549.2.5", "szOID_RSA_MD5", QT_TRANSLATE_NOOP("ctlv::oid", "MD5")},
    {"2.16.840.1.101.3.4.2.1", "szOID_NIST_sha256", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-256")},
    {"2.16.840.1.101.3.4.2.2", "szOID_NIST_sha384", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-384")},
    {"2.16.840.1.101.3.4.2.3", "szOID_NIST_sha512", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-512")},
    {"1.2.840.113549.1.1.1", "szOID_RSA_RSA", QT_TRANSLATE_NOOP("ctlv::oid", "RSA")},
    {"1.2.840.113549.1.1.4", "szOID_RSA_MD5RSA", QT_TRANSLATE_NOOP("ctlv::oid", "MD5 with RSA")},
    {"1.2.840.113549.1.1.5", "szOID_RSA_SHA1RSA", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-1 with RSA")},
    {"1.2.840.113549.1.1.10", "szOID_RSA_SSA_PSS", QT_TRANSLATE_NOOP("ctlv::oid", "RSA-PSS")},
    {"1.2.840.113549.1.1.11", "szOID_RSA_SHA256RSA", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-256 with RSA")},
    {"1.2.840.113549.1.1.12", "szOID_RSA_SHA384RSA", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-384 with RSA")},
    {"1.2.840.113549.1.1.13", "szOID_RSA_SHA512RSA", QT_TRANSLATE_NOOP("ctlv::oid", "SHA-512 with RSA")},
    {"1.2.840.10045.2.1", "szOID_ECC_PUBLIC_KEY", QT_TRANSLATE_NOOP("ctlv::oid", "EC public key")},
    {"1.2.840.10045.3.1.7", "szOID_ECC_CURVE_P256", QT_TRANSLATE_NOOP("ctlv::oid", "NIST P-256")},
    {"1.2.840.10045.4.1", "szOID_ECDSA_SHA1", QT_TRANSLATE_NOOP("ctlv::oid", "ECDSA with SHA-1")},
    {"1.2.840.10045.4.3.2", "szOID_ECDSA_SHA256", QT_TRANSLATE_NOOP("ctlv::oid", "ECDSA with SHA-256")},
    {"1.2.840.10045.4.3.3", "szOID_ECDSA_SHA384", QT_TRANSLATE_NOOP("ctlv::oid", "ECDSA with SHA-384")},
    {"1.2.840.10045.4.3.4", "szOID_ECDSA_SHA512", QT_TRANSLATE_NOOP("ctlv::oid", "ECDSA with SHA-512")},
};

const QHash<QString, const Info *> &index() {
    static const QHash<QString, const Info *> table = [] {
        QHash<QString, const Info *> map;
        for (const Info &info : registry)
            map.insert(QLatin1String(info.oid), &info);
        return map;
    }();
    return table;
}

} // namespace

const Info *find(const QString &dotted) {
    return index().value(dotted, nullptr);
}

QString label(const QString &dotted) {
    if (const Info *info = find(dotted))
        return QCoreApplication::translate("ctlv::oid", info->label);
    return dotted;
}

QString sdkName(const QString &dotted) {
    if (const Info *info = find(dotted))
        return QLatin1String(info->sdkName);
    return {};
}

QString describe(const QString &dotted) {
    if (find(dotted))
        return QStringLiteral("%1 (%2)").arg(label(dotted), dotted);
    return dotted;
}

QString digestName(const QString &dotted) {
    if (dotted == QLatin1String(Sha1))
        return QStringLiteral("sha1");
    if (dotted == QLatin1String(Sha256))
        return QStringLiteral("sha256");
    if (dotted == QLatin1String(Sha384))
        return QStringLiteral("sha384");
    if (dotted == QLatin1String(Sha512))
        return QStringLiteral("sha512");
    if (dotted == QLatin1String(Md5))
        return QStringLiteral("md5");
    return {};
}

} // namespace ctlv::oid
