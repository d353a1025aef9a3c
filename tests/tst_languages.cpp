// The viewer in English, German and Korean: the main states are photographed per language under
// <build>/tests/screenshots/<lang>/, and every visible label, button, tab, group box title and menu in
// them must show its whole text (German runs long, Korean needs a CJK font). Switching the language
// in View ▸ Language retranslates the open window at once.
#include "DocumentView.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsKeys.h"
#include "TrustSettingsDialog.h"
#include "VerdictBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ctlv;

namespace {

QString realPath(const QString &name) {
    return QStringLiteral(CTL_TEST_DATA_DIR "/real/") + name;
}
const QString stl2025 = QStringLiteral("authroot_2025-06-16_sha256_listca2011.stl");

void screenshot(QWidget *widget, const QString &lang, const QString &name) {
    const QString folder = QStringLiteral(CTL_TEST_BUILD_DIR "/screenshots/") + lang;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The width a label's text needs on one line, as the label draws it.
int labelTextWidth(const QLabel *label) {
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        return qCeil(document.idealWidth());
    }
    QString shown = text;
    if (label->buddy())
        shown.remove(QRegularExpression(QStringLiteral("&(?!&)"))); // the mnemonic is drawn as an underline
    int widest = 0;
    for (const QString &line : shown.split(QLatin1Char('\n')))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

QString strippedMnemonic(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

QString describe(const QWidget *widget, const QString &text) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(80));
}

// Every visible text of `root` (a window, with its menus) that does not fit where it is shown.
QStringList clippedTexts(QWidget *root) {
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            const int available =
                label->contentsRect().width() - 2 * label->margin() - std::max(label->indent(), 0);
            if (label->wordWrap()) {
                // Wrapped text cannot be cut at the side, but it can at the bottom.
                if (label->hasHeightForWidth() && label->heightForWidth(label->width()) > label->height() + 1)
                    problems << describe(label, label->text()) +
                                    QStringLiteral(": needs %1 px height, has %2")
                                        .arg(label->heightForWidth(label->width()))
                                        .arg(label->height());
                continue;
            }
            const int needed = labelTextWidth(label);
            if (needed > available + 1)
                problems << describe(label, label->text()) +
                                QStringLiteral(": needs %1 px, has %2").arg(needed).arg(available);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            // A button shorter than its size hint cuts its text (or its indicator).
            if (button->width() < button->sizeHint().width())
                problems << describe(button, button->text()) + QStringLiteral(": needs %1 px, has %2")
                                                                   .arg(button->sizeHint().width())
                                                                   .arg(button->width());
        } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                const QRect rect = bar->tabRect(i);
                int needed = bar->fontMetrics().horizontalAdvance(strippedMnemonic(bar->tabText(i)));
                if (!bar->tabIcon(i).isNull())
                    needed += bar->iconSize().width();
                for (QWidget *side :
                     {bar->tabButton(i, QTabBar::LeftSide), bar->tabButton(i, QTabBar::RightSide)})
                    if (side)
                        needed += side->width();
                if (rect.isEmpty() || rect.width() < needed || rect.right() > bar->width())
                    problems << describe(bar, bar->tabText(i)) +
                                    QStringLiteral(": needs %1 px, has %2").arg(needed).arg(rect.width());
            }
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            const int needed = box->fontMetrics().horizontalAdvance(strippedMnemonic(box->title())) + 16;
            if (!box->title().isEmpty() && needed > box->width())
                problems << describe(box, box->title()) +
                                QStringLiteral(": needs %1 px, has %2").arg(needed).arg(box->width());
        }
    }
    // Menus: every title inside the menu bar (not pushed into its overflow), every menu narrower than the
    // screen.
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        QMenuBar *bar = window->menuBar();
        for (QAction *action : bar->actions()) {
            const QRect rect = bar->actionGeometry(action);
            if (rect.isEmpty() || rect.right() > bar->width())
                problems << describe(bar, action->text()) + QStringLiteral(": not shown in the menu bar");
        }
        const int screenWidth = QGuiApplication::primaryScreen()->availableGeometry().width();
        for (QMenu *menu : bar->findChildren<QMenu *>()) {
            if (menu->sizeHint().width() > screenWidth)
                problems << describe(menu, menu->title()) + QStringLiteral(": %1 px wide, the screen %2")
                                                                .arg(menu->sizeHint().width())
                                                                .arg(screenWidth);
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                const int needed = menu->fontMetrics().horizontalAdvance(strippedMnemonic(action->text()));
                if (menu->sizeHint().width() < needed)
                    problems << describe(menu, action->text()) + QStringLiteral(": item wider than its menu");
            }
        }
    }
    return problems;
}

} // namespace

class TestLanguages : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void checkFits(QWidget *window, const QString &lang, const QString &state) {
        QApplication::processEvents();
        screenshot(window, lang, state);
        const QStringList problems = clippedTexts(window);
        QVERIFY2(problems.isEmpty(), qPrintable(lang + QLatin1Char('/') + state + QStringLiteral(":\n  ") +
                                                problems.join(QStringLiteral("\n  "))));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CTL Viewer tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { language::apply(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void resolveCodes() {
        QCOMPARE(language::resolve(QStringLiteral("de_AT"))->language(), QLocale::German);
        QCOMPARE(language::resolve(QStringLiteral("ko-KR"))->language(), QLocale::Korean);
        QVERIFY(!language::resolve(QStringLiteral("xx")).has_value());
        QVERIFY(
            !language::resolve(QStringLiteral("fr")).has_value()); // a real language without a translation
        QVERIFY(language::resolve(QString()).has_value());         // the system's
    }

    void mainStates_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("findings");
        // What a reader of each language expects to see (typed here, not read from the .ts files).
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File")
                            << QStringLiteral("514 of 514 entries")
                            << QStringLiteral("Windows' \"not valid\" warning is cosmetic");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("514 von 514 Einträgen")
                            << QStringLiteral("Die Warnung „nicht gültig“ von Windows ist kosmetisch");
        QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("파일(&F)")
                            << QStringLiteral("항목 514개 중 514개")
                            << QStringLiteral("Windows의 \"유효하지 않음\" 경고는 표면적임");
    }

    void mainStates() {
        QFETCH(QString, lang);
        QFETCH(QString, fileMenu);
        QFETCH(QString, count);
        QFETCH(QString, findings);
        language::apply(QLocale(lang));
        QSettings().remove(settingskey::RecentFiles); // the welcome page's list, empty in every language

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        checkFits(&window, lang, QStringLiteral("1-welcome"));

        window.openFiles({realPath(stl2025)});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        DocumentView *view = window.currentView();
        QVERIFY(!view->hasError());
        QCOMPARE(view->countLabel()->text(), count);
        checkFits(&window, lang, QStringLiteral("2-authroot-opened"));

        QTest::keyClicks(view->filterEdit(), QStringLiteral("885de64c"));
        view->selectEntryRow(0);
        checkFits(&window, lang, QStringLiteral("3-entry-selected"));

        view->filterEdit()->clear();
        view->showFindings();
        bool found = false;
        const QAbstractItemModel *model = view->findingsTable()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                found = found || model->index(row, column).data().toString() == findings;
        QVERIFY2(found, qPrintable(findings));
        checkFits(&window, lang, QStringLiteral("4-findings"));

        QFile cube(m_dir.filePath(QStringLiteral("cube.stl")));
        QVERIFY(cube.open(QIODevice::WriteOnly));
        cube.write("solid cube\n facet normal 0 0 1\nendsolid cube\n");
        cube.close();
        window.openFiles({cube.fileName()});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QVERIFY(window.currentView()->hasError());
        checkFits(&window, lang, QStringLiteral("5-error"));

        TrustSettingsDialog dialog(TrustSettings{}, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        checkFits(&dialog, lang, QStringLiteral("6-trust-settings"));
    }

    void switchLanguageAtOnce() {
        // View ▸ Language: the menus, the open tab and its findings change without a restart.
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openFiles({realPath(stl2025)});
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 of 514 entries"));
        window.setLanguage(QStringLiteral("de"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 30000);
        QCOMPARE(MainWindow::storedLanguage(), QStringLiteral("de"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentView()->countLabel()->text(), QStringLiteral("514 von 514 Einträgen"));
        QVERIFY2(window.currentView()->banner()->text().startsWith(QStringLiteral("Die Liste ist echt")),
                 qPrintable(window.currentView()->banner()->text()));
        // The language menu shows the choice.
        QMenu *viewMenu = window.menuBar()->actions().at(2)->menu();
        QMenu *languageMenu = nullptr;
        for (QAction *action : viewMenu->actions())
            if (action->menu() && action->text() == QStringLiteral("&Sprache"))
                languageMenu = action->menu();
        QVERIFY(languageMenu);
        QStringList checked;
        for (QAction *action : languageMenu->actions())
            if (action->isChecked())
                checked << action->text();
        QCOMPARE(checked, QStringList{QStringLiteral("Deutsch")});

        window.setLanguage(QString()); // back to the system's language (C in the tests: English)
        QCOMPARE(MainWindow::storedLanguage(), QString());
    }

    void localeFormatsNumbers() {
        // Digit grouping follows the chosen locale: 189,331 in English, 189.331 in German.
        language::apply(QLocale(QStringLiteral("de")));
        QCOMPARE(QLocale().toString(189331), QStringLiteral("189.331"));
        language::apply(QLocale(QStringLiteral("en_US")));
        QCOMPARE(QLocale().toString(189331), QStringLiteral("189,331"));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
