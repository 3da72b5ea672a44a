// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace selftrack::ui {

namespace {

QString qmPath(const QString& language) {
    return QStringLiteral(":/i18n/selftrack_%1.qm").arg(language);
}

// The translators install() made are children of the application object with this name, so the
// next install() finds and replaces them.
constexpr auto kName = "selftrackTranslator";

QTranslator* makeTranslator() {
    auto* t = new QTranslator(QCoreApplication::instance());
    t->setObjectName(QLatin1String(kName));
    return t;
}

} // namespace

QStringList Translations::available() {
    QStringList out{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("selftrack_*.qm")});
    for (const QString& file : files)
        out.append(file.mid(10, file.size() - 13)); // selftrack_<code>.qm
    return out;
}

QString Translations::install(const QString& language) {
    const auto old =
        QCoreApplication::instance()->findChildren<QTranslator*>(QLatin1String(kName), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }

    QString chosen;
    const QStringList offered = available();
    if (!language.isEmpty())
        chosen = offered.contains(language) ? language : QString();
    else
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
            if (offered.contains(code)) {
                chosen = code;
                break;
            }
        }
    if (chosen.isEmpty() || chosen == QLatin1String("en"))
        return QStringLiteral("en");

    auto* app = makeTranslator();
    if (!app->load(qmPath(chosen))) {
        delete app;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    auto* qt = makeTranslator();
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt; // Qt's own texts stay English where its translations are not installed
    }
    return chosen;
}

} // namespace selftrack::ui
