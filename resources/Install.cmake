# Desktop integration and packaging: installed by `cmake --install`, packaged by `cpack -G DEB`
# (scripts/build-deb.sh builds the .deb with Debian's hardening flags; the deb_package test checks it).
# After the .deb is installed, dpkg's triggers (shared-mime-info, desktop-file-utils, hicolor-icon-theme,
# man-db) register the MIME types, the .desktop file, the icons and the manual pages. `cmake --install` to a
# live prefix runs update-mime-database and update-desktop-database itself (see the end).
include(GNUInstallDirs)
set(CTL_APP_ID io.github.ctlviewer.CtlViewer)
set(CTL_RESOURCES ${CMAKE_CURRENT_LIST_DIR})
set(CTL_ICONS ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

install(FILES ${CTL_RESOURCES}/${CTL_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CTL_RESOURCES}/${CTL_APP_ID}-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${CTL_APP_ID}.xml)
install(FILES ${CTL_RESOURCES}/${CTL_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CTL_RESOURCES}/icons/ctlviewer.svg DESTINATION ${CTL_ICONS}/scalable/apps RENAME ${CTL_APP_ID}.svg)
# ctlviewer-48.png is ctlviewer.svg rendered by `rsvg-convert -w 48 -h 48` (librsvg2-bin): committed rather
# than rendered at build time, so building needs no SVG renderer; redo it when the SVG changes.
install(FILES ${CTL_RESOURCES}/icons/ctlviewer-48.png DESTINATION ${CTL_ICONS}/48x48/apps RENAME ${CTL_APP_ID}.png)
install(FILES ${CTL_RESOURCES}/icons/ctlviewer-symbolic.svg DESTINATION ${CTL_ICONS}/symbolic/apps
        RENAME ${CTL_APP_ID}-symbolic.svg)
install(FILES ${CTL_RESOURCES}/icons/application-vnd.ms-pki.stl.svg DESTINATION ${CTL_ICONS}/scalable/mimetypes)

# Manual pages, compressed as Debian policy 12.1 wants them (gzip -9n: no name or time stamp, so the
# package builds reproducibly). ctltool-export is run by `ctltool export` and documented in ctltool(1); its
# page is a link to that one (policy 12.1: a symbolic link rather than a .so request).
find_program(GZIP gzip REQUIRED)
set(CTL_MAN_OUT ${CMAKE_BINARY_DIR}/man)
set(CTL_MAN_PAGES ctlviewer ctltool)
set(CTL_MAN_GZ)
foreach(page IN LISTS CTL_MAN_PAGES)
    add_custom_command(OUTPUT ${CTL_MAN_OUT}/${page}.1.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CTL_MAN_OUT}
        COMMAND sh -c "'${GZIP}' -9n -c '${CTL_RESOURCES}/man/${page}.1' > '${CTL_MAN_OUT}/${page}.1.gz'"
        DEPENDS ${CTL_RESOURCES}/man/${page}.1
        COMMENT "Compressing the manual page ${page}(1)" VERBATIM)
    list(APPEND CTL_MAN_GZ ${CTL_MAN_OUT}/${page}.1.gz)
endforeach()
add_custom_command(OUTPUT ${CTL_MAN_OUT}/ctltool-export.1.gz
    COMMAND ${CMAKE_COMMAND} -E create_symlink ctltool.1.gz ${CTL_MAN_OUT}/ctltool-export.1.gz
    DEPENDS ${CTL_MAN_OUT}/ctltool.1.gz VERBATIM)
# The Debian changelog, compressed the same way (policy 12.7).
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/changelog.Debian.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/debian
    COMMAND sh -c "'${GZIP}' -9n -c '${CTL_RESOURCES}/debian/changelog' > '${CMAKE_BINARY_DIR}/debian/changelog.Debian.gz'"
    DEPENDS ${CTL_RESOURCES}/debian/changelog VERBATIM)
add_custom_target(ctl_install_docs ALL
    DEPENDS ${CTL_MAN_GZ} ${CTL_MAN_OUT}/ctltool-export.1.gz ${CMAKE_BINARY_DIR}/debian/changelog.Debian.gz)
install(FILES ${CTL_MAN_GZ} ${CTL_MAN_OUT}/ctltool-export.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completion for ctltool, where bash-completion and zsh look for a package's own completions.
install(FILES ${CTL_RESOURCES}/completions/ctltool.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME ctltool)
install(FILES ${CTL_RESOURCES}/completions/_ctltool DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# The machine-readable copyright file (DEP-5: our code and the Microsoft files we ship) and the changelog.
install(FILES ${CTL_RESOURCES}/debian/copyright ${CMAKE_BINARY_DIR}/debian/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ctlviewer)
# The lintian tags we accept, each with its reason (the deb_package test fails on any other E: or W:).
install(FILES ${CTL_RESOURCES}/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME ctlviewer)

# `cmake --install` to a live prefix (no DESTDIR, not CPack's staging area): rebuild that prefix's MIME cache
# and desktop-file cache, as the .deb's dpkg triggers do, so a double-click opens the viewer right away. A staged
# install (DESTDIR, CPack) must not touch the build machine's databases; the target system updates its own.
install(CODE [[
    if("$ENV{DESTDIR}" STREQUAL "" AND NOT CMAKE_INSTALL_PREFIX MATCHES "/_CPack_Packages/")
        find_program(CTL_UPDATE_MIME update-mime-database)
        find_program(CTL_UPDATE_DESKTOP update-desktop-database)
        if(CTL_UPDATE_MIME)
            message(STATUS "Updating the MIME database in ${CMAKE_INSTALL_PREFIX}/share/mime")
            execute_process(COMMAND ${CTL_UPDATE_MIME} "${CMAKE_INSTALL_PREFIX}/share/mime")
        endif()
        if(CTL_UPDATE_DESKTOP)
            message(STATUS "Updating the desktop file database in ${CMAKE_INSTALL_PREFIX}/share/applications")
            execute_process(COMMAND ${CTL_UPDATE_DESKTOP} -q "${CMAKE_INSTALL_PREFIX}/share/applications")
        endif()
    endif()
]])

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ctlviewer)
set(CPACK_PACKAGE_VENDOR "The CTL Viewer developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "viewer and verifier for Microsoft Certificate Trust Lists")
set(CPACK_PACKAGE_CONTACT "The CTL Viewer developers <ctlviewer@users.noreply.github.com>")
# Debian's extended description; CPack puts the summary above it as the synopsis and formats the lines
# (a leading space, " ." for the empty line: policy 5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "CTL Viewer opens the Certificate Trust Lists that Windows Update publishes
(authroot.stl, disallowedcert.stl, pinrules.stl, in their CAB files) and
enterprise lists. It shows every field, entry and property, verifies the
signatures and the signer chain the way Windows does, and explains whether the
warning of Windows' own dialog that a list is not valid is cosmetic or real.

The package contains the desktop viewer (ctlviewer), the command-line tool
(ctltool: dump, verify, and export as PDF or CSV), their manual pages, shell
completion, and the MIME types that let a file manager open lists and list
CABs in the viewer while 3D-model .stl files and other CABs keep their own
programs.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/ctlviewer/ctlviewer")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Library dependencies from dpkg-shlibdeps (dpkg-dev); the SVG image plugin is loaded at run time, so no
# library links it: without it every status icon would be missing. Fonts for the PDF report's scripts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-dejavu-core")
# Stripped binaries. No -dbgsym package: CPack 3.25 can split one off (CPACK_DEBIAN_DEBUGINFO_PACKAGE), but
# that .ddeb lists absolute build paths in its md5sums and has no copyright file (lintian errors), so the
# debug information stays in the build folder's unstripped binaries.
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
