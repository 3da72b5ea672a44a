// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/domain/Record.h"
#include "core/events/ItemChange.h"

#include <QAbstractTableModel>

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;

// The records table of a goal's page: every record of the goal outside the trash, newest first
// (one query per goal; nothing is read while painting). Value and note are edited in place and
// written through core (its validation decides); removing a record moves it to the trash. Every
// edit is one undo step. Reloads when core reports a change to the goal's records; empties
// itself before the vault locks.
class RecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DayColumn, TimeColumn, ValueColumn, StatusColumn, NoteColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, SortRole };

    RecordsModel(core::VaultSession& session, EditHistory* history, QObject* parent = nullptr);

    void setGoal(const core::Goal& goal);
    void clear();
    const core::Record& record(int row) const { return m_records.at(row); }
    // Moves the record of `row` to the trash (undoable); false (problem()) when core refuses.
    bool removeRow(int row);
    QString problem() const { return m_problem; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // core refused an edit; the message says why (nothing was written).
    void refused(const QString& message);

private:
    void reload();
    void changed(const core::ChangeSet& changes);

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    core::Goal m_goal;
    QList<core::Record> m_records;
    QString m_problem;
};

} // namespace selftrack::ui
