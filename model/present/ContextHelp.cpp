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

QStringList contextHelp(ListKind kind) {
    if (kind != ListKind::AuthRoot && kind != ListKind::Disallowed && kind != ListKind::PinRules)
        return {};
    QStringList paragraphs;
    paragraphs << Text::tr(
        "Automatic Root Certificates Update. Windows does not ship every trusted root certificate. When it "
        "meets a certificate that chains to a root it does not have, CryptoAPI downloads authrootstl.cab "
        "from Windows Update (ctldl.windowsupdate.com, over plain HTTP: the file is signed, so it needs no "
        "TLS), checks the signature of the authroot.stl inside, and if the root is listed fetches that root "
        "certificate by its SHA-1 thumbprint. Windows also refreshes the list ahead of need, about weekly. "
        "disallowedcert.stl (certificates Windows must distrust) and pinrules.stl are fetched the same way.");
    paragraphs << Text::tr(
        "Why CAPI2 Event ID 11 appears. The event (\"Failed extract of third-party root list from auto "
        "update cab\") means Windows could not fetch or open the list. The download is made by the computer "
        "account through WinHTTP, not by the signed-in user: a proxy that demands authentication blocks it "
        "even when users can browse, and so does a firewall that only allows HTTPS. A stale or damaged "
        "cached copy produces the same event. It does not mean that Microsoft's list is bad: opened here, "
        "a genuine list verifies.");
    paragraphs << Text::tr(
        "What you can do. Let the computer account reach the Windows Update CTL addresses without proxy "
        "authentication (allow ctldl.windowsupdate.com over HTTP). Or point Windows at an internal copy: "
        "Microsoft documents how to publish the lists on a file share or web server and set RootDirURL for "
        "clients. Or turn the feature off with the Group Policy \"Turn off Automatic Root Certificates "
        "Update\"; then Windows learns no new roots and no newly distrusted certificates by itself, sites "
        "and signed software that chain to roots the machine lacks fail, and you must distribute both lists "
        "yourself (certutil -generateSSTFromWU creates a store from the current list).");
    paragraphs << Text::tr(
        "Why WSUS does not help. WSUS distributes update packages; the trust lists are not update packages, "
        "and clients fetch them from the CTL addresses directly, so approving updates in WSUS never delivers "
        "a new authroot.stl or disallowedcert.stl.");
    return paragraphs;
}

} // namespace ctlv
