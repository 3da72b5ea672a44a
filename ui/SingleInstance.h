// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace selftrack::ui {

// One window per vault and user: the first instance listens on a local socket named after the
// vault folder; a later one finds it, asks it to come to the front and should exit.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& vaultDirectory, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered (it was asked to raise its window); false when this
    // one is now the first and listens.
    bool anotherIsRunning();
    QString socketName() const { return m_name; }

Q_SIGNALS:
    // A later instance asked this one to show its window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace selftrack::ui
