#pragma once
// Certificate sources: the files that hold the certificates a trust list names only by hash. Serialized
// stores (.sst, as `certutil -generateSSTFromWU` writes them), PEM bundles, single DER or PEM
// certificates, PKCS #7 certificate bags, folders of these, and regedit exports of the
// SystemCertificates keys. Read by content, never by file name; typed values, typed errors.

#include "CertificateInfo.h"
#include "LoadError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ctlv {

enum class CertificateSourceKind { SerializedStore, PemBundle, Certificate, Pkcs7, Folder, RegistryExport };
QString certificateSourceKindKey(CertificateSourceKind kind); // "sst", "pem", "certificate", "pkcs7", ...

// Certificate property ids (CERT_*_PROP_ID) as wincrypt.h numbers them; see CertificateSources.cpp.
namespace prop {
constexpr quint32 Sha1Hash = 3;
constexpr quint32 Md5Hash = 4;
constexpr quint32 EnhancedKeyUsage = 9;
constexpr quint32 FriendlyName = 11;
constexpr quint32 KeyIdentifier = 20;
constexpr quint32 SubjectNameMd5Hash = 29;
constexpr quint32 AuthRootSha256Hash = 98;
constexpr quint32 DisallowedFiletime = 104;
constexpr quint32 Sha256Hash = 107;
constexpr quint32 NotBeforeFiletime = 126;
// Serialized-store element ids that are not properties: the end marker and the contexts.
constexpr quint32 EndMarker = 0;
constexpr quint32 CertificateElement = 0x20;
constexpr quint32 CrlElement = 0x21;
constexpr quint32 CtlElement = 0x22;
} // namespace prop

// The wincrypt.h name of a property id ("CERT_FRIENDLY_NAME_PROP_ID"), empty when unknown.
QString storePropertyName(quint32 id);

// One property element as the store wrote it; unknown ids are kept raw.
struct StoreProperty {
    quint32 id = 0;
    quint32 encoding = 0;
    qint64 offset = 0; // of the element's header in the file (or registry Blob)
    QByteArray value;
};

struct StoredCertificate {
    QByteArray der;
    bool wellFormed = false; // the DER has a certificate's outer structure (checked without OpenSSL)
    QByteArray sha1;
    QByteArray sha256;
    QByteArray publicKeyMd5;             // MD5 of the subjectPublicKey bits (disallowed lists' 16-byte ids)
    QByteArray tbsSha384;                // SHA-384 of the DER tbsCertificate (their 48-byte ids)
    QList<StoreProperty> properties;     // the store's properties, in file order (empty for PEM/DER)
    std::optional<QString> friendlyName; // CERT_FRIENDLY_NAME_PROP_ID, decoded
    QString origin;                      // where it came from: a file, or "file ▸ registry key"

    // Subject, issuer, validity, key, extensions: decoded by OpenSSL on first use and kept. That parse
    // (OpenSSL 3 decodes the public key through its provider decoders) is most of the cost of a
    // certificate, and linking needs only the hashes above.
    const CertificateInfo &info() const;
    const StoreProperty *property(quint32 id) const;

private:
    mutable std::shared_ptr<const CertificateInfo> m_info;
};

// A list a registry export carries (AuthRoot\AutoUpdate\EncodedCtl and its siblings).
struct RegistryList {
    QString key;       // the registry key it came from
    QString valueName; // "EncodedCtl", "DisallowedCertEncodedCtl", "PinRulesEncodedCtl"
    QByteArray der;
    std::optional<QDateTime> lastSyncTime; // the key's LastSyncTime (REG_QWORD or REG_BINARY FILETIME)
    int line = 0;
};

struct CertificateSourceData {
    QString file; // as the user named it
    CertificateSourceKind kind = CertificateSourceKind::Certificate;
    std::vector<StoredCertificate> certificates;
    std::vector<RegistryList> lists;
    QStringList notes; // what was skipped and why (a CRL element, a file in a folder that holds none)
};

struct CertificateReadOptions {
    bool recursive = false;                        // folders: descend into subfolders
    qint64 maxInputSize = 256LL * 1024 * 1024;     // each file
    int maxCertificates = 200'000;                 // in one source, folders included
    qint64 maxPropertyLength = 16LL * 1024 * 1024; // one serialized-store element
    int maxFiles = 100'000;                        // in one folder tree
};

class CertificateSources {
public:
    // A file or a folder. Folders take every file that is a certificate source and note the others.
    static Expected<CertificateSourceData> read(const QString &path,
                                                const CertificateReadOptions &options = {});
    // The bytes of one file; `fileName` names it in messages and origins.
    static Expected<CertificateSourceData> readBytes(const QByteArray &bytes, const QString &fileName,
                                                     const CertificateReadOptions &options = {});
    // Serialized-store elements from `begin` to the end of `bytes`: a .sst after its 8-byte header
    // (`endMarkerRequired`), or a registry Blob (no header, no end marker). Offsets in messages are
    // `offsetBase` + the position in `bytes`.
    static Expected<std::vector<StoredCertificate>>
    readStoreElements(const QByteArray &bytes, qsizetype begin, bool endMarkerRequired,
                      const QString &fileName, const QString &origin,
                      const CertificateReadOptions &options = {});
    // A certificate with the values the linker needs, described once.
    static StoredCertificate describe(const QByteArray &der, const QString &origin);
    // True when the bytes are a serialized store (header 00000000 "CERT").
    static bool isSerializedStore(const QByteArray &bytes);
};

} // namespace ctlv
