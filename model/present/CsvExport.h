#pragma once
// CSV exports of a list's entries and of its findings: RFC 4180 (UTF-8, quoting where needed, CRLF),
// optionally with the locale's separator and a BOM for spreadsheet programs. Cells that a spreadsheet
// would run as a formula are neutralised. Dates stay ISO 8601 whatever the locale.

#include "CertificateLinker.h"
#include "CtlDocument.h"
#include "LoadError.h"
#include "Validation.h"

#include <QIODevice>

#include <vector>

namespace ctlv {

struct CsvOptions {
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = false;
    QDateTime statusAt; // the date the status column is computed for; invalid: now
    // The date of the effective-trust columns trust:<purpose> (issue #15); invalid: statusAt.
    QDateTime trustAt;
    // With --certs: the linked certificates, as the columns certificateSubject, certificateNotAfter and
    // certificateMatch after the others.
    const CertificateLinks *links = nullptr;
};

class CsvExport {
public:
    // `rows`: indexes into document.entries to write, in that order; nullptr: every entry. Fails
    // (LoadError::Code::Unwritable, the device's error string as the message) when `out` refuses a write.
    static Expected<void> writeEntries(QIODevice &out, const CtlDocument &document, const CsvOptions &options,
                                       const std::vector<int> *rows = nullptr);
    static Expected<void> writeFindings(QIODevice &out, const ValidationReport &report,
                                        const CsvOptions &options);
    // One cell, quoted and neutralised as the exports write it (exposed for tests).
    static QString cell(const QString &value, QChar separator);
    // The separator a spreadsheet in `locale` expects: ';' where the decimal separator is a comma.
    static QChar separatorForLocale(const QLocale &locale);
};

} // namespace ctlv
