"""Sample files for the MIME tests, made here from their formats' published layouts (not by our code):
3D-model STL files (binary with and without a "solid" header, ASCII) and an uncompressed Microsoft Cabinet
(CFHEADER, CFFOLDER, CFFILE, CFDATA as in Microsoft's "Microsoft Cabinet Format" specification)."""
import struct


def binary_stl(header: bytes = b"binary part exported by a CAD program") -> bytes:
    """A binary STL: an 80-byte header, a triangle count, then 50 bytes per triangle."""
    triangle = struct.pack("<12fH", 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0)
    return header.ljust(80, b"\0")[:80] + struct.pack("<I", 2) + triangle * 2


def ascii_stl() -> bytes:
    return (b"solid part\n facet normal 0 0 1\n  outer loop\n   vertex 0 0 0\n   vertex 1 0 0\n"
            b"   vertex 0 1 0\n  endloop\n endfacet\nendsolid part\n")


def cabinet(members: list[tuple[str, bytes]]) -> bytes:
    """An uncompressed cabinet with one folder holding `members` in one CFDATA block (each under 32 KiB)."""
    names = [name.encode("ascii") + b"\0" for name, _ in members]
    data = b"".join(content for _, content in members)
    header_size, folder_size = 36, 8
    files_size = sum(16 + len(name) for name in names)
    data_start = header_size + folder_size + files_size
    total = data_start + 8 + len(data)
    out = b"MSCF" + struct.pack("<IIIII", 0, total, 0, header_size + folder_size, 0)
    out += struct.pack("<BBHHHHH", 3, 1, 1, len(members), 0, 0, 0)
    out += struct.pack("<IHH", data_start, 1, 0)  # one folder, one CFDATA block, no compression
    offset = 0
    for name, (_, content) in zip(names, members):
        out += struct.pack("<IIHHHH", len(content), offset, 0, 0x5A21, 0, 0x20) + name
        offset += len(content)
    out += struct.pack("<IHH", 0, len(data), len(data)) + data  # checksum 0: not computed
    return out


def driver_cab() -> bytes:
    return cabinet([("driver.inf", b"[Version]\r\nSignature=\"$Windows NT$\"\r\n"), ("driver.sys", b"MZ" + bytes(62))])
