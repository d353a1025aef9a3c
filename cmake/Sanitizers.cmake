# Instrumented builds. Included by the top-level CMakeLists.txt before any target is defined, so the
# flags reach every target of the project (core, viewer, tools, tests, fixture generator).
#
#   CTL_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer, any error aborts the process
#                    (scripts/sanitize.sh builds with it and runs the whole test suite).
#   CTL_FUZZ=ON      clang only: everything is compiled with libFuzzer coverage plus ASan and UBSan
#                    (-fsanitize=fuzzer-no-link,address,undefined) and the libFuzzer targets of
#                    tests/fuzz are added (scripts/fuzz.sh builds and runs them).
#
# Qt, OpenSSL and libarchive come from Debian and are not instrumented: a memory error inside them is
# only caught when it touches memory the project allocated.

option(CTL_SANITIZE "Build every target with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CTL_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang); implies ASan and UBSan" OFF)

set(CTL_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)

if(CTL_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CTL_FUZZ=ON needs clang (libFuzzer): configure a fresh build directory with "
                            "CC=clang CXX=clang++, or use scripts/fuzz.sh")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link ${CTL_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
    message(STATUS "CTL_FUZZ: libFuzzer coverage, AddressSanitizer and UBSan on every target")
elseif(CTL_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "CTL_SANITIZE=ON needs g++ or clang++")
    endif()
    add_compile_options(${CTL_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
    message(STATUS "CTL_SANITIZE: AddressSanitizer and UBSan on every target")
endif()
