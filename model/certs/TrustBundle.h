#pragma once
// The trust bundle export: a list's linked certificates as one PEM file, each preceded by comment lines
// saying what the list grants it, in list order, optionally only the roots Windows would trust for one
// purpose at one date. A PEM bundle cannot say "trusted only for certificates issued before ...", so
// roots restricted by a NotBefore date go in or stay out by an explicit choice, and the summary says so.

#include "CertificateLinker.h"
#include "CtlDocument.h"

#include <QDateTime>
#include <QIODevice>
#include <QStringList>

namespace ctlv {

struct TrustBundleOptions {
    QString purposeOid; // empty: every purpose the list grants
    QDateTime at;       // the date Disable dates are judged at; invalid: now
    bool includeNotBeforeRestricted = false;
};

struct TrustBundleSummary {
    qint64 written = 0;
    QStringList missing;    // entries without a certificate: "identifier (friendly name)"
    QStringList mismatched; // entries whose certificate's SHA-256 differs from the list's: never written
    qint64 notGranted = 0;  // the list does not grant the purpose
    qint64 disabled = 0;    // a Disable date reached (for the purpose, or for every purpose)
    qint64 notBeforeIncluded = 0;
    qint64 notBeforeExcluded = 0;
    QDateTime at;
};

class TrustBundle {
public:
    // "server-auth", "client-auth", "code-signing", "email", "time-stamping", "ocsp-signing" or a dotted
    // OID; empty when neither.
    static QString purposeOid(const QString &nameOrOid);
    // Writes the bundle; false when the device refused a write.
    static bool write(QIODevice &out, const CtlDocument &document, const CertificateLinks &links,
                      const TrustBundleOptions &options, TrustBundleSummary &summary);
};

} // namespace ctlv
