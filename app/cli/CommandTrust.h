#pragma once
// ctltool's effective-trust commands (issue #15): `status LIST` (what Windows makes of every entry for a
// purpose, date and Windows generation) and `check CERT` (would Windows trust this certificate?), and
// the per-entry trust keys `dump --json` adds. Kept apart from CtlTool.cpp, which only dispatches.

#include "CtlTool.h"
#include "EffectiveTrust.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QStringList>

namespace ctlv {

class JsonWriter;

int runStatus(const QStringList &arguments, QIODevice &out, QIODevice &err);
// `pdf` writes --pdf's report (ctltool-export's); empty: --pdf is refused.
int runCheck(const QStringList &arguments, QIODevice &out, QIODevice &err,
             const decltype(ReportWriters::check) &pdf = {});
QString statusSynopsis();
QString checkSynopsis();
// The `--help` text of status or check.
QString trustCommandHelp(const QString &command);

// The "trust" objects writeEntryTrustJson has written, by the facts they come from: entries with the
// same facts (most of a list) get the same bytes without evaluating and formatting again. Bounded, so that
// a crafted list of distinct dates cannot grow it; valid for one question and one streaming table.
struct EntryTrustJsonCache {
    QHash<QByteArray, QByteArray> rendered;
};

// dump --json: the "trust" key of one entry: {at, windows, status, since, reason, purposes[]}.
void writeEntryTrustJson(JsonWriter &json, const TrustTable &table, size_t entry,
                         const TrustQuestion &question, EntryTrustJsonCache *cache = nullptr);

} // namespace ctlv
