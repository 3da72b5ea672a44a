// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/VaultSettings.h"

#include <QObject>

#include <functional>

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

// What the settings pages share to change a field of the vault's settings: apply() stores the
// session's settings with `edit` applied (at once; the views follow the session's
// settingsChanged) and reports a refusal through failed(). settingsChanged() is emitted whenever
// the stored settings change, and after a refusal, so the controls show what the vault holds.
class VaultSettingsEditor : public QObject {
    Q_OBJECT
public:
    VaultSettingsEditor(core::VaultSession& session, QObject* parent = nullptr);

    const core::VaultSettings& settings() const;
    bool apply(const std::function<void(core::VaultSettings&)>& edit);

Q_SIGNALS:
    void failed(const QString& message);
    void settingsChanged(const selftrack::core::VaultSettings& settings);

private:
    core::VaultSession& m_session;
};

} // namespace selftrack::ui
