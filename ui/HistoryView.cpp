// The history tab (HistoryView.h).
#include "HistoryView.h"

#include "DiffText.h"
#include "FileAccess.h"
#include "Icons.h"
#include "ModelText.h"
#include "OpenedFile.h"
#include "PlainText.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ctlv {

namespace {

// Cells hold text from files: one line, controls visible (ModelText); views never render it as HTML.
QStandardItem *cell(const QString &text) {
    auto *item = new QStandardItem(modeltext::oneLine(text));
    item->setEditable(false);
    return item;
}

QTableView *table(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new plaintext::ToolTipDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QString day(const History &history, int list) {
    return list < 0 ? QString() : isoUtc(history.lists[static_cast<size_t>(list)].side.thisUpdate).left(10);
}

} // namespace

std::vector<std::shared_ptr<const CtlDocument>> readHistoryLists(const QStringList &paths,
                                                                 QStringList &notes) {
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name))
                files << file.filePath();
        } else {
            files << path;
        }
    }
    std::vector<std::shared_ptr<const CtlDocument>> documents;
    for (const QString &file : files) {
        const OpenedFile opened = openAndValidate(OpenSource{file, {}, {}, {}}, std::nullopt);
        if (opened.error || opened.documents.empty()) {
            notes << (opened.error
                          ? opened.error->toString()
                          : HistoryView::tr("%1: holds no list; skipped").arg(displayFileName(file)));
            continue;
        }
        documents.insert(documents.end(), opened.documents.begin(), opened.documents.end());
    }
    return documents;
}

HistoryView::HistoryView(std::vector<std::shared_ptr<const CtlDocument>> documents, const QStringList &notes,
                         QWidget *parent)
    : QWidget(parent), m_history(buildHistory(documents)) {
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    QString text = tr("%1 lists, %2 with distinct entries; %3 entries followed.")
                       .arg(m_history.lists.size())
                       .arg(m_history.distinctLists())
                       .arg(m_history.entries.size());
    if (!notes.isEmpty()) {
        text += QLatin1Char(' ') + tr("%n file(s) without a list skipped (hover for why).", nullptr,
                                      static_cast<int>(notes.size()));
        QStringList lines;
        for (const QString &note : notes)
            lines << modeltext::oneLine(note);
        summary->setToolTip(plaintext::toolTip(lines.join(QLatin1Char('\n'))));
    }
    summary->setText(text);
    layout->addWidget(summary);

    m_timeline = new QStandardItemModel(this);
    m_timeline->setHorizontalHeaderLabels({tr("Name"), tr("Identifier"), tr("Kind"), tr("First seen"),
                                           tr("Last seen"), tr("Status"), tr("Events")});
    for (const HistoryEntry &entry : m_history.entries) {
        auto *status = cell(entry.inLatest ? tr("In the newest list") : tr("Gone"));
        status->setIcon(entry.inLatest ? icons::forEntryStatus(EntryStatus::Trusted)
                                       : icons::forSeverity(Severity::Error));
        m_timeline->appendRow({cell(entry.friendlyName), cell(entry.identifier),
                               cell(listKindKey(entry.kind)), cell(day(m_history, entry.firstSeen)),
                               cell(day(m_history, entry.lastSeen)), status,
                               cell(QString::number(entry.events.size()))});
    }
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_timeline);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_events = new QStandardItemModel(this);
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("List"), tr("Change"), tr("Old"), tr("New")});

    m_releases = new QStandardItemModel(this);
    m_releases->setHorizontalHeaderLabels({tr("Date"), tr("List"), tr("Kind"), tr("Entries"), tr("Added"),
                                           tr("Removed"), tr("Changed"), tr("Note")});
    for (const HistoryList &list : m_history.lists) {
        const QString note =
            list.sameAs >= 0
                ? tr("same entries as %1")
                      .arg(DiffText::listName(m_history.lists[static_cast<size_t>(list.sameAs)].side))
            : list.previous < 0 ? tr("first list of its kind")
                                : QString();
        m_releases->appendRow({cell(isoUtc(list.side.thisUpdate)), cell(DiffText::listName(list.side)),
                               cell(listKindKey(list.side.kind)), cell(QString::number(list.side.entryCount)),
                               cell(QString::number(list.added)), cell(QString::number(list.removed)),
                               cell(QString::number(list.changed)), cell(note)});
    }

    auto *tabs = new QTabWidget(this);
    auto *timelinePage = new QWidget(tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    auto *filter = new QLineEdit(timelinePage);
    filter->setPlaceholderText(tr("Filter roots (name, thumbprint)"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_timelineView = table(m_filter, timelinePage);
    m_timelineView->setSortingEnabled(true);
    m_timelineView->sortByColumn(3, Qt::AscendingOrder); // first seen: the oldest roots first
    m_timelineView->setColumnWidth(0, 320);
    m_timelineView->setColumnWidth(1, 320);
    m_timelineView->setColumnWidth(5, 170);
    auto *splitter = new QSplitter(Qt::Vertical, timelinePage);
    splitter->addWidget(m_timelineView);
    QTableView *eventsView = table(m_events, timelinePage);
    eventsView->setColumnWidth(1, 420);
    eventsView->setColumnWidth(2, 160);
    eventsView->setColumnWidth(3, 260);
    splitter->addWidget(eventsView);
    timelineLayout->addWidget(filter);
    timelineLayout->addWidget(splitter, 1);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showEntry(current.isValid() ? m_filter->mapToSource(current).row() : -1);
            });
    tabs->addTab(timelinePage, tr("Roots"));
    tabs->addTab(table(m_releases, tabs), tr("Releases"));
    layout->addWidget(tabs, 1);
}

HistoryView::~HistoryView() = default;

QString HistoryView::title() const {
    return tr("History (%1 lists)").arg(m_history.lists.size());
}

void HistoryView::showEntry(int row) {
    m_events->removeRows(0, m_events->rowCount());
    if (row < 0 || row >= static_cast<int>(m_history.entries.size()))
        return;
    const HistoryEntry &entry = m_history.entries[static_cast<size_t>(row)];
    if (entry.firstSeen >= 0) // where it was first seen, then every change in order
        m_events->appendRow(
            {cell(day(m_history, entry.firstSeen)),
             cell(DiffText::listName(m_history.lists[static_cast<size_t>(entry.firstSeen)].side)),
             cell(tr("first seen")), cell(QString()), cell(QString())});
    for (const HistoryEvent &event : entry.events) {
        const bool entryEvent =
            event.change == QLatin1String("added") || event.change == QLatin1String("removed");
        m_events->appendRow(
            {cell(day(m_history, event.list)),
             cell(DiffText::listName(m_history.lists[static_cast<size_t>(event.list)].side)),
             cell(event.change == QLatin1String("added") ? DiffText::rowKindLabel(DiffText::RowKind::Added)
                  : event.change == QLatin1String("removed")
                      ? DiffText::rowKindLabel(DiffText::RowKind::Removed)
                      : DiffText::attributeLabel(event.change)),
             cell(entryEvent ? QString() : DiffText::valueText(event.change, event.oldValue)),
             cell(entryEvent ? QString() : DiffText::valueText(event.change, event.newValue))});
    }
}

} // namespace ctlv
