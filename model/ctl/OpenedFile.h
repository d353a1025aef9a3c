#pragma once
// One file the user opened: its lists with their validation and the certificates it holds, or the error
// that explains why there are none; and openAndValidate(), the one step that reads and validates it, for
// the viewer (LoadJob, on a worker thread) and for ctltool alike.

#include "CertificateSources.h"
#include "CtlDocument.h"
#include "LoadError.h"
#include "Validation.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ctlv {

// What to open: a file, or bytes (pasted text, the bundled sample).
struct OpenSource {
    QString path;        // as the user named it ("-" is standard input), or empty for `bytes`
    QByteArray bytes;    // read when `path` is empty
    QString displayName; // what `bytes` are called; a file is called by its name
    CertificateReadOptions certificateOptions; // when it is a certificate source (a folder, a store)
};

struct OpenedFile {
    QString path;        // absolute; empty for pasted text and the bundled sample
    QString displayName; // the tab title
    std::vector<std::shared_ptr<const CtlDocument>> documents;
    // Parallel to documents; empty when the lists were only read (openAndValidate without options).
    std::vector<std::shared_ptr<const ValidationReport>> reports;
    // The certificates the file holds: a store, a bundle, a folder, or a registry export's Blob values
    // (a registry export can hold lists and certificates both).
    std::optional<CertificateSourceData> certificates;
    std::optional<LoadError> error;
    QByteArray bytes;          // pasted or bundled bytes (empty for files on disk): to read them again
    QStringList trustProblems; // trusted-root files of the settings that could not be used

    // Who the file is, known before anything is read (the viewer finds tabs by path).
    static OpenedFile unread(const OpenSource &source);
};

// How a caller follows and stops the work (LoadJob: its phases and its cancel button).
struct OpenProgress {
    std::function<bool()> cancelled; // asked between steps; true stops the work
    std::function<void()> verifying; // reading is done, validation begins
};

// Reads `source` and validates each list it holds with `validation` (without it the lists are only read,
// as `ctltool dump` shows them). A certificate source comes back with its certificates (and the lists of a
// registry export). A file that gives neither comes back with its error.
OpenedFile openAndValidate(const OpenSource &source, const std::optional<ValidationOptions> &validation);
// The same, followed and stoppable: std::nullopt when progress.cancelled() said stop.
std::optional<OpenedFile> openAndValidate(const OpenSource &source,
                                          const std::optional<ValidationOptions> &validation,
                                          const OpenProgress &progress);

} // namespace ctlv
