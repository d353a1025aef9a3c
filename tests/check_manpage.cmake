# Formats a manual page as `man --warnings -l PAGE` does and fails on any warning (groff's and man's).
# Usage: cmake -DMAN=/usr/bin/man -DPAGE=resources/man/ctltool.1 -P check_manpage.cmake
set(ENV{MANWIDTH} 80)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${MAN} --warnings -l ${PAGE}
                RESULT_VARIABLE result OUTPUT_VARIABLE text ERROR_VARIABLE warnings)
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "man --warnings -l ${PAGE}: exit ${result}\n${warnings}")
endif()
string(LENGTH "${text}" length)
if(length LESS 2000)
    message(FATAL_ERROR "${PAGE} formats to only ${length} characters")
endif()
foreach(word dump verify export status check --windows --timestamp --disallowed --json-lines --compact --entries --trust --at --accept-eku --no-system-trust
        --lang --pdf --csv --paper --findings --separator --bom --version "EXIT STATUS" ENVIRONMENT FILES EXAMPLES)
    string(FIND "${text}" "${word}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${PAGE} does not mention ${word}")
    endif()
endforeach()
