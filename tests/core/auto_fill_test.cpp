// Auto-fill that respects what each slot is for: slots and columns with a
// purpose keep their category and only the blank ones are given categories
// to meet the targets; week, month and custom ranges; topic ideas from the
// bank of the item's category and the plan's industry, never the slot's own
// title, varied within a week; the whole fill one undo step.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "content_fixture.hpp"
#include "core/edits/history.hpp"
#include "core/rules/content_mix.hpp"
#include "core/rules/topics.hpp"
#include "core/templates/templates.hpp"

using namespace core;
using namespace testing;

namespace {

Plan without_content() {
    Plan p = content_plan();
    p.content.items.clear();
    return p;
}

const Slot* slot_of(const Plan& p, const std::string& id) {
    for (const Slot& s : p.rhythm.slots)
        if (s.id == id) return &s;
    return nullptr;
}

const Column* column_of(const Plan& p, const std::string& key) {
    for (const Column& c : p.rhythm.columns)
        if (key.rfind("column:" + c.id + "@", 0) == 0) return &c;
    return nullptr;
}

bool in_bank(const std::string& title, Category c, Industry i, Lang lang) {
    for (const Topic& t : topic_bank(c, i))
        if (title == t.text(lang)) return true;
    return false;
}

}  // namespace

TEST_CASE("what has a purpose: a slot with purpose text, a column named by the user") {
    CHECK(has_purpose(Slot{.purpose = "晚间福利"}));
    CHECK_FALSE(has_purpose(Slot{}));
    CHECK_FALSE(has_purpose(Slot{.purpose = "  "}));
    CHECK(has_purpose(Column{.name = "周三答疑"}));
    CHECK_FALSE(has_purpose(Column{}));
    CHECK_FALSE(has_purpose(Column{.name = tr(S::rhythm_new_column, Lang::zh)}));
    CHECK_FALSE(has_purpose(Column{.name = tr(S::rhythm_new_column, Lang::en)}));
}

TEST_CASE("auto-fill keeps the category of every slot and column with a purpose") {
    Plan p = without_content();
    p.rhythm.slots[2].category = Category::brand;   // 互动话题 as brand: kept, though the targets want activation
    const Date from = D(2025, 3, 3), to = D(2025, 3, 9);
    const AutoFill fill = auto_fill(p, from, to, Lang::zh);
    REQUIRE(fill.proposal.size() == 28);
    for (const FillProposal& f : fill.proposal) {
        CAPTURE(f.key);
        CHECK_FALSE(f.assigned);
        if (const Column* c = column_of(p, f.key)) CHECK(f.category == c->category);
        else CHECK(f.category == slot_of(p, f.slot)->category);
    }
    Applied a = apply(p, fill.edit);
    REQUIRE(!a.problem);
    CHECK(a.plan.rhythm == p.rhythm);   // the slots themselves are untouched
    // On the calendar every filled slot shows its own slot's (or column's) category.
    for (const CalendarItem& it : expand_calendar(a.plan, from, to)) {
        if (it.source == CalendarSource::slot) CHECK(it.category == slot_of(p, it.slot)->category);
        if (it.source == CalendarSource::column) CHECK(it.category == column_of(p, it.key)->category);
    }
    // Nothing was free to move: the mix is what the rhythm plans.
    CHECK(fill.after == fill.before);
}

TEST_CASE("only slots and columns without a purpose are given categories to meet the targets") {
    Plan p = without_content();
    p.rhythm.columns.clear();
    p.rhythm.routine.clear();
    // Two slots with a purpose (activation), two blank ones, and a new column
    // still named as the grid names it, on the first blank slot on Wednesdays.
    p.rhythm.slots = {
        {.id = "s-am", .time = T(8, 0), .purpose = "早安问候", .category = Category::activation},
        {.id = "s-tip", .time = T(10, 0), .purpose = "育儿干货", .category = Category::activation},
        {.id = "s-x", .time = T(15, 0)},
        {.id = "s-y", .time = T(20, 0)},
    };
    p.rhythm.columns = {{.id = "c-new", .name = tr(S::rhythm_new_column, Lang::zh), .weekday = 3, .slot = "s-x",
                         .category = Category::activation}};
    const AutoFill fill = auto_fill(p, D(2025, 3, 3), D(2025, 3, 9), Lang::zh);
    REQUIRE(fill.proposal.size() == 28);
    std::array<int, 3> free{};
    for (const FillProposal& f : fill.proposal) {
        CAPTURE(f.key);
        const bool blank = f.slot == "s-x" || f.slot == "s-y";
        CHECK(f.assigned == blank);
        if (!blank) CHECK(f.category == Category::activation);
        if (f.assigned) ++free[(size_t)f.category];
    }
    // 28 items: 14 fixed activation; 50/30/20 of 28 is 14/8/6, so the 14 free
    // ones are 8 conversion and 6 brand.
    CHECK(free == std::array<int, 3>{0, 8, 6});
    CHECK(fill.after.count == largest_remainder({50, 30, 20}, 28));
    CHECK_FALSE(mix_warning(fill.after, p.content.mix));
}

TEST_CASE("a week, a month and custom dates propose items for exactly the dates in the range") {
    Plan p = without_content();
    p.rhythm.routine.clear();
    struct Range {
        Date from, to;
    };
    const Range ranges[] = {{D(2025, 3, 10), D(2025, 3, 16)},    // a week
                            {D(2025, 4, 1), D(2025, 4, 30)},     // a month
                            {D(2025, 3, 20), D(2025, 4, 6)}};    // custom
    for (const Range& r : ranges) {
        CAPTURE(format_date(r.from));
        const AutoFill fill = auto_fill(p, r.from, r.to, Lang::en);
        std::map<int, int> per_day;
        for (const FillProposal& f : fill.proposal) ++per_day[f.date.days];
        // Every day of the range, and no other, gets its four slots filled.
        CHECK(per_day.size() == (size_t)(r.to.days - r.from.days + 1));
        CHECK(per_day.begin()->first == r.from.days);
        CHECK(per_day.rbegin()->first == r.to.days);
        for (const auto& [day, n] : per_day) CHECK(n == 4);
        Applied a = apply(p, fill.edit);
        REQUIRE(!a.problem);
        for (const ContentItem& c : a.plan.content.items) {
            REQUIRE(c.publish);
            CHECK(*c.publish >= r.from);
            CHECK(*c.publish <= r.to);
        }
        // Inside the range nothing is left unplanned; the days around it are untouched.
        auto inside = expand_calendar(a.plan, r.from, r.to);
        CHECK(std::none_of(inside.begin(), inside.end(), [](const CalendarItem& it) { return it.empty(); }));
        CHECK(expand_calendar(a.plan, Date{r.from.days - 1}, Date{r.from.days - 1}) ==
              expand_calendar(p, Date{r.from.days - 1}, Date{r.from.days - 1}));
        CHECK(expand_calendar(a.plan, Date{r.to.days + 1}, Date{r.to.days + 1}) ==
              expand_calendar(p, Date{r.to.days + 1}, Date{r.to.days + 1}));
    }
}

TEST_CASE("no proposed title is its slot's title, even when the slot is named like an idea") {
    Plan p = without_content();
    p.basics.industry = Industry::mother_baby;
    // The morning slot is named exactly like the first activation idea of the bank.
    p.rhythm.slots[0].purpose = topic_bank(Category::activation, Industry::mother_baby)[0].zh;
    const AutoFill fill = auto_fill(p, D(2025, 3, 3), D(2025, 3, 30), Lang::zh);
    REQUIRE_FALSE(fill.proposal.empty());
    for (const FillProposal& f : fill.proposal) {
        CAPTURE(f.key);
        CHECK_FALSE(f.slot_title.empty());
        CHECK(f.title != f.slot_title);
    }
    // And every template, in both languages, over its first month.
    for (const TemplateInfo& t : template_list())
        for (Lang lang : {Lang::zh, Lang::en}) {
            CAPTURE(t.key);
            const Plan plan = make_template(t.id, lang, D(2025, 3, 3));
            const AutoFill f = auto_fill(plan, D(2025, 3, 3), D(2025, 4, 2), lang);
            std::set<std::string> own;
            for (const Slot& s : plan.rhythm.slots) own.insert(s.purpose);
            for (const Column& c : plan.rhythm.columns) own.insert(c.name);
            for (const FillProposal& x : f.proposal) {
                CHECK(x.title != x.slot_title);
                CHECK_FALSE(x.title.empty());
                CHECK(in_bank(x.title, x.category, plan.basics.industry, lang));
            }
            CHECK(!apply(plan, f.edit).problem);
        }
}

TEST_CASE("ideas come from the bank of the item's category and the plan's industry, in its language") {
    for (Industry industry : enum_values<Industry>())
        for (Lang lang : {Lang::zh, Lang::en}) {
            CAPTURE(enum_name(industry));
            Plan p = without_content();
            p.basics.industry = industry;
            const AutoFill fill = auto_fill(p, D(2025, 3, 3), D(2025, 3, 16), lang);
            std::set<Category> seen;
            for (const FillProposal& f : fill.proposal) {
                CAPTURE(f.title);
                CHECK(in_bank(f.title, f.category, industry, lang));
                for (Category other : enum_values<Category>())
                    if (other != f.category) CHECK_FALSE(in_bank(f.title, other, industry, lang));
                seen.insert(f.category);
            }
            CHECK(seen.size() == 3);
        }
    // The same fill of a 母婴 plan and of an 电商 plan share no idea.
    Plan a = without_content(), b = without_content();
    a.basics.industry = Industry::mother_baby;
    b.basics.industry = Industry::ecommerce;
    std::set<std::string> ta, tb;
    for (const FillProposal& f : auto_fill(a, D(2025, 3, 3), D(2025, 3, 9), Lang::zh).proposal) ta.insert(f.title);
    for (const FillProposal& f : auto_fill(b, D(2025, 3, 3), D(2025, 3, 9), Lang::zh).proposal) tb.insert(f.title);
    for (const std::string& t : ta) CHECK(tb.count(t) == 0);
}

TEST_CASE("the zh and en topic banks hold the same number of ideas, seven or more, none repeated") {
    for (Industry industry : enum_values<Industry>())
        for (Category category : enum_values<Category>()) {
            CAPTURE(enum_name(industry));
            CAPTURE(enum_name(category));
            const auto bank = topic_bank(category, industry);
            std::set<std::string> zh, en;
            for (const Topic& t : bank) {
                CHECK(std::string(t.zh).size() > 0);
                CHECK(std::string(t.en).size() > 0);
                zh.insert(t.zh);
                en.insert(t.en);
            }
            CHECK(bank.size() >= 7);
            CHECK(zh.size() == bank.size());
            CHECK(en.size() == bank.size());
            CHECK(zh.size() == en.size());
        }
}

TEST_CASE("ideas vary over a range: none repeats within a week while the bank has others") {
    Plan p = without_content();
    p.basics.industry = Industry::fitness;
    const AutoFill fill = auto_fill(p, D(2025, 3, 3), D(2025, 3, 30), Lang::zh);
    // Week by week, per category: as many different ideas as uses, up to the bank's size.
    std::map<std::pair<int, Category>, std::vector<std::string>> used;
    for (const FillProposal& f : fill.proposal) used[{(f.date.days - D(2025, 3, 3).days) / 7, f.category}].push_back(f.title);
    REQUIRE(used.size() == 12);   // four weeks × three categories
    for (const auto& [week, titles] : used) {
        const int week_number = week.first;   // (clang 14 cannot capture a structured binding)
        CAPTURE(week_number);
        const std::set<std::string> distinct(titles.begin(), titles.end());
        CHECK(distinct.size() == std::min(titles.size(), topic_bank(week.second, Industry::fitness).size()));
    }
    // A second fill continues where the plan's items leave off, rather than starting over.
    Applied a = apply(p, auto_fill(p, D(2025, 3, 3), D(2025, 3, 3), Lang::zh).edit);
    const AutoFill next = auto_fill(a.plan, D(2025, 3, 4), D(2025, 3, 4), Lang::zh);
    const AutoFill fresh = auto_fill(p, D(2025, 3, 4), D(2025, 3, 4), Lang::zh);
    REQUIRE(next.proposal.size() == fresh.proposal.size());
    bool differs = false;
    for (size_t i = 0; i < next.proposal.size(); ++i) differs = differs || next.proposal[i].title != fresh.proposal[i].title;
    CHECK(differs);
}

TEST_CASE("the whole fill is one undo step") {
    Plan p = content_plan();   // with content items already planned
    const AutoFill fill = auto_fill(p, D(2025, 3, 1), D(2025, 3, 31), Lang::en);
    REQUIRE(fill.proposal.size() > 100);
    History h;
    Applied a = h.commit(p, fill.edit);
    REQUIRE(!a.problem);
    CHECK(a.plan.content.items.size() == p.content.items.size() + fill.proposal.size());
    CHECK(h.steps() == 1);
    Plan back = h.undo(a.plan);
    CHECK(back == p);
    CHECK_FALSE(h.can_undo());
    CHECK(h.redo(back) == a.plan);
    // The user's own items are kept as they were, in front of the new ones.
    for (size_t i = 0; i < p.content.items.size(); ++i) CHECK(a.plan.content.items[i] == p.content.items[i]);
}
