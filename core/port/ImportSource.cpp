// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/ImportSource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace selftrack::core {

namespace {

Error tooLarge(const QString& path) {
    return Error{ErrorCode::InvalidInput, QStringLiteral("%1 is too large to import.").arg(path)};
}

// Drops a folder that every path starts with ("Loop Habits CSV 2024-01-01/Habits.csv").
QMap<QString, QByteArray> withoutCommonFolder(QMap<QString, QByteArray> files) {
    for (;;) {
        QString top;
        bool common = !files.isEmpty();
        for (auto it = files.cbegin(); it != files.cend() && common; ++it) {
            const qsizetype slash = it.key().indexOf(u'/');
            const QString first = slash < 0 ? QString() : it.key().left(slash);
            if (first.isEmpty() || (!top.isEmpty() && first != top))
                common = false;
            top = first;
        }
        if (!common)
            return files;
        QMap<QString, QByteArray> inner;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            inner.insert(it.key().mid(top.size() + 1), it.value());
        files = std::move(inner);
    }
}

} // namespace

Result<QMap<QString, QByteArray>> ImportSource::unzip(const QString& path) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is not a readable zip archive.").arg(path));
    QMap<QString, QByteArray> files;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(ErrorCode::Corrupt, QStringLiteral("The zip archive %1 is damaged.").arg(path));
        if (info.name.endsWith(u'/'))
            continue;
        if (static_cast<qint64>(info.uncompressedSize) > kMaxFileBytes)
            return std::unexpected(tooLarge(info.name));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Corrupt, QStringLiteral("The zip archive %1 is damaged (%2).").arg(path, info.name));
        // Read with a bound of our own: the sizes in the archive's directory may lie.
        QByteArray content = file.read(kMaxFileBytes + 1);
        const bool damaged = file.getZipError() != UNZ_OK;
        file.close();
        if (damaged || file.getZipError() != UNZ_OK)
            return fail(ErrorCode::Corrupt, QStringLiteral("The zip archive %1 is damaged (%2).").arg(path, info.name));
        total += content.size();
        if (content.size() > kMaxFileBytes || total > kMaxTotalBytes)
            return std::unexpected(tooLarge(path));
        files.insert(QDir::cleanPath(info.name), content);
    }
    if (zip.getZipError() != UNZ_OK)
        return fail(ErrorCode::Corrupt, QStringLiteral("The zip archive %1 is damaged.").arg(path));
    return withoutCommonFolder(std::move(files));
}

Result<ImportSource> ImportSource::load(const QString& path) {
    ImportSource source;
    source.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("There is no file or folder %1.").arg(path));
    if (info.isDir()) {
        source.isFolder = true;
        qint64 total = 0;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            total += f.size();
            if (f.size() > kMaxFileBytes || total > kMaxTotalBytes)
                return std::unexpected(tooLarge(file));
            if (!f.open(QIODevice::ReadOnly))
                return fail(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(file, f.errorString()));
            source.files.insert(QDir(path).relativeFilePath(file), f.readAll());
        }
        return source;
    }
    QFile f(path);
    if (f.size() > kMaxFileBytes)
        return std::unexpected(tooLarge(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
    source.bytes = f.readAll();
    if (isZip(source.bytes)) {
        auto files = unzip(path);
        if (!files)
            return std::unexpected(files.error());
        source.isFolder = source.isArchive = true;
        source.files = std::move(*files);
        source.bytes.clear();
    }
    return source;
}

} // namespace selftrack::core
