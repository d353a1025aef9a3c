# Qt item models over the document and the validation report (presentation only; no QtWidgets).
target_sources(ctlcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Roles.h
    ${CMAKE_CURRENT_LIST_DIR}/NodeTree.h
    ${CMAKE_CURRENT_LIST_DIR}/EntryTableModel.h ${CMAKE_CURRENT_LIST_DIR}/EntryTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EntrySearchIndex.h ${CMAKE_CURRENT_LIST_DIR}/EntrySearchIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EntryFilterProxy.h ${CMAKE_CURRENT_LIST_DIR}/EntryFilterProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FindingsModel.h ${CMAKE_CURRENT_LIST_DIR}/FindingsModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChainTreeModel.h ${CMAKE_CURRENT_LIST_DIR}/ChainTreeModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CertificateTableModel.h ${CMAKE_CURRENT_LIST_DIR}/CertificateTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DetailModel.h ${CMAKE_CURRENT_LIST_DIR}/DetailModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentTreeModel.h ${CMAKE_CURRENT_LIST_DIR}/DocumentTreeModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FileCoverageModel.h ${CMAKE_CURRENT_LIST_DIR}/FileCoverageModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiffTableModel.h ${CMAKE_CURRENT_LIST_DIR}/DiffTableModel.cpp
)
target_include_directories(ctlcore PUBLIC ${CMAKE_CURRENT_LIST_DIR})
