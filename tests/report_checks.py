#!/usr/bin/env python3
# Independent checks of the PDF report for tst_reports, from poppler's text and Python's csv module:
#   counts CSV PAGE1.txt   page 1's "what the list grants" table (pdftotext -layout) against the entries CSV
#   dates CSV BBOX.html    every date of the CSV's disabledFrom/notBefore cells is on one line in the PDF
#                          (pdftotext -bbox word positions; the report is written in the C locale: "1 Aug 2021")
# Prints what differs and exits 1; exits 0 when everything agrees.
import csv
import datetime
import re
import sys
from collections import Counter

PURPOSES = [("Server Authentication", "1.3.6.1.5.5.7.3.1"), ("Code Signing", "1.3.6.1.5.5.7.3.3"),
            ("Secure Email", "1.3.6.1.5.5.7.3.4"), ("Time Stamping", "1.3.6.1.5.5.7.3.8")]
# The summary's columns, in the order the report prints them.
STATUSES = ["trusted", "not-before-restricted", "disabled-for-some-purposes", "disabled", "will-be-disabled"]


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def when(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def oids(text):
    return [part for part in re.split(r"[;\s]+", text) if part]


def expected_counts(entries):
    # Windows' rule as the report states it, written again here: an entry counts for a purpose when its
    # purposes name it or it has none; disabled (or to be) when the disabled purposes are empty or name it;
    # restricted when the NotBefore purposes are empty or name it.
    result = {"All entries": Counter(row["status"] for row in entries)}
    for label, oid in PURPOSES:
        counter = Counter()
        for row in entries:
            ekus = oids(row["ekuOids"])
            if ekus and oid not in ekus:
                continue
            at = when(row["statusAt"])
            if row["disabledFrom"] and (not oids(row["disabledEkus"]) or oid in oids(row["disabledEkus"])):
                reached = row["disabledFrom"] == "always" or when(row["disabledFrom"]) <= at
                counter["disabled" if reached else "will-be-disabled"] += 1
            elif row["notBefore"] and (not oids(row["notBeforeEkus"]) or oid in oids(row["notBeforeEkus"])):
                counter["not-before-restricted"] += 1
            else:
                counter["trusted"] += 1
        result[label] = counter
    return result


def counts(csv_path, page_path):
    entries = rows(csv_path)
    page = open(page_path, encoding="utf-8").read().splitlines()
    problems = []
    for label, counter in expected_counts(entries).items():
        line = next((l for l in page if l.strip().startswith(label + " ") and re.search(r"\d\s*$", l)), None)
        if line is None:
            problems.append(f"page 1 has no row '{label}'")
            continue
        cells = line.strip()[len(label):].split()
        want = [str(counter[s]) if not (label != "All entries" and s == "disabled-for-some-purposes") else "\u2013"
                for s in STATUSES] + [str(sum(counter.values()))]
        if cells != want:
            problems.append(f"{label}: page 1 says {cells}, the CSV gives {want}")
    return problems


def dates(csv_path, bbox_path):
    entries = rows(csv_path)
    wanted = Counter()
    for row in entries:
        for key in ("disabledFrom", "notBefore"):
            if row[key] and row[key] != "always":
                d = when(row[key])
                wanted[f"{d.day} {d:%b} {d.year}"] += 1
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
                       open(bbox_path, encoding="utf-8").read())
    found = Counter()
    for i in range(len(words) - 2):
        (x1, y1, a), (x2, y2, b), (x3, y3, c) = words[i:i + 3]
        if re.fullmatch(r"\d{1,2}", a) and re.fullmatch(r"[A-Z][a-z]{2}", b) and re.fullmatch(r"\d{4}", c):
            if abs(float(y1) - float(y2)) < 0.5 and abs(float(y2) - float(y3)) < 0.5:
                found[f"{a} {b} {c}"] += 1
    problems = [f"{date}: {wanted[date]} in the CSV, {found[date]} on one line in the PDF"
                for date in wanted if found[date] < wanted[date]]
    if not wanted:
        problems.append("the CSV has no dates: nothing was checked")
    return problems


if __name__ == "__main__":
    command, csv_path, other = sys.argv[1:4]
    found = counts(csv_path, other) if command == "counts" else dates(csv_path, other)
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
