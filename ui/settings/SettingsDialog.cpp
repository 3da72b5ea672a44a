// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsDialog.h"

#include "core/vault/VaultSession.h"
#include "ui/settings/AppearancePage.h"
#include "ui/settings/BackupsPage.h"
#include "ui/settings/GeneralPage.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/VaultSettingsEditor.h"
#include "ui/widgets/ProblemLabel.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace selftrack::ui {

SettingsDialog::SettingsDialog(core::VaultSession& session, MachineSettings& machine, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* editor = new VaultSettingsEditor(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_security = new SecurityPage(session, editor, m_tabs);
    m_general = new GeneralPage(editor, m_tabs);
    m_appearance = new AppearancePage(machine, m_tabs);
    m_tabs->addTab(m_security, tr("&Security"));
    m_tabs->addTab(m_general, tr("&General"));
    m_tabs->addTab(m_appearance, tr("&Appearance"));
    m_backups = new BackupsPage(session, editor, m_tabs);
    m_tabs->insertTab(m_tabs->indexOf(m_appearance), m_backups, tr("Bac&kups"));
    if (!session.isUnlocked()) { // the welcome or unlock page: only this computer's settings
        for (QWidget* page :
             {static_cast<QWidget*>(m_security), static_cast<QWidget*>(m_general), static_cast<QWidget*>(m_backups)}) {
            m_tabs->setTabEnabled(m_tabs->indexOf(page), false);
            m_tabs->setTabToolTip(m_tabs->indexOf(page), tr("Unlock the vault to change its settings."));
        }
        m_tabs->setCurrentWidget(m_appearance);
    }
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_tabs);
    column->addWidget(m_problem);
    column->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(editor, &VaultSettingsEditor::failed, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(editor, &VaultSettingsEditor::settingsChanged, m_problem, &QWidget::hide);
    resize(520, sizeHint().height());
}

} // namespace selftrack::ui
