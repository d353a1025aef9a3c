#pragma once
// Finds the PKCS#7 bytes inside whatever the user opened, by content and never by file name:
// a CAB archive (members extracted in memory), DER, PEM or bare base64. Recognises the files people
// open by mistake (3D-model STL, .sst stores, a proxy's HTML page) and says what they are.

#include "CtlDocument.h"
#include "LoadError.h"
#include "ReadLimits.h"

#include <vector>

namespace ctlv {

// One candidate PKCS#7 found in the input.
struct Payload {
    ContainerKind container = ContainerKind::Der;
    QString member; // CAB member name
    QByteArray der;
    std::vector<ContainerMember> otherMembers; // the CAB's members that hold no list
};

struct CabMember {
    QString name;
    qint64 size = 0; // bytes it expanded to
    QByteArray data; // kept only when the member begins like a CTL (looksLikeCtl), otherwise empty
    bool kept = false;
    qint64 offset = 0; // of its CFFILE record (0 when the record cannot be found)
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
