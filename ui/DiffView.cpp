// The diff tab (DiffView.h).
#include "DiffView.h"

#include "DetailModel.h"
#include "DiffReport.h"
#include "DiffTableModel.h"
#include "DiffText.h"
#include "FileAccess.h"
#include "Icons.h"
#include "ModelText.h"
#include "PlainText.h"
#include "SettingsKeys.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ctlv {

namespace {

// The kind of change as an icon beside its word (never by colour or icon alone).
class KindIcons : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role != Qt::DecorationRole || index.column() != DiffTableModel::KindColumn)
            return QIdentityProxyModel::data(index, role);
        switch (static_cast<DiffText::RowKind>(index.data(DiffTableModel::KindRole).toInt())) {
        case DiffText::RowKind::Added:
            return icons::forEntryStatus(EntryStatus::Trusted);
        case DiffText::RowKind::Removed:
            return icons::forSeverity(Severity::Error);
        case DiffText::RowKind::Changed:
            return icons::forSeverity(Severity::Warning);
        case DiffText::RowKind::List:
            break;
        }
        return icons::forSeverity(Severity::Info);
    }
};

Expected<void> exportError(const QString &message) {
    LoadError error;
    error.code = LoadError::Code::Unwritable;
    error.message = message;
    return error;
}

} // namespace

DiffView::DiffView(std::shared_ptr<const CtlDocument> before, std::shared_ptr<const CtlDocument> after,
                   QWidget *parent)
    : QWidget(parent), m_before(std::move(before)), m_after(std::move(after)),
      m_diff(diffLists(*m_before, *m_after)) {
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText); // file names and values are text from files
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->setText(tr("Old: %1 (%2, %3 entries)\nNew: %4 (%5, %6 entries)\n%7")
                         .arg(modeltext::oneLine(DiffText::listName(m_diff.oldList)),
                              isoUtc(m_diff.oldList.thisUpdate), QString::number(m_diff.oldList.entryCount),
                              modeltext::oneLine(DiffText::listName(m_diff.newList)),
                              isoUtc(m_diff.newList.thisUpdate), QString::number(m_diff.newList.entryCount),
                              DiffText::summary(m_diff)));
    layout->addWidget(heading);

    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All changes"), -1);
    m_kind->addItem(icons::forEntryStatus(EntryStatus::Trusted),
                    DiffText::rowKindLabel(DiffText::RowKind::Added), int(DiffText::RowKind::Added));
    m_kind->addItem(icons::forSeverity(Severity::Error), DiffText::rowKindLabel(DiffText::RowKind::Removed),
                    int(DiffText::RowKind::Removed));
    m_kind->addItem(icons::forSeverity(Severity::Warning), DiffText::rowKindLabel(DiffText::RowKind::Changed),
                    int(DiffText::RowKind::Changed));
    m_kind->addItem(icons::forSeverity(Severity::Info), tr("List fields"), int(DiffText::RowKind::List));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter changes (name, thumbprint, attribute, value)"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    auto *csv = new QPushButton(tr("Export CSV\u2026"), this);
    auto *markdown = new QPushButton(tr("Export Markdown\u2026"), this);
    auto *pdf = new QPushButton(tr("Export PDF\u2026"), this);
    bar->addWidget(m_kind);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(csv);
    bar->addWidget(markdown);
    bar->addWidget(pdf);
    layout->addLayout(bar);

    m_model = new DiffTableModel(this);
    m_model->setDiff(m_diff);
    m_proxy = new DiffFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    auto *withIcons = new KindIcons(this);
    withIcons->setSourceModel(m_proxy);
    m_table = new QTableView(this);
    m_table->setModel(withIcons);
    m_table->setItemDelegate(new plaintext::ToolTipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(DiffTableModel::KindColumn, 110);
    m_table->setColumnWidth(DiffTableModel::EntryColumn, 360);
    m_table->setColumnWidth(DiffTableModel::AttributeColumn, 160);
    m_table->setColumnWidth(DiffTableModel::OldColumn, 260);

    auto *sides = new QWidget(this);
    auto *sidesLayout = new QHBoxLayout(sides);
    sidesLayout->setContentsMargins(0, 0, 0, 0);
    const auto side = [&](QLabel *&title, DetailModel *&model) {
        auto *column = new QWidget(sides);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(column);
        title->setTextFormat(Qt::PlainText);
        model = new DetailModel(this);
        auto *tree = new QTreeView(column);
        tree->setModel(model);
        tree->setItemDelegate(new plaintext::ToolTipDelegate(tree));
        tree->setUniformRowHeights(true);
        // Every section open, the field names readable: the two sides are read line by line.
        connect(model, &QAbstractItemModel::modelReset, tree, [tree] {
            tree->expandAll();
            tree->resizeColumnToContents(0);
        });
        columnLayout->addWidget(title);
        columnLayout->addWidget(tree);
        sidesLayout->addWidget(column);
        return tree;
    };
    side(m_oldTitle, m_oldDetail);
    side(m_newTitle, m_newDetail);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(sides);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    const auto updateCount = [this] {
        m_count->setText(tr("%1 of %2 changes").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, updateCount] {
        m_proxy->setKind(m_kind->currentData().toInt());
        updateCount();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this, updateCount](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current); });
    connect(csv, &QPushButton::clicked, this, [this] { exportDialog(false); });
    connect(markdown, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the diff as a PDF report"),
                                                          QString(), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const auto exported = exportPdf(path, exportPageSize()); !exported)
            plaintext::warning(this, tr("Export"), exported.error().toString());
    });
    // The panes show something at once: the first change is current when the tab opens, and again
    // whenever a filter took the current one away (rows removed, then maybe others inserted).
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_table->model(), signal, this, [this] { ensureCurrentRow(); });
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, [this] { ensureCurrentRow(); });
    connect(m_table->model(), &QAbstractItemModel::layoutChanged, this, [this] { ensureCurrentRow(); });
    ensureCurrentRow();
    updateCount();
    m_oldTitle->setText(tr("Old: %1").arg(modeltext::oneLine(DiffText::listName(m_diff.oldList))));
    m_newTitle->setText(tr("New: %1").arg(modeltext::oneLine(DiffText::listName(m_diff.newList))));
}

DiffView::~DiffView() = default;

QString DiffView::title() const {
    return tr("Diff: %1 \u2192 %2")
        .arg(isoUtc(m_diff.oldList.thisUpdate).left(10), isoUtc(m_diff.newList.thisUpdate).left(10));
}

void DiffView::ensureCurrentRow() {
    if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
        m_table->selectRow(0);
}

void DiffView::showRow(const QModelIndex &index) {
    const QVariant row = index.data(DiffTableModel::RowRole);
    if (!row.isValid()) {
        m_oldDetail->clear();
        m_newDetail->clear();
        return;
    }
    const DiffText::Row &change = m_model->rows()[static_cast<size_t>(row.toInt())];
    if (change.kind == DiffText::RowKind::List) {
        m_oldDetail->setList(*m_before);
        m_newDetail->setList(*m_after);
        return;
    }
    if (change.oldIndex >= 0)
        m_oldDetail->setEntry(*m_before, static_cast<int>(change.oldIndex));
    else
        m_oldDetail->clear();
    if (change.newIndex >= 0)
        m_newDetail->setEntry(*m_after, static_cast<int>(change.newIndex));
    else
        m_newDetail->clear();
}

Expected<void> DiffView::exportCsv(const QString &path) const {
    auto out = ExportTarget::open(path, {m_before->fileName, m_after->fileName});
    if (!out)
        return out.error();
    if (const auto written = DiffText::writeCsv(out.value()->device(), m_diff); !written) {
        out.value()->cancel();
        return exportError(tr("Could not write %1: %2").arg(path, written.error().message));
    }
    return out.value()->commit();
}

Expected<void> DiffView::exportMarkdown(const QString &path) const {
    auto out = ExportTarget::open(path, {m_before->fileName, m_after->fileName});
    if (!out)
        return out.error();
    const QByteArray bytes = DiffText::markdown(m_diff).toUtf8();
    if (out.value()->device().write(bytes) != bytes.size()) {
        const QString reason = out.value()->device().errorString();
        out.value()->cancel();
        return exportError(tr("Could not write %1: %2").arg(path, reason));
    }
    return out.value()->commit();
}

Expected<void> DiffView::exportPdf(const QString &path, QPageSize::PageSizeId pageSize) const {
    PdfOptions options;
    options.pageSize = pageSize;
    options.programVersion = QCoreApplication::applicationVersion();
    const auto written = DiffReport::write(path, m_diff, *m_before, *m_after, options,
                                           {m_before->fileName, m_after->fileName});
    if (!written)
        return written.error();
    return {};
}

void DiffView::exportDialog(bool markdown) {
    const QString path = QFileDialog::getSaveFileName(
        this, markdown ? tr("Export the diff as Markdown") : tr("Export the diff as CSV"), QString(),
        markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto exported = markdown ? exportMarkdown(path) : exportCsv(path);
    if (!exported)
        plaintext::warning(this, tr("Export"), exported.error().toString());
}

} // namespace ctlv
