// Shows text from a file as plain text in tooltips, labels and message boxes, which would otherwise
// guess rich text.
#include "PlainText.h"

#include "ModelText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMessageBox>
#include <QToolTip>

namespace ctlv::plaintext {

QString toolTip(const QString &text) {
    if (text.isEmpty())
        return {};
    // Rich text to QToolTip, so it is never guessed, with every character escaped; white-space:pre keeps
    // the lines as they are, as a plain tool tip would (a rich one is wrapped at a narrow width).
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped());
}

QString tabText(const QString &text) {
    QString shown = modeltext::oneLine(text);
    shown.replace(QLatin1Char('&'), QLatin1String("&&"));
    return shown;
}

namespace {
void message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text) {
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
} // namespace

void warning(QWidget *parent, const QString &title, const QString &text) {
    message(parent, QMessageBox::Warning, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text) {
    message(parent, QMessageBox::Information, title, text);
}

bool ToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // What QAbstractItemDelegate does, with the text escaped instead of guessed.
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    QToolTip::showText(event->globalPos(), toolTip(text), view->viewport(), option.rect);
    event->setAccepted(!text.isEmpty());
    return true;
}

} // namespace ctlv::plaintext
