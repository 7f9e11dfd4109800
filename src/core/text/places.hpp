#pragma once
// Where something is in a plan, as the user sees it: a problem's path
// (plan.rhythm.slots[2].time, as files and edits name places) worded as the
// screens label it: "执行节奏 › 每日时段 › 第 3 行 › 时间". One table maps
// each part of the plan (by its keys, list positions left out) to labels of
// the string table; every message that names a place goes through it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/plan.hpp"
#include "core/text/i18n.hpp"

namespace core {

// The place, or "" for a path outside the plan ("format", "version",
// "link.data": the file or link as a whole). A key the table does not know
// (an element's id in an edit's path) is left out.
// With the plan the path is in, rows are counted as the screen lists them:
// daily slots by time, reviews newest first (a file counts them as written).
std::string place_text(std::string_view path, Lang lang, const Plan* plan = nullptr);

// problem_text (i18n.hpp) for a problem found in `plan` (a refused edit):
// its rows counted as the screen shows them.
std::string problem_text(const Problem& p, Lang lang, const Plan& plan);

// The labels of the path's last key, found by its keys without list
// positions ("rhythm.slots.time"), most specific first: "slots.time", then
// "time". Empty for a key the table does not know. For tests: every field of
// the plan has one.
std::vector<S> place_labels(std::string_view keys);

}  // namespace core
