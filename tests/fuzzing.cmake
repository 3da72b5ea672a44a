# SPDX-License-Identifier: GPL-3.0-or-later
# selftrack_add_fuzzer(NAME SOURCES src... LIBRARIES lib... CORPUS dir)
# Builds a libFuzzer target whose SOURCES are compiled with coverage instrumentation and
# registers a bounded run with CTest (label "fuzz", FUZZ_SECONDS, default 60).
# clang: -fsanitize=fuzzer. GCC (clang 14 cannot compile libstdc++ 12's std::expected, which the
# project uses everywhere): ASan + UBSan + -fsanitize-coverage=trace-cmp, linked with libFuzzer's
# engine from compiler-rt (libclang-rt-NN-dev) and run with value profiles.
function(selftrack_add_fuzzer name)
    cmake_parse_arguments(FUZZ "" "CORPUS" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${FUZZ_SOURCES})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PRIVATE ${FUZZ_LIBRARIES})
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
        set(mode native)
    else()
        find_program(SELFTRACK_CLANG NAMES clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14)
        if(SELFTRACK_CLANG)
            execute_process(COMMAND ${SELFTRACK_CLANG} -print-file-name=libclang_rt.fuzzer-${CMAKE_SYSTEM_PROCESSOR}.a
                            OUTPUT_VARIABLE libfuzzer OUTPUT_STRIP_TRAILING_WHITESPACE)
        endif()
        if(NOT libfuzzer OR NOT IS_ABSOLUTE "${libfuzzer}" OR NOT EXISTS "${libfuzzer}")
            message(FATAL_ERROR "SELFTRACK_FUZZ with GCC needs libFuzzer from compiler-rt (libclang-rt-NN-dev)")
        endif()
        target_compile_options(${name} PRIVATE -fsanitize=address,undefined -fsanitize-coverage=trace-cmp
                               -fno-omit-frame-pointer)
        target_link_options(${name} PRIVATE -fsanitize=address,undefined)
        target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz_gcc_shim.cpp)
        target_link_libraries(${name} PRIVATE ${libfuzzer})
        set(mode value-profile)
    endif()
    add_test(NAME ${name}
             COMMAND ${PROJECT_SOURCE_DIR}/tests/server/fuzz/run-fuzz.sh $<TARGET_FILE:${name}> ${FUZZ_CORPUS}
                     ${CMAKE_CURRENT_BINARY_DIR}/${name}-work)
    set_tests_properties(${name} PROPERTIES LABELS fuzz TIMEOUT 900 ENVIRONMENT "SELFTRACK_FUZZ_MODE=${mode}")
endfunction()
