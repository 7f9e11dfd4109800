#include "core/exports/csv_export.hpp"

#include <unordered_map>

#include "core/exports/export_message.hpp"
#include "core/rules/calendar.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/naming.hpp"
#include "core/text/i18n.hpp"

namespace core {

std::string csv_field(std::string_view text) {
    std::string value;
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' ||
                          text[0] == '\r'))
        value = "'";
    value += text;
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string row;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) row += ',';
        row += csv_field(fields[i]);
    }
    return row + "\r\n";
}

namespace {

const char kBom[] = "\xEF\xBB\xBF";

std::string owner_text(const Plan& plan, const CalendarItem& it, Lang lang) {
    std::string role;
    for (const Role& r : plan.setup.roles)
        if (r.id == it.owner_role) role = r.name.empty() ? tr(label_of(r.kind), lang) : r.name;
    if (it.owner.empty()) return role;
    if (role.empty() || role == it.owner) return it.owner;
    return it.owner + " / " + role;
}

std::string join(const std::vector<std::string>& parts, Lang lang) {
    std::string out;
    for (const std::string& p : parts) {
        if (!out.empty()) out += lang == Lang::zh ? "、" : ", ";
        out += p;
    }
    return out;
}

}  // namespace

std::string schedule_csv(const Plan& plan, Date from, Date to, Lang lang) {
    std::string out = kBom;
    out += csv_row({tr(S::csv_date, lang), tr(S::csv_weekday, lang), tr(S::csv_time, lang), tr(S::csv_end_date, lang),
                    tr(S::csv_title, lang), tr(S::csv_category, lang), tr(S::csv_format, lang),
                    tr(S::csv_owner, lang), tr(S::csv_kind, lang), tr(S::csv_source, lang), tr(S::csv_status, lang),
                    tr(S::csv_prep_due, lang), tr(S::csv_messages, lang), tr(S::csv_message, lang),
                    tr(S::csv_attachments, lang), tr(S::csv_fill_in, lang), tr(S::exec_csv_status, lang),
                    tr(S::csv_note, lang), tr(S::csv_key, lang)});
    std::unordered_map<std::string, const ExecutionMark*> marks;
    for (const ExecutionMark& m : plan.execution) marks[item_key(m.source, m.rule, m.date)] = &m;
    for (const CalendarItem& it : expand_calendar(plan, from, to)) {
        const auto mark = marks.find(it.key);
        std::string status;
        if (it.status) status = tr(label_of(*it.status), lang);
        else if (it.empty()) status = tr(S::cal_empty_slot, lang);
        const ReadyMessage message = ready_message(plan, it, lang);
        std::string text = message.text;
        if (const std::string script = script_line(message.script, lang); !script.empty())
            text += (text.empty() ? "" : "\n") + script;
        out += csv_row({format_date(it.date), tr(weekday_short(weekday_of(it.date)), lang),
                        it.time ? format_time(*it.time) : "", it.last != it.date ? format_date(it.last) : "",
                        it.title, it.category ? tr(label_of(*it.category), lang) : "",
                        it.format ? tr(label_of(*it.format), lang) : "", owner_text(plan, it, lang),
                        tr(label_of(it.source), lang), it.content_source ? tr(label_of(*it.content_source), lang) : "",
                        status, it.prep_due ? format_date(*it.prep_due) : "", std::to_string(it.messages), text,
                        attachments_text(message.attachments, lang), placeholder_list(message.unfilled, lang),
                        mark == marks.end() ? "" : mark_text(plan, *mark->second, lang), it.note, it.key});
    }
    return out;
}

std::string assets_csv(const Plan& plan, Lang lang) {
    std::string out = kBom;
    out += csv_row({tr(S::csv_asset_name, lang), tr(S::csv_zone, lang), tr(S::csv_category, lang),
                    tr(S::csv_topic, lang), tr(S::csv_format, lang), tr(S::csv_month, lang), tr(S::csv_tags, lang),
                    tr(S::csv_used_by, lang), tr(S::csv_note, lang), tr(S::csv_link, lang), tr(S::csv_id, lang)});
    for (const Asset& a : plan.content.assets) {
        std::vector<std::string> used;
        for (const ContentItem& c : plan.content.items)
            for (const std::string& id : c.message.attachments)
                if (id == a.id) {
                    used.push_back(c.title.empty() ? c.id : c.title);
                    break;
                }
        std::string month = month_code(a.year, a.month);
        month.insert(4, "-");
        out += csv_row({asset_name(a, lang), tr(label_of(a.zone), lang), tr(label_of(a.category), lang), a.topic,
                        tr(label_of(a.format), lang), month, join(a.tags, lang), join(used, lang), a.note, a.link,
                        a.id});
    }
    return out;
}

}  // namespace core
