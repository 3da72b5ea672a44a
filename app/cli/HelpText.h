// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace selftrack::app {

// The --help texts of the program and of every command.
class HelpText {
public:
    // `command` is e.g. "" (global), "goal", "goal add", "trash purge"; unknown names fall back
    // to the nearest known parent and finally to the global help.
    static QString forCommand(const QString& command);
    static bool isCommand(const QString& name);
};

} // namespace selftrack::app
