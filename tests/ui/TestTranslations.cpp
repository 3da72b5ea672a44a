// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"
#include "core/vault/VaultSession.h"
#include "ui/Translations.h"
#include "ui/vault/WelcomePage.h"

#include <QLabel>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace selftrack;
using test::uiApplication;

TEST_CASE("the app is translated into German and back to English", "[ui][translations]") {
    uiApplication();
    CHECK(ui::Translations::available().contains(QStringLiteral("de")));
    CHECK(ui::Translations::available().contains(QStringLiteral("en")));

    REQUIRE(ui::Translations::install(QStringLiteral("de")) == QStringLiteral("de"));
    {
        core::VaultSession session;
        ui::WelcomePage page(session, QStringLiteral("vault"), core::Argon2Params{});
        auto* create = page.findChild<QPushButton*>(QStringLiteral("create"));
        REQUIRE(create);
        CHECK(create->text() != QStringLiteral("&Create vault"));
        CHECK_FALSE(create->text().isEmpty());
        CHECK(page.findChild<QLabel*>(QStringLiteral("warning"))->text() !=
              QStringLiteral("<b>There is no way to recover a lost passphrase.</b> Nobody, not even SelfTrack, "
                             "can open the vault without it. Write it down and keep it somewhere safe."));
    }

    // Back to the source language; an unknown one falls back to it too.
    CHECK(ui::Translations::install(QStringLiteral("en")) == QStringLiteral("en"));
    {
        core::VaultSession session;
        ui::WelcomePage page(session, QStringLiteral("vault"), core::Argon2Params{});
        CHECK(page.findChild<QPushButton*>(QStringLiteral("create"))->text() == QStringLiteral("&Create vault"));
    }
    CHECK(ui::Translations::install(QStringLiteral("tlh")) == QStringLiteral("en"));
}
