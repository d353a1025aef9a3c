#!/usr/bin/env python3
"""Independent Authenticode image hash (Microsoft, "Windows Authenticode Portable Executable Signature
Format", "Calculating the PE Image Hash"), for tst_pe: prints one line per file, "KIND SHA1 SHA256 PATH",
KIND being "pe" or "flat" (not a PE image: the hash of every byte). Written from the specification, not
from the C++ reader; standard library only."""
import hashlib
import struct
import sys


def image_ranges(data):
    """The byte ranges the hash covers, or None when data is not a PE image."""
    if len(data) < 64 or data[:2] != b"MZ":
        return None
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if pe + 4 > len(data) or data[pe:pe + 4] != b"PE\0\0":
        return None
    coff = pe + 4
    sections, = struct.unpack_from("<H", data, coff + 2)
    optional_size, = struct.unpack_from("<H", data, coff + 16)
    optional = coff + 20
    magic, = struct.unpack_from("<H", data, optional)
    directories = optional + (112 if magic == 0x20B else 96)
    checksum = optional + 64
    cert_entry = directories + 4 * 8
    size_of_headers, = struct.unpack_from("<I", data, optional + 60)
    cert_offset, cert_size = struct.unpack_from("<II", data, cert_entry)
    # Steps 1-6: the headers without the checksum and the certificate table entry.
    ranges = [(0, checksum), (checksum + 4, cert_entry), (cert_entry + 8, size_of_headers)]
    hashed = size_of_headers
    table = optional + optional_size
    raw = []
    for index in range(sections):
        size, pointer = struct.unpack_from("<II", data, table + 40 * index + 16)
        if size:
            raw.append((pointer, pointer + size))
    # Steps 8-13: the sections sorted by PointerToRawData.
    for start, end in sorted(raw):
        ranges.append((start, end))
        hashed += end - start
    # Step 14: what is left, less the certificate table.
    ranges.append((hashed, len(data) - cert_size))
    return ranges


def main():
    for path in sys.argv[1:]:
        with open(path, "rb") as handle:
            data = handle.read()
        ranges = image_ranges(data)
        sha1, sha256 = hashlib.sha1(), hashlib.sha256()
        for start, end in ranges if ranges is not None else [(0, len(data))]:
            sha1.update(data[start:end])
            sha256.update(data[start:end])
        print("pe" if ranges is not None else "flat", sha1.hexdigest(), sha256.hexdigest(), path)


if __name__ == "__main__":
    main()
