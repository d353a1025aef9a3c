#pragma once
// Which language the programs speak: the translations shipped as resources (:/i18n/ctlviewer_<code>.qm),
// chosen by `--lang CODE`, by the viewer's View ▸ Language (a stored setting), or by the system locale.
// QtCore only, so ctltool and the viewer share it.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace ctlv::language {

struct Language {
    QString code;       // "en", "de", "ko"
    QString nativeName; // "English", "Deutsch", "한국어": what a reader of that language looks for
};

/// The languages with a complete translation (English is the source language).
QList<Language> available();

/// The locale a user's code means, when its language is available: "de", "de_AT", "ko-KR", "en_GB".
/// An empty code or "system" means the system locale (English text when its language is not available).
std::optional<QLocale> resolve(const QString &code);

/// Replaces the installed translators with the program's and Qt's own for `locale` and makes it the
/// default QLocale, so dates, numbers and sizes follow it. Needs a QCoreApplication.
void apply(const QLocale &locale);

/// "en (English), de (Deutsch), ko (한국어)", for messages about an unsupported code.
QString availableList();

/// The message for an unsupported code, naming the available ones.
QString unsupportedMessage(const QString &code);

/// The value of `--lang CODE` or `--lang=CODE` among `arguments` (nullopt when absent, an empty string
/// when the option has no value); with `remove`, the option is taken out of `arguments`.
std::optional<QString> takeLanguageArgument(QStringList &arguments, bool remove);

} // namespace ctlv::language
