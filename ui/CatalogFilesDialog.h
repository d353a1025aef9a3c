#pragma once
// Tools ▸ Check files against this catalog…: files and folders (chosen or dropped onto the dialog) hashed
// on a worker thread and looked up among the open catalog's members; a table of the files (covered or
// not, by which member) and one of the members with the files they cover.

#include "CatalogCoverage.h"
#include "OpenedFile.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <thread>

class QLabel;
class QTableView;

namespace ctlv {

class FileCoverageModel;
class CatalogMemberModel;

class CatalogFilesDialog : public QDialog {
    Q_OBJECT
public:
    CatalogFilesDialog(std::shared_ptr<const CatalogIndex> index, QWidget *parent = nullptr);
    ~CatalogFilesDialog() override;

    // Checks `paths` (files, folders searched recursively) on the worker thread; results arrive one by one.
    void check(const QStringList &paths);
    bool busy() const { return m_worker.joinable() && !m_done; }

    // For tests.
    FileCoverageModel *fileModel() const { return m_fileModel; }
    CatalogMemberModel *memberModel() const { return m_memberModel; }

Q_SIGNALS:
    void finished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addFiles();
    void addFolder();
    void stopWorker();
    void updateSummary();

    std::shared_ptr<const CatalogIndex> m_index;
    FileCoverageModel *m_fileModel;
    CatalogMemberModel *m_memberModel;
    QTableView *m_fileView;
    QTableView *m_memberView;
    QLabel *m_summary;
    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_done{true};
};

// Tools ▸ Check files against this catalog…: the dialog over the catalogs of `file` (the current tab), or
// a message saying that the tab holds no catalog. The dialog deletes itself when closed.
CatalogFilesDialog *openCatalogFilesDialog(QWidget *parent, const OpenedFile *file);
// Whether `file` holds a security catalog (what the dialog checks files against): files dropped onto its
// tab are checked in the dialog.
bool holdsCatalog(const OpenedFile &file);

} // namespace ctlv
