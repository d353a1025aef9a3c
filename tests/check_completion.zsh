#!/usr/bin/env zsh
# ctltool's zsh completion parses, and compinit picks it up for ctltool from its #compdef line.
# Usage: check_completion.zsh resources/completions/_ctltool
emulate -L zsh
file=$1
zsh -n $file || { print "FAIL: $file does not parse"; exit 1 }
scratch=$(mktemp -d)
trap 'rm -rf $scratch' EXIT
cp $file $scratch/_ctltool
fpath=($scratch $fpath)
autoload -Uz compinit
compinit -u -d $scratch/zcompdump
if [[ ${_comps[ctltool]-} != _ctltool ]]; then
  print "FAIL: compinit does not assign _ctltool to ctltool (got '${_comps[ctltool]-}')"
  exit 1
fi
autoload -Uz +X _ctltool 2>$scratch/errors || { print "FAIL: _ctltool does not load"; cat $scratch/errors; exit 1 }
(( $+functions[_ctltool] )) || { print "FAIL: _ctltool is not a function"; exit 1 }
for word in dump verify export status check --windows --timestamp --json-lines --accept-eku 1.3.6.1.4.1.311.10.3.9 a4; do
  [[ $functions[_ctltool] == *$word* ]] || { print "FAIL: _ctltool does not offer $word"; exit 1 }
done

# Real completions in an interactive zsh on a pseudo-terminal: type a command line and Tab, and wait (at
# most 15 s a case) until every expected word appears in what zsh prints.
zmodload zsh/zpty
zpty shell "zsh -f -i"
zpty -w shell "PS1='> '; fpath=($scratch \$fpath); autoload -Uz compinit; compinit -u -d $scratch/zcompdump2"
zpty -w shell "ctltool() { :; }; zstyle ':completion:*' list-prompt ''; zstyle ':completion:*' menu no; LISTMAX=1000"
typeset -A cases
cases=(
  $'ctltool \t' 'check dump export help status verify'
  $'ctltool status --windows \t' '10 7'
  $'ctltool export --paper \t' 'a4 letter'
  $'ctltool diff --pdf out.pdf --paper \t' 'a4 letter'
  $'ctltool check --pdf out.pdf --paper \t' 'a4 letter'
  $'ctltool verify --ent\t' 'verify --entries'
  $'ctltool --lang \t' 'en de ko'
  $'ctltool dump --json\t' '--json --json-lines'
  $'ctltool verify --accept-eku 1.3.6.1.4.1.311.10.3.3\t' '1.3.6.1.4.1.311.10.3.31'
)
failures=0
for input expected in ${(kv)cases}; do
  zpty -n -w shell $'\x15'$input # Ctrl-U: an empty line first
  output=
  missing=(${=expected})
  deadline=$(( SECONDS + 15 ))
  while (( ${#missing} > 0 && SECONDS < deadline )); do
    zpty -r -t shell chunk && output+=$chunk || sleep 0.1
    local -a still=()
    for word in ${=expected}; do
      [[ $output == *$word* ]] || still+=$word
    done
    missing=($still)
  done
  if (( ${#missing} > 0 )); then
    print -r -- "FAIL: ${(q)input}: no ${missing} in: ${output//$'\e'\[[0-9;?]#[a-zA-Z]/}"
    (( failures++ ))
  fi
done
zpty -d shell
(( failures == 0 )) || exit 1
print "zsh completion: parses, is registered for ctltool, and completes ${#cases} command lines"
