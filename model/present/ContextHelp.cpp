// Background an administrator needs when a root or disallowed list comes up: what Windows does with it,
// why CAPI2 Event ID 11 appears, and the choices. Shown by the viewer's help page and in reports.
#include "Validation.h"

#include <QCoreApplication>

namespace ctlv {

namespace {
// lupdate files these strings under the same context that Text::tr() uses at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::ContextHelp)
};
} // namespace

// Every statement below was checked against Microsoft's own pages (issue #18):
// - "Configure trusted roots and disallowed certificates in Windows" (daily refresh, RootDirURL,
//   DisableRootAutoUpdate, EnableDisallowedCertAutoUpdate, certutil -syncWithWU, Windows 8.1 / Server 2012 R2
//   and the updates KB 2677070 / KB 2813430 for older versions):
//   https://learn.microsoft.com/windows-server/identity/ad-cs/configure-trusted-roots-disallowed-certificates
// - "Event ID 4107 or Event ID 11 is logged in the Application log" (KB 2328240: the "not within its
//   validity period" error, a stale copy in CryptnetUrlCache, certutil -urlcache * delete per account):
//   https://learn.microsoft.com/troubleshoot/windows-server/certificates-and-public-key-infrastructure-pki/event-id-4107-or-event-id-11-is-logged
// - The policy "Turn off Automatic Root Certificates Update" (CertMgr_DisableAutoRootUpdates in the
//   Windows administrative templates): HKLM\Software\Policies\Microsoft\SystemCertificates\AuthRoot.
// - CryptoAPI downloads through WinHTTP, whose proxy is set with netsh winhttp, not the user's Internet
//   Options (KB 2623724, "Description of the Cryptography API proxy detection mechanism").
// The registry value EncodedCtl is where Windows keeps the list it accepted (tests/data/real holds such an
// export); Microsoft does not document deleting it, and the text says so.
QStringList contextHelp(ListKind kind) {
    if (kind != ListKind::AuthRoot && kind != ListKind::Disallowed && kind != ListKind::PinRules)
        return {};
    QStringList paragraphs;
    // Each paragraph's first sentence is its heading (the viewer's help page splits at the first ". ").
    paragraphs << Text::tr(
        "Automatic Root Certificates Update. Windows does not ship every trusted root certificate. When it "
        "meets a certificate that chains to a root it does not have, CryptoAPI downloads authrootstl.cab "
        "from Windows Update (ctldl.windowsupdate.com, over plain HTTP on port 80: the file is signed, so it "
        "needs no TLS), checks the signature of the authroot.stl inside, and if the root is listed fetches "
        "that root certificate by its SHA-1 thumbprint. Microsoft documents that computers which can reach "
        "Windows Update receive updated lists daily (Windows 8 and Windows Server 2012 and later, and "
        "Windows Vista, 7, Server 2008 and 2008 R2 with the updates KB 2677070 and KB 2813430). "
        "disallowedcert.stl (certificates Windows must distrust) is fetched the same way, and so is "
        "pinrules.stl on the Windows versions that use pin rules.");
    paragraphs << Text::tr(
        "Why CAPI2 Event ID 11 or 4107 appears. The event (\"Failed extract of third-party root list from "
        "auto update cab\"; Event ID 11 on Windows Vista and Server 2008, 4107 on later versions) means "
        "Windows could not fetch or accept the list. The download is made by the computer account through "
        "WinHTTP, not by the signed-in user: a proxy that demands authentication blocks it even when users "
        "can browse, and so does a firewall that only allows HTTPS. It does not mean that Microsoft's list "
        "is bad: opened here, a genuine list verifies.");
    paragraphs << Text::tr(
        "A proxy for the computer account. The user's proxy settings (Internet Options, or a proxy "
        "configuration script set for the user) do not apply, because the download does not run as the "
        "user. On Windows Vista, Server 2008 and later set the computer's WinHTTP proxy from an elevated "
        "prompt with \"netsh winhttp set proxy proxy-server=\"host:port\" bypass-list=\"<local>\"\", or copy "
        "the Internet Explorer settings with \"netsh winhttp import proxy source=ie\"; \"netsh winhttp show "
        "proxy\" shows what is set. Alternatively let ctldl.windowsupdate.com through on port 80 without "
        "authentication.");
    paragraphs << Text::tr(
        "A stale cached list. When the event's error reads \"A required certificate is not within its "
        "validity period when verifying against the current system clock or the timestamp in the signed "
        "file\", Windows is holding a cached copy of the list whose signer certificate has expired. "
        "Microsoft's fix (KB 2328240, Windows Vista, Server 2008 and later) is \"certutil -urlcache * "
        "delete\", run by every account involved (each user who signs in, and for the system accounts by "
        "deleting the CryptnetUrlCache folders under %windir%\\ServiceProfiles and the system profile). "
        "Windows also keeps the last list it accepted in the registry values EncodedCtl and LastSyncTime "
        "under HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate; Microsoft does not "
        "document removing them, so export the key before deleting both if the cache clean-up alone does "
        "not help: Windows then fetches the list anew.");
    paragraphs << Text::tr(
        "When the error reads \"The data is invalid\". Windows received something that is not a signed CAB "
        "archive, most often a proxy's or captive portal's HTML page (a login or block page) served in place "
        "of authrootstl.cab. Fetch the URL from the event through the same proxy and open the result here: "
        "CTL Viewer says when it is an HTML page and shows its title.");
    paragraphs << Text::tr(
        "Turning the updates off. The Group Policy setting is Computer Configuration ▸ Administrative "
        "Templates ▸ System ▸ Internet Communication Management ▸ Internet Communication settings ▸ Turn "
        "off Automatic Root Certificates Update; it sets DisableRootAutoUpdate = 1 under "
        "HKLM\\SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot. Since Windows 8.1 and Windows "
        "Server 2012 R2 (and on older versions with KB 2677070 and KB 2813430) it no longer stops the "
        "disallowed-certificate updates: those are controlled separately by EnableDisallowedCertAutoUpdate "
        "(a DWORD in the same key; 1 keeps them on). With root updates off, Windows learns no new roots by "
        "itself, and sites and signed software that chain to roots the machine lacks fail.");
    paragraphs << Text::tr(
        "Offline and disconnected networks. On a computer that can reach Windows Update, \"certutil "
        "-syncWithWU \\\\server\\share\" downloads authrootstl.cab, disallowedcertstl.cab, the disallowed "
        "certificates and every root certificate into a folder. Point the clients at it with the registry "
        "value RootDirURL (a file share or an http:// URL) under "
        "HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate, set by Group Policy "
        "preferences; this works on Windows 8.1 and Server 2012 R2 and later, and on Windows Vista, 7, 8, "
        "Server 2008, 2008 R2 and 2012 with KB 2677070 and KB 2813430. Refresh the folder regularly, for "
        "example with a scheduled task. \"certutil -generateSSTFromWU roots.sst\" writes the current roots "
        "into one store file instead.");
    paragraphs << Text::tr(
        "Why WSUS does not help. WSUS distributes update packages; the trust lists are not update packages, "
        "and clients fetch them from the CTL addresses (or RootDirURL) directly, so approving updates in "
        "WSUS never delivers a new authroot.stl or disallowedcert.stl.");
    return paragraphs;
}

} // namespace ctlv
