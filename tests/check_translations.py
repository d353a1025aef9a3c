#!/usr/bin/env python3
"""The .ts files are complete and current.

Fails when a message sits in the catch-all QObject context, is unfinished, vanished or obsolete, or has an empty translation or the wrong number
of plural forms; when a translation's placeholders (%1..%99, %n, %Ln) differ from its source's; when an
accelerator (&) is lost; or when the .ts files are out of date with the sources: lupdate, run as
`update_translations` runs it over copies, must find nothing new and drop nothing.

usage: check_translations.py LUPDATE SOURCES_FILE OPTIONS_FILE TS_FILE...   (a .ts named *_en.ts holds only
plural forms, as lupdate -pluralonly writes it)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt's numerus rules define them (Korean has one, German and English two).
FORMS = {'ko': 1, 'de': 2, 'en': 2}


def messages(path):
    """{(context, source, comment): message element} of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            key = (name, message.findtext('source') or '', message.findtext('comment') or '')
            result[key] = message
    return result


def placeholders(text):
    return sorted(re.findall(r'%L?(?:\d+|n)', text))


def check_file(path, problems):
    language = os.path.basename(path).rsplit('_', 1)[1].split('.')[0]
    for (context, source, _), message in messages(path).items():
        where = f'{os.path.basename(path)}: [{context}] "{source[:70]}"'
        if context in ('QObject', '', None):
            # One context per class: a catch-all context gives translators no idea where the text appears.
            problems.append(f'{where}: catch-all context; use tr() of the class or a named context')
        translation = message.find('translation')
        kind = translation.get('type')
        if kind in ('unfinished', 'vanished', 'obsolete'):
            problems.append(f'{where}: {kind}')
            continue
        if message.get('numerus') == 'yes':
            forms = [form.text or '' for form in translation.findall('numerusform')]
            if len(forms) != FORMS[language]:
                problems.append(f'{where}: {len(forms)} plural forms, {language} needs {FORMS[language]}')
        else:
            forms = [translation.text or '']
        for form in forms:
            if not form.strip():
                problems.append(f'{where}: empty translation')
                continue
            # A plural form may leave out %n (Korean counts with a counter word), nothing else.
            expected = placeholders(source)
            got = placeholders(form)
            if got != expected and not (message.get('numerus') == 'yes' and
                                        sorted(got + [p for p in expected if p.endswith('n')]) == expected):
                problems.append(f'{where}: placeholders {got} differ from the source\'s {expected}')
            if re.search(r'&[^&\s]', source) and not re.search(r'&[^&\s]', form):
                problems.append(f'{where}: the accelerator (&) is lost in "{form}"')


def check_current(lupdate, sources, options, ts_files, problems):
    with tempfile.TemporaryDirectory() as folder:
        for path in ts_files:
            copy = os.path.join(folder, os.path.basename(path))
            shutil.copy(path, copy)
            extra = ['-pluralonly'] if path.endswith('_en.ts') else []
            run = subprocess.run([lupdate, *options, *extra, *sources, '-ts', copy], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f'lupdate failed on {path}: {run.stderr}')
                continue
            before, after = messages(path), messages(copy)
            for key in sorted(set(after) - set(before)):
                problems.append(f'{os.path.basename(path)}: not yet in the file (run update_translations): [{key[0]}] "{key[1][:70]}"')
            for key in sorted(set(before) - set(after)):
                problems.append(f'{os.path.basename(path)}: no longer in the sources (run update_translations): [{key[0]}] "{key[1][:70]}"')


def main():
    lupdate, sources_file, options_file, *ts_files = sys.argv[1:]
    sources = [line for line in open(sources_file, encoding='utf-8').read().split(';') if line.strip()]
    options = [line for line in open(options_file, encoding='utf-8').read().split(';') if line.strip()]
    problems = []
    for path in ts_files:
        check_file(path, problems)
    check_current(lupdate, [s.strip() for s in sources], [o.strip() for o in options], ts_files, problems)
    for problem in problems:
        print(problem)
    print(f'{len(problems)} problem(s) in {len(ts_files)} file(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
