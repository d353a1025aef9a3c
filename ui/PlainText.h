#pragma once
// Text from a file shown by widgets that would otherwise guess rich text. QToolTip, QLabel and
// QMessageBox render a string as HTML when Qt::mightBeRichText() says so, so a friendly name
// "<b>x</b><img src=/dev/zero>" would show bold, a link, or load the image (and hang or crash); tab and
// menu texts take '&' as a mnemonic. Every string the viewer shows from a file goes through these.

#include <QStyledItemDelegate>

class QWidget;

namespace ctlv::plaintext {

/// A tool tip that shows `text` literally (escaped inside a paragraph; lines kept). Empty stays empty.
QString toolTip(const QString &text);
/// A tab or menu text: one line with controls visible (modeltext::oneLine), '&' shown as itself.
QString tabText(const QString &text);
/// Message boxes whose text is never taken for HTML.
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

/// The item delegate of every view of the viewer: the model's tool tips shown as plain text.
class ToolTipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace ctlv::plaintext
