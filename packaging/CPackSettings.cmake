# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings, included last by the top-level CMakeLists.txt (CPack itself writes the build
# folder's CPackConfig.cmake from them). `cpack -G DEB` / `cpack -G TGZ` in a build folder make the
# packages of everything the install rules name; docs/packaging.md describes each generator.
set(SELFTRACK_PACKAGE_MAINTAINER "SelfTrack maintainers <maintainers@selftrack.invalid>"
    CACHE STRING "Name <email> written into the packages as their maintainer")

set(CPACK_PACKAGE_NAME selftrack)
set(CPACK_PACKAGE_VENDOR "The SelfTrack developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "SelfTrack tracks personal goals and habits and keeps a journal about them in an encrypted local vault \
(Argon2id, AES-256-GCM, SQLCipher) that works fully offline, with a full revision history and statistics \
compatible with Loop Habit Tracker. The package holds the desktop app (selftrack), the command line \
(selftrack-cli) and the self-hostable, end-to-end encrypted sync server (selftrack-server).")
set(CPACK_PACKAGE_CONTACT "${SELFTRACK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY SelfTrack)
set(CPACK_PACKAGE_EXECUTABLES selftrack SelfTrack) # Start menu entry (NSIS)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
# Release packages carry no debug information; a Debug build's packages keep it (smoke tests).
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    set(CPACK_STRIP_FILES ON)
endif()

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_PACKAGE_NAME SelfTrack)
    set(CPACK_NSIS_DISPLAY_NAME SelfTrack)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (selftrack-cli) on PATH
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\selftrack.exe") # Add/Remove Programs icon
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop TGZ)
    set(CPACK_DMG_VOLUME_NAME SelfTrack)
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # selftrack_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SELFTRACK_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps (dpkg-dev) computes the libraries the binaries link. Qt loads its SVG icon
    # engine as a plugin, which no linker sees: the window icon needs libqt6svg6 named by hand.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-wayland")
endif()

include(CPack)
