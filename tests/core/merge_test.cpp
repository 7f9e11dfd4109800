// Three-way merge of plans and the master's group copies (merge.hpp,
// master_copies.hpp): random edit sequences on both sides keep every edit
// that is not a conflict, conflicts are listed and resolved by choice, the
// merge is the identity when one side did not change, and a copy follows its
// master's changes in its own group's words.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>

#include "core/edits/edit.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/validate.hpp"
#include "core/rules/master_copies.hpp"
#include "core/rules/merge.hpp"
#include "core/templates/templates.hpp"
#include "edit_helpers.hpp"
#include "random_plan.hpp"

using namespace core;
using testing::applied;
using testing::by_id;

namespace {

const Date kStart = date_from_ymd(2025, 3, 3);

Plan tpl(Lang lang = Lang::zh) { return make_template(TemplateId::mother_baby, lang, kStart); }

// ---- random edits through the app's own edits (core::apply) -------------------
struct ListAt {
    std::vector<std::string> path;   // keys and element ids, as edits address them
    const json* list;
};

void collect_lists(const json& j, std::vector<std::string>& path, std::vector<ListAt>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (path.empty() && it.key() == "master") continue;
            path.push_back(it.key());
            collect_lists(*it, path, out);
            path.pop_back();
        }
    } else if (j.is_array() && !j.empty() && j[0].is_object() && j[0].contains("id")) {
        out.push_back({path, &j});
        for (const json& e : j) {
            path.push_back(e["id"].get<std::string>());
            collect_lists(e, path, out);
            path.pop_back();
        }
    }
}

struct Editor {
    std::mt19937 rng;
    std::string side;   // "m" or "c": the prefix of new ids and texts
    int n = 0;
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

    // One random edit the plan accepts (or none after a few refusals).
    Plan edit(const Plan& plan) {
        const json j = to_json_value(plan);
        std::vector<ListAt> lists;
        std::vector<std::string> path;
        collect_lists(j, path, lists);
        for (int attempt = 0; attempt < 20; ++attempt) {
            const int op = pick(0, 9);
            Edit e;
            if (op == 0) {
                e = set_edit({"basics", "name"}, side + "名" + std::to_string(++n));
            } else if (op == 1) {
                json mix = j["content"]["mix"];
                const int a = pick(0, 100), b = pick(0, 100 - a);
                mix["activation"] = a;
                mix["conversion"] = b;
                mix["brand"] = 100 - a - b;
                e = set_edit({"content", "mix"}, mix);
            } else {
                if (lists.empty()) continue;
                const ListAt& l = lists[pick(0, (int)lists.size() - 1)];
                const json& list = *l.list;
                const json& element = list[pick(0, (int)list.size() - 1)];
                std::vector<std::string> at = l.path;
                at.push_back(element["id"].get<std::string>());
                if (op <= 5) {   // change a text field
                    std::vector<std::string> keys;
                    for (auto it = element.begin(); it != element.end(); ++it)
                        if (it->is_string() && it.key() != "id") keys.push_back(it.key());
                    if (keys.empty()) continue;
                    at.push_back(keys[pick(0, (int)keys.size() - 1)]);
                    e = set_edit(at, side + "改" + std::to_string(++n) + " 😀");
                } else if (op == 6) {
                    e = remove_edit(at);
                } else if (op == 7) {
                    const json& other = list[pick(0, (int)list.size() - 1)];
                    e = move_edit(at, pick(0, 3) == 0 ? "" : other["id"].get<std::string>());
                } else {   // a new element: a copy of this one under a fresh id
                    json added = element;
                    bool nested = false;
                    for (auto it = added.begin(); it != added.end(); ++it)
                        nested = nested || (it->is_array() && !it->empty() && (*it)[0].is_object());
                    if (nested) continue;
                    added["id"] = fresh_id(plan, side + "new");
                    e = insert_edit(l.path, added, pick(0, 1) ? element["id"].get<std::string>() : "");
                }
            }
            Applied a = apply(plan, e);
            if (!a.problem && a.changed) return a.plan;
        }
        return plan;
    }
};

// ---- the plan as leaves by element ids ----------------------------------------
void flatten(const json& j, const std::string& key, std::map<std::string, json>& out) {
    const bool id_list = j.is_array() && !j.empty() &&
                         std::all_of(j.begin(), j.end(), [](const json& e) { return e.is_object() && e.contains("id"); });
    if (j.is_object() && key != "content.mix") {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (key.empty() && it.key() == "master") continue;
            flatten(*it, key.empty() ? it.key() : key + "." + it.key(), out);
        }
    } else if (id_list) {
        for (const json& e : j) {
            const std::string k = key + "#" + e["id"].get<std::string>();
            out[k] = true;   // the element is there
            flatten(e, k, out);
        }
    } else if (!j.is_array() || !j.empty()) {
        out[key] = j;
    }
}

std::map<std::string, json> leaves(const Plan& p) {
    std::map<std::string, json> out;
    flatten(to_json_value(p), "", out);
    return out;
}

bool under(const std::string& key, const std::string& prefix) {
    if (key.compare(0, prefix.size(), prefix) != 0) return false;
    return key.size() == prefix.size() || key[prefix.size()] == '.' || key[prefix.size()] == '#';
}

// Every change of one side that the other did not touch is in the result; a
// place both changed differently is a listed conflict, and holds one of them.
void check_merge(const Plan& base, const Plan& master, const Plan& copy, const MergeResult& r) {
    REQUIRE_MESSAGE(r.ok(), problem_text(r.problem, Lang::en));
    CHECK(!validate_plan(r.plan));
    const auto b = leaves(base), m = leaves(master), c = leaves(copy), out = leaves(r.plan);
    std::set<std::string> keys;
    for (const auto* l : {&b, &m, &c, &out})
        for (const auto& kv : *l) keys.insert(kv.first);
    auto get = [](const std::map<std::string, json>& l, const std::string& k) {
        auto it = l.find(k);
        return it == l.end() ? json("<absent>") : it->second;
    };
    for (const std::string& k : keys) {
        const json vb = get(b, k), vm = get(m, k), vc = get(c, k), vr = get(out, k);
        bool covered = false;
        for (const MergeConflict& x : r.conflicts) covered = covered || under(k, x.key);
        for (const std::string& id : r.kept) covered = covered || k.find("#" + id) != std::string::npos;
        CAPTURE(k);
        CAPTURE(vb.dump());
        CAPTURE(vm.dump());
        CAPTURE(vc.dump());
        CAPTURE(vr.dump());
        if (vm == vc) CHECK((vr == vm || covered));
        else if (vm == vb) CHECK((vr == vc || covered));
        else if (vc == vb) CHECK((vr == vm || covered));
        else {
            CHECK(covered);   // both changed it differently: listed
            CHECK((vr == vm || vr == vc));
        }
    }
}

}  // namespace

TEST_CASE("merge: random edits on master and copy keep every edit that is not a conflict") {
    const Plan base = tpl();
    int conflicts = 0, from_master = 0, from_copy = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        CAPTURE(seed);
        Editor em{std::mt19937(seed), "m"}, ec{std::mt19937(seed * 7919u), "c"};
        Plan master = base, copy = base;
        const int edits = 1 + (int)(seed % 12);
        for (int i = 0; i < edits; ++i) master = em.edit(master);
        for (int i = 0; i < edits; ++i) copy = ec.edit(copy);
        const MergeResult r = merge_plans(base, master, copy);
        check_merge(base, master, copy, r);
        conflicts += (int)r.conflicts.size();
        from_master += r.from_master;
        from_copy += r.from_copy;
        // Every conflict resolved the master's way gives a valid plan too.
        MergeChoices all_master;
        for (const MergeConflict& x : r.conflicts) all_master[x.key] = MergeSide::master;
        const MergeResult rm = merge_plans(base, master, copy, all_master);
        check_merge(base, master, copy, rm);
        for (const MergeConflict& x : rm.conflicts) CHECK(x.chosen == MergeSide::master);
    }
    // The sequences did meet, and both sides' changes were taken.
    CHECK(conflicts > 0);
    CHECK(from_master > 0);
    CHECK(from_copy > 0);
}

TEST_CASE("merge: the identity when one side did not change") {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        CAPTURE(seed);
        const Plan base = seed % 2 ? tpl() : testing::RandomPlan(seed).make();
        REQUIRE(!validate_plan(base));
        Editor e{std::mt19937(seed), "x"};
        Plan x = base;
        for (int i = 0; i < 8; ++i) x = e.edit(x);
        const MergeResult a = merge_plans(base, base, x);
        CHECK(a.plan == x);
        CHECK(a.conflicts.empty());
        const MergeResult b = merge_plans(base, x, base);
        CHECK(b.plan == x);
        CHECK(b.conflicts.empty());
        const MergeResult same = merge_plans(base, x, x);   // the same change on both sides
        CHECK(same.plan == x);
        CHECK(same.conflicts.empty());
    }
}

TEST_CASE("merge: one field changed on both sides is a conflict with both values, resolved by choice") {
    const Plan base = tpl();
    const Plan master = applied(base, set_edit({"rhythm", "columns", "col-expert-qa", "name"}, "周三专家直播"));
    Plan copy = applied(base, set_edit({"rhythm", "columns", "col-expert-qa", "name"}, "周三答疑🎉"));
    copy = applied(copy, set_edit({"rhythm", "columns", "col-expert-qa", "note"}, "本群自己的备注"));
    const MergeResult r = merge_plans(base, master, copy);
    REQUIRE(r.conflicts.size() == 1);
    const MergeConflict& x = r.conflicts[0];
    CHECK(x.key == "rhythm.columns#col-expert-qa.name");
    CHECK(conflict_value_text(x.master_value, Lang::zh) == "周三专家直播");
    CHECK(conflict_value_text(x.copy_value, Lang::zh) == "周三答疑🎉");
    CHECK(conflict_place(x, Lang::zh, master, copy).find("第 3 行") != std::string::npos);
    // Unless chosen otherwise, the copy's stays; its other change is kept either way.
    CHECK(by_id(r.plan.rhythm.columns, "col-expert-qa")->name == "周三答疑🎉");
    const MergeResult m = merge_plans(base, master, copy, {{x.key, MergeSide::master}});
    CHECK(by_id(m.plan.rhythm.columns, "col-expert-qa")->name == "周三专家直播");
    CHECK(by_id(m.plan.rhythm.columns, "col-expert-qa")->note == "本群自己的备注");
}

TEST_CASE("merge: removed on one side and changed on the other is a conflict") {
    const Plan base = tpl();
    SUBCASE("the master removed what the copy changed") {
        const Plan master = applied(base, remove_edit({"setup", "rules", "rule-nickname"}));
        const Plan copy = applied(base, set_edit({"setup", "rules", "rule-nickname", "text"}, "本群：改昵称送湿巾"));
        const MergeResult r = merge_plans(base, master, copy);
        REQUIRE(r.conflicts.size() == 1);
        CHECK(r.conflicts[0].master_value.empty());
        CHECK(conflict_value_text(r.conflicts[0].master_value, Lang::zh) == "（已删除）");
        CHECK(conflict_value_text(r.conflicts[0].copy_value, Lang::en) == "本群：改昵称送湿巾");
        CHECK(by_id(r.plan.setup.rules, "rule-nickname"));   // the copy's by default
        const MergeResult m = merge_plans(base, master, copy, {{r.conflicts[0].key, MergeSide::master}});
        CHECK(!by_id(m.plan.setup.rules, "rule-nickname"));
    }
    SUBCASE("the copy removed what the master changed") {
        const Plan master = applied(base, set_edit({"setup", "rules", "rule-nickname", "text"}, "新规则"));
        const Plan copy = applied(base, remove_edit({"setup", "rules", "rule-nickname"}));
        const MergeResult r = merge_plans(base, master, copy);
        REQUIRE(r.conflicts.size() == 1);
        CHECK(r.conflicts[0].in_master);
        CHECK(r.conflicts[0].copy_value.empty());
        CHECK(!by_id(r.plan.setup.rules, "rule-nickname"));
        const MergeResult m = merge_plans(base, master, copy, {{r.conflicts[0].key, MergeSide::master}});
        REQUIRE(by_id(m.plan.setup.rules, "rule-nickname"));
        CHECK(by_id(m.plan.setup.rules, "rule-nickname")->text == "新规则");
    }
    SUBCASE("removed on one side, untouched on the other: removed") {
        const Plan master = applied(base, remove_edit({"setup", "rules", "rule-nickname"}));
        const MergeResult r = merge_plans(base, master, base);
        CHECK(r.conflicts.empty());
        CHECK(!by_id(r.plan.setup.rules, "rule-nickname"));
    }
}

TEST_CASE("merge: elements added on both sides under the same id are both kept") {
    const Plan base = tpl();
    const std::string id = fresh_id(base, "rule");
    json rule = to_json_value(base.setup.rules[0]);
    rule["id"] = id;
    rule["text"] = "主方案新加的规则";
    const Plan master = applied(base, insert_edit({"setup", "rules"}, rule));
    rule["text"] = "副本新加的规则";
    const Plan copy = applied(base, insert_edit({"setup", "rules"}, rule));
    const MergeResult r = merge_plans(base, master, copy);
    REQUIRE(r.ok());
    CHECK(r.conflicts.empty());
    CHECK(r.plan.setup.rules.size() == base.setup.rules.size() + 2);
    REQUIRE(by_id(r.plan.setup.rules, id));
    CHECK(by_id(r.plan.setup.rules, id)->text == "副本新加的规则");   // the copy's keeps its id
    int found = 0;
    for (const Rule& x : r.plan.setup.rules) found += x.text == "主方案新加的规则" && x.id != id;
    CHECK(found == 1);
}

TEST_CASE("merge: the master's new slot, renamed, keeps its column pointing at it") {
    const Plan base = tpl();
    const std::string slot_id = fresh_id(base, "slot");
    json slot = to_json_value(base.rhythm.slots[0]);
    slot["id"] = slot_id;
    slot["time"] = "21:30";
    slot["purpose"] = "主方案的晚安";
    Plan master = applied(base, insert_edit({"rhythm", "slots"}, slot));
    json column = to_json_value(base.rhythm.columns[0]);
    column["id"] = "col-night";
    column["slot"] = slot_id;
    master = applied(master, insert_edit({"rhythm", "columns"}, column));
    slot["time"] = "07:00";
    slot["purpose"] = "副本的早安";
    const Plan copy = applied(base, insert_edit({"rhythm", "slots"}, slot));
    const MergeResult r = merge_plans(base, master, copy);
    REQUIRE(r.ok());
    const Column* night = by_id(r.plan.rhythm.columns, "col-night");
    REQUIRE(night);
    REQUIRE(by_id(r.plan.rhythm.slots, night->slot));
    CHECK(by_id(r.plan.rhythm.slots, night->slot)->purpose == "主方案的晚安");
    CHECK(by_id(r.plan.rhythm.slots, slot_id)->purpose == "副本的早安");
}

TEST_CASE("merge: a slot the master removed that the copy's new column uses is kept, and said") {
    const Plan base = tpl();
    // The master moves its columns off the perk slot and removes the slot.
    Plan master = base;
    for (const Column& c : base.rhythm.columns)
        if (c.slot == "slot-perk") master = applied(master, set_edit({"rhythm", "columns", c.id, "slot"}, "slot-knowledge"));
    for (const ContentItem& i : base.content.items)
        if (i.slot == "slot-perk") master = applied(master, set_edit({"content", "items", i.id, "slot"}, ""));
    master = applied(master, remove_edit({"rhythm", "slots", "slot-perk"}));
    json column = to_json_value(base.rhythm.columns[0]);
    column["id"] = "col-own";
    column["slot"] = "slot-perk";
    const Plan copy = applied(base, insert_edit({"rhythm", "columns"}, column));
    const MergeResult r = merge_plans(base, master, copy);
    REQUIRE_MESSAGE(r.ok(), std::string(r.problem.path + " " + problem_text(r.problem, Lang::en)));
    CHECK(!validate_plan(r.plan));
    CHECK(by_id(r.plan.rhythm.slots, "slot-perk"));
    CHECK(r.kept == std::vector<std::string>{"slot-perk"});
    CHECK(by_id(r.plan.rhythm.columns, "col-own")->slot == "slot-perk");
}

TEST_CASE("merge: the content mix is one value; the order of a list follows the side that changed it") {
    const Plan base = tpl();
    json mix = to_json_value(base.content.mix);
    mix["activation"] = 60, mix["conversion"] = 20, mix["brand"] = 20;
    const Plan master = applied(base, set_edit({"content", "mix"}, mix));
    mix["activation"] = 40, mix["conversion"] = 30, mix["brand"] = 30;
    Plan copy = applied(base, set_edit({"content", "mix"}, mix));
    const std::string last = base.setup.rules.back().id, first = base.setup.rules.front().id;
    copy = applied(copy, move_edit({"setup", "rules", last}, first));
    const MergeResult r = merge_plans(base, master, copy);
    REQUIRE(r.ok());
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].key == "content.mix");
    CHECK(r.plan.setup.rules.front().id == last);
    const MergeResult m = merge_plans(base, master, copy, {{"content.mix", MergeSide::master}});
    CHECK(m.plan.content.mix.activation == 60);
    // Reordered differently on both sides: a conflict of the order.
    const Plan master2 = applied(base, move_edit({"setup", "rules", first}, ""));
    const MergeResult o = merge_plans(base, master2, copy);
    bool order = false;
    for (const MergeConflict& x : o.conflicts) order = order || x.key == "setup.rules@order";
    CHECK(order);
}

TEST_CASE("copies: three groups, the master's Wednesday column and a copy's own slot both reach the copy") {
    Plan master = tpl();
    master.basics.name = "宝妈成长营";
    const MasterRef ref{"p-master-1", 4, "宝妈成长营"};
    const std::vector<GroupValues> groups = {{"宝妈 2 群", "上海", "小周", {{"老师", "李老师"}}},
                                             {"宝妈 3 群", "苏州", "小林", {}},
                                             {"宝妈 4 群", "", "", {}}};
    std::vector<Plan> copies;
    for (const GroupValues& g : groups) copies.push_back(make_group_copy(master, ref, g));
    for (const Plan& c : copies) {
        CHECK(c.master.plan == "p-master-1");
        CHECK(c.master.revision == 4);
        CHECK(is_copy_of(c, "p-master-1"));
        CHECK(!validate_plan(c));
    }
    // The master changes its Wednesday column, naming its own group.
    Plan changed = applied(master, set_edit({"rhythm", "columns", "col-expert-qa", "name"}, "周三宝妈成长营专家直播"));
    changed = applied(changed, set_edit({"rhythm", "columns", "col-expert-qa", "message", "text"}, "今晚 8 点{群名}专家直播 🎉"));
    // The second group changes its own morning slot.
    const std::string slot = copies[1].rhythm.slots[0].id;
    copies[1] = applied(copies[1], set_edit({"rhythm", "slots", slot, "purpose"}, "苏州早安📣"));
    const MasterRef now{"p-master-1", 9, "宝妈成长营"};
    for (size_t i = 0; i < copies.size(); ++i) {
        CAPTURE(i);
        const MergeResult r = update_from_master(copies[i], changed, now);
        REQUIRE(r.ok());
        CHECK(r.conflicts.empty());
        const Column* wed = by_id(r.plan.rhythm.columns, "col-expert-qa");
        REQUIRE(wed);
        CHECK(wed->name == "周三" + groups[i].name + "专家直播");   // in the group's own words
        CHECK(wed->message.text == "今晚 8 点" + groups[i].name + "专家直播 🎉");   // {群名} filled, as a copy's are
        CHECK(r.plan.basics.name == groups[i].name);
        CHECK(r.plan.master.revision == 9);
        if (i == 1) CHECK(by_id(r.plan.rhythm.slots, slot)->purpose == "苏州早安📣");
        else CHECK(by_id(r.plan.rhythm.slots, slot)->purpose == copies[i].rhythm.slots[0].purpose);
        // Updating again from the same master changes nothing.
        const MergeResult again = update_from_master(r.plan, changed, now);
        CHECK(again.plan == r.plan);
        CHECK(again.from_master == 0);
    }
}

TEST_CASE("copies: the master's progress never reaches a copy, and the link survives a file") {
    Plan master = tpl();
    const Plan copy = make_group_copy(master, {"p-m", 1, "m"}, {"二群", "", "", {}});
    // The master logs a KPI value and ticks a checklist item.
    Plan changed = master;
    changed.kpis.launch.checklist[0].done = !changed.kpis.launch.checklist[0].done;
    changed.reviews.push_back(Review{"rev-x", ReviewKind::weekly, kStart, {}, "m"});
    REQUIRE(!validate_plan(changed));
    // Through a file and back, the copy still merges.
    ImportResult back = import_plan_json(export_plan_json(copy, "2025-03-03T00:00:00Z"));
    REQUIRE(back.ok());
    CHECK(back.plan.master == copy.master);
    const MergeResult r = update_from_master(back.plan, changed, {"p-m", 2, "m"});
    REQUIRE(r.ok());
    CHECK(r.from_master == 0);
    CHECK(r.plan.reviews.empty());
    CHECK(r.plan.kpis.launch.checklist[0].done == copy.kpis.launch.checklist[0].done);
}

TEST_CASE("copies: no readable base is said, and the copy is left as it was") {
    Plan copy = make_group_copy(tpl(), {"p-m", 1, "m"}, {"二群", "", "", {}});
    copy.master.base = "{not json";
    const MergeResult r = update_from_master(copy, tpl(), {"p-m", 2, "m"});
    CHECK(!r.ok());
    CHECK(r.problem.path == "plan.master.base");
    CHECK(r.plan == copy);
    CHECK(problem_text(r.problem, Lang::zh).find("上次同步时的主方案") != std::string::npos);
}

TEST_CASE("copies: two versions of one copy merge over their common base") {
    const Plan master = tpl();
    const Plan copy = make_group_copy(master, {"p-m", 3, "m"}, {"二群", "杭州", "", {}});
    const Plan mine = applied(copy, set_edit({"setup", "rules", "rule-nickname", "text"}, "我这边的改动"));
    const Plan theirs = applied(copy, set_edit({"rhythm", "columns", "col-expert-qa", "note"}, "同事的改动"));
    CHECK(same_copy(mine, theirs));
    const MergeResult r = merge_copy_versions(mine, theirs);
    REQUIRE(r.ok());
    CHECK(r.conflicts.empty());
    CHECK(by_id(r.plan.setup.rules, "rule-nickname")->text == "我这边的改动");
    CHECK(by_id(r.plan.rhythm.columns, "col-expert-qa")->note == "同事的改动");
    CHECK(r.plan.master == mine.master);
    CHECK(!same_copy(mine, tpl()));
}
