#pragma once
// Edits from the calendar views: one-date exceptions (skip, move, retitle)
// and the bulk operations operators ask for (copy a week forward, shift a
// range, repeat an item). Each returns ONE Edit, so History records one step
// and a single undo takes the whole operation back; apply() checks it like
// any other edit (a result over the list limits is refused there).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules/calendar.hpp"
#include "core/edits/edit.hpp"

namespace core {

// ---- one date ---------------------------------------------------------------------
// For an item given by a rule (slot, column, monthly task, SOP line,
// campaign) these add the item's override of that kind, or update the one it
// has; the rule itself is unchanged.
// For content (an item of its own, or a slot's item that holds a content
// item) they edit the content item instead: skipping takes its publish date
// away (it stays in the content table and the slot shows as a gap), moving
// changes its publish date (and time when given), retitling its title. The
// content moves; the slot stays where its rule puts it.
Edit skip_item_edit(const Plan& plan, const CalendarItem& item);
// `time`: none keeps the time.
Edit move_item_edit(const Plan& plan, const CalendarItem& item, Date to, std::optional<TimeOfDay> time);
Edit retitle_item_edit(const Plan& plan, const CalendarItem& item, const std::string& title);
// Takes every override of the item away: it is again what its rule gives.
Edit restore_item_edit(const Plan& plan, const CalendarItem& item);

// Overrides that address nothing: their rule was deleted, or no longer gives
// an item on that date (e.g. the column moved to another weekday).
std::vector<std::string> stale_overrides(const Plan& plan);
Edit prune_overrides_edit(const Plan& plan);

// Sets calendar.uid once, from a caller-supplied random token (the core has
// no randomness): [A-Za-z0-9_-] of the token, at most 64. None when the plan
// has a uid already or the token has no usable character.
std::optional<Edit> ensure_uid_edit(const Plan& plan, std::string_view token);

// ---- bulk operations on dated content items ------------------------------------
// The edit sets plan.content.items to the whole new list (one undo step).
struct BulkEdit {
    Edit edit;
    std::vector<std::string> ids;   // the content items added or changed
};

// Copies the content items published in the week (Monday–Sunday) holding
// `day` to each of the following `weeks` weeks (1–104): same weekday, slot,
// time and preparation lead time; new ids; status back to idea, review
// checks cleared, no metrics.
BulkEdit copy_week_edit(const Plan& plan, Date day, int weeks);

// Moves every content item published in [from, to] by `days` (may be
// negative), its preparation deadline with it.
BulkEdit shift_items_edit(const Plan& plan, Date from, Date to, int days);

// Repeats a dated content item every `interval_days` days until a date
// (inclusive) or for a number of occurrences counting the original, like
// iCalendar's UNTIL and COUNT; at most kMaxRepeats copies. Copies are
// independent items (each has its own status and metrics).
struct Recurrence {
    int interval_days = 7;
    std::optional<Date> until;
    std::optional<int> count;
};
inline constexpr int kMaxRepeats = 1000;
BulkEdit repeat_item_edit(const Plan& plan, const std::string& content_id, const Recurrence& recurrence);

// `n` content ids "<prefix>-<k>" that no content item uses.
std::vector<std::string> fresh_content_ids(const Plan& plan, size_t n, std::string_view prefix = "content");

}  // namespace core
