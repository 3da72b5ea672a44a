// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace selftrack::core {

// How far an export or import is: `done` of `total` steps of `stage` ("reading", "goals",
// "records", ...). Called on the thread doing the work.
struct PortProgress {
    QString stage;
    qint64 done = 0;
    qint64 total = 0;
};

using ProgressCallback = std::function<void(const PortProgress&)>;

} // namespace selftrack::core
