// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "core/domain/ContentStore.h"
#include "core/events/ContentEvents.h"
#include "core/vault/Vault.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace selftrack::test {

// A vault in a temporary folder with cheap KDF parameters, a ContentStore on it whose clock is
// fixed (it starts at `now` and advances one second per call), and every published ChangeSet
// recorded in `published`. Each test builds its own.
struct StoreFixture {
    QTemporaryDir tmp;
    std::unique_ptr<core::Vault> vault;
    core::ContentEvents events;
    std::unique_ptr<core::ContentStore> store;
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QList<core::ChangeSet> published;

    StoreFixture() {
        auto created = core::Vault::create(tmp.filePath(QStringLiteral("v")), pass("pw"), cheapKdf());
        REQUIRE(created);
        vault = std::move(*created);
        store = std::make_unique<core::ContentStore>(vault->database(), vault->deviceId(), [this] {
            now = now.addSecs(1);
            return now;
        });
        store->setEvents(&events);
        QObject::connect(&events, &core::ContentEvents::changed,
                         [this](const core::ChangeSet& changes) { published.append(changes); });
    }

    static core::Goal goal(const QString& title, QDate start = QDate(2026, 1, 1)) {
        core::Goal g;
        g.title = title;
        g.startDate = start;
        return g;
    }
    // A check-in of a check goal on `day` (status Done, value 1).
    static core::Record checkIn(const QString& goalId, QDate day) {
        core::Record r;
        r.goalId = goalId;
        r.day = day;
        r.value = 1.0;
        return r;
    }
    static core::Record entry(const QString& note, QDate day = QDate(2026, 2, 14), const QStringList& tags = {}) {
        core::Record r;
        r.day = day;
        r.note = note;
        r.tags = tags;
        return r;
    }
};

} // namespace selftrack::test
