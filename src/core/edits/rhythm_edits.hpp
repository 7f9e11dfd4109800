#pragma once
// Edits from the 执行节奏 (rhythm) panel that build elements or ids: a
// column dropped on another cell, a new column in an empty cell, a column
// copied to other weekdays, a new run sheet with the standard steps. New
// elements get ids no element of the plan uses (fresh_id).
#include <optional>
#include <string>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/text/i18n.hpp"

namespace core {

// The column moved to (weekday, slot), the rest of it unchanged. None when
// there is no such column or it is there already.
std::optional<Edit> move_column_edit(const Plan& plan, const std::string& column_id, int weekday,
                                     const std::string& slot_id);

// A column named from the string table (rhythm_new_column) on `weekday` in
// the slot, with the slot's category; id "col-<n>".
AddEdit new_column_edit(const Plan& plan, const Slot& slot, int weekday, Lang lang);

// Copies of the column on each weekday of `weekdays` (bit d set = weekday d,
// 1 = Monday … 7 = Sunday), each with a fresh "col-<n>" id; one edit per
// copy, in weekday order. None for an unknown column.
std::vector<Edit> copy_column_edits(const Plan& plan, const std::string& column_id, unsigned weekdays);

// A run sheet with the nine standard steps (templates), named from the
// string table (rhythm_unnamed_runsheet), id "event-<n>"; a step's owner is
// kept only when the plan has that role. Without a date it is a draft
// starting at 19:30. With one, it is on that date, starting at the first of
// 19:30, 20:00, 19:00, 20:30 and 21:00 where its steps meet no line of the
// same role at the same minute that day (clashes.hpp), else at 19:30.
Edit new_runsheet_edit(const Plan& plan, Lang lang, std::optional<Date> date = std::nullopt);

// The run sheet starting at `new_start`, every timed step moved by as many
// minutes as the start (kept within its day: 00:00–23:59); untimed steps and
// the steps' days stay. A run sheet without a start only gets one. One edit
// of the whole run sheet, so one undo takes it all back; none (empty) for an
// unknown run sheet or the start it has already.
std::vector<Edit> runsheet_start_edits(const Plan& plan, const std::string& runsheet_id, TimeOfDay new_start);

}  // namespace core
