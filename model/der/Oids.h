#pragma once
// The one OID registry of the project: the Windows SDK (wincrypt.h) spelling and a human label
// for every OID that occurs in Certificate Trust Lists, their signatures and their entries.

#include <QString>

namespace ctlv::oid {

// OIDs the parser and the validator compare against.
inline constexpr char Ctl[] = "1.3.6.1.4.1.311.10.1";
inline constexpr char SignedData[] = "1.2.840.113549.1.7.2";
inline constexpr char Data[] = "1.2.840.113549.1.7.1";
inline constexpr char ContentType[] = "1.2.840.113549.1.9.3";
inline constexpr char MessageDigest[] = "1.2.840.113549.1.9.4";
inline constexpr char SigningTime[] = "1.2.840.113549.1.9.5";
inline constexpr char CounterSignature[] = "1.2.840.113549.1.9.6";
inline constexpr char SpcSpOpusInfo[] = "1.3.6.1.4.1.311.2.1.12";
inline constexpr char NestedSignature[] = "1.3.6.1.4.1.311.2.4.1";
inline constexpr char Rfc3161CounterSign[] = "1.3.6.1.4.1.311.3.3.1";
inline constexpr char TstInfo[] = "1.2.840.113549.1.9.16.1.4";
// Security catalogs and the purposes their signers carry.
inline constexpr char CatalogListMember2[] = "1.3.6.1.4.1.311.12.1.3";
inline constexpr char WhqlCrypto[] = "1.3.6.1.4.1.311.10.3.5";
inline constexpr char WhqlCryptoAttested[] = "1.3.6.1.4.1.311.10.3.5.1";
inline constexpr char Nt5Crypto[] = "1.3.6.1.4.1.311.10.3.6";
inline constexpr char OemWhqlCrypto[] = "1.3.6.1.4.1.311.10.3.7";
inline constexpr char EmbeddedNtCrypto[] = "1.3.6.1.4.1.311.10.3.8";
inline constexpr char HardwareDriverExtended[] = "1.3.6.1.4.1.311.10.3.39";
inline constexpr char CtlUsageSigning[] = "1.3.6.1.4.1.311.10.3.1";
inline constexpr char RootListSigner[] = "1.3.6.1.4.1.311.10.3.9";
inline constexpr char QualifiedSubordination[] = "1.3.6.1.4.1.311.10.3.10";
inline constexpr char DisallowedList[] = "1.3.6.1.4.1.311.10.3.30";
inline constexpr char PinRulesSigner[] = "1.3.6.1.4.1.311.10.3.31";
inline constexpr char PinRulesCtl[] = "1.3.6.1.4.1.311.10.3.32";
inline constexpr char PinRulesDomainName[] = "1.3.6.1.4.1.311.10.3.34";
inline constexpr char CertLogListExt[] = "1.3.6.1.4.1.311.10.3.52";
inline constexpr char PinRulesExt[] = "1.3.6.1.4.1.311.10.3.33";
inline constexpr char PinRulesLogEndDateExt[] = "1.3.6.1.4.1.311.10.3.35";
inline constexpr char CatalogList[] = "1.3.6.1.4.1.311.12.1.1";
inline constexpr char AnyExtendedKeyUsage[] = "2.5.29.37.0";
// X.509 certificate extensions (RFC 5280 4.2.1).
inline constexpr char SubjectKeyIdentifierExt[] = "2.5.29.14";
inline constexpr char KeyUsageExt[] = "2.5.29.15";
inline constexpr char BasicConstraintsExt[] = "2.5.29.19";
inline constexpr char AuthorityKeyIdentifierExt[] = "2.5.29.35";
inline constexpr char ExtendedKeyUsageExt[] = "2.5.29.37";
inline constexpr char ServerAuth[] = "1.3.6.1.5.5.7.3.1";
inline constexpr char ClientAuth[] = "1.3.6.1.5.5.7.3.2";
inline constexpr char CodeSigning[] = "1.3.6.1.5.5.7.3.3";
inline constexpr char EmailProtection[] = "1.3.6.1.5.5.7.3.4";
inline constexpr char TimeStamping[] = "1.3.6.1.5.5.7.3.8";
inline constexpr char OcspSigning[] = "1.3.6.1.5.5.7.3.9";
inline constexpr char PropIdPrefix[] = "1.3.6.1.4.1.311.10.11.";
inline constexpr char CertSignatureHashPropId[] = "1.3.6.1.4.1.311.10.11.15";
inline constexpr char SitePinRulesIndex[] = "1.3.6.1.4.1.311.10.4.2";
inline constexpr char SitePinRulesFlags[] = "1.3.6.1.4.1.311.10.4.3";
inline constexpr char RootProgramFlags[] = "1.3.6.1.4.1.311.60.1.1";
inline constexpr char Sha1[] = "1.3.14.3.2.26";
inline constexpr char Md5[] = "1.2.840.113549.2.5";
inline constexpr char Sha256[] = "2.16.840.1.101.3.4.2.1";
inline constexpr char Sha384[] = "2.16.840.1.101.3.4.2.2";
inline constexpr char Sha512[] = "2.16.840.1.101.3.4.2.3";
// Key and signature algorithms the signature verifier and the validator tell apart.
inline constexpr char RsaEncryption[] = "1.2.840.113549.1.1.1";
inline constexpr char Md5WithRsa[] = "1.2.840.113549.1.1.4";
inline constexpr char Sha1WithRsa[] = "1.2.840.113549.1.1.5";
inline constexpr char Mgf1[] = "1.2.840.113549.1.1.8";
inline constexpr char RsaPss[] = "1.2.840.113549.1.1.10";
inline constexpr char Sha256WithRsa[] = "1.2.840.113549.1.1.11";
inline constexpr char Sha384WithRsa[] = "1.2.840.113549.1.1.12";
inline constexpr char Sha512WithRsa[] = "1.2.840.113549.1.1.13";
inline constexpr char OiwSha1WithRsa[] = "1.3.14.3.2.29";
inline constexpr char EcPublicKey[] = "1.2.840.10045.2.1";
inline constexpr char EcdsaSignaturePrefix[] = "1.2.840.10045.4."; // every ECDSA-with-hash OID below it

struct Info {
    const char *oid;
    const char *sdkName; // wincrypt.h / RFC constant, empty when there is none
    const char *label;   // untranslated English label; use label() for the translated text
};

// The entry for an OID, or nullptr when the registry does not know it.
const Info *find(const QString &dotted);
// "Root List Signer" (translated), or the dotted OID itself when unknown.
QString label(const QString &dotted);
// "szOID_ROOT_LIST_SIGNER", or an empty string.
QString sdkName(const QString &dotted);
// "Root List Signer (1.3.6.1.4.1.311.10.3.9)".
QString describe(const QString &dotted);
// The short digest name used in reports and JSON ("sha256"), empty when not a digest OID.
QString digestName(const QString &dotted);

} // namespace ctlv::oid
