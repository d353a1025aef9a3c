#pragma once
// Small formatting helpers shared by the item models (internal to model/models/).

#include "CtlDocument.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace ctlv::modeltext {

/// A date for people: the locale's short date (four-digit year) and time, in UTC, plus " UTC".
QString utcText(const QDateTime &time);
// The same in `locale`: what worker threads call, with a locale taken on the GUI thread (QLocale() reads the
// default locale, which a language switch sets on the GUI thread meanwhile).
QString utcText(const QDateTime &time, const QLocale &locale);
/// Translated "Primary signer", "Nested signer", "Countersigner".
QString signerKindLabel(SignerKind kind);
/// The common name when there is one, else the whole subject.
QString certificateName(const CertificateInfo &certificate);
/// Human labels of OIDs joined with ", ".
QString oidLabels(const QStringList &oids);
/// "Label (OID)" for each OID, one per line.
QString oidDescriptions(const QStringList &oids);
/// Each value's hex, separated by spaces.
QString hexValues(const QList<QByteArray> &values);
/// szOID_ROOT_PROGRAM_FLAGS bits by their SDK names ("ORG, LSC").
QString rootProgramFlagsText(int flags);

} // namespace ctlv::modeltext
