// Reads and validates one file or pasted bytes on a worker thread and hands the result back to the
// GUI thread.
#include "LoadJob.h"

#include "DocumentLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <atomic>

namespace ctlv {

namespace {
std::atomic<int> activeWorkerCount{0};
QMutex hookMutex;
std::function<void()> workerHook; // guarded by hookMutex
} // namespace

// What the worker and the GUI thread share. `job` is read and written on the GUI thread only (the
// worker hands it back to that thread in each posted call); `cancelled` is the worker's stop signal.
struct LoadJob::Shared {
    std::atomic<bool> cancelled{false};
    QPointer<LoadJob> job;
};

namespace {
// Runs `deliver` on the GUI thread, with the job, unless the job was cancelled or destroyed meanwhile.
template <typename Deliver> void postToJob(const std::shared_ptr<LoadJob::Shared> &shared, Deliver deliver) {
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [shared, deliver = std::move(deliver)]() mutable {
            if (LoadJob *job = shared->job.data(); job && !shared->cancelled.load())
                deliver(job);
        },
        Qt::QueuedConnection);
}
} // namespace

LoadJob::LoadJob(LoadRequest request, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()) {
    m_shared->job = this;
    ++activeWorkerCount;
    QThreadPool::globalInstance()->start(
        [shared = m_shared, request = std::move(request)] { work(shared, request); });
}

LoadJob::~LoadJob() {
    cancel();
}

void LoadJob::cancel() {
    m_shared->cancelled.store(true);
}

int LoadJob::activeWorkers() {
    return activeWorkerCount.load();
}

void LoadJob::setWorkerHookForTests(std::function<void()> hook) {
    const QMutexLocker lock(&hookMutex);
    workerHook = std::move(hook);
}

void LoadJob::work(const std::shared_ptr<Shared> &shared, const LoadRequest &request) {
    struct Done {
        ~Done() { --activeWorkerCount; }
    } done;
    std::function<void()> hook;
    {
        const QMutexLocker lock(&hookMutex);
        hook = workerHook;
    }
    if (hook)
        hook();
    const auto stopped = [&shared] { return shared->cancelled.load(); };
    const auto enter = [&shared](Phase phase) {
        postToJob(shared, [phase](LoadJob *job) {
            job->m_phase = phase;
            Q_EMIT job->phaseChanged(phase);
        });
    };
    if (stopped())
        return;
    enter(Phase::Reading);

    OpenedFile file;
    file.bytes = request.bytes;
    if (request.path.isEmpty()) {
        file.displayName = request.displayName;
    } else {
        file.path = QFileInfo(request.path).absoluteFilePath();
        file.displayName = QFileInfo(request.path).fileName();
    }
    const ValidationOptions options = request.trust.toOptions(&file.trustProblems);
    Expected<std::vector<CtlDocument>> loaded =
        request.path.isEmpty() ? DocumentLoader::loadBytes(request.bytes, request.displayName)
                               : DocumentLoader::loadFile(request.path);
    if (stopped())
        return;
    if (!loaded) {
        file.error = loaded.error();
    } else {
        enter(Phase::Verifying);
        for (CtlDocument &document : loaded.value()) {
            if (stopped())
                return;
            auto kept = std::make_shared<const CtlDocument>(std::move(document));
            file.reports.push_back(
                std::make_shared<const ValidationReport>(Validator::validate(*kept, options)));
            file.documents.push_back(std::move(kept));
        }
    }
    postToJob(shared, [file = std::move(file)](LoadJob *job) mutable {
        job->m_result = std::move(file);
        Q_EMIT job->finished();
    });
}

} // namespace ctlv
