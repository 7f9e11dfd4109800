#pragma once
// Basics, 社群定位: who the group is for and what it gives them.
#include <optional>
#include <string>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"

namespace core {

// Answers to the platform decision helper (企业微信 or 个人微信).
struct PlatformQuiz {
    bool answered = false;
    Scale company_size = Scale::small;    // staff
    Scale group_scale = Scale::small;     // how many groups / members
    bool high_price = false;              // high price, low purchase frequency
    bool needs_personal_trust = false;    // sales rely on one person's relationship
    bool regulated = false;               // finance, health, education: records matter
    bool staff_turnover = false;          // members must stay when staff leave
    bool operator==(const PlatformQuiz&) const = default;
};

template <class V>
void describe(V& v, PlatformQuiz& q) {
    v.field("answered", q.answered);
    v.field("company_size", q.company_size);
    v.field("group_scale", q.group_scale);
    v.field("high_price", q.high_price);
    v.field("needs_personal_trust", q.needs_personal_trust);
    v.field("regulated", q.regulated);
    v.field("staff_turnover", q.staff_turnover);
}

// Positioning formula: 目标用户 + 核心痛点 + 解决方案 (one sentence, positioning.hpp).
struct Positioning {
    std::string users;
    std::string pain;
    std::string solution;
    bool operator==(const Positioning&) const = default;
};

template <class V>
void describe(V& v, Positioning& p) {
    v.field("users", p.users, Limit::paragraph);
    v.field("pain", p.pain, Limit::paragraph);
    v.field("solution", p.solution, Limit::paragraph);
}

struct Basics {
    std::string name;
    Industry industry = Industry::other;
    std::optional<Date> start_date;   // when the group was created (day 0 unless taken over)
    // When this plan takes over an existing group (接手 / 激活开始日): for a
    // revival its day 0, so stages and "day N" count from it (plan_day0).
    std::optional<Date> takeover_date;
    int member_count = 0;
    std::string owner;
    std::string city;
    Positioning positioning;
    // Core value delivered (any of the four).
    bool value_information = false;
    bool value_resources = false;
    bool value_price = false;
    bool value_content = false;
    GroupType group_type = GroupType::refined;
    Platform platform = Platform::wecom;
    PlatformQuiz platform_quiz;
    bool operator==(const Basics&) const = default;
};

template <class V>
void describe(V& v, Basics& b) {
    v.field("name", b.name, Limit::line);
    v.field("industry", b.industry);
    v.field("start_date", b.start_date);
    v.field("takeover_date", b.takeover_date);
    v.field("member_count", b.member_count, Range{0, 10'000'000});
    v.field("owner", b.owner, Limit::line);
    v.field("city", b.city, Limit::line);
    v.field("positioning", b.positioning);
    v.field("value_information", b.value_information);
    v.field("value_resources", b.value_resources);
    v.field("value_price", b.value_price);
    v.field("value_content", b.value_content);
    v.field("group_type", b.group_type);
    v.field("platform", b.platform);
    v.field("platform_quiz", b.platform_quiz);
}

// The plan's day 0 (docs/architecture.md, "Day 0: founding and takeover"):
// the takeover date when the plan takes over an existing group, else the
// group's start date; none without either. Stages, "day N", lines timed
// "day N after the group was created" and the start of the rhythm count from it.
inline std::optional<Date> plan_day0(const Basics& b) { return b.takeover_date ? b.takeover_date : b.start_date; }

}  // namespace core
