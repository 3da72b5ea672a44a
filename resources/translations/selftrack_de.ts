<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DiffView</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&lt;p&gt;No changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Änderungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>changed (too long to compare line by line)</source>
        <translation>geändert (zu lang für einen zeilenweisen Vergleich)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::AppearancePage</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language takes effect the next time SelfTrack starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von SelfTrack.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Wä&amp;hlen...</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Passphrase der Sicherung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase to protect the backup with the same one, or choose another. Without it the backup cannot be opened: there is no way to recover it.</source>
        <translation>Mit der Passphrase des Tresors ist die Sicherung mit derselben geschützt; eine andere geht auch. Ohne sie lässt sich die Sicherung nicht öffnen, und sie lässt sich auf keine Weise wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>SelfTrack backups (*.selftrack-backup)</source>
        <translation>SelfTrack-Sicherungen (*.selftrack-backup)</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Die Sicherung wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 goals, %3 records, %4 journal entries.</source>
        <translation>Gesichert nach %1: %2 Ziele, %3 Einträge, %4 Tagebucheinträge.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::BackupScheduler</name>
    <message>
        <source>No backup passphrase is stored; set the schedule again in Settings.</source>
        <translation>Keine Passphrase für Sicherungen gespeichert; den Zeitplan in den Einstellungen erneut festlegen.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::BackupsPage</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Wä&amp;hlen...</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherungen</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Passphrase der Sicherungen wiederholen</translation>
    </message>
    <message>
        <source>Sa&amp;ve schedule</source>
        <translation>Zeitplan spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Scheduled backups run in the background while the vault is unlocked. Their passphrase is kept inside the encrypted vault, so they need no typing; leave it empty to keep the one stored.</source>
        <translation>Geplante Sicherungen laufen im Hintergrund, solange der Tresor entsperrt ist. Ihre Passphrase wird im verschlüsselten Tresor aufbewahrt, damit nichts eingetippt werden muss; leer lassen, um die gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>Sichern in</translation>
    </message>
    <message>
        <source>No scheduled backup has run yet.</source>
        <translation>Bisher lief noch keine geplante Sicherung.</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1, succeeded.</source>
        <translation>Letzte geplante Sicherung: %1, erfolgreich.</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1, failed: %2</source>
        <translation>Letzte geplante Sicherung: %1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the backups.</source>
        <translation>Einen vorhandenen Ordner für die Sicherungen wählen.</translation>
    </message>
    <message>
        <source>Type the passphrase for the scheduled backups.</source>
        <translation>Die Passphrase für die geplanten Sicherungen eingeben.</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>&amp;Behalten, die letzten:</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GeneralPage</name>
    <message>
        <source>Show &amp;reminders at the goals&apos; reminder times</source>
        <translation>&amp;Erinnerungen zu den Erinnerungszeiten der Ziele zeigen</translation>
    </message>
    <message>
        <source>As the region sets it (%1)</source>
        <translation>Wie in den Regionseinstellungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalCharts</name>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>&amp;Stärke</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>W&amp;ochentage</translation>
    </message>
    <message>
        <source>Value of each period with the target</source>
        <translation>Wert jedes Zeitraums mit dem Zielwert</translation>
    </message>
    <message>
        <source>Habit strength over time</source>
        <translation>Stärke der Gewohnheit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Days done per weekday in the last year</source>
        <translation>Erledigte Tage je Wochentag im letzten Jahr</translation>
    </message>
    <message>
        <source>days a week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalEditor</name>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Schedule and reminders</source>
        <translation>Zeit&amp;plan und Erinnerungen</translation>
    </message>
    <message>
        <source>e.g. Walk 30 minutes</source>
        <translation>z. B. 30 Minuten spazieren gehen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Yes / no habit</source>
        <translation>Ja/Nein-Gewohnheit</translation>
    </message>
    <message>
        <source>Amount (with a unit)</source>
        <translation>Menge (mit Einheit)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>km, pages, glasses...</source>
        <translation>km, Seiten, Gläser …</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>in total (by the deadline)</source>
        <translation>insgesamt (bis zum Stichtag)</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>sum of the values</source>
        <translation>Summe der Werte</translation>
    </message>
    <message>
        <source>average of the days</source>
        <translation>Durchschnitt der Tage</translation>
    </message>
    <message>
        <source>last value (e.g. weight)</source>
        <translation>letzter Wert (z. B. Gewicht)</translation>
    </message>
    <message>
        <source>C&amp;ounts as:</source>
        <translation>Zä&amp;hlt als:</translation>
    </message>
    <message>
        <source>Pick a category or type a new one</source>
        <translation>Kategorie wählen oder neue eingeben</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>icon name</source>
        <translation>Symbolname</translation>
    </message>
    <message>
        <source>Co&amp;lor and icon:</source>
        <translation>Fa&amp;rbe und Symbol:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>A&amp;rchived (hidden from Today and the goal list)</source>
        <translation>Arch&amp;iviert (ausgeblendet in „Heute“ und in der Zielliste)</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>&amp;Erinnerungen:</translation>
    </message>
    <message>
        <source>Pick at least one weekday.</source>
        <translation>Mindestens einen Wochentag wählen.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it and save again.</source>
        <translation>Der Tresor ist gesperrt. Bitte entsperren und erneut speichern.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1: %2, %3% of the period&apos;s target, streak %4</source>
        <translation>%1: %2, %3% des Zielwerts im Zeitraum, Serie %4</translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation>Verschieben von %1</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>einem Ziel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation>Weitere Ziele</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>Bearbeite&amp;n...</translation>
    </message>
    <message>
        <source>Histor&amp;y...</source>
        <translation>&amp;Verlauf...</translation>
    </message>
    <message>
        <source>Progress of the current period</source>
        <translation>Fortschritt im aktuellen Zeitraum</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Beste Serie</translation>
    </message>
    <message>
        <source>Done 30 / 90 / 365 days</source>
        <translation>Erledigt (30 / 90 / 365 Tage)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einträge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Move record to the trash</source>
        <translation>Eintrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Milestones&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meilensteine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Add a milestone and press Enter</source>
        <translation>Meilenstein eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (verspätet)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Enter a value...</source>
        <translation>&amp;Wert eingeben...</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <source>&amp;Clear the day</source>
        <translation>Tag &amp;leeren</translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation>Abhaken von %1</translation>
    </message>
    <message>
        <source>skip of %1</source>
        <translation>Auslassen von %1</translation>
    </message>
    <message>
        <source>clearing of a day of %1</source>
        <translation>Leeren eines Tages von %1</translation>
    </message>
    <message>
        <source>deletion of a record</source>
        <translation>Löschen eines Eintrags</translation>
    </message>
    <message>
        <source>%1 — reached %2</source>
        <translation>%1 — erreicht am %2</translation>
    </message>
    <message>
        <source>new milestone %1</source>
        <translation>neuer Meilenstein %1</translation>
    </message>
    <message>
        <source>milestone %1 reached</source>
        <translation>Meilenstein %1 erreicht</translation>
    </message>
    <message>
        <source>milestone %1 reopened</source>
        <translation>Meilenstein %1 wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalSidebar</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>Ta&amp;gebuch</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Move goal up</source>
        <translation>Ziel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move goal down</source>
        <translation>Ziel nach unten verschieben</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Archivierte &amp;einblenden</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::HeatMap</name>
    <message>
        <source>Calendar of the last year</source>
        <translation>Kalender des letzten Jahres</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: covered by the frequency</source>
        <translation>%1: durch die Häufigkeit abgedeckt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: ausgelassen</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: verfehlt</translation>
    </message>
    <message>
        <source>%1: nothing recorded</source>
        <translation>%1: nichts erfasst</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation>Versionen, neueste zuerst</translation>
    </message>
    <message>
        <source>What this revision changed</source>
        <translation>Was diese Version geändert hat</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>restore of a version</source>
        <translation>Wiederherstellen einer Version</translation>
    </message>
    <message>
        <source>Restored. The history keeps every version, this one included.</source>
        <translation>Wiederhergestellt. Der Verlauf behält jede Version, auch diese.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalEditor</name>
    <message>
        <source>Day of the entry</source>
        <translation>Tag des Eintrags</translation>
    </message>
    <message>
        <source>Goal the entry is about</source>
        <translation>Ziel, um das es im Eintrag geht</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>walk, family</source>
        <translation>Spaziergang, Familie</translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation>Text des Eintrags (Markdown)</translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Hier schreiben. Markdown funktioniert: # Überschrift, **fett**, *kursiv*, - Listen, [Links](https://…)</translation>
    </message>
    <message>
        <source>Entry preview</source>
        <translation>Vorschau des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show the text rendered (Alt+P), and back</source>
        <translation>Den Text formatiert anzeigen (Alt+V) und zurück</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown):</source>
        <translation>Te&amp;xt (Markdown):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Sti&amp;mmung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>S&amp;chlagwörter:</translation>
    </message>
    <message>
        <source>No goal — a journal entry</source>
        <translation>Kein Ziel — ein Tagebucheintrag</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>(a goal not in the list)</source>
        <translation>(ein Ziel außerhalb der Liste)</translation>
    </message>
    <message>
        <source>A check-in stays with its goal.</source>
        <translation>Ein abgehakter Eintrag bleibt bei seinem Ziel.</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Neuer Eintrag für %1</translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation>Eintrag vom %1</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalFilterBar</name>
    <message>
        <source>Search the journal</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation>Tagebuch durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation>Einträge mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Show entries about this goal</source>
        <translation>Einträge zu diesem Ziel zeigen</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>Z&amp;wischen</translation>
    </message>
    <message>
        <source>Only entries from one day to another</source>
        <translation>Nur Einträge zwischen zwei Tagen</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>Schlagw&amp;ort:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>Zie&amp;l:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Without a goal</source>
        <translation>Ohne Ziel</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Zu %1</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalModel</name>
    <message>
        <source>Today — %1</source>
        <translation>Heute — %1</translation>
    </message>
    <message>
        <source>Yesterday — %1</source>
        <translation>Gestern — %1</translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation>abgehakt: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation>Stimmung %1/5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation>Eintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry for today (Ctrl+Shift+N)</source>
        <translation>Neuen Eintrag für heute beginnen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Move to t&amp;rash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Move the entry to the trash (Ctrl+Delete); Ctrl+Z takes it back</source>
        <translation>Eintrag in den Papierkorb verschieben (Strg+Entf); Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Ctrl+S save · Ctrl+Shift+N new · Ctrl+F search · Alt+P preview · Ctrl+Del trash</source>
        <translation>Strg+S Speichern · Strg+Umschalt+N Neu · Strg+F Suchen · Alt+V Vorschau · Strg+Entf Papierkorb</translation>
    </message>
    <message>
        <source>new journal entry</source>
        <translation>neuer Tagebucheintrag</translation>
    </message>
    <message>
        <source>edit of a journal entry</source>
        <translation>Bearbeiten eines Tagebucheintrags</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>journal entry to the trash</source>
        <translation>Tagebucheintrag in den Papierkorb</translation>
    </message>
    <message>
        <source>Moved to the trash (Ctrl+Z takes it back).</source>
        <translation>In den Papierkorb verschoben (Strg+Z holt ihn zurück).</translation>
    </message>
    <message>
        <source>Nothing in the journal matches “%1”.</source>
        <translation>Nichts im Tagebuch passt zu „%1“.</translation>
    </message>
    <message>
        <source>Entries matching “%1”, newest first:</source>
        <translation>Einträge mit „%1“, neueste zuerst:</translation>
    </message>
    <message>
        <source>No entries yet. Write one on the right and press Ctrl+S.</source>
        <translation>Noch keine Einträge. Rechts einen schreiben und Strg+S drücken.</translation>
    </message>
    <message>
        <source>No entries pass these filters.</source>
        <translation>Keine Einträge entsprechen diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::MainWindow</name>
    <message>
        <source>SelfTrack</source>
        <translation>SelfTrack</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>Rückgängigmachen oder Wiederholen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;New goal...</source>
        <translation>&amp;Neues Ziel...</translation>
    </message>
    <message>
        <source>&amp;Edit goal...</source>
        <translation>Ziel &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Verlauf...</translation>
    </message>
    <message>
        <source>&amp;Trash...</source>
        <translation>&amp;Papierkorb...</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Goals list</source>
        <translation>&amp;Zielliste</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>new goal %1</source>
        <translation>neues Ziel %1</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>Bearbeiten von %1</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>&amp;Jetzt sichern...</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Die geplante Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::MoodSelector</name>
    <message>
        <source>awful</source>
        <translation>furchtbar</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>okay</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>great</source>
        <translation>großartig</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of 5, %2</source>
        <translation>%1 von 5, %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Mood: %1 (keys 1-5, 0 for none)</source>
        <translation>Stimmung: %1 (Tasten 1–5, 0 für keine)</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::PassphraseChangeForm</name>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase &amp;ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Only the key that opens the vault is re-wrapped; your data stays as it is. There is no way to recover a lost passphrase.</source>
        <translation>Nur der Schlüssel, der den Tresor öffnet, wird neu verschlüsselt; die Daten bleiben, wie sie sind. Eine verlorene Passphrase lässt sich auf keine Weise wiederherstellen.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist falsch; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>Die Passphrase wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Mindestens %1 Zeichen verwenden.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The vault is busy or locked; try again in a moment.</source>
        <translation>Der Tresor ist beschäftigt oder gesperrt; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Die Passphrase wurde geändert. Ab jetzt gilt die neue.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::RecordsModel</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>edit of a record of %1</source>
        <translation>Bearbeiten eines Eintrags von %1</translation>
    </message>
    <message>
        <source>deletion of a record of %1</source>
        <translation>Löschen eines Eintrags von %1</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::ReminderEditor</name>
    <message>
        <source>%1 every day</source>
        <translation>%1 täglich</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>Erinnerung hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>E&amp;ntfernen</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::RestoreDialog</name>
    <message>
        <source>Made %1 by SelfTrack %2
On the device %3
Goals: %4, milestones: %5, categories: %6
Records: %7, journal entries: %8, revisions: %9
In the trash: %10</source>
        <translation>Angelegt %1 von SelfTrack %2
Auf dem Gerät %3
Ziele: %4, Meilensteine: %5, Kategorien: %6
Einträge: %7, Tagebucheinträge: %8, Versionen: %9
Im Papierkorb: %10</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Wä&amp;hlen...</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Chec&amp;k backup</source>
        <translation>Sicherung prü&amp;fen</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Restore into a &amp;new vault</source>
        <translation>In einen &amp;neuen Tresor wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Replace the current vault...</source>
        <translation>Aktuellen Tresor &amp;ersetzen...</translation>
    </message>
    <message>
        <source>The backup is complete and undamaged. It holds:</source>
        <translation>Die Sicherung ist vollständig und unbeschädigt. Sie enthält:</translation>
    </message>
    <message>
        <source>New vault &amp;folder:</source>
        <translation>Neuer Tresor&amp;ordner:</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <source>SelfTrack backups (*.selftrack-backup)</source>
        <translation>SelfTrack-Sicherungen (*.selftrack-backup)</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup.</source>
        <translation>Die Passphrase öffnet diese Sicherung nicht.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Diese Sicherung lässt sich nicht wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Replace the current vault</source>
        <translation>Aktuellen Tresor ersetzen</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with this backup? The vault is locked first. Your current vault is not deleted: it is kept in a folder beside it.</source>
        <translation>Den Tresor in %1 durch diese Sicherung ersetzen? Der Tresor wird zuerst gesperrt. Der aktuelle Tresor wird nicht gelöscht: Er bleibt in einem Ordner daneben erhalten.</translation>
    </message>
    <message>
        <source>Lock and replace</source>
        <translation>Sperren und ersetzen</translation>
    </message>
    <message>
        <source>The vault was not replaced: %1</source>
        <translation>Der Tresor wurde nicht ersetzt: %1</translation>
    </message>
    <message>
        <source>The vault now holds the backup; unlock it with the backup&apos;s passphrase. The previous vault is kept in %1.</source>
        <translation>Der Tresor enthält jetzt die Sicherung; mit der Passphrase der Sicherung entsperren. Der bisherige Tresor bleibt in %1 erhalten.</translation>
    </message>
    <message>
        <source>&amp;Open the restored vault</source>
        <translation>Wiederhergestellten Tresor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Restored into the new vault %1. It opens with the backup&apos;s passphrase.</source>
        <translation>In den neuen Tresor %1 wiederhergestellt. Er öffnet sich mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>Checking the database: %p%</source>
        <translation>Datenbank wird geprüft: %p%</translation>
    </message>
    <message>
        <source>Reading the backup: %p%</source>
        <translation>Sicherung wird gelesen: %p%</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::ScheduleEditor</name>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>On &amp;weekdays:</source>
        <translation>An &amp;Wochentagen:</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>times in</source>
        <translation>mal in</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::SecurityPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Nach Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert wird</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Sperren nach Leerlauf:</translation>
    </message>
    <message>
        <source>Lock when the scr&amp;een locks</source>
        <translation>Sperren, wenn der &amp;Bildschirm gesperrt wird</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Unlock the vault to change its settings.</source>
        <translation>Zum Ändern der Einstellungen des Tresors diesen zuerst entsperren.</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Sicherun&amp;gen</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TodayModel</name>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>%1 — not due today · streak %2</source>
        <translation>%1 — heute nicht fällig · Serie %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · streak %4</source>
        <translation>%1 — %2 · %3 · Serie %4</translation>
    </message>
    <message>
        <source>%1: %2, streak %3, strength %4%</source>
        <translation>%1: %2, Serie %3, Stärke %4%</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TodayPage</name>
    <message>
        <source>Goals today</source>
        <translation>Ziele für heute</translation>
    </message>
    <message>
        <source>No goals yet. Press Ctrl+N to add your first one.</source>
        <translation>Noch keine Ziele. Mit Strg+N das erste anlegen.</translation>
    </message>
    <message>
        <source>Value to log</source>
        <translation>Wert zum Eintragen</translation>
    </message>
    <message>
        <source>type a number, then Enter</source>
        <translation>Zahl eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Quick journal entry</source>
        <translation>Schneller Tagebucheintrag</translation>
    </message>
    <message>
        <source>A line for today&apos;s journal, then Enter</source>
        <translation>Eine Zeile fürs heutige Tagebuch, dann Enter</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>Tagebu&amp;ch:</translation>
    </message>
    <message>
        <source>Space: check in or take back · a number + Enter: log an amount · Ctrl+N: new goal · Ctrl+E: edit</source>
        <translation>Leertaste: abhaken oder zurücknehmen · Zahl + Enter: Menge eintragen · Strg+N: neues Ziel · Strg+E: bearbeiten</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>&amp;Value for %1:</source>
        <translation>&amp;Wert für %1:</translation>
    </message>
    <message>
        <source>&amp;Value for %1 (%2):</source>
        <translation>&amp;Wert für %1 (%2):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation>Abhaken von %1</translation>
    </message>
    <message>
        <source>taking back the check-in of %1</source>
        <translation>Zurücknehmen des Abhakens von %1</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Added to today&apos;s journal.</source>
        <translation>Zum heutigen Tagebuch hinzugefügt.</translation>
    </message>
    <message>
        <source>Type a number first.</source>
        <translation>Zuerst eine Zahl eingeben.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TrashDialog</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted items, newest first</source>
        <translation>Gelöschte Elemente, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete permanently...</source>
        <translation>&amp;Endgültig löschen...</translation>
    </message>
    <message>
        <source>&amp;Empty trash...</source>
        <translation>Papierkorb &amp;leeren...</translation>
    </message>
    <message>
        <source>%1: %2 (deleted %3)</source>
        <translation>%1: %2 (gelöscht am %3)</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>restore from the trash</source>
        <translation>Wiederherstellen aus dem Papierkorb</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;, its check-ins and milestones, and every earlier version of them for good? This cannot be undone.</source>
        <translation>„%1“, die zugehörigen Einträge und Meilensteine sowie alle früheren Versionen davon endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and every earlier version of it for good? This cannot be undone.</source>
        <translation>„%1“ und alle früheren Versionen davon endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n item(s) in the trash and every earlier version of them for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Element im Papierkorb und alle früheren Versionen davon endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Elemente im Papierkorb und alle früheren Versionen davon endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TrayIcon</name>
    <message numerus="yes">
        <source>SelfTrack: %n to do today</source>
        <translation>
            <numerusform>SelfTrack: %n offen für heute</numerusform>
            <numerusform>SelfTrack: %n offen für heute</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>More on Today...</source>
        <translation>Mehr unter Heute...</translation>
    </message>
    <message>
        <source>Nothing left for today</source>
        <translation>Für heute nichts mehr offen</translation>
    </message>
    <message>
        <source>SelfTrack is locked</source>
        <translation>SelfTrack ist gesperrt</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Could not check in %1: %2</source>
        <translation>%1 konnte nicht abgehakt werden: %2</translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation>Abhaken von %1</translation>
    </message>
    <message>
        <source>SelfTrack reminder</source>
        <translation>SelfTrack-Erinnerung</translation>
    </message>
    <message>
        <source>%1 is not done yet today.</source>
        <translation>%1 ist heute noch nicht erledigt.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Falsche Passphrase. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation>Der Tresor konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Zuerst die Passphrase eingeben.</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::VaultSettingsEditor</name>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Die Einstellung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>selftrack::ui::WelcomePage</name>
    <message>
        <source>Welcome to SelfTrack</source>
        <translation>Willkommen bei SelfTrack</translation>
    </message>
    <message>
        <source>Your goals, habits and journal stay on this computer, encrypted with a passphrase only you know. Choose it now to create your vault.</source>
        <translation>Ziele, Gewohnheiten und Tagebuch bleiben auf diesem Computer, verschlüsselt mit einer Passphrase, die niemand sonst kennt. Jetzt eine Passphrase wählen, um den Tresor zu erstellen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody, not even SelfTrack, can open the vault without it. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Eine verlorene Passphrase lässt sich auf keine Weise wiederherstellen.&lt;/b&gt; Niemand, nicht einmal SelfTrack, kann den Tresor ohne sie öffnen. Am besten aufschreiben und an einem sicheren Ort aufbewahren.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Tresorordner: %1</translation>
    </message>
    <message>
        <source>Start with &amp;sample data (a few goals and journal entries to try things on)</source>
        <translation>Mit Beispiel&amp;daten beginnen (ein paar Ziele und Tagebucheinträge zum Ausprobieren)</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;erstellen</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Mindestens %1 Zeichen verwenden.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The vault is busy; try again in a moment.</source>
        <translation>Der Tresor ist gerade beschäftigt; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Der Tresor konnte nicht erstellt werden: %1</translation>
    </message>
</context>
</TS>
