#include "core/json/migrate.hpp"

#include "core/json/plan_json.hpp"

namespace core {

namespace {

using json = nlohmann::json;

Problem v1_to_v2(json& plan) {
    auto basics = plan.find("basics");
    if (basics == plan.end() || !basics->is_object()) return {};
    json positioning = json::object();
    const std::pair<const char*, const char*> moves[] = {
        {"target_users", "users"}, {"pain_point", "pain"}, {"solution", "solution"}};
    for (const auto& [from, to] : moves) {
        auto it = basics->find(from);
        if (it == basics->end()) continue;
        positioning[to] = std::move(*it);
        basics->erase(from);
    }
    if (!positioning.empty()) (*basics)["positioning"] = std::move(positioning);
    return {};
}

// A content item's "assets" became the attachments of its message.
Problem v2_to_v3(json& plan) {
    auto content = plan.find("content");
    if (content == plan.end() || !content->is_object()) return {};
    auto items = content->find("items");
    if (items == content->end() || !items->is_array()) return {};
    for (json& item : *items) {
        if (!item.is_object()) continue;
        auto assets = item.find("assets");
        if (assets == item.end()) continue;
        json message = json::object();
        message["attachments"] = std::move(*assets);
        item.erase("assets");
        item["message"] = std::move(message);
    }
    return {};
}

// The execution record is new and starts empty: nothing to move.
Problem v3_to_v4(json&) { return {}; }

// The takeover date is new and optional: an older file has none, and counts from its start date.
Problem v4_to_v5(json&) { return {}; }

using Step = Problem (*)(json&);
// steps[i] upgrades version i + 1 to i + 2.
const Step kSteps[] = {v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kSchemaVersion - 1, "one step per older version");

}  // namespace

Problem migrate_plan(json& plan, int version) {
    if (!plan.is_object()) return {};   // the reader reports the wrong type with its path
    for (int v = version; v < kSchemaVersion; ++v) {
        if (Problem p = kSteps[v - 1](plan)) return p;
    }
    return {};
}

}  // namespace core
