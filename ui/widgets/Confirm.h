// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace selftrack::ui {

// Asks a yes/no question in a modal message box. Tests replace the box with an answer
// (setAnswerForTests) so no modal loop blocks them; the question asked is recorded.
class Confirm {
public:
    // True when the user chose `action` (the destructive button), false on Cancel.
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& action);

    // nullopt-like reset: pass an empty function to show real boxes again.
    static void setAnswerForTests(std::function<bool(const QString& text)> answer);
};

} // namespace selftrack::ui
