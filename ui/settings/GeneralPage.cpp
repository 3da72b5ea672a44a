// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/GeneralPage.h"

#include "core/vault/VaultSettings.h"
#include "ui/settings/VaultSettingsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLocale>
#include <QSignalBlocker>

namespace selftrack::ui {

GeneralPage::GeneralPage(VaultSettingsEditor* editor, QWidget* parent) : QWidget(parent), m_editor(editor) {
    setObjectName(QStringLiteral("generalPage"));
    m_reminders = new QCheckBox(tr("Show &reminders at the goals' reminder times"), this);
    m_reminders->setObjectName(QStringLiteral("reminders"));
    m_weekStart = new QComboBox(this);
    m_weekStart->setObjectName(QStringLiteral("weekStart"));
    const QLocale locale;
    m_weekStart->addItem(tr("As the region sets it (%1)").arg(locale.dayName(locale.firstDayOfWeek())), 0);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(locale.dayName(day), day);

    auto* form = new QFormLayout(this);
    form->addRow(m_reminders);
    form->addRow(tr("&Weeks start on:"), m_weekStart);

    connect(m_reminders, &QCheckBox::toggled, this,
            [this](bool on) { m_editor->apply([on](core::VaultSettings& s) { s.remindersEnabled = on; }); });
    connect(m_weekStart, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int day = m_weekStart->itemData(index).toInt();
        m_editor->apply([day](core::VaultSettings& s) {
            s.weekStart = day == 0 ? std::nullopt : std::optional<Qt::DayOfWeek>(static_cast<Qt::DayOfWeek>(day));
        });
    });
    connect(m_editor, &VaultSettingsEditor::settingsChanged, this, &GeneralPage::show);
    show(m_editor->settings());
}

void GeneralPage::show(const core::VaultSettings& settings) {
    const QSignalBlocker blockCheck(m_reminders);
    const QSignalBlocker blockCombo(m_weekStart);
    m_reminders->setChecked(settings.remindersEnabled);
    m_weekStart->setCurrentIndex(m_weekStart->findData(settings.weekStart ? static_cast<int>(*settings.weekStart) : 0));
}

} // namespace selftrack::ui
