// Chooses and installs the programs' language: the shipped translations, --lang, the stored setting
// or the system locale.
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ctlv::language {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ctlv::Language)
};

// The translators this helper installed, so a later apply() replaces them instead of stacking them.
std::vector<std::unique_ptr<QTranslator>> &installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

// The available code for `language` ("de"), or an empty string.
QString availableCode(QLocale::Language language) {
    for (const Language &candidate : available())
        if (QLocale(candidate.code).language() == language)
            return candidate.code;
    return {};
}
} // namespace

QList<Language> available() {
    // Native names are not translated: each is what a reader of that language recognises.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ko"), QStringLiteral("\ud55c\uad6d\uc5b4")}};
}

std::optional<QLocale> resolve(const QString &code) {
    if (code.isEmpty() || code == QLatin1String("system"))
        return QLocale::system();
    // QLocale("xx") falls back to the C locale for anything it does not know; accept only a real match.
    const QLocale locale(code);
    if (locale.language() == QLocale::C || availableCode(locale.language()).isEmpty())
        return std::nullopt;
    return locale;
}

void apply(const QLocale &locale) {
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    QLocale::setDefault(locale);
    // A language without a translation reads English; English has a translation too, for its plurals
    // ("1 day", not "1 day(s)").
    QString code = availableCode(locale.language());
    if (code.isEmpty())
        code = QStringLiteral("en");
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/ctlviewer_") + code))
        installed().push_back(std::move(own));
    // Qt's own strings (standard buttons, file dialogs) when the system has qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (code != QLatin1String("en") && qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().push_back(std::move(qt));
    for (const auto &translator : installed())
        QCoreApplication::installTranslator(translator.get());
}

QString availableList() {
    QStringList parts;
    for (const Language &language : available())
        parts << QStringLiteral("%1 (%2)").arg(language.code, language.nativeName);
    return parts.join(QLatin1String(", "));
}

QString unsupportedMessage(const QString &code) {
    if (code.isEmpty())
        return Text::tr("--lang needs a language code; available: %1").arg(availableList());
    return Text::tr("--lang %1: no translation for this language; available: %2").arg(code, availableList());
}

std::optional<QString> takeLanguageArgument(QStringList &arguments, bool remove) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break; // after "--" everything is a file name
        if (argument == QLatin1String("--lang")) {
            const QString value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            if (remove)
                arguments.remove(i, i + 1 < arguments.size() ? 2 : 1);
            return value;
        }
        if (argument.startsWith(QLatin1String("--lang="))) {
            const QString value = argument.mid(7);
            if (remove)
                arguments.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

} // namespace ctlv::language
