#pragma once
// The string table (strings.def) and wording helpers. No label is written in
// a panel: panels ask for tr(S::…) in the current language.
#include <initializer_list>
#include <string>
#include <utility>

#include "core/model/enums.hpp"
#include "core/model/problem.hpp"

namespace core {

enum class Lang { zh, en };

enum class S {
#define S(id, zh, en) id,
#include "core/text/strings.def"
#undef S
    count_
};

const char* tr(S id, Lang lang);
// Replaces {name} placeholders: fmt(tr(S::status_day, lang), {{"n", "12"}}).
std::string fmt(const char* text, std::initializer_list<std::pair<const char*, std::string>> args);

// Labels of the plan's enums. Enums that the planner derives (stages, KPI
// states, alerts, reviews, run-sheet sources) have label_of next to them.
S label_of(Industry v);
S label_of(GroupType v);
S label_of(Platform v);
S help_of(GroupType v);
S label_of(RoleKind v);
S label_of(RuleKind v);
S label_of(ScriptKind v);
S label_of(Color v);
S label_of(TimingKind v);
S label_of(MonthPhase v);
S label_of(CampaignKind v);
S label_of(RoutinePhase v);
S label_of(LineKind v);
S label_of(ProductRole v);
S label_of(PromotionKind v);
S label_of(Scale v);
S label_of(Category v);
S label_of(Format v);
S label_of(Source v);
S label_of(Status v);
S label_of(Zone v);
S label_of(AssetKind v);
S label_of(CalendarSource v);
S label_of(OverrideKind v);
// 1 = Monday … 7 = Sunday, short form ("周一", "Mon").
S weekday_short(int weekday);

// A problem in the user's language, naming what is wrong and where, the
// place as the screens name it (places.hpp): "执行节奏 › 每日时段 › 第 3 行 ›
// 时间：时间应为 HH:MM…", never a path of the file.
std::string problem_text(const Problem& p, Lang lang);
// The path as a detail line, for a problem found in a file, a pasted text or
// a link ("文件中的位置：plan.rhythm.slots[2].time"); "" when it has none.
std::string problem_detail(const Problem& p, Lang lang);

}  // namespace core
