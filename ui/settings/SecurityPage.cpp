// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SecurityPage.h"

#include "core/vault/VaultSettings.h"
#include "ui/settings/VaultSettingsEditor.h"
#include "ui/vault/PassphraseChangeForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace selftrack::ui {

SecurityPage::SecurityPage(core::VaultSession& session, VaultSettingsEditor* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor) {
    setObjectName(QStringLiteral("securityPage"));
    auto* passphraseBox = new QGroupBox(tr("Passphrase"), this);
    m_passphrase = new PassphraseChangeForm(session, passphraseBox);
    auto* passphraseLayout = new QVBoxLayout(passphraseBox);
    passphraseLayout->addWidget(m_passphrase);

    auto* lockBox = new QGroupBox(tr("Locking"), this);
    m_autoLock = new QSpinBox(lockBox);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(0, core::VaultSettings::kMaxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without input"));
    m_lockOnMinimize = new QCheckBox(tr("Lock when the window is &minimized"), lockBox);
    m_lockOnMinimize->setObjectName(QStringLiteral("lockOnMinimize"));
    m_lockOnScreenLock = new QCheckBox(tr("Lock when the scr&een locks"), lockBox);
    m_lockOnScreenLock->setObjectName(QStringLiteral("lockOnScreenLock"));
    auto* lockForm = new QFormLayout(lockBox);
    lockForm->addRow(tr("&Lock after idle time:"), m_autoLock);
    lockForm->addRow(m_lockOnMinimize);
    lockForm->addRow(m_lockOnScreenLock);

    auto* column = new QVBoxLayout(this);
    column->addWidget(passphraseBox);
    column->addWidget(lockBox);
    column->addStretch(1);

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_editor->apply([minutes](core::VaultSettings& s) { s.autoLockMinutes = minutes; });
    });
    connect(m_lockOnMinimize, &QCheckBox::toggled, this,
            [this](bool on) { m_editor->apply([on](core::VaultSettings& s) { s.lockOnMinimize = on; }); });
    connect(m_lockOnScreenLock, &QCheckBox::toggled, this,
            [this](bool on) { m_editor->apply([on](core::VaultSettings& s) { s.lockOnScreenLock = on; }); });
    connect(m_editor, &VaultSettingsEditor::settingsChanged, this, &SecurityPage::show);
    show(m_editor->settings());
}

void SecurityPage::show(const core::VaultSettings& settings) {
    const QSignalBlocker blockSpin(m_autoLock);
    const QSignalBlocker blockCheck(m_lockOnMinimize);
    const QSignalBlocker blockScreen(m_lockOnScreenLock);
    m_autoLock->setValue(settings.autoLockMinutes);
    m_lockOnMinimize->setChecked(settings.lockOnMinimize);
    m_lockOnScreenLock->setChecked(settings.lockOnScreenLock);
}

} // namespace selftrack::ui
