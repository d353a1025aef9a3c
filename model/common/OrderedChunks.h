#pragma once
// Formats a long run of rows (a million entries of a dump or a CSV) on every core while the output stays
// in order: workers produce consecutive chunks, the calling thread consumes them one by one, in order.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ctlv {

// How many workers forEachChunkInOrder uses for `count` rows: one below `threshold` rows (a thread
// costs more than it saves there), else one a core, at most four (the consumer writes on its own
// thread, and beyond that the output device is the bound).
inline size_t chunkWorkers(size_t count, size_t threshold = 20'000) {
    if (count < threshold)
        return 1;
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
}

// Calls produce(worker, begin, end) -> Chunk for consecutive ranges [begin, end) of [0, count), each
// `chunkSize` long (the last may be shorter), on `workers` threads (worker is 0 .. workers - 1, so that
// each can keep its own state), and consume(Chunk &&) -> bool for each on the calling thread, in order.
// At most 2 * workers chunks exist at once, so memory stays flat however long the run. When consume
// returns false (a write failed), nothing more is produced or consumed. With one worker everything runs
// on the calling thread. `produce` must only read what other workers read too.
template <class Chunk, class Produce, class Consume>
void forEachChunkInOrder(size_t count, size_t chunkSize, size_t workers, Produce &&produce,
                         Consume &&consume) {
    chunkSize = std::max<size_t>(chunkSize, 1);
    const size_t chunks = (count + chunkSize - 1) / chunkSize;
    const auto rangeOf = [&](size_t chunk) {
        return std::pair{chunk * chunkSize, std::min(count, (chunk + 1) * chunkSize)};
    };
    if (workers <= 1 || chunks <= 1) {
        for (size_t chunk = 0; chunk < chunks; ++chunk) {
            const auto [begin, end] = rangeOf(chunk);
            if (!consume(produce(size_t{0}, begin, end)))
                return;
        }
        return;
    }
    const size_t window = 2 * workers;
    std::vector<std::optional<Chunk>> slots(window);
    std::mutex mutex;
    std::condition_variable changed;
    size_t next = 0;     // the next chunk a worker takes
    size_t consumed = 0; // chunks handed to consume so far
    bool stopped = false;
    const auto work = [&](size_t worker) {
        for (;;) {
            size_t chunk = 0;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopped || next >= chunks || next < consumed + window; });
                if (stopped || next >= chunks)
                    return;
                chunk = next++;
            }
            const auto [begin, end] = rangeOf(chunk);
            Chunk produced = produce(worker, begin, end);
            {
                std::lock_guard lock(mutex);
                slots[chunk % window].emplace(std::move(produced));
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(workers);
    for (size_t worker = 0; worker < workers; ++worker)
        threads.emplace_back(work, worker);
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
        Chunk ready;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return slots[chunk % window].has_value(); });
            ready = std::move(*slots[chunk % window]);
            slots[chunk % window].reset();
            consumed = chunk + 1;
        }
        changed.notify_all();
        if (!consume(std::move(ready))) {
            {
                std::lock_guard lock(mutex);
                stopped = true;
            }
            changed.notify_all();
            break;
        }
    }
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace ctlv
