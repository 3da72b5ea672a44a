// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProgressPrinter.h"

#include <cstdio>
#include <unistd.h>

namespace selftrack::app {

namespace {
const char* phaseName(core::BackupPhase phase) {
    switch (phase) {
    case core::BackupPhase::Snapshot:
        return "copying the vault";
    case core::BackupPhase::Encrypt:
        return "encrypting";
    case core::BackupPhase::Verify:
        return "reading back";
    case core::BackupPhase::Decrypt:
        return "decrypting";
    case core::BackupPhase::Check:
        return "checking the database";
    }
    return "";
}
} // namespace

ProgressPrinter::ProgressPrinter(QString task) : m_task(std::move(task)), m_terminal(isatty(STDERR_FILENO) == 1) {}

ProgressPrinter::~ProgressPrinter() {
    if (m_openLine)
        std::fputs("\n", stderr);
}

core::BackupProgress ProgressPrinter::callback() {
    return [this](core::BackupPhase phase, std::int64_t done, std::int64_t total) { report(phase, done, total); };
}

void ProgressPrinter::report(core::BackupPhase phase, std::int64_t done, std::int64_t total) {
    const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    const int step = m_terminal ? percent : percent / 10;
    if (static_cast<int>(phase) == m_phase && step == m_lastStep)
        return;
    if (m_terminal && static_cast<int>(phase) != m_phase && m_openLine)
        std::fputs("\n", stderr);
    m_phase = static_cast<int>(phase);
    m_lastStep = step;
    const QByteArray task = m_task.toLocal8Bit();
    if (m_terminal) {
        std::fprintf(stderr, "\r%s: %s %3d%%", task.constData(), phaseName(phase), percent);
        m_openLine = true;
    } else {
        std::fprintf(stderr, "%s: %s %d%%\n", task.constData(), phaseName(phase), step * 10);
    }
    std::fflush(stderr);
}

} // namespace selftrack::app
