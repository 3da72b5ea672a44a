// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/OutputWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace selftrack::app {

void OutputWriter::line(const QString& text) {
    m_lines.append(text);
}

QStringList OutputWriter::alignedLines(const QList<QStringList>& rows) {
    QList<qsizetype> widths;
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c)
            text += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        lines.append(text);
    }
    return lines;
}

void OutputWriter::table(const QList<QStringList>& rows) {
    m_lines.append(alignedLines(rows));
}

void OutputWriter::print() const {
    if (m_json) {
        QJsonDocument doc =
            m_document.isArray() ? QJsonDocument(m_document.toArray()) : QJsonDocument(m_document.toObject());
        std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    } else if (!m_lines.isEmpty()) {
        std::fputs((m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8().constData(), stdout);
    }
    std::fflush(stdout);
}

void OutputWriter::printText(const QString& text) {
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void OutputWriter::printError(const QString& message) {
    std::fputs(QStringLiteral("selftrack-cli: %1\n").arg(message).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace selftrack::app
