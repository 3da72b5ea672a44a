<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DiffView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No changes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed (too long to compare line by line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalCharts</name>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of each period with the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habit strength over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days done per weekday in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalEditor</name>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Walk 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (with a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km, pages, glasses...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in total (by the deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last value (e.g. weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounts as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a category or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lor and icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchived (hidden from Today and the goal list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3% of the period&apos;s target, streak %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done 30 / 90 / 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Records&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move record to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Milestones&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a milestone and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a value...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing of a day of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reached %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone %1 reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::GoalSidebar</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::HeatMap</name>
    <message>
        <source>Calendar of the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: covered by the frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this revision changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore of a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The history keeps every version, this one included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalEditor</name>
    <message>
        <source>Day of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal the entry is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here. Markdown works: # heading, **bold**, *italic*, - lists, [links](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text rendered (Alt+P), and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal — a journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a goal not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in stays with its goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalFilterBar</name>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries about this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from one day to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalModel</name>
    <message>
        <source>Today — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry for today (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to t&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the entry to the trash (Ctrl+Delete); Ctrl+Z takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S save · Ctrl+Shift+N new · Ctrl+F search · Alt+P preview · Ctrl+Del trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of a journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash (Ctrl+Z takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the journal matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries matching “%1”, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet. Write one on the right and press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries pass these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::MainWindow</name>
    <message>
        <source>SelfTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::MoodSelector</name>
    <message>
        <source>awful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: %1 (keys 1-5, 0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::RecordsModel</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of a record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of a record of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::ReminderEditor</name>
    <message>
        <source>%1 every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::ScheduleEditor</name>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;weekdays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TodayModel</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not due today · streak %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · streak %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, streak %3, strength %4%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TodayPage</name>
    <message>
        <source>Goals today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Press Ctrl+N to add your first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line for today&apos;s journal, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: check in or take back · a number + Enter: log an amount · Ctrl+N: new goal · Ctrl+E: edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking back the check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to today&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::TrashDialog</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted items, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete permanently...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty trash...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (deleted %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;, its check-ins and milestones, and every earlier version of them for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and every earlier version of it for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n item(s) in the trash and every earlier version of them for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>selftrack::ui::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftrack::ui::WelcomePage</name>
    <message>
        <source>Welcome to SelfTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goals, habits and journal stay on this computer, encrypted with a passphrase only you know. Choose it now to create your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody, not even SelfTrack, can open the vault without it. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &amp;sample data (a few goals and journal entries to try things on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
