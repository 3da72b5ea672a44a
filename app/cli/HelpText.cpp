// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/HelpText.h"

#include <QHash>
#include <QStringList>

namespace selftrack::app {

namespace {

const char* const kGlobal = R"(Usage: selftrack-cli [--vault DIR] [--json] [--passphrase-file FILE] COMMAND ...

Tracks goals, habits and a journal in an encrypted local vault.

Global options (also accepted after the command):
  --vault DIR             vault folder (default: $SELFTRACK_VAULT or the standard data folder)
  --json                  print exactly one JSON document on stdout
  --passphrase-file FILE  read the passphrase from the first line of FILE
  --help, -h              show help (also after any command)
  --version               show the version
The passphrase comes from --passphrase-file, $SELFTRACK_PASSPHRASE, or a prompt on a terminal.

Commands:
  init                       create a vault
  passwd                     change the passphrase ($SELFTRACK_NEW_PASSPHRASE or prompt)
  goal add|list|show|edit|archive|unarchive|delete
  milestone add|list|done|undone|edit|delete
  log GOAL [VALUE]           record a check-in or a value
  journal add|list|search    write and read journal entries
  record edit|delete ID      change or delete a check-in / entry
  stats [GOAL] [--date D]    progress, streaks, completion, score, forecast
  history ID [--diff]        revisions of an item (--diff: what each one changed)
  revert ID REVISION         make an old revision the current one
  trash list|restore|purge   deleted items
  backup create|verify|restore  encrypted backup file of the whole vault
  export --format F --out P  everything as json, csv or markdown (journal)
  import PATH                from a SelfTrack export, Loop Habit Tracker or HabitBull

GOAL is an id, an id prefix or an unambiguous title prefix (case-insensitive).
Exit codes: 0 ok, 1 usage, 2 wrong passphrase, 3 not found or ambiguous, 4 invalid input,
5 storage error or corruption.
)";

const char* const kGoalOptions = R"(  --kind check|amount     yes/no habit (default) or measured amount
  --unit U                unit of an amount goal (implies --kind amount)
  --target N              target per period (check goals: done days per period; default 1)
  --at-most               the target is a limit (--at-least to undo)
  --aggregate sum|average|last   how values combine within a period (default sum)
  --period day|week|month|year|whole   period of the target (whole = cumulative to the deadline)
  --per X/Y               X times per Y days (check habits)
  --days mon,wed,...      due on these weekdays only ("none" to clear on edit)
  --start YYYY-MM-DD      start date (default today)
  --deadline YYYY-MM-DD   deadline ("none" to clear on edit)
  --category C            category by name, created when missing ("none" to clear on edit)
  --notes TEXT            free notes
)";

QHash<QString, QString> goalTexts() {
    QHash<QString, QString> t;
    t[QString()] = QString::fromUtf8(kGlobal);
    t[QStringLiteral("init")] =
        QStringLiteral("Usage: selftrack-cli init\n\nCreates a new encrypted vault. The passphrase comes from "
                       "--passphrase-file,\n$SELFTRACK_PASSPHRASE or is asked twice on a terminal.\n");
    t[QStringLiteral("passwd")] = QStringLiteral(
        "Usage: selftrack-cli passwd\n\nChanges the vault passphrase. The current one comes as usual; the new one "
        "from\n$SELFTRACK_NEW_PASSPHRASE or is asked twice on a terminal.\n");
    t[QStringLiteral("goal")] =
        QStringLiteral("Usage: selftrack-cli goal COMMAND\n\n"
                       "  add TITLE [options]          create a goal\n"
                       "  list [--archived]            list goals (with --archived: archived ones too)\n"
                       "  show GOAL                    details, progress and milestones of a goal\n"
                       "  edit GOAL [options] [--title T]  change a goal\n"
                       "  archive GOAL | unarchive GOAL\n"
                       "  delete GOAL                  move a goal to the trash\n\nOptions of add and edit:\n") +
        QString::fromUtf8(kGoalOptions);
    t[QStringLiteral("goal add")] =
        QStringLiteral("Usage: selftrack-cli goal add TITLE [options]\n\nCreates a goal. Options:\n") +
        QString::fromUtf8(kGoalOptions) +
        QStringLiteral("\nExamples:\n  selftrack-cli goal add Meditate --days mon,wed,fri\n"
                       "  selftrack-cli goal add Water --unit ml --target 2000\n"
                       "  selftrack-cli goal add Coffee --unit cups --target 2 --at-most\n");
    t[QStringLiteral("goal list")] = QStringLiteral(
        "Usage: selftrack-cli goal list [--archived]\n\nLists goals; --archived includes archived goals.\n");
    t[QStringLiteral("goal show")] = QStringLiteral(
        "Usage: selftrack-cli goal show GOAL\n\nShows a goal with today's progress and its milestones.\n");
    t[QStringLiteral("goal edit")] =
        QStringLiteral("Usage: selftrack-cli goal edit GOAL [options] [--title T]\n\nChanges a goal. Options:\n") +
        QString::fromUtf8(kGoalOptions) + QStringLiteral("  --title T               new title\n");
    t[QStringLiteral("goal archive")] =
        QStringLiteral("Usage: selftrack-cli goal archive GOAL\n\nHides a goal from lists and stats.\n");
    t[QStringLiteral("goal unarchive")] =
        QStringLiteral("Usage: selftrack-cli goal unarchive GOAL\n\nBrings an archived goal back.\n");
    t[QStringLiteral("goal delete")] = QStringLiteral(
        "Usage: selftrack-cli goal delete GOAL\n\nMoves a goal to the trash ('trash restore ID' brings it back).\n");
    return t;
}

void addMilestoneTexts(QHash<QString, QString>& t) {
    t[QStringLiteral("milestone")] =
        QStringLiteral("Usage: selftrack-cli milestone COMMAND\n\n"
                       "  add GOAL TITLE [--target N]  add a milestone (a sub-goal) to a goal\n"
                       "  list GOAL                    the milestones of a goal\n"
                       "  done ID [--date D]           mark a milestone reached (default today)\n"
                       "  undone ID                    mark a milestone not reached\n"
                       "  edit ID [--title T] [--target N | --no-target]\n"
                       "  delete ID                    move a milestone to the trash\n\n"
                       "ID is a milestone id or an unambiguous id prefix (see 'milestone list').\n");
    t[QStringLiteral("milestone add")] =
        QStringLiteral("Usage: selftrack-cli milestone add GOAL TITLE [--target N]\n\n"
                       "Adds a milestone to a goal, after its other milestones. --target is an optional value to\n"
                       "reach, e.g. 5 for \"run 5 km\".\n");
    t[QStringLiteral("milestone list")] = QStringLiteral(
        "Usage: selftrack-cli milestone list GOAL\n\nLists the milestones of a goal with their target and state.\n");
    t[QStringLiteral("milestone done")] =
        QStringLiteral("Usage: selftrack-cli milestone done ID [--date YYYY-MM-DD]\n\n"
                       "Marks a milestone reached on that day (default today).\n");
    t[QStringLiteral("milestone undone")] = QStringLiteral(
        "Usage: selftrack-cli milestone undone ID\n\nMarks a milestone not reached (clears its date).\n");
    t[QStringLiteral("milestone edit")] =
        QStringLiteral("Usage: selftrack-cli milestone edit ID [--title T] [--target N | --no-target]\n\n"
                       "Changes a milestone; --no-target removes its target.\n");
    t[QStringLiteral("milestone delete")] =
        QStringLiteral("Usage: selftrack-cli milestone delete ID\n\n"
                       "Moves a milestone to the trash ('trash restore ID' brings it back).\n");
}

void addRecordTexts(QHash<QString, QString>& t) {
    t[QStringLiteral("log")] =
        QStringLiteral("Usage: selftrack-cli log GOAL [VALUE] [--date YYYY-MM-DD] [--time HH:MM] [--skip|--fail]\n"
                       "                         [--note TEXT] [--tag T]...\n\n"
                       "Records a check-in. A check goal without VALUE is marked done; an amount goal needs VALUE\n"
                       "(negative values are fine). --skip / --fail mark the day skipped or failed. The date defaults\n"
                       "to today (local time) and the UTC offset is recorded.\n");
    t[QStringLiteral("journal")] =
        QStringLiteral("Usage: selftrack-cli journal COMMAND\n\n"
                       "  add TEXT [--goal GOAL] [--date D] [--time HH:MM] [--tag T]... [--mood 1-5]\n"
                       "  list [--from D] [--to D] [--tag T] [--goal GOAL]\n"
                       "  search QUERY [--limit N] [--after CURSOR]\n"
                       "                               full-text search (word, prefix*, \"a phrase\")\n");
    t[QStringLiteral("journal add")] = QStringLiteral(
        "Usage: selftrack-cli journal add TEXT [--goal GOAL] [--date D] [--time HH:MM] [--tag T]... [--mood 1-5]\n\n"
        "Writes a journal entry (Markdown). With --goal the entry is a note about that goal and does\n"
        "not count as a check-in.\n");
    t[QStringLiteral("journal list")] =
        QStringLiteral("Usage: selftrack-cli journal list [--from D] [--to D] [--tag T] [--goal GOAL]\n\n"
                       "Lists entries with text (journal entries and check-ins with a note), oldest first.\n");
    t[QStringLiteral("journal search")] = QStringLiteral(
        "Usage: selftrack-cli journal search QUERY [--limit N] [--after CURSOR]\n\n"
        "Searches the text and tags of entries, newest first, one page at a time (--limit hits, default\n"
        "50, at most 1000). When more hits follow, the last line gives the --after CURSOR that shows\n"
        "the next page (in JSON: \"next\", null on the last page).\n");
    t[QStringLiteral("record")] =
        QStringLiteral("Usage: selftrack-cli record COMMAND\n\n"
                       "  edit ID [--value N] [--note TEXT] [--date D] [--time HH:MM] [--mood 1-5] [--tag T]...\n"
                       "  delete ID                    move a record to the trash\n");
    t[QStringLiteral("record edit")] =
        QStringLiteral("Usage: selftrack-cli record edit ID [--value N] [--note TEXT] [--date D] [--time HH:MM]\n"
                       "                                [--mood 1-5] [--tag T]...\n\n"
                       "Changes a record (ID or an unambiguous id prefix). --tag replaces the tags.\n");
    t[QStringLiteral("record delete")] =
        QStringLiteral("Usage: selftrack-cli record delete ID\n\nMoves a record to the trash.\n");
}

void addHistoryTexts(QHash<QString, QString>& t) {
    t[QStringLiteral("stats")] =
        QStringLiteral("Usage: selftrack-cli stats [GOAL] [--date YYYY-MM-DD]\n\n"
                       "Progress of one goal or of every active goal on a day (default today): period value,\n"
                       "fraction of the target, status, current and best streak, completion rates over 30/90/365\n"
                       "days, habit strength score (Loop Habit Tracker compatible) and forecast.\n");
    t[QStringLiteral("history")] = QStringLiteral(
        "Usage: selftrack-cli history ID [--diff]\n\n"
        "Lists the revisions of a goal, record, milestone or category, oldest first, each with a one-line\n"
        "summary of what it did: Renamed to \"Run 5k\"; changed target / Moved to the trash / Logged 25 min\n"
        "on 2026-02-01. ID is an item id, an id prefix or a goal title.\n\n"
        "  --diff    after each revision, its field changes against the one before it:\n"
        "              title: \"Run\" -> \"Run 5k\"     deadline: added \"2026-06-30\"\n"
        "              tags: +travel -work           deleted: false -> true\n"
        "            multi-line texts (notes, journal text) show the changed lines as \"+ \" / \"- \"\n"
        "            with two lines of context. With --json each revision gets a \"changes\" array.\n");
    t[QStringLiteral("revert")] =
        QStringLiteral("Usage: selftrack-cli revert ID REVISION\n\n"
                       "Makes the content of REVISION (an id or id prefix from 'history') the current state,\n"
                       "including whether the item is in the trash, as a new revision; the history is kept.\n"
                       "'history ID --diff' shows what each revision holds.\n");
    t[QStringLiteral("trash")] =
        QStringLiteral("Usage: selftrack-cli trash COMMAND\n\n"
                       "  list                         items in the trash\n"
                       "  restore ID                   bring an item back\n"
                       "  purge ID | purge --all       delete permanently (with all revisions)\n");
    t[QStringLiteral("trash list")] = QStringLiteral("Usage: selftrack-cli trash list\n\nLists deleted items.\n");
    t[QStringLiteral("trash restore")] =
        QStringLiteral("Usage: selftrack-cli trash restore ID\n\nRestores an item from the trash.\n");
    t[QStringLiteral("trash purge")] =
        QStringLiteral("Usage: selftrack-cli trash purge ID | trash purge --all\n\n"
                       "Deletes items permanently, with all their revisions. This cannot be undone.\n");
}

void addBackupTexts(QHash<QString, QString>& t) {
    const QString passphrase =
        QStringLiteral("The backup passphrase comes from --backup-passphrase-file FILE (first line) or\n"
                       "$SELFTRACK_BACKUP_PASSPHRASE; without either it is the vault's passphrase (--passphrase-file,\n"
                       "$SELFTRACK_PASSPHRASE or a prompt). Progress goes to stderr.\n");
    t[QStringLiteral("backup")] =
        QStringLiteral("Usage: selftrack-cli backup COMMAND\n\n"
                       "  create PATH                  write an encrypted backup of the vault (while it is in use)\n"
                       "  verify PATH                  decrypt and check a backup completely, show what it holds\n"
                       "  restore PATH [--into DIR | --replace]\n"
                       "                               restore into a new vault (default) or replace the vault\n\n") +
        passphrase;
    t[QStringLiteral("backup create")] =
        QStringLiteral("Usage: selftrack-cli backup create PATH [--backup-passphrase-file FILE]\n\n"
                       "Writes one encrypted file (.selftrack-backup) with everything in the vault: a consistent\n"
                       "snapshot, taken while the vault stays usable. The file is written beside PATH, read back\n"
                       "and checked, then renamed to PATH; a failure leaves a previous file at PATH untouched.\n\n") +
        passphrase;
    t[QStringLiteral("backup verify")] =
        QStringLiteral("Usage: selftrack-cli backup verify PATH [--backup-passphrase-file FILE]\n\n"
                       "Decrypts the whole backup, checks every part and the database it holds, and prints its\n"
                       "manifest (when and from which vault it was made, what it contains). Changes nothing.\n\n") +
        passphrase;
    t[QStringLiteral("backup restore")] =
        QStringLiteral(
            "Usage: selftrack-cli backup restore PATH [--into DIR | --replace] [--backup-passphrase-file "
            "FILE]\n\n"
            "Restores a backup into a new vault: DIR (must not exist or be empty), by default a new\n"
            "folder beside the vault named VAULT-restored-YYYYMMDD-HHMMSS (UTC). --replace replaces the vault\n"
            "(--vault DIR) instead; the previous vault is kept beside it as VAULT.before-restore-...\n"
            "The backup is checked completely before anything is written; a failed restore writes\n"
            "nothing. The restored vault opens with the backup's passphrase.\n\n") +
        passphrase;
}

void addPortTexts(QHash<QString, QString>& t) {
    t[QStringLiteral("export")] =
        QStringLiteral("Usage: selftrack-cli export [--format json|csv|markdown] --out PATH [--history]\n\n"
                       "Writes everything in the vault in an open format (docs/export-format.md):\n"
                       "  json      one file with every goal, milestone, record, category and setting (items in the\n"
                       "            trash too); --history adds every revision. 'import' reads it back losslessly.\n"
                       "  csv       a folder: records.csv (all records), goals.csv, goals/<title>-<id>.csv per goal\n"
                       "  markdown  a folder: the journal, one YYYY-MM.md per month, each entry with front matter\n"
                       "Progress goes to stderr.\n");
    t[QStringLiteral("import")] =
        QStringLiteral("Usage: selftrack-cli import PATH [--format selftrack-json|loop|habitbull] [--dry-run]\n\n"
                       "Imports a SelfTrack JSON export, Loop Habit Tracker's CSV export (its folder or zip) or .db\n"
                       "backup, or HabitBull's CSV export. The format is recognised from the content unless given.\n"
                       "The whole file is read first and written in one transaction: a bad file changes nothing.\n"
                       "Items keep stable ids, so importing the same file again adds nothing.\n"
                       "  --dry-run   print what would be imported; write nothing\n"
                       "Progress goes to stderr.\n");
}

QHash<QString, QString> buildTexts() {
    QHash<QString, QString> t = goalTexts();
    addPortTexts(t);
    addMilestoneTexts(t);
    addRecordTexts(t);
    addHistoryTexts(t);
    addBackupTexts(t);
    return t;
}

const QHash<QString, QString>& texts() {
    static const QHash<QString, QString> kTexts = buildTexts();
    return kTexts;
}

} // namespace

QString HelpText::forCommand(const QString& command) {
    QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty()) {
        const auto it = texts().constFind(words.join(QLatin1Char(' ')));
        if (it != texts().constEnd())
            return *it;
        words.removeLast();
    }
    return texts().value(QString());
}

bool HelpText::isCommand(const QString& name) {
    return !name.isEmpty() && texts().contains(name);
}

} // namespace selftrack::app
