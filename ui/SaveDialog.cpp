// The save dialogs' shared start folder (SaveDialog.h).
#include "SaveDialog.h"

#include "SettingsKeys.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ctlv::savedialog {

QString startFolder() {
    const QString stored = QSettings().value(settingskey::ExportFolder).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void remember(const QString &path) {
    if (!path.isEmpty())
        QSettings().setValue(settingskey::ExportFolder, QFileInfo(path).absolutePath());
}

QString askPath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter) {
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(startFolder()).filePath(suggestedName), filter);
    remember(path);
    return path;
}

} // namespace ctlv::savedialog
