# Benchmarks (not tests): tests/bench/ctl_bench, run by scripts/bench.sh; CTest never runs it.
# It is one source file (about 7 s to compile and link on two cores), so it is part of the default build
# and cannot rot; -DCTL_BENCH=OFF leaves it out of `all`. The target exists either way, and
# scripts/bench.sh builds it explicitly (cmake --build BUILD --target ctl_bench).
option(CTL_BENCH "Build the benchmark program tests/bench/ctl_bench by default" ON)

if(CTL_BENCH)
    set(ctl_bench_exclude "")
else()
    set(ctl_bench_exclude EXCLUDE_FROM_ALL)
endif()
add_executable(ctl_bench ${ctl_bench_exclude} ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_ctl.cpp)
set_target_properties(ctl_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)
target_link_libraries(ctl_bench PRIVATE ctlreport Qt6::Gui Qt6::Test OpenSSL::Crypto ctl_warnings)
# What scripts/bench.sh needs besides the benchmark: the generator of the synthetic lists, ctltool.
add_dependencies(ctl_bench ctlfixture)
add_dependencies(ctl_bench ctltool)

# Issue #4's startup figure: process start to the first paint of the main window with the files open.
add_executable(ctl_startup_bench ${ctl_bench_exclude} ${CMAKE_CURRENT_SOURCE_DIR}/bench/startup_bench.cpp)
set_target_properties(ctl_startup_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)
target_link_libraries(ctl_startup_bench PRIVATE ctlui Qt6::Test ctl_warnings)
add_dependencies(ctl_bench ctl_startup_bench)

# Issue 13's worst cases within the input limits: load and validation of hostile lists built in memory.
add_executable(ctl_hostile_bench ${ctl_bench_exclude} ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_hostile.cpp)
set_target_properties(ctl_hostile_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)
target_include_directories(ctl_hostile_bench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(ctl_hostile_bench PRIVATE ctlcore Qt6::Test OpenSSL::Crypto ctl_warnings)
add_dependencies(ctl_bench ctl_hostile_bench)

# Issue 14: linking a million entries to a thousand certificates, opening 600-certificate sources.
add_executable(ctl_certs_bench ${ctl_bench_exclude} ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_certs.cpp)
set_target_properties(ctl_certs_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)
target_include_directories(ctl_certs_bench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(ctl_certs_bench PRIVATE ctlcore Qt6::Test OpenSSL::Crypto ctl_warnings)
add_dependencies(ctl_bench ctl_certs_bench)

# Issue 15: effective trust of a million entries for one purpose and date.
add_executable(ctl_trust_bench ${ctl_bench_exclude} ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_trust.cpp)
set_target_properties(ctl_trust_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)
target_include_directories(ctl_trust_bench PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(ctl_trust_bench PRIVATE ctlcore Qt6::Test ctl_warnings)
add_dependencies(ctl_bench ctl_trust_bench)
# Issue 16: diff of two lists and history over many lists, stage by stage (scripts/bench.sh, `diff` phase).
add_executable(ctl_diff_bench ${ctl_bench_exclude} ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_diff.cpp)
set_target_properties(ctl_diff_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/bench)
target_link_libraries(ctl_diff_bench PRIVATE ctlcore ctl_warnings)
add_dependencies(ctl_bench ctl_diff_bench)
