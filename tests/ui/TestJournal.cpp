// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/journal/JournalEditor.h"
#include "ui/journal/JournalFilterBar.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/MoodSelector.h"
#include "ui/undo/EditHistory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshot;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

// An unlocked vault in a temporary folder (cheap KDF) and a journal page on it, shown.
struct JournalFixture {
    QTemporaryDir tmp;
    core::VaultSession session{core::fixedClock(kNow)};
    ui::EditHistory history{session};
    std::unique_ptr<ui::JournalPage> page;

    JournalFixture() {
        uiApplication();
        REQUIRE(session.create(tmp.filePath(QStringLiteral("vault")), test::pass("passphrase!"), test::cheapKdf()));
        REQUIRE(waitUntil([&] { return session.isUnlocked(); }));
        page = std::make_unique<ui::JournalPage>(session, &history);
        page->resize(1040, 700);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
    ~JournalFixture() { page.reset(); }

    core::ContentStore& store() { return **session.store(); }
    template <typename T> T* find(const char* name) const {
        auto* widget = page->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }
    ui::JournalModel& model() const { return *page->model(); }
    core::Goal addGoal(const QString& title) {
        core::Goal g;
        g.title = title;
        g.startDate = QDate(2026, 1, 1);
        auto added = store().addGoal(g);
        REQUIRE(added);
        return *added;
    }
    core::Record addEntry(const QString& note, QDate day, const QStringList& tags = {}, const QString& goalId = {},
                          std::optional<int> mood = std::nullopt) {
        core::Record r;
        r.note = note;
        r.day = day;
        r.time = QTime(8, 15);
        r.tags = tags;
        r.goalId = goalId;
        r.mood = mood;
        auto added = store().addRecord(r);
        REQUIRE(added);
        return *added;
    }
    // A few days of entries for the views and screenshots.
    void addSampleEntries(const core::Goal& run) {
        addEntry(QStringLiteral("Slept badly, but the **morning walk** by the lake helped."), QDate(2026, 3, 2),
                 {QStringLiteral("walk"), QStringLiteral("sleep")}, {}, 3);
        addEntry(QStringLiteral("# Long run\nTen kilometres along the river, knees fine."), QDate(2026, 3, 1),
                 {QStringLiteral("running")}, run.id, 5);
        addEntry(QStringLiteral("Dinner with the family, then a short walk around the lake."), QDate(2026, 3, 1),
                 {QStringLiteral("family"), QStringLiteral("walk")}, {}, 4);
        addEntry(QStringLiteral("Rainy day. Read two chapters and cooked soup."), QDate(2026, 2, 27), {}, {}, 2);
        addEntry(QStringLiteral("Skipped the run: sore calf. Stretching instead."), QDate(2026, 2, 26), {}, run.id);
    }

    QStringList shownIds() const {
        QStringList ids;
        for (int row = 0; row < model().rowCount(); ++row)
            if (const core::Record* r = model().entryAt(row))
                ids.append(r->id);
        return ids;
    }
};

QStringList idsOf(const QList<core::Record>& records) {
    QStringList ids;
    for (const core::Record& r : records)
        ids.append(r.id);
    return ids;
}

// Every string any widget of `root` shows (labels, fields, combo items, lists' rows).
QStringList visibleText(QWidget& root) {
    QStringList out;
    for (auto* label : root.findChildren<QLabel*>())
        out.append(label->text());
    for (auto* edit : root.findChildren<QLineEdit*>())
        out.append(edit->text());
    for (auto* edit : root.findChildren<QPlainTextEdit*>())
        out.append(edit->toPlainText());
    for (auto* browser : root.findChildren<QTextBrowser*>())
        out.append(browser->toPlainText());
    for (auto* combo : root.findChildren<QComboBox*>())
        for (int i = 0; i < combo->count(); ++i)
            out.append(combo->itemText(i));
    for (auto* list : root.findChildren<QListView*>())
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out.append(list->model()->index(row, 0).data().toString());
    return out;
}

bool anyContains(const QStringList& texts, const QString& needle) {
    return std::any_of(texts.begin(), texts.end(), [&](const QString& t) { return t.contains(needle); });
}
} // namespace

TEST_CASE("an entry written with the keyboard is saved through core with its fields, and previews as Markdown",
          "[ui][journal]") {
    JournalFixture f;
    const core::Goal run = f.addGoal(QStringLiteral("Run"));
    QAbstractItemModelTester tester(&f.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the paging is driven by the test and the view
    f.page->activate();
    auto* text = f.find<QPlainTextEdit>("entryText");
    REQUIRE(text->hasFocus()); // activate() goes straight to writing

    QTest::keyClicks(text, QStringLiteral("# Morning"));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("Walked by the **lake** before work."));
    // Shift+Tab walks back through the fields: tags, mood, goal.
    QTest::keyClick(text, Qt::Key_Backtab);
    auto* tags = f.find<QLineEdit>("entryTags");
    REQUIRE(tags->hasFocus());
    QTest::keyClicks(tags, QStringLiteral("Walk, #Morning"));
    QTest::keyClick(tags, Qt::Key_Backtab);
    auto* mood = f.find<ui::MoodSelector>("entryMood");
    REQUIRE(mood->hasFocus());
    QTest::keyClick(mood, Qt::Key_4);
    CHECK(mood->mood() == 4);
    QTest::keyClick(mood, Qt::Key_Backtab);
    auto* goal = f.find<QComboBox>("entryGoal");
    REQUIRE(goal->hasFocus());
    QTest::keyClick(goal, Qt::Key_Down); // from "No goal" to Run
    CHECK(goal->currentData().toString() == run.id);
    CHECK(f.page->editor()->isModified());

    QTest::keyClick(goal, Qt::Key_S, Qt::ControlModifier);
    auto saved = f.store().journal({}, 0);
    REQUIRE(saved);
    REQUIRE(saved->hits.size() == 1);
    const core::Record entry = saved->hits.first();
    CHECK(entry.note == QStringLiteral("# Morning\n\nWalked by the **lake** before work."));
    CHECK(entry.tags == QStringList{QStringLiteral("morning"), QStringLiteral("walk")});
    CHECK(entry.mood == 4);
    CHECK(entry.goalId == run.id);
    CHECK_FALSE(entry.value); // a note about the goal, not a check-in
    CHECK(entry.day == kNow.toLocalTime().date());
    CHECK(f.page->currentItemId() == entry.id);
    CHECK_FALSE(f.page->editor()->isModified());
    CHECK(f.history.stack()->count() == 1);
    // The timeline shows it under its day, selected.
    REQUIRE(f.model().rowCount() == 2);
    CHECK(f.model().data(f.model().index(0, 0), ui::JournalModel::RowKindRole).toInt() ==
          static_cast<int>(ui::JournalModel::RowKind::Day));
    CHECK(f.model().entryAt(1)->id == entry.id);
    CHECK(f.find<QListView>("journalList")->currentIndex().row() == 1);
    CHECK(f.model().index(1, 0).data(ui::JournalModel::DetailsRole).toString().contains(QStringLiteral("about Run")));
    // The list shows the text without its markup, heading and paragraph on one line.
    CHECK(f.model().index(1, 0).data(ui::JournalModel::ExcerptRole).toString() ==
          QStringLiteral("Morning — Walked by the lake before work."));

    // Alt+P shows the rendered text: a level-1 heading and bold "lake".
    QTest::keyClick(f.page.get(), Qt::Key_P, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return f.page->editor()->isPreviewShown(); })); // a mnemonic clicks animated
    QTextDocument* preview = f.page->editor()->previewDocument();
    const QTextBlock heading = preview->firstBlock();
    CHECK(heading.text() == QStringLiteral("Morning"));
    CHECK(heading.blockFormat().headingLevel() == 1);
    bool boldLake = false;
    for (QTextBlock block = preview->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().text() == QStringLiteral("lake"))
                boldLake = it.fragment().charFormat().fontWeight() == QFont::Bold;
    CHECK(boldLake);
    CHECK_FALSE(preview->toPlainText().contains(QLatin1Char('#')));
    f.addEntry(QStringLiteral("Dinner with the family, then a short walk around the lake."), QDate(2026, 3, 1),
               {QStringLiteral("family"), QStringLiteral("walk")}, {}, 4);
    f.addEntry(QStringLiteral("Rainy day. Read two chapters and cooked soup."), QDate(2026, 2, 27), {}, {}, 2);
    saveScreenshots(*f.page, QStringLiteral("journal-preview"));
    QTest::keyClick(f.page.get(), Qt::Key_P, Qt::AltModifier);
    CHECK(waitUntil([&] { return !f.page->editor()->isPreviewShown(); }));
}

TEST_CASE("the search box shows results as you type and the filters narrow the timeline", "[ui][journal]") {
    JournalFixture f;
    const core::Goal run = f.addGoal(QStringLiteral("Run"));
    f.addSampleEntries(run);
    QAbstractItemModelTester tester(&f.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the paging is driven by the test and the view
    f.page->activate();
    const QStringList everything = idsOf(f.store().journal({}, 0)->hits);
    REQUIRE(everything.size() == 5);
    REQUIRE(f.shownIds() == everything);
    saveScreenshots(*f.page, QStringLiteral("journal"));

    // Search: a word typed halfway finds both lake entries once the typing pauses.
    auto* search = f.find<QLineEdit>("journalSearch");
    QTest::keyClick(f.page.get(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("lak"));
    REQUIRE(waitUntil([&] { return f.model().isSearching(); }));
    core::JournalFilter any;
    const QStringList lake = idsOf(f.store().searchJournal(QStringLiteral("lak*"), any, 0)->hits);
    REQUIRE(lake.size() == 2);
    CHECK(f.shownIds() == lake);
    auto* list = f.find<QListView>("journalList");
    for (const QString& id : lake) {
        const QRect shown = list->visualRect(f.model().index(f.model().rowOf(id), 0));
        CHECK(list->viewport()->rect().intersects(shown));
    }
    CHECK(f.find<QLabel>("journalStatus")->text().contains(QStringLiteral("lak")));
    saveScreenshot(*f.page, QStringLiteral("journal-search"));
    QTest::keyClicks(search, QStringLiteral("e famil"));
    REQUIRE(waitUntil([&] { return f.shownIds().size() == 1; }));
    CHECK(f.model().entryAt(1)->tags.contains(QStringLiteral("family")));
    QTest::keyClicks(search, QStringLiteral("y"));
    REQUIRE(waitUntil([&] { return f.model().searchText() == QStringLiteral("lake family"); }));
    QTest::keyClicks(search, QStringLiteral(" nothingsuch"));
    REQUIRE(waitUntil([&] { return f.model().entryCount() == 0; }));
    CHECK(f.find<QLabel>("journalStatus")->text().contains(QStringLiteral("Nothing")));
    // Escape clears the box and the timeline is back.
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    REQUIRE(waitUntil([&] { return !f.model().isSearching(); }));
    CHECK(f.shownIds() == everything);

    // By tag.
    auto* tagFilter = f.find<QComboBox>("tagFilter");
    const int walkItem = tagFilter->findData(QStringLiteral("walk"));
    REQUIRE(walkItem > 0);
    tagFilter->setCurrentIndex(walkItem);
    core::JournalFilter walk;
    walk.tag = QStringLiteral("walk");
    CHECK(f.shownIds() == idsOf(f.store().journal(walk, 0)->hits));
    CHECK(f.shownIds().size() == 2);
    tagFilter->setCurrentIndex(0);
    CHECK(f.shownIds() == everything);

    // By goal, and entries without one.
    auto* goalFilter = f.find<QComboBox>("goalFilter");
    goalFilter->setCurrentIndex(goalFilter->findData(run.id));
    REQUIRE(f.shownIds().size() == 2);
    for (int row = 0; row < f.model().rowCount(); ++row)
        if (const core::Record* r = f.model().entryAt(row))
            CHECK(r->goalId == run.id);
    // A new entry written while filtered to a goal is about that goal.
    QTest::keyClick(f.page.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.page->editor()->record().goalId == run.id);
    goalFilter->setCurrentIndex(1);
    CHECK(f.shownIds().size() == 3);
    goalFilter->setCurrentIndex(0);

    // By days (inclusive), with the search on top.
    f.find<QDateEdit>("fromDay")->setDate(QDate(2026, 2, 27));
    f.find<QDateEdit>("toDay")->setDate(QDate(2026, 3, 1));
    f.find<QCheckBox>("dateFilter")->setChecked(true);
    CHECK(f.shownIds().size() == 3);
    QTest::keyClicks(search, QStringLiteral("walk"));
    REQUIRE(waitUntil([&] { return f.model().isSearching(); }));
    REQUIRE(f.shownIds().size() == 1);
    CHECK(f.model().entryAt(1)->day == QDate(2026, 3, 1));
    search->clear();
    f.find<QCheckBox>("dateFilter")->setChecked(false);
    CHECK(f.shownIds() == everything);

    // The same page with an entry open, light and dark.
    f.page->openRow(f.model().rowOf(everything.at(1)));
    saveScreenshots(*f.page, QStringLiteral("journal-entry"));
}

TEST_CASE("the timeline loads a page at a time, without repeats, as it scrolls", "[ui][journal]") {
    JournalFixture f;
    REQUIRE(f.store().batch([&]() -> core::Status {
        for (int i = 0; i < 250; ++i) {
            core::Record r;
            r.note = QStringLiteral("entry %1").arg(i);
            r.day = QDate(2026, 3, 2).addDays(-(i / 3)); // three a day
            r.time = QTime(20 - i % 3, 0);
            if (auto added = f.store().addRecord(r); !added)
                return std::unexpected(added.error());
        }
        return {};
    }));
    const QStringList all = idsOf(f.store().journal({}, 0)->hits);
    REQUIRE(all.size() == 250);

    ui::JournalModel model(f.session);
    REQUIRE(model.pageSize() == ui::JournalModel::kDefaultPageSize);
    CHECK(model.entryCount() == 50);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.entryCount() == 100);
    QStringList shown;
    QSet<QDate> headers;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (const core::Record* r = model.entryAt(row))
            shown.append(r->id);
        else {
            const QDate day = model.index(row, 0).data(ui::JournalModel::DayRole).toDate();
            CHECK_FALSE(headers.contains(day)); // one header per day
            headers.insert(day);
        }
    }
    CHECK(shown == all.mid(0, 100)); // in order, nothing twice, nothing skipped at the page boundary
    CHECK(headers.size() == 34);     // days 0..33 (the 100th entry opens day 33)
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.entryCount() == 250);
    QStringList every;
    for (int row = 0; row < model.rowCount(); ++row)
        if (const core::Record* r = model.entryAt(row))
            every.append(r->id);
    CHECK(every == all);

    // A change reloads what was loaded, the new entry on top; the tester checks the model's
    // signals through it.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    const core::Record more = f.addEntry(QStringLiteral("one more"), QDate(2026, 3, 2)); // at 8:15, after 18:00
    CHECK(model.rowOf(more.id) == 4);
    CHECK(model.entryCount() >= 250);

    // The page's list loads more only when scrolled to the end.
    f.page->activate();
    auto* list = f.find<QListView>("journalList");
    REQUIRE(f.model().entryCount() == 50);
    list->scrollToBottom();
    REQUIRE(waitUntil([&] { return f.model().entryCount() > 50; }));
    CHECK(f.model().entryCount() < 251);
}

TEST_CASE("journal edits undo through the history, and locking leaves nothing of the vault on screen",
          "[ui][journal]") {
    JournalFixture f;
    const core::Goal run = f.addGoal(QStringLiteral("Run"));
    f.addSampleEntries(run);
    QAbstractItemModelTester tester(&f.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the paging is driven by the test and the view
    f.page->activate();
    const core::Record rainy = f.store().journal({}, 0)->hits.at(3);
    REQUIRE(rainy.note.startsWith(QStringLiteral("Rainy")));

    // Pick it with the keyboard: the list, Down to the fourth entry (headers are skipped).
    auto* list = f.find<QListView>("journalList");
    list->setFocus();
    list->setCurrentIndex(f.model().index(1, 0));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(f.page->currentItemId() == rainy.id);
    QTest::keyClick(list, Qt::Key_Return); // to the text
    auto* text = f.find<QPlainTextEdit>("entryText");
    REQUIRE(text->hasFocus());
    CHECK(text->toPlainText() == rainy.note);
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral(" Tomato."));
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    CHECK(f.store().record(rainy.id)->note == rainy.note + QStringLiteral(" Tomato."));
    REQUIRE(f.history.stack()->count() == 1);

    // Undo: core's record is back, and so is the editor.
    f.history.stack()->undo();
    CHECK(f.store().record(rainy.id)->note == rainy.note);
    CHECK(text->toPlainText() == rainy.note);
    CHECK_FALSE(f.page->editor()->isModified());
    f.history.stack()->redo();
    CHECK(f.store().record(rainy.id)->note == rainy.note + QStringLiteral(" Tomato."));

    // Choosing another entry saves the one being edited.
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(text, QStringLiteral(" Bread."));
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(f.store().record(rainy.id)->note.endsWith(QStringLiteral("Bread.")));
    CHECK(f.page->currentItemId() != rainy.id);
    CHECK(f.history.stack()->count() == 2);

    // To the trash with Ctrl+Delete, and back with undo.
    const QString trashed = f.page->currentItemId();
    QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(f.store().record(trashed)->deleted);
    CHECK_FALSE(f.shownIds().contains(trashed));
    CHECK(f.page->currentItemId() != trashed);
    f.history.stack()->undo();
    CHECK_FALSE(f.store().record(trashed)->deleted);
    CHECK(f.shownIds().contains(trashed));

    // An entry core refuses (no text, no goal) is not saved and its reason is shown.
    QTest::keyClick(f.page.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(text, QStringLiteral("   "));
    CHECK_FALSE(f.page->save());
    CHECK_FALSE(f.find<QLabel>("problem")->text().isEmpty());
    QTest::keyClick(text, Qt::Key_Delete, Qt::ControlModifier); // a draft is just dropped
    CHECK_FALSE(f.page->editor()->isModified());
    CHECK(text->toPlainText().isEmpty());

    // Lock: nothing of the vault stays in the model or on screen.
    QTest::keyClicks(f.find<QLineEdit>("journalSearch"), QStringLiteral("lake"));
    REQUIRE(waitUntil([&] { return f.model().isSearching(); }));
    f.page->openRow(f.model().rowOf(f.shownIds().first()));
    f.session.lock();
    CHECK(f.model().rowCount() == 0);
    CHECK_FALSE(f.model().isSearching());
    CHECK_FALSE(f.page->editor()->isEnabled());
    const QStringList shown = visibleText(*f.page);
    for (const char* secret : {"lake", "Rainy", "Run", "walk", "family", "Tomato", "Morning"}) {
        INFO(secret);
        CHECK_FALSE(anyContains(shown, QString::fromLatin1(secret)));
    }
    CHECK(f.page->currentItemId().isEmpty());
}
