#pragma once
// What a scheduled line sends, ready to paste into the group: the text of
// its message (plan_message.hpp), or of the script it uses, with the
// placeholders filled.
//
// A placeholder is {name}: 1–20 characters, none of them a brace, a space or
// a line break ({新人}, {群名}, {topic}). It is filled, first match wins, by
//  1. the run-sheet of a step: {主题}/{topic}, {嘉宾}/{guest}, {福利}/{perk},
//     {时间}/{time} (the event's start);
//  2. the plan's own list (setup.placeholders), by exact name;
//  3. the plan itself: {群名}/{group} the group's name, {日期}/{date} the day
//     the line is sent (when known).
// A name with no value, or an empty one, stays as it is written and is
// reported as unfilled: nothing is ever replaced by an empty string, so a
// filled text never has an empty 「」 or “”. {新人} (whoever just joined) is
// the usual one left for the moment of sending.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/plan.hpp"
#include "core/rules/calendar.hpp"
#include "core/text/i18n.hpp"

namespace core {

// The script a message uses, or nullptr (none, or one that was deleted).
const Script* message_script(const Plan& plan, const Message& message);
// The text it sends: the script's when it uses one, else its own.
const std::string& message_text(const Plan& plan, const Message& message);
// True when it sends anything: text, a script or an attachment.
bool has_message(const Plan& plan, const Message& message);

// The distinct placeholder names in `text`, in order of first use.
std::vector<std::string> placeholders_in(std::string_view text);

struct FillContext {
    std::optional<Date> date;            // the day it is sent
    const Runsheet* runsheet = nullptr;  // the event of a run-sheet step
    Lang lang = Lang::zh;                // how {日期} is written
};

struct Filled {
    std::string text;
    std::vector<std::string> unfilled;   // names left as written, in order
    bool operator==(const Filled&) const = default;
};

Filled fill_placeholders(const Plan& plan, std::string_view text, const FillContext& context);

// A placeholder name and the value it has in a context ("" = none), for the
// list beside a message editor: the plan's own, the built-in ones and, for a
// run-sheet step, the event's.
struct PlaceholderValue {
    std::string name;
    std::string value;
    bool operator==(const PlaceholderValue&) const = default;
};
std::vector<PlaceholderValue> placeholder_values(const Plan& plan, const FillContext& context);

// The message a calendar item sends: a content item's own when it says
// anything, else its slot's or column's; the line's, the task's, the
// campaign's or the step's. nullptr when the rule is gone.
const Message* item_message(const Plan& plan, const CalendarItem& item);
const Runsheet* item_runsheet(const Plan& plan, const CalendarItem& item);

// Everything needed to send a calendar item: the filled text, what is left
// to fill, the attachments (assets that still exist, in order) and the
// script it uses.
struct ReadyMessage {
    std::string text;
    std::vector<std::string> unfilled;
    std::vector<const Asset*> attachments;
    const Script* script = nullptr;
    bool empty() const { return text.empty() && attachments.empty(); }
};
ReadyMessage ready_message(const Plan& plan, const CalendarItem& item, Lang lang);
ReadyMessage ready_message(const Plan& plan, const Message& message, const FillContext& context);

// "3月5日" / "5 Mar": how {日期} is written, and dates in warnings.
std::string date_words(Date date, Lang lang);

// "{新人}、{链接}" / "{newcomer}, {link}": unfilled names for a flag.
std::string placeholder_list(const std::vector<std::string>& names, Lang lang);

}  // namespace core
