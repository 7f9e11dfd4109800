// The content mix (促活 / 转化 / 品牌) of a range and of the whole plan,
// deviation and warning, largest-remainder rounding, and auto-fill: its
// counts, its even spread and the "no three conversion pushes in a row"
// rule, proved over many seeded random inputs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "content_fixture.hpp"
#include "core/rules/content_mix.hpp"
#include "random_plan.hpp"

using namespace core;
using namespace testing;

namespace {

using Seq = std::vector<std::optional<Category>>;
using Counts = std::array<int, 3>;

// An independent largest-remainder rounding for the property tests.
Counts expected_rounding(const Counts& pct, int n) {
    Counts out{};
    std::vector<std::pair<double, int>> rest;
    int given = 0;
    for (int c = 0; c < 3; ++c) {
        double exact = pct[c] * n / 100.0;
        out[c] = (int)std::floor(exact + 1e-9);
        given += out[c];
        rest.push_back({exact - out[c], c});
    }
    std::stable_sort(rest.begin(), rest.end(), [](auto a, auto b) { return a.first > b.first + 1e-9; });
    for (int i = 0; i < n - given; ++i) ++out[rest[i].second];
    return out;
}

Counts random_targets(std::mt19937& rng) {
    std::uniform_int_distribution<int> pick(0, 100);
    int a = pick(rng), b = std::uniform_int_distribution<int>(0, 100 - a)(rng);
    Counts t{a, b, 100 - a - b};
    std::shuffle(t.begin(), t.end(), rng);
    return t;
}

// The sequence with the free positions filled in.
std::vector<Category> merged(const Seq& seq, const std::vector<Category>& free) {
    std::vector<Category> out;
    size_t next = 0;
    for (const auto& s : seq) out.push_back(s ? *s : free[next++]);
    return out;
}

// A run of three or more conversions that holds an assigned (free) item.
bool has_bad_run(const Seq& seq, const std::vector<Category>& all) {
    for (size_t i = 0; i < all.size();) {
        if (all[i] != Category::conversion) {
            ++i;
            continue;
        }
        size_t j = i;
        bool free = false;
        for (; j < all.size() && all[j] == Category::conversion; ++j)
            if (!seq[j]) free = true;
        if (j - i >= 3 && free) return true;
        i = j;
    }
    return false;
}

// Brute force: can the free positions take k conversions without a bad run?
bool avoidable(const Seq& seq, int k) {
    std::vector<size_t> free;
    for (size_t i = 0; i < seq.size(); ++i)
        if (!seq[i]) free.push_back(i);
    const size_t n = free.size();
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        if (__builtin_popcount(mask) != k) continue;
        std::vector<Category> all;
        size_t next = 0;
        for (const auto& s : seq) all.push_back(s ? *s : ((mask >> next++) & 1 ? Category::conversion : Category::brand));
        if (!has_bad_run(seq, all)) return true;
    }
    return false;
}

Counts counts_of(const std::vector<Category>& cats) {
    Counts c{};
    for (Category x : cats) ++c[(size_t)x];
    return c;
}

Plan without_content() {
    Plan p = content_plan();
    p.content.items.clear();
    return p;
}

// The fixture with every daily slot's purpose left blank: the slots are
// uncategorized, so auto-fill chooses their categories (the columns keep
// theirs: they have names).
Plan blank_slots() {
    Plan p = without_content();
    for (Slot& s : p.rhythm.slots) s.purpose.clear();
    return p;
}

}  // namespace

TEST_CASE("the mix of a week counts every item with a category once, empty slots by their slot's category") {
    Plan p = content_plan();
    MixCount week = mix_of(p, D(2025, 3, 3), D(2025, 3, 9));
    CHECK(week.count == Counts{22, 9, 4});
    CHECK(week.total() == 35);
    CHECK(week.percent(Category::activation) == doctest::Approx(62.857).epsilon(0.001));
    CHECK(week.deviation(Category::activation, p.content.mix) == doctest::Approx(12.857).epsilon(0.001));
    CHECK(week.deviation(Category::brand, p.content.mix) == doctest::Approx(-8.571).epsilon(0.001));
    CHECK(mix_warning(week, p.content.mix));   // 12.9 points over the 10-point threshold
    p.content.mix.warn_points = 15;
    CHECK_FALSE(mix_warning(week, p.content.mix));
    CHECK(mix_of_week(p, D(2025, 3, 6)) == week);
    CHECK(mix_of_month(p, D(2025, 3, 6)) == mix_of(p, D(2025, 3, 1), D(2025, 3, 31)));
    CHECK(mix_of_content(p).count == Counts{1, 1, 1});
}

TEST_CASE("an empty range has an empty mix and never warns") {
    MixCount none = mix_of(content_plan(), D(2025, 2, 1), D(2025, 2, 10));
    CHECK(none.total() == 0);
    CHECK(none.percent(Category::brand) == 0);
    CHECK_FALSE(mix_warning(none, MixTargets{}));
}

TEST_CASE("a skipped item leaves the mix") {
    Plan p = content_plan();
    MixCount before = mix_of(p, D(2025, 3, 4), D(2025, 3, 4));
    p.calendar.overrides.push_back({.id = "ov-1", .source = CalendarSource::slot, .rule = "s-perk",
                                    .date = D(2025, 3, 4), .kind = OverrideKind::skip});
    MixCount after = mix_of(p, D(2025, 3, 4), D(2025, 3, 4));
    CHECK(after.of(Category::conversion) == before.of(Category::conversion) - 1);
}

TEST_CASE("largest-remainder rounding gives whole items that add up") {
    CHECK(largest_remainder({50, 30, 20}, 7) == Counts{4, 2, 1});
    CHECK(largest_remainder({50, 30, 20}, 1) == Counts{1, 0, 0});
    CHECK(largest_remainder({50, 30, 20}, 10) == Counts{5, 3, 2});
    CHECK(largest_remainder({34, 33, 33}, 3) == Counts{1, 1, 1});
    CHECK(largest_remainder({60, 30, 10}, 10) == Counts{6, 3, 1});
    CHECK(largest_remainder({50, 50, 0}, 1) == Counts{1, 0, 0});   // equal remainders: category order
    CHECK(largest_remainder({50, 30, 20}, 0) == Counts{0, 0, 0});
    CHECK(largest_remainder({0, 0, 100}, 5) == Counts{0, 0, 5});
}

TEST_CASE("property: with only empty slots, counts are the largest-remainder rounding of targets × n") {
    std::mt19937 rng(2025);
    for (int round = 0; round < 3000; ++round) {
        const Counts t = random_targets(rng);
        const int n = std::uniform_int_distribution<int>(0, 80)(rng);
        CAPTURE(t[0]);
        CAPTURE(t[1]);
        CAPTURE(t[2]);
        CAPTURE(n);
        Assignment a = assign_categories(Seq((size_t)n), t);
        REQUIRE(a.free.size() == (size_t)n);
        CHECK(counts_of(a.free) == a.counts);
        CHECK(a.counts == expected_rounding(t, n));
        for (int c = 0; c < 3; ++c) CHECK(std::abs(a.counts[c] - t[c] * n / 100.0) < 1.0);
    }
}

TEST_CASE("property: each category keeps an even pace through the range") {
    std::mt19937 rng(7);
    double worst = 0;
    for (int round = 0; round < 2000; ++round) {
        const Counts t = random_targets(rng);
        const int n = std::uniform_int_distribution<int>(1, 120)(rng);
        Assignment a = assign_categories(Seq((size_t)n), t);
        Counts so_far{};
        for (int j = 0; j < n; ++j) {
            ++so_far[(size_t)a.free[j]];
            for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(so_far[c] - a.counts[c] * (j + 1.0) / n));
        }
    }
    // Every prefix holds each category's share of it to within 1.5 items
    // (the run rule may delay a conversion by one place).
    CHECK(worst < 1.5);
}

TEST_CASE("property: no three conversions in a row when the counts allow it") {
    std::mt19937 rng(99);
    int checked = 0;
    for (int round = 0; round < 3000; ++round) {
        const Counts t = random_targets(rng);
        const int n = std::uniform_int_distribution<int>(0, 100)(rng);
        Assignment a = assign_categories(Seq((size_t)n), t);
        const int k = a.counts[1], others = n - k;
        if (k <= 2 * (others + 1)) {   // there are enough gaps to break every run
            ++checked;
            CHECK(a.runs_avoided);
            CHECK_FALSE(has_bad_run(Seq((size_t)n), a.free));
        }
    }
    CHECK(checked > 2000);
}

TEST_CASE("property: around fixed items, the range meets the targets and runs are avoided when possible") {
    std::mt19937 rng(31337);
    int feasible_cases = 0, avoidable_cases = 0;
    for (int round = 0; round < 4000; ++round) {
        const Counts t = random_targets(rng);
        const int len = std::uniform_int_distribution<int>(0, 14)(rng);
        Seq seq;
        Counts fixed{};
        for (int i = 0; i < len; ++i) {
            if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) {
                Category c = (Category)std::uniform_int_distribution<int>(0, 2)(rng);
                ++fixed[(size_t)c];
                seq.push_back(c);
            } else {
                seq.push_back(std::nullopt);
            }
        }
        CAPTURE(round);
        Assignment a = assign_categories(seq, t);
        const int n = len - fixed[0] - fixed[1] - fixed[2];
        REQUIRE(a.free.size() == (size_t)n);
        const Counts desired = expected_rounding(t, len);
        bool fits = true;
        for (int c = 0; c < 3; ++c) fits = fits && desired[c] >= fixed[c];
        const Counts total = counts_of(merged(seq, a.free));
        if (fits) {
            ++feasible_cases;
            CHECK(total == desired);
        } else {
            for (int c = 0; c < 3; ++c)   // an over-full category gets nothing more
                if (fixed[c] > desired[c]) CHECK(a.counts[c] == 0);
        }
        if (avoidable(seq, a.counts[1])) {
            ++avoidable_cases;
            CHECK(a.runs_avoided);
            CHECK_FALSE(has_bad_run(seq, merged(seq, a.free)));
        } else {
            CHECK_FALSE(a.runs_avoided);
        }
    }
    CHECK(feasible_cases > 1000);
    CHECK(avoidable_cases > 1000);
}

TEST_CASE("auto-fill gives every blank slot of a week a category and applies as one undoable edit") {
    Plan p = blank_slots();
    const Date mon = D(2025, 3, 3), sun = D(2025, 3, 9);
    AutoFill fill = auto_fill(p, mon, sun, Lang::zh);
    CHECK(fill.proposal.size() == 28);   // 26 empty slots + 2 columns on slots
    // 33 counted items: 7 fixed (3 columns, 4 lines) + 26 free.
    CHECK(fill.before.total() == 33);
    CHECK(fill.after.count == largest_remainder({50, 30, 20}, 33));
    CHECK(fill.after.count == Counts{16, 10, 7});
    CHECK(fill.runs_avoided);
    for (const FillProposal& f : fill.proposal)
        if (f.source == CalendarSource::column) CHECK(f.category == (f.key.find("c-brief") != std::string::npos
                                                                         ? Category::brand
                                                                         : Category::conversion));
    Applied a = apply(p, fill.edit);
    REQUIRE_MESSAGE(!a.problem, problem_text(a.problem, Lang::en));
    CHECK(apply(a.plan, a.undo).plan == p);
    auto week = expand_calendar(a.plan, mon, sun);
    CHECK(std::none_of(week.begin(), week.end(), [](const CalendarItem& it) { return it.empty(); }));
    CHECK(mix_of(week) == fill.after);
    const CalendarItem* first = find_key(week, "slot:s-am@2025-03-03");
    REQUIRE(first);
    CHECK(first->title != "早安问候");
    CHECK_FALSE(first->title.empty());
    CHECK(first->status == Status::idea);
    // The filled week keeps conversions apart.
    Seq seq;
    std::vector<Category> cats;
    for (const auto& it : week)
        if (it.category) {
            seq.push_back(std::find_if(fill.proposal.begin(), fill.proposal.end(), [&](const FillProposal& f) {
                              return f.key == it.key && f.source == CalendarSource::slot;
                          }) == fill.proposal.end()
                              ? std::optional(*it.category)
                              : std::nullopt);
            cats.push_back(*it.category);
        }
    CHECK_FALSE(has_bad_run(seq, cats));
    // Nothing left to fill: an empty proposal and an edit that changes nothing.
    AutoFill again = auto_fill(a.plan, mon, sun, Lang::zh);
    CHECK(again.proposal.empty());
    CHECK_FALSE(apply(a.plan, again.edit).changed);
}

TEST_CASE("auto-fill follows changed targets: 60/30/10") {
    Plan p = blank_slots();
    p.content.mix = {60, 30, 10, 10};
    AutoFill fill = auto_fill(p, D(2025, 3, 3), D(2025, 3, 9), Lang::en);
    // LR(60/30/10 × 33) = 20/10/3, and the 3 fixed brand items already fill brand.
    CHECK(fill.after.count == Counts{20, 10, 3});
    CHECK_FALSE(mix_warning(fill.after, p.content.mix));
    for (const FillProposal& f : fill.proposal)
        if (f.source == CalendarSource::slot) CHECK(f.category != Category::brand);
}

TEST_CASE("auto-fill of a whole year meets the targets and keeps conversions apart") {
    Plan p = blank_slots();
    const Date from = D(2025, 3, 3), to = D(2026, 3, 1);
    AutoFill fill = auto_fill(p, from, to, Lang::zh);
    CHECK(fill.runs_avoided);
    CHECK(fill.proposal.size() == 364 * 4);   // every slot (or column on it) of 52 weeks
    const int n = fill.after.total();
    for (Category c : enum_values<Category>())
        CHECK(std::abs(fill.after.of(c) - target_percents(p.content.mix)[(size_t)c] * n / 100.0) < 1.0);
    Applied a = apply(p, fill.edit);
    REQUIRE(!a.problem);
    // Every week of it is near the targets too: the spread is even, not front-loaded.
    for (Date monday = from; monday.days + 6 <= to.days; monday.days += 7) {
        MixCount week = mix_of_week(a.plan, monday);
        CHECK(std::abs(week.deviation(Category::conversion, p.content.mix)) < 10);
    }
}

TEST_CASE("auto-fill on random plans always produces an edit the plan accepts") {
    for (unsigned seed = 1; seed <= 30; ++seed) {
        CAPTURE(seed);
        Plan plan = RandomPlan(seed, 5).make();
        const Date from = plan.basics.start_date.value_or(D(2030, 1, 1));
        const Date to{from.days + 13};
        AutoFill fill = auto_fill(plan, from, to, Lang::zh);
        Applied a = apply(plan, fill.edit);
        REQUIRE_MESSAGE(!a.problem, problem_text(a.problem, Lang::en));
        auto items = expand_calendar(a.plan, from, to);
        CHECK(std::none_of(items.begin(), items.end(), [](const CalendarItem& it) { return it.empty(); }));
        CHECK(mix_of(items) == fill.after);
        for (const FillProposal& f : fill.proposal) {
            CHECK(f.title != f.slot_title);
            CHECK_FALSE(f.title.empty());
        }
    }
}
