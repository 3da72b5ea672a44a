// SPDX-License-Identifier: GPL-3.0-or-later
// parsePush (declared in RequestParser.h): the sync push body.
#include "server/protocol/JsonReader.h"
#include "server/protocol/RequestParser.h"

namespace selftrack::server {

namespace {

constexpr qsizetype kUuidLength = 36;

std::optional<std::string> readUuid(JsonReader& reader, const char* name) {
    const auto text = reader.string(name, true, kUuidLength);
    if (!text)
        return std::nullopt;
    std::string value = text->toStdString();
    if (!isCanonicalUuid(value)) {
        reader.error(name, "must be a lower-case canonical UUID");
        return std::nullopt;
    }
    return value;
}

// One entry of "revisions"; nullopt when it has errors (recorded in `errors`). Sets `tooLarge`
// when only the envelope size is wrong, so the caller can answer 413.
std::optional<PushedRevision> readRevision(const QJsonValue& value, const std::string& path,
                                           std::vector<FieldError>& errors, bool& tooLarge) {
    if (!value.isObject()) {
        errors.push_back({path, "must be an object"});
        return std::nullopt;
    }
    const std::size_t before = errors.size();
    JsonReader reader(value.toObject(), path, errors);
    PushedRevision revision;
    const auto itemId = readUuid(reader, "item_id");
    const auto baseRev = reader.integer("base_rev", true, 0, std::int64_t{1} << 53);
    const auto revId = readUuid(reader, "rev_id");
    const auto deleted = reader.boolean("deleted", true);
    const auto envelope = reader.string("envelope", true, std::numeric_limits<qsizetype>::max(), 0);
    reader.finish();
    if (envelope) {
        const QByteArray bytes = envelope->toUtf8();
        if (bytes.size() > kMaxEnvelopeBytes) {
            tooLarge = true;
            reader.error("envelope", "must be at most 1 MiB");
        } else if (bytes.isEmpty() && deleted && !*deleted) {
            reader.error("envelope", "may be empty only when deleted is true");
        }
        revision.envelope = bytes.toStdString();
    }
    // The reader keeps only the first few errors (JsonReader), so a revision past them may add
    // none: every field must be there as well.
    if (errors.size() != before || !itemId || !baseRev || !revId || !deleted || !envelope)
        return std::nullopt;
    revision.itemId = *itemId;
    revision.baseRev = *baseRev;
    revision.revId = *revId;
    revision.deleted = *deleted;
    return revision;
}

} // namespace

Parsed<PushRequest> parsePush(std::string_view body) {
    auto object = parseJsonObject(body);
    if (!object)
        return std::unexpected(object.error());
    std::vector<FieldError> errors;
    JsonReader reader(*object, "", errors);
    const auto list = reader.array("revisions", true);
    reader.finish();
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    if (list->isEmpty())
        return std::unexpected(Problem::invalid({{"revisions", "must contain at least one revision"}}));
    if (list->size() > kMaxRevisionsPerPush)
        return std::unexpected(Problem::make(413, "payload-too-large",
                                             "A push holds at most " + std::to_string(kMaxRevisionsPerPush) +
                                                 " revisions; split the batch."));
    PushRequest request;
    request.revisions.reserve(static_cast<std::size_t>(list->size()));
    bool tooLarge = false;
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto revision = readRevision(list->at(i), "revisions[" + std::to_string(i) + "]", errors, tooLarge);
        if (revision)
            request.revisions.push_back(std::move(*revision));
    }
    if (!errors.empty()) {
        Problem problem = Problem::invalid(std::move(errors));
        if (tooLarge) {
            problem.status = 413;
            problem.code = "payload-too-large";
        }
        return std::unexpected(std::move(problem));
    }
    return request;
}

} // namespace selftrack::server
