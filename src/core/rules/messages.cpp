#include "core/rules/messages.hpp"

#include <algorithm>

#include "core/text/utf8.hpp"

namespace core {

namespace {

const std::string kNone;

// The placeholder that starts at text[at] (a '{'): the length of "{name}",
// or 0 when none starts there.
size_t placeholder_at(std::string_view text, size_t at) {
    const size_t limit = std::min(text.size(), at + 2 + 20 * 4);
    for (size_t i = at + 1; i < limit; ++i) {
        const char c = text[i];
        if (c == '}') {
            const std::string_view name = text.substr(at + 1, i - at - 1);
            if (name.empty() || char_count(name) > 20) return 0;
            return i - at + 1;
        }
        if (c == '{' || c == ' ' || c == '\t' || c == '\n' || c == '\r') return 0;
    }
    return 0;
}

// The value of `name` in the context, or "" (not known, or empty).
std::string value_of(const Plan& plan, std::string_view name, const FillContext& context) {
    if (const Runsheet* r = context.runsheet) {
        if (name == "主题" || name == "topic") return r->topic;
        if (name == "嘉宾" || name == "guest") return r->guest;
        if (name == "福利" || name == "perk") return r->perk;
        if (name == "时间" || name == "time") return r->start ? format_time(*r->start) : std::string();
    }
    for (const Placeholder& p : plan.setup.placeholders)
        if (p.name == name && !p.value.empty()) return p.value;
    if (name == "群名" || name == "group") return plan.basics.name;
    if (name == "日期" || name == "date") return context.date ? date_words(*context.date, context.lang) : std::string();
    return {};
}

template <class T>
const T* find_id(const std::vector<T>& list, const std::string& id) {
    for (const T& x : list)
        if (x.id == id) return &x;
    return nullptr;
}

}  // namespace

std::string date_words(Date date, Lang lang) {
    int y, m, d;
    ymd_from_date(date, y, m, d);
    if (lang == Lang::zh) return std::to_string(m) + "月" + std::to_string(d) + "日";
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(d) + " " + months[(m - 1) % 12];
}

const Script* message_script(const Plan& plan, const Message& message) {
    if (message.script.empty()) return nullptr;
    return find_id(plan.setup.scripts, message.script);
}

const std::string& message_text(const Plan& plan, const Message& message) {
    if (!message.script.empty()) {
        const Script* s = message_script(plan, message);
        return s ? s->text : kNone;
    }
    return message.text;
}

bool has_message(const Plan& plan, const Message& message) {
    return !message_text(plan, message).empty() || !message.attachments.empty();
}

std::vector<std::string> placeholders_in(std::string_view text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        const size_t n = placeholder_at(text, i);
        if (!n) continue;
        std::string name(text.substr(i + 1, n - 2));
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
        i += n - 1;
    }
    return out;
}

Filled fill_placeholders(const Plan& plan, std::string_view text, const FillContext& context) {
    Filled out;
    out.text.reserve(text.size());
    size_t copied = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        const size_t n = placeholder_at(text, i);
        if (!n) continue;
        const std::string_view name = text.substr(i + 1, n - 2);
        std::string value = value_of(plan, name, context);
        if (value.empty()) {
            if (std::find(out.unfilled.begin(), out.unfilled.end(), name) == out.unfilled.end())
                out.unfilled.emplace_back(name);
        } else {
            out.text.append(text.substr(copied, i - copied));
            out.text += value;
            copied = i + n;
        }
        i += n - 1;
    }
    out.text.append(text.substr(copied));
    return out;
}

std::vector<PlaceholderValue> placeholder_values(const Plan& plan, const FillContext& context) {
    std::vector<PlaceholderValue> out;
    auto add = [&](std::string name) {
        for (const PlaceholderValue& v : out)
            if (v.name == name) return;
        std::string value = value_of(plan, name, context);
        out.push_back({std::move(name), std::move(value)});
    };
    const bool zh = context.lang == Lang::zh;
    if (context.runsheet)
        for (const char* name : {zh ? "主题" : "topic", zh ? "嘉宾" : "guest", zh ? "福利" : "perk", zh ? "时间" : "time"})
            add(name);
    for (const Placeholder& p : plan.setup.placeholders) add(p.name);
    add(zh ? "群名" : "group");
    add(zh ? "日期" : "date");
    return out;
}

const Runsheet* item_runsheet(const Plan& plan, const CalendarItem& item) {
    if (item.source != CalendarSource::run_step) return nullptr;
    for (const Runsheet& r : plan.rhythm.runsheets)
        for (const RunStep& s : r.steps)
            if (s.id == item.rule) return &r;
    return nullptr;
}

const Message* item_message(const Plan& plan, const CalendarItem& item) {
    if (!item.content.empty()) {
        if (const ContentItem* c = find_id(plan.content.items, item.content);
            c && (has_message(plan, c->message) || item.source == CalendarSource::content))
            return &c->message;
    }
    switch (item.source) {
        case CalendarSource::slot: {
            const Slot* s = find_id(plan.rhythm.slots, item.rule);
            return s ? &s->message : nullptr;
        }
        case CalendarSource::column: {
            const Column* c = find_id(plan.rhythm.columns, item.rule);
            return c ? &c->message : nullptr;
        }
        case CalendarSource::month_task: {
            const MonthTask* t = find_id(plan.rhythm.month_tasks, item.rule);
            return t ? &t->message : nullptr;
        }
        case CalendarSource::line: {
            const SopLine* l = find_id(plan.rhythm.routine, item.rule);
            return l ? &l->message : nullptr;
        }
        case CalendarSource::campaign: {
            const Campaign* c = find_id(plan.rhythm.campaigns, item.rule);
            return c ? &c->message : nullptr;
        }
        case CalendarSource::content: {
            const ContentItem* c = find_id(plan.content.items, item.rule);
            return c ? &c->message : nullptr;
        }
        case CalendarSource::run_step: {
            if (const Runsheet* r = item_runsheet(plan, item))
                if (const RunStep* s = find_id(r->steps, item.rule)) return &s->message;
            return nullptr;
        }
    }
    return nullptr;
}

ReadyMessage ready_message(const Plan& plan, const Message& message, const FillContext& context) {
    ReadyMessage out;
    out.script = message_script(plan, message);
    Filled filled = fill_placeholders(plan, message_text(plan, message), context);
    out.text = std::move(filled.text);
    out.unfilled = std::move(filled.unfilled);
    for (const std::string& id : message.attachments)
        if (const Asset* a = find_id(plan.content.assets, id)) out.attachments.push_back(a);
    return out;
}

ReadyMessage ready_message(const Plan& plan, const CalendarItem& item, Lang lang) {
    const Message* message = item_message(plan, item);
    if (!message) return {};
    return ready_message(plan, *message, {item.date, item_runsheet(plan, item), lang});
}

std::string placeholder_list(const std::vector<std::string>& names, Lang lang) {
    std::string out;
    for (const std::string& name : names) {
        if (!out.empty()) out += lang == Lang::zh ? "、" : ", ";
        out += "{" + name + "}";
    }
    return out;
}

}  // namespace core
