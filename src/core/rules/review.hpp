#pragma once
// Reviews (复盘): the weekly review and the monthly upgrade as dated
// checklists, pre-filled from the plan: the content report of the period,
// the bottom 20% of content to retire, the top items to replicate with
// the optimization hints, and the KPIs that were off track in the period.
//
// Ranking (rank_content): published items (status published) whose publish
// date is in [from, to] and that have at least one of open rate, interaction
// rate or conversions. Better first by open rate, then interaction rate, then
// conversions; a missing figure ranks below any recorded one. Ties: the
// earlier published item first, then by id, so the order never depends on
// the list's order.
// Top and bottom: with n ranked items, k = ceil(n / 5) items at each end
// (20%, at least one) are flagged, when n ≥ 2; a lone item is neither.
// Hints, each compared with the period's own figures:
//   reuse_title  a top item whose open rate is at or above the period's median
//                → reuse the title pattern "number + pain point"
//   test_time    interaction rate below the period's median
//                → test another time (weekday 20:00 vs weekend 10:00)
//   check_hook   conversions recorded as 0 → check the hook
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

enum class ContentHint { reuse_title, test_time, check_hook };
S label_of(ContentHint hint);
S label_of(ReviewKind kind);

struct RankedItem {
    std::string id;
    std::string title;
    Date publish;
    std::optional<double> open_rate;
    std::optional<double> interaction_rate;
    std::optional<int> conversions;
    int rank = 0;          // 1 = best
    bool top = false;      // replicate
    bool bottom = false;   // retire or rework
    std::vector<ContentHint> hints;
    bool operator==(const RankedItem&) const = default;
};

std::vector<RankedItem> rank_content(const Plan& plan, Date from, Date to);

// The days a review looks back on, ending on its date: weekly the 7 days
// [date−6, date], monthly the 30 days [date−29, date].
struct Period {
    Date from;
    Date to;
    bool operator==(const Period&) const = default;
};
Period review_period(ReviewKind kind, Date date);

// A review dated `date` with id `id_prefix` and checklist ids
// "<id_prefix>-1", "-2", … (skipping any id the plan already uses). Insert it
// with insert_edit({"reviews"}, to_json_value(review)). Items, in order:
//   the content report of the period (or a note that no item has figures),
//   what went out (execution.hpp: planned, sent, late, skipped, missed, the
//   rate and the lines that slipped most; when anything in the period was
//   marked),
//   one "retire" item per bottom item and one "replicate" item per top item
//   with their hints, one item per KPI off track at its latest entry of the
//   period (with its first remedy), then the kind's own items: weekly — add
//   topics from member feedback; monthly — refresh the asset library for the
//   campaigns starting in the next 30 days, and improve activity flows.
Review make_review(const Plan& plan, ReviewKind kind, Date date, Lang lang, std::string_view id_prefix);

// make_review's review added at the end of plan.reviews, with a fresh id
// "weekly-<n>" or "monthly-<n>" (the prefix of its checklist ids too).
AddEdit new_review_edit(const Plan& plan, ReviewKind kind, Date date, Lang lang);

}  // namespace core
