#!/usr/bin/env python3
"""Independent expected diff of two DER Certificate Trust Lists (tst_diff runs it).

Written from the format description (shared docs, ctl-format.md), not from the C++ code: a small DER
reader walks ContentInfo -> [0] SignedData -> encapContentInfo -> [0] CTL -> trustedSubjects, matches
entries by identifier and compares each attribute by its decoded value (purpose lists as sets).
Prints JSON: {"added": [id...], "removed": [id...], "changed": {id: {attribute: new value}}}, where the
value is a sorted list for purpose sets, ISO 8601 (or "") for dates, hex for hashes, the text for the
friendly name, and null for attributes only compared by their bytes (or absent in the new entry).
"""
import datetime
import json
import sys


def tlv(data, pos):
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    return tag, pos, pos + length  # tag, value start, value end


def children(data, start, end):
    out = []
    while start < end:
        tag, vstart, vend = tlv(data, start)
        out.append((tag, vstart, vend, start))
        start = vend
    return out


def oid(data):
    arcs = []
    value = 0
    for byte in data:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
    first = min(arcs[0] // 40, 2)
    return ".".join(str(a) for a in [first, arcs[0] - 40 * first] + arcs[1:])


def oid_set(data):
    tag, start, end = tlv(data, 0)
    return sorted({oid(data[s:e]) for t, s, e, _ in children(data, start, end)})


def filetime(data):
    if not data:
        return ""
    ticks = int.from_bytes(data, "little")
    moment = datetime.datetime(1601, 1, 1) + datetime.timedelta(microseconds=ticks // 10)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += ".%03d" % (moment.microsecond // 1000)
    return text + "Z"


PREFIX = "1.3.6.1.4.1.311.10.11."
NAMES = {"11": "friendlyName", "9": "ekus", "104": "disabledFrom", "122": "disabledEkus", "126": "notBefore",
         "127": "notBeforeEkus", "98": "sha256", "20": "keyIdentifier", "29": "subjectNameMd5",
         "15": "signatureHash", "25": "subjectPublicKeyMd5", "83": "rootProgramPolicies",
         "105": "chainPolicies", "128": "disallowedCaFrom"}


def decode(name, value):
    if name == "friendlyName":
        return value.decode("utf-16-le").split("\0")[0]
    if name in ("ekus", "disabledEkus", "notBeforeEkus", "chainPolicies"):
        return oid_set(value)
    if name in ("disabledFrom", "notBefore", "disallowedCaFrom"):
        return filetime(value)
    if name in ("sha256", "keyIdentifier", "subjectNameMd5", "signatureHash", "subjectPublicKeyMd5"):
        return value.hex()
    return None  # compared by bytes only


def entries(path):
    data = open(path, "rb").read()
    _, s, e = tlv(data, 0)                       # ContentInfo
    explicit = children(data, s, e)[1]           # [0]
    _, s, e = tlv(data, explicit[1])             # SignedData
    encap = children(data, s, e)[2]              # encapContentInfo
    content = children(data, encap[1], encap[2])[1]  # [0]
    inner = children(data, content[1], content[2])[0]
    if inner[0] == 0x04:                         # CMS style: an OCTET STRING around the CTL
        inner = children(data, inner[1], inner[2])[0]
    fields = children(data, inner[1], inner[2])
    sequences = [f for f in fields[1:] if f[0] == 0x30]  # subjectAlgorithm, then trustedSubjects
    result = {}
    if len(sequences) < 2:
        return result
    for _, s, e, _ in children(data, sequences[1][1], sequences[1][2]):
        parts = children(data, s, e)
        identifier = data[parts[0][1]:parts[0][2]].hex()
        attributes = {}
        if len(parts) > 1:
            for _, a, b, _ in children(data, parts[1][1], parts[1][2]):
                type_, values = children(data, a, b)[:2]
                dotted = oid(data[type_[1]:type_[2]])
                raw = [data[v[1]:v[2]] for v in children(data, values[1], values[2])]
                name = NAMES.get(dotted[len(PREFIX):]) if dotted.startswith(PREFIX) else None
                if name is None:
                    attributes.setdefault("unknownAttributes", set()).update(
                        dotted + "=" + data[v[3]:v[2]].hex() for v in children(data, values[1], values[2]))
                    continue
                value = raw[0] if raw else b""
                attributes[name] = (decode(name, value), value)
        result[identifier] = attributes
    return result


def comparable(name, item):
    if name == "unknownAttributes":
        return sorted(item)
    decoded, raw = item
    return decoded if decoded is not None else raw.hex()


def main():
    old, new = entries(sys.argv[1]), entries(sys.argv[2])
    changed = {}
    for identifier in sorted(set(old) & set(new)):
        a, b = old[identifier], new[identifier]
        differences = {}
        for name in sorted(set(a) | set(b)):
            before = comparable(name, a[name]) if name in a else None
            after = comparable(name, b[name]) if name in b else None
            if before != after:
                shown = None
                if name in b and name != "unknownAttributes":
                    shown = b[name][0]
                differences[name] = shown
        if differences:
            changed[identifier] = differences
    print(json.dumps({"added": sorted(set(new) - set(old)), "removed": sorted(set(old) - set(new)),
                      "changed": changed}, sort_keys=True))


main()
