#pragma once
// The bounds on what one input may hold and cost: input and CAB member sizes, entries, certificates,
// signatures. Every reader of untrusted bytes (containers, parser, trust files) takes its bound from here.

#include <QtGlobal>

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

} // namespace ctlv
