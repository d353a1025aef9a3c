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
for word in dump verify export --json-lines --entries --accept-eku 1.3.6.1.4.1.311.10.3.9 a4 letter; do
  [[ $functions[_ctltool] == *$word* ]] || { print "FAIL: _ctltool does not offer $word"; exit 1 }
done
print "zsh completion: parses and is registered for ctltool"
