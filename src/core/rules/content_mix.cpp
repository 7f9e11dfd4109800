#include "core/rules/content_mix.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "core/edits/calendar_edits.hpp"
#include "core/json/json_fields.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/topics.hpp"
#include "core/text/i18n.hpp"

namespace core {

double MixCount::percent(Category c) const {
    const int n = total();
    return n == 0 ? 0.0 : 100.0 * of(c) / n;
}

double MixCount::deviation(Category c, const MixTargets& targets) const {
    return percent(c) - target_percents(targets)[(size_t)c];
}

std::array<int, 3> target_percents(const MixTargets& t) { return {t.activation, t.conversion, t.brand}; }

MixCount mix_of(const std::vector<CalendarItem>& items) {
    MixCount mix;
    for (const CalendarItem& it : items)
        if (it.category && !it.skipped) ++mix.count[(size_t)*it.category];
    return mix;
}

MixCount mix_of(const Plan& plan, Date from, Date to) { return mix_of(expand_calendar(plan, from, to)); }

MixCount mix_of_week(const Plan& plan, Date day) {
    const Date monday = monday_of(day);
    return mix_of(plan, monday, Date{monday.days + 6});
}

MixCount mix_of_month(const Plan& plan, Date day) { return mix_of(plan, first_of_month(day), last_of_month(day)); }

MixCount mix_of_content(const Plan& plan) {
    MixCount mix;
    for (const ContentItem& c : plan.content.items) ++mix.count[(size_t)c.category];
    return mix;
}

bool mix_warning(const MixCount& mix, const MixTargets& targets) {
    if (mix.total() == 0) return false;
    for (Category c : enum_values<Category>())
        if (std::abs(mix.deviation(c, targets)) > targets.warn_points) return true;
    return false;
}

std::array<int, 3> largest_remainder(const std::array<int, 3>& percents, int n) {
    std::array<int, 3> out{};
    if (n <= 0) return out;
    std::array<long long, 3> p{};
    long long total = 0;
    for (size_t c = 0; c < 3; ++c) total += p[c] = std::max(0, percents[c]);
    if (total == 0) p = {1, 1, 1}, total = 3;   // no targets: an even split
    std::array<long long, 3> remainder{};
    int left = n;
    for (size_t c = 0; c < 3; ++c) {
        out[c] = (int)(p[c] * n / total);
        remainder[c] = p[c] * n % total;
        left -= out[c];
    }
    std::array<size_t, 3> order{0, 1, 2};
    core::stable_sort(order, [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (int i = 0; i < left; ++i) ++out[order[(size_t)i % 3]];
    return out;
}

// ---- assignment ---------------------------------------------------------------------

namespace {

constexpr size_t kConv = (size_t)Category::conversion;

// Run states for the conversion rule: how long the current run of
// conversions is (0, 1, 2, 3+) and whether it holds an assigned item.
// A run of three or more that holds one is not allowed.
enum RunState : uint8_t { r0, r1, r1a, r2, r2a, r3, kRunStates, bad = 255 };

RunState next_state(RunState s, bool conversion, bool assigned) {
    if (!conversion) return r0;
    static const int len[] = {0, 1, 1, 2, 2, 3};
    static const bool held[] = {false, false, true, false, true, false};
    const int n = std::min(len[s] + 1, 3);
    const bool a = held[s] || assigned;
    if (n >= 3 && a) return bad;
    if (n == 1) return a ? r1a : r1;
    if (n == 2) return a ? r2a : r2;
    return r3;
}

// The counts for the free positions (see the header).
std::array<int, 3> free_counts(const std::array<int, 3>& targets, const std::array<int, 3>& fixed, int n) {
    const int all = n + fixed[0] + fixed[1] + fixed[2];
    const std::array<int, 3> desired = largest_remainder(targets, all);
    std::array<int, 3> need{};
    bool fits = true;
    for (size_t c = 0; c < 3; ++c) fits = fits && (need[c] = desired[c] - fixed[c]) >= 0;
    if (fits) return need;
    // Some category has more fixed items than its share: hand the free
    // positions out one at a time to the category furthest below its share.
    long long total = std::max(1, targets[0] + targets[1] + targets[2]);
    std::array<int, 3> x{};
    for (int i = 0; i < n; ++i) {
        size_t best = 0;
        long long best_deficit = 0;
        for (size_t c = 0; c < 3; ++c) {
            const long long deficit = (long long)targets[c] * all - total * (fixed[c] + x[c]);
            if (c == 0 || deficit > best_deficit) best = c, best_deficit = deficit;
        }
        ++x[best];
    }
    return x;
}

}  // namespace

Assignment assign_categories(const std::vector<std::optional<Category>>& sequence, const std::array<int, 3>& targets) {
    Assignment out;
    const size_t N = sequence.size();
    std::array<int, 3> fixed{};
    int n = 0;
    for (const auto& s : sequence) s ? ++fixed[(size_t)*s] : ++n;
    const std::array<int, 3> quota = free_counts(targets, fixed, n);
    std::array<long long, 3> pace{};   // each category's total over the whole range
    for (size_t c = 0; c < 3; ++c) pace[c] = fixed[c] + quota[c];

    // Bit s of feasible[p * (k + 1) + r]: positions p… can take r more
    // conversions among their free positions without a forbidden run,
    // entering p in run state s. One byte per (p, r): a year of daily
    // slots needs a few MB; past kMaxCells the run rule is not enforced.
    const int k = quota[kConv];
    const size_t cells = (N + 1) * (size_t)(k + 1);
    constexpr size_t kMaxCells = 16u << 20;
    const bool use_rule = cells <= kMaxCells;
    std::vector<uint8_t> feasible;
    std::vector<int> free_after(N + 1, 0);
    for (size_t p = N; p-- > 0;) free_after[p] = free_after[p + 1] + (sequence[p] ? 0 : 1);
    auto at = [&](size_t p, int r, int s) -> bool {
        return (feasible[p * (size_t)(k + 1) + (size_t)r] >> s) & 1;
    };
    if (use_rule) {
        feasible.assign(cells, 0);
        feasible[N * (size_t)(k + 1)] = (uint8_t)((1u << kRunStates) - 1);   // r = 0 at the end
        for (size_t p = N; p-- > 0;) {
            for (int r = 0; r <= k; ++r) {
                uint8_t bits = 0;
                for (int s = 0; s < kRunStates; ++s) {
                    bool ok = false;
                    if (sequence[p]) {
                        RunState t = next_state((RunState)s, *sequence[p] == Category::conversion, false);
                        ok = t != bad && at(p + 1, r, t);
                    } else {
                        RunState t = next_state((RunState)s, true, true);
                        ok = r > 0 && t != bad && at(p + 1, r - 1, t);
                        ok = ok || (free_after[p] - r > 0 && at(p + 1, r, r0));
                    }
                    if (ok) bits |= (uint8_t)(1u << s);
                }
                feasible[p * (size_t)(k + 1) + (size_t)r] = bits;
            }
        }
    }
    const bool keep_rule = use_rule && at(0, k, r0);
    out.runs_avoided = keep_rule;

    std::array<long long, 3> so_far{};   // items of each category before position p
    std::array<int, 3> left = quota;
    RunState state = r0;
    for (size_t p = 0; p < N; ++p) {
        Category chosen;
        if (sequence[p]) {
            chosen = *sequence[p];
        } else {
            // Furthest behind its even pace first: pace × (p + 1) / N − so far.
            std::array<size_t, 3> order{0, 1, 2};
            auto behind = [&](size_t c) { return pace[c] * (long long)(p + 1) - (long long)N * so_far[c]; };
            core::stable_sort(order, [&](size_t a, size_t b) {
                if (behind(a) != behind(b)) return behind(a) > behind(b);
                return left[a] > left[b];
            });
            size_t pick = 3;
            for (size_t c : order) {
                if (left[c] <= 0) continue;
                if (keep_rule) {
                    const bool conv = c == kConv;
                    RunState t = next_state(state, conv, true);
                    if (t == bad || !at(p + 1, left[kConv] - (conv ? 1 : 0), t)) continue;
                }
                pick = c;
                break;
            }
            if (pick == 3)   // unreachable when the counts add up; stay safe
                for (size_t c = 0; c < 3 && pick == 3; ++c)
                    if (left[c] > 0) pick = c;
            chosen = (Category)pick;
            --left[pick];
            ++out.counts[pick];
            out.free.push_back(chosen);
        }
        ++so_far[(size_t)chosen];
        RunState t = next_state(state, chosen == Category::conversion, !sequence[p]);
        state = t == bad ? r3 : t;
    }
    return out;
}

// ---- auto-fill over the calendar ---------------------------------------------------

namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace

bool has_purpose(const Slot& slot) { return !blank(slot.purpose); }

bool has_purpose(const Column& column) {
    return !blank(column.name) && column.name != tr(S::rhythm_new_column, Lang::zh) &&
           column.name != tr(S::rhythm_new_column, Lang::en);
}

AutoFill auto_fill(const Plan& plan, Date from, Date to, Lang lang) {
    AutoFill out;
    std::vector<CalendarItem> items = expand_calendar(plan, from, to);
    out.before = mix_of(items);

    // What the rule of an item not planned yet is for: its title, and whether
    // it has a purpose (a slot's or a column's; see has_purpose).
    struct Rule {
        std::string title;
        bool purpose = false;
    };
    auto rule_of = [&](const CalendarItem& it) -> Rule {
        if (it.source == CalendarSource::column)
            for (const Column& c : plan.rhythm.columns)
                if (c.id == it.rule) return {c.name, has_purpose(c)};
        for (const Slot& s : plan.rhythm.slots)
            if (s.id == it.slot) return {s.purpose, has_purpose(s)};
        return {it.title, !blank(it.title)};
    };

    std::vector<std::optional<Category>> sequence;
    std::vector<const CalendarItem*> open;   // items not planned yet, in order
    std::vector<Rule> rules;                 // theirs
    std::vector<size_t> free_index;          // for each open item: its free position, or SIZE_MAX
    size_t free_count = 0;
    for (const CalendarItem& it : items) {
        if (!it.category) continue;
        if (!it.empty()) {
            sequence.push_back(it.category);
            continue;
        }
        Rule r = rule_of(it);
        const bool free = !r.purpose;
        sequence.push_back(free ? std::nullopt : it.category);
        open.push_back(&it);
        rules.push_back(std::move(r));
        free_index.push_back(free ? free_count++ : SIZE_MAX);
    }
    const Assignment assigned = assign_categories(sequence, target_percents(plan.content.mix));
    out.runs_avoided = assigned.runs_avoided;

    // One cursor per topic bank, starting past the ideas the plan's items of
    // that category have used up.
    std::array<size_t, 3> cursor{};
    for (const ContentItem& c : plan.content.items) ++cursor[(size_t)c.category];
    const Industry industry = plan.basics.industry;

    std::vector<std::string> ids = fresh_content_ids(plan, open.size());
    std::vector<ContentItem> list = plan.content.items;
    for (size_t i = 0; i < open.size(); ++i) {
        const CalendarItem& gap = *open[i];
        FillProposal p;
        p.key = gap.key;
        p.source = gap.source;
        p.date = gap.date;
        p.time = gap.time;
        p.slot = gap.slot;
        p.slot_title = rules[i].title;
        p.assigned = free_index[i] != SIZE_MAX;
        p.category = p.assigned ? assigned.free[free_index[i]] : *gap.category;
        const std::string& own = rules[i].title;
        p.title = pick_topic(p.category, industry, lang, &cursor[(size_t)p.category],
                             [&](std::string_view idea) { return idea == own || idea == gap.title; });
        if (p.title.empty()) p.title = tr(label_of(p.category), lang);   // no bank: never the slot's title
        p.content_id = ids[i];
        ContentItem c;
        c.id = p.content_id;
        c.title = p.title;
        c.category = p.category;
        c.format = gap.format.value_or(Format::image_text);
        c.publish = gap.date;
        c.slot = gap.slot;
        if (gap.moved) c.time = gap.time;   // the slot's item was moved: keep its new time
        c.note = tr(S::mix_auto_fill_note, lang);
        list.push_back(std::move(c));
        out.proposal.push_back(std::move(p));
    }
    out.edit = set_edit({"content", "items"}, to_json_value(list));
    Plan after = plan;
    after.content.items = std::move(list);
    out.after = mix_of(after, from, to);
    return out;
}

}  // namespace core
