// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AuthHandlers.h"

#include "server/HttpSupport.h"
#include "server/JsonViews.h"
#include "server/Secrets.h"
#include "server/protocol/RequestParser.h"

#include <QJsonDocument>

namespace selftrack::server {

namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

void AuthHandlers::install(Router& router) {
    router.add("GET", "/v1/auth/params", Auth::None, [this](RequestContext& ctx) { authParams(ctx); });
    router.add("POST", "/v1/accounts", Auth::None, [this](RequestContext& ctx) { registerAccount(ctx); });
    router.add("POST", "/v1/sessions", Auth::None, [this](RequestContext& ctx) { login(ctx); });
}

std::optional<Problem> AuthHandlers::limitAddress(const RequestContext& ctx) {
    return limitProblem(m_context.authIpLimiter().acquire(ctx.req.remoteAddr));
}

void AuthHandlers::authParams(RequestContext& ctx) {
    if (auto problem = limitAddress(ctx))
        return sendProblem(ctx.res, *problem);
    const auto email = parseAuthParamsQuery(ctx.req.params);
    if (!email)
        return sendProblem(ctx.res, email.error());
    auto account = m_context.storage().findAccountByEmail(*email);
    if (!account)
        return sendProblem(ctx.res, problemFromError(account.error()));
    KdfParams kdf; // defaults: the same cost every new account is expected to use
    if (*account)
        kdf = (*account)->kdf;
    else
        kdf.seed = m_context.fakeSeed(*email);
    sendJson(ctx.res, 200, QJsonObject{{QStringLiteral("kdf"), kdfJson(kdf)}});
}

void AuthHandlers::registerAccount(RequestContext& ctx) {
    if (auto problem = limitAddress(ctx))
        return sendProblem(ctx.res, *problem);
    if (auto problem = requireJsonBody(ctx.req))
        return sendProblem(ctx.res, *problem);
    auto request = parseRegister(ctx.req.body);
    if (!request)
        return sendProblem(ctx.res, request.error());
    if (auto problem = limitProblem(m_context.acquireAuthAttempt(request->email, ctx.req.remoteAddr)))
        return sendProblem(ctx.res, *problem);
    auto verifier = m_context.hasher().hash(request->serverPassword);
    if (!verifier)
        return sendProblem(ctx.res, problemFromError(verifier.error()));
    const std::int64_t now = ServerContext::nowMs();
    Account account;
    account.email = request->email;
    account.passwordVerifier = std::move(*verifier);
    account.kdf = request->kdf;
    account.wrappedKey = request->wrappedKey;
    account.createdAt = now;
    account.ageConfirmedAt = now;
    account.privacyPolicyVersion = request->privacyPolicyVersion;
    account.privacyAcceptedAt = now;
    auto id = m_context.storage().createAccount(account);
    if (!id)
        return sendProblem(ctx.res, problemFromError(id.error()));
    account.id = *id;
    sendJson(ctx.res, 201, accountJson(account));
}

void AuthHandlers::upgradeVerifier(const Account& account, const core::SecureBuffer& password) {
    if (!m_context.hasher().needsRehash(account.passwordVerifier))
        return;
    auto verifier = m_context.hasher().hash(password);
    if (!verifier)
        return;
    CredentialsUpdate update;
    update.passwordVerifier = std::move(*verifier);
    (void)m_context.storage().updateCredentials(account.id, update);
}

void AuthHandlers::login(RequestContext& ctx) {
    if (auto problem = limitAddress(ctx))
        return sendProblem(ctx.res, *problem);
    if (auto problem = requireJsonBody(ctx.req))
        return sendProblem(ctx.res, *problem);
    auto request = parseLogin(ctx.req.body);
    if (!request)
        return sendProblem(ctx.res, request.error());
    if (auto problem = limitProblem(m_context.acquireAuthAttempt(request->email, ctx.req.remoteAddr)))
        return sendProblem(ctx.res, *problem);
    auto account = m_context.storage().findAccountByEmail(request->email);
    if (!account)
        return sendProblem(ctx.res, problemFromError(account.error()));
    const bool valid = *account ? m_context.hasher().verify(request->serverPassword, (*account)->passwordVerifier)
                                : (m_context.hasher().dummyVerify(request->serverPassword), false);
    if (!valid)
        return sendProblem(ctx.res, Problem::make(401, "invalid-credentials", "The email or password is wrong."));
    upgradeVerifier(**account, request->serverPassword);
    const core::SecureBuffer token = newBearerToken();
    const std::int64_t now = ServerContext::nowMs();
    Session session{randomHex(16),
                    (*account)->id,
                    tokenHash(token.view()),
                    request->deviceName,
                    now,
                    now,
                    now + m_context.config().sessionDays * kDayMs};
    if (auto st = m_context.storage().createSession(session); !st)
        return sendProblem(ctx.res, problemFromError(st.error()));
    ctx.session = session;
    // The token is spliced into the JSON text so it never passes through a QString.
    const QJsonObject rest{{QStringLiteral("session_id"), qstr(session.id)},
                           {QStringLiteral("expires_at"), static_cast<qint64>(session.expiresAt)},
                           {QStringLiteral("account"), accountJson(**account)}};
    const QByteArray restText = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    std::string body = R"({"token":")";
    body.append(token.view());
    body += "\",";
    body.append(restText.constData() + 1, static_cast<std::size_t>(restText.size() - 1));
    ctx.res.status = 201;
    ctx.res.setContent(std::move(body), "application/json");
}

} // namespace selftrack::server
