// The Tools ▸ Trust and purposes dialog and the stored trust settings it edits (extra trusted roots,
// accepted CTL-signing purposes, use of the system store).
#include "TrustSettingsDialog.h"

#include "CertificateInfo.h"
#include "ChainBuilder.h"
#include "FileAccess.h"
#include "ModelText.h"
#include "PlainText.h"
#include "ReadLimits.h"
#include "SettingsKeys.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace ctlv {

namespace {
// A trusted-root file as the list shows it: the subjects of the certificates it holds (what a person
// recognises), then the path; the path itself stays in Qt::UserRole.
void addTrustFile(QListWidget *list, const QString &path) {
    QStringList names;
    QString problem;
    if (const auto bytes = readInputFile(path, ReadLimits{}.maxInputSize); !bytes)
        problem = bytes.error().toString();
    else
        for (const QByteArray &der : certificatesFromPem(bytes.value()))
            names << modeltext::oneLine(describeCertificate(der, CertificateSource::SignedDataBag).subject);
    if (problem.isEmpty() && names.isEmpty())
        problem = TrustSettings::tr("%1: the file holds no certificate").arg(path);
    auto *item = new QListWidgetItem(list);
    item->setData(Qt::UserRole, path);
    const QString first = problem.isEmpty() ? names.join(QLatin1String("; ")) : modeltext::oneLine(problem);
    item->setText(first + QLatin1Char('\n') + modeltext::oneLine(path));
    item->setToolTip(plaintext::toolTip(names.join(QLatin1Char('\n')) + QLatin1Char('\n') + path));
}
} // namespace

TrustSettings TrustSettings::load() {
    QSettings settings;
    TrustSettings trust;
    trust.trustFiles = settings.value(settingskey::TrustFiles).toStringList();
    trust.acceptedEkus = settings.value(settingskey::TrustAcceptedEkus).toStringList();
    trust.useSystemStore = settings.value(settingskey::TrustUseSystemStore, true).toBool();
    return trust;
}

void TrustSettings::save() const {
    QSettings settings;
    settings.setValue(settingskey::TrustFiles, trustFiles);
    settings.setValue(settingskey::TrustAcceptedEkus, acceptedEkus);
    settings.setValue(settingskey::TrustUseSystemStore, useSystemStore);
}

ValidationOptions TrustSettings::toOptions(QStringList *problems) const {
    ValidationOptions options;
    options.useSystemStore = useSystemStore;
    options.acceptedEkus = acceptedEkus;
    for (const QString &path : trustFiles) {
        const auto bytes = readInputFile(path, ReadLimits{}.maxInputSize); // bounded; no FIFO or device
        if (!bytes) {
            if (problems)
                problems->append(bytes.error().toString());
            continue;
        }
        const QList<QByteArray> certificates = certificatesFromPem(bytes.value());
        if (certificates.isEmpty() && problems)
            problems->append(tr("%1: the file holds no certificate").arg(path));
        options.extraTrustAnchorsDer += certificates;
    }
    return options;
}

TrustSettingsDialog::TrustSettingsDialog(const TrustSettings &settings, QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("Trust and purposes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Lists are checked against the bundled Microsoft roots. Add your organisation's root "
                      "certificates here to check your own trust lists, and any purpose your organisation "
                      "uses to authorise CTL signers."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("Additional trusted root certificates (PEM or DER files):"), this));
    m_files = new QListWidget(this);
    m_files->setAccessibleName(tr("Trusted root files"));
    for (const QString &path : settings.trustFiles)
        addTrustFile(m_files, path);
    layout->addWidget(m_files);
    auto *fileButtons = new QHBoxLayout;
    auto *addFile = new QPushButton(tr("Add file\u2026"), this);
    auto *removeFile = new QPushButton(tr("Remove"), this);
    fileButtons->addWidget(addFile);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch();
    layout->addLayout(fileButtons);
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Trusted root certificates"), QString(),
                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        for (const QString &path : files)
            addTrustFile(m_files, path);
    });
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });

    layout->addWidget(new QLabel(tr("Additional purposes (EKU OIDs) that authorise a CTL signer:"), this));
    m_ekus = new QListWidget(this);
    m_ekus->setAccessibleName(tr("Accepted purposes"));
    m_ekus->addItems(settings.acceptedEkus);
    layout->addWidget(m_ekus);
    auto *ekuButtons = new QHBoxLayout;
    auto *addEku = new QPushButton(tr("Add purpose\u2026"), this);
    auto *removeEku = new QPushButton(tr("Remove"), this);
    ekuButtons->addWidget(addEku);
    ekuButtons->addWidget(removeEku);
    ekuButtons->addStretch();
    layout->addLayout(ekuButtons);
    connect(addEku, &QPushButton::clicked, this, [this] {
        const QString oid = QInputDialog::getText(this, tr("Accept a purpose"),
                                                  tr("OID, for example 1.3.6.1.4.1.311.10.3.1:"))
                                .trimmed();
        if (oid.isEmpty())
            return;
        static const QRegularExpression dotted(QStringLiteral("^[0-2](\\.[0-9]+)+$"));
        if (!dotted.match(oid).hasMatch()) {
            plaintext::warning(this, tr("Accept a purpose"),
                               tr("\"%1\" is not an OID in dotted form.").arg(oid));
            return;
        }
        m_ekus->addItem(oid);
    });
    connect(removeEku, &QPushButton::clicked, this, [this] { delete m_ekus->currentItem(); });

    m_systemStore = new QCheckBox(tr("Also trust the system's root certificates"), this);
    m_systemStore->setChecked(settings.useSystemStore);
    layout->addWidget(m_systemStore);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

TrustSettings TrustSettingsDialog::settings() const {
    TrustSettings settings;
    for (int i = 0; i < m_files->count(); ++i)
        settings.trustFiles << m_files->item(i)->data(Qt::UserRole).toString();
    for (int i = 0; i < m_ekus->count(); ++i)
        settings.acceptedEkus << m_ekus->item(i)->text();
    settings.useSystemStore = m_systemStore->isChecked();
    return settings;
}

} // namespace ctlv
