# Robustness: sweeps over truncated and corrupted inputs, the parser's limits, signature constructs that
# must be rejected, "never writes", and the regression files in data/malformed (fuzzer finds included).
# Included from tests/CMakeLists.txt; the libFuzzer targets themselves live in fuzz/ (CTL_FUZZ=ON).

ctl_add_test(tst_robustness tst_robustness.cpp)
target_compile_definitions(tst_robustness PRIVATE CTLTOOL_PATH="$<TARGET_FILE:ctltool>")
add_dependencies(tst_robustness ctltool)
target_compile_definitions(tst_robustness PRIVATE CTLFIXTURE_PATH="$<TARGET_FILE:ctlfixture>")
add_dependencies(tst_robustness ctlfixture)
# The sweeps try some 300,000 inputs: about 90 s in a RelWithDebInfo build, about 7 minutes under ASan and
# UBSan, where one data row of randomCorruptions alone takes close to Qt Test's default function timeout
# of 5 minutes. A hang still fails: each input must finish within 10 s (hangThresholdMs) and the test
# within CTest's TIMEOUT.
if(CTL_SANITIZE OR CTL_FUZZ)
    set_tests_properties(tst_robustness PROPERTIES TIMEOUT 1800)
    set_property(TEST tst_robustness APPEND PROPERTY ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=1500000")
endif()

if(CTL_SANITIZE OR CTL_FUZZ)
    # Every test of this directory: a sanitizer report fails the test (halt_on_error, abort), leaks too.
    get_property(ctl_all_tests DIRECTORY PROPERTY TESTS)
    foreach(ctl_test IN LISTS ctl_all_tests)
        set_property(TEST ${ctl_test} APPEND PROPERTY ENVIRONMENT
            "ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
            "UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1")
    endforeach()
endif()

if(CTL_FUZZ)
    add_subdirectory(${CMAKE_CURRENT_SOURCE_DIR}/fuzz ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
endif()
