# Desktop integration and packaging: installed by `cmake --install`, packaged by `cpack -G DEB`.
# After the .deb is installed, dpkg's triggers for shared-mime-info and desktop-file-utils register the
# MIME type and the .desktop file, so double-clicking an .stl or .cab opens it in ctlviewer.
set(CTL_APP_ID io.github.ctlviewer.CtlViewer)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CTL_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CTL_APP_ID}-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${CTL_APP_ID}.xml)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CTL_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/ctlviewer.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CTL_APP_ID}.svg)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/application-vnd.ms-pki.stl.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ctlviewer)
set(CPACK_PACKAGE_VENDOR "The CTL Viewer developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Viewer and verifier for Microsoft Certificate Trust Lists")
set(CPACK_PACKAGE_CONTACT "The CTL Viewer developers <ctlviewer@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
