// Templates that are right on first open (issue 18): opened on any weekday,
// in either language, a template raises no message-budget warning, keeps its
// content mix within the warning threshold in each of its first four weeks,
// and its stage checklists and remedies name only times and weekdays its
// own rhythm has. Short-lived groups have stages that fit their life, and
// the team's own tasks are typed as tasks, never counted as group posts.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "core/rules/content_mix.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/rules/stages.hpp"
#include "core/templates/templates.hpp"

using namespace core;

namespace {

const Date kMonday = date_from_ymd(2025, 3, 3);

std::string where(const TemplateInfo& t, Lang lang, Date start) {
    return std::string(t.key) + (lang == Lang::zh ? " (zh)" : " (en)") + " opened " +
           tr(weekday_short(weekday_of(start)), Lang::en) + " " + format_date(start);
}

// Every text of a stage a user reads as an instruction: checklist items and
// KPI remedies.
std::vector<std::string> stage_texts(const Plan& p) {
    std::vector<std::string> out;
    for (Stage s : kAllStages) {
        const StagePlan& sp = stage_plan(p, s);
        for (const CheckItem& c : sp.checklist) out.push_back(c.text);
        for (const Kpi& k : sp.kpis)
            for (const Remedy& r : k.remedies) out.push_back(r.text);
    }
    return out;
}

// The times of day the rhythm has: slots, routine lines, run-sheet starts and steps.
std::set<int> rhythm_times(const Plan& p) {
    std::set<int> out;
    for (const Slot& s : p.rhythm.slots) out.insert(s.time.minutes);
    for (const SopLine& l : p.rhythm.routine) out.insert(l.timing.time.minutes);
    for (const Runsheet& r : p.rhythm.runsheets) {
        if (r.start) out.insert(r.start->minutes);
        for (const RunStep& s : r.steps)
            if (s.time) out.insert(s.time->minutes);
    }
    return out;
}

// The weekdays (1–7) the rhythm names: columns, weekday lines, dated run-sheets.
std::set<int> rhythm_weekdays(const Plan& p) {
    std::set<int> out;
    for (const Column& c : p.rhythm.columns) out.insert(c.weekday);
    for (const SopLine& l : p.rhythm.routine)
        if (l.timing.kind == TimingKind::weekday) out.insert(l.timing.weekday);
    for (const Runsheet& r : p.rhythm.runsheets)
        if (r.date) out.insert(weekday_of(*r.date));
    return out;
}

int weekday_from_word(const std::string& w) {
    static const char* zh[] = {"一", "二", "三", "四", "五", "六", "日"};
    static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (int i = 0; i < 7; ++i)
        if (w == zh[i] || w.rfind(en[i], 0) == 0) return i + 1;
    return w == "天" ? 7 : 0;
}

}  // namespace

TEST_CASE("every template opens without a message-budget warning, on any weekday, in both languages") {
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            for (int w = 0; w < 7; ++w) {
                const Date start{kMonday.days + w};
                const Plan p = make_template(t.id, lang, start);
                const std::string at = where(t, lang, start);
                for (int day : overloaded_weekdays(p)) FAIL_CHECK(at << ": " << budget_warning_text(p, day, Lang::en));
                // The weeks the dashboard and the message-load tab show: the
                // one holding the start and the next four.
                for (int i = 0; i < 5; ++i) {
                    const WeekLoad week = week_load(p, Date{start.days + 7 * i});
                    for (int d = 0; d < 7; ++d)
                        if (week.over(d))
                            FAIL_CHECK(at << ": " << budget_warning_text(p, Date{week.monday.days + d}, Lang::en));
                }
            }
        }
    }
}

TEST_CASE("every template keeps its content mix within the warning threshold in each of its first four weeks") {
    // A week of the plan is seven days from the start date: the first one
    // is a whole week whatever weekday the group opens on.
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            for (int w = 0; w < 7; ++w) {
                const Date start{kMonday.days + w};
                const Plan p = make_template(t.id, lang, start);
                for (int i = 0; i < 4; ++i) {
                    const Date from{start.days + 7 * i};
                    const MixCount mix = mix_of(p, from, Date{from.days + 6});
                    CHECK_MESSAGE(!mix_warning(mix, p.content.mix),
                                  where(t, lang, start) << ", week " << i + 1 << ": 促活 " << mix.of(Category::activation)
                                                        << " / 转化 " << mix.of(Category::conversion) << " / 品牌 "
                                                        << mix.of(Category::brand) << " against " << p.content.mix.activation
                                                        << "/" << p.content.mix.conversion << "/" << p.content.mix.brand);
                }
            }
        }
    }
}

TEST_CASE("every time and weekday a template's checklists and remedies name is in its own rhythm") {
    // (Alternations, not bracket lists: std::regex reads UTF-8 bytes, so a
    // list of hanzi would match any of their bytes.)
    const std::regex time_re(R"((\d{1,2})(?::|：)(\d{2}))");
    const std::regex weekday_re(R"((?:周|星期|礼拜)(一|二|三|四|五|六|日|天)|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)");
    for (const TemplateInfo& t : template_list()) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            for (int w = 0; w < 7; ++w) {
                const Date start{kMonday.days + w};
                const Plan p = make_template(t.id, lang, start);
                const std::set<int> times = rhythm_times(p), weekdays = rhythm_weekdays(p);
                for (const std::string& text : stage_texts(p)) {
                    for (std::sregex_iterator m(text.begin(), text.end(), time_re), end; m != end; ++m) {
                        const int minutes = std::stoi((*m)[1]) * 60 + std::stoi((*m)[2]);
                        CHECK_MESSAGE(times.count(minutes), where(t, lang, start) << ": \"" << text << "\" names "
                                                                                  << m->str() << ", not in the rhythm");
                    }
                    for (std::sregex_iterator m(text.begin(), text.end(), weekday_re), end; m != end; ++m) {
                        // "每周一次" is "once a week", not Monday.
                        if (text.compare(m->position() + m->length(), 3, "次") == 0) continue;
                        const int day = weekday_from_word((*m)[1].matched ? (*m)[1].str() : (*m)[2].str());
                        CHECK_MESSAGE(weekdays.count(day), where(t, lang, start) << ": \"" << text << "\" names "
                                                                                 << m->str() << ", not in the rhythm");
                    }
                }
            }
        }
    }
}

TEST_CASE("the checklists name the group rules one way: 三不三要") {
    for (const TemplateInfo& t : template_list()) {
        const Plan zh = make_template(t.id, Lang::zh, kMonday);
        for (const std::string& text : stage_texts(zh)) {
            CHECK_MESSAGE(text.find("三禁三必") == std::string::npos, t.key << ": " << text);
            CHECK_MESSAGE(text.find("三必做") == std::string::npos, t.key << ": " << text);
        }
    }
}

TEST_CASE("short-lived groups have stages that fit their life") {
    for (Lang lang : {Lang::zh, Lang::en}) {
        // The camp is over in a week (the group closes, graduates move to the
        // alumni group): every stage starts within it, and none of its texts
        // is a long-lived group's (a 90-day horizon, RFM segments, next
        // festival sale).
        const Plan camp = make_template(TemplateId::camp_5day, lang, kMonday);
        for (Stage s : kAllStages) {
            CHECK_MESSAGE(stage_plan(camp, s).start_day <= 7, stage_key(s));
            CHECK_MESSAGE(stage_plan(camp, s).end_day.value_or(99) <= 8, stage_key(s));
        }
        for (const std::string& text : stage_texts(camp)) {
            CHECK_MESSAGE(text.find("90") == std::string::npos, text);
            CHECK_MESSAGE(text.find("RFM") == std::string::npos, text);
            CHECK_MESSAGE(text.find(lang == Lang::zh ? "大促" : "festival") == std::string::npos, text);
        }
        // The 7-day plan is the group's first week: launch and activation
        // are those seven days, and the selling starts after them.
        const Plan week = make_template(TemplateId::new_group_7day, lang, kMonday);
        CHECK(stage_plan(week, Stage::launch).start_day == 0);
        CHECK(stage_plan(week, Stage::activation).end_day.value_or(99) <= 8);
        CHECK(stage_plan(week, Stage::monetization).start_day <= 8);
    }
}

TEST_CASE("a template's own tasks are typed as tasks and are neither group messages nor content") {
    const struct {
        TemplateId id;
        const char* line;
    } tasks[] = {
        {TemplateId::mother_baby, "line-weekly-review"},   // 周日内容复盘
        {TemplateId::revive, "line-know-members"},         // 第一步：摸清成员
        {TemplateId::revive, "line-day7-check"},           // 第 7 天：看日活
        {TemplateId::education, "line-trial-followup"},    // private follow-ups, not in the group
        {TemplateId::fitness, "line-churn-check"},
    };
    for (const auto& t : tasks) {
        const Plan p = make_template(t.id, Lang::zh, kMonday);
        CAPTURE(t.line);
        const SopLine* line = nullptr;
        for (const SopLine& l : p.rhythm.routine)
            if (l.id == t.line) line = &l;
        REQUIRE(line);
        CHECK(line->kind == LineKind::task);
        CHECK(line->sends() == 0);
        // On the calendar it is there (the team sees it) with no category and nothing sent.
        for (const CalendarItem& it : expand_calendar(p, kMonday, Date{kMonday.days + 27}))
            if (it.rule == t.line) {
                CHECK_FALSE(it.category.has_value());
                CHECK(it.messages == 0);
            }
    }
    // Every line a template has that sends nothing and rides on no slot is a task.
    for (const TemplateInfo& t : template_list()) {
        const Plan p = make_template(t.id, Lang::zh, kMonday);
        for (const SopLine& l : p.rhythm.routine)
            if (l.messages == 0 && l.timing.kind != TimingKind::after_joined)
                CHECK_MESSAGE((l.kind == LineKind::task || l.phase == RoutinePhase::cold_start), t.key << ": " << l.id);
    }
}

TEST_CASE("a task line counts in neither the message load nor the content mix") {
    Plan p = make_template(TemplateId::blank, Lang::zh, kMonday);
    SopLine review;
    review.id = "line-review";
    review.phase = RoutinePhase::mature;
    review.timing = {TimingKind::weekday, 7, std::nullopt, 0, TimeOfDay{21 * 60}};
    review.title = "周日内容复盘";
    review.category = Category::brand;
    review.messages = 1;
    p.rhythm.routine.push_back(review);
    const Date sunday{kMonday.days + 6};
    const int as_post = load_on(p, sunday);
    const MixCount mix_post = mix_of(p, sunday, sunday);
    p.rhythm.routine.back().kind = LineKind::task;
    CHECK(load_on(p, sunday) == as_post - 1);
    CHECK(weekday_load(p)[6] == as_post - 1);
    CHECK(mix_of(p, sunday, sunday).of(Category::brand) == mix_post.of(Category::brand) - 1);
    CHECK(week_load(p, sunday).load[6] == as_post - 1);
}

TEST_CASE("the dashboard's week and the message-load tab's are one computation, labelled with their dates") {
    // week_load is load_on for each day of the calendar week, with every
    // dated line, run-sheet and skip.
    const Date thursday = date_from_ymd(2026, 12, 3);
    const Plan p = make_template(TemplateId::mother_baby, Lang::zh, thursday);
    const WeekLoad w = week_load(p, thursday);
    CHECK(w.monday == date_from_ymd(2026, 11, 30));
    CHECK(w.budget == budget_for(p));
    for (int d = 0; d < 7; ++d) CHECK(w.load[(size_t)d] == load_on(p, Date{w.monday.days + d}));
    CHECK(week_load(p, Date{thursday.days + 3}) == w);   // any day of the week gives the week
    CHECK(week_label(w.monday, thursday, Lang::zh) == "本周（11月30日–12月6日）");
    CHECK(week_label(w.monday, thursday, Lang::en) == "This week (30 Nov – 6 Dec)");
    CHECK(week_label(date_from_ymd(2026, 12, 7), thursday, Lang::zh) == "12月7日–13日");
    CHECK(week_label(date_from_ymd(2026, 12, 7), thursday, Lang::en) == "Week of 7–13 Dec");
}
