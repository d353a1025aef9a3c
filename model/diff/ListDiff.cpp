// Compares two lists (ListDiff.h): list fields, then entries matched by identifier, the raw DER of each
// pair first, decoding only the pairs whose bytes differ.
#include "ListDiff.h"

#include "Der.h"
#include "Oids.h"

#include <algorithm>
#include <cstring>
#include <future>
#include <map>

namespace ctlv {

DiffValue DiffValue::set(QStringList values) {
    values.sort();
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return {true, true, std::move(values)};
}

const AttributeChange *EntryChange::find(const QString &attribute) const {
    for (const AttributeChange &change : changes)
        if (change.attribute == attribute)
            return &change;
    return nullptr;
}

namespace {

DiffValue hexValue(const QByteArray &bytes) {
    return bytes.isEmpty() ? DiffValue::absent() : DiffValue::text(toHex(bytes));
}

DiffValue optionalSet(const std::optional<QStringList> &list) {
    return list ? DiffValue::set(*list) : DiffValue::absent();
}

DiffValue filetimeValue(const std::optional<FiletimeValue> &value) {
    if (!value)
        return DiffValue::absent();
    if (value->empty)
        return DiffValue::text(QString());
    // A FILETIME that does not decode is still compared, by its bytes.
    return DiffValue::text(value->utc.isValid() ? isoUtc(value->utc) : toHex(value->raw));
}

// Adds a change when the two values differ; for sets, with the items added and removed.
void compare(std::vector<AttributeChange> &changes, const char *attribute, DiffValue before,
             DiffValue after) {
    if (before == after)
        return;
    AttributeChange change{QLatin1String(attribute), std::move(before), std::move(after), {}, {}};
    if (change.oldValue.isSet || change.newValue.isSet) {
        const QStringList &oldItems = change.oldValue.items;
        const QStringList &newItems = change.newValue.items;
        std::set_difference(newItems.begin(), newItems.end(), oldItems.begin(), oldItems.end(),
                            std::back_inserter(change.added));
        std::set_difference(oldItems.begin(), oldItems.end(), newItems.begin(), newItems.end(),
                            std::back_inserter(change.removed));
    }
    changes.push_back(std::move(change));
}

DiffValue policiesValue(const CtlEntry &entry) {
    if (!entry.hasRootProgramPolicies)
        return DiffValue::absent();
    QStringList items;
    for (const RootProgramPolicy &policy : entry.rootProgramPolicies)
        items << (policy.flags
                      ? QStringLiteral("%1;flags=0x%2").arg(policy.policyOid).arg(*policy.flags, 0, 16)
                      : policy.policyOid);
    return DiffValue::set(items);
}

DiffValue rawAttributesValue(const QList<RawAttribute> &attributes) {
    if (attributes.isEmpty())
        return DiffValue::absent();
    QStringList items;
    for (const RawAttribute &attribute : attributes)
        for (const QByteArray &value : attribute.values)
            items << attribute.oid + QLatin1Char('=') + toHex(value);
    return DiffValue::set(items);
}

// Where an entry's bytes are, found without decoding it: the TrustedSubject TLV and its identifier (the
// first OCTET STRING inside), and the identifier's first eight bytes as a number: sorting compares that
// number and only reads the bytes on a tie (a million random reads into the list cost 10x the sort).
// 48 bytes an entry.
struct EntryKey {
    quint64 prefix = 0;
    const char *identifier = nullptr;
    const char *bytes = nullptr;
    qsizetype identifierLength = 0;
    qsizetype length = 0;
    size_t index = 0;
};

bool identifierLess(const EntryKey &a, const EntryKey &b) {
    if (a.prefix != b.prefix)
        return a.prefix < b.prefix;
    const int order = std::memcmp(a.identifier, b.identifier,
                                  static_cast<size_t>(std::min(a.identifierLength, b.identifierLength)));
    if (order != 0)
        return order < 0;
    if (a.identifierLength != b.identifierLength)
        return a.identifierLength < b.identifierLength;
    return a.index < b.index; // a duplicate identifier: its occurrences in list order
}

int identifierCompare(const EntryKey &a, const EntryKey &b) {
    if (a.prefix != b.prefix)
        return a.prefix < b.prefix ? -1 : 1;
    const int order = std::memcmp(a.identifier, b.identifier,
                                  static_cast<size_t>(std::min(a.identifierLength, b.identifierLength)));
    if (order != 0)
        return order;
    return a.identifierLength < b.identifierLength ? -1 : a.identifierLength > b.identifierLength ? 1 : 0;
}

std::vector<EntryKey> entryKeys(const CtlDocument &document) {
    std::vector<EntryKey> keys;
    keys.reserve(document.entries.size());
    const QByteArrayView der(document.der);
    const char *const base = document.der.constData();
    for (size_t i = 0; i < document.entries.size(); ++i) {
        EntryKey key;
        key.index = i;
        const qsizetype offset = document.entries.offsetOf(i);
        // The parser checked every entry's structure at load; a header that does not read here would be a
        // broken invariant, and the entry is then compared by its decoded values alone.
        if (const auto entry = der::peekHeader(der, offset, der.size())) {
            key.bytes = base + entry->offset;
            key.length = entry->totalLength();
            if (const auto identifier = der::peekHeader(der, entry->valueOffset(), entry->end())) {
                key.identifier = base + identifier->valueOffset();
                key.identifierLength = identifier->length;
            }
        }
        if (!key.identifier)
            key.identifier = base + offset, key.identifierLength = 0;
        // Big-endian, zero-padded: the order of the numbers is the order of the bytes (memcmp).
        for (qsizetype b = 0; b < 8; ++b)
            key.prefix = (key.prefix << 8) |
                         (b < key.identifierLength ? static_cast<unsigned char>(key.identifier[b]) : 0u);
        keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end(), identifierLess);
    return keys;
}

QString friendlyNameOf(const CtlEntry &entry) {
    return entry.friendlyName.value_or(QString());
}

QString signerSubject(const CtlDocument &document, const SignerInfoData &signer) {
    const int certificate = findSignerCertificate(document, signer);
    return certificate >= 0 ? document.certificates[static_cast<size_t>(certificate)].subject : QString();
}

} // namespace

std::vector<AttributeChange> diffEntries(const CtlEntry &before, const CtlEntry &after) {
    std::vector<AttributeChange> changes;
    const auto name = [](const CtlEntry &entry) {
        return entry.friendlyName ? DiffValue::text(*entry.friendlyName) : DiffValue::absent();
    };
    compare(changes, "friendlyName", name(before), name(after));
    compare(changes, "ekus", optionalSet(before.ekus), optionalSet(after.ekus));
    compare(changes, "disabledFrom", filetimeValue(before.disabledFrom), filetimeValue(after.disabledFrom));
    compare(changes, "disabledEkus", optionalSet(before.disabledEkus), optionalSet(after.disabledEkus));
    compare(changes, "notBefore", filetimeValue(before.notBefore), filetimeValue(after.notBefore));
    compare(changes, "notBeforeEkus", optionalSet(before.notBeforeEkus), optionalSet(after.notBeforeEkus));
    compare(changes, "sha256", hexValue(before.sha256), hexValue(after.sha256));
    compare(changes, "keyIdentifier", hexValue(before.keyIdentifier), hexValue(after.keyIdentifier));
    compare(changes, "subjectNameMd5", hexValue(before.subjectNameMd5), hexValue(after.subjectNameMd5));
    compare(changes, "signatureHash", hexValue(before.signatureHash), hexValue(after.signatureHash));
    compare(changes, "subjectPublicKeyMd5", hexValue(before.subjectPublicKeyMd5),
            hexValue(after.subjectPublicKeyMd5));
    compare(changes, "rootProgramPolicies", policiesValue(before), policiesValue(after));
    compare(changes, "chainPolicies", optionalSet(before.chainPolicies), optionalSet(after.chainPolicies));
    compare(changes, "disallowedCaFrom", filetimeValue(before.disallowedCaFrom),
            filetimeValue(after.disallowedCaFrom));
    const auto numbers = [](const std::optional<QList<qint64>> &list) {
        if (!list)
            return DiffValue::absent();
        QStringList items;
        for (qint64 number : *list)
            items << QString::number(number);
        return DiffValue::set(items);
    };
    compare(changes, "pinRuleIndexes", numbers(before.pinRuleIndexes), numbers(after.pinRuleIndexes));
    const auto number = [](const std::optional<qint64> &value) {
        return value ? DiffValue::text(QString::number(*value)) : DiffValue::absent();
    };
    compare(changes, "pinRuleFlags", number(before.pinRuleFlags), number(after.pinRuleFlags));
    compare(changes, "unknownAttributes", rawAttributesValue(before.unknownAttributes),
            rawAttributesValue(after.unknownAttributes));
    return changes;
}

std::vector<AttributeChange> diffListFields(const CtlDocument &before, const CtlDocument &after) {
    std::vector<AttributeChange> changes;
    compare(changes, "kind", DiffValue::text(listKindKey(before.kind())),
            DiffValue::text(listKindKey(after.kind())));
    compare(changes, "sequenceNumber",
            before.hasSequenceNumber ? DiffValue::text(before.sequenceNumberHex()) : DiffValue::absent(),
            after.hasSequenceNumber ? DiffValue::text(after.sequenceNumberHex()) : DiffValue::absent());
    compare(changes, "thisUpdate", DiffValue::text(isoUtc(before.thisUpdate.utc)),
            DiffValue::text(isoUtc(after.thisUpdate.utc)));
    const auto next = [](const CtlDocument &document) {
        return document.nextUpdate ? DiffValue::text(isoUtc(document.nextUpdate->utc)) : DiffValue::absent();
    };
    compare(changes, "nextUpdate", next(before), next(after));
    compare(changes, "subjectUsage", DiffValue::set(before.subjectUsage), DiffValue::set(after.subjectUsage));
    const auto identifier = [](const CtlDocument &document) {
        if (document.listIdentifier.isEmpty())
            return DiffValue::absent();
        const QString text = document.listIdentifierText();
        return DiffValue::text(text.isEmpty() ? toHex(document.listIdentifier) : text);
    };
    compare(changes, "listIdentifier", identifier(before), identifier(after));
    compare(changes, "subjectAlgorithm", DiffValue::text(before.subjectAlgorithm),
            DiffValue::text(after.subjectAlgorithm));
    const SignerInfoData *oldSigner = before.primarySigner();
    const SignerInfoData *newSigner = after.primarySigner();
    const auto subject = [](const CtlDocument &document, const SignerInfoData *signer) {
        if (!signer)
            return DiffValue::absent();
        const QString text = signerSubject(document, *signer);
        return text.isEmpty() ? DiffValue::absent() : DiffValue::text(text);
    };
    compare(changes, "signerSubject", subject(before, oldSigner), subject(after, newSigner));
    compare(changes, "signerIssuer", oldSigner ? DiffValue::text(oldSigner->issuerText) : DiffValue::absent(),
            newSigner ? DiffValue::text(newSigner->issuerText) : DiffValue::absent());
    compare(changes, "signerSerial", oldSigner ? hexValue(oldSigner->serialNumber) : DiffValue::absent(),
            newSigner ? hexValue(newSigner->serialNumber) : DiffValue::absent());

    // Extensions by OID; the CT log list as the set of its log IDs (keys added or removed).
    const auto extensions = [](const CtlDocument &document) {
        std::map<QString, const CtlExtension *> byOid;
        for (const CtlExtension &extension : document.extensions)
            byOid.emplace(extension.oid, &extension);
        return byOid;
    };
    const auto oldExtensions = extensions(before);
    const auto newExtensions = extensions(after);
    QStringList oids;
    for (const auto &[oid, extension] : oldExtensions)
        oids << oid;
    for (const auto &[oid, extension] : newExtensions)
        oids << oid;
    oids.sort();
    oids.erase(std::unique(oids.begin(), oids.end()), oids.end());
    for (const QString &oid : oids) {
        const auto oldIt = oldExtensions.find(oid);
        const auto newIt = newExtensions.find(oid);
        const CtlExtension *oldExtension = oldIt == oldExtensions.end() ? nullptr : oldIt->second;
        const CtlExtension *newExtension = newIt == newExtensions.end() ? nullptr : newIt->second;
        if (oid == QLatin1String(oid::CertLogListExt)) {
            const auto logs = [](const CtlExtension *extension) {
                if (!extension)
                    return DiffValue::absent();
                QStringList ids;
                for (const CtLogKey &log : extension->ctLogs)
                    ids << toHex(log.logId);
                return DiffValue::set(ids);
            };
            compare(changes, "ctLogs", logs(oldExtension), logs(newExtension));
            continue;
        }
        const auto raw = [](const CtlExtension *extension) {
            if (!extension)
                return DiffValue::absent();
            return DiffValue::text((extension->critical ? QStringLiteral("critical;") : QString()) +
                                   toHex(extension->value));
        };
        const QByteArray field = QByteArrayLiteral("extension:") + oid.toLatin1();
        compare(changes, field.constData(), raw(oldExtension), raw(newExtension));
    }
    return changes;
}

DiffSide diffSide(const CtlDocument &document) {
    DiffSide side;
    side.file = document.fileName;
    side.member = document.member;
    side.kind = document.kind();
    side.thisUpdate = document.thisUpdate.utc;
    if (document.hasSequenceNumber)
        side.sequenceNumber = document.sequenceNumberHex();
    side.entryCount = static_cast<qint64>(document.entries.size());
    return side;
}

ListDiff diffLists(const CtlDocument &before, const CtlDocument &after) {
    ListDiff diff;
    diff.oldList = diffSide(before);
    diff.newList = diffSide(after);
    diff.list = diffListFields(before, after);

    // Both lists are scanned and sorted at once, on two threads (the machine's two cores).
    auto oldScan = std::async(std::launch::async, [&before] { return entryKeys(before); });
    const std::vector<EntryKey> newKeys = entryKeys(after);
    const std::vector<EntryKey> oldKeys = oldScan.get();
    size_t i = 0;
    size_t j = 0;
    const auto removed = [&](const EntryKey &key) {
        const CtlEntry entry = before.entries[key.index];
        diff.removed.push_back({entry.identifierText(), friendlyNameOf(entry), key.index});
    };
    const auto added = [&](const EntryKey &key) {
        const CtlEntry entry = after.entries[key.index];
        diff.added.push_back({entry.identifierText(), friendlyNameOf(entry), key.index});
    };
    while (i < oldKeys.size() || j < newKeys.size()) {
        if (j == newKeys.size()) {
            removed(oldKeys[i++]);
            continue;
        }
        if (i == oldKeys.size()) {
            added(newKeys[j++]);
            continue;
        }
        const EntryKey &oldKey = oldKeys[i];
        const EntryKey &newKey = newKeys[j];
        const int order = identifierCompare(oldKey, newKey);
        if (order < 0) {
            removed(oldKey);
            ++i;
            continue;
        }
        if (order > 0) {
            added(newKey);
            ++j;
            continue;
        }
        ++i;
        ++j;
        if (oldKey.bytes && newKey.bytes && oldKey.length == newKey.length &&
            std::memcmp(oldKey.bytes, newKey.bytes, static_cast<size_t>(oldKey.length)) == 0) {
            ++diff.unchanged;
            continue;
        }
        const CtlEntry oldEntry = before.entries[oldKey.index];
        const CtlEntry newEntry = after.entries[newKey.index];
        std::vector<AttributeChange> changes = diffEntries(oldEntry, newEntry);
        if (changes.empty()) {
            ++diff.unchanged; // the same values written differently
            continue;
        }
        diff.changed.push_back({newEntry.identifierText(),
                                newEntry.friendlyName ? *newEntry.friendlyName : friendlyNameOf(oldEntry),
                                oldKey.index, newKey.index, std::move(changes)});
    }
    const auto byIndex = [](const DiffEntry &a, const DiffEntry &b) { return a.index < b.index; };
    std::sort(diff.added.begin(), diff.added.end(), byIndex);
    std::sort(diff.removed.begin(), diff.removed.end(), byIndex);
    std::sort(diff.changed.begin(), diff.changed.end(),
              [](const EntryChange &a, const EntryChange &b) { return a.newIndex < b.newIndex; });
    return diff;
}

} // namespace ctlv
