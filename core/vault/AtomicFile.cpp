// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace selftrack::core {

#ifdef Q_OS_UNIX
namespace {
Status ioError(const QString& what) {
    return fail(ErrorCode::Io,
                QStringLiteral("Cannot %1: %2.").arg(what, QString::fromLocal8Bit(std::strerror(errno))));
}
} // namespace

Status AtomicFile::write(const QString& path, const QByteArray& content) {
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QStringLiteral("create %1").arg(path));
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, static_cast<size_t>(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            auto error = ioError(QStringLiteral("write %1").arg(path));
            ::close(fd);
            ::unlink(temp.constData());
            return error;
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        auto error = ioError(QStringLiteral("flush %1").arg(path));
        ::close(fd);
        ::unlink(temp.constData());
        return error;
    }
    ::close(fd);
    if (::rename(temp.constData(), target.constData()) != 0) {
        auto error = ioError(QStringLiteral("replace %1").arg(path));
        ::unlink(temp.constData());
        return error;
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}
#else
Status AtomicFile::write(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(ErrorCode::Io, QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}
#endif

} // namespace selftrack::core
