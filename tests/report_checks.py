#!/usr/bin/env python3
# Independent checks of the PDF report for tst_reports, from poppler's text and Python's csv module:
#   counts CSV PAGE1.txt   page 1's "what the list grants" table (pdftotext -layout) against the entries CSV
#   dates CSV BBOX.html    every date of the CSV's disabledFrom/notBefore cells is on one line in the PDF
#                          (pdftotext -bbox word positions; "1 Aug 2021" in the C locale, "8/1/2021" in en_US)
# Prints what differs and exits 1; exits 0 when everything agrees.
import csv
import datetime
import re
import sys
from collections import Counter

PURPOSES = [("Server Authentication", "1.3.6.1.5.5.7.3.1"), ("Code Signing", "1.3.6.1.5.5.7.3.3"),
            ("Secure Email", "1.3.6.1.5.5.7.3.4"), ("Time Stamping", "1.3.6.1.5.5.7.3.8")]
# The "All entries" row's columns (the CSV's status), in the order the report prints them.
STATUSES = ["trusted", "not-before-restricted", "disabled-for-some-purposes", "disabled", "will-be-disabled"]


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def when(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def oids(text):
    return [part for part in re.split(r"[;\s]+", text) if part]


def rule(row, date_key, purposes_key, oid, compared):
    # Whether a Disable (104/122) or NotBefore (126/127) rule applies to `oid`: a purposes list limits
    # it to those purposes; without a date it has no time limit; "always" (an empty value) always applies.
    has_date, purposes = bool(row[date_key]), oids(row[purposes_key])
    if not has_date and not purposes:
        return False
    if purposes and oid not in purposes:
        return False
    return not has_date or row[date_key] == "always" or when(row[date_key]) <= compared


def purpose_status(row, oid):
    # Windows 10/11's rule for one purpose, written again here from the README's "Effective trust":
    # purpose not granted, then Disable, then NotBefore (the certificate issued at the status date).
    at = when(row["statusAt"])
    ekus = oids(row["ekuOids"])
    if ekus and oid not in ekus:
        return "purpose-not-granted"
    if rule(row, "disabledFrom", "disabledEkus", oid, at):
        return "disabled"
    if rule(row, "notBefore", "notBeforeEkus", oid, at):
        return "not-before"
    return "trusted"


def counts(csv_path, page_path):
    entries = rows(csv_path)
    page = open(page_path, encoding="utf-8").read().splitlines()
    expected = {"All entries": [Counter(row["status"] for row in entries)[s] for s in STATUSES] + [len(entries)]}
    for label, oid in PURPOSES:
        counter = Counter(purpose_status(row, oid) for row in entries)
        expected[label] = [counter[s] for s in ("trusted", "not-before", "disabled", "purpose-not-granted")]
    problems = []
    for label, want in expected.items():
        line = next((l for l in page if l.strip().startswith(label + " ") and re.search(r"\d\s*$", l)), None)
        if line is None:
            problems.append(f"page 1 has no row '{label}'")
            continue
        cells = line.strip()[len(label):].split()
        if cells != [str(n) for n in want]:
            problems.append(f"{label}: page 1 says {cells}, the CSV gives {want}")
    return problems


def dates(csv_path, bbox_path):
    entries = rows(csv_path)
    wanted, wanted_us = Counter(), Counter()
    for row in entries:
        for key in ("disabledFrom", "notBefore"):
            if row[key] and row[key] != "always":
                d = when(row[key])
                wanted[f"{d.day} {d:%b} {d.year}"] += 1
                wanted_us[f"{d.month}/{d.day}/{d.year}"] += 1
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
                       open(bbox_path, encoding="utf-8").read())
    found = Counter()
    for i in range(len(words) - 2):
        (x1, y1, a), (x2, y2, b), (x3, y3, c) = words[i:i + 3]
        if re.fullmatch(r"\d{1,2}", a) and re.fullmatch(r"[A-Z][a-z]{2}", b) and re.fullmatch(r"\d{4}", c):
            if abs(float(y1) - float(y2)) < 0.5 and abs(float(y2) - float(y3)) < 0.5:
                found[f"{a} {b} {c}"] += 1
    # In a locale that writes "8/1/2021" a date is one word: a break would split it.
    if not found and any(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", w[2]) for w in words):
        found, wanted = Counter(w[2] for w in words), wanted_us
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
