#pragma once
// The diff tab (issue #16): what changed between two lists. A summary at the top, a filterable table of
// the changes (kind by icon and text, entry, attribute, old and new value), both versions of the selected
// entry side by side (the detail pane's sections, twice), and CSV, Markdown or PDF export.

#include "ListDiff.h"
#include "LoadError.h"

#include <QPageSize>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeView;

namespace ctlv {

class DetailModel;
class DiffFilterProxy;
class DiffTableModel;

class DiffView : public QWidget {
    Q_OBJECT

public:
    DiffView(std::shared_ptr<const CtlDocument> before, std::shared_ptr<const CtlDocument> after,
             QWidget *parent = nullptr);
    ~DiffView() override;

    const ListDiff &diff() const { return m_diff; }
    QString title() const;
    QTableView *table() const { return m_table; }
    DiffTableModel *model() const { return m_model; }
    DiffFilterProxy *proxy() const { return m_proxy; }
    DetailModel *oldDetail() const { return m_oldDetail; }
    DetailModel *newDetail() const { return m_newDetail; }
    // Writes the diff (atomic, never over either input); the error in words.
    Expected<void> exportCsv(const QString &path) const;
    Expected<void> exportMarkdown(const QString &path) const;
    // The PDF report (DiffReport): the summary in words and both files' facts, then every change. Its
    // Export PDF… button passes the paper of the viewer's other PDF exports (exportPageSize()).
    Expected<void> exportPdf(const QString &path, QPageSize::PageSizeId pageSize) const;

private:
    void showRow(const QModelIndex &proxyIndex);
    // Makes the first row current when none is (the tab opening, a filter that removed the current row).
    void ensureCurrentRow();
    void exportDialog(bool markdown);

    std::shared_ptr<const CtlDocument> m_before;
    std::shared_ptr<const CtlDocument> m_after;
    ListDiff m_diff;
    DiffTableModel *m_model = nullptr;
    DiffFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    DetailModel *m_oldDetail = nullptr;
    DetailModel *m_newDetail = nullptr;
    QLabel *m_oldTitle = nullptr;
    QLabel *m_newTitle = nullptr;
};

} // namespace ctlv
