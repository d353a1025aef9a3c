#pragma once
// Plain values describing one X.509 certificate from a CTL's certificate bag.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ctlv {

enum class CertificateSource { SignedDataBag, NestedSignatureBag };

// One X.509 extension, as OpenSSL decodes it for people (what `openssl x509 -text` prints).
struct CertificateExtension {
    QString oid;
    QString name; // OpenSSL's long name, empty when it has none
    bool critical = false;
    QStringList lines; // the decoded value, line by line; empty when OpenSSL cannot decode it
    QByteArray value;  // the extnValue octets
};

struct CertificateInfo {
    QByteArray der;
    CertificateSource source = CertificateSource::SignedDataBag;
    bool parsed = false; // false when OpenSSL could not read it; der is still kept
    QString parseError;

    int version = 0; // 1, 2 or 3
    QString subject; // RFC 2253 order: "CN=...,O=...,C=US"
    QString issuer;
    QString commonName;
    QByteArray subjectDer;
    QByteArray issuerDer;
    QByteArray serialNumber; // big-endian magnitude
    QString serialHex;       // lowercase
    QByteArray sha1;
    QByteArray sha256;
    QDateTime notBefore;
    QDateTime notAfter;
    QString signatureAlgorithm; // OID
    QString keyAlgorithm;       // "RSA", "EC", ...
    int keyBits = 0;
    QString curve;
    QByteArray rsaPublicExponent;      // big-endian, RSA and RSA-PSS keys only
    bool ecExplicitParameters = false; // the EC key names no curve but spells out its parameters
    bool hasEkuExtension = false;
    QStringList ekus; // OIDs; empty with hasEkuExtension false means "any usage"
    std::optional<bool> basicConstraintsCa;
    std::optional<int> pathLength;
    QByteArray subjectKeyIdentifier;
    QByteArray authorityKeyIdentifier;
    QStringList keyUsage;                         // "digitalSignature", "keyCertSign", ...
    std::vector<CertificateExtension> extensions; // every extension, in certificate order
    bool selfIssued = false;                      // subject == issuer

    bool hasEku(const QString &oid) const { return ekus.contains(oid); }
};

// An X.509 Name as people read it: RFC 2253 order ("CN=...,O=...,C=US"), UTF-8 kept as text.
// Falls back to hex when the bytes are not a Name.
QString nameText(const QByteArray &nameDer);

// Decodes a DER certificate with OpenSSL.
CertificateInfo describeCertificate(const QByteArray &der, CertificateSource source);

// How a certificate is exported on its own: its DER as it is, or PEM (RFC 7468's textual encoding:
// base64 in lines of 64 characters between "-----BEGIN CERTIFICATE-----" and "-----END CERTIFICATE-----",
// each line ending in LF), byte for byte what `openssl x509 -outform PEM` writes.
enum class CertificateEncoding { Der, Pem };
QByteArray encodeCertificate(const QByteArray &der, CertificateEncoding encoding);

} // namespace ctlv
