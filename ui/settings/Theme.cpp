// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QVariant>
#include <QWidget>

namespace selftrack::ui {

namespace {
// Kept on the application object, so they live exactly as long as the state they describe.
constexpr auto kSystemStyle = "selftrack.systemStyle";
constexpr auto kAppearance = "selftrack.appearance";

void useStyle(const QString& name) {
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}
} // namespace

void Theme::apply(Appearance appearance) {
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    Q_ASSERT(app);
    if (!app->property(kSystemStyle).isValid())
        app->setProperty(kSystemStyle, QApplication::style()->name());
    switch (appearance) {
    case Appearance::System:
        useStyle(app->property(kSystemStyle).toString());
        QApplication::setPalette(QPalette()); // an empty palette: back to the platform's
        break;
    case Appearance::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Appearance::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    // QApplication tells the existing widgets only once exec() runs; tell them in any case (a
    // second notice is harmless: each widget just resolves its palette again).
    QEvent changed(QEvent::ApplicationPaletteChange);
    for (QWidget* widget : QApplication::allWidgets())
        QCoreApplication::sendEvent(widget, &changed);
    app->setProperty(kAppearance, key(appearance));
}

Theme::Appearance Theme::current() {
    const QCoreApplication* app = QCoreApplication::instance();
    return app ? fromKey(app->property(kAppearance).toString()) : Appearance::System;
}

QPalette Theme::lightPalette() {
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x1d, 0x1f));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette Theme::darkPalette() {
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x87);
    // windowText, button, light, dark, mid, text, brightText, base, window.
    QPalette p(text, QColor(0x36, 0x38, 0x3d), QColor(0x4a, 0x4d, 0x54), QColor(0x1c, 0x1d, 0x20),
               QColor(0x55, 0x58, 0x5f), text, QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x20, 0x23), window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x49));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa2));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xff));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x58));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

bool Theme::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x2a, 0x37);
}

QColor Theme::addedColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1e, 0x7e, 0x34);
}

QString Theme::key(Appearance appearance) {
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Appearance Theme::fromKey(const QString& key) {
    if (key == QLatin1String("light"))
        return Appearance::Light;
    if (key == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

} // namespace selftrack::ui
