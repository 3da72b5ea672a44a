// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupDialog.h"

#include "core/backup/BackupWriter.h"
#include "core/vault/VaultSession.h"
#include "ui/backup/BackupJob.h"
#include "ui/settings/MachineSettings.h"
#include "ui/vault/StrengthMeter.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/ProblemLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace selftrack::ui {

QString BackupDialog::defaultFileName(const QDate& date) {
    return QStringLiteral("selftrack-%1.selftrack-backup").arg(date.toString(Qt::ISODate));
}

BackupDialog::BackupDialog(core::VaultSession& session, MachineSettings& machine, QObject* jobOwner, QWidget* parent)
    : QDialog(parent), m_session(session), m_machine(machine), m_jobOwner(jobOwner) {
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up now"));
    setMinimumWidth(480);
    QString folder = machine.lastBackupFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    m_destination = new QLineEdit(
        QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName(session.clock()().toLocalTime().date()))), this);
    m_destination->setObjectName(QStringLiteral("destination"));
    auto* choose = new QPushButton(tr("C&hoose..."), this);
    choose->setObjectName(QStringLiteral("choose"));
    auto* where = new QHBoxLayout;
    where->addWidget(m_destination, 1);
    where->addWidget(choose);
    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setAccessibleName(tr("Backup passphrase"));
    m_repeat = new PassphraseField(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setAccessibleName(tr("Repeat the backup passphrase"));
    m_strength = new StrengthMeter(this);
    auto* form = new QFormLayout;
    auto* whereLabel = new QLabel(tr("&Save to:"), this); // a layout as the field: the buddy by hand
    whereLabel->setBuddy(m_destination);
    form->addRow(whereLabel, where);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);
    auto* note = new QLabel(tr("Type the vault's passphrase to protect the backup with the same one, or choose "
                               "another. Without it the backup cannot be opened: there is no way to recover it."),
                            this);
    note->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backUp = buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole);
    m_backUp->setObjectName(QStringLiteral("backUp"));
    m_backUp->setEnabled(false);
    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(note);
    column->addWidget(m_progress);
    column->addWidget(m_problem);
    column->addWidget(m_result);
    column->addStretch();
    column->addWidget(buttons);

    const auto update = [this] {
        m_strength->setPassphrase(m_passphrase->text());
        m_backUp->setEnabled(!m_passphrase->text().isEmpty() && m_passphrase->text() == m_repeat->text() &&
                             !m_destination->text().trimmed().isEmpty() && !m_progress->isVisible());
    };
    for (QLineEdit* field : {static_cast<QLineEdit*>(m_passphrase), static_cast<QLineEdit*>(m_repeat), m_destination})
        connect(field, &QLineEdit::textChanged, this, update);
    connect(m_repeat, &QLineEdit::returnPressed, this, [this] {
        if (m_backUp->isEnabled())
            start();
    });
    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseDestination);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BackupDialog::chooseDestination() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up to"), m_destination->text(),
                                                      tr("SelfTrack backups (*.selftrack-backup)"));
    if (!path.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(path));
}

void BackupDialog::start() {
    auto vault = m_session.vault();
    if (!vault) {
        m_problem->setText(vault.error().message);
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_destination->text().trimmed());
    auto passphrase = std::make_shared<core::SecureBuffer>(m_passphrase->take());
    m_repeat->clear();
    m_problem->clear();
    m_result->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_backUp->setEnabled(false);
    core::BackupOptions options;
    options.clock = m_session.clock();
    auto* job = new BackupJob(
        [vault = *vault, path, passphrase,
         options](const core::BackupProgress& progress) -> core::Result<BackupJob::Outcome> {
            auto manifest = core::BackupWriter::create(*vault, path, *passphrase, options, progress);
            if (!manifest)
                return std::unexpected(manifest.error());
            return BackupJob::Outcome{*manifest, {}};
        },
        m_jobOwner);
    connect(job, &BackupJob::progressed, m_progress, [this](core::BackupPhase phase, int percent) {
        // Snapshot, writing and reading back are about a third of the work each.
        const int base = phase == core::BackupPhase::Snapshot ? 0 : phase == core::BackupPhase::Encrypt ? 33 : 66;
        m_progress->setValue(base + percent / 3);
    });
    connect(job, &BackupJob::finished, this, [this, path, job] {
        const core::Result<BackupJob::Outcome>& result = job->result();
        m_progress->hide();
        if (!result) {
            m_problem->setText(tr("The backup was not made: %1").arg(result.error().message));
            return;
        }
        m_machine.setLastBackupFolder(QFileInfo(path).absolutePath());
        const core::BackupCounts& counts = result->manifest.counts;
        m_result->setText(tr("Backed up to %1: %2 goals, %3 records, %4 journal entries.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(counts.goals)
                              .arg(counts.records)
                              .arg(counts.entries));
    });
    job->start();
}

} // namespace selftrack::ui
