// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace selftrack::app {

// Collects a command's result in both forms and prints the one asked for: exactly one JSON
// document with --json, else short human lines. Nothing reaches stdout before print(), so a
// failing command prints only its error (on stderr).
class OutputWriter {
public:
    explicit OutputWriter(bool json = false) : m_json(json) {}

    void setJsonMode(bool json) { m_json = json; }
    bool jsonMode() const { return m_json; }

    void setJson(QJsonValue document) { m_document = std::move(document); }
    void line(const QString& text = {});
    // Rows whose columns are padded to the widest cell (the last column is not padded).
    void table(const QList<QStringList>& rows);
    // The rows padded to aligned columns (what table() prints), for output that interleaves them.
    static QStringList alignedLines(const QList<QStringList>& rows);

    void print() const;
    static void printText(const QString& text); // straight to stdout (help, version)
    static void printError(const QString& message);

private:
    bool m_json = false;
    QJsonValue m_document;
    QStringList m_lines;
};

} // namespace selftrack::app
