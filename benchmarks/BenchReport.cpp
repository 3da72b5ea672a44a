// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QJsonDocument>

#include <cstdio>

#include <unistd.h>

namespace selftrack::bench {

void BenchReport::divertText() {
    std::fflush(stdout);
    m_savedStdout = dup(STDOUT_FILENO);
    dup2(STDERR_FILENO, STDOUT_FILENO);
}

void BenchReport::print() {
    if (m_savedStdout < 0)
        return;
    std::fflush(stdout);
    dup2(m_savedStdout, STDOUT_FILENO);
    close(m_savedStdout);
    m_savedStdout = -1;
    const QByteArray json = QJsonDocument(m_figures).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
}

} // namespace selftrack::bench
