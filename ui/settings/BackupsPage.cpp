// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/BackupsPage.h"

#include "core/vault/VaultSession.h"
#include "ui/settings/VaultSettingsEditor.h"
#include "ui/vault/StrengthMeter.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace selftrack::ui {

using Schedule = core::VaultSettings::BackupSchedule;

BackupsPage::BackupsPage(core::VaultSession& session, VaultSettingsEditor* editor, QWidget* parent)
    : QWidget(parent), m_session(session), m_editor(editor) {
    setObjectName(QStringLiteral("backupsPage"));
    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->addItem(tr("Off"), static_cast<int>(Schedule::Off));
    m_schedule->addItem(tr("Daily"), static_cast<int>(Schedule::Daily));
    m_schedule->addItem(tr("Weekly"), static_cast<int>(Schedule::Weekly));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto* choose = new QPushButton(tr("C&hoose..."), this);
    auto* where = new QHBoxLayout;
    where->addWidget(m_folder, 1);
    where->addWidget(choose);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setRange(1, core::VaultSettings::kMaxBackupKeep);
    m_keep->setSuffix(tr(" backups"));
    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setAccessibleName(tr("Backup passphrase"));
    m_repeat = new PassphraseField(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setAccessibleName(tr("Repeat the backup passphrase"));
    m_strength = new StrengthMeter(this);
    m_save = new QPushButton(tr("Sa&ve schedule"), this);
    m_save->setObjectName(QStringLiteral("saveSchedule"));
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("lastRun"));
    m_lastRun->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Back up:"), m_schedule);
    auto* whereLabel = new QLabel(tr("Into &folder:"), this); // a layout as the field: the buddy by hand
    whereLabel->setBuddy(m_folder);
    form->addRow(whereLabel, where);
    form->addRow(tr("Keep the &last:"), m_keep);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);
    auto* note = new QLabel(tr("Scheduled backups run in the background while the vault is unlocked. Their passphrase "
                               "is kept inside the encrypted vault, so they need no typing; leave it empty to keep "
                               "the one stored."),
                            this);
    note->setWordWrap(true);
    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(note);
    column->addWidget(m_save, 0, Qt::AlignRight);
    column->addWidget(m_problem);
    column->addWidget(m_lastRun);
    column->addStretch();

    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_strength->setPassphrase(text); });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Back up into"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_save, &QPushButton::clicked, this, &BackupsPage::save);
    connect(editor, &VaultSettingsEditor::settingsChanged, this, &BackupsPage::show);
    show(editor->settings());
}

QString BackupsPage::lastRunText(const core::VaultSettings& settings) {
    if (!settings.backupLastRun.isValid())
        return tr("No scheduled backup has run yet.");
    const QString when = QLocale().toString(settings.backupLastRun.toLocalTime(), QLocale::ShortFormat);
    if (settings.backupLastError.isEmpty())
        return tr("Last scheduled backup: %1, succeeded.").arg(when);
    return tr("Last scheduled backup: %1, failed: %2").arg(when, settings.backupLastError);
}

void BackupsPage::show(const core::VaultSettings& settings) {
    m_schedule->setCurrentIndex(m_schedule->findData(static_cast<int>(settings.backupSchedule)));
    m_folder->setText(QDir::toNativeSeparators(settings.backupFolder));
    m_keep->setValue(settings.backupKeep);
    m_lastRun->setText(lastRunText(settings));
}

void BackupsPage::save() {
    m_problem->clear();
    const auto schedule = static_cast<Schedule>(m_schedule->currentData().toInt());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (m_passphrase->text() != m_repeat->text()) {
        m_problem->setText(tr("The two passphrases differ."));
        return;
    }
    if (schedule != Schedule::Off) {
        if (!QFileInfo(folder).isDir()) {
            m_problem->setText(tr("Choose a folder that exists for the backups."));
            return;
        }
        auto stored = m_session.backupPassphrase();
        if (stored && stored->empty() && m_passphrase->text().isEmpty()) {
            m_problem->setText(tr("Type the passphrase for the scheduled backups."));
            return;
        }
    }
    if (!m_passphrase->text().isEmpty() || schedule == Schedule::Off) {
        // Off removes the stored passphrase, whatever was typed.
        core::SecureBuffer passphrase = m_passphrase->take();
        if (schedule == Schedule::Off)
            passphrase = core::SecureBuffer();
        m_repeat->clear();
        if (auto st = m_session.setBackupPassphrase(passphrase); !st) {
            m_problem->setText(st.error().message);
            return;
        }
    }
    m_editor->apply([&](core::VaultSettings& s) {
        s.backupSchedule = schedule;
        s.backupFolder = folder;
        s.backupKeep = m_keep->value();
    });
}

} // namespace selftrack::ui
