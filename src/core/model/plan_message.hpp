#pragma once
// What a scheduled line sends to the group: its own text, or a starter-kit
// script used by reference (the line follows every edit of the script), and
// attachments from the asset library, named by id (the planner keeps no
// media). Every schedulable line has one: daily slots, weekly columns,
// monthly tasks, cold-start and routine lines, campaigns, run-sheet steps and
// content items. Placeholders such as {新人} or {群名} in the text are filled
// by core/rules/messages.hpp.
#include <string>
#include <vector>

#include "core/model/fields.hpp"

namespace core {

struct Message {
    std::string text;
    std::string script;                    // Ref script; when set, its text is sent instead of `text`
    std::vector<std::string> attachments;  // Ref asset, in the order they are sent
    bool operator==(const Message&) const = default;
};

template <class V>
void describe(V& v, Message& m) {
    v.field("text", m.text, Limit::document);
    v.field("script", m.script, Ref{IdKind::script});
    v.field("attachments", m.attachments, Ref{IdKind::asset});
}

// A value the plan fills into {name} wherever a message uses it, e.g.
// {老师} → "王老师", {链接} → a sign-up link. A placeholder without a value is
// filled when sending ({新人}: whoever just joined) and exports flag it.
struct Placeholder {
    std::string id;
    std::string name;      // without the braces
    std::string value;
    bool operator==(const Placeholder&) const = default;
};

template <class V>
void describe(V& v, Placeholder& p) {
    v.field("id", p.id, IdText{});
    v.field("name", p.name, Limit::line);
    v.field("value", p.value, Limit::paragraph);
}

}  // namespace core
