// Reading certificate sources by content: .sst stores, PEM, DER, PKCS #7 bags, folders, registry exports
// (CertificateSources.h).
#include "CertificateSources.h"

#include "Der.h"

#include "CtlDocument.h"
#include "FileAccess.h"
#include "OsslPtr.h"
#include "RegistryExport.h"

#include <mutex>
#include <openssl/pkcs7.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtEndian>

// Facts about Windows this file relies on, and where they come from:
// - Serialized store layout: [MS-OSHARED] 2.3.9.1 DocSigSerializedCertStore (learn.microsoft.com/openspecs/
//   office_file_formats/ms-oshared): version 0x00000000, fileType 0x54524543 ("CERT"), then certificate
//   groups, then an EndElementMarkerEntry (id 0 and 8 zero bytes). 2.3.2.5.x: each SerializedPropertyEntry is
//   {id, encodingType (MUST be 1), length, value} with id <= 0xFFFF and never 0 or 0x20; the
//   SerializedCertificateEntry has id 0x20 and holds the DER certificate, after its properties.
//   CertSaveStore's CERT_STORE_SAVE_AS_STORE writes this form ("a serialized store containing properties
//   in addition to encoded certificates, CRLs and CTLs"; the CRL and CTL element ids 0x21 and 0x22 are
//   not in the documents found, so such elements are skipped and noted, not decoded).
// - Registry Blob values: [MS-GPEF] 2.2.1.1.1 "The certificate BLOB MUST consist of zero or more certificate
//   properties, followed by the encoded certificate", each property {PropertyID, Reserved, Length, Value}
//   and the certificate introduced by 0x20 0x00 0x00 0x00 0x01 0x00 0x00 0x00: the store's elements
//   without the file header and end marker.
// - Property ids: wincrypt.h, "Certificate, CRL and CTL property IDs" (Microsoft's copy in
//   microsoft/win32metadata, RecompiledIdlHeaders/um/wincrypt.h); the ids 3, 4, 9, 11 and 20 are also
//   documented for CertGetCertificateContextProperty and in the [MS-GPEF] table.

namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CertificateSources)
};

LoadError sourceError(LoadError::Code code, const QString &file, qint64 offset, const QString &message) {
    LoadError error;
    error.code = code;
    error.file = file;
    error.offset = offset;
    error.message = message;
    return error;
}

quint32 readU32(const QByteArray &bytes, qsizetype at) {
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// The spans of a certificate the linker hashes, found by walking its outer structure (RFC 5280 4.1):
// Certificate { tbsCertificate { [0] version?, serial, signature, issuer, validity, subject,
// subjectPublicKeyInfo { algorithm, subjectPublicKey BIT STRING }, ... }, signatureAlgorithm,
// signatureValue }. OpenSSL decodes the rest when it is shown.
struct CertificateSpans {
    qsizetype tbsOffset = 0;
    qsizetype tbsLength = 0;
    qsizetype keyOffset = 0; // the subjectPublicKey bits, after the unused-bits octet
    qsizetype keyLength = 0;
};
std::optional<CertificateSpans> certificateSpans(const QByteArray &der) {
    const auto outer = der::peekHeader(der, 0, der.size());
    if (!outer || outer->tag != 0x30 || outer->end() != der.size())
        return std::nullopt;
    const auto tbs = der::peekHeader(der, outer->valueOffset(), outer->end());
    if (!tbs || tbs->tag != 0x30)
        return std::nullopt;
    const auto algorithm = der::peekHeader(der, tbs->end(), outer->end());
    if (!algorithm || algorithm->tag != 0x30)
        return std::nullopt;
    const auto signature = der::peekHeader(der, algorithm->end(), outer->end());
    if (!signature || signature->tag != 0x03 || signature->end() != outer->end())
        return std::nullopt;
    CertificateSpans spans;
    spans.tbsOffset = outer->valueOffset();
    spans.tbsLength = tbs->end() - outer->valueOffset();
    qsizetype at = tbs->valueOffset();
    auto field = der::peekHeader(der, at, tbs->end());
    if (field && field->tag == 0xa0) { // [0] EXPLICIT version
        at = field->end();
        field = der::peekHeader(der, at, tbs->end());
    }
    // serial INTEGER, signature, issuer, validity, subject, then subjectPublicKeyInfo.
    static constexpr quint8 expected[] = {0x02, 0x30, 0x30, 0x30, 0x30};
    for (const quint8 tag : expected) {
        if (!field || field->tag != tag)
            return std::nullopt;
        at = field->end();
        field = der::peekHeader(der, at, tbs->end());
    }
    if (!field || field->tag != 0x30)
        return std::nullopt;
    const auto keyAlgorithm = der::peekHeader(der, field->valueOffset(), field->end());
    if (!keyAlgorithm || keyAlgorithm->tag != 0x30)
        return std::nullopt;
    const auto key = der::peekHeader(der, keyAlgorithm->end(), field->end());
    if (!key || key->tag != 0x03 || key->length < 1)
        return std::nullopt;
    spans.keyOffset = key->valueOffset() + 1;
    spans.keyLength = key->length - 1;
    return spans;
}

QByteArray digest(const EVP_MD *type, QByteArrayView data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &length, type, nullptr) != 1) {
        ossl::takeLastError();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

bool isPemCertificateLabel(QByteArrayView label) {
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

// The certificates of a PKCS #7 SignedData (a .p7b/.p7c bag), or nothing when the bytes are not one.
std::optional<QList<QByteArray>> pkcs7Certificates(const QByteArray &der) {
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<PKCS7, ossl::Deleter<&PKCS7_free>> pkcs7(d2i_PKCS7(nullptr, &cursor, der.size()));
    if (!pkcs7) {
        ossl::takeLastError();
        return std::nullopt;
    }
    if (!PKCS7_type_is_signed(pkcs7.get()) || pkcs7->d.sign == nullptr)
        return std::nullopt;
    QList<QByteArray> certificates;
    STACK_OF(X509) *stack = pkcs7->d.sign->cert;
    for (int i = 0; stack && i < sk_X509_num(stack); ++i) {
        unsigned char *out = nullptr;
        const int length = i2d_X509(sk_X509_value(stack, i), &out);
        if (length > 0)
            certificates << QByteArray(reinterpret_cast<const char *>(out), length);
        OPENSSL_free(out);
    }
    return certificates;
}

bool isWholeCertificate(const QByteArray &der) {
    return certificateSpans(der).has_value();
}

// PEM text: every CERTIFICATE block, and the certificates of PKCS7 blocks; anything between the blocks
// (the "# Key: value" comments of cacert.pem) is ignored, other block types are noted.
Expected<CertificateSourceData> readPem(const QByteArray &bytes, const QString &fileName,
                                        const CertificateReadOptions &options) {
    CertificateSourceData data;
    data.file = fileName;
    int certificateBlocks = 0;
    int pkcs7Blocks = 0;
    qsizetype position = 0;
    while ((position = bytes.indexOf("-----BEGIN ", position)) >= 0) {
        const qsizetype labelStart = position + 11;
        const qsizetype labelEnd = bytes.indexOf("-----", labelStart);
        const qsizetype lineEnd = bytes.indexOf('\n', labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd))
            return sourceError(
                LoadError::Code::MalformedCertificateSource, fileName, position,
                Text::tr("the PEM header at offset %1 is not closed by \"-----\"").arg(position));
        const QByteArray label = bytes.mid(labelStart, labelEnd - labelStart);
        const QByteArray endMarker = "-----END " + label + "-----";
        const qsizetype bodyStart = labelEnd + 5;
        const qsizetype end = bytes.indexOf(endMarker, bodyStart);
        if (end < 0)
            return sourceError(
                LoadError::Code::Truncated, fileName, position,
                Text::tr("the PEM block \"%1\" at offset %2 has no END line; the file is truncated")
                    .arg(QString::fromLatin1(label), QString::number(position)));
        QByteArray digits = bytes.mid(bodyStart, end - bodyStart);
        digits.replace('\r', "").replace('\n', "").replace(' ', "").replace('\t', "");
        auto decoded = QByteArray::fromBase64Encoding(digits, QByteArray::AbortOnBase64DecodingErrors);
        if (digits.size() % 4 != 0 || !decoded || decoded.decoded.isEmpty())
            return sourceError(LoadError::Code::BadBase64, fileName, bodyStart,
                               Text::tr("the PEM block \"%1\" at offset %2 is not valid base64")
                                   .arg(QString::fromLatin1(label), QString::number(position)));
        if (isPemCertificateLabel(label)) {
            StoredCertificate certificate = CertificateSources::describe(*decoded, fileName);
            if (!certificate.wellFormed)
                return sourceError(
                    LoadError::Code::MalformedCertificateSource, fileName, position,
                    Text::tr("the certificate at offset %1 is not built as an X.509 certificate")
                        .arg(position));
            data.certificates.push_back(std::move(certificate));
            ++certificateBlocks;
        } else if (label == "PKCS7") {
            const auto bag = pkcs7Certificates(*decoded);
            if (!bag)
                return sourceError(
                    LoadError::Code::MalformedCertificateSource, fileName, position,
                    Text::tr("the PKCS7 block at offset %1 is not a PKCS #7 signed message").arg(position));
            for (const QByteArray &der : *bag)
                data.certificates.push_back(CertificateSources::describe(der, fileName));
            ++pkcs7Blocks;
        } else {
            data.notes << Text::tr("%1: skipped the PEM block \"%2\" at offset %3 (not a certificate)")
                              .arg(fileName, QString::fromLatin1(label), QString::number(position));
        }
        if (static_cast<qint64>(data.certificates.size()) > options.maxCertificates)
            return sourceError(LoadError::Code::TooLarge, fileName, position,
                               Text::tr("more than %1 certificates").arg(options.maxCertificates));
        position = end + endMarker.size();
    }
    data.kind = pkcs7Blocks > 0 && certificateBlocks == 0    ? CertificateSourceKind::Pkcs7
                : certificateBlocks == 1 && pkcs7Blocks == 0 ? CertificateSourceKind::Certificate
                                                             : CertificateSourceKind::PemBundle;
    if (certificateBlocks + pkcs7Blocks == 0)
        return sourceError(LoadError::Code::PemNotCtl, fileName, -1,
                           Text::tr("the PEM file holds no CERTIFICATE or PKCS7 block"));
    return data;
}

std::optional<QDateTime> filetimeValue(const RegistryValue &value) {
    if (value.data.size() != 8)
        return std::nullopt;
    return filetimeToUtc(qFromLittleEndian<quint64>(value.data.constData()));
}

// The list values regedit exports under ...\AutoUpdate, with the LastSyncTime value that goes with each
// (wincrypt.h: CERT_AUTH_ROOT_AUTO_UPDATE_... "EncodedCtl"/"LastSyncTime", CERT_DISALLOWED_CERT_AUTO_UPDATE_
// ... "DisallowedCertEncodedCtl"/"DisallowedCertLastSyncTime", and the PinRules pair).
QString lastSyncValueFor(const QString &listValue) {
    QString prefix = listValue;
    prefix.chop(10); // "EncodedCtl"
    return prefix + QStringLiteral("LastSyncTime");
}

Expected<CertificateSourceData> readRegistry(const QByteArray &bytes, const QString &fileName,
                                             const CertificateReadOptions &options) {
    auto keys = RegistryExport::parse(bytes, fileName);
    if (!keys)
        return keys.error();
    CertificateSourceData data;
    data.file = fileName;
    data.kind = CertificateSourceKind::RegistryExport;
    for (const RegistryKey &key : keys.value()) {
        const QString keyTail = key.path.section(QLatin1Char('\\'), -1);
        for (const RegistryValue &value : key.values) {
            const bool binary = value.type == QLatin1String("hex");
            if (value.name.endsWith(QLatin1String("EncodedCtl")) && binary) {
                RegistryList list;
                list.key = key.path;
                list.valueName = value.name;
                list.der = value.data;
                list.line = value.line;
                const QString syncName = lastSyncValueFor(value.name);
                for (const RegistryValue &other : key.values)
                    if (other.name == syncName)
                        list.lastSyncTime = filetimeValue(other);
                data.lists.push_back(std::move(list));
            } else if (value.name == QLatin1String("Blob") && binary) {
                const QString origin = fileName + QStringLiteral(" \u25b8 ") + key.path;
                auto blob =
                    CertificateSources::readStoreElements(value.data, 0, false, fileName, origin, options);
                if (!blob) {
                    LoadError error = blob.error();
                    error.member = key.path + QStringLiteral("\\Blob");
                    return error;
                }
                for (StoredCertificate &certificate : blob.value()) {
                    // The key is named after the certificate's SHA-1 (Certificates\<SHA1>).
                    if (toHex(certificate.sha1).compare(keyTail, Qt::CaseInsensitive) != 0)
                        data.notes << Text::tr("%1: the key %2 is named after another SHA-1 than its "
                                               "certificate's (%3)")
                                          .arg(fileName, key.path, toHex(certificate.sha1));
                    data.certificates.push_back(std::move(certificate));
                }
            }
        }
    }
    return data;
}

Expected<CertificateSourceData> readFolder(const QString &path, const CertificateReadOptions &options) {
    CertificateSourceData data;
    data.file = displayFileName(path);
    data.kind = CertificateSourceKind::Folder;
    QDirIterator iterator(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                          options.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QStringList files;
    while (iterator.hasNext()) {
        files << iterator.next();
        if (files.size() > options.maxFiles)
            return sourceError(LoadError::Code::TooLarge, data.file, -1,
                               Text::tr("the folder holds more than %1 files").arg(options.maxFiles));
    }
    files.sort(); // the same order on every system
    for (const QString &file : files) {
        auto bytes = readInputFile(file, options.maxInputSize);
        if (!bytes) {
            data.notes << bytes.error().toString();
            continue;
        }
        auto source = CertificateSources::readBytes(bytes.value(), displayFileName(file), options);
        if (!source) {
            // One damaged or unrelated file does not hide the others; it is named in the notes.
            data.notes << source.error().toString();
            continue;
        }
        for (StoredCertificate &certificate : source.value().certificates)
            data.certificates.push_back(std::move(certificate));
        data.notes += source.value().notes;
        if (static_cast<qint64>(data.certificates.size()) > options.maxCertificates)
            return sourceError(LoadError::Code::TooLarge, data.file, -1,
                               Text::tr("more than %1 certificates").arg(options.maxCertificates));
    }
    if (data.certificates.empty())
        data.notes << Text::tr("%1: the folder holds no certificate").arg(data.file);
    return data;
}
} // namespace

QString certificateSourceKindKey(CertificateSourceKind kind) {
    switch (kind) {
    case CertificateSourceKind::SerializedStore:
        return QStringLiteral("sst");
    case CertificateSourceKind::PemBundle:
        return QStringLiteral("pem");
    case CertificateSourceKind::Certificate:
        return QStringLiteral("certificate");
    case CertificateSourceKind::Pkcs7:
        return QStringLiteral("pkcs7");
    case CertificateSourceKind::Folder:
        return QStringLiteral("folder");
    case CertificateSourceKind::RegistryExport:
        return QStringLiteral("registry");
    }
    return {};
}

QString storePropertyName(quint32 id) {
    // wincrypt.h, "Certificate, CRL and CTL property IDs" (see the top of this file).
    switch (id) {
    case 2:
        return QStringLiteral("CERT_KEY_PROV_INFO_PROP_ID");
    case 3:
        return QStringLiteral("CERT_SHA1_HASH_PROP_ID");
    case 4:
        return QStringLiteral("CERT_MD5_HASH_PROP_ID");
    case 6:
        return QStringLiteral("CERT_KEY_SPEC_PROP_ID");
    case 9:
        return QStringLiteral("CERT_ENHKEY_USAGE_PROP_ID");
    case 10:
        return QStringLiteral("CERT_NEXT_UPDATE_LOCATION_PROP_ID");
    case 11:
        return QStringLiteral("CERT_FRIENDLY_NAME_PROP_ID");
    case 13:
        return QStringLiteral("CERT_DESCRIPTION_PROP_ID");
    case 15:
        return QStringLiteral("CERT_SIGNATURE_HASH_PROP_ID");
    case 20:
        return QStringLiteral("CERT_KEY_IDENTIFIER_PROP_ID");
    case 24:
        return QStringLiteral("CERT_ISSUER_PUBLIC_KEY_MD5_HASH_PROP_ID");
    case 25:
        return QStringLiteral("CERT_SUBJECT_PUBLIC_KEY_MD5_HASH_PROP_ID");
    case 28:
        return QStringLiteral("CERT_ISSUER_SERIAL_NUMBER_MD5_HASH_PROP_ID");
    case 29:
        return QStringLiteral("CERT_SUBJECT_NAME_MD5_HASH_PROP_ID");
    case 83:
        return QStringLiteral("CERT_ROOT_PROGRAM_CERT_POLICIES_PROP_ID");
    case 84:
        return QStringLiteral("CERT_ROOT_PROGRAM_NAME_CONSTRAINTS_PROP_ID");
    case 98:
        return QStringLiteral("CERT_AUTH_ROOT_SHA256_HASH_PROP_ID");
    case 104:
        return QStringLiteral("CERT_DISALLOWED_FILETIME_PROP_ID");
    case 105:
        return QStringLiteral("CERT_ROOT_PROGRAM_CHAIN_POLICIES_PROP_ID");
    case 107:
        return QStringLiteral("CERT_SHA256_HASH_PROP_ID");
    case 122:
        return QStringLiteral("CERT_DISALLOWED_ENHKEY_USAGE_PROP_ID");
    case 123:
        return QStringLiteral("CERT_NONCOMPLIANT_ROOT_URL_PROP_ID");
    case 124:
        return QStringLiteral("CERT_PIN_SHA256_HASH_PROP_ID");
    case 126:
        return QStringLiteral("CERT_NOT_BEFORE_FILETIME_PROP_ID");
    case 127:
        return QStringLiteral("CERT_NOT_BEFORE_ENHKEY_USAGE_PROP_ID");
    case 128:
        return QStringLiteral("CERT_DISALLOWED_CA_FILETIME_PROP_ID");
    case 129:
        return QStringLiteral("CERT_SHA1_SHA256_HASH_PROP_ID");
    default:
        return {};
    }
}

const StoreProperty *StoredCertificate::property(quint32 id) const {
    for (const StoreProperty &candidate : properties)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

StoredCertificate CertificateSources::describe(const QByteArray &der, const QString &origin) {
    StoredCertificate certificate;
    certificate.der = der;
    certificate.origin = origin;
    certificate.sha1 = ossl::sha1(der);
    certificate.sha256 = ossl::sha256(der);
    const auto spans = certificateSpans(der);
    certificate.wellFormed = spans.has_value();
    if (!spans)
        return certificate;
    const QByteArrayView bytes(der);
    certificate.publicKeyMd5 = digest(EVP_md5(), bytes.sliced(spans->keyOffset, spans->keyLength));
    certificate.tbsSha384 = digest(EVP_sha384(), bytes.sliced(spans->tbsOffset, spans->tbsLength));
    return certificate;
}

const CertificateInfo &StoredCertificate::info() const {
    // Writers format a long list on several threads, and two rows may name the same certificate.
    static std::mutex decoding;
    const std::lock_guard lock(decoding);
    if (!m_info)
        m_info = std::make_shared<const CertificateInfo>(
            describeCertificate(der, CertificateSource::SignedDataBag));
    return *m_info;
}

bool CertificateSources::isSerializedStore(const QByteArray &bytes) {
    return bytes.size() >= 8 && readU32(bytes, 0) == 0 && bytes.mid(4, 4) == "CERT";
}

Expected<std::vector<StoredCertificate>>
CertificateSources::readStoreElements(const QByteArray &bytes, qsizetype begin, bool endMarkerRequired,
                                      const QString &fileName, const QString &origin,
                                      const CertificateReadOptions &options) {
    std::vector<StoredCertificate> certificates;
    QList<StoreProperty> pending;
    qsizetype position = begin;
    bool ended = false;
    while (position < bytes.size()) {
        if (bytes.size() - position < 12)
            return sourceError(
                LoadError::Code::Truncated, fileName, position,
                Text::tr("the store ends inside an element header at offset %1 (%2 of 12 bytes)")
                    .arg(QString::number(position), QString::number(bytes.size() - position)));
        const quint32 id = readU32(bytes, position);
        const quint32 encoding = readU32(bytes, position + 4);
        const quint32 length = readU32(bytes, position + 8);
        if (id == prop::EndMarker) {
            if (encoding != 0 || length != 0)
                return sourceError(
                    LoadError::Code::MalformedCertificateSource, fileName, position,
                    Text::tr("the end marker at offset %1 is not twelve zero bytes").arg(position));
            position += 12;
            ended = true;
            break;
        }
        if (id > 0xffff)
            return sourceError(LoadError::Code::MalformedCertificateSource, fileName, position,
                               Text::tr("the element at offset %1 has the id %2; ids go up to 65535")
                                   .arg(QString::number(position), QString::number(id)));
        if (encoding != 1)
            return sourceError(
                LoadError::Code::MalformedCertificateSource, fileName, position,
                Text::tr("the element at offset %1 (id %2) has the encoding type %3; a store "
                         "uses 1 (X.509 ASN.1)")
                    .arg(QString::number(position), QString::number(id), QString::number(encoding)));
        if (static_cast<qint64>(length) > options.maxPropertyLength)
            return sourceError(
                LoadError::Code::TooLarge, fileName, position,
                Text::tr("the element at offset %1 (id %2) says it is %3 bytes long, more than "
                         "the %4 bytes an element may take")
                    .arg(QString::number(position), QString::number(id), QString::number(length),
                         QString::number(options.maxPropertyLength)));
        const qsizetype valueOffset = position + 12;
        if (static_cast<qint64>(length) > bytes.size() - valueOffset)
            return sourceError(
                LoadError::Code::Truncated, fileName, position,
                Text::tr("the element at offset %1 (id %2) says it is %3 bytes long, but only %4 "
                         "bytes follow; the store is truncated")
                    .arg(QString::number(position), QString::number(id), QString::number(length),
                         QString::number(bytes.size() - valueOffset)));
        const QByteArray value = bytes.mid(valueOffset, length);
        if (id == prop::CertificateElement) {
            StoredCertificate certificate = describe(value, origin);
            if (!certificate.wellFormed)
                return sourceError(LoadError::Code::MalformedCertificateSource, fileName, position,
                                   Text::tr("the certificate element at offset %1 holds no readable "
                                            "certificate")
                                       .arg(position));
            certificate.properties = std::move(pending);
            pending.clear();
            if (const StoreProperty *name = certificate.property(prop::FriendlyName))
                certificate.friendlyName = utf16leText(name->value);
            certificates.push_back(std::move(certificate));
            if (static_cast<qint64>(certificates.size()) > options.maxCertificates)
                return sourceError(LoadError::Code::TooLarge, fileName, position,
                                   Text::tr("more than %1 certificates").arg(options.maxCertificates));
        } else if (id == prop::CrlElement || id == prop::CtlElement) {
            pending.clear(); // the properties belonged to that CRL or CTL, not to a certificate
        } else {
            pending.append({id, encoding, position, value});
            if (pending.size() > 4096)
                return sourceError(LoadError::Code::TooLarge, fileName, position,
                                   Text::tr("more than 4096 properties before a certificate"));
        }
        position = valueOffset + length;
    }
    if (!pending.isEmpty())
        return sourceError(
            LoadError::Code::Truncated, fileName, pending.front().offset,
            Text::tr("the properties from offset %1 on belong to no certificate: the store ends "
                     "before it")
                .arg(pending.front().offset));
    if (endMarkerRequired && !ended)
        return sourceError(
            LoadError::Code::Truncated, fileName, position,
            Text::tr("the store has no end marker; it is truncated at offset %1").arg(position));
    if (ended && position < bytes.size())
        return sourceError(LoadError::Code::MalformedCertificateSource, fileName, position,
                           Text::tr("%1 bytes follow the end marker, from offset %2 on")
                               .arg(QString::number(bytes.size() - position), QString::number(position)));
    return certificates;
}

Expected<CertificateSourceData> CertificateSources::readBytes(const QByteArray &bytes,
                                                              const QString &fileName,
                                                              const CertificateReadOptions &options) {
    if (bytes.isEmpty())
        return sourceError(LoadError::Code::Empty, fileName, -1, Text::tr("the file is empty"));
    if (isSerializedStore(bytes)) {
        auto elements = readStoreElements(bytes, 8, true, fileName, fileName, options);
        if (!elements)
            return elements.error();
        CertificateSourceData data;
        data.file = fileName;
        data.kind = CertificateSourceKind::SerializedStore;
        data.certificates = std::move(elements.value());
        for (const StoredCertificate &certificate : data.certificates)
            if (const StoreProperty *sha1 = certificate.property(prop::Sha1Hash);
                sha1 && sha1->value != certificate.sha1)
                data.notes
                    << Text::tr(
                           "%1: the SHA-1 property at offset %2 says %3, but the certificate's SHA-1 is %4")
                           .arg(fileName, QString::number(sha1->offset), toHex(sha1->value),
                                toHex(certificate.sha1));
        return data;
    }
    if (RegistryExport::looksLikeRegistryExport(bytes))
        return readRegistry(bytes, fileName, options);
    if (bytes.contains("-----BEGIN "))
        return readPem(bytes, fileName, options);
    if (static_cast<unsigned char>(bytes[0]) == 0x30) {
        if (isWholeCertificate(bytes)) {
            CertificateSourceData data;
            data.file = fileName;
            data.kind = CertificateSourceKind::Certificate;
            data.certificates.push_back(describe(bytes, fileName));
            return data;
        }
        if (const auto bag = pkcs7Certificates(bytes)) {
            CertificateSourceData data;
            data.file = fileName;
            data.kind = CertificateSourceKind::Pkcs7;
            for (const QByteArray &der : *bag)
                data.certificates.push_back(describe(der, fileName));
            if (data.certificates.empty())
                data.notes << Text::tr("%1: the PKCS #7 message holds no certificate").arg(fileName);
            return data;
        }
    }
    return sourceError(LoadError::Code::Unrecognised, fileName, -1,
                       Text::tr("not a certificate source: neither a serialized store (.sst), a registry "
                                "export (.reg), PEM, a DER certificate nor a PKCS #7 certificate bag"));
}

Expected<CertificateSourceData> CertificateSources::read(const QString &path,
                                                         const CertificateReadOptions &options) {
    if (!isStandardStream(path) && QFileInfo(path).isDir())
        return readFolder(path, options);
    auto bytes = readInputFile(path, options.maxInputSize);
    if (!bytes)
        return bytes.error();
    return readBytes(bytes.value(), displayFileName(path), options);
}

} // namespace ctlv
