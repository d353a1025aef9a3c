# bash completion for ctltool(1), the command-line tool of CTL Viewer: its commands, their options, the
# values of --lang, --paper, --separator, --accept-eku (the CTL-signing purposes), --purpose, --windows and
# --not-before, and files by type.
# Needs nothing from the bash-completion package; installed as
# /usr/share/bash-completion/completions/ctltool.

# Files whose extension matches the regular expression $1 (case-insensitive) and directories; every file
# when none matches, since ctltool recognises its input by content, not by name.
_ctltool_files() {
    local IFS=$'\n' file pattern=$1
    local -a matching=() all=()
    compopt -o filenames 2>/dev/null
    for file in $(compgen -f -- "$cur"); do
        if [[ -d $file ]]; then
            matching+=("$file")
        elif [[ ${file,,} =~ \.($pattern)$ ]]; then
            matching+=("$file")
        fi
        all+=("$file")
    done
    if ((${#matching[@]} > 0)); then
        COMPREPLY=("${matching[@]}")
    else
        COMPREPLY=("${all[@]}")
    fi
}

_ctltool() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command is the first word that is neither an option nor the value of --lang (which may stand
    # anywhere, also before the command).
    local command= i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        --lang) ((i++)) ;;
        -*) ;;
        *)
            command=${COMP_WORDS[i]}
            break
            ;;
        esac
    done

    local ctl_types='stl|ctl|cab|pem|p7b|p7s|p7c|b64|der|txt'
    case $prev in
    --lang)
        COMPREPLY=($(compgen -W 'en de ko' -- "$cur"))
        return
        ;;
    --paper)
        COMPREPLY=($(compgen -W 'a4 letter' -- "$cur"))
        return
        ;;
    --separator)
        COMPREPLY=($(compgen -W ', ; | \\t' -- "$cur"))
        return
        ;;
    --accept-eku)
        # Microsoft Trust List Signing, Root List Signer, Pin Rules Signer
        COMPREPLY=($(compgen -W '1.3.6.1.4.1.311.10.3.1 1.3.6.1.4.1.311.10.3.9 1.3.6.1.4.1.311.10.3.31' -- "$cur"))
        return
        ;;
    --at)
        COMPREPLY=($(compgen -W "$(date -u +%Y-%m-%d) $(date -u +%Y-%m-%dT%H:%M:%SZ)" -- "$cur"))
        return
        ;;
    --trust)
        _ctltool_files 'pem|crt|cer|der'
        return
        ;;
    --pdf)
        _ctltool_files 'pdf'
        return
        ;;
    --csv)
        _ctltool_files 'csv'
        return
        ;;
    --pem)
        _ctltool_files 'pem|crt'
        return
        ;;
    --certs)
        # Certificate sources: stores, bundles, certificates, PKCS #7 bags, registry exports, folders.
        _ctltool_files 'sst|pem|crt|cer|der|p7b|p7c|reg'
        return
        ;;
    --purpose)
        local purposes='server-auth client-auth code-signing email time-stamping ocsp-signing'
        [[ $command == status || $command == check ]] && purposes+=' document-signing smart-card-logon any'
        COMPREPLY=($(compgen -W "$purposes" -- "$cur"))
        return
        ;;
    --windows)
        COMPREPLY=($(compgen -W '10 7' -- "$cur"))
        return
        ;;
    --timestamp)
        COMPREPLY=($(compgen -W "$(date -u +%Y-%m-%d) $(date -u +%Y-%m-%dT%H:%M:%SZ)" -- "$cur"))
        return
        ;;
    --list | --disallowed)
        _ctltool_files "$ctl_types"
        return
        ;;
    --chain)
        _ctltool_files 'pem|crt|cer|der|p7b|p7c'
        return
        ;;
    --not-before)
        COMPREPLY=($(compgen -W 'include exclude' -- "$cur"))
        return
        ;;
    esac

    local validation='--trust --at --accept-eku --no-system-trust'
    local certificates='--certs --recursive'
    local common='--lang --help'
    case $command in
    '')
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--help --version --lang' -- "$cur"))
        else
            COMPREPLY=($(compgen -W 'dump verify export status check verify-files diff history help' -- "$cur"))
        fi
        ;;
    help)
        COMPREPLY=($(compgen -W 'dump verify export status check verify-files diff history' -- "$cur"))
        ;;
    status)
        if [[ $cur == -?* ]]; then
            COMPREPLY=($(compgen -W "--purpose --at --windows --disallowed --json --csv $common" -- "$cur"))
        else
            _ctltool_files "$ctl_types"
        fi
        ;;
    check)
        if [[ $cur == -?* ]]; then
            local options="--list --chain --disallowed --certs --purpose --at --timestamp --windows --json --pdf"
            options+=" --paper"
            options+=" $common"
            COMPREPLY=($(compgen -W "$options" -- "$cur"))
        else
            _ctltool_files 'pem|crt|cer|der|p7b|p7c'
        fi
        ;;
    verify-files)
        if [[ $cur == -?* ]]; then
            COMPREPLY=($(compgen -W "--json --compact $validation $common" -- "$cur"))
            return
        fi
        # The first operand is the catalog (or a folder of catalogs); the others are any files or folders.
        local operands=0
        for ((i = i + 1; i < COMP_CWORD; i++)); do
            case ${COMP_WORDS[i]} in
            --lang | --trust | --at | --accept-eku) ((i++)) ;;
            -*) ;;
            *) ((operands++)) ;;
            esac
        done
        if ((operands == 0)); then
            _ctltool_files 'cat'
        else
            compopt -o filenames 2>/dev/null
            local IFS=$'\n'
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    dump | verify | export | diff | history)
        if [[ $cur == -?* ]]; then
            local options
            case $command in
            dump) options="--json --compact --json-lines $certificates $validation $common" ;;
            verify) options="--json --compact --json-lines --entries $certificates $validation $common" ;;
            diff) options="--json --compact --csv --markdown --pdf --paper $common" ;;
            history) options="--json --compact --csv $common" ;;
            export)
                options="--pdf --csv --pem --paper --findings --separator --bom --purpose --not-before"
                options+=" $certificates $validation $common"
                ;;
            esac
            COMPREPLY=($(compgen -W "$options" -- "$cur"))
        else
            _ctltool_files "$ctl_types"
        fi
        ;;
    esac
}

complete -F _ctltool ctltool
