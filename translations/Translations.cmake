# Translations (README, "Languages"). lupdate reads the sources of the core, the widgets and the two
# executables; `cmake --build build --target update_translations` refreshes translations/ctlviewer_*.ts
# from them. lrelease turns the .ts files into .qm files compiled into the core's resources under
# :/i18n, where ctlv::language::apply() loads them, so both executables carry every language.
#
# This is what Qt 6.4's qt_add_translations() does (lupdate, lrelease, resources), spelled out because
# English needs a second lupdate run: ctlviewer_en.ts holds only the plural forms ("%n day(s)" ->
# "1 day", "2 days"; lupdate -pluralonly), while German and Korean hold every string.

set(CTL_TS_FILES
    ${CMAKE_CURRENT_LIST_DIR}/ctlviewer_de.ts
    ${CMAKE_CURRENT_LIST_DIR}/ctlviewer_ko.ts)
set(CTL_TS_PLURALS ${CMAKE_CURRENT_LIST_DIR}/ctlviewer_en.ts)

# Every C++ source and header of the targets that show text, as absolute paths (targets list them
# relative to their own folders).
# An empty normal variable: set(VAR) alone would unset it and let list(APPEND) grow the cached list of the
# previous configure, which keeps files that were deleted since.
set(CTL_I18N_SOURCES "")
foreach(target IN ITEMS ctlcore ctlreport ctltoolcli ctlui ctltool ctltool-export ctlviewer)
    get_target_property(sources ${target} SOURCES)
    get_target_property(folder ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${folder} NORMALIZE)
        # Generated sources (moc, resources) live in the build folder, which may sit inside the sources.
        if(source MATCHES "\\.(cpp|h)$" AND source MATCHES "^${PROJECT_SOURCE_DIR}/"
           AND NOT source MATCHES "^${PROJECT_BINARY_DIR}/")
            list(APPEND CTL_I18N_SOURCES ${source})
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES CTL_I18N_SOURCES)
list(SORT CTL_I18N_SOURCES)

# No line numbers in the .ts files, so moving code does not change them (and merges stay quiet);
# -no-obsolete drops strings the sources no longer have, so nothing stale is shipped.
set(CTL_LUPDATE_OPTIONS -locations none -no-obsolete -source-language en)
# Qt 6.4's signatures (Qt6LinguistToolsMacros.cmake): qt_add_lupdate(target TS_FILES SOURCES OPTIONS)
# makes <target>_lupdate and adds it to the global update_translations target; the target names only
# tell the two runs apart.
qt_add_lupdate(ctlcore TS_FILES ${CTL_TS_FILES} SOURCES ${CTL_I18N_SOURCES} OPTIONS ${CTL_LUPDATE_OPTIONS})
qt_add_lupdate(ctlui TS_FILES ${CTL_TS_PLURALS} SOURCES ${CTL_I18N_SOURCES} OPTIONS ${CTL_LUPDATE_OPTIONS} -pluralonly)
qt_add_lrelease(ctlcore TS_FILES ${CTL_TS_FILES} ${CTL_TS_PLURALS} QM_FILES_OUTPUT_VARIABLE CTL_QM_FILES)
qt_add_resources(ctlcore ctlcore_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${CTL_QM_FILES})

# For the translation test (tests/CMakeLists.txt): the same lupdate, over the same sources.
set(CTL_I18N_SOURCES ${CTL_I18N_SOURCES} CACHE INTERNAL "Sources lupdate reads")
set(CTL_LUPDATE_OPTIONS ${CTL_LUPDATE_OPTIONS} CACHE INTERNAL "lupdate options of update_translations")
