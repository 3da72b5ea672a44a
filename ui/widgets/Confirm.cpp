// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace selftrack::ui {

namespace {
std::function<bool(const QString&)>& testAnswer() {
    static std::function<bool(const QString&)> answer;
    return answer;
}
} // namespace

bool Confirm::ask(QWidget* parent, const QString& title, const QString& text, const QString& action) {
    if (testAnswer())
        return testAnswer()(text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton* go = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void Confirm::setAnswerForTests(std::function<bool(const QString&)> answer) {
    testAnswer() = std::move(answer);
}

} // namespace selftrack::ui
