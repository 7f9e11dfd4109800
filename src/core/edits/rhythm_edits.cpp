#include "core/edits/rhythm_edits.hpp"

#include <algorithm>

#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"
#include "core/rules/clashes.hpp"
#include "core/templates/templates_kit.hpp"

namespace core {

namespace {

using json = nlohmann::json;

const Column* find_column(const Plan& plan, const std::string& id) {
    for (const Column& c : plan.rhythm.columns)
        if (c.id == id) return &c;
    return nullptr;
}

}  // namespace

std::optional<Edit> move_column_edit(const Plan& plan, const std::string& column_id, int weekday,
                                     const std::string& slot_id) {
    const Column* c = find_column(plan, column_id);
    if (!c || (c->weekday == weekday && c->slot == slot_id)) return std::nullopt;
    json moved = to_json_value(*c);
    moved["weekday"] = weekday;
    moved["slot"] = slot_id;
    return set_edit({"rhythm", "columns", c->id}, moved);
}

AddEdit new_column_edit(const Plan& plan, const Slot& slot, int weekday, Lang lang) {
    AddEdit out;
    out.id = fresh_id(plan, "col");
    out.edit = insert_edit({"rhythm", "columns"}, {{"id", out.id},
                                                   {"name", tr(S::rhythm_new_column, lang)},
                                                   {"weekday", weekday},
                                                   {"slot", slot.id},
                                                   {"category", std::string(enum_name(slot.category))}});
    return out;
}

std::vector<Edit> copy_column_edits(const Plan& plan, const std::string& column_id, unsigned weekdays) {
    std::vector<Edit> edits;
    const Column* c = find_column(plan, column_id);
    if (!c) return edits;
    int count = 0;
    for (int d = 1; d <= 7; ++d) count += (weekdays >> d) & 1;
    // All ids up front: the copies are inserted one edit at a time.
    const std::vector<std::string> ids = fresh_ids(plan, "col", count);
    size_t next = 0;
    for (int d = 1; d <= 7; ++d) {
        if (!((weekdays >> d) & 1)) continue;
        json copy = to_json_value(*c);
        copy["id"] = ids[next++];
        copy["weekday"] = d;
        edits.push_back(insert_edit({"rhythm", "columns"}, copy));
    }
    return edits;
}

namespace {

const Runsheet* find_runsheet(const Plan& plan, const std::string& id) {
    for (const Runsheet& r : plan.rhythm.runsheets)
        if (r.id == id) return &r;
    return nullptr;
}

Runsheet standard_runsheet(const Plan& plan, Lang lang, std::optional<Date> date, TimeOfDay start) {
    tpl::Kit kit{lang, Date{0}};
    Runsheet sheet = tpl::nine_step_runsheet(
        kit, {fresh_id(plan, "event"), tr(S::rhythm_unnamed_runsheet, lang), date, start, "", "", ""});
    // The standard steps name the 1+3 roles; keep only those this plan has.
    for (RunStep& step : sheet.steps) {
        bool known = false;
        for (const Role& r : plan.setup.roles) known = known || r.id == step.owner_role;
        if (!known) step.owner_role.clear();
    }
    return sheet;
}

// True when a step of `sheet`, added to the plan, meets a line of its role at
// the same minute on one of its days.
bool clashes_with_plan(const Plan& plan, const Runsheet& sheet) {
    if (!sheet.date || sheet.steps.empty()) return false;
    Plan with = plan;
    with.rhythm.runsheets.push_back(sheet);
    int first = 0, last = 0;
    for (const RunStep& s : sheet.steps) first = std::min(first, s.day), last = std::max(last, s.day);
    for (const Clash& c : clashes_between(with, Date{sheet.date->days + first}, Date{sheet.date->days + last}))
        for (size_t i = 0; i < c.ids.size(); ++i)
            if (c.sources[i] == CalendarSource::run_step &&
                std::any_of(sheet.steps.begin(), sheet.steps.end(), [&](const RunStep& s) { return s.id == c.ids[i]; }))
                return true;
    return false;
}

}  // namespace

Edit new_runsheet_edit(const Plan& plan, Lang lang, std::optional<Date> date) {
    const TimeOfDay evening{19 * 60 + 30};
    Runsheet sheet = standard_runsheet(plan, lang, date, evening);
    if (date) {
        for (int start : {19 * 60 + 30, 20 * 60, 19 * 60, 20 * 60 + 30, 21 * 60}) {
            Runsheet at = standard_runsheet(plan, lang, date, TimeOfDay{start});
            if (clashes_with_plan(plan, at)) continue;
            sheet = std::move(at);
            break;
        }
    }
    return insert_edit({"rhythm", "runsheets"}, to_json_value(sheet));
}

std::vector<Edit> runsheet_start_edits(const Plan& plan, const std::string& runsheet_id, TimeOfDay new_start) {
    const Runsheet* r = find_runsheet(plan, runsheet_id);
    if (!r || r->start == new_start) return {};
    Runsheet moved = *r;
    if (r->start) {
        const int shift = new_start.minutes - r->start->minutes;
        for (RunStep& s : moved.steps)
            if (s.time) s.time = TimeOfDay{std::clamp(s.time->minutes + shift, 0, 24 * 60 - 1)};
    }
    moved.start = new_start;
    // The whole run sheet in one edit: one undo step puts the start and every step back.
    return {set_edit({"rhythm", "runsheets", r->id}, to_json_value(moved))};
}

}  // namespace core
