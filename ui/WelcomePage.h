#pragma once
// Shown when no file is open: Open…, the recent files, and the bundled sample.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace ctlv {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void openRequested();
    void sampleRequested();
    void recentFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace ctlv
