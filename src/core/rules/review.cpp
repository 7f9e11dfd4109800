#include "core/rules/review.hpp"

#include <algorithm>

#include "core/model/stable_sort.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"

namespace core {

S label_of(ContentHint hint) {
    static const S labels[] = {S::review_hint_reuse_title, S::review_hint_test_time, S::review_hint_check_hook};
    return labels[(int)hint];
}

S label_of(ReviewKind kind) { return kind == ReviewKind::weekly ? S::review_weekly : S::review_monthly; }

namespace {

// Missing figures sort below every recorded one.
double or_lowest(const std::optional<double>& v) { return v ? *v : -1e300; }

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    core::stable_sort(values, std::less<>());
    size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

std::vector<RankedItem> rank_content(const Plan& plan, Date from, Date to) {
    std::vector<RankedItem> items;
    for (const ContentItem& c : plan.content.items) {
        const Metrics& m = c.metrics;
        if (c.status != Status::published || !c.publish || *c.publish < from || *c.publish > to) continue;
        if (!m.open_rate && !m.interaction_rate && !m.conversions) continue;
        RankedItem r;
        r.id = c.id;
        r.title = c.title;
        r.publish = *c.publish;
        r.open_rate = m.open_rate;
        r.interaction_rate = m.interaction_rate;
        r.conversions = m.conversions;
        items.push_back(std::move(r));
    }
    core::stable_sort(items, [](const RankedItem& a, const RankedItem& b) {
        if (or_lowest(a.open_rate) != or_lowest(b.open_rate)) return or_lowest(a.open_rate) > or_lowest(b.open_rate);
        if (or_lowest(a.interaction_rate) != or_lowest(b.interaction_rate))
            return or_lowest(a.interaction_rate) > or_lowest(b.interaction_rate);
        int ca = a.conversions.value_or(-1), cb = b.conversions.value_or(-1);
        if (ca != cb) return ca > cb;
        if (a.publish != b.publish) return a.publish < b.publish;
        return a.id < b.id;
    });

    const size_t n = items.size();
    const size_t k = n >= 2 ? (n + 4) / 5 : 0;
    std::vector<double> opens, interactions;
    for (const RankedItem& r : items) {
        if (r.open_rate) opens.push_back(*r.open_rate);
        if (r.interaction_rate) interactions.push_back(*r.interaction_rate);
    }
    const std::optional<double> open_median = median(opens);
    const std::optional<double> interaction_median = median(interactions);
    for (size_t i = 0; i < n; ++i) {
        RankedItem& r = items[i];
        r.rank = (int)i + 1;
        r.top = i < k;
        r.bottom = i >= n - k && k > 0;
        if (r.top && r.open_rate && *r.open_rate >= *open_median) r.hints.push_back(ContentHint::reuse_title);
        if (r.interaction_rate && *r.interaction_rate < *interaction_median) r.hints.push_back(ContentHint::test_time);
        if (r.conversions && *r.conversions == 0) r.hints.push_back(ContentHint::check_hook);
    }
    return items;
}

Period review_period(ReviewKind kind, Date date) {
    return {Date{date.days - (kind == ReviewKind::weekly ? 6 : 29)}, date};
}

namespace {

struct Builder {
    const Plan& plan;
    Lang lang;
    std::string prefix;
    Review& review;
    int next = 1;

    void add(std::string text) {
        std::string id;
        do id = prefix + "-" + std::to_string(next++);
        while (plan_has_id(plan, id));
        review.checklist.push_back({std::move(id), cut_utf8(text, (size_t)Limit::paragraph), false});
    }

    std::string percent(const std::optional<double>& v) const {
        return v ? format_number(*v) + "%" : tr(S::review_not_recorded, lang);
    }

    void add_item(S line, const RankedItem& r) {
        // User text goes last so fmt() never replaces a {placeholder} typed in a title.
        std::string text = fmt(tr(line, lang), {{"open", percent(r.open_rate)},
                                                {"interaction", percent(r.interaction_rate)},
                                                {"conversions", r.conversions ? std::to_string(*r.conversions)
                                                                              : tr(S::review_not_recorded, lang)},
                                                {"title", r.title.empty() ? tr(S::review_untitled, lang) : r.title}});
        for (ContentHint h : r.hints) text += std::string(tr(S::review_hint_separator, lang)) + tr(label_of(h), lang);
        add(std::move(text));
    }
};

}  // namespace

Review make_review(const Plan& plan, ReviewKind kind, Date date, Lang lang, std::string_view id_prefix) {
    Review review;
    review.id = std::string(id_prefix);
    review.kind = kind;
    review.date = date;
    Builder b{plan, lang, std::string(id_prefix), review};
    const Period period = review_period(kind, date);
    const std::string from = format_date(period.from), to = format_date(period.to);

    std::vector<RankedItem> ranked = rank_content(plan, period.from, period.to);
    if (ranked.empty()) b.add(fmt(tr(S::review_no_content, lang), {{"from", from}, {"to", to}}));
    else
        b.add(fmt(tr(S::review_content_report, lang),
                  {{"n", std::to_string(ranked.size())}, {"from", from}, {"to", to}}));
    // What went out (execution.hpp), the whole period being over; only for a
    // team that marks its sends (Today): a plan with no marks in the period
    // would read as everything missed.
    const ExecutionSummary done = execution_summary(plan, period.from, period.to, Date{period.to.days + 1});
    if (done.done() + done.skipped > 0)
        b.add(fmt(tr(S::review_exec_prefill, lang),
                  {{"summary", execution_summary_text(done, lang)}, {"slipped", slipped_text(done, lang)}}));
    for (const RankedItem& r : ranked)
        if (r.bottom) b.add_item(S::review_retire, r);
    for (const RankedItem& r : ranked)
        if (r.top) b.add_item(S::review_replicate, r);

    for (const KpiRef& ref : all_kpis(plan)) {
        const Kpi& k = *ref.kpi;
        KpiStatus s = kpi_status(k, period.from, period.to);
        if (s.state != KpiState::off_track) continue;
        std::initializer_list<std::pair<const char*, std::string>> args = {
            {"value", with_unit(s.latest->value, k.unit)},
            {"target", with_unit(k.target, k.unit)},
            {"kpi", k.name},
            {"remedy", k.remedies.empty() ? std::string() : k.remedies.front().text}};
        b.add(fmt(tr(k.remedies.empty() ? S::review_kpi_off_track_no_remedy : S::review_kpi_off_track, lang), args));
    }

    if (kind == ReviewKind::weekly) {
        b.add(tr(S::review_topics_feedback, lang));
    } else {
        std::string names;
        for (const Campaign& c : plan.rhythm.campaigns) {
            if (!c.start || *c.start < date || c.start->days > date.days + 30) continue;
            if (!names.empty()) names += tr(S::review_list_separator, lang);
            names += c.name.empty() ? tr(S::review_untitled, lang) : c.name;
        }
        if (names.empty()) b.add(tr(S::review_refresh_assets_none, lang));
        else b.add(fmt(tr(S::review_refresh_assets, lang), {{"campaigns", names}}));
        b.add(tr(S::review_improve_flows, lang));
    }
    return review;
}

AddEdit new_review_edit(const Plan& plan, ReviewKind kind, Date date, Lang lang) {
    AddEdit out;
    out.id = fresh_id(plan, kind == ReviewKind::weekly ? "weekly" : "monthly");
    out.edit = insert_edit({"reviews"}, to_json_value(make_review(plan, kind, date, lang, out.id)));
    return out;
}

}  // namespace core
