// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PortProgressPrinter.h"

#include <cstdio>

namespace selftrack::app {

core::ProgressCallback PortProgressPrinter::callback() {
    return [this](const core::PortProgress& progress) { report(progress); };
}

void PortProgressPrinter::report(const core::PortProgress& progress) {
    const qint64 tenth = progress.total > 0 ? progress.done * 10 / progress.total : 0;
    if (progress.stage == m_stage && tenth == m_lastTenth)
        return;
    m_stage = progress.stage;
    m_lastTenth = tenth;
    const QByteArray line =
        QStringLiteral("%1: %2 %3/%4\n").arg(m_command, progress.stage).arg(progress.done).arg(progress.total).toUtf8();
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

} // namespace selftrack::app
