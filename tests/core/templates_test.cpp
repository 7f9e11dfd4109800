// Built-in templates: valid, lossless through JSON, the same in both
// languages, complete where a user reads them, and within their own budgets.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "core/edits/calendar_edits.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/plan_json.hpp"
#include "core/rules/clashes.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/templates/templates.hpp"
#include "core/json/validate.hpp"

using namespace core;

namespace {

const Date kStart = date_from_ymd(2025, 3, 3);

// The plan's shape as tokens: ids, references, numbers, enums, dates and
// list sizes exactly; free text only as "empty" or "filled".
struct Shape {
    std::vector<std::string> tokens;
    template <class T, class Check = NoCheck>
    void field(const char* key, T& value, Check check = {}) {
        tokens.push_back(key);
        add(value, check);
    }
    template <class T, class Check>
    void add(T& value, Check check) {
        if constexpr (std::is_same_v<T, std::string>) {
            if constexpr (std::is_same_v<Check, IdText> || std::is_same_v<Check, Ref>) tokens.push_back("=" + value);
            else tokens.push_back(value.empty() ? "empty" : "filled");
        } else if constexpr (is_vector<T>::value) {
            tokens.push_back("list " + std::to_string(value.size()));
            using E = std::conditional_t<std::is_same_v<Check, Ids>, NoCheck, Check>;
            for (auto& e : value) add(e, E{});
        } else if constexpr (is_optional<T>::value) {
            if (value) add(*value, check);
            else tokens.push_back("none");
        } else if constexpr (std::is_class_v<T> && !std::is_same_v<T, Date> && !std::is_same_v<T, TimeOfDay>) {
            describe(*this, value);
        } else {
            tokens.push_back(to_json_value(value).dump());
        }
    }
};

std::vector<std::string> shape_of(Plan plan) {
    Shape s;
    describe(s, plan);
    return s.tokens;
}

std::vector<Plan> all_templates(Lang lang) {
    std::vector<Plan> out;
    for (const TemplateInfo& t : template_list()) out.push_back(make_template(t.id, lang, kStart));
    return out;
}

}  // namespace

TEST_CASE("every template is a valid plan that survives export and import unchanged, in both languages") {
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            CAPTURE(std::string(t.key));
            CAPTURE((int)lang);
            const Plan plan = make_template(t.id, lang, kStart);
            const Problem p = validate_plan(plan);
            REQUIRE_MESSAGE(!p, problem_text(p, Lang::en));
            const ImportResult r = import_plan_json(export_plan_json(plan, "2025-03-01T00:00:00Z"));
            REQUIRE_MESSAGE(r.ok(), problem_text(r.problem, Lang::en));
            CHECK(r.plan == plan);
            // Day 0 is the day the template is made: the start date, or the
            // takeover of a revival (whose founding date the operator enters).
            CHECK(plan_day0(plan.basics) == kStart);
        }
    }
}

TEST_CASE("the Chinese and English versions of a template have the same ids, lists and numbers") {
    for (const TemplateInfo& t : template_list()) {
        CAPTURE(std::string(t.key));
        const auto zh = shape_of(make_template(t.id, Lang::zh, kStart));
        const auto en = shape_of(make_template(t.id, Lang::en, kStart));
        REQUIRE(zh.size() == en.size());
        for (size_t i = 0; i < zh.size(); ++i) {
            CAPTURE(i);
            CHECK(zh[i] == en[i]);
        }
    }
}

TEST_CASE("the template list names every template once, with a label and a description in both languages") {
    std::set<std::string> keys, labels;
    for (const TemplateInfo& t : template_list()) {
        CHECK(keys.insert(t.key).second);
        CHECK(template_from_key(t.key) == t.id);
        CHECK(template_info(t.id).key == std::string(t.key));
        for (Lang lang : {Lang::zh, Lang::en}) {
            CHECK(std::string(tr(t.label, lang)).size() > 3);
            CHECK(std::string(tr(t.description, lang)).size() > 20);
            CHECK(labels.insert(tr(t.label, lang)).second);
        }
    }
    CHECK(keys.size() == 10);
    CHECK(!template_from_key("nope"));
}

TEST_CASE("templates fill in every text a user reads") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        for (const TemplateInfo& t : template_list()) {
            CAPTURE(std::string(t.key));
            CAPTURE((int)lang);
            const Plan p = make_template(t.id, lang, kStart);
            const bool blank = t.id == TemplateId::blank;
            CHECK(!p.basics.name.empty());
            for (const Role& r : p.setup.roles) CHECK((!r.name.empty() && !r.duties.empty()));
            for (const Rule& r : p.setup.rules) CHECK(!r.text.empty());
            CHECK(!p.setup.announcement_intro.empty());
            for (const Script& s : p.setup.scripts) {
                CHECK(!s.title.empty());
                if (!blank) CHECK_MESSAGE(!s.text.empty(), s.id);
            }
            CHECK((!p.setup.visuals.avatar.empty() && !p.setup.visuals.announcement_layout.empty() &&
                   !p.setup.visuals.poster_sizes.empty()));
            for (const MonthTask& m : p.rhythm.month_tasks) CHECK((!m.title.empty() && !m.detail.empty() && !m.owner_role.empty()));
            for (const StagePlan* s : {&p.kpis.launch, &p.kpis.activation, &p.kpis.monetization, &p.kpis.retention,
                                       &p.kpis.referral}) {
                CHECK(!s->goal.empty());
                CHECK(s->kpis.size() >= 3);
                CHECK(!s->checklist.empty());
                for (const Kpi& k : s->kpis) {
                    CHECK_MESSAGE((!k.name.empty() && !k.unit.empty() && !k.remedies.empty()), k.id);
                    for (const Remedy& r : k.remedies) CHECK(!r.text.empty());
                }
                for (const CheckItem& c : s->checklist) CHECK(!c.text.empty());
            }
            CHECK(p.kpis.alerts.size() >= 4);
            for (const AlertRule& a : p.kpis.alerts) CHECK((!a.name.empty() && !a.action.empty()));
            CHECK(!p.rhythm.limits.source.empty());
            if (blank) continue;
            const Positioning& pos = p.basics.positioning;
            CHECK((!pos.users.empty() && !pos.pain.empty() && !pos.solution.empty()));
            CHECK(!p.basics.owner.empty());
            CHECK(p.basics.member_count > 0);
            CHECK(p.setup.scripts.size() >= 5);
            CHECK(!p.setup.pilot.tests.empty());
            CHECK(p.rhythm.slots.size() >= 3);
            for (const Slot& s : p.rhythm.slots) CHECK((!s.purpose.empty() && !s.owner_role.empty()));
            CHECK(p.rhythm.columns.size() >= 3);
            for (const Column& c : p.rhythm.columns) CHECK((!c.name.empty() && !c.note.empty() && !c.owner_role.empty()));
            int cold = 0, mature = 0;
            for (const SopLine& l : p.rhythm.routine) {
                CHECK_MESSAGE((!l.title.empty() && !l.detail.empty() && !l.owner_role.empty()), l.id);
                (l.phase == RoutinePhase::cold_start ? cold : mature) += 1;
            }
            CHECK(cold >= 3);
            CHECK(mature >= 1);
            CHECK(!p.rhythm.campaigns.empty());
            for (const Campaign& c : p.rhythm.campaigns) {
                CHECK_MESSAGE((!c.name.empty() && !c.goal.empty() && !c.detail.empty() && c.start && c.end), c.id);
                if (c.temp_group) CHECK((!c.temp_group_name.empty() && !c.recap.empty()));
            }
            CHECK(!p.rhythm.runsheets.empty());
            CHECK(!p.incentives.points_rules.empty());
            CHECK(!p.incentives.rewards.empty());
            CHECK(!p.incentives.levels.empty());
            CHECK(p.incentives.products.size() >= 3);
            for (const PointsRule& r : p.incentives.points_rules) CHECK(!r.action.empty());
            for (const Reward& r : p.incentives.rewards) CHECK(!r.reward.empty());
            for (const Level& l : p.incentives.levels) CHECK((!l.name.empty() && !l.benefits.empty()));
            for (const Product& x : p.incentives.products) CHECK((!x.name.empty() && !x.note.empty()));
            for (const Promotion& x : p.incentives.promotions) CHECK((!x.name.empty() && !x.detail.empty() && !x.script.empty()));
            CHECK(!p.incentives.promotions.empty());
        }
    }
}

TEST_CASE("the blank plan has the 1+3 roles, three don'ts and three musts, the starter-kit titles and the five stages") {
    const Plan p = make_template(TemplateId::blank, Lang::zh, kStart);
    std::vector<RoleKind> kinds;
    for (const Role& r : p.setup.roles) kinds.push_back(r.kind);
    CHECK(kinds == std::vector<RoleKind>{RoleKind::owner, RoleKind::admin, RoleKind::content, RoleKind::atmosphere});
    int donts = 0, musts = 0;
    for (const Rule& r : p.setup.rules) (r.kind == RuleKind::dont ? donts : musts) += 1;
    CHECK(donts == 3);
    CHECK(musts == 3);
    std::vector<ScriptKind> scripts;
    for (const Script& s : p.setup.scripts) scripts.push_back(s.kind);
    CHECK(scripts == std::vector<ScriptKind>{ScriptKind::welcome, ScriptKind::self_intro, ScriptKind::activity_notice, ScriptKind::faq});
    for (const Script& s : p.setup.scripts) CHECK(s.text.empty());
    CHECK(p.kpis.launch.start_day == 0);
    CHECK(p.kpis.launch.end_day == 7);
    CHECK(p.kpis.activation.end_day == 30);
    CHECK(p.kpis.monetization.end_day == 90);
    CHECK(!p.kpis.retention.end_day);
    CHECK(p.rhythm.slots.empty());
    CHECK(p.content.mix.activation == 50);
    CHECK(p.content.mix.conversion == 30);
    CHECK(p.content.mix.brand == 20);
}

TEST_CASE("templates stay within their daily message budget and the WeCom limits") {
    // Each dated day is checked for every start weekday below.
    for (const Plan& p : all_templates(Lang::zh)) {
        CAPTURE(p.basics.name);
        const int budget = budget_for(p);
        const auto load = weekday_load(p);
        for (int w = 0; w < 7; ++w) CHECK_MESSAGE(load[w] <= budget, "weekday " << w + 1 << ": " << load[w]);
        for (const LimitWarning& w : platform_warnings(p)) FAIL_CHECK(limit_warning_text(w, Lang::en));
        CHECK(duplicate_slot_times(p).empty());
    }
}

TEST_CASE("a template started on any weekday has no same-minute clash and keeps every day of its first 60 within budget, in both languages") {
    // The app starts a template today, so every weekday is a start date a
    // new user meets: day-N lines, run-sheets and their skips move with it.
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            for (int w = 0; w < 7; ++w) {
                const Date start{kStart.days + w};   // 2025-03-03 is a Monday … 2025-03-09 a Sunday
                const Plan p = make_template(t.id, lang, start);
                const std::string where = std::string(t.key) + (lang == Lang::zh ? " (zh)" : " (en)") + " started on " +
                                          tr(weekday_short(weekday_of(start)), Lang::en) + " " + format_date(start);
                for (const Clash& c : time_clashes(p, start)) FAIL_CHECK(where << ": " << clash_text(p, c, Lang::en));
                const int budget = budget_for(p);
                for (int d = 0; d < 60; ++d) {
                    const Date day{start.days + d};
                    const int load = load_on(p, day);
                    CHECK_MESSAGE(load <= budget, where << ", day " << d << " (" << day_words(day, Lang::en) << "): " << load
                                                        << " messages, budget " << budget);
                }
            }
        }
    }
}

TEST_CASE("every event run-sheet in a template has the nine steps in order, each with an owner") {
    for (const Plan& p : all_templates(Lang::en)) {
        for (const Runsheet& r : p.rhythm.runsheets) {
            CAPTURE(r.id);
            REQUIRE(r.steps.size() == 11);   // notify is three steps: morning, noon, evening
            std::vector<std::string> suffixes;
            for (const RunStep& s : r.steps) {
                suffixes.push_back(s.id.substr(r.id.size() + 1));
                CHECK(!s.owner_role.empty());
                CHECK(!s.note.empty());
            }
            CHECK(suffixes == std::vector<std::string>{"prepare", "notify-morning", "notify-noon", "notify-evening", "rules",
                                                       "warmup", "guest", "floor", "questions", "close", "perk"});
            CHECK(r.date);
        }
    }
}

TEST_CASE("templates are pure: the same template, language and date give the same plan") {
    for (const TemplateInfo& t : template_list())
        CHECK(make_template(t.id, Lang::en, kStart) == make_template(t.id, Lang::en, kStart));
    const Plan later = make_template(TemplateId::mother_baby, Lang::zh, date_from_ymd(2025, 7, 1));
    CHECK(later.basics.start_date == date_from_ymd(2025, 7, 1));
    CHECK(!validate_plan(later));
    for (const Campaign& c : later.rhythm.campaigns) CHECK(*c.start >= date_from_ymd(2025, 7, 1));
}

TEST_CASE("a campaign's run-sheet takes place during the campaign") {
    for (const Plan& p : all_templates(Lang::zh)) {
        for (const Campaign& c : p.rhythm.campaigns) {
            if (c.runsheet.empty()) continue;
            CAPTURE(c.id);
            for (const Runsheet& r : p.rhythm.runsheets)
                if (r.id == c.runsheet) CHECK((r.date && c.start && c.end && *r.date >= *c.start && *r.date <= *c.end));
        }
    }
}

namespace {

// Placeholders a template may leave for the moment of sending, because
// their value differs with every member it goes to, so the plan cannot hold
// one:
//  - {新人} {newcomer}: whoever just joined (the welcome);
//  - {称呼} {name}: the member a private message or an @ is addressed to;
//  - {商品} {product}: what that member bought last time (private recalls).
// Everything else a message names must be filled by the plan: the run-sheet,
// setup.placeholders, the group's name or the date.
const std::set<std::string> kSendTime = {"新人", "newcomer", "称呼", "name", "商品", "product"};

// Every message of a plan with the context it is sent in: the line's kind
// and id, and for a run-sheet step its event.
struct Sent {
    std::string what;
    const Message* message;
    const Runsheet* runsheet = nullptr;
    std::optional<Date> date;
};

std::vector<Sent> messages_of(const Plan& p) {
    const Date first_weeks{kStart.days + 10};
    std::vector<Sent> out;
    for (const Slot& x : p.rhythm.slots) out.push_back({"slot " + x.id, &x.message, nullptr, first_weeks});
    for (const Column& x : p.rhythm.columns) out.push_back({"column " + x.id, &x.message, nullptr, first_weeks});
    for (const SopLine& x : p.rhythm.routine) out.push_back({"line " + x.id, &x.message, nullptr, first_weeks});
    for (const MonthTask& x : p.rhythm.month_tasks) out.push_back({"month task " + x.id, &x.message, nullptr, first_weeks});
    for (const Campaign& x : p.rhythm.campaigns) out.push_back({"campaign " + x.id, &x.message, nullptr, x.start});
    for (const Runsheet& r : p.rhythm.runsheets)
        for (const RunStep& x : r.steps) out.push_back({"step " + x.id, &x.message, &r, r.date});
    for (const ContentItem& x : p.content.items) out.push_back({"content " + x.id, &x.message, nullptr, x.publish});
    return out;
}

}  // namespace

TEST_CASE("every slot, column and cold-start line of a template sends a message, in both languages") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        for (const TemplateInfo& t : template_list()) {
            if (t.id == TemplateId::blank) continue;
            CAPTURE(std::string(t.key));
            CAPTURE((int)lang);
            const Plan p = make_template(t.id, lang, kStart);
            // Its own text, or a script that exists and says something.
            auto sends = [&](const Message& m) { return !message_text(p, m).empty(); };
            for (const Slot& x : p.rhythm.slots) CHECK_MESSAGE(sends(x.message), x.id);
            for (const Column& x : p.rhythm.columns) CHECK_MESSAGE(sends(x.message), x.id);
            int cold = 0;
            for (const SopLine& x : p.rhythm.routine) {
                if (x.phase != RoutinePhase::cold_start || x.kind == LineKind::task) continue;
                CHECK_MESSAGE(sends(x.message), x.id);
                ++cold;
            }
            CHECK(cold >= 3);
            // And something to the group at the start of the month.
            for (const MonthTask& m : p.rhythm.month_tasks)
                if (m.id == "month-theme") CHECK(sends(m.message));
        }
    }
}

TEST_CASE("every script a template's message uses exists and has text") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        for (const Plan& p : all_templates(lang)) {
            CAPTURE(p.basics.name);
            for (const Sent& s : messages_of(p)) {
                if (s.message->script.empty()) continue;
                CAPTURE(s.what);
                const Script* script = message_script(p, *s.message);
                REQUIRE(script);
                CHECK(!script->text.empty());
                CHECK(s.message->text.empty());   // the script's text is sent, never a copy beside it
            }
        }
    }
}

TEST_CASE("every placeholder in a template's messages is filled by the plan, or left for the moment of sending") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        for (const Plan& p : all_templates(lang)) {
            CAPTURE(p.basics.name);
            for (const Placeholder& ph : p.setup.placeholders) CHECK_MESSAGE(!ph.value.empty(), ph.name);
            for (const Sent& s : messages_of(p)) {
                CAPTURE(s.what);
                const Filled f = fill_placeholders(p, message_text(p, *s.message), {s.date, s.runsheet, lang});
                for (const std::string& name : f.unfilled) CHECK_MESSAGE(kSendTime.count(name), name);
                CAPTURE(f.text);
                for (const char* empty : {"「」", "“”", "\"\"", "()", "（）", "《》", "  "})
                    CHECK(f.text.find(empty) == std::string::npos);
            }
        }
    }
}

TEST_CASE("a template's messages are written in its language") {
    // English text uses plain ASCII quotes; Chinese text no ASCII double quote
    // (a run-sheet's {topic} is quoted with “” in Chinese, "" in English).
    for (const Plan& p : all_templates(Lang::en))
        for (const Sent& s : messages_of(p))
            for (const char* curly : {"“", "”", "‘", "’", "「", "」"})
                CHECK_MESSAGE(s.message->text.find(curly) == std::string::npos, s.what);
    for (const Plan& p : all_templates(Lang::zh))
        for (const Sent& s : messages_of(p)) CHECK_MESSAGE(s.message->text.find('"') == std::string::npos, s.what);
}

TEST_CASE("a template's calendar skips address items its calendar has, and leave the event days within budget") {
    for (const TemplateInfo& t : template_list()) {
        for (Date start : {kStart, date_from_ymd(2025, 7, 2), date_from_ymd(2025, 11, 15)}) {
            CAPTURE(std::string(t.key));
            CAPTURE(start.days);
            const Plan p = make_template(t.id, Lang::zh, start);
            CHECK(stale_overrides(p).empty());
            for (const CalendarOverride& o : p.calendar.overrides) {
                CHECK(o.kind == OverrideKind::skip);
                CHECK(!o.note.empty());
            }
            // Whatever the weekday the template starts on, its events fit the day's budget.
            for (const Runsheet& r : p.rhythm.runsheets)
                if (r.date) CHECK_MESSAGE(load_on(p, *r.date) <= budget_for(p), r.id);
        }
    }
}

TEST_CASE("a stage's checklist names each planned day once: a line's own \"第 3 天：\" or \"Day 3:\" is not repeated") {
    auto item = [](Lang lang, const std::string& id) {
        const Plan plan = make_template(TemplateId::camp_5day, lang, kStart);
        for (const CheckItem& c : plan.kpis.launch.checklist)
            if (c.id == id) return c.text;
        return std::string("(no item " + id + ")");
    };
    // The line is "第 0 天：开营前发课表", "Day 0: the timetable before the opening".
    CHECK(item(Lang::zh, "launch-plan-line-d0-open") == "第 0 天 18:30 开营前发课表");
    CHECK(item(Lang::en, "launch-plan-line-d0-open") == "Day 0, 18:30 — The timetable before the opening");
    // And in every template: an item does not say its day twice.
    const std::regex day_zh("^第 \\d+ 天 \\d\\d:\\d\\d (第\\s*\\d+\\s*天)?"), day_en("^Day \\d+, \\d\\d:\\d\\d — (Day \\d+)?");
    int planned = 0;
    for (const TemplateInfo& t : template_list())
        for (Lang lang : {Lang::zh, Lang::en}) {
            Plan plan = make_template(t.id, lang, kStart);
            for (StagePlan* stage : {&plan.kpis.launch, &plan.kpis.activation, &plan.kpis.monetization, &plan.kpis.retention, &plan.kpis.referral})
                for (const CheckItem& c : stage->checklist) {
                    if (c.id.find("-plan-") == std::string::npos) continue;
                    CAPTURE(c.text);
                    std::smatch m;
                    REQUIRE(std::regex_search(c.text, m, lang == Lang::zh ? day_zh : day_en));
                    CHECK_FALSE(m[1].matched);
                    ++planned;
                }
        }
    CHECK(planned > 20);
}
