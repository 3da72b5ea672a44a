// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ExportWriter.h"

#include "server/JsonViews.h"

#include <QDate>
#include <QJsonDocument>

namespace selftrack::server {

namespace {

std::string compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

const char* sectionName(int section) {
    static const char* const kNames[] = {"", "sessions", "revisions", "tombstones", "request_counts"};
    return kNames[section];
}

} // namespace

bool ExportWriter::emit(const std::string& text) {
    m_bytes += text.size();
    return m_write(text);
}

bool ExportWriter::account(const Account& account) {
    QJsonObject view = accountJson(account);
    view.insert(QStringLiteral("seq_head"), static_cast<qint64>(account.seqHead));
    const std::string head = R"({"format":"selftrack-server-export","version":1,"exported_at":)" +
                             std::to_string(m_exportedAt) + R"(,"account":)" + compact(view);
    return emit(head);
}

bool ExportWriter::element(Section target, const std::string& element) {
    std::string text;
    while (m_section < target) {
        if (m_section != Section::None)
            text += "]";
        m_section = static_cast<Section>(static_cast<int>(m_section) + 1);
        if (m_section == Section::Done)
            break;
        text += ",\"" + std::string(sectionName(static_cast<int>(m_section))) + "\":[";
        m_first = true;
    }
    if (!element.empty()) {
        text += (m_first ? "" : ",") + element;
        m_first = false;
    }
    return emit(text);
}

bool ExportWriter::session(const Session& session) {
    return element(Section::Sessions, compact(sessionJson(session, {})));
}

bool ExportWriter::revision(const StoredRevision& revision) {
    return element(Section::Revisions, compact(revisionJson(revision, true)));
}

bool ExportWriter::tombstone(const Tombstone& tombstone) {
    return element(Section::Tombstones, compact(tombstoneJson(tombstone)));
}

bool ExportWriter::requestCount(const RequestCount& count) {
    const QDate day = QDate(1970, 1, 1).addDays(count.day);
    return element(Section::RequestCounts,
                   compact(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                       {QStringLiteral("count"), static_cast<qint64>(count.count)}}));
}

bool ExportWriter::finish() {
    return element(Section::Done, std::string()) && emit("}");
}

} // namespace selftrack::server
