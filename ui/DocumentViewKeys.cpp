// A keyboard and mouse user's habits in a tab (DocumentView): Ctrl+C copies what has focus, Tab leaves the
// tables, every view has a context menu, the detail pane follows the filter, and the view's place (page,
// node, selected row, scroll position) survives the tab being read again.
#include "DocumentView.h"

#include "CertificateInfo.h"
#include "ChainTreeModel.h"
#include "DetailModel.h"
#include "DocumentTreeModel.h"
#include "EntryFilterProxy.h"
#include "EntryTableModel.h"
#include "FindingsModel.h"
#include "ModelText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>

namespace ctlv {

namespace {
// The text of one row of a view: its shown columns, tab-separated (what a spreadsheet takes).
QString rowText(const QAbstractItemView *view, const QModelIndex &index) {
    if (!index.isValid())
        return {};
    QStringList cells;
    const QAbstractItemModel *model = index.model();
    for (int column = 0; column < model->columnCount(index.parent()); ++column) {
        const auto *table = qobject_cast<const QTableView *>(view);
        const auto *tree = qobject_cast<const QTreeView *>(view);
        if ((table && table->isColumnHidden(column)) || (tree && tree->isColumnHidden(column)))
            continue;
        cells << index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
    }
    return cells.join(QLatin1Char('\t'));
}
} // namespace

void DocumentView::setUpKeyboardAndMenus() {
    // Tab moves on to the next widget, as everywhere else; arrows move within a table.
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{
             m_entries, m_findings, m_unlisted, m_certificates, m_chain, m_tree, m_detail})
        if (view)
            view->setTabKeyNavigation(false);
    if (m_tree) {
        m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_tree, &QWidget::customContextMenuRequested, this, &DocumentView::treeContextMenu);
    }
    if (m_chain) {
        m_chain->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_chain, &QWidget::customContextMenuRequested, this, &DocumentView::chainContextMenu);
    }
    if (m_findings) {
        m_findings->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_findings, &QWidget::customContextMenuRequested, this, &DocumentView::findingsContextMenu);
    }
    hideEmptyColumns(); // again: the stored header state was restored after the first list was shown
    if (m_entryProxy)   // a filter that hides the selected entry must not leave its details on show
        connect(m_entryProxy, &EntryFilterProxy::countsChanged, this, &DocumentView::followFilter);
}

QString DocumentView::focusedText() const {
    QWidget *focus = QApplication::focusWidget();
    if (m_detail && focus == m_detail) {
        // The selected field: its value as copied elsewhere (hex without separators, ISO dates).
        const QModelIndex current = m_detail->currentIndex();
        if (!current.isValid())
            return {};
        const QModelIndex value = current.siblingAtColumn(DetailColumn::Value);
        const QString raw = value.data(RawValueRole).toString();
        return raw.isEmpty() ? value.data(Qt::DisplayRole).toString() : raw;
    }
    if (m_findings && focus == m_findings) {
        const QModelIndex current = m_findings->currentIndex();
        if (!current.isValid())
            return {};
        const QModelIndex title = current.siblingAtColumn(FindingColumn::Title);
        return rowText(m_findings, current) + QLatin1Char('\n') +
               modeltext::oneLine(title.data(ExplanationRole).toString());
    }
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{m_chain, m_tree, m_unlisted})
        if (view && focus == view)
            return rowText(view, view->currentIndex());
    return {};
}

void DocumentView::copyFocused() {
    QWidget *focus = QApplication::focusWidget();
    const bool entriesHaveFocus = !focus || focus == m_entries || focus == m_certificates ||
                                  !(focus == m_detail || focus == m_findings || focus == m_chain ||
                                    focus == m_tree || focus == m_unlisted);
    if (entriesHaveFocus) {
        copySelection();
        return;
    }
    const QString text = focusedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void DocumentView::addCertificateExport(QMenu &menu, const CertificateInfo *certificate) {
    if (!certificate || certificate->der.isEmpty())
        return;
    menu.addSeparator();
    const QByteArray der = certificate->der;
    const QString name = toHex(certificate->sha1);
    menu.addAction(tr("Export certificate as PEM\u2026"), this, [this, der, name] {
        exportCertificate(der, name + QStringLiteral(".pem"), CertificateEncoding::Pem);
    });
    menu.addAction(tr("Export certificate as DER\u2026"), this, [this, der, name] {
        exportCertificate(der, name + QStringLiteral(".cer"), CertificateEncoding::Der);
    });
}

void DocumentView::treeContextMenu(const QPoint &position) {
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("treeContextMenu"));
    const QString text = index.data(Qt::DisplayRole).toString();
    menu.addAction(tr("Copy name"), this, [text] { QGuiApplication::clipboard()->setText(text); });
    const int document = m_treeModel->documentIndex(index);
    const int item = m_treeModel->itemIndex(index);
    if (document >= 0 && item >= 0 && m_treeModel->nodeKind(index) == DocumentNodeKind::Certificate) {
        const CtlDocument &shown = *m_file.documents[static_cast<size_t>(document)];
        if (item < static_cast<int>(shown.certificates.size()))
            addCertificateExport(menu, &shown.certificates[static_cast<size_t>(item)]);
    }
    Q_EMIT contextMenuShown(&menu);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void DocumentView::chainContextMenu(const QPoint &position) {
    const QModelIndex index = m_chain->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("chainContextMenu"));
    const QString row = rowText(m_chain, index);
    menu.addAction(tr("Copy row as tab-separated text"), this,
                   [row] { QGuiApplication::clipboard()->setText(row); });
    addCertificateExport(menu, m_chainModel->certificateAt(index));
    Q_EMIT contextMenuShown(&menu);
    menu.exec(m_chain->viewport()->mapToGlobal(position));
}

void DocumentView::findingsContextMenu(const QPoint &position) {
    const QModelIndex index = m_findings->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("findingsContextMenu"));
    const QModelIndex title = index.siblingAtColumn(FindingColumn::Title);
    const QString finding = rowText(m_findings, index) + QLatin1Char('\n') +
                            modeltext::oneLine(title.data(ExplanationRole).toString());
    const QString code = title.data(CodeRole).toString();
    menu.addAction(tr("Copy finding"), this, [finding] { QGuiApplication::clipboard()->setText(finding); });
    menu.addAction(tr("Copy code (%1)").arg(code), this,
                   [code] { QGuiApplication::clipboard()->setText(code); });
    Q_EMIT contextMenuShown(&menu);
    menu.exec(m_findings->viewport()->mapToGlobal(position));
}

void DocumentView::hideEmptyColumns() {
    // Disallowed and pin-rules lists carry few of the authroot properties, a catalog's members none: a
    // column empty for every entry only pushes the ones that say something off screen. Authroot lists keep
    // the user's columns.
    if (!m_entries || !m_entryModel || m_documentIndex < 0)
        return;
    QHeaderView *header = m_entries->horizontalHeader();
    for (const int column : std::as_const(m_autoHiddenColumns))
        header->setSectionHidden(column, false);
    m_autoHiddenColumns.clear();
    const ListKind kind = m_file.documents[static_cast<size_t>(m_documentIndex)]->kind();
    if (kind == ListKind::AuthRoot || kind == ListKind::Other)
        return;
    const int rows = m_entryModel->rowCount();
    for (int column = 0; column < m_entryModel->columnCount(); ++column) {
        bool empty = true;
        for (int row = 0; row < rows && empty; ++row)
            empty = m_entryModel->index(row, column).data(Qt::DisplayRole).toString().isEmpty();
        if (empty && !header->isSectionHidden(column)) {
            header->setSectionHidden(column, true);
            m_autoHiddenColumns << column;
        }
    }
}

void DocumentView::collapseLongSections() {
    // A section of dozens of like fields (the CT log keys: 41 in 2025) is closed, its count in view, so that
    // the fields after it stay on screen; one click opens it.
    constexpr int longSection = 12;
    const QAbstractItemModel *model = m_detail ? m_detail->model() : nullptr;
    if (!model || !m_tree || m_treeModel->nodeKind(m_tree->currentIndex()) != DocumentNodeKind::Extension)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex section = model->index(row, 0);
        if (model->rowCount(section) > longSection)
            m_detail->collapse(section);
    }
}

void DocumentView::followFilter() {
    // The details shown belong to the selected entry: when the filter hides it, they follow the first
    // entry still shown, or the pane is cleared when none is.
    if (!m_entries || !m_pages || m_pages->currentIndex() != 0 || !m_detailModel || !m_detailShowsEntry)
        return; // the pane shows the list, not an entry: nothing to follow
    if (m_entries->currentIndex().isValid())
        return; // still shown: it stays selected
    if (m_entryProxy->rowCount() > 0) {
        m_entries->setCurrentIndex(m_entryProxy->index(0, EntryColumn::FriendlyName));
    } else {
        m_detailModel->clear();
        m_detailCertificateDer.clear(); // still following: the first entry shown again comes back
    }
}

DocumentView::ViewPlace DocumentView::place() const {
    ViewPlace place;
    if (!m_treeModel)
        return place;
    const QModelIndex node = m_tree->currentIndex();
    place.valid = true;
    place.nodeKind = static_cast<int>(m_treeModel->nodeKind(node));
    place.nodeDocument = m_treeModel->documentIndex(node);
    place.nodeItem = m_treeModel->itemIndex(node);
    place.page = m_pages->currentIndex();
    place.filter = m_filter->text();
    if (const QModelIndex current = m_entries->currentIndex(); current.isValid())
        place.entry = current.data(EntryIndexRole).toInt();
    place.entryScroll = m_entries->verticalScrollBar()->value();
    place.findingRow = m_findings->currentIndex().row();
    place.detailScroll = m_detail->verticalScrollBar()->value();
    return place;
}

void DocumentView::restorePlace(const ViewPlace &place) {
    if (!place.valid || !m_treeModel)
        return;
    m_filter->setText(place.filter);
    QModelIndex node = m_treeModel->findNode(static_cast<DocumentNodeKind>(place.nodeKind),
                                             place.nodeDocument, place.nodeItem);
    if (!node.isValid())
        node = m_treeModel->findNode(DocumentNodeKind::List, std::max(place.nodeDocument, 0));
    if (node.isValid())
        m_tree->setCurrentIndex(node);
    m_pages->setCurrentIndex(place.page);
    if (place.entry >= 0) // the same entry, wherever the sort puts it
        for (int row = 0; row < m_entryProxy->rowCount(); ++row)
            if (m_entryProxy->index(row, 0).data(EntryIndexRole).toInt() == place.entry) {
                m_entries->setCurrentIndex(m_entryProxy->index(row, EntryColumn::FriendlyName));
                break;
            }
    m_entries->verticalScrollBar()->setValue(place.entryScroll);
    if (place.findingRow >= 0 && place.findingRow < m_findingsModel->rowCount())
        m_findings->setCurrentIndex(m_findingsModel->index(place.findingRow, FindingColumn::Title));
    m_detail->verticalScrollBar()->setValue(place.detailScroll);
}

} // namespace ctlv
