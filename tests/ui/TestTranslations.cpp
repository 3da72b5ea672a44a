// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSupport.h"
#include "core/vault/VaultSession.h"
#include "ui/Translations.h"
#include "ui/vault/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

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

TEST_CASE("the Edit menu names the edit to undo in the language of the app", "[ui][translations][undo]") {
    uiApplication();
    {
        QUndoStack stack;
        QAction* undo = stack.createUndoAction(&stack);
        stack.push(new QUndoCommand(QStringLiteral("check-in of Walk")));
        CHECK(undo->text() == QStringLiteral("Undo check-in of Walk"));
    }
    // Qt's own texts follow the app's language (Qt's translations are installed with it); the
    // action takes its template when it is made, as the window's are after install().
    REQUIRE(ui::Translations::install(QStringLiteral("de")) == QStringLiteral("de"));
    QUndoStack stack;
    QAction* undo = stack.createUndoAction(&stack);
    stack.push(new QUndoCommand(QStringLiteral("Abhaken von Laufen")));
    const QString german =
        QCoreApplication::translate("QUndoStack", "Undo %1").arg(QStringLiteral("Abhaken von Laufen"));
    CHECK(german.contains(QStringLiteral("rückgängig"), Qt::CaseInsensitive));
    CHECK(undo->text() == german);
    ui::Translations::install(QStringLiteral("en"));
}
