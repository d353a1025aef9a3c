// The page shown when no file is open: Open…, the recent files and the bundled sample.
#include "WelcomePage.h"

#include "Icons.h"
#include "ModelText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ctlv {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent) {
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 3);
    outer->addStretch(1);
    column->addStretch(1);

    auto *title = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(icons::application().pixmap(64, 64));
    title->addWidget(logo);
    auto *heading = new QLabel(tr("<h1>CTL Viewer</h1>"), this);
    title->addWidget(heading, 1);
    column->addLayout(title);
    auto *intro = new QLabel(
        tr("Open a Microsoft Certificate Trust List (authroot.stl, disallowedcert.stl, pinrules.stl, "
           "an enterprise CTL) or the .cab Windows Update ships it in, and see what is inside, whether "
           "it is genuine, and why Windows' own dialog may call it \"not valid\". You can also drop "
           "files on this window or paste PEM text."),
        this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open\u2026"), this);
    open->setDefault(true);
    auto *sample = new QPushButton(tr("Open the &bundled sample"), this);
    sample->setToolTip(tr("A real authrootstl.cab from Windows Update (June 2025)"));
    buttons->addWidget(open);
    buttons->addWidget(sample);
    buttons->addStretch();
    column->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);

    auto *recentLabel = new QLabel(tr("Recent files:"), this);
    column->addWidget(recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent files"));
    recentLabel->setBuddy(m_recent);
    column->addWidget(m_recent, 2);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString());
    });
    column->addStretch(1);
}

void WelcomePage::setRecentFiles(const QStringList &files) {
    m_recent->clear();
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(modeltext::oneLine(file), m_recent); // a name may hold a newline
        item->setData(Qt::UserRole, file);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("(none yet)"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace ctlv
