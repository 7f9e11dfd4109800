#pragma once
// The plan: one community's (or group family's) SOP as a plain value.
// No pointers, no UI or browser types; copy it, compare it with ==.
//
// Every struct has a describe() next to it that names its fields once; JSON
// writing, validated reading and path-addressed edits all walk describe(), so
// a field added here is saved, loaded, checked and editable everywhere.
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/enums.hpp"
#include "core/fields.hpp"

namespace core {

// 社群定位: who the group is for and what it gives them (SPEC 2.1).
struct Basics {
    std::string name;
    Industry industry = Industry::other;
    std::optional<Date> start_date;   // day 0 of the lifecycle
    int member_count = 0;
    std::string owner;
    std::string city;
    // Positioning formula: 目标用户 + 核心痛点 + 解决方案.
    std::string target_users;
    std::string pain_point;
    std::string solution;
    // Core value delivered (any of the four).
    bool value_information = false;
    bool value_resources = false;
    bool value_price = false;
    bool value_content = false;
    GroupType group_type = GroupType::refined;
    Platform platform = Platform::wecom;
    bool operator==(const Basics&) const = default;
};

template <class V>
void describe(V& v, Basics& b) {
    v.field("name", b.name, Limit::line);
    v.field("industry", b.industry);
    v.field("start_date", b.start_date);
    v.field("member_count", b.member_count, Range{0, 10'000'000});
    v.field("owner", b.owner, Limit::line);
    v.field("city", b.city, Limit::line);
    v.field("target_users", b.target_users, Limit::paragraph);
    v.field("pain_point", b.pain_point, Limit::paragraph);
    v.field("solution", b.solution, Limit::paragraph);
    v.field("value_information", b.value_information);
    v.field("value_resources", b.value_resources);
    v.field("value_price", b.value_price);
    v.field("value_content", b.value_content);
    v.field("group_type", b.group_type);
    v.field("platform", b.platform);
}

struct Plan {
    Basics basics;
    bool operator==(const Plan&) const = default;
};

template <class V>
void describe(V& v, Plan& p) {
    v.field("basics", p.basics);
}

}  // namespace core
