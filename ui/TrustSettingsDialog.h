#pragma once
// The viewer's counterpart of `ctltool --trust FILE` and `--accept-eku OID`: extra trusted roots and
// site-specific CTL-signing purposes, kept in QSettings.

#include "Validation.h"

#include <QCoreApplication>
#include <QDialog>

class QListWidget;
class QCheckBox;

namespace ctlv {

struct TrustSettings {
    Q_DECLARE_TR_FUNCTIONS(ctlv::TrustSettings)
public:
    QStringList trustFiles;
    QStringList acceptedEkus;
    bool useSystemStore = true;

    static TrustSettings load();
    void save() const;
    // The validation options these settings give; problems reading a trust file are returned in `problems`.
    ValidationOptions toOptions(QStringList *problems = nullptr) const;
};

class TrustSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrustSettingsDialog(const TrustSettings &settings, QWidget *parent = nullptr);
    TrustSettings settings() const;

private:
    QListWidget *m_files;
    QListWidget *m_ekus;
    QCheckBox *m_systemStore;
};

} // namespace ctlv
