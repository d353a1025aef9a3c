#pragma once
// Every QSettings key the viewer reads or writes, named once, so that a key is never spelled two ways
// and a reader finds all the state the viewer keeps in one place.

#include <QPageSize>
#include <QSettings>
#include <QString>

namespace ctlv::settingskey {

// MainWindow
inline const QString WindowGeometry = QStringLiteral("window/geometry");
inline const QString WindowState = QStringLiteral("window/state");
inline const QString Language = QStringLiteral("language"); // "" for the system's language
inline const QString RecentFiles = QStringLiteral("recentFiles");
inline const QString ExportLocaleSeparator = QStringLiteral("export/localeSeparator");
inline const QString ExportByteOrderMark = QStringLiteral("export/bom");
inline const QString ExportLetterPaper = QStringLiteral("export/letter");
inline const QString ExportFolder = QStringLiteral("export/folder"); // where the last save dialog saved

// DocumentView
inline const QString ViewMainSplitter = QStringLiteral("view/mainSplitter");
inline const QString ViewRightSplitter = QStringLiteral("view/rightSplitter");
// "2": the Status column moved first (effective trust); layouts kept before that are not restored.
inline const QString ViewEntriesHeader = QStringLiteral("view/entriesHeader2");

// TrustSettingsDialog
inline const QString TrustFiles = QStringLiteral("trust/files");
inline const QString TrustAcceptedEkus = QStringLiteral("trust/acceptedEkus");
inline const QString TrustUseSystemStore = QStringLiteral("trust/useSystemStore");

} // namespace ctlv::settingskey

namespace ctlv {

// The paper of every PDF the viewer writes (the list report, the diff tab's and the Check panel's
// reports): File ▸ Export's "PDF: US Letter paper instead of A4", A4 by default.
inline QPageSize::PageSizeId exportPageSize() {
    return QSettings().value(settingskey::ExportLetterPaper, false).toBool() ? QPageSize::Letter
                                                                             : QPageSize::A4;
}

} // namespace ctlv
