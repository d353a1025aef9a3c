#pragma once
// Every save dialog of the viewer starts in the folder the user last saved to (QSettings), not in the
// working directory the viewer happened to be started from.

#include <QString>

class QWidget;

namespace ctlv::savedialog {

// The folder the next save dialog starts in: the last one saved to, while it exists; else the
// documents folder.
QString startFolder();
// Asks where to save (QFileDialog::getSaveFileName) starting in startFolder() with `suggestedName`;
// remembers the chosen folder. Empty when the user cancelled.
QString askPath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
// Remembers the folder of `path` for the next dialog.
void remember(const QString &path);

} // namespace ctlv::savedialog
