// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Category.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/history/ItemLabel.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {

std::string label(ItemType type, const QJsonObject& content) {
    return ItemLabel::of(type, content).toStdString();
}

Record record(const QString& note, std::optional<double> value = std::nullopt,
              RecordStatus status = RecordStatus::Done) {
    Record r;
    r.goalId = QStringLiteral("g1");
    r.day = QDate(2026, 2, 1);
    r.note = note;
    r.value = value;
    r.status = status;
    return r;
}

} // namespace

TEST_CASE("goals, milestones and categories are named by their title or name", "[core][history][label]") {
    Goal g;
    g.title = QStringLiteral("  Run   5k ");
    CHECK(label(ItemType::Goal, g.toJson()) == "Run 5k");
    Milestone m;
    m.title = QStringLiteral("10 km");
    CHECK(label(ItemType::Milestone, m.toJson()) == "10 km");
    Category c;
    c.name = QStringLiteral("Health");
    CHECK(label(ItemType::Category, c.toJson()) == "Health");
    CHECK(label(ItemType::Goal, QJsonObject()) == "(untitled)");
    g.title = QString(120, QLatin1Char('x'));
    const QString cut = ItemLabel::of(ItemType::Goal, g.toJson());
    CHECK(cut.size() == ItemLabel::kMaxChars);
    CHECK(cut.endsWith(QStringLiteral("...")));
}

TEST_CASE("a record is named by its text, else its value, else its status, and its day", "[core][history][label]") {
    CHECK(label(ItemType::Record, record(QStringLiteral("Ran by the river\nthen home"), 5.0).toJson()) ==
          "Ran by the river (2026-02-01)");
    CHECK(label(ItemType::Record, record(QStringLiteral("\n\n## Monday  \nrest")).toJson()) == "Monday (2026-02-01)");
    CHECK(label(ItemType::Record, record(QString(), 5.5).toJson()) == "5.5 (2026-02-01)");
    CHECK(label(ItemType::Record, record(QString(), -0.4).toJson()) == "-0.4 (2026-02-01)");
    CHECK(label(ItemType::Record, record(QString(), std::nullopt, RecordStatus::Skipped).toJson()) ==
          "skipped (2026-02-01)");
    CHECK(label(ItemType::Record, record(QString(), std::nullopt, RecordStatus::Failed).toJson()) ==
          "failed (2026-02-01)");
    CHECK(label(ItemType::Record, record(QString()).toJson()) == "done (2026-02-01)");
    // A long first line is cut to 80 characters before the day.
    const QString longNote = QString(200, QLatin1Char('w'));
    const QString cut = ItemLabel::of(ItemType::Record, record(longNote).toJson());
    CHECK(cut.size() == ItemLabel::kMaxChars + 13);
    CHECK(cut.endsWith(QStringLiteral("... (2026-02-01)")));
    // A million-character note costs no more than reading its first line.
    CHECK(ItemLabel::of(ItemType::Record,
                        record(QStringLiteral("short\n") + QString(1000000, QLatin1Char('z'))).toJson()) ==
          QStringLiteral("short (2026-02-01)"));
}

TEST_CASE("shortening never splits a surrogate pair", "[core][history][label]") {
    const QString smiley = QString::fromUtf8("\xF0\x9F\x98\x80"); // two UTF-16 units
    const QString text = QStringLiteral("ab") + smiley + QStringLiteral("cdef");
    const QString cut = ItemLabel::shorten(text, 6); // cut after 3 units would split the pair
    CHECK(cut == QStringLiteral("ab..."));
    CHECK(ItemLabel::shorten(QStringLiteral("short"), 80) == QStringLiteral("short"));
}
