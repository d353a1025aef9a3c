#pragma once
// Finds the PKCS#7 bytes inside whatever the user opened, by content and never by file name:
// a CAB archive (members extracted in memory), DER, PEM or bare base64. Recognises the files people
// open by mistake (3D-model STL, .sst stores, a proxy's HTML page) and says what they are.

#include "CtlDocument.h"
#include "LoadError.h"

#include <vector>

namespace ctlv {

struct ReadLimits {
    qint64 maxInputSize = 256LL * 1024 * 1024;
    qint64 maxMemberSize = 256LL * 1024 * 1024;
    int maxMembers = 1024;
    // A CAB member may not expand to more than this many times the archive's size (a CAB bomb).
    qint64 maxCompressionRatio = 1000;
    // All the members of a CAB together may not expand to more than this (the input limit): a small
    // archive of a dozen 255 MiB members would otherwise take gigabytes.
    qint64 maxExpandedTotal = 256LL * 1024 * 1024;
    // What the parser accepts: far beyond any real list (authroot.stl has about 450 entries of at most
    // about 15 attributes and a handful of certificates), low enough that a crafted file cannot make the
    // parser allocate without bound. ASN.1 nesting is limited by der::MaxNestingDepth.
    // Entries: the viewer is built for million-entry lists. A loaded entry costs 8 bytes beside its DER
    // (its offset; it is decoded when shown), and the viewer's search index about 100-300 bytes more.
    qint64 maxEntries = 1'000'000;
    int maxAttributesPerEntry = 256;
    int maxCertificatesPerBag = 1000;
    // Signatures: real lists carry one signerInfo, with one countersignature (2006-2010) or one nested
    // SHA-256 signature (2011-2019), and at most seven certificates. Each signature costs two chain
    // builds, so these bound validation time (see the README's Security section).
    int maxCertificates = 1000; // in all certificate bags together
    int maxSignatures = 32;     // signerInfos, countersignatures and nested signers together
    int maxNestedSignatures = 16;
};

// One candidate PKCS#7 found in the input.
struct Payload {
    ContainerKind container = ContainerKind::Der;
    QString member; // CAB member name
    QByteArray der;
};

struct CabMember {
    QString name;
    qint64 size = 0; // bytes it expanded to
    QByteArray data; // kept only when the member begins like a CTL (looksLikeCtl), otherwise empty
    bool kept = false;
};

class ContainerReader {
public:
    // `fileName` only names the input in messages. The payloads are candidates: the caller parses them.
    static Expected<std::vector<Payload>> unwrap(const QByteArray &bytes, const QString &fileName,
                                                 const ReadLimits &limits = {});

    // Every member of a CAB archive, expanded in memory; only the bytes of members that begin like a CTL
    // are kept, the others are listed by name and size.
    static Expected<std::vector<CabMember>> extractCab(const QByteArray &bytes, const QString &fileName,
                                                       const ReadLimits &limits = {});

    // True when bytes start like a DER SignedData carrying the szOID_CTL content type.
    static bool looksLikeCtl(const QByteArray &bytes);
    // The triangle count when the bytes are exactly a binary STL mesh, otherwise -1.
    static qint64 binaryStlTriangles(const QByteArray &bytes);
};

} // namespace ctlv
