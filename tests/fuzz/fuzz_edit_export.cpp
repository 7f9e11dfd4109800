// libFuzzer target: text from the page. Each input is a field edit, as the
// panels make one when a field is left after typing or pasting: the first
// byte picks a text field of a template plan, the rest is the new text. The
// edit must be refused cleanly (worded in zh and en, the plan unchanged) or
// applied with the text exactly as given; an applied plan then goes through
// every export (JSON, Markdown, print page, schedule and asset CSV, iCalendar)
// and the text must come out whole where the export carries it as it is.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/exports/csv_export.hpp"
#include "core/exports/ics_export.hpp"
#include "core/exports/markdown_export.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/validate.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"

namespace {

using core::Plan;

const core::Date kStart = core::date_from_ymd(2025, 3, 3);   // a Monday

// How an export shows the text of the field, when it shows it whole
// (empty: this export is not checked for the field).
struct Field {
    std::vector<std::string> path;
    std::function<const std::string&(const Plan&)> get;
    enum class Shown { none, markdown_verbatim, ics_calendar_name, assets_csv } shown = Shown::none;
};

const Plan& base_plan() {
    static const Plan plan = [] {
        Plan p = core::make_template(core::TemplateId::mother_baby, core::Lang::zh, kStart);
        p.calendar.uid = "fuzz-plan";
        // Templates hold no content: one asset and one item on the first day.
        core::Asset asset;
        asset.id = "a-1";
        asset.topic = "育儿干货";
        asset.year = 2025;
        asset.month = 3;
        asset.note = "红色主视觉";
        p.content.assets.push_back(asset);
        core::ContentItem item;
        item.id = "c-1";
        item.title = "6 个月宝宝辅食清单";
        item.publish = kStart;
        item.message.attachments = {"a-1"};
        p.content.items.push_back(item);
        if (core::validate_plan(p)) __builtin_trap();   // or every edit would be refused
        return p;
    }();
    return plan;
}

const std::vector<Field>& fields() {
    static const std::vector<Field> list = [] {
        const Plan& p = base_plan();
        std::vector<Field> f;
        f.push_back({{"basics", "name"}, [](const Plan& x) -> const std::string& { return x.basics.name; },
                     Field::Shown::ics_calendar_name});
        f.push_back({{"basics", "city"}, [](const Plan& x) -> const std::string& { return x.basics.city; }});
        f.push_back({{"basics", "positioning", "pain"},
                     [](const Plan& x) -> const std::string& { return x.basics.positioning.pain; }});
        if (!p.setup.scripts.empty()) {
            const std::string id = p.setup.scripts[0].id;
            f.push_back({{"setup", "scripts", id, "text"},
                         [](const Plan& x) -> const std::string& { return x.setup.scripts[0].text; },
                         Field::Shown::markdown_verbatim});
            f.push_back({{"setup", "scripts", id, "title"},
                         [](const Plan& x) -> const std::string& { return x.setup.scripts[0].title; }});
        }
        if (!p.setup.roles.empty())
            f.push_back({{"setup", "roles", p.setup.roles[0].id, "duties"},
                         [](const Plan& x) -> const std::string& { return x.setup.roles[0].duties; }});
        if (!p.rhythm.slots.empty())
            f.push_back({{"rhythm", "slots", p.rhythm.slots[0].id, "purpose"},
                         [](const Plan& x) -> const std::string& { return x.rhythm.slots[0].purpose; }});
        if (!p.content.items.empty())
            f.push_back({{"content", "items", p.content.items[0].id, "title"},
                         [](const Plan& x) -> const std::string& { return x.content.items[0].title; }});
        if (!p.content.assets.empty())
            f.push_back({{"content", "assets", p.content.assets[0].id, "note"},
                         [](const Plan& x) -> const std::string& { return x.content.assets[0].note; },
                         Field::Shown::assets_csv});
        f.push_back({{"setup", "announcement_intro"},
                     [](const Plan& x) -> const std::string& { return x.setup.announcement_intro; }});
        return f;
    }();
    return list;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string without_cr(std::string s) {
    std::string out;
    for (char c : s)
        if (c != '\r') out += c;
    return out;
}

std::string trim_newlines(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    size_t first = 0;
    while (first < s.size() && s[first] == '\n') ++first;
    return s.substr(first);
}

std::string unfold(std::string ics) {
    std::string out;
    for (size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += ics[i];
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const Field& field = fields()[data[0] % fields().size()];
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const Plan& before = base_plan();

    const core::Applied a = core::apply(before, core::set_edit(field.path, text));
    if (a.problem) {
        if (!(a.plan == before)) __builtin_trap();   // refused whole
        if (core::problem_text(a.problem, core::Lang::zh).empty()) __builtin_trap();
        if (core::problem_text(a.problem, core::Lang::en).empty()) __builtin_trap();
        return 0;
    }
    const Plan& plan = a.plan;
    if (field.get(plan) != text) __builtin_trap();   // the text as typed, byte for byte
    if (text.find('\0') != std::string::npos) __builtin_trap();   // no NUL reaches a plan

    // JSON (file, copy, share link): the same plan back.
    const std::string exported = core::export_plan_json(plan, "2025-03-01T08:00:00Z");
    const core::ImportResult back = core::import_plan_json(exported);
    if (!back.ok() || !(back.plan == plan)) __builtin_trap();

    const core::Lang lang = (data[0] & 0x80) ? core::Lang::en : core::Lang::zh;
    const std::string md = core::sop_markdown(plan, lang);
    const std::string html = core::sop_print_html(plan, lang);
    const core::Date end{kStart.days + 6};
    const std::string schedule = core::schedule_csv(plan, kStart, end, lang);
    const std::string assets = core::assets_csv(plan, lang);
    const std::string ics = core::schedule_ics(plan, kStart, end, {.now_unix_seconds = 1740787200, .lang = lang});
    for (const std::string* out : {&md, &html, &schedule, &assets, &ics})
        if (out->find('\0') != std::string::npos) __builtin_trap();
    if (html.size() < 8 || html.compare(html.size() - 8, 8, "</html>\n") != 0) __builtin_trap();
    if (ics.size() < 15 || ics.compare(ics.size() - 15, 15, "END:VCALENDAR\r\n") != 0) __builtin_trap();

    switch (field.shown) {
        case Field::Shown::none: break;
        case Field::Shown::markdown_verbatim:   // a quote block, every line of it (without CR)
            if (!trim_newlines(without_cr(text)).empty() && !contains(md, core::md_quote(text))) __builtin_trap();
            break;
        case Field::Shown::ics_calendar_name:
            if (!text.empty() && !contains(unfold(ics), "X-WR-CALNAME:" + core::ics_escape_text(text) + "\r\n"))
                __builtin_trap();
            break;
        case Field::Shown::assets_csv:
            if (!contains(assets, core::csv_field(text))) __builtin_trap();
            break;
    }
    return 0;
}
