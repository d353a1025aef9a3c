#!/usr/bin/env bash
# ctltool's bash completion answers as it should: commands, options per command, option values, and
# files by type. Usage: check_completion.bash resources/completions/ctltool.bash
set -u
source "$1"
[[ $(complete -p ctltool) == "complete -F _ctltool ctltool" ]] || { echo "FAIL: not registered"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/sub"
touch "$scratch/a.stl" "$scratch/B.CAB" "$scratch/c.pem" "$scratch/notes.odt" "$scratch/report.pdf" \
    "$scratch/list.csv"
mkdir "$scratch/other"
touch "$scratch/other/unknown.bin"

failures=0
# check "EXPECTED WORDS" WORD... : the last word is the one being completed.
check() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _ctltool
    local actual
    actual=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
    expected=$(printf '%s\n' $expected | sort | tr '\n' ' ')
    if [[ $actual != "$expected" ]]; then
        echo "FAIL: '$*': expected [$expected], got [$actual]"
        failures=$((failures + 1))
    fi
}

check "check diff dump export help history status verify verify-files" ctltool ""
check "verify verify-files" ctltool ve
check "--help --version --lang" ctltool --
check "en de ko" ctltool --lang ""
check "--no-system-trust" ctltool --lang de verify --no
check "--json --json-lines" ctltool dump --js
check "" ctltool dump --ent
check "--entries" ctltool verify --ent
check "a4 letter" ctltool export --paper ""
check "--pdf --paper --pem --purpose" ctltool export --p
check "--certs --compact" ctltool dump --c
check "server-auth" ctltool export --purpose ser
check "include exclude" ctltool export --not-before ""
check "1.3.6.1.4.1.311.10.3.1 1.3.6.1.4.1.311.10.3.9 1.3.6.1.4.1.311.10.3.31" \
    ctltool verify --accept-eku 1.3.6.1.4.1.311.10.3.
check "check diff dump export history status verify verify-files" ctltool help ""
check "10 7" ctltool status --windows ""
check "--windows" ctltool check --w
check "code-signing" ctltool status --purpose code
check "--timestamp" ctltool check --ti
# verify-files: a catalog first, then any file.
touch "$scratch/driver.cat" "$scratch/driver.sys"
check "--compact" ctltool verify-files --c
check "--json" ctltool verify-files --js
check "$scratch/driver.cat $scratch/other $scratch/sub" ctltool verify-files "$scratch/"
check "$scratch/driver.cat" ctltool verify-files --json "$scratch/dr"
check "$scratch/driver.cat $scratch/driver.sys" ctltool verify-files "$scratch/driver.cat" "$scratch/dr"
rm "$scratch/driver.cat" "$scratch/driver.sys"
check "--compact --csv" ctltool diff --c
check "--markdown" ctltool diff --m
check "--pdf" ctltool diff --pd
check "--pdf --paper" ctltool diff --p
check "a4 letter" ctltool diff --pdf out.pdf --paper ""
check "--pdf --paper --purpose" ctltool check --p
check "a4 letter" ctltool check --pdf out.pdf --paper ""
check "$scratch/other $scratch/report.pdf $scratch/sub" ctltool diff --pdf "$scratch/"
check "--compact --csv" ctltool history --c
# Input files: lists (any case), PEM and directories, not other documents.
check "$scratch/a.stl $scratch/B.CAB $scratch/c.pem $scratch/other $scratch/sub" ctltool verify "$scratch/"
check "$scratch/a.stl $scratch/B.CAB $scratch/c.pem $scratch/other $scratch/sub" \
    ctltool dump --json --trust "$scratch/c.pem" "$scratch/"
# Outputs by their type; roots for --trust.
check "$scratch/other $scratch/report.pdf $scratch/sub" ctltool export --pdf "$scratch/"
check "$scratch/list.csv $scratch/other $scratch/sub" ctltool export --csv "$scratch/"
check "$scratch/c.pem $scratch/other $scratch/sub" ctltool verify --trust "$scratch/"
# No file of a known type: every file, since ctltool reads by content.
check "$scratch/other/unknown.bin" ctltool dump "$scratch/other/"

if ((failures > 0)); then
    echo "$failures completion case(s) failed"
    exit 1
fi
echo "bash completion: all cases passed"
