// clang-format off
// ctlfixture: writes synthetic, correctly signed Microsoft Certificate Trust Lists (and deliberately
// broken variants) for testing the CTL viewer's parser and verifier. Run "ctlfixture --help" for options.
//
// The output is built like Microsoft's authroot.stl (see shared/docs/ctl-format.md sections 4-8):
//   ContentInfo { signedData, [0] SignedData { version 1, digestAlgorithms { <digest> NULL },
//     contentInfo { 1.3.6.1.4.1.311.10.1, [0] EXPLICIT <CTL SEQUENCE> },   -- --encoding octet: in an
//                                                                           -- OCTET STRING (CMS style)
//     [0] IMPLICIT certificates, signerInfos { SignerInfo v1 } } }
// The primary messageDigest covers the CTL SEQUENCE's value octets (tag and length excluded), or with
// --encoding octet the OCTET STRING's content (the whole CTL TLV, as CMS defines); the nested SHA-256
// signature (--nested) covers the whole CTL TLV.
//
// Synthetic entries, i = 0 .. N-1, with s(i) = ASCII "ctlfixture entry <i>" (decimal i, no padding):
//   identifier             SHA-1(s(i))   (subjectAlgorithm is sha1, as in authroot)
//   .11  friendly name     UTF-16LE "Fixture Root <i>" + UTF-16 NUL (entry 0: --first-name TEXT if given)
//   .98  SHA-256           SHA-256(s(i))
//   .20  key identifier    SHA-1("ctlfixture key <i>")
//   .29  subject-name MD5  MD5("ctlfixture subject <i>")
//   .9   EKUs              serverAuth + clientAuth when i is even, codeSigning when i is odd
//   i % 5 == 1    .104 disabled date 2020-01-01T00:00:00Z (8-byte little-endian FILETIME)
//                 + .122 disabled EKUs {serverAuth}
//   i % 5 == 2    .104 present but EMPTY (0 bytes)
//   i % 7 == 3    .126 NotBefore 2021-02-03T04:05:06Z (little-endian FILETIME) + .127 EKUs {codeSigning}
//   i % 11 == 4   unknown attribute 1.3.6.1.4.1.311.10.11.9999 = 01 02 03
//   i % 3 == 0    .83 CertificatePolicies { 2.23.140.1.1 (EV),
//                                         qualifier 1.3.6.1.4.1.311.60.1.1 = BIT STRING C0 }
//   i % 4 == 2    .105 chain policies { 1.3.6.1.4.1.311.60.3.1 }
// Property OIDs are 1.3.6.1.4.1.311.10.11.<n>; every value is SET { OCTET STRING <property bytes> }.
// The attributes of an entry form a DER SET OF, sorted by encoding (as in the real files).
// With --minimal-entries an entry holds only its identifier and .11.
// --first-entry N numbers the entries N .. N+count-1 (for lists that add and remove entries).
// --alter I:WHAT changes entry I (for diffs): name ("Fixture Root <i> renamed"), ekus-add (+ email
// protection), ekus-remove (the last purpose dropped), ekus-reorder (the same purposes in reverse order:
// other bytes, no change), disable (.104 2024-05-01 + .122 {serverAuth, codeSigning}), notbefore (.126
// 2024-06-01 + .127 {codeSigning}), unknown (unknown attribute value 04 05 06), sha256 (SHA-256 of
// "ctlfixture altered <i>").
// With --entries 0 the optional entries field is absent.
//
// With --catalog the list is a Windows security catalog (.cat) instead: subjectUsage 1.3.6.1.4.1.311.12.1.1,
// subjectAlgorithm 1.3.6.1.4.1.311.12.1.2, a 16-byte binary list identifier (GUID bytes 00 01 .. 0f unless
// --list-id), no sequence number, catalog attributes OS=_v100_X64 and HWID1=usb\vid_1234&pid_5678
// (CAT_NAMEVALUE extensions, flags 0x10010001), and one entry per --member / --member-file (default: the two
// members "fixture.inf" flat SHA-1("ctlfixture member 0") and "fixture.sys" PE SHA-1("ctlfixture member 1")):
//   tag                    UTF-16LE uppercase hex of the hash + NUL
//   SPC_INDIRECT_DATA      { { 1.3.6.1.4.1.311.2.1.15 (pe) or .25 (flat) }, DigestInfo { alg, hash } }
//   CAT_MEMBERINFO         { BMPString SIP GUID (PE {C689AAB8-8E78-11D0-8C47-00C04FC295EE},
//                            flat {DE351A42-8E59-11D0-8C47-00C04FC295EE}), INTEGER 512 }
//   CAT_NAMEVALUE          File = the name, OSAttr = "2:10.0" (flags 0x10010001)
// The signer's EKU defaults to codeSigning; --tamper-content then flips the last hash byte of member 0.
// --rfc3161 adds an RFC 3161 timestamp token (unsigned attribute 1.3.6.1.4.1.311.3.3.1) by
// "Fixture Time Stamping" over the primary signature value, genTime = --countersign-time.
//
// Exit codes: 0 success, 2 any error (message on stderr).
// clang-format on

#include "der.h"
#include "ossl.h"
#include "pki.h"
#include "timeutil.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using der::Bytes;
using der::ByteView;

// ---------------------------------------------------------------------------------------------------
// Object identifiers
// ---------------------------------------------------------------------------------------------------
namespace oid {
constexpr std::string_view signedData = "1.2.840.113549.1.7.2";
constexpr std::string_view data = "1.2.840.113549.1.7.1";
constexpr std::string_view ctl = "1.3.6.1.4.1.311.10.1"; // szOID_CTL
constexpr std::string_view contentType = "1.2.840.113549.1.9.3";
constexpr std::string_view messageDigest = "1.2.840.113549.1.9.4";
constexpr std::string_view signingTime = "1.2.840.113549.1.9.5";
constexpr std::string_view counterSignature = "1.2.840.113549.1.9.6";
constexpr std::string_view spcSpOpusInfo = "1.3.6.1.4.1.311.2.1.12";
constexpr std::string_view nestedSignature = "1.3.6.1.4.1.311.2.4.1";
constexpr std::string_view rsaEncryption = "1.2.840.113549.1.1.1";
constexpr std::string_view rsassaPss = "1.2.840.113549.1.1.10";
constexpr std::string_view mgf1 = "1.2.840.113549.1.1.8";
constexpr std::string_view sha1 = "1.3.14.3.2.26";
constexpr std::string_view rootListSigner = "1.3.6.1.4.1.311.10.3.9"; // szOID_ROOT_LIST_SIGNER
constexpr std::string_view certLogList = "1.3.6.1.4.1.311.10.3.52";   // szOID_CERT_LOG_LIST_EXT
constexpr std::string_view serverAuth = "1.3.6.1.5.5.7.3.1";
constexpr std::string_view clientAuth = "1.3.6.1.5.5.7.3.2";
constexpr std::string_view codeSigning = "1.3.6.1.5.5.7.3.3";
constexpr std::string_view evPolicy = "2.23.140.1.1";
constexpr std::string_view rootProgramFlags = "1.3.6.1.4.1.311.60.1.1";
constexpr std::string_view autoUpdateCaRevocation = "1.3.6.1.4.1.311.60.3.1";
// Certificate property OIDs: szOID_CERT_PROP_ID_PREFIX + decimal CERT_*_PROP_ID.
constexpr std::string_view propEnhancedKeyUsage = "1.3.6.1.4.1.311.10.11.9";
constexpr std::string_view propFriendlyName = "1.3.6.1.4.1.311.10.11.11";
constexpr std::string_view propKeyIdentifier = "1.3.6.1.4.1.311.10.11.20";
constexpr std::string_view propSubjectNameMd5 = "1.3.6.1.4.1.311.10.11.29";
constexpr std::string_view propRootProgramCertPolicies = "1.3.6.1.4.1.311.10.11.83";
constexpr std::string_view propAuthRootSha256 = "1.3.6.1.4.1.311.10.11.98";
constexpr std::string_view propDisallowedFiletime = "1.3.6.1.4.1.311.10.11.104";
constexpr std::string_view propRootProgramChainPolicies = "1.3.6.1.4.1.311.10.11.105";
constexpr std::string_view propDisallowedEnhancedKeyUsage = "1.3.6.1.4.1.311.10.11.122";
constexpr std::string_view propNotBeforeFiletime = "1.3.6.1.4.1.311.10.11.126";
constexpr std::string_view propNotBeforeEnhancedKeyUsage = "1.3.6.1.4.1.311.10.11.127";
constexpr std::string_view propUnknownForTests = "1.3.6.1.4.1.311.10.11.9999";
// Security catalogs
constexpr std::string_view catalogList = "1.3.6.1.4.1.311.12.1.1";
constexpr std::string_view catalogListMember = "1.3.6.1.4.1.311.12.1.2";
constexpr std::string_view catNameValue = "1.3.6.1.4.1.311.12.2.1";
constexpr std::string_view catMemberInfo = "1.3.6.1.4.1.311.12.2.2";
constexpr std::string_view spcIndirectData = "1.3.6.1.4.1.311.2.1.4";
constexpr std::string_view spcPeImageData = "1.3.6.1.4.1.311.2.1.15";
constexpr std::string_view spcCabData = "1.3.6.1.4.1.311.2.1.25";
constexpr std::string_view rfc3161CounterSign = "1.3.6.1.4.1.311.3.3.1";
constexpr std::string_view tstInfo = "1.2.840.113549.1.9.16.1.4";
constexpr std::string_view signingCertificate = "1.2.840.113549.1.9.16.2.12";
constexpr std::string_view fixtureTsaPolicy = "1.3.6.1.4.1.311.3.2.1";
} // namespace oid

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------
enum class ContentEncoding { Explicit, OctetString };

// One member of a --catalog list.
struct CatalogMemberSpec {
    bool peImage = false;
    DigestKind digest = DigestKind::Sha1;
    Bytes hash;
    std::string file;
};

// What the primary signature is computed over (--signature-over); only Attributes is correct.
enum class SignatureCoverage { Attributes, OtherAttributes, ImplicitTag, Content };

struct Options {
    std::string outPath;
    ContentEncoding encoding = ContentEncoding::Explicit;

    // CTL fields
    std::vector<std::string> usages; // empty: default szOID_ROOT_LIST_SIGNER
    std::optional<std::string> listIdentifier;
    std::optional<std::string> firstFriendlyName; // --first-name
    bool withSequenceNumber = true;
    UtcDateTime thisUpdate = *parseIsoDateTime("2025-06-16T17:56:11Z");
    std::optional<UtcDateTime> nextUpdate;
    bool forceGeneralizedTime = false;
    std::uint64_t entryCount = 3;
    std::uint64_t firstEntry = 0;                                  // --first-entry
    std::map<std::uint64_t, std::vector<std::string>> alterations; // --alter I:WHAT
    bool minimalEntries = false;
    unsigned ctLogKeyCount = 0;

    // Signer and chain
    KeyKind signerKey = KeyKind::Rsa2048;
    std::optional<KeyKind> caKey; // default: same as signerKey
    DigestKind digest = DigestKind::Sha256;
    std::optional<DigestKind> certificateDigest; // default: digest
    bool pss = false;
    std::vector<std::string> signerEkus; // empty: default szOID_ROOT_LIST_SIGNER
    bool signerWithoutEku = false;
    std::string signerCommonName = "Fixture Trust List Publisher";
    UtcDateTime signerNotBefore = *parseIsoDateTime("2025-01-01T00:00:00Z");
    UtcDateTime signerNotAfter = *parseIsoDateTime("2026-01-01T00:00:00Z");
    unsigned chainDepth = 2;
    std::vector<std::string> intermediateEkus;
    bool includeRoot = false;
    bool omitIntermediates = false;
    bool caFirst = false;
    std::string programName = "Fixture Trust List";
    std::string moreInfoUrl = "http://www.example.com/ctlfixture";

    // Files in and out
    std::optional<std::string> writeRootPath;
    std::optional<std::string> writeChainDirectory;
    std::optional<std::string> rootKeyIn;
    std::optional<std::string> rootCertIn;
    std::optional<std::string> writeRootKeyPath;
    std::optional<std::string> factsPath;

    // Extra signatures
    bool nested = false;
    bool countersign = false;
    std::vector<std::string> countersignerEkus; // empty: timeStamping
    std::optional<UtcDateTime> countersignTime;

    // Deliberate breakage
    bool tamperContent = false;
    bool tamperSignedAttribute = false;
    bool wrongKey = false;
    bool contentTypeMismatch = false;
    bool tamperNested = false;
    bool noSignerInfos = false;
    bool duplicateSignedAttribute = false;
    std::uint64_t trailingBytes = 0;
    SignatureCoverage signatureOver = SignatureCoverage::Attributes;
    bool signWithOtherCertificate = false;
    bool sidWrongSerial = false;

    // Security catalog (--catalog)
    bool catalog = false;
    std::vector<CatalogMemberSpec> catalogMembers;
    DigestKind memberDigest = DigestKind::Sha1;
    bool rfc3161 = false;
};

constexpr const char *usageText = R"(usage: ctlfixture --out FILE [options]

Writes a synthetic Microsoft Certificate Trust List (PKCS#7 SignedData, eContentType 1.3.6.1.4.1.311.10.1).

Envelope:
  --encoding explicit|octet     explicit: CTL SEQUENCE directly under [0] (Microsoft, default)
                                octet: CTL SEQUENCE inside an OCTET STRING (CMS style)
CTL content:
  --usage OID                   subjectUsage (repeatable; default 1.3.6.1.4.1.311.10.3.9)
  --list-id TEXT                listIdentifier (UTF-16LE + NUL)
  --no-sequence                 omit sequenceNumber (default 0x14 || FILETIME(thisUpdate), big-endian)
  --this-update YYYY-MM-DDTHH:MM:SSZ   default 2025-06-16T17:56:11Z
  --next-update YYYY-MM-DDTHH:MM:SSZ   default absent
  --generalized-time            GeneralizedTime even before 2050
  --entries N                   default 3 (0 = no entries field)
  --minimal-entries             entries hold identifier + friendly name only
  --first-name TEXT             friendly name of entry 0 (UTF-8 in, UTF-16LE + NUL in the file)
  --first-entry N               number the entries from N (default 0)
  --alter I:WHAT                change entry I (repeatable): name, ekus-add, ekus-remove, ekus-reorder,
                                disable, notbefore, unknown, sha256 (see the top of ctlfixture.cpp)
  --ctlogs N                    ctlExtension 1.3.6.1.4.1.311.10.3.52 with N fresh EC P-256 keys
Signer and chain:
  --key rsa2048|rsa4096|ec256   signer key (default rsa2048); weak keys for tests: rsa1024, rsa-e1
                                (2048-bit modulus, public exponent 1), ec256-explicit (P-256 with
                                explicit curve parameters)
  --ca-key rsa2048|rsa4096|ec256  key of generated CAs and the TSA (default: same as --key)
  --digest sha1|sha256|sha384|sha512|md5   default sha256
  --cert-digest DIGEST          certificate signature digest (default: --digest)
  --pss                         RSASSA-PSS signerInfo signature
  --signer-eku OID              repeatable; default 1.3.6.1.4.1.311.10.3.9
  --signer-no-eku               no EKU extension in the signer certificate
  --signer-cn TEXT              default "Fixture Trust List Publisher"
  --signer-not-before DATE      default 2025-01-01T00:00:00Z
  --signer-not-after DATE       default 2026-01-01T00:00:00Z
  --chain-depth N               CA certificates above the signer, root included (default 2, minimum 1)
  --intermediate-eku OID        repeatable; EKUs of every intermediate (default: no EKU extension)
  --include-root                put the root in the certificate bag
  --omit-intermediates          leave the intermediates out of the bag
  --ca-first                    CA certificates before the signer in the bag
  --program-name TEXT           SpcSpOpusInfo programName (default "Fixture Trust List")
  --more-info URL               SpcSpOpusInfo moreInfo URL (default http://www.example.com/ctlfixture)
  --root-key-in FILE --root-cert-in FILE   reuse an existing root (PEM)
  --catalog                     write a security catalog (.cat) instead of a root list (see the top of
                                ctlfixture.cpp for its layout)
  --member pe|flat:sha1|sha256:HEX:NAME   a catalog member with this hash and File name (repeatable)
  --member-file PATH            a flat catalog member: the hash of the file's bytes, File = its name
  --member-digest sha1|sha256   hash of --member-file (default sha1)
  --rfc3161                     RFC 3161 timestamp token (unsigned attribute 1.3.6.1.4.1.311.3.3.1)
  --write-root FILE             root certificate (PEM)
  --write-root-key FILE         root private key (PEM, unencrypted)
  --write-chain DIR             root.pem, ca1.pem (issued by the root) ..., signer.pem [, tsa.pem]
  --facts FILE                  JSON facts about the generated file
Extra signatures:
  --nested                      nested SHA-256 signature (unsigned attribute 1.3.6.1.4.1.311.2.4.1)
  --countersign                 PKCS#9 countersignature by "Fixture Time Stamping" (issued by the root)
  --countersign-eku OID         repeatable; EKUs of the countersigner (default timeStamping, critical)
  --countersign-time DATE       signingTime of the countersignature (default thisUpdate + 1 hour)
Deliberate breakage:
  --tamper-content              after signing, flip the lowest bit of the last character of entry 0's
                                friendly name ("Fixture Root 0" becomes "Fixture Root 1")
  --tamper-signed-attr          change the first character of programName after signing
  --wrong-key                   sign with a fresh key that does not belong to the signer certificate
  --content-type-mismatch       contentType attribute = id-data (properly signed)
  --tamper-nested               corrupt one byte of the nested signature value (implies --nested)
  --no-signer-infos             no certificates and an empty signerInfos SET
  --duplicate-signed-attr       contentType attribute twice (properly signed)
  --trailing-bytes N            append N zero bytes after the DER
  --signature-over WHAT         what the primary signature covers (the file always holds the correct
                                signed attributes, so the messageDigest and contentType match):
                                attributes        the DER SET of the signed attributes (correct, default)
                                other-attributes  the same attributes plus a signingTime the file lacks
                                implicit-tag      the attributes as tagged [0] in the file, not as a SET
                                content           the CTL content itself, as if there were no attributes
  --sign-with-other-cert        a second certificate "Fixture Other Publisher" (same issuer, same EKUs)
                                goes into the bag after the signer and its key signs, while
                                issuerAndSerialNumber still names the signer certificate
  --sid-wrong-serial            issuerAndSerialNumber names the signer's issuer with a serial number that
                                differs in its lowest bit (no certificate in the file has it)
)";

[[noreturn]] void usageError(const std::string &message) {
    throw FixtureError(message + " (see ctlfixture --help)");
}

std::uint64_t parseCount(const std::string &option, const std::string &text) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size())
        usageError(option + " needs a non-negative integer, got \"" + text + "\"");
    return value;
}

UtcDateTime parseDate(const std::string &option, const std::string &text) {
    const std::optional<UtcDateTime> time = parseIsoDateTime(text);
    if (!time)
        usageError(option + " needs YYYY-MM-DDTHH:MM:SSZ, got \"" + text + "\"");
    return *time;
}

KeyKind parseKeyKind(const std::string &option, const std::string &text) {
    if (text == "rsa2048")
        return KeyKind::Rsa2048;
    if (text == "rsa4096")
        return KeyKind::Rsa4096;
    if (text == "ec256")
        return KeyKind::EcP256;
    if (text == "rsa1024")
        return KeyKind::Rsa1024;
    if (text == "rsa-e1")
        return KeyKind::RsaExponent1;
    if (text == "ec256-explicit")
        return KeyKind::EcP256Explicit;
    usageError(option + " must be rsa2048, rsa4096, ec256, rsa1024, rsa-e1 or ec256-explicit");
}

DigestKind parseDigestKind(const std::string &option, const std::string &text) {
    for (DigestKind kind :
         {DigestKind::Md5, DigestKind::Sha1, DigestKind::Sha256, DigestKind::Sha384, DigestKind::Sha512})
        if (digestAlgorithm(kind).optionName == text)
            return kind;
    usageError(option + " must be sha1, sha256, sha384, sha512 or md5");
}

std::string checkedOid(const std::string &option, const std::string &text) {
    try {
        der::oid(text);
    } catch (const std::invalid_argument &) {
        usageError(option + " needs a dotted object identifier, got \"" + text + "\"");
    }
    return text;
}

Options parseCommandLine(int argc, char **argv) {
    Options options;
    std::vector<std::string> arguments(argv + 1, argv + argc);
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string name = arguments[i];
        std::optional<std::string> inlineValue;
        if (const auto equals = name.find('='); name.starts_with("--") && equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name.resize(equals);
        }
        const auto value = [&]() -> std::string {
            if (inlineValue)
                return *inlineValue;
            if (i + 1 >= arguments.size())
                usageError(name + " needs a value");
            return arguments[++i];
        };
        const auto flag = [&](bool &target) {
            if (inlineValue)
                usageError(name + " takes no value");
            target = true;
        };

        if (name == "--help" || name == "-h") {
            std::cout << usageText;
            std::exit(0);
        } else if (name == "--out") {
            options.outPath = value();
        } else if (name == "--encoding") {
            const std::string text = value();
            if (text == "explicit")
                options.encoding = ContentEncoding::Explicit;
            else if (text == "octet")
                options.encoding = ContentEncoding::OctetString;
            else
                usageError("--encoding must be explicit or octet");
        } else if (name == "--usage") {
            options.usages.push_back(checkedOid(name, value()));
        } else if (name == "--list-id") {
            options.listIdentifier = value();
        } else if (name == "--no-sequence") {
            bool omitSequenceNumber = false;
            flag(omitSequenceNumber);
            options.withSequenceNumber = false;
        } else if (name == "--this-update") {
            options.thisUpdate = parseDate(name, value());
        } else if (name == "--next-update") {
            options.nextUpdate = parseDate(name, value());
        } else if (name == "--generalized-time") {
            flag(options.forceGeneralizedTime);
        } else if (name == "--entries") {
            options.entryCount = parseCount(name, value());
        } else if (name == "--minimal-entries") {
            flag(options.minimalEntries);
        } else if (name == "--first-entry") {
            options.firstEntry = parseCount(name, value());
        } else if (name == "--alter") {
            const std::string text = value();
            const auto colon = text.find(':');
            static const std::vector<std::string> kinds = {"name",         "ekus-add", "ekus-remove",
                                                           "ekus-reorder", "disable",  "notbefore",
                                                           "unknown",      "sha256"};
            if (colon == std::string::npos ||
                std::find(kinds.begin(), kinds.end(), text.substr(colon + 1)) == kinds.end())
                usageError("--alter takes I:WHAT with WHAT one of name, ekus-add, ekus-remove, ekus-reorder, "
                           "disable, notbefore, unknown, sha256");
            options.alterations[parseCount(name, text.substr(0, colon))].push_back(text.substr(colon + 1));
        } else if (name == "--first-name") {
            options.firstFriendlyName = value();
        } else if (name == "--ctlogs") {
            const std::uint64_t count = parseCount(name, value());
            if (count > 10000)
                usageError("--ctlogs is limited to 10000 keys");
            options.ctLogKeyCount = static_cast<unsigned>(count);
        } else if (name == "--key") {
            options.signerKey = parseKeyKind(name, value());
        } else if (name == "--ca-key") {
            options.caKey = parseKeyKind(name, value());
        } else if (name == "--digest") {
            options.digest = parseDigestKind(name, value());
        } else if (name == "--cert-digest") {
            options.certificateDigest = parseDigestKind(name, value());
        } else if (name == "--pss") {
            flag(options.pss);
        } else if (name == "--signer-eku") {
            options.signerEkus.push_back(checkedOid(name, value()));
        } else if (name == "--signer-no-eku") {
            flag(options.signerWithoutEku);
        } else if (name == "--signer-cn") {
            options.signerCommonName = value();
        } else if (name == "--signer-not-before") {
            options.signerNotBefore = parseDate(name, value());
        } else if (name == "--signer-not-after") {
            options.signerNotAfter = parseDate(name, value());
        } else if (name == "--chain-depth") {
            const std::uint64_t depth = parseCount(name, value());
            if (depth < 1 || depth > 20)
                usageError("--chain-depth must be between 1 and 20");
            options.chainDepth = static_cast<unsigned>(depth);
        } else if (name == "--intermediate-eku") {
            options.intermediateEkus.push_back(checkedOid(name, value()));
        } else if (name == "--include-root") {
            flag(options.includeRoot);
        } else if (name == "--omit-intermediates") {
            flag(options.omitIntermediates);
        } else if (name == "--ca-first") {
            flag(options.caFirst);
        } else if (name == "--program-name") {
            options.programName = value();
        } else if (name == "--more-info") {
            options.moreInfoUrl = value();
        } else if (name == "--write-root") {
            options.writeRootPath = value();
        } else if (name == "--write-chain") {
            options.writeChainDirectory = value();
        } else if (name == "--root-key-in") {
            options.rootKeyIn = value();
        } else if (name == "--root-cert-in") {
            options.rootCertIn = value();
        } else if (name == "--write-root-key") {
            options.writeRootKeyPath = value();
        } else if (name == "--facts") {
            options.factsPath = value();
        } else if (name == "--nested") {
            flag(options.nested);
        } else if (name == "--catalog") {
            flag(options.catalog);
        } else if (name == "--member") {
            const std::string text = value();
            CatalogMemberSpec member;
            const auto first = text.find(':');
            const auto second = first == std::string::npos ? first : text.find(':', first + 1);
            const auto third = second == std::string::npos ? second : text.find(':', second + 1);
            if (third == std::string::npos)
                usageError("--member wants KIND:DIGEST:HEX:NAME");
            const std::string kind = text.substr(0, first);
            if (kind != "pe" && kind != "flat")
                usageError("--member kind must be pe or flat");
            member.peImage = kind == "pe";
            member.digest = parseDigestKind(name, text.substr(first + 1, second - first - 1));
            const std::string hex = text.substr(second + 1, third - second - 1);
            if (hex.empty() || hex.size() % 2 != 0)
                usageError("--member hash must be hex");
            for (std::size_t i = 0; i < hex.size(); i += 2) {
                unsigned byte = 0;
                const auto [end, error] = std::from_chars(hex.data() + i, hex.data() + i + 2, byte, 16);
                if (error != std::errc() || end != hex.data() + i + 2)
                    usageError("--member hash must be hex");
                member.hash.push_back(static_cast<std::uint8_t>(byte));
            }
            member.file = text.substr(third + 1);
            options.catalogMembers.push_back(std::move(member));
        } else if (name == "--member-file") {
            const std::string path = value();
            std::ifstream in(path, std::ios::binary);
            if (!in)
                usageError("cannot read --member-file " + path);
            const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            CatalogMemberSpec member;
            member.digest = options.memberDigest;
            member.hash = hashBytes(member.digest, asBytes(content));
            member.file = std::filesystem::path(path).filename().string();
            options.catalogMembers.push_back(std::move(member));
        } else if (name == "--member-digest") {
            options.memberDigest = parseDigestKind(name, value());
        } else if (name == "--rfc3161") {
            flag(options.rfc3161);
        } else if (name == "--countersign") {
            flag(options.countersign);
        } else if (name == "--countersign-eku") {
            options.countersignerEkus.push_back(checkedOid(name, value()));
        } else if (name == "--countersign-time") {
            options.countersignTime = parseDate(name, value());
        } else if (name == "--tamper-content") {
            flag(options.tamperContent);
        } else if (name == "--tamper-signed-attr") {
            flag(options.tamperSignedAttribute);
        } else if (name == "--wrong-key") {
            flag(options.wrongKey);
        } else if (name == "--content-type-mismatch") {
            flag(options.contentTypeMismatch);
        } else if (name == "--tamper-nested") {
            flag(options.tamperNested);
            options.nested = true;
        } else if (name == "--no-signer-infos") {
            flag(options.noSignerInfos);
        } else if (name == "--duplicate-signed-attr") {
            flag(options.duplicateSignedAttribute);
        } else if (name == "--trailing-bytes") {
            options.trailingBytes = parseCount(name, value());
        } else if (name == "--signature-over") {
            const std::string text = value();
            if (text == "attributes")
                options.signatureOver = SignatureCoverage::Attributes;
            else if (text == "other-attributes")
                options.signatureOver = SignatureCoverage::OtherAttributes;
            else if (text == "implicit-tag")
                options.signatureOver = SignatureCoverage::ImplicitTag;
            else if (text == "content")
                options.signatureOver = SignatureCoverage::Content;
            else
                usageError("--signature-over must be attributes, other-attributes, implicit-tag or content");
        } else if (name == "--sign-with-other-cert") {
            flag(options.signWithOtherCertificate);
        } else if (name == "--sid-wrong-serial") {
            flag(options.sidWrongSerial);
        } else {
            usageError("unknown option \"" + arguments[i] + "\"");
        }
    }

    if (options.outPath.empty())
        usageError("--out FILE is required");
    if (options.rootKeyIn.has_value() != options.rootCertIn.has_value())
        usageError("--root-key-in and --root-cert-in must be given together");
    if (options.pss && options.signerKey == KeyKind::EcP256)
        usageError("--pss needs an RSA signer key");
    if (options.pss && options.digest == DigestKind::Md5)
        usageError("--pss cannot be combined with --digest md5");
    if (options.signerKey == KeyKind::EcP256 && options.digest == DigestKind::Md5)
        usageError("ECDSA has no MD5 variant; use an RSA key with --digest md5");
    if (options.tamperSignedAttribute && options.programName.empty())
        usageError("--tamper-signed-attr needs a non-empty --program-name");
    if (options.catalog) {
        // A catalog's defaults: what driver catalogs carry.
        if (options.usages.empty())
            options.usages.emplace_back(oid::catalogList);
        if (options.signerEkus.empty())
            options.signerEkus.emplace_back(oid::codeSigning);
        if (options.signerCommonName == "Fixture Trust List Publisher")
            options.signerCommonName = "Fixture Driver Publisher";
        if (options.programName == "Fixture Trust List")
            options.programName = "Fixture Driver Package";
        options.withSequenceNumber = false;
        if (options.catalogMembers.empty()) {
            CatalogMemberSpec inf;
            inf.hash = hashBytes(DigestKind::Sha1, asBytes("ctlfixture member 0"));
            inf.file = "fixture.inf";
            CatalogMemberSpec sys;
            sys.peImage = true;
            sys.hash = hashBytes(DigestKind::Sha1, asBytes("ctlfixture member 1"));
            sys.file = "fixture.sys";
            options.catalogMembers = {inf, sys};
        }
        options.entryCount = options.catalogMembers.size();
    } else if (!options.catalogMembers.empty() || options.rfc3161) {
        usageError("--member, --member-file and --rfc3161 need --catalog");
    }
    if (options.tamperContent && options.entryCount == 0)
        usageError("--tamper-content needs at least one entry");
    if (options.noSignerInfos && (options.signatureOver != SignatureCoverage::Attributes ||
                                  options.signWithOtherCertificate || options.sidWrongSerial))
        usageError("--no-signer-infos cannot be combined with --signature-over, --sign-with-other-cert or "
                   "--sid-wrong-serial");
    if (options.signWithOtherCertificate && options.wrongKey)
        usageError("--sign-with-other-cert and --wrong-key each choose the signing key; give one");
    return options;
}

// ---------------------------------------------------------------------------------------------------
// Small encoders shared by the CTL and the envelope
// ---------------------------------------------------------------------------------------------------
Bytes encodeTime(const UtcDateTime &time, bool forceGeneralized) {
    if (!forceGeneralized && fitsUtcTime(time))
        return der::tlv(der::UtcTime, asBytes(formatUtcTime(time)));
    return der::tlv(der::GeneralizedTime, asBytes(formatGeneralizedTime(time)));
}

std::array<std::uint8_t, 8> filetimeLittleEndian(const UtcDateTime &time) {
    const std::uint64_t ticks = toFiletime(time);
    std::array<std::uint8_t, 8> bytes{};
    for (std::size_t i = 0; i < 8; ++i)
        bytes[i] = static_cast<std::uint8_t>(ticks >> (8 * i));
    return bytes;
}

Bytes oidSequence(const std::vector<std::string_view> &oids) {
    std::vector<Bytes> elements;
    for (std::string_view text : oids)
        elements.push_back(der::oid(text));
    return der::sequenceOf(elements);
}

// Attribute ::= SEQUENCE { type OID, values SET OF ANY } with one value.
Bytes attribute(std::string_view typeOid, const Bytes &valueTlv) {
    return der::sequence(der::oid(typeOid), der::setOf({valueTlv}));
}

// ---------------------------------------------------------------------------------------------------
// CTL entries
// ---------------------------------------------------------------------------------------------------

// Encodes TrustedSubject i following the rule at the top of this file. The attribute slots and the hash
// contexts are reused from one entry to the next: a million-entry list must not cost millions of
// allocations or algorithm fetches.
class EntryEncoder {
public:
    explicit EntryEncoder(bool minimal, std::optional<std::string> firstName = std::nullopt,
                          std::map<std::uint64_t, std::vector<std::string>> alterations = {})
        : m_alterations(std::move(alterations)), m_minimal(minimal), m_sha1(DigestKind::Sha1),
          m_sha256(DigestKind::Sha256), m_md5(DigestKind::Md5),
          m_typeFriendlyName(der::oid(oid::propFriendlyName)),
          m_typeEnhancedKeyUsage(der::oid(oid::propEnhancedKeyUsage)),
          m_typeKeyIdentifier(der::oid(oid::propKeyIdentifier)),
          m_typeSubjectNameMd5(der::oid(oid::propSubjectNameMd5)),
          m_typeSha256(der::oid(oid::propAuthRootSha256)),
          m_typeCertPolicies(der::oid(oid::propRootProgramCertPolicies)),
          m_typeDisallowedFiletime(der::oid(oid::propDisallowedFiletime)),
          m_typeDisallowedEku(der::oid(oid::propDisallowedEnhancedKeyUsage)),
          m_typeNotBeforeFiletime(der::oid(oid::propNotBeforeFiletime)),
          m_typeNotBeforeEku(der::oid(oid::propNotBeforeEnhancedKeyUsage)),
          m_typeChainPolicies(der::oid(oid::propRootProgramChainPolicies)),
          m_typeUnknown(der::oid(oid::propUnknownForTests)),
          m_ekusForEven(oidSequence({oid::serverAuth, oid::clientAuth})),
          m_ekusForOdd(oidSequence({oid::codeSigning})), m_disabledEkus(oidSequence({oid::serverAuth})),
          m_notBeforeEkus(oidSequence({oid::codeSigning})),
          // CertificatePolicies { PolicyInformation { EV, { PolicyQualifierInfo { flags, BIT STRING C0 } } }
          // }
          m_evPolicies(der::sequence(der::sequence(
              der::oid(oid::evPolicy),
              der::sequence(der::sequence(der::oid(oid::rootProgramFlags), der::bitString(Bytes{0xC0})))))),
          m_chainPolicies(oidSequence({oid::autoUpdateCaRevocation})), m_unknownValue{0x01, 0x02, 0x03},
          m_disabledFiletime(filetimeLittleEndian(*parseIsoDateTime("2020-01-01T00:00:00Z"))),
          m_notBeforeFiletime(filetimeLittleEndian(*parseIsoDateTime("2021-02-03T04:05:06Z"))),
          m_firstName(std::move(firstName)) {}

    // With computeHashes == false the hash-valued fields are zero-filled: the encoding has exactly the
    // same length, which lets the caller size the output buffer before the real (hashing) pass.
    const Bytes &encode(std::uint64_t index, bool computeHashes) {
        m_attributeCount = 0;
        const std::string_view entryText = formatText("ctlfixture entry ", index);

        // formatText reuses one buffer: hash entryText before the next formatText call overwrites it.
        std::uint8_t identifier[20] = {};
        std::uint8_t sha256[32] = {};
        if (computeHashes) {
            m_sha1.hashInto(asBytes(entryText), identifier);
            if (!m_minimal)
                m_sha256.hashInto(asBytes(entryText), sha256);
        }

        // Friendly name "Fixture Root <i>": ASCII, so UTF-16LE is each byte followed by 0x00.
        m_friendlyName.clear();
        for (char character : formatText("Fixture Root ", index)) {
            m_friendlyName.push_back(static_cast<std::uint8_t>(character));
            m_friendlyName.push_back(0);
        }
        m_friendlyName.push_back(0);
        m_friendlyName.push_back(0);
        if (index == 0 && m_firstName)
            m_friendlyName = der::utf16LeWithTerminator(*m_firstName);
        const auto altered = m_alterations.find(index);
        const auto alter = [&](const char *what) {
            return altered != m_alterations.end() &&
                   std::find(altered->second.begin(), altered->second.end(), what) != altered->second.end();
        };
        if (alter("name")) {
            m_friendlyName.resize(m_friendlyName.size() - 2); // the UTF-16 NUL
            for (char character : std::string_view(" renamed")) {
                m_friendlyName.push_back(static_cast<std::uint8_t>(character));
                m_friendlyName.push_back(0);
            }
            m_friendlyName.push_back(0);
            m_friendlyName.push_back(0);
        }
        addAttribute(m_typeFriendlyName, m_friendlyName);

        if (!m_minimal) {
            std::uint8_t keyIdentifier[20] = {};
            std::uint8_t subjectNameMd5[16] = {};
            if (computeHashes) {
                m_sha1.hashInto(asBytes(formatText("ctlfixture key ", index)), keyIdentifier);
                m_md5.hashInto(asBytes(formatText("ctlfixture subject ", index)), subjectNameMd5);
            }
            if (alter("sha256") && computeHashes)
                m_sha256.hashInto(asBytes(formatText("ctlfixture altered ", index)), sha256);
            addAttribute(m_typeSha256, sha256);
            addAttribute(m_typeKeyIdentifier, keyIdentifier);
            addAttribute(m_typeSubjectNameMd5, subjectNameMd5);
            std::vector<std::string_view> ekus =
                index % 2 == 0 ? std::vector<std::string_view>{oid::serverAuth, oid::clientAuth}
                               : std::vector<std::string_view>{oid::codeSigning};
            if (alter("ekus-add"))
                ekus.push_back("1.3.6.1.5.5.7.3.4");
            if (alter("ekus-remove"))
                ekus.pop_back();
            if (alter("ekus-reorder"))
                std::reverse(ekus.begin(), ekus.end());
            m_alteredEkus = oidSequence(ekus);
            addAttribute(m_typeEnhancedKeyUsage, m_alteredEkus);
            if (alter("disable")) {
                addAttribute(m_typeDisallowedFiletime, m_alteredDisabledFiletime);
                addAttribute(m_typeDisallowedEku, m_alteredDisabledEkus);
            } else if (index % 5 == 1) {
                addAttribute(m_typeDisallowedFiletime, m_disabledFiletime);
                addAttribute(m_typeDisallowedEku, m_disabledEkus);
            } else if (index % 5 == 2)
                addAttribute(m_typeDisallowedFiletime, ByteView{});
            if (alter("notbefore")) {
                addAttribute(m_typeNotBeforeFiletime, m_alteredNotBeforeFiletime);
                addAttribute(m_typeNotBeforeEku, m_notBeforeEkus);
            } else if (index % 7 == 3) {
                addAttribute(m_typeNotBeforeFiletime, m_notBeforeFiletime);
                addAttribute(m_typeNotBeforeEku, m_notBeforeEkus);
            }
            if (alter("unknown"))
                addAttribute(m_typeUnknown, m_alteredUnknownValue);
            else if (index % 11 == 4)
                addAttribute(m_typeUnknown, m_unknownValue);
            if (index % 3 == 0)
                addAttribute(m_typeCertPolicies, m_evPolicies);
            if (index % 4 == 2)
                addAttribute(m_typeChainPolicies, m_chainPolicies);
        }

        // SET OF Attribute must be in DER order.
        const auto usedSlots = m_attributes.begin() + static_cast<std::ptrdiff_t>(m_attributeCount);
        std::sort(m_attributes.begin(), usedSlots);
        std::size_t attributesLength = 0;
        for (auto slot = m_attributes.begin(); slot != usedSlots; ++slot)
            attributesLength += slot->size();

        const std::size_t identifierLength = der::headerSize(sizeof identifier) + sizeof identifier;
        const std::size_t setLength = der::headerSize(attributesLength) + attributesLength;
        m_entry.clear();
        der::appendHeader(m_entry, der::Sequence, identifierLength + setLength);
        der::appendHeader(m_entry, der::OctetString, sizeof identifier);
        der::append(m_entry, identifier);
        der::appendHeader(m_entry, der::Set, attributesLength);
        for (auto slot = m_attributes.begin(); slot != usedSlots; ++slot)
            der::append(m_entry, *slot);
        return m_entry;
    }

    const Bytes &friendlyNameOfLastEntry() const { return m_friendlyName; }

private:
    // Writes "<prefix><decimal index>" into a reused buffer.
    std::string_view formatText(std::string_view prefix, std::uint64_t index) {
        std::copy(prefix.begin(), prefix.end(), m_text.begin());
        char *const begin = m_text.data() + prefix.size();
        const auto result = std::to_chars(begin, m_text.data() + m_text.size(), index);
        return {m_text.data(), static_cast<std::size_t>(result.ptr - m_text.data())};
    }

    // SEQUENCE { type, SET { OCTET STRING value } } into the next free slot.
    void addAttribute(const Bytes &typeOid, ByteView value) {
        if (m_attributeCount == m_attributes.size())
            m_attributes.emplace_back();
        Bytes &slot = m_attributes[m_attributeCount++];
        slot.clear();
        const std::size_t octetStringLength = der::headerSize(value.size()) + value.size();
        const std::size_t setLength = der::headerSize(octetStringLength) + octetStringLength;
        der::appendHeader(slot, der::Sequence, typeOid.size() + setLength);
        der::append(slot, typeOid);
        der::appendHeader(slot, der::Set, octetStringLength);
        der::appendHeader(slot, der::OctetString, value.size());
        der::append(slot, value);
    }

    std::map<std::uint64_t, std::vector<std::string>> m_alterations;
    Bytes m_alteredEkus;
    Bytes m_alteredDisabledEkus = oidSequence({oid::serverAuth, oid::codeSigning});
    Bytes m_alteredUnknownValue{0x04, 0x05, 0x06};
    std::array<std::uint8_t, 8> m_alteredDisabledFiletime =
        filetimeLittleEndian(*parseIsoDateTime("2024-05-01T00:00:00Z"));
    std::array<std::uint8_t, 8> m_alteredNotBeforeFiletime =
        filetimeLittleEndian(*parseIsoDateTime("2024-06-01T00:00:00Z"));
    bool m_minimal;
    Hasher m_sha1;
    Hasher m_sha256;
    Hasher m_md5;
    Bytes m_typeFriendlyName, m_typeEnhancedKeyUsage, m_typeKeyIdentifier, m_typeSubjectNameMd5, m_typeSha256,
        m_typeCertPolicies, m_typeDisallowedFiletime, m_typeDisallowedEku, m_typeNotBeforeFiletime,
        m_typeNotBeforeEku, m_typeChainPolicies, m_typeUnknown;
    Bytes m_ekusForEven, m_ekusForOdd, m_disabledEkus, m_notBeforeEkus, m_evPolicies, m_chainPolicies,
        m_unknownValue;
    std::array<std::uint8_t, 8> m_disabledFiletime, m_notBeforeFiletime;

    std::array<char, 64> m_text{};
    std::optional<std::string> m_firstName;
    Bytes m_friendlyName;
    std::vector<Bytes> m_attributes;
    std::size_t m_attributeCount = 0;
    Bytes m_entry;
};

struct FirstEntryFacts {
    Bytes identifier;
    Bytes sha256;
    std::string friendlyName;
};

struct BuiltCtl {
    Bytes tlv;                                                 // the complete CertificateTrustList SEQUENCE
    std::size_t headerLength{};                                // its tag + length octets
    std::optional<std::size_t> firstFriendlyNameLastCharacter; // index in tlv, for --tamper-content
    std::optional<FirstEntryFacts> firstEntry;
    Bytes sequenceNumberContent; // INTEGER content octets, empty without sequenceNumber

    ByteView value() const { return ByteView(tlv).subspan(headerLength); }
};

Bytes ctLogListExtension(unsigned keyCount) {
    std::vector<Bytes> logListParts;
    logListParts.push_back(der::sequence(der::integer(1), der::integer(2), der::integer(1)));
    for (unsigned i = 0; i < keyCount; ++i) {
        const PkeyPtr key = generateKey(KeyKind::EcP256);
        const int length = i2d_PUBKEY(key.get(), nullptr);
        checkOpenssl(length > 0, "i2d_PUBKEY");
        Bytes subjectPublicKeyInfo(static_cast<std::size_t>(length));
        unsigned char *cursor = subjectPublicKeyInfo.data();
        checkOpenssl(i2d_PUBKEY(key.get(), &cursor) == length, "i2d_PUBKEY");
        logListParts.push_back(std::move(subjectPublicKeyInfo));
    }
    // Extension { extnID, extnValue } -- Microsoft writes no critical field.
    const Bytes extension =
        der::sequence(der::oid(oid::certLogList), der::octetString(der::sequenceOf(logListParts)));
    return der::explicitTag(0, der::sequence(extension));
}

// CAT_NAMEVALUE { BMPString name, INTEGER flags, OCTET STRING UTF-16LE value + NUL }.
Bytes catalogNameValue(std::string_view name, std::string_view value) {
    return der::sequence(der::bmpString(der::utf8ToUtf16(name)), der::integer(0x10010001),
                         der::octetString(der::utf16LeWithTerminator(value)));
}

std::string upperHex(ByteView bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string text;
    for (std::uint8_t byte : bytes) {
        text.push_back(digits[byte >> 4]);
        text.push_back(digits[byte & 0x0f]);
    }
    return text;
}

// The CTL of a --catalog list after its head fields (see the top of this file).
BuiltCtl buildCatalog(const Options &options, BuiltCtl &ctl, const Bytes &head) {
    std::vector<Bytes> entries;
    for (std::size_t i = 0; i < options.catalogMembers.size(); ++i) {
        const CatalogMemberSpec &member = options.catalogMembers[i];
        const Bytes indirectData =
            der::sequence(der::sequence(der::oid(member.peImage ? oid::spcPeImageData : oid::spcCabData)),
                          der::sequence(der::algorithmWithNullParameters(digestAlgorithm(member.digest).oid),
                                        der::octetString(member.hash)));
        const std::string_view sip = member.peImage ? "{C689AAB8-8E78-11D0-8C47-00C04FC295EE}"
                                                    : "{DE351A42-8E59-11D0-8C47-00C04FC295EE}";
        const Bytes memberInfo = der::sequence(der::bmpString(der::utf8ToUtf16(sip)), der::integer(512));
        std::vector<Bytes> attributes;
        attributes.push_back(attribute(oid::spcIndirectData, indirectData));
        attributes.push_back(attribute(oid::catMemberInfo, memberInfo));
        attributes.push_back(attribute(oid::catNameValue, catalogNameValue("File", member.file)));
        attributes.push_back(attribute(oid::catNameValue, catalogNameValue("OSAttr", "2:10.0")));
        const Bytes tag = der::octetString(der::utf16LeWithTerminator(upperHex(member.hash)));
        entries.push_back(der::sequence(tag, der::setOf(std::move(attributes))));
    }
    std::vector<Bytes> extensions;
    for (const auto &[name, value] : std::vector<std::pair<std::string, std::string>>{
             {"OS", "_v100_X64"}, {"HWID1", "usb\\vid_1234&pid_5678"}})
        extensions.push_back(
            der::sequence(der::oid(oid::catNameValue), der::octetString(catalogNameValue(name, value))));
    const Bytes content =
        der::concatenate({head, der::sequenceOf(entries), der::explicitTag(0, der::sequenceOf(extensions))});
    ctl.tlv = der::tlv(der::Sequence, content);
    ctl.headerLength = der::headerSize(content.size());
    // Member 0's last hash byte, for --tamper-content: the hash sits inside its SPC_INDIRECT_DATA.
    const Bytes &hash = options.catalogMembers.front().hash;
    const Bytes needle = der::octetString(hash);
    const auto found = std::search(ctl.tlv.begin(), ctl.tlv.end(), needle.begin(), needle.end());
    if (found == ctl.tlv.end())
        throw FixtureError("internal error: member 0's hash not found");
    ctl.firstFriendlyNameLastCharacter =
        static_cast<std::size_t>(found - ctl.tlv.begin()) + needle.size() - 1;
    return std::move(ctl);
}

BuiltCtl buildCtl(const Options &options) {
    BuiltCtl ctl;

    // Fields before the entries: small, built normally.
    std::vector<Bytes> headFields;
    std::vector<std::string_view> usages;
    for (const std::string &usage : options.usages)
        usages.push_back(usage);
    if (usages.empty())
        usages.push_back(oid::rootListSigner);
    headFields.push_back(oidSequence(usages));
    if (options.listIdentifier) {
        headFields.push_back(der::octetString(der::utf16LeWithTerminator(*options.listIdentifier)));
    } else if (options.catalog) {
        Bytes guid;
        for (std::uint8_t i = 0; i < 16; ++i)
            guid.push_back(i);
        headFields.push_back(der::octetString(guid));
    }
    if (options.withSequenceNumber) {
        // authroot style: 0x14 followed by the big-endian FILETIME of thisUpdate (a 9-byte INTEGER).
        const std::uint64_t filetime = toFiletime(options.thisUpdate);
        ctl.sequenceNumberContent.push_back(0x14);
        for (int i = 7; i >= 0; --i)
            ctl.sequenceNumberContent.push_back(static_cast<std::uint8_t>(filetime >> (8 * i)));
        headFields.push_back(der::unsignedInteger(ctl.sequenceNumberContent));
    }
    headFields.push_back(encodeTime(options.thisUpdate, options.forceGeneralizedTime));
    if (options.nextUpdate)
        headFields.push_back(encodeTime(*options.nextUpdate, options.forceGeneralizedTime));
    headFields.push_back(
        der::algorithmWithNullParameters(options.catalog ? oid::catalogListMember : oid::sha1));
    const Bytes head = der::concatenate(headFields);
    if (options.catalog)
        return buildCatalog(options, ctl, head);
    const Bytes extensions = options.ctLogKeyCount > 0 ? ctLogListExtension(options.ctLogKeyCount) : Bytes{};

    EntryEncoder encoder(options.minimalEntries, options.firstFriendlyName, options.alterations);
    // Sizing pass (no hashing): the output is then written once into an exactly sized buffer, with no
    // reallocation and no copy of the (possibly hundreds of megabytes of) entries.
    std::size_t entriesLength = 0;
    for (std::uint64_t i = 0; i < options.entryCount; ++i)
        entriesLength += encoder.encode(options.firstEntry + i, false).size();

    std::size_t contentLength = head.size() + extensions.size();
    if (options.entryCount > 0)
        contentLength += der::headerSize(entriesLength) + entriesLength;
    ctl.headerLength = der::headerSize(contentLength);
    ctl.tlv.reserve(ctl.headerLength + contentLength);
    der::appendHeader(ctl.tlv, der::Sequence, contentLength);
    der::append(ctl.tlv, head);
    if (options.entryCount > 0) {
        der::appendHeader(ctl.tlv, der::Sequence, entriesLength);
        for (std::uint64_t i = 0; i < options.entryCount; ++i) {
            const Bytes &entry = encoder.encode(options.firstEntry + i, true);
            if (i == 0) {
                // Locate the friendly name's last character (before the UTF-16 NUL) inside the entry.
                const Bytes &name = encoder.friendlyNameOfLastEntry();
                const auto found = std::search(entry.begin(), entry.end(), name.begin(), name.end());
                if (found == entry.end())
                    throw FixtureError("internal error: friendly name not found in entry 0");
                const auto offsetInEntry = static_cast<std::size_t>(found - entry.begin()) + name.size() - 4;
                ctl.firstFriendlyNameLastCharacter = ctl.tlv.size() + offsetInEntry;

                FirstEntryFacts facts;
                facts.identifier = hashBytes(DigestKind::Sha1, asBytes("ctlfixture entry 0"));
                facts.sha256 = hashBytes(DigestKind::Sha256, asBytes("ctlfixture entry 0"));
                facts.friendlyName = "Fixture Root 0";
                ctl.firstEntry = std::move(facts);
            }
            der::append(ctl.tlv, entry);
        }
    }
    der::append(ctl.tlv, extensions);
    if (ctl.tlv.size() != ctl.headerLength + contentLength)
        throw FixtureError("internal error: CTL size differs from the sizing pass");
    return ctl;
}

// ---------------------------------------------------------------------------------------------------
// PKI
// ---------------------------------------------------------------------------------------------------
struct Pki {
    Identity root;
    std::vector<Identity> intermediates; // [0] issued by the root, back() issues the signer
    Identity signer;
    std::optional<Identity> otherSigner; // --sign-with-other-cert
    std::optional<Identity> timeStamping;

    const Identity &signerIssuer() const { return intermediates.empty() ? root : intermediates.back(); }
};

Pki buildPki(const Options &options) {
    const KeyKind caKeyKind = options.caKey.value_or(options.signerKey);
    const DigestKind certificateDigest = options.certificateDigest.value_or(options.digest);
    const UtcDateTime caNotBefore = *parseIsoDateTime("2010-01-01T00:00:00Z");
    const UtcDateTime caNotAfter = *parseIsoDateTime("2040-12-31T23:59:59Z");

    Pki pki;
    if (options.rootKeyIn) {
        pki.root.key = readPrivateKeyPem(*options.rootKeyIn);
        pki.root.certificate = readCertificatePem(*options.rootCertIn);
        checkOpenssl(X509_check_private_key(pki.root.certificate.get(), pki.root.key.get()) == 1,
                     "--root-key-in does not match --root-cert-in");
    } else {
        CertificateRequest request;
        request.commonName = "Fixture Root CA";
        request.notBefore = caNotBefore;
        request.notAfter = caNotAfter;
        request.isCa = true;
        pki.root.key = generateKey(caKeyKind);
        pki.root.certificate = issueCertificate(request, pki.root.key.get(), nullptr, certificateDigest);
    }

    const unsigned intermediateCount = options.chainDepth - 1;
    for (unsigned k = 1; k <= intermediateCount; ++k) {
        CertificateRequest request;
        request.commonName =
            k == intermediateCount ? "Fixture List CA" : "Fixture Intermediate CA " + std::to_string(k);
        request.notBefore = caNotBefore;
        request.notAfter = caNotAfter;
        request.isCa = true;
        if (!options.intermediateEkus.empty())
            request.extendedKeyUsages = options.intermediateEkus;
        const Identity &issuer = pki.intermediates.empty() ? pki.root : pki.intermediates.back();
        Identity intermediate;
        intermediate.key = generateKey(caKeyKind);
        intermediate.certificate =
            issueCertificate(request, intermediate.key.get(), &issuer, certificateDigest);
        pki.intermediates.push_back(std::move(intermediate));
    }

    CertificateRequest signerRequest;
    signerRequest.commonName = options.signerCommonName;
    signerRequest.organization = "Fixture Corporation";
    signerRequest.notBefore = options.signerNotBefore;
    signerRequest.notAfter = options.signerNotAfter;
    if (!options.signerWithoutEku)
        signerRequest.extendedKeyUsages = options.signerEkus.empty()
                                              ? std::vector<std::string>{std::string(oid::rootListSigner)}
                                              : options.signerEkus;
    pki.signer.key = generateKey(options.signerKey);
    pki.signer.certificate =
        issueCertificate(signerRequest, pki.signer.key.get(), &pki.signerIssuer(), certificateDigest);

    if (options.signWithOtherCertificate) {
        CertificateRequest otherRequest = signerRequest;
        otherRequest.commonName = "Fixture Other Publisher";
        Identity other;
        other.key = generateKey(options.signerKey);
        other.certificate =
            issueCertificate(otherRequest, other.key.get(), &pki.signerIssuer(), certificateDigest);
        pki.otherSigner = std::move(other);
    }

    if (options.countersign || options.rfc3161) {
        CertificateRequest request;
        request.commonName = "Fixture Time Stamping";
        request.notBefore = caNotBefore;
        request.notAfter = caNotAfter;
        request.extendedKeyUsages = options.countersignerEkus.empty()
                                        ? std::vector<std::string>{"timeStamping"}
                                        : options.countersignerEkus;
        request.ekuCritical = options.countersignerEkus.empty();
        Identity timeStamping;
        timeStamping.key = generateKey(caKeyKind);
        timeStamping.certificate =
            issueCertificate(request, timeStamping.key.get(), &pki.root, certificateDigest);
        pki.timeStamping = std::move(timeStamping);
    }
    return pki;
}

// The certificate bag, in the order Microsoft would write it (signer first unless --ca-first).
std::vector<X509 *> certificateBag(const Pki &pki, const Options &options) {
    std::vector<X509 *> authorities;
    if (!options.omitIntermediates)
        for (auto it = pki.intermediates.rbegin(); it != pki.intermediates.rend(); ++it)
            authorities.push_back(it->certificate.get());
    if (options.includeRoot)
        authorities.push_back(pki.root.certificate.get());

    std::vector<X509 *> bag;
    if (!options.caFirst)
        bag.push_back(pki.signer.certificate.get());
    bag.insert(bag.end(), authorities.begin(), authorities.end());
    if (options.caFirst)
        bag.push_back(pki.signer.certificate.get());
    if (pki.otherSigner)
        bag.push_back(pki.otherSigner->certificate.get());
    if (pki.timeStamping)
        bag.push_back(pki.timeStamping->certificate.get());
    return bag;
}

Bytes encodeCertificates(const std::vector<X509 *> &bag) {
    std::vector<Bytes> certificates;
    for (X509 *certificate : bag)
        certificates.push_back(certificateDer(certificate));
    // [0] IMPLICIT SET OF Certificate, kept in bag order like Microsoft (not sorted).
    return der::tlv(der::contextConstructed(0), der::concatenate(certificates));
}

// ---------------------------------------------------------------------------------------------------
// SignerInfo
// ---------------------------------------------------------------------------------------------------
Bytes spcSpOpusInfo(const std::string &programName, const std::string &moreInfoUrl) {
    // SpcSpOpusInfo { programName [0] EXPLICIT SpcString ([0] IMPLICIT BMPString),
    //                 moreInfo [1] EXPLICIT SpcLink ([0] IMPLICIT IA5String url) }
    Bytes programNameBmp = der::bmpString(der::utf8ToUtf16(programName));
    programNameBmp[0] = der::contextPrimitive(0);
    Bytes url = der::ia5String(moreInfoUrl);
    url[0] = der::contextPrimitive(0);
    return der::sequence(der::explicitTag(0, programNameBmp), der::explicitTag(1, url));
}

// digestEncryptionAlgorithm, chosen like Microsoft (rsaEncryption, not sha256WithRSA) for PKCS#1 v1.5.
Bytes signatureAlgorithm(EVP_PKEY *certificateKey, DigestKind digest, RsaPadding padding) {
    const DigestAlgorithm &algorithm = digestAlgorithm(digest);
    if (isEcKey(certificateKey)) {
        if (algorithm.ecdsaOid.empty())
            throw FixtureError("ECDSA cannot be used with MD5");
        return der::algorithmWithoutParameters(algorithm.ecdsaOid);
    }
    if (padding == RsaPadding::Pkcs1)
        return der::algorithmWithNullParameters(oid::rsaEncryption);

    // RSASSA-PSS-params (RFC 4055): fields equal to their DEFAULT (SHA-1, MGF1-SHA-1, salt 20) are omitted.
    // Hash AlgorithmIdentifiers without parameters, as OpenSSL writes them.
    std::vector<Bytes> parameters;
    if (digest != DigestKind::Sha1) {
        const Bytes hash = der::algorithmWithoutParameters(algorithm.oid);
        parameters.push_back(der::explicitTag(0, hash));
        parameters.push_back(der::explicitTag(1, der::sequence(der::oid(oid::mgf1), hash)));
        parameters.push_back(der::explicitTag(2, der::integer(algorithm.length)));
    }
    return der::sequence(der::oid(oid::rsassaPss), der::sequenceOf(parameters));
}

Bytes issuerAndSerialNumber(X509 *certificate) {
    return der::sequence(nameDer(X509_get_issuer_name(certificate)), serialNumberDer(certificate));
}

struct SignedAttributes {
    Bytes sortedContent; // the SET OF content; tagged [0] in the SignerInfo, SET (0x31) when signed
    Bytes signature;
};

SignedAttributes signAttributes(std::vector<Bytes> attributes, EVP_PKEY *signingKey, DigestKind digest,
                                RsaPadding padding) {
    SignedAttributes result;
    result.sortedContent = der::sortedSetContent(std::move(attributes));
    // The signature covers the attributes re-tagged as a universal SET (RFC 2315 §9.3 / RFC 5652 §5.4).
    result.signature = signData(signingKey, digest, padding, der::tlv(der::Set, result.sortedContent));
    return result;
}

Bytes encodeSignerInfo(X509 *certificate, DigestKind digest, const Bytes &digestEncryptionAlgorithm,
                       const SignedAttributes &signedAttributes, const Bytes &unsignedAttributesContent) {
    std::vector<Bytes> fields;
    fields.push_back(der::integer(1));
    fields.push_back(issuerAndSerialNumber(certificate));
    fields.push_back(der::algorithmWithNullParameters(digestAlgorithm(digest).oid));
    fields.push_back(der::tlv(der::contextConstructed(0), signedAttributes.sortedContent));
    fields.push_back(digestEncryptionAlgorithm);
    fields.push_back(der::octetString(signedAttributes.signature));
    if (!unsignedAttributesContent.empty())
        fields.push_back(der::tlv(der::contextConstructed(1), unsignedAttributesContent));
    return der::sequenceOf(fields);
}

// The nested SHA-256 signature (2011-2019 files): a detached SignedData over the whole CTL TLV.
Bytes nestedSignatureContentInfo(const Options &options, const Pki &pki, const BuiltCtl &ctl,
                                 const Bytes &certificates) {
    const RsaPadding padding = options.pss ? RsaPadding::Pss : RsaPadding::Pkcs1;
    std::vector<Bytes> attributes;
    attributes.push_back(attribute(oid::contentType, der::oid(oid::data)));
    attributes.push_back(
        attribute(oid::messageDigest, der::octetString(hashBytes(DigestKind::Sha256, ctl.tlv))));
    attributes.push_back(
        attribute(oid::spcSpOpusInfo, spcSpOpusInfo(options.programName, options.moreInfoUrl)));
    SignedAttributes signedAttributes =
        signAttributes(std::move(attributes), pki.signer.key.get(), DigestKind::Sha256, padding);
    if (options.tamperNested)
        signedAttributes.signature[signedAttributes.signature.size() / 2] ^= 0xFF;

    X509 *signerCertificate = pki.signer.certificate.get();
    const Bytes signerInfo =
        encodeSignerInfo(signerCertificate, DigestKind::Sha256,
                         signatureAlgorithm(X509_get0_pubkey(signerCertificate), DigestKind::Sha256, padding),
                         signedAttributes, {});
    const Bytes signedData =
        der::sequence(der::integer(1),
                      der::setOf({der::algorithmWithNullParameters(digestAlgorithm(DigestKind::Sha256).oid)}),
                      der::sequence(der::oid(oid::data)), // detached: no content
                      certificates, der::setOf({signerInfo}));
    return der::sequence(der::oid(oid::signedData), der::explicitTag(0, signedData));
}

// PKCS#9 countersignature (2006-2010 files): a SignerInfo by a time-stamping certificate over the primary
// signature value.
Bytes counterSignerInfo(const Options &options, const Pki &pki, const Bytes &primarySignature) {
    const Identity &timeStamping = *pki.timeStamping;
    const UtcDateTime signingTime =
        options.countersignTime.value_or(fromUnixSeconds(toUnixSeconds(options.thisUpdate) + 3600));
    std::vector<Bytes> attributes;
    attributes.push_back(attribute(oid::contentType, der::oid(oid::data)));
    attributes.push_back(attribute(oid::signingTime, encodeTime(signingTime, false)));
    attributes.push_back(
        attribute(oid::messageDigest, der::octetString(hashBytes(options.digest, primarySignature))));
    const SignedAttributes signedAttributes =
        signAttributes(std::move(attributes), timeStamping.key.get(), options.digest, RsaPadding::Pkcs1);
    X509 *certificate = timeStamping.certificate.get();
    return encodeSignerInfo(
        certificate, options.digest,
        signatureAlgorithm(X509_get0_pubkey(certificate), options.digest, RsaPadding::Pkcs1),
        signedAttributes, {});
}

// RFC 3161 timestamp token (Authenticode since 2010s): a ContentInfo { SignedData over a TSTInfo whose
// messageImprint is the hash of the primary signature value }, signed by the time-stamping certificate.
Bytes rfc3161Token(const Options &options, const Pki &pki, const Bytes &primarySignature) {
    const Identity &tsa = *pki.timeStamping;
    const UtcDateTime genTime =
        options.countersignTime.value_or(fromUnixSeconds(toUnixSeconds(options.thisUpdate) + 3600));
    const Bytes info =
        der::sequence(der::integer(1), der::oid(oid::fixtureTsaPolicy),
                      der::sequence(der::algorithmWithNullParameters(digestAlgorithm(options.digest).oid),
                                    der::octetString(hashBytes(options.digest, primarySignature))),
                      der::integer(1), encodeTime(genTime, true));
    X509 *certificate = tsa.certificate.get();
    std::vector<Bytes> attributes;
    attributes.push_back(attribute(oid::contentType, der::oid(oid::tstInfo)));
    attributes.push_back(attribute(oid::messageDigest, der::octetString(hashBytes(options.digest, info))));
    // ESS signingCertificate { { ESSCertID { SHA-1 of the TSA certificate } } }.
    attributes.push_back(
        attribute(oid::signingCertificate, der::sequence(der::sequence(der::sequence(der::octetString(
                                               hashBytes(DigestKind::Sha1, certificateDer(certificate))))))));
    const SignedAttributes signedAttributes =
        signAttributes(std::move(attributes), tsa.key.get(), options.digest, RsaPadding::Pkcs1);
    const Bytes signerInfo =
        encodeSignerInfo(certificate, options.digest,
                         signatureAlgorithm(X509_get0_pubkey(certificate), options.digest, RsaPadding::Pkcs1),
                         signedAttributes, {});
    const Bytes signedData = der::sequence(
        der::integer(3), der::setOf({der::algorithmWithNullParameters(digestAlgorithm(options.digest).oid)}),
        der::sequence(der::oid(oid::tstInfo), der::explicitTag(0, der::octetString(info))),
        der::tlv(der::contextConstructed(0), certificateDer(certificate)), der::setOf({signerInfo}));
    return der::sequence(der::oid(oid::signedData), der::explicitTag(0, signedData));
}

// Changes the first character of programName inside the already signed attributes (ASCII case flip).
void tamperProgramName(Bytes &signedAttributesContent, const std::string &programName) {
    const std::u16string characters = der::utf8ToUtf16(programName);
    Bytes expected = der::bmpString(characters);
    expected[0] = der::contextPrimitive(0);
    const auto found = std::search(signedAttributesContent.begin(), signedAttributesContent.end(),
                                   expected.begin(), expected.end());
    if (found == signedAttributesContent.end())
        throw FixtureError("internal error: programName not found in the signed attributes");
    const std::size_t headerLength = der::headerSize(characters.size() * 2);
    // BMPString is big-endian: the low byte of the first character follows the header and a high byte.
    signedAttributesContent[static_cast<std::size_t>(found - signedAttributesContent.begin()) + headerLength +
                            1] ^= 0x20;
}

// ---------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------
std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char character : text) {
        switch (character) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(character) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(character));
                out += escaped;
            } else {
                out += character;
            }
        }
    }
    return out + "\"";
}

void writeFacts(const std::string &path, const Options &options, const Pki &pki, const BuiltCtl &ctl) {
    X509 *signer = pki.signer.certificate.get();
    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(signer), nullptr));
    checkOpenssl(serial != nullptr, "ASN1_INTEGER_to_BN");
    OpensslStringPtr serialHex(BN_bn2hex(serial.get()));
    checkOpenssl(serialHex != nullptr, "BN_bn2hex");
    std::string serialText(serialHex.get());
    std::transform(serialText.begin(), serialText.end(), serialText.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });

    std::string json = "{\n";
    json += "  \"entryCount\": " + std::to_string(options.entryCount) + ",\n";
    json += "  \"thisUpdate\": " + jsonString(formatIsoDateTime(options.thisUpdate)) + ",\n";
    json += "  \"sequenceNumber\": " +
            (ctl.sequenceNumberContent.empty() ? std::string("null")
                                               : jsonString(toHex(ctl.sequenceNumberContent))) +
            ",\n";
    json += "  \"signerSubject\": " + jsonString(rfc2253Name(X509_get_subject_name(signer))) + ",\n";
    json += "  \"signerSubjectFormat\": \"RFC2253\",\n";
    json += "  \"signerSerial\": " + jsonString(serialText) + ",\n";
    json += "  \"signerSha1\": " + jsonString(toHex(certificateSha1(signer))) + ",\n";
    json += "  \"rootSha1\": " + jsonString(toHex(certificateSha1(pki.root.certificate.get()))) + ",\n";
    json += "  \"digest\": " + jsonString(digestAlgorithm(options.digest).optionName) + ",\n";
    json += "  \"encoding\": " +
            jsonString(options.encoding == ContentEncoding::Explicit ? "explicit" : "octet") + ",\n";
    json += "  \"nested\": " + std::string(options.nested ? "true" : "false") + ",\n";
    json += "  \"countersigned\": " + std::string(options.countersign ? "true" : "false") + ",\n";
    if (ctl.firstEntry) {
        json += "  \"firstEntry\": {\n";
        json += "    \"identifier\": " + jsonString(toHex(ctl.firstEntry->identifier)) + ",\n";
        json += "    \"sha256\": " + jsonString(toHex(ctl.firstEntry->sha256)) + ",\n";
        json += "    \"friendlyName\": " + jsonString(ctl.firstEntry->friendlyName) + "\n";
        json += "  }\n";
    } else {
        json += "  \"firstEntry\": null\n";
    }
    json += "}\n";

    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << json;
    file.close();
    if (!file)
        throw FixtureError("cannot write " + path);
}

void writePemFiles(const Options &options, const Pki &pki) {
    if (options.writeRootPath)
        writeCertificatePem(*options.writeRootPath, pki.root.certificate.get());
    if (options.writeRootKeyPath)
        writePrivateKeyPem(*options.writeRootKeyPath, pki.root.key.get());
    if (options.writeChainDirectory) {
        const std::filesystem::path directory(*options.writeChainDirectory);
        std::error_code error;
        std::filesystem::create_directories(directory, error);
        if (error)
            throw FixtureError("cannot create directory " + directory.string() + ": " + error.message());
        writeCertificatePem((directory / "root.pem").string(), pki.root.certificate.get());
        for (std::size_t k = 0; k < pki.intermediates.size(); ++k)
            writeCertificatePem((directory / ("ca" + std::to_string(k + 1) + ".pem")).string(),
                                pki.intermediates[k].certificate.get());
        writeCertificatePem((directory / "signer.pem").string(), pki.signer.certificate.get());
        if (pki.timeStamping)
            writeCertificatePem((directory / "tsa.pem").string(), pki.timeStamping->certificate.get());
    }
}

int run(int argc, char **argv) {
    const Options options = parseCommandLine(argc, argv);
    const Pki pki = buildPki(options);
    BuiltCtl ctl = buildCtl(options);

    const RsaPadding padding = options.pss ? RsaPadding::Pss : RsaPadding::Pkcs1;
    const std::vector<X509 *> bag = certificateBag(pki, options);
    const Bytes certificates = encodeCertificates(bag);

    Bytes signerInfos; // complete SET OF SignerInfo
    if (options.noSignerInfos) {
        signerInfos = der::setOf({});
    } else {
        std::vector<Bytes> attributes;
        const Bytes contentTypeAttribute =
            attribute(oid::contentType, der::oid(options.contentTypeMismatch ? oid::data : oid::ctl));
        attributes.push_back(contentTypeAttribute);
        if (options.duplicateSignedAttribute)
            attributes.push_back(contentTypeAttribute);
        // Microsoft's encoding (PKCS #7 v1.5, RFC 2315 9.3) digests the CTL SEQUENCE's value octets; the CMS
        // encoding (RFC 5652 5.4) digests the eContent OCTET STRING's content, which is the whole CTL TLV.
        const bool cmsStyle = options.encoding == ContentEncoding::OctetString;
        attributes.push_back(attribute(
            oid::messageDigest,
            der::octetString(hashBytes(options.digest, cmsStyle ? der::ByteView(ctl.tlv) : ctl.value()))));
        attributes.push_back(
            attribute(oid::spcSpOpusInfo, spcSpOpusInfo(options.programName, options.moreInfoUrl)));

        PkeyPtr wrongKey;
        EVP_PKEY *signingKey = pki.signer.key.get();
        if (options.wrongKey) {
            wrongKey = generateKey(options.signerKey);
            signingKey = wrongKey.get();
        }
        if (pki.otherSigner)
            signingKey = pki.otherSigner->key.get();
        const std::vector<Bytes> attributesCopy = attributes;
        SignedAttributes signedAttributes =
            signAttributes(std::move(attributes), signingKey, options.digest, padding);
        // The file keeps the correct attributes; only what the signature covers changes.
        switch (options.signatureOver) {
        case SignatureCoverage::Attributes:
            break;
        case SignatureCoverage::OtherAttributes: {
            std::vector<Bytes> other = attributesCopy;
            other.push_back(attribute(oid::signingTime, encodeTime(options.thisUpdate, false)));
            signedAttributes.signature =
                signAttributes(std::move(other), signingKey, options.digest, padding).signature;
            break;
        }
        case SignatureCoverage::ImplicitTag:
            signedAttributes.signature =
                signData(signingKey, options.digest, padding,
                         der::tlv(der::contextConstructed(0), signedAttributes.sortedContent));
            break;
        case SignatureCoverage::Content:
            signedAttributes.signature = signData(signingKey, options.digest, padding,
                                                  cmsStyle ? der::ByteView(ctl.tlv) : ctl.value());
            break;
        }

        std::vector<Bytes> unsignedAttributes;
        if (options.nested)
            unsignedAttributes.push_back(
                attribute(oid::nestedSignature, nestedSignatureContentInfo(options, pki, ctl, certificates)));
        if (options.countersign)
            unsignedAttributes.push_back(attribute(
                oid::counterSignature, counterSignerInfo(options, pki, signedAttributes.signature)));
        if (options.rfc3161)
            unsignedAttributes.push_back(
                attribute(oid::rfc3161CounterSign, rfc3161Token(options, pki, signedAttributes.signature)));

        if (options.tamperSignedAttribute)
            tamperProgramName(signedAttributes.sortedContent, options.programName);

        X509 *signerCertificate = pki.signer.certificate.get();
        Bytes signerInfo = encodeSignerInfo(
            signerCertificate, options.digest,
            signatureAlgorithm(X509_get0_pubkey(signerCertificate), options.digest, padding),
            signedAttributes,
            unsignedAttributes.empty() ? Bytes{} : der::sortedSetContent(std::move(unsignedAttributes)));
        if (options.sidWrongSerial) {
            // The serial number's last content octet is the last octet of issuerAndSerialNumber.
            const Bytes sid = issuerAndSerialNumber(signerCertificate);
            const auto found = std::search(signerInfo.begin(), signerInfo.end(), sid.begin(), sid.end());
            if (found == signerInfo.end())
                throw FixtureError("internal error: issuerAndSerialNumber not found in the SignerInfo");
            signerInfo[static_cast<std::size_t>(found - signerInfo.begin()) + sid.size() - 1] ^= 0x01;
        }
        signerInfos = der::setOf({signerInfo});
    }

    // Only now, after every signature and digest, is the content broken.
    if (options.tamperContent)
        ctl.tlv[*ctl.firstFriendlyNameLastCharacter] ^= 0x01;

    // Assemble around the CTL without copying it: prefix + CTL + suffix.
    const Bytes version = der::integer(1);
    const Bytes digestAlgorithms =
        der::setOf({der::algorithmWithNullParameters(digestAlgorithm(options.digest).oid)});
    const Bytes contentTypeOid = der::oid(oid::ctl);
    const bool octetEncoding = options.encoding == ContentEncoding::OctetString;
    const Bytes octetStringHeader = octetEncoding ? der::header(der::OctetString, ctl.tlv.size()) : Bytes{};
    const std::size_t eContentLength = octetStringHeader.size() + ctl.tlv.size();
    const std::size_t contentInfoLength =
        contentTypeOid.size() + der::headerSize(eContentLength) + eContentLength;
    const Bytes suffix = options.noSignerInfos ? signerInfos : der::concatenate({certificates, signerInfos});
    const std::size_t signedDataLength = version.size() + digestAlgorithms.size() +
                                         der::headerSize(contentInfoLength) + contentInfoLength +
                                         suffix.size();
    const Bytes signedDataOid = der::oid(oid::signedData);
    const std::size_t explicitSignedDataLength = der::headerSize(signedDataLength) + signedDataLength;
    const std::size_t outerLength =
        signedDataOid.size() + der::headerSize(explicitSignedDataLength) + explicitSignedDataLength;

    Bytes prefix;
    der::appendHeader(prefix, der::Sequence, outerLength); // ContentInfo
    der::append(prefix, signedDataOid);
    der::appendHeader(prefix, der::contextConstructed(0), explicitSignedDataLength);
    der::appendHeader(prefix, der::Sequence, signedDataLength); // SignedData
    der::append(prefix, version);
    der::append(prefix, digestAlgorithms);
    der::appendHeader(prefix, der::Sequence, contentInfoLength); // contentInfo
    der::append(prefix, contentTypeOid);
    der::appendHeader(prefix, der::contextConstructed(0), eContentLength);
    der::append(prefix, octetStringHeader);

    std::ofstream out(options.outPath, std::ios::binary | std::ios::trunc);
    if (!out)
        throw FixtureError("cannot create " + options.outPath);
    out.write(reinterpret_cast<const char *>(prefix.data()), static_cast<std::streamsize>(prefix.size()));
    out.write(reinterpret_cast<const char *>(ctl.tlv.data()), static_cast<std::streamsize>(ctl.tlv.size()));
    out.write(reinterpret_cast<const char *>(suffix.data()), static_cast<std::streamsize>(suffix.size()));
    const Bytes zeros(std::min<std::uint64_t>(options.trailingBytes, 65536), 0);
    for (std::uint64_t remaining = options.trailingBytes; remaining > 0;) {
        const std::uint64_t chunk = std::min<std::uint64_t>(remaining, zeros.size());
        out.write(reinterpret_cast<const char *>(zeros.data()), static_cast<std::streamsize>(chunk));
        remaining -= chunk;
    }
    out.close();
    if (!out)
        throw FixtureError("cannot write " + options.outPath);

    writePemFiles(options, pki);
    if (options.factsPath)
        writeFacts(*options.factsPath, options, pki, ctl);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    try {
        return run(argc, argv);
    } catch (const FixtureError &error) {
        std::cerr << "ctlfixture: error: " << error.what() << '\n';
    } catch (const std::exception &error) {
        std::cerr << "ctlfixture: error: " << error.what() << '\n';
    }
    return 2;
}
