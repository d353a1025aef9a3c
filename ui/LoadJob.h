#pragma once
// Reads and validates one file (or pasted bytes) on a worker thread, so that the window keeps painting
// and answering while a large or hostile file is checked. The result comes back on the GUI thread; a job
// that is cancelled or destroyed first drops it. The worker never touches a widget or QLocale (the
// language switch sets the default locale on the GUI thread): it reads, parses and validates only.

#include "OpenedFile.h"
#include "TrustSettingsDialog.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ctlv {

struct LoadRequest {
    QString path;        // the file as the user named it, or empty for `bytes`
    QByteArray bytes;    // pasted text or the bundled sample
    QString displayName; // for `bytes`; a file is called by its name
    TrustSettings trust; // its files are read on the worker as well
};

class LoadJob : public QObject {
    Q_OBJECT
public:
    enum class Phase { Waiting, Reading, Verifying };

    // Starts at once on QThreadPool::globalInstance().
    explicit LoadJob(LoadRequest request, QObject *parent = nullptr);
    ~LoadJob() override; // cancels
    // The worker stops at its next step and whatever it finds is dropped; finished() is not emitted.
    void cancel();
    Phase phase() const { return m_phase; }
    // After finished(): what was read, or the error that explains why not.
    OpenedFile takeResult() { return std::move(m_result); }

    // Workers that have not returned yet, cancelled ones included (tests wait for 0).
    static int activeWorkers();
    // For tests: runs on the worker before it reads, e.g. to hold a load back until the test lets go.
    static void setWorkerHookForTests(std::function<void()> hook);

    struct Shared; // between the job and its worker (LoadJob.cpp)

Q_SIGNALS:
    void phaseChanged(ctlv::LoadJob::Phase phase);
    void finished();

private:
    static void work(const std::shared_ptr<Shared> &shared, const LoadRequest &request);

    std::shared_ptr<Shared> m_shared;
    Phase m_phase = Phase::Waiting;
    OpenedFile m_result;
};

} // namespace ctlv
