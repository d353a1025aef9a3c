#pragma once
// The history tab (issue #16): many lists read together (model/diff/History). A timeline with one row per
// root (name, identifier, first seen, last seen, status) and, for the selected root, its events in order;
// and a per-release view with each list's changes. Opened by File ▸ Open history….

#include "History.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace ctlv {

class HistoryView : public QWidget {
    Q_OBJECT

public:
    // `documents` in any order; `notes` (files skipped) shown above the tables.
    HistoryView(std::vector<std::shared_ptr<const CtlDocument>> documents, const QStringList &notes,
                QWidget *parent = nullptr);
    ~HistoryView() override;

    const History &history() const { return m_history; }
    QString title() const;
    QStandardItemModel *timeline() const { return m_timeline; }
    QStandardItemModel *events() const { return m_events; }
    QStandardItemModel *releases() const { return m_releases; }
    QSortFilterProxyModel *timelineFilter() const { return m_filter; }
    // Shows the events of timeline row `row` (of the unfiltered model).
    void showEntry(int row);

private:
    History m_history;
    QStandardItemModel *m_timeline = nullptr;
    QStandardItemModel *m_events = nullptr;
    QStandardItemModel *m_releases = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_timelineView = nullptr;
};

// Reads `paths` (files, or folders without their subfolders) for a history: the lists, and a note for
// each file that holds none.
std::vector<std::shared_ptr<const CtlDocument>> readHistoryLists(const QStringList &paths,
                                                                 QStringList &notes);

} // namespace ctlv
