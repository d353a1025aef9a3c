#!/usr/bin/env python3
"""Validates `ctltool verify-files --json` against resources/schema/verify-files.schema.json
(python3-jsonschema): one catalog with a covered INF, the LF INF with its line-ending note, a folder of
catalogs, the PE fixtures and a cut-short PE image (an error result).

Usage: check_verify_files_schema.py CTLTOOL SCHEMA DATA_DIR"""
import json
import os
import shutil
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
    catalogs = os.path.join(data_dir, "catalogs")
    failures = 0
    with tempfile.TemporaryDirectory() as temp:
        with open(os.path.join(data_dir, "pe", "hello64.exe"), "rb") as handle:
            head = handle.read(0x90)
        with open(os.path.join(temp, "cut.exe"), "wb") as handle:
            handle.write(head)
        runs = [
            [os.path.join(catalogs, "viostor", "viostor.cat"), os.path.join(catalogs, "viostor")],
            [os.path.join(catalogs, "ftdi-cdm-2.12.04", "ftdibus.cat"), os.path.join(catalogs, "ftdi-cdm-2.12.04")],
            [catalogs, catalogs],
            [os.path.join(catalogs, "qemufwcfg", "qemufwcfg.cat"), os.path.join(data_dir, "pe"), temp],
        ]
        for arguments in runs:
            for extra in (["--json"], ["--json", "--compact"]):
                run = subprocess.run([ctltool, "verify-files"] + extra + arguments, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, check=False)
                label = " ".join(extra + arguments)
                if run.returncode not in (0, 1, 2) or not run.stdout:
                    print("FAIL %s: exit %d, %s" % (label, run.returncode, run.stderr.decode(errors="replace")))
                    failures += 1
                    continue
                document = json.loads(run.stdout)
                errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
                for error in errors[:5]:
                    print("FAIL %s: at %s: %s" % (label, "/".join(str(p) for p in error.absolute_path),
                                                  error.message[:300]))
                failures += bool(errors)
    print("%d runs checked, %d failed" % (len(runs) * 2, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
