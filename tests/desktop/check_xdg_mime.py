#!/usr/bin/env python3
"""The MIME package and the .desktop file as GLib (gio, so GNOME's Files) and xdg-utils (xdg-mime, xdg-open)
see them, in a private XDG data dir with an archive manager (File Roller and Ark) beside ctlviewer:

- a 3D-model .stl (binary, binary with a "solid" header, ASCII) is model/stl, a real list is
  application/vnd.ms-pki.stl with or without the .stl extension;
- a CAB carrying a list is application/x-ctl-cab, a driver CAB stays application/vnd.ms-cab-compressed;
- the default application is ctlviewer for the list types only, the archive manager for a plain CAB;
- the desktop file claims exactly the types the AppStream metainfo <provides>, and never the CAB type.

tst_mimetype checks the same files with Qt's QMimeDatabase.
usage: check_xdg_mime.py SOURCE_DIR"""
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import samplefiles  # noqa: E402

APP_ID = "io.github.ctlviewer.CtlViewer"
CTL, CTL_CAB, CAB, MODEL = "application/vnd.ms-pki.stl", "application/x-ctl-cab", "application/vnd.ms-cab-compressed", "model/stl"
OURS = APP_ID + ".desktop"

# Stand-ins for the archive managers a Debian desktop has (GNOME's File Roller, KDE's Ark): each claims the
# CAB type, as the real ones do, beside a few other archive types.
ARCHIVE_MANAGERS = {
    "org.gnome.FileRoller.desktop": "application/vnd.ms-cab-compressed;application/x-cd-image;application/zip;",
    "org.kde.ark.desktop": "application/vnd.ms-cab-compressed;application/x-7z-compressed;",
}

failures = []


def check(what, actual, expected):
    ok = actual in expected if isinstance(expected, set) else actual == expected  # a set: any of them
    print(f"{'ok  ' if ok else 'FAIL'} {what}: {actual!r}" + ("" if ok else f" (expected {expected!r})"))
    if not ok:
        failures.append(what)


def main():
    source = sys.argv[1]
    resources = os.path.join(source, "resources")
    real = os.path.join(source, "tests", "data", "real")
    with tempfile.TemporaryDirectory(prefix="ctl-xdg-") as tmp:
        data = os.path.join(tmp, "data")
        packages = os.path.join(data, "mime", "packages")
        applications = os.path.join(data, "applications")
        bindir = os.path.join(tmp, "bin")
        for folder in (packages, applications, bindir, os.path.join(tmp, "config"), os.path.join(tmp, "files")):
            os.makedirs(folder)
        shutil.copy("/usr/share/mime/packages/freedesktop.org.xml", packages)
        shutil.copy(os.path.join(resources, APP_ID + "-mime.xml"), os.path.join(packages, APP_ID + ".xml"))
        subprocess.run(["update-mime-database", os.path.join(data, "mime")], check=True, capture_output=True)
        shutil.copy(os.path.join(resources, OURS), applications)
        for name, types in ARCHIVE_MANAGERS.items():
            program = name.split(".")[-2].lower()
            with open(os.path.join(applications, name), "w") as out:
                out.write(f"[Desktop Entry]\nType=Application\nName={program}\nExec={program} %U\n"
                          f"TryExec={program}\nMimeType={types}\n")
        # TryExec: gio lists an application only if its program is on PATH.
        for program in ("ctlviewer", "fileroller", "ark"):
            path = os.path.join(bindir, program)
            with open(path, "w") as out:
                out.write("#!/bin/sh\nexit 0\n")
            os.chmod(path, 0o755)
        subprocess.run(["update-desktop-database", applications], check=True, capture_output=True)

        env = dict(os.environ, LC_ALL="C.UTF-8", XDG_DATA_HOME=data, XDG_DATA_DIRS=os.path.join(tmp, "none"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_CONFIG_DIRS=os.path.join(tmp, "none"),
                   PATH=bindir + ":" + os.environ.get("PATH", "/usr/bin:/bin"), HOME=tmp)
        env.pop("XDG_CURRENT_DESKTOP", None)
        gnome = dict(env, XDG_CURRENT_DESKTOP="GNOME")  # xdg-mime asks gio there

        def run(env, *command):
            return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout.strip()

        files = os.path.join(tmp, "files")
        samples = {
            "binary 3D model.stl": (samplefiles.binary_stl(), MODEL),
            "binary 3D model with solid header.stl": (samplefiles.binary_stl(b"solid part exported by SolidWorks"), MODEL),
            "ASCII 3D model.stl": (samplefiles.ascii_stl(), MODEL),
            "driver.cab": (samplefiles.driver_cab(), CAB),
            "driver": (samplefiles.driver_cab(), CAB),
            "list with a look-alike member.cab": (samplefiles.cabinet([("authroot.stl.txt", b"x")]), CAB),
        }
        for name, target, expected in (
                ("authroot.stl", "authroot_2025-06-16_sha256_listca2011.stl", CTL),
                ("authroot", "authroot_2025-06-16_sha256_listca2011.stl", CTL),
                ("sha1 list.stl", "authroot_2006-12-14_sha1_countersigned_rootembedded.stl", CTL),
                ("disallowedcert", "disallowedcert_2019-08-13_sha1_nested-sha256.stl", CTL),
                ("pinrules.stl", "pinrules_2017-05-31_sha1_nested-sha256_nextupdate.stl", CTL),
                ("authrootstl.cab", "authrootstl_2025-06-16_sha256_listca2011.cab", CTL_CAB),
                ("renamed list.cab", "authrootstl_2006-12-14_sha1_countersigned_rootembedded.cab", CTL_CAB),
                ("disallowedcertstl", "disallowedcertstl_2019-08-13.cab", CTL_CAB),
                ("pinrulesstl.cab", "pinrulesstl_2017-05-31.cab", CTL_CAB)):
            with open(os.path.join(real, target), "rb") as source_file:
                samples[name] = (source_file.read(), expected)
        for name, (content, expected) in samples.items():
            path = os.path.join(files, name)
            with open(path, "wb") as out:
                out.write(content)
            info = run(env, "gio", "info", "-a", "standard::content-type", path)
            gio_type = next(line.rsplit(": ", 1)[1].strip() for line in info.splitlines() if "content-type" in line)
            check(f"gio info {name}", gio_type, expected)
            check(f"xdg-mime query filetype {name}", run(gnome, "xdg-mime", "query", "filetype", path), expected)

        # Default applications: ours for the list types, the archive manager's for a plain CAB.
        archive_managers = set(ARCHIVE_MANAGERS)
        for mime, expected in ((CTL, OURS), (CTL_CAB, OURS), (CAB, archive_managers)):
            check(f"xdg-mime query default {mime}", run(env, "xdg-mime", "query", "default", mime), expected)
            check(f"xdg-mime query default {mime} (GNOME)", run(gnome, "xdg-mime", "query", "default", mime), expected)
            answer = run(env, "gio", "mime", mime).splitlines()
            gio_default = next((line.split(":", 1)[1].strip() for line in answer if line.startswith("Default")), "")
            check(f"gio mime {mime}", gio_default, expected)
        # A list CAB is a CAB: the archive managers are still offered for it ("Open With").
        offered = run(env, "gio", "mime", CTL_CAB)
        check("archive managers offered for a list CAB", all(app in offered for app in archive_managers), True)

    # The desktop file and the metainfo agree on the types, and we never claim the CAB type itself.
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(os.path.join(resources, OURS), encoding="utf-8")
    claimed = {t for t in desktop["Desktop Entry"]["MimeType"].split(";") if t}
    metainfo = ET.parse(os.path.join(resources, APP_ID + ".metainfo.xml")).getroot()
    provided = {m.text for m in metainfo.iter("mediatype")}
    check("MIME types the desktop file claims", sorted(claimed), sorted({CTL, CTL_CAB}))
    check("MIME types the metainfo provides", sorted(provided), sorted(claimed))
    for key in ("Name", "GenericName", "Comment"):
        for lang in ("de", "ko"):
            check(f"desktop file has {key}[{lang}]", f"{key}[{lang}]" in desktop["Desktop Entry"], True)

    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
