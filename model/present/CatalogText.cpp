// Security catalog findings and values in words (see CatalogText.h).
#include "CatalogText.h"

#include "Oids.h"

#include <QCoreApplication>

// Wording checked against Microsoft's documentation (2026-11):
// - Driver signing policy: "Starting with new installations of Windows 10, version 1607, Windows will not
// load any
//   new kernel mode drivers which are not signed by the Dev Portal"; cross-signed drivers stay allowed on
//   upgraded PCs, with Secure Boot off, and for certificates issued before 29 July 2015.
//   https://learn.microsoft.com/en-us/windows-hardware/drivers/install/kernel-mode-code-signing-policy--windows-vista-and-later-
//   https://learn.microsoft.com/en-us/windows/compatibility/kernel-checks-for-non-whql-signed-drivers
// - The purpose names are those Windows shows on a catalog's Digital Signatures tab ▸ Details ▸ Enhanced Key
// Usage
//   ("Windows Hardware Driver Verification (1.3.6.1.4.1.311.10.3.5)", attested 1.3.6.1.4.1.311.10.3.5.1):
//   https://learn.microsoft.com/en-us/windows-hardware/drivers/dashboard/code-signing-validate
//   The wincrypt.h names (szOID_WHQL_CRYPTO, szOID_ATTEST_WHQL_CRYPTO, szOID_EV_WHQL_CRYPTO, ...) in
//   model/der/Oids.cpp.
// - "This digital signature is OK." is the headline of Windows' Digital Signature Details dialog; no
// Microsoft page
//   found in the search that quotes it (only third-party guides), so it is kept as Windows shows it.
namespace ctlv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::CatalogText)
};

QString purposes(const FindingArguments &a) {
    if (a.anyPurpose)
        return Text::tr("any purpose");
    QStringList parts;
    for (const QString &item : a.oids)
        parts << oid::describe(item);
    return parts.isEmpty() ? Text::tr("none") : parts.join(QStringLiteral(", "));
}
} // namespace

QString driverPolicyText(DriverPolicy policy) {
    switch (policy) {
    case DriverPolicy::MicrosoftSigned:
        return Text::tr(
            "Signed by Microsoft through the Windows Hardware Dev Center (Windows Hardware Compatibility "
            "Publisher: driver verification or attestation, chaining to a Microsoft root): what new "
            "installations of Windows 10, version 1607 and later require of new kernel-mode drivers when "
            "Secure Boot is on.");
    case DriverPolicy::VendorSigned:
        return Text::tr(
            "Signed by the vendor under Authenticode (code signing, chaining to a trusted root): "
            "accepted for user-mode files and by older Windows, but not for new kernel-mode drivers "
            "on new installations of Windows 10, version 1607 and later with Secure Boot on (Microsoft "
            "still allows cross-signed drivers on upgraded PCs, with Secure Boot off, and from "
            "certificates issued before 29 July 2015).");
    case DriverPolicy::None:
        break;
    }
    return Text::tr("Meets no Windows driver-signing policy: no intact, trusted and authorised signature.");
}

QString catalogMemberKindLabel(CatalogMemberKind kind) {
    switch (kind) {
    case CatalogMemberKind::PeImage:
        return Text::tr("PE image");
    case CatalogMemberKind::Flat:
        return Text::tr("Flat file");
    case CatalogMemberKind::Other:
        return Text::tr("Other");
    case CatalogMemberKind::Unknown:
        break;
    }
    return Text::tr("Unknown");
}

QString catalogMemberKindLabel(const CatalogMember &member) {
    if (member.twinOf < 0)
        return catalogMemberKindLabel(member.kind);
    //: %1 is what the hash covers ("PE image"), %2 the twin's hash algorithm ("SHA-1"), %3 the number of the
    //: member (as in the entries table's # column) that describes the same file with SPC_INDIRECT_DATA.
    return Text::tr("%1, %2 twin of #%3")
        .arg(catalogMemberKindLabel(member.kind),
             member.digestAlgorithm.isEmpty() ? Text::tr("hash") : oid::label(member.digestAlgorithm),
             QString::number(member.twinOf + 1));
}

QString catalogFindingTitle(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    switch (finding.code) {
    case FindingCode::CatalogSignerAuthorised:
        return Text::tr("Signer is authorised to sign catalogs");
    case FindingCode::CatalogSignerNotAuthorised:
        return Text::tr("Signer is not authorised to sign catalogs");
    case FindingCode::CatalogDialog:
        return a.dialogOk ? Text::tr("Windows' Security Catalog dialog: \"This digital signature is OK.\"")
                          : Text::tr("Windows' Security Catalog dialog would not call the signature OK");
    case FindingCode::CatalogDriverPolicy:
        switch (a.driverPolicy) {
        case DriverPolicy::MicrosoftSigned:
            return Text::tr("Driver policy: Microsoft-signed");
        case DriverPolicy::VendorSigned:
            return Text::tr("Driver policy: vendor-signed");
        case DriverPolicy::None:
            break;
        }
        return Text::tr("Driver policy: none");
    case FindingCode::EvaluationTime:
        if (a.timeSource == EvaluationTimeSource::Now)
            return Text::tr("No trusted timestamp: judged today");
        break;
    default:
        break;
    }
    return {};
}

QString catalogFindingExplanation(const Finding &finding) {
    const FindingArguments &a = finding.arguments;
    switch (finding.code) {
    case FindingCode::CatalogSignerAuthorised:
        return Text::tr("A security catalog must be signed for code signing (1.3.6.1.5.5.7.3.3) or one of "
                        "Microsoft's driver purposes, through every certificate of the chain. The signer's "
                        "effective purposes: %1.")
            .arg(purposes(a));
    case FindingCode::CatalogSignerNotAuthorised:
        return Text::tr("A security catalog must be signed for code signing (1.3.6.1.5.5.7.3.3) or one of "
                        "Microsoft's driver purposes (Windows Hardware Driver Verification "
                        "1.3.6.1.4.1.311.10.3.5, its attested and extended forms, Windows System Component "
                        "Verification). The signer's chain allows only: %1. Windows does not accept this "
                        "catalog for the files it lists.")
            .arg(purposes(a));
    case FindingCode::CatalogDialog:
        return a.dialogOk
                   ? Text::tr(
                         "Windows shows catalogs in its Security Catalog dialog (not the Certificate Trust "
                         "List dialog): the signature details of %1 would read \"This digital signature is "
                         "OK.\" That dialog has no trust-list purpose check.")
                         .arg(a.subject)
                   : Text::tr(
                         "Windows shows catalogs in its Security Catalog dialog: its signature details "
                         "would not read \"This digital signature is OK.\"; the other findings say why.");
    case FindingCode::CatalogDriverPolicy:
        return driverPolicyText(a.driverPolicy);
    case FindingCode::EvaluationTime:
        if (a.timeSource == EvaluationTimeSource::Now)
            return Text::tr(
                       "Certificates were checked as of today, %1: the catalog carries no timestamp from a "
                       "trusted time-stamping authority, and under Authenticode an untimestamped signature "
                       "counts only while its certificates are valid.")
                .arg(finding.time(QLatin1String("evaluationTime"))
                         .toUTC()
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                     QStringLiteral(" UTC"));
        break;
    default:
        break;
    }
    return {};
}

} // namespace ctlv
