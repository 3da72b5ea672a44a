// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/port/PortProgress.h"

namespace selftrack::app {

// Reports the progress of a long export or import on stderr (stdout stays the command's result):
// one line per stage and every tenth of the way, "import: writing 500/1200".
class PortProgressPrinter {
public:
    explicit PortProgressPrinter(QString command) : m_command(std::move(command)) {}
    core::ProgressCallback callback();

private:
    void report(const core::PortProgress& progress);
    QString m_command;
    QString m_stage;
    qint64 m_lastTenth = -1;
};

} // namespace selftrack::app
