#pragma once
// Small formatting helpers shared by the item models (internal to model/models/).

#include "CtlDocument.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace ctlv::modeltext {

/// Text from a file as one line with its control characters made visible, for every place the viewer
/// shows a name, a path or a message that quotes one: newline, CR and tab as \n \r \t, other C0
/// controls and DEL as \xHH, C1 controls, line and paragraph separators and the bidirectional
/// embeddings, overrides, isolates and marks as \uHHHH. So a subject "CN=a\nforged: valid" cannot pose as
/// a second line, nor U+202E reverse what follows it. Text without such characters comes back unchanged.
QString oneLine(const QString &text);
/// The locale's short date format with a four-digit year (German and Korean write "16.06.25", "25. 6. 16.").
QString shortDateFormat(const QLocale &locale);
/// The locale's short time format with seconds: German's "HH:mm" and Korean's "a h:mm" drop them, and signing
/// times one second apart must not look equal. Every view and report writes times with it.
QString timeFormatWithSeconds(const QLocale &locale);
/// A date for people: the locale's short date (four-digit year) and time with seconds, in UTC, plus " UTC".
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
