// ctl_diff_bench (issue #16): the time of each stage of `ctltool diff OLD NEW` (reading both lists,
// comparing them) and of `history` over many lists, in-process, median of several runs. Not a test:
// scripts/bench.sh runs it (the `diff` phase) on two synthetic million-entry lists and on a folder of
// lists; the whole-process time and peak memory are measured there with /usr/bin/time.
//
//   ctl_diff_bench diff OLD NEW [RUNS]
//   ctl_diff_bench history FILE... (or a folder)
#include "DocumentLoader.h"
#include "History.h"
#include "ListDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace ctlv;

namespace {

ReadLimits limits() {
    ReadLimits limits;
    limits.maxInputSize = 4LL << 30;
    limits.maxMemberSize = 4LL << 30;
    return limits;
}

std::shared_ptr<const CtlDocument> load(const QString &path) {
    auto documents = DocumentLoader::loadFile(path, limits());
    if (!documents || documents.value().empty())
        qFatal("cannot read %s", qPrintable(path));
    return std::make_shared<const CtlDocument>(std::move(documents.value().front()));
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments().mid(1);
    if (arguments.size() >= 3 && arguments[0] == QLatin1String("diff")) {
        const int runs = arguments.size() > 3 ? arguments[3].toInt() : 5;
        std::vector<double> loads, diffs;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto before = load(arguments[1]);
            const auto after = load(arguments[2]);
            loads.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            const ListDiff diff = diffLists(*before, *after);
            diffs.push_back(timer.nsecsElapsed() / 1e6);
            if (run == 0)
                std::printf("entries %zu / %zu: added %zu, removed %zu, changed %zu, unchanged %lld\n",
                            before->entries.size(), after->entries.size(), diff.added.size(),
                            diff.removed.size(), diff.changed.size(), static_cast<long long>(diff.unchanged));
        }
        std::printf("load both (median of %d): %.1f ms\ndiff (median): %.1f ms\n", runs, median(loads),
                    median(diffs));
        return 0;
    }
    if (arguments.size() >= 2 && arguments[0] == QLatin1String("history")) {
        QStringList files;
        for (const QString &path : arguments.mid(1)) {
            if (QFileInfo(path).isDir()) {
                for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files, QDir::Name))
                    files << file.filePath();
            } else {
                files << path;
            }
        }
        QElapsedTimer timer;
        timer.start();
        std::vector<std::shared_ptr<const CtlDocument>> documents;
        size_t entries = 0;
        for (const QString &file : files) {
            auto loaded = DocumentLoader::loadFile(file, limits());
            if (!loaded)
                continue;
            for (CtlDocument &document : loaded.value()) {
                entries += document.entries.size();
                documents.push_back(std::make_shared<const CtlDocument>(std::move(document)));
            }
        }
        const double loaded = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const History history = buildHistory(documents);
        std::printf("%zu lists, %zu entries in all, %lld distinct lists, %zu tracked entries\n"
                    "load: %.1f ms, history: %.1f ms\n",
                    documents.size(), entries, static_cast<long long>(history.distinctLists()),
                    history.entries.size(), loaded, timer.nsecsElapsed() / 1e6);
        return 0;
    }
    std::fprintf(stderr, "usage: ctl_diff_bench diff OLD NEW [RUNS] | history FILE...|DIR\n");
    return 2;
}
