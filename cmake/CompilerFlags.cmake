# One INTERFACE target carries every warning, hardening and Qt define, so each real target only
# links it and no flag is repeated anywhere else.
add_library(dce_upgrade_flags INTERFACE)

target_compile_options(dce_upgrade_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2
    -fstack-protector-strong)

target_compile_definitions(dce_upgrade_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)

target_link_options(dce_upgrade_flags INTERFACE -Wl,-z,relro,-z,now)
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(DCE_UPGRADE_WERROR)
    target_compile_options(dce_upgrade_flags INTERFACE -Werror)
endif()

if(DCE_UPGRADE_SANITIZE)
    target_compile_options(dce_upgrade_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(dce_upgrade_flags INTERFACE -fsanitize=address,undefined)
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()
