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

// A run sheet with the nine standard steps (templates), at 19:30, named from
// the string table (rhythm_unnamed_runsheet), id "event-<n>"; a step's owner
// is kept only when the plan has that role.
Edit new_runsheet_edit(const Plan& plan, Lang lang);

}  // namespace core
