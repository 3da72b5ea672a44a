// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/BackupProgress.h"

#include <QString>

namespace selftrack::app {

// Shows the progress of long work on stderr (never stdout, which holds the result): on a
// terminal one line rewritten in place, otherwise a line at every tenth of each phase, so logs
// stay short.
class ProgressPrinter {
public:
    explicit ProgressPrinter(QString task);
    ~ProgressPrinter();
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    // A callback for core's backup functions; valid while this object lives.
    core::BackupProgress callback();

private:
    void report(core::BackupPhase phase, std::int64_t done, std::int64_t total);

    QString m_task;
    bool m_terminal;
    int m_phase = -1;
    int m_lastStep = -1;
    bool m_openLine = false;
};

} // namespace selftrack::app
