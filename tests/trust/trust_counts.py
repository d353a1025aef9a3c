#!/usr/bin/env python3
"""Independent expected values for the effective-trust tests (tst_trust): reads a list with
`openssl asn1parse -inform DER`, decodes the entry properties it needs by hand (FILETIME, SEQUENCE OF
OID) and applies the rules of README "Effective trust" for one purpose and one "as of" date.
Shares no code with ctltool.

Usage: trust_counts.py LIST.stl PURPOSE_OID|any YYYY-MM-DD 10|7 [SHA1 ...]
Prints JSON: {"counts": {status: n}, "entries": {sha1: status}} (entries only for the SHA-1s given).
PURPOSE, DATE and WINDOWS may each be comma-separated lists: then one object per combination, keyed
"PURPOSE DATE WINDOWS" (the list is read once)."""
import datetime
import json
import re
import subprocess
import sys

LINE = re.compile(r"^\s*(\d+):d=(\d+)\s+hl=\s*\d+\s+l=\s*(\d+)\s+(prim|cons):\s+(.*?)\s*$")
PROP = "1.3.6.1.4.1.311.10.11."


def parse_oids(hexstr):
    """SEQUENCE OF OBJECT IDENTIFIER, decoded by hand."""
    data = bytes.fromhex(hexstr)
    oids = []
    if not data or data[0] != 0x30:
        return oids
    pos, end = 2, len(data)
    if data[1] & 0x80:
        pos = 2 + (data[1] & 0x7F)
    while pos + 2 <= end:
        tag, length = data[pos], data[pos + 1]
        body = data[pos + 2:pos + 2 + length]
        pos += 2 + length
        if tag != 0x06 or not body:
            continue
        arcs = [body[0] // 40, body[0] % 40]
        value = 0
        for byte in body[1:]:
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                arcs.append(value)
                value = 0
        oids.append(".".join(str(a) for a in arcs))
    return oids


def filetime(hexstr):
    """8-byte little-endian FILETIME -> datetime (UTC); None for an empty value."""
    if not hexstr:
        return None
    ticks = int.from_bytes(bytes.fromhex(hexstr), "little")
    return datetime.datetime(1601, 1, 1) + datetime.timedelta(microseconds=ticks // 10)


def entries_of(path):
    out = subprocess.run(["openssl", "asn1parse", "-inform", "DER", "-in", path], check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    lines = []
    for raw in out.splitlines():
        match = LINE.match(raw)
        if match:
            lines.append((int(match.group(2)), match.group(4), match.group(5)))
    entries = []
    current = None
    pending_oid = None
    for i, (depth, kind, rest) in enumerate(lines):
        # A TrustedSubject: SEQUENCE { OCTET STRING identifier, SET OF attributes }.
        if (kind == "prim" and rest.startswith("OCTET STRING") and i + 1 < len(lines)
                and lines[i + 1][0] == depth and lines[i + 1][2].startswith("SET") and i > 0
                and lines[i - 1][0] == depth - 1 and lines[i - 1][2].startswith("SEQUENCE")):
            current = {"id": rest.split(":", 1)[1].lower() if ":" in rest else "", "depth": depth, "props": {}}
            entries.append(current)
            pending_oid = None
            continue
        if current is None:
            continue
        if depth <= current["depth"] - 1:
            current = None
            continue
        if rest.startswith("OBJECT") and depth == current["depth"] + 2:
            oid = rest.split(":", 1)[1]
            pending_oid = oid[len(PROP):] if oid.startswith(PROP) else None
        elif rest.startswith("OCTET STRING") and depth == current["depth"] + 3 and pending_oid:
            value = rest.split(":", 1)[1] if "[HEX DUMP]:" in rest else ""
            current["props"][pending_oid] = value
            pending_oid = None
    return entries


def status(props, purpose, at, windows):
    ekus = parse_oids(props["9"]) if "9" in props else None
    if purpose != "any" and ekus is not None and purpose not in ekus:
        return "purpose-not-granted"
    if windows == "7":
        return "trusted"
    for date_prop, eku_prop, name in (("104", "122", "disabled"), ("126", "127", "not-before")):
        if date_prop not in props and eku_prop not in props:
            continue
        if eku_prop in props and (purpose == "any" or purpose not in parse_oids(props[eku_prop])):
            continue
        if date_prop not in props:
            return name  # purposes without a date: no time limit
        date = filetime(props[date_prop])
        if date is None or date <= at:
            return name
    return "trusted"


def answer(entries, purpose, day, windows, wanted):
    at = datetime.datetime.strptime(day, "%Y-%m-%d")
    counts = {k: 0 for k in ("trusted", "not-before", "disabled", "purpose-not-granted", "disallowed", "not-listed")}
    named = {}
    for entry in entries:
        result = status(entry["props"], purpose, at, windows)
        counts[result] += 1
        if entry["id"] in wanted:
            named[entry["id"]] = result
    return {"counts": counts, "entries": named}


def main():
    path, purposes, days, generations = sys.argv[1:5]
    wanted = [s.lower() for s in sys.argv[5:]]
    entries = entries_of(path)
    if "," not in purposes + days + generations:
        print(json.dumps(answer(entries, purposes, days, generations, wanted)))
        return 0
    print(json.dumps({"%s %s %s" % (p, d, w): answer(entries, p, d, w, wanted)
                      for p in purposes.split(",") for d in days.split(",") for w in generations.split(",")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
