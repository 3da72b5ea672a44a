// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/ConnectionBase.h"
#include "server/http/ConnectionLimiter.h"
#include "server/http/ConnectionServices.h"

#include <boost/asio/execution/outstanding_work.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/prefer.hpp>
#include <boost/asio/ssl/stream_base.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/chunk_encode.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/write.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

namespace selftrack::server::http {

// One client connection (Stream: beast::tcp_stream, or beast::ssl_stream over it). All socket I/O
// is asynchronous on the connection's strand; only the request handler runs on a worker thread.
// Requests on a connection are read one at a time, so pipelined requests are answered in order.
// Every wait has a deadline: handshake and headers (Limits::headerTimeout), body (bodyGrace plus
// the body's size at the minimum rate), response (writeGrace plus its size at that rate).
template <class Stream>
class Connection final : public ConnectionBase, public std::enable_shared_from_this<Connection<Stream>> {
public:
    Connection(Stream stream, const ConnectionServices& services, ConnectionLimiter::Slot slot, std::string address)
        : m_stream(std::move(stream)), m_services(services), m_slot(std::move(slot)), m_address(std::move(address)),
          m_opened(Clock::now()) {}

    ~Connection() override {
        m_services.registry.remove(m_id);
        if (!m_outcome.empty())
            m_services.log.writeConnection(ConnectionLogEntry{m_outcome, m_requests, millisSince(m_opened)});
    }

    void start() {
        m_id = m_services.registry.add(this->shared_from_this());
        if constexpr (kTls) {
            lowest().expires_after(m_services.limits.headerTimeout);
            m_stream.async_handshake(boost::asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](const ErrorCode& error) {
                                         if (error)
                                             return self->onReadError(error);
                                         self->readHeader();
                                     });
        } else {
            boost::asio::post(m_stream.get_executor(), [self = this->shared_from_this()] { self->readHeader(); });
        }
    }

    void closeIfIdle() override {
        boost::asio::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            if (self->m_state == State::Waiting)
                self->lowest().cancel();
        });
    }

private:
    using Clock = std::chrono::steady_clock;
    using ErrorCode = boost::system::error_code;
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    static constexpr bool kTls = !std::is_same_v<Stream, boost::beast::tcp_stream>;
    enum class State { Waiting, Reading, Handling, Writing };
    // After a response: read the next request, close, or (refused by the engine) log the refusal and
    // read and drop what the client still sends for a moment, so it sees the answer, not a reset.
    enum class After { Next, Close, Refuse };

    static double millisSince(Clock::time_point start) {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    }

    boost::beast::tcp_stream& lowest() { return boost::beast::get_lowest_layer(m_stream); }

    Clock::duration atMinimumRate(std::size_t bytes) const {
        return std::chrono::seconds(bytes / m_services.limits.minBodyBytesPerSecond);
    }

    void readHeader() {
        if (m_services.stopping)
            return close();
        m_state = State::Waiting;
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_services.limits.headerBytes));
        m_parser->body_limit(m_services.limits.maxBodyBytes);
        lowest().expires_after(m_services.limits.headerTimeout);
        boost::beast::http::async_read_header(m_stream, m_buffer, *m_parser,
                                              [self = this->shared_from_this()](const ErrorCode& error, std::size_t) {
                                                  if (error)
                                                      return self->onReadError(error);
                                                  self->onHeader();
                                              });
    }

    void onHeader() {
        m_state = State::Reading;
        m_started = Clock::now();
        const auto length = m_parser->content_length();
        auto verdict = m_services.gate.inspect(m_parser->get().base(),
                                               length ? std::optional<std::uint64_t>(*length) : std::nullopt);
        m_method = std::move(verdict.method);
        m_route = std::move(verdict.route.name);
        if (verdict.refusal)
            return reply(std::move(*verdict.refusal), After::Refuse);
        m_parser->body_limit(verdict.route.bodyLimit);
        m_bodyDeadline = Clock::now() + m_services.limits.bodyGrace;
        if (!verdict.expectContinue || m_parser->is_done())
            return readBody();
        m_continue.emplace(boost::beast::http::status::continue_, 11);
        lowest().expires_after(m_services.limits.writeGrace);
        boost::beast::http::async_write(m_stream, *m_continue,
                                        [self = this->shared_from_this()](const ErrorCode& error, std::size_t) {
                                            if (error)
                                                return self->close();
                                            self->readBody();
                                        });
    }

    void readBody() {
        if (m_parser->is_done())
            return dispatch();
        lowest().expires_at(m_bodyDeadline);
        boost::beast::http::async_read_some(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](const ErrorCode& error, std::size_t bytes) {
                if (error)
                    return self->onReadError(error);
                self->m_bodyDeadline += self->atMinimumRate(bytes + self->m_bodyCarry);
                self->m_bodyCarry = (bytes + self->m_bodyCarry) % self->m_services.limits.minBodyBytesPerSecond;
                self->readBody();
            });
    }

    void onReadError(const ErrorCode& error) {
        if (auto answer = RequestGate::answerReadError(error)) {
            if (m_state == State::Waiting) {
                m_started = Clock::now();
                m_method = "(invalid)";
                m_route = "(unmatched)";
            }
            return reply(std::move(*answer), After::Refuse);
        }
        const bool midRequest = m_state != State::Waiting || m_buffer.size() > 0 || (m_parser && m_parser->got_some());
        if (error == boost::beast::error::timeout && (midRequest || m_requests == 0))
            m_outcome = "timeout";
        else if (m_requests == 0)
            m_outcome = "silent";
        close();
    }

    void dispatch() {
        m_state = State::Handling;
        ++m_requests;
        const bool keepAlive = m_parser->keep_alive();
        auto request = std::make_shared<Request>(RequestGate::toRequest(m_parser->release(), m_method, m_address));
        // The tracked executor keeps the I/O threads running (even while stopping) until the answer
        // is posted back.
        auto work = boost::asio::prefer(m_stream.get_executor(), boost::asio::execution::outstanding_work.tracked);
        m_services.workers.post([self = this->shared_from_this(), request, keepAlive, work] {
            auto response = std::make_shared<Response>();
            self->m_services.handler.handle(*request, *response);
            if (response->stream)
                return self->streamFromWorker(*response, keepAlive);
            boost::asio::post(work, [self, response, keepAlive] {
                self->reply(std::move(*response), keepAlive ? After::Next : After::Close);
            });
        });
    }

    template <class Message> void prepareHead(Message& message, const Response& response, bool close) {
        message.version(11);
        message.result(static_cast<unsigned>(response.status));
        for (const auto& [name, value] : response.headers)
            message.insert(name, value);
        message.set(boost::beast::http::field::cache_control, "no-store");
        if (!response.contentType.empty())
            message.set(boost::beast::http::field::content_type, response.contentType);
        message.keep_alive(!close);
    }

    // Answers on the strand.
    void reply(Response response, After after) {
        m_state = State::Writing;
        m_after = after == After::Next && m_services.stopping ? After::Close : after;
        if (after == After::Refuse) // never seen by the handler, which logs everything else
            m_services.log.write(AccessLogEntry{m_method, m_route, response.status, response.body.size(),
                                                millisSince(m_started), std::nullopt});
        m_out.emplace();
        prepareHead(*m_out, response, m_after != After::Next);
        m_out->body() = std::move(response.body);
        m_out->prepare_payload();
        lowest().expires_after(m_services.limits.writeGrace + atMinimumRate(m_out->body().size()));
        boost::beast::http::async_write(m_stream, *m_out,
                                        [self = this->shared_from_this()](const ErrorCode& error, std::size_t) {
                                            self->m_out.reset();
                                            if (error || self->m_after == After::Close)
                                                return self->close();
                                            if (self->m_after == After::Refuse)
                                                return self->drain();
                                            self->readHeader();
                                        });
    }

    // Runs `start(done)` on the strand and waits for `done`: the worker thread's bridge to the
    // asynchronous socket for streamed bodies. False when the write failed or timed out.
    template <class Start> bool onStrand(std::size_t bytes, Start start) {
        std::promise<bool> finished;
        auto result = finished.get_future();
        boost::asio::post(m_stream.get_executor(), [this, bytes, &start, &finished] {
            lowest().expires_after(m_services.limits.writeGrace + atMinimumRate(bytes));
            start([&finished](const ErrorCode& error, std::size_t) { finished.set_value(!error); });
        });
        return result.get();
    }

    // On the worker thread: sends the head, then the stream's pieces as chunks of up to 64 KiB.
    void streamFromWorker(const Response& response, bool keepAlive) {
        constexpr std::size_t kChunkBytes = 64 * 1024;
        boost::beast::http::response<boost::beast::http::empty_body> head;
        prepareHead(head, response, !keepAlive);
        head.chunked(true);
        boost::beast::http::response_serializer<boost::beast::http::empty_body> serializer(head);
        bool sent = onStrand(0, [&](auto done) {
            m_state = State::Writing;
            boost::beast::http::async_write_header(m_stream, serializer, std::move(done));
        });
        std::string pending;
        auto flush = [&] {
            if (sent && !pending.empty())
                sent = onStrand(pending.size(), [&](auto done) {
                    boost::asio::async_write(m_stream, boost::beast::http::make_chunk(boost::asio::buffer(pending)),
                                             std::move(done));
                });
            pending.clear();
            return sent;
        };
        const bool complete = sent && response.stream([&](std::string_view piece) {
            pending.append(piece);
            return pending.size() < kChunkBytes || flush();
        });
        const bool finished =
            complete && flush() && onStrand(0, [&](auto done) {
                boost::asio::async_write(m_stream, boost::beast::http::make_chunk_last(), std::move(done));
            });
        boost::asio::post(m_stream.get_executor(), [self = this->shared_from_this(), finished, keepAlive] {
            if (finished && keepAlive)
                return self->readHeader();
            self->close();
        });
    }

    void drain() {
        constexpr std::size_t kDrainBytes = 64 * 1024 * 1024;
        if (m_drained == 0) {
            lowest().expires_after(std::chrono::seconds(2));
            m_scratch.resize(16 * 1024);
        }
        m_stream.async_read_some(boost::asio::buffer(m_scratch),
                                 [self = this->shared_from_this()](const ErrorCode& error, std::size_t bytes) {
                                     self->m_drained += bytes + 1;
                                     if (error || self->m_drained > kDrainBytes)
                                         return self->close();
                                     self->drain();
                                 });
    }

    void close() {
        m_state = State::Writing;
        if constexpr (kTls) {
            // Sends close_notify; the peer's answer is not waited for past a short deadline.
            lowest().expires_after(std::chrono::seconds(2));
            m_stream.async_shutdown([self = this->shared_from_this()](const ErrorCode&) { self->lowest().close(); });
        } else {
            ErrorCode ignored;
            lowest().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
            lowest().close();
        }
    }

    Stream m_stream;
    const ConnectionServices& m_services;
    ConnectionLimiter::Slot m_slot;
    std::string m_address;
    std::uint64_t m_id = 0;
    Clock::time_point m_opened;
    Clock::time_point m_started;
    Clock::time_point m_bodyDeadline;
    std::size_t m_bodyCarry = 0;
    std::size_t m_requests = 0;
    State m_state = State::Waiting;
    After m_after = After::Next;
    std::size_t m_drained = 0;
    std::string m_scratch;
    std::string m_method;
    std::string m_route;
    std::string m_outcome; // set when the connection deserves a log line of its own
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    std::optional<boost::beast::http::response<boost::beast::http::empty_body>> m_continue;
    std::optional<boost::beast::http::response<boost::beast::http::string_body>> m_out;
};

} // namespace selftrack::server::http
