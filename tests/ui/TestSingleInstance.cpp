// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"
#include "ui/SingleInstance.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using selftrack::test::uiApplication;
using selftrack::test::waitUntil;
using selftrack::ui::SingleInstance;

TEST_CASE("a second instance on the same vault asks the first to come forward", "[ui][instance]") {
    uiApplication();
    QTemporaryDir tmp;
    const QString vault = tmp.filePath(QStringLiteral("vault"));
    SingleInstance first(vault);
    REQUIRE_FALSE(first.anotherIsRunning()); // nobody there: it listens
    int raised = 0;
    QObject::connect(&first, &SingleInstance::activationRequested, [&] { ++raised; });

    SingleInstance second(vault);
    CHECK(second.socketName() == first.socketName());
    CHECK(second.anotherIsRunning());
    CHECK(waitUntil([&] { return raised == 1; }));

    // Another vault is another instance.
    SingleInstance elsewhere(tmp.filePath(QStringLiteral("other")));
    CHECK(elsewhere.socketName() != first.socketName());
    CHECK_FALSE(elsewhere.anotherIsRunning());
}
