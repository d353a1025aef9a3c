#pragma once
// `ctltool verify-files CATALOG PATH...`: which files a security catalog (or a folder of catalogs) covers.

#include "LoadError.h"
#include "Validation.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QStringList>

#include <functional>

namespace ctlv {

// The validation options come from ctltool's shared option set (CtlTool.cpp): it adds them to the parser
// and reads them back, or says what is wrong with a value.
struct ValidationOptionHooks {
    std::function<void(QCommandLineParser &)> add;
    std::function<Expected<ValidationOptions, QString>(const QCommandLineParser &)> read;
    QString helpText; // the "Validation options:" block of the help
    QString commonHelpText;
};

QString verifyFilesSynopsis();
QString verifyFilesHelp(const ValidationOptionHooks &hooks);
int runVerifyFiles(const QStringList &arguments, QIODevice &out, QIODevice &err,
                   const ValidationOptionHooks &hooks);

} // namespace ctlv
