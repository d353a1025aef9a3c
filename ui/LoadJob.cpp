// Reads and validates one file or pasted bytes on a worker thread and hands the result back to the
// GUI thread.
#include "LoadJob.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <openssl/crypto.h>

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
    // OpenSSL keeps an error queue per thread and frees it when the thread ends, unless OPENSSL_cleanup
    // (an exit handler) has run first: then a pool thread that outlives it leaks its queue, which the
    // sanitizer run reported. Releasing it when each job ends frees it on every path.
    struct Done {
        ~Done() {
            OPENSSL_thread_stop();
            --activeWorkerCount;
        }
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

    // The trusted-root files of the settings are read here too, off the GUI thread.
    QStringList trustProblems;
    const ValidationOptions options = request.trust.toOptions(&trustProblems);
    std::optional<OpenedFile> opened =
        openAndValidate(OpenSource{request.path, request.bytes, request.displayName, {}}, options,
                        OpenProgress{stopped, [&enter] { enter(Phase::Verifying); }});
    if (!opened)
        return;
    OpenedFile file = std::move(*opened);
    file.trustProblems = std::move(trustProblems);
    postToJob(shared, [file = std::move(file)](LoadJob *job) mutable {
        job->m_result = std::move(file);
        Q_EMIT job->finished();
    });
}

} // namespace ctlv
