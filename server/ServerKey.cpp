// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerKey.h"

#include "core/crypto/Crypto.h"
#include "server/Secrets.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace selftrack::server {

namespace {

Result<core::SecureBuffer> readKeyFile(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    "Cannot read the server key " + path.toStdString() + ": " + std::strerror(errno) + ".");
    struct stat info {};
    if (::fstat(fd, &info) == 0 && (info.st_mode & 077) != 0)
        std::fprintf(stderr, "warning: %s is readable by other users; chmod 600 it.\n", native.constData());
    core::SecureBuffer text(128);
    const ssize_t size = ::read(fd, text.data(), text.size());
    ::close(fd);
    if (size < 64)
        return fail(ErrorCode::Io,
                    "The server key file " + path.toStdString() + " is damaged (64 hex digits expected).");
    return ServerKey::fromHex(std::string_view(reinterpret_cast<const char*>(text.data()), 64));
}

} // namespace

bool ServerKey::fromEnvironment() {
    const char* value = std::getenv(kEnvironmentVariable);
    return value && *value;
}

QString ServerKey::filePath(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("server.key"));
}

Result<core::SecureBuffer> ServerKey::fromHex(std::string_view hex) {
    while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' '))
        hex.remove_suffix(1);
    if (hex.size() != 64)
        return fail(ErrorCode::Config, "The server key must be 64 hex digits (32 bytes).");
    auto key = secureFromHex(hex);
    if (!key)
        return fail(ErrorCode::Config, "The server key must be 64 hex digits (32 bytes).");
    return std::move(*key);
}

Result<core::SecureBuffer> ServerKey::load(const QString& dataDir, bool create) {
    if (fromEnvironment()) {
        const char* value = std::getenv(kEnvironmentVariable);
        auto key = fromHex(value);
        if (!key)
            return fail(ErrorCode::Config, std::string(kEnvironmentVariable) + ": " + key.error().message);
        return key;
    }
    const QString path = filePath(dataDir);
    if (QFileInfo::exists(path))
        return readKeyFile(path);
    if (!create)
        return fail(ErrorCode::Io, "No server key: " + path.toStdString() + " does not exist and " +
                                       kEnvironmentVariable + " is not set.");
    core::SecureBuffer key = core::crypto::randomKey(32);
    if (auto st = write(path, key); !st)
        return std::unexpected(st.error());
    return key;
}

Status ServerKey::write(const QString& path, const core::SecureBuffer& key) {
    const QByteArray native = QFile::encodeName(path);
    const QByteArray temp = native + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    "Cannot write the server key " + path.toStdString() + ": " + std::strerror(errno) + ".");
    core::SecureBuffer text = key.toHex();
    text.append("\n", 1);
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temp.constData(), native.constData()) != 0)
        return fail(ErrorCode::Io, "Cannot write the server key " + path.toStdString() + ".");
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace selftrack::server
