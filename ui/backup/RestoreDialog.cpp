// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/RestoreDialog.h"

#include "core/backup/BackupReader.h"
#include "core/backup/BackupRestore.h"
#include "core/vault/VaultSession.h"
#include "ui/backup/BackupJob.h"
#include "ui/widgets/Confirm.h"
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
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace selftrack::ui {

QString RestoreDialog::manifestText(const core::BackupManifest& manifest) {
    const core::BackupCounts& c = manifest.counts;
    const QDateTime created = QDateTime::fromString(manifest.created, Qt::ISODate);
    return tr("Made %1 by SelfTrack %2\n"
              "On the device %3\n"
              "Goals: %4, milestones: %5, categories: %6\n"
              "Records: %7, journal entries: %8, revisions: %9\n"
              "In the trash: %10")
        .arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat), manifest.appVersion, manifest.deviceId)
        .arg(c.goals)
        .arg(c.milestones)
        .arg(c.categories)
        .arg(c.records)
        .arg(c.entries)
        .arg(c.revisions)
        .arg(c.trashed);
}

RestoreDialog::RestoreDialog(core::VaultSession& session, QString vaultDir, QObject* jobOwner, QWidget* parent)
    : QDialog(parent), m_session(session), m_vaultDir(std::move(vaultDir)), m_jobOwner(jobOwner) {
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    setMinimumWidth(520);
    m_steps = new QStackedWidget(this);

    m_steps->addWidget(pickStep());
    m_steps->addWidget(decideStep());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open the restored vault"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->hide();
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_steps);
    column->addWidget(m_progress);
    column->addWidget(m_problem);
    column->addWidget(m_result);
    column->addStretch();
    column->addWidget(buttons);

    const auto update = [this] {
        m_check->setEnabled(!m_file->text().trimmed().isEmpty() && !m_passphraseField->text().isEmpty() &&
                            !m_progress->isVisible());
    };
    connect(m_file, &QLineEdit::textChanged, this, update);
    connect(m_passphraseField, &QLineEdit::textChanged, this, update);
    connect(m_passphraseField, &QLineEdit::returnPressed, this, [this] {
        if (m_check->isEnabled())
            check();
    });
    connect(m_check, &QPushButton::clicked, this, &RestoreDialog::check);
    connect(m_restoreNew, &QPushButton::clicked, this, &RestoreDialog::restoreNew);
    connect(m_replace, &QPushButton::clicked, this, &RestoreDialog::replace);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget* RestoreDialog::pickStep() {
    auto* pick = new QWidget(m_steps);
    m_file = new QLineEdit(pick);
    m_file->setObjectName(QStringLiteral("file"));
    auto* choose = new QPushButton(tr("C&hoose..."), pick);
    auto* where = new QHBoxLayout;
    where->addWidget(m_file, 1);
    where->addWidget(choose);
    m_passphraseField = new PassphraseField(pick);
    m_passphraseField->setObjectName(QStringLiteral("passphrase"));
    m_passphraseField->setAccessibleName(tr("Backup passphrase"));
    m_check = new QPushButton(tr("Chec&k backup"), pick);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setEnabled(false);
    auto* pickForm = new QFormLayout(pick);
    auto* whereLabel = new QLabel(tr("&Backup file:"), pick); // a layout as the field: the buddy by hand
    whereLabel->setBuddy(m_file);
    pickForm->addRow(whereLabel, where);
    pickForm->addRow(tr("&Passphrase:"), m_passphraseField);
    pickForm->addRow(QString(), m_check);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Restore from"), m_file->text(),
                                                          tr("SelfTrack backups (*.selftrack-backup)"));
        if (!path.isEmpty())
            m_file->setText(QDir::toNativeSeparators(path));
    });
    return pick;
}

QWidget* RestoreDialog::decideStep() {
    auto* decide = new QWidget(m_steps);
    m_manifest = new QLabel(decide);
    m_manifest->setObjectName(QStringLiteral("manifest"));
    m_manifest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target = new QLineEdit(decide);
    m_target->setObjectName(QStringLiteral("target"));
    m_restoreNew = new QPushButton(tr("Restore into a &new vault"), decide);
    m_restoreNew->setObjectName(QStringLiteral("restoreNew"));
    m_restoreNew->setDefault(true);
    m_replace = new QPushButton(tr("&Replace the current vault..."), decide);
    m_replace->setObjectName(QStringLiteral("replace"));
    auto* decideColumn = new QVBoxLayout(decide);
    decideColumn->setContentsMargins(0, 0, 0, 0);
    decideColumn->addWidget(new QLabel(tr("The backup is complete and undamaged. It holds:"), decide));
    decideColumn->addWidget(m_manifest);
    auto* targetForm = new QFormLayout;
    targetForm->addRow(tr("New vault &folder:"), m_target);
    decideColumn->addLayout(targetForm);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_replace);
    choices->addStretch();
    choices->addWidget(m_restoreNew);
    decideColumn->addLayout(choices);
    return decide;
}

void RestoreDialog::reject() {
    if (!m_progress->isVisible())
        QDialog::reject();
}

void RestoreDialog::follow(BackupJob* job) {
    connect(job, &BackupJob::progressed, m_progress, [this](core::BackupPhase phase, int percent) {
        m_progress->setRange(0, 100);
        m_progress->setFormat(phase == core::BackupPhase::Check ? tr("Checking the database: %p%")
                                                                : tr("Reading the backup: %p%"));
        m_progress->setValue(percent);
    });
    job->start();
}

void RestoreDialog::busy(bool on) {
    m_progress->setRange(0, 0); // busy until the first progress report (then per phase, follow())
    m_progress->setValue(0);
    m_progress->setVisible(on);
    m_restoreNew->setEnabled(!on);
    m_replace->setEnabled(!on);
    m_check->setEnabled(!on);
    if (on) {
        m_problem->clear();
        m_result->clear();
    }
}

void RestoreDialog::check() {
    m_checkedFile = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_passphrase = std::make_shared<core::SecureBuffer>(m_passphraseField->take());
    busy(true);
    auto* job = new BackupJob(
        [path = m_checkedFile,
         passphrase = m_passphrase](const core::BackupProgress& progress) -> core::Result<BackupJob::Outcome> {
            auto manifest = core::BackupReader::verify(path, *passphrase, progress);
            if (!manifest)
                return std::unexpected(manifest.error());
            return BackupJob::Outcome{*manifest, {}};
        },
        m_jobOwner);
    connect(job, &BackupJob::finished, this, [this, job] {
        const core::Result<BackupJob::Outcome>& result = job->result();
        busy(false);
        if (!result) {
            m_passphrase.reset();
            m_problem->setText(result.error().code == core::ErrorCode::WrongPassphrase
                                   ? tr("The passphrase does not open this backup.")
                                   : tr("This backup cannot be restored: %1").arg(result.error().message));
            return;
        }
        m_manifest->setText(manifestText(result->manifest));
        const QString date = m_session.clock()().toLocalTime().date().toString(Qt::ISODate);
        m_target->setText(QDir::toNativeSeparators(m_vaultDir + QStringLiteral("-restored-") + date));
        m_steps->setCurrentIndex(1);
    });
    follow(job);
}

void RestoreDialog::restoreNew() {
    const QString dir = QDir::fromNativeSeparators(m_target->text().trimmed());
    busy(true);
    auto* job = new BackupJob(
        [path = m_checkedFile, dir,
         passphrase = m_passphrase](const core::BackupProgress& progress) -> core::Result<BackupJob::Outcome> {
            auto manifest = core::BackupRestore::intoNewVault(path, dir, *passphrase, progress);
            if (!manifest)
                return std::unexpected(manifest.error());
            return BackupJob::Outcome{*manifest, {}};
        },
        m_jobOwner);
    connect(job, &BackupJob::finished, this, [this, dir, job] {
        const core::Result<BackupJob::Outcome>& result = job->result();
        busy(false);
        if (!result) {
            m_problem->setText(tr("Nothing was restored: %1").arg(result.error().message));
            return;
        }
        m_restoreNew->setEnabled(false);
        m_replace->setEnabled(false);
        m_result->setText(tr("Restored into the new vault %1. It opens with the backup's passphrase.")
                              .arg(QDir::toNativeSeparators(dir)));
        m_open->show();
        m_open->setFocus();
        disconnect(m_open, nullptr, this, nullptr);
        connect(m_open, &QPushButton::clicked, this, [this, dir] {
            Q_EMIT openRequested(dir);
            accept();
        });
    });
    follow(job);
}

void RestoreDialog::replace() {
    if (!Confirm::ask(this, tr("Replace the current vault"),
                      tr("Replace the vault in %1 with this backup? The vault is locked first. Your current vault is "
                         "not deleted: it is kept in a folder beside it.")
                          .arg(QDir::toNativeSeparators(m_vaultDir)),
                      tr("Lock and replace")))
        return;
    m_session.lock(); // waits for a running backup (MainWindow); the vault must be closed to move it
    busy(true);
    auto* job = new BackupJob(
        [path = m_checkedFile, dir = m_vaultDir, passphrase = m_passphrase,
         clock = m_session.clock()](const core::BackupProgress& progress) -> core::Result<BackupJob::Outcome> {
            auto replaced = core::BackupRestore::replaceVault(path, dir, *passphrase, clock, progress);
            if (!replaced)
                return std::unexpected(replaced.error());
            return BackupJob::Outcome{replaced->manifest, replaced->previousVault};
        },
        m_jobOwner);
    connect(job, &BackupJob::finished, this, [this, job] {
        const core::Result<BackupJob::Outcome>& result = job->result();
        busy(false);
        if (!result) {
            m_problem->setText(tr("The vault was not replaced: %1").arg(result.error().message));
            return;
        }
        m_restoreNew->setEnabled(false);
        m_replace->setEnabled(false);
        m_result->setText(tr("The vault now holds the backup; unlock it with the backup's passphrase. The previous "
                             "vault is kept in %1.")
                              .arg(QDir::toNativeSeparators(result->previousVault)));
    });
    follow(job);
}

} // namespace selftrack::ui
