#pragma once
// A group copy's link to its master plan (docs/architecture.md, "Master and
// group copies"). "Copy to several groups" (replicate.hpp) makes each copy
// with this link filled; a plan that is not a copy has `plan` empty. It travels
// with the plan (files, links, storage), so a copy exported and imported
// again still knows its master and the version it last took from it.
#include <string>
#include <vector>

#include "core/model/fields.hpp"

namespace core {

// One of the group's own placeholder values ({老师} → 李老师).
struct GroupPlaceholder {
    std::string id;
    std::string name;
    std::string value;
    bool operator==(const GroupPlaceholder&) const = default;
};

template <class V>
void describe(V& v, GroupPlaceholder& p) {
    v.field("id", p.id, IdText{});
    v.field("name", p.name, Limit::line);
    v.field("value", p.value, Limit::paragraph);
}

struct MasterLink {
    std::string plan;            // the master's id in the library; "" = this plan is no copy
    std::string name;            // the master's name when this copy last took from it
    int revision = 0;            // the master's revision then
    // The group's values the copy was made with (GroupValues), applied to
    // every later version of the master before it is merged in.
    std::string group_name;
    std::string group_city;
    std::string group_owner;
    std::vector<GroupPlaceholder> group_placeholders;
    bool reset_progress = true;
    // The master's plan at that revision, as compact JSON (the "plan" member
    // of its file): the base of the three-way merge (core/rules/merge.hpp).
    std::string base;
    bool operator==(const MasterLink&) const = default;
};

// The base is a whole plan as text: a limit of its own, the file size.
inline constexpr Limit kBaseLimit = Limit(16u * 1024 * 1024);

template <class V>
void describe(V& v, MasterLink& m) {
    v.field("plan", m.plan, Limit::line);
    v.field("name", m.name, Limit::line);
    v.field("revision", m.revision, Range{0, 2'000'000'000});
    v.field("group_name", m.group_name, Limit::line);
    v.field("group_city", m.group_city, Limit::line);
    v.field("group_owner", m.group_owner, Limit::line);
    v.field("group_placeholders", m.group_placeholders, Ids{IdKind::group_placeholder});
    v.field("reset_progress", m.reset_progress);
    v.field("base", m.base, kBaseLimit);
}

}  // namespace core
