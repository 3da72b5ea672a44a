// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/VaultSettingsEditor.h"

#include "core/vault/VaultSession.h"

namespace selftrack::ui {

VaultSettingsEditor::VaultSettingsEditor(core::VaultSession& session, QObject* parent)
    : QObject(parent), m_session(session) {
    connect(&m_session, &core::VaultSession::settingsChanged, this, &VaultSettingsEditor::settingsChanged);
}

const core::VaultSettings& VaultSettingsEditor::settings() const {
    return m_session.settings();
}

bool VaultSettingsEditor::apply(const std::function<void(core::VaultSettings&)>& edit) {
    core::VaultSettings next = m_session.settings();
    edit(next);
    if (auto st = m_session.setSettings(next); !st) {
        Q_EMIT settingsChanged(m_session.settings()); // the controls go back to what is stored
        Q_EMIT failed(tr("The setting was not saved: %1").arg(st.error().message));
        return false;
    }
    return true;
}

} // namespace selftrack::ui
