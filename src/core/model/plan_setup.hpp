#pragma once
// Setup in five steps, 搭建五步法: 定位 - 架构 - 规则 - 内容 - 测试.
#include <optional>
#include <string>
#include <vector>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"
#include "core/model/plan_message.hpp"

namespace core {

// Team "1+3": 群主, 管理员, 内容官, 氛围组, plus custom roles.
struct Role {
    std::string id;
    RoleKind kind = RoleKind::custom;
    std::string name;     // a person or a title, e.g. "小美（店长）"
    std::string duties;
    bool operator==(const Role&) const = default;
};

template <class V>
void describe(V& v, Role& r) {
    v.field("id", r.id, IdText{});
    v.field("kind", r.kind);
    v.field("name", r.name, Limit::line);
    v.field("duties", r.duties, Limit::paragraph);
}

struct Rule {
    std::string id;
    RuleKind kind = RuleKind::dont;
    std::string text;
    bool operator==(const Rule&) const = default;
};

template <class V>
void describe(V& v, Rule& r) {
    v.field("id", r.id, IdText{});
    v.field("kind", r.kind);
    v.field("text", r.text, Limit::paragraph);
}

// A reusable script (话术) from the starter kit (弹药包).
struct Script {
    std::string id;
    ScriptKind kind = ScriptKind::custom;
    std::string title;
    std::string text;
    bool operator==(const Script&) const = default;
};

template <class V>
void describe(V& v, Script& s) {
    v.field("id", s.id, IdText{});
    v.field("kind", s.kind);
    v.field("title", s.title, Limit::line);
    v.field("text", s.text, Limit::document);
}

struct Visuals {
    std::string avatar;               // group avatar guideline
    std::string announcement_layout;
    std::string poster_sizes;
    bool operator==(const Visuals&) const = default;
};

template <class V>
void describe(V& v, Visuals& x) {
    v.field("avatar", x.avatar, Limit::paragraph);
    v.field("announcement_layout", x.announcement_layout, Limit::paragraph);
    v.field("poster_sizes", x.poster_sizes, Limit::paragraph);
}

// A 50–100 person test group before the real launch.
struct Pilot {
    int group_size = 80;
    std::optional<Date> start;
    std::optional<Date> end;
    std::string tests;      // what is tested
    std::string feedback;   // notes
    bool operator==(const Pilot&) const = default;
};

template <class V>
void describe(V& v, Pilot& p) {
    v.field("group_size", p.group_size, Range{0, 100000});
    v.field("start", p.start);
    v.field("end", p.end);
    v.field("tests", p.tests, Limit::paragraph);
    v.field("feedback", p.feedback, Limit::document);
}

struct Setup {
    // The five steps' check marks, in order 定位 架构 规则 内容 测试.
    bool positioning_done = false;
    bool structure_done = false;
    bool rules_done = false;
    bool content_done = false;
    bool pilot_done = false;
    std::vector<Role> roles;
    std::vector<Rule> rules;
    std::string announcement_intro;   // opening line of the generated 群公告
    std::vector<Script> scripts;
    Visuals visuals;
    Pilot pilot;
    std::vector<Placeholder> placeholders;   // {老师}, {链接}, … (messages.hpp)
    bool operator==(const Setup&) const = default;
};

template <class V>
void describe(V& v, Setup& s) {
    v.field("positioning_done", s.positioning_done);
    v.field("structure_done", s.structure_done);
    v.field("rules_done", s.rules_done);
    v.field("content_done", s.content_done);
    v.field("pilot_done", s.pilot_done);
    v.field("roles", s.roles, Ids{IdKind::role});
    v.field("rules", s.rules, Ids{IdKind::rule});
    v.field("announcement_intro", s.announcement_intro, Limit::paragraph);
    v.field("scripts", s.scripts, Ids{IdKind::script});
    v.field("visuals", s.visuals);
    v.field("pilot", s.pilot);
    v.field("placeholders", s.placeholders, Ids{IdKind::placeholder});
}

}  // namespace core
