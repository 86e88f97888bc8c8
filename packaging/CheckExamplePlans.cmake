# ctest packaging.example-plans: every example plan the package ships (EXAMPLES_DIR, written by
# ExamplePlans.cmake) passes `dce-upgrade plan` (ENGINE) once its package path points at a
# freshly generated package (MKBUNDLE run with PYTHON, in WORK_DIR). The installed copies get the
# same check in tests/package/check-installed-deb.sh.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND ${PYTHON} ${MKBUNDLE} package ${WORK_DIR}/skoala-offline-v0.28.1.tar
    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
foreach(method IN LISTS METHODS)
    set(example ${EXAMPLES_DIR}/plan-${method}.yaml)
    file(READ ${example} plan)
    if(NOT plan MATCHES "\n  method: ${method}\n")
        message(FATAL_ERROR "${example} is not a plan for sync.method ${method}")
    endif()
    string(REPLACE "/data/offline/" "${WORK_DIR}/" plan "${plan}")
    file(WRITE ${WORK_DIR}/plan-${method}.yaml "${plan}")
    execute_process(COMMAND ${ENGINE} --lang en plan --plan ${WORK_DIR}/plan-${method}.yaml
        OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "dce-upgrade plan refuses ${example} (exit ${result}):\n${out}")
    endif()
    message(STATUS "ok: ${example}")
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
