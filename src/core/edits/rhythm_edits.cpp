#include "core/edits/rhythm_edits.hpp"

#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"
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

Edit new_runsheet_edit(const Plan& plan, Lang lang) {
    tpl::Kit kit{lang, Date{0}};
    Runsheet sheet = tpl::nine_step_runsheet(
        kit, {fresh_id(plan, "event"), tr(S::rhythm_unnamed_runsheet, lang), std::nullopt, TimeOfDay{19 * 60 + 30}, "", "", ""});
    // The standard steps name the 1+3 roles; keep only those this plan has.
    for (RunStep& step : sheet.steps) {
        bool known = false;
        for (const Role& r : plan.setup.roles) known = known || r.id == step.owner_role;
        if (!known) step.owner_role.clear();
    }
    return insert_edit({"rhythm", "runsheets"}, to_json_value(sheet));
}

}  // namespace core
