// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/DurableFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace selftrack::core {

Status DurableFile::write(QFile& file, const QByteArray& bytes, const QString& shownAs) {
    errno = 0;
    if (file.write(bytes) == bytes.size())
        return {};
    const int error = errno;
    const QString reason =
        error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : file.errorString(); // QFile says "Unknown error"
    return fail(ErrorCode::Io,
                QStringLiteral("Cannot write %1: %2.")
                    .arg(QDir::toNativeSeparators(shownAs.isEmpty() ? file.fileName() : shownAs), reason));
}

Status DurableFile::sync(QFile& file) {
    if (!file.flush())
        return fail(
            ErrorCode::Io,
            QStringLiteral("Cannot write %1: %2.").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot flush %1 to disk: %2.")
                        .arg(QDir::toNativeSeparators(file.fileName()), QString::fromLocal8Bit(std::strerror(errno))));
#endif
    return {};
}

Status DurableFile::replace(const QString& from, const QString& to) {
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot move the file into place at %1: %2.")
                        .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(std::strerror(errno))));
#else
    // Not atomic here: the old file is gone for a moment. (MoveFileEx with MOVEFILE_REPLACE_EXISTING
    // would be; Windows builds are not tested yet.)
    if (QFile::exists(to) && !QFile::remove(to))
        return fail(ErrorCode::Io, QStringLiteral("Cannot replace %1.").arg(QDir::toNativeSeparators(to)));
    if (!QFile::rename(from, to))
        return fail(ErrorCode::Io,
                    QStringLiteral("Cannot move the file into place at %1.").arg(QDir::toNativeSeparators(to)));
#endif
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

void DurableFile::syncFolder(const QString& folder) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace selftrack::core
