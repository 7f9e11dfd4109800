#include "core/exports/sop_document.hpp"

#include <cmath>
#include <cstdio>

#include "core/exports/export_message.hpp"
#include "core/text/i18n.hpp"
#include "core/rules/positioning.hpp"
#include "core/rules/sop_rules.hpp"

namespace core {

namespace doc {

DocBlock heading(int level, std::string text) {
    DocBlock b;
    b.kind = DocBlock::Kind::heading;
    b.level = level;
    b.text = std::move(text);
    return b;
}

DocBlock paragraph(std::string text) {
    DocBlock b;
    b.kind = DocBlock::Kind::paragraph;
    b.text = std::move(text);
    return b;
}

DocBlock list(std::vector<std::string> items) {
    DocBlock b;
    b.kind = DocBlock::Kind::list;
    b.items = std::move(items);
    return b;
}

DocBlock table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    DocBlock b;
    b.kind = DocBlock::Kind::table;
    b.header = std::move(header);
    b.rows = std::move(rows);
    return b;
}

DocBlock quote(std::string text) {
    DocBlock b;
    b.kind = DocBlock::Kind::quote;
    b.text = std::move(text);
    return b;
}

void add_message(Document& d, const Plan& plan, const Message& message, const FillContext& context,
                 const std::string& line, Lang lang) {
    const ReadyMessage ready = ready_message(plan, message, context);
    if (ready.empty()) return;
    d.push_back(paragraph(fmt(tr(S::md_message_of, lang), {{"line", line}})));
    if (!ready.text.empty()) d.push_back(quote(ready.text));
    std::vector<std::string> notes;
    for (std::string note : {script_line(ready.script, lang), attachments_line(ready.attachments, lang),
                             fill_in_line(ready.unfilled, lang)})
        if (!note.empty()) notes.push_back(std::move(note));
    if (!notes.empty()) d.push_back(list(std::move(notes)));
}

std::string or_empty(Lang lang, const std::string& value) {
    return value.find_first_not_of(" \t\r\n") == std::string::npos ? tr(S::md_empty, lang) : value;
}

std::string label_value(Lang lang, S label, const std::string& value) {
    return fmt(tr(S::md_label_value, lang), {{"label", tr(label, lang)}, {"value", or_empty(lang, value)}});
}

std::string number(double value) {
    if (std::fabs(value - std::round(value)) < 1e-9) return std::to_string((long long)std::llround(value));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string role_name(const Plan& plan, const std::string& role_id, Lang lang) {
    if (role_id.empty()) return "";
    for (const Role& r : plan.setup.roles) {
        if (r.id != role_id) continue;
        const std::string kind = tr(label_of(r.kind), lang);
        if (r.name.empty()) return kind;
        // "管理员·阿敏": the role and the person, unless the name already says the role.
        if (r.kind == RoleKind::custom || r.name.rfind(kind, 0) == 0) return r.name;
        return fmt(tr(S::md_role_named, lang), {{"role", kind}, {"name", r.name}});
    }
    return role_id;
}

std::string timing_text(const Timing& t, Lang lang, bool from_takeover) {
    const std::string time = format_time(t.time);
    switch (t.kind) {
        case TimingKind::daily: return fmt(tr(S::md_timing_daily, lang), {{"time", time}});
        case TimingKind::weekday:
            return fmt(tr(S::md_timing_weekday, lang), {{"weekday", tr(weekday_short(t.weekday), lang)}, {"time", time}});
        case TimingKind::date:
            return fmt(tr(S::md_timing_date, lang), {{"date", t.date ? format_date(*t.date) : tr(S::md_no_date, lang)}, {"time", time}});
        case TimingKind::after_created:
            return fmt(tr(from_takeover ? S::md_timing_takeover : S::md_timing_created, lang), {{"n", std::to_string(t.day)}, {"time", time}});
        case TimingKind::after_joined: return fmt(tr(S::md_timing_joined, lang), {{"n", std::to_string(t.day)}, {"time", time}});
    }
    return time;
}

namespace {

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

std::string dates_text(const std::optional<Date>& a, const std::optional<Date>& b, Lang lang) {
    if (!a && !b) return tr(S::md_no_date, lang);
    const std::string from = a ? format_date(*a) : "…", to = b ? format_date(*b) : "…";
    return from == to ? from : from + " – " + to;
}

}  // namespace

void add_setup(Document& d, const Plan& plan, Lang L) {
    const Basics& b = plan.basics;
    // 1. Positioning
    d.push_back(heading(2, tr(S::md_s_positioning, L)));
    const std::string sentence = positioning_sentence(b, L);
    d.push_back(paragraph(sentence.empty() ? tr(S::md_empty, L) : sentence));
    std::vector<std::string> values;
    const std::pair<bool, S> value_labels[] = {{b.value_information, S::value_information}, {b.value_resources, S::value_resources},
                                                {b.value_price, S::value_price}, {b.value_content, S::value_content}};
    for (const auto& [on, label] : value_labels)
        if (on) values.push_back(tr(label, L));
    d.push_back(list({label_value(L, S::basics_target_users, b.positioning.users),
                      label_value(L, S::basics_pain_point, b.positioning.pain),
                      label_value(L, S::basics_solution, b.positioning.solution),
                      label_value(L, S::basics_heading_value, joined(values, tr(S::md_list_sep, L))),
                      label_value(L, S::basics_heading_group_type,
                                  std::string(tr(label_of(b.group_type), L)) + " — " + tr(help_of(b.group_type), L)),
                      label_value(L, S::basics_heading_platform, tr(label_of(b.platform), L))}));

    // 2. Team 1+3
    d.push_back(heading(2, tr(S::md_s_structure, L)));
    std::vector<std::vector<std::string>> roles;
    for (const Role& r : plan.setup.roles) roles.push_back({tr(label_of(r.kind), L), r.name, r.duties});
    if (roles.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    else d.push_back(table({tr(S::md_col_role, L), tr(S::md_col_name, L), tr(S::md_col_duties, L)}, std::move(roles)));

    // 3. Rules and the announcement
    d.push_back(heading(2, tr(S::md_s_rules, L)));
    for (RuleKind kind : {RuleKind::dont, RuleKind::must}) {
        std::vector<std::string> items;
        for (const Rule& r : plan.setup.rules)
            if (r.kind == kind && !r.text.empty()) items.push_back(r.text);
        d.push_back(heading(3, tr(kind == RuleKind::dont ? S::md_donts : S::md_musts, L)));
        d.push_back(items.empty() ? paragraph(tr(S::md_none, L)) : list(std::move(items)));
    }
    const std::string announcement = group_announcement(plan, L);
    if (!announcement.empty()) {
        d.push_back(heading(3, tr(S::md_announcement, L)));
        d.push_back(quote(announcement));
    }

    // 4. Content: scripts, visuals, mix targets
    d.push_back(heading(2, tr(S::md_s_content, L)));
    d.push_back(heading(3, tr(S::md_scripts, L)));
    if (plan.setup.scripts.empty()) d.push_back(paragraph(tr(S::md_none, L)));
    for (const Script& s : plan.setup.scripts) {
        const std::string kind = tr(label_of(s.kind), L);
        d.push_back(heading(4, s.title.empty() || s.title == kind ? kind : s.title + " · " + kind));
        d.push_back(s.text.empty() ? paragraph(tr(S::md_empty, L)) : quote(s.text));
    }
    // The placeholders the messages use: each name with the value the plan
    // fills in (its own list, then {群名} and {日期}). Only names and
    // values are exported: a placeholder without a value is marked "filled
    // in when sending", never shown with a made-up sample ({新人} → "朵朵妈")
    // that a reader could take for data of the plan.
    const std::vector<PlaceholderValue> fills = placeholder_values(plan, {std::nullopt, nullptr, L});
    d.push_back(heading(3, tr(S::md_placeholders, L)));
    d.push_back(paragraph(tr(S::md_placeholders_help, L)));
    std::vector<std::string> names;
    const std::string date_name = L == Lang::zh ? "日期" : "date";
    for (const PlaceholderValue& v : fills)
        names.push_back(fmt(tr(S::md_placeholder_value, L),
                            {{"name", "{" + v.name + "}"},
                             {"value", !v.value.empty()      ? v.value
                                       : v.name == date_name ? tr(S::md_placeholder_date, L)
                                                             : tr(S::md_placeholder_at_send, L)}}));
    d.push_back(list(std::move(names)));
    const Visuals& v = plan.setup.visuals;
    d.push_back(heading(3, tr(S::md_visuals, L)));
    d.push_back(list({label_value(L, S::md_avatar, v.avatar), label_value(L, S::md_layout, v.announcement_layout),
                      label_value(L, S::md_posters, v.poster_sizes)}));
    const MixTargets& m = plan.content.mix;
    d.push_back(paragraph(label_value(
        L, S::md_mix,
        std::string(tr(label_of(Category::activation), L)) + " " + std::to_string(m.activation) + "% · " +
            tr(label_of(Category::conversion), L) + " " + std::to_string(m.conversion) + "% · " +
            tr(label_of(Category::brand), L) + " " + std::to_string(m.brand) + "%")));

    // 5. Pilot
    const Pilot& p = plan.setup.pilot;
    d.push_back(heading(2, tr(S::md_s_pilot, L)));
    d.push_back(list({label_value(L, S::md_pilot_size, fmt(tr(S::md_people, L), {{"n", std::to_string(p.group_size)}})),
                      label_value(L, S::md_dates, dates_text(p.start, p.end, L)),
                      label_value(L, S::md_pilot_tests, p.tests), label_value(L, S::md_pilot_feedback, p.feedback)}));
}

}  // namespace doc

Document sop_document(const Plan& plan, Lang L) {
    Document d;
    const Basics& b = plan.basics;
    d.push_back(doc::heading(1, fmt(tr(S::md_title, L), {{"name", b.name.empty() ? tr(S::md_untitled, L) : b.name}})));
    std::vector<std::string> meta = {doc::label_value(L, S::basics_industry, tr(label_of(b.industry), L)),
                                     doc::label_value(L, S::basics_heading_group_type, tr(label_of(b.group_type), L)),
                                     doc::label_value(L, S::basics_heading_platform, tr(label_of(b.platform), L))};
    if (b.start_date) meta.push_back(doc::label_value(L, S::basics_start_date, format_date(*b.start_date)));
    if (b.takeover_date) meta.push_back(doc::label_value(L, S::basics_takeover_date, format_date(*b.takeover_date)));
    meta.push_back(doc::label_value(L, S::basics_member_count, std::to_string(b.member_count)));
    if (!b.owner.empty()) meta.push_back(doc::label_value(L, S::basics_owner, b.owner));
    if (!b.city.empty()) meta.push_back(doc::label_value(L, S::basics_city, b.city));
    d.push_back(doc::paragraph(doc::joined(meta, " · ")));
    doc::add_setup(d, plan, L);
    doc::add_rhythm(d, plan, L);
    doc::add_incentives(d, plan, L);
    doc::add_kpis(d, plan, L);
    return d;
}

}  // namespace core
