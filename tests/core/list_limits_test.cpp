// Each kind of list has its own limit (core::max_items): a plan inside every
// limit keeps every section fast (BENCHMARKS.md), so a file, a link or an
// edit past a limit is refused with a message that names the list as the
// user sees it and both counts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/schema.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"
#include "core/text/places.hpp"

namespace {

core::Plan with_slots(size_t n) {
    core::Plan p = core::make_template(core::TemplateId::blank, core::Lang::zh, core::date_from_ymd(2026, 12, 1));
    p.rhythm.slots.clear();
    p.rhythm.columns.clear();
    for (size_t i = 0; i < n; ++i) {
        core::Slot s;
        s.id = "s-" + std::to_string(i);
        s.time = core::TimeOfDay{(int)(i % 1440)};
        p.rhythm.slots.push_back(s);
    }
    for (auto& content : p.content.items) content.slot.clear();
    return p;
}

}  // namespace

TEST_CASE("a file with more daily slots than a day can hold is refused, naming the list and both counts") {
    const size_t max = core::max_items(core::IdKind::slot);
    CHECK(max == 48);
    const core::ImportResult ok = core::import_plan_json(core::export_plan_json(with_slots(max), "2026-12-01T00:00:00Z"));
    CHECK_MESSAGE(ok.ok(), core::problem_text(ok.problem, core::Lang::en));

    // The hostile round's share link held 9,400 daily slots.
    for (size_t n : {max + 1, (size_t)9400}) {
        CAPTURE(n);
        const core::Plan p = with_slots(n);
        const core::ImportResult r = core::import_plan_json(core::export_plan_json(p, "2026-12-01T00:00:00Z"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.problem.kind == core::ProblemKind::too_many);
        CHECK(r.problem.path == "plan.rhythm.slots");
        CHECK(r.problem.expected == "48");
        CHECK(r.problem.got == std::to_string(n));
        const std::string zh = core::problem_text(r.problem, core::Lang::zh, p);
        CHECK_MESSAGE(zh.find("每日时段") != std::string::npos, zh);
        CHECK_MESSAGE(zh.find("最多 48 条") != std::string::npos, zh);
        const std::string en = core::problem_text(r.problem, core::Lang::en, p);
        CHECK_MESSAGE(en.find("at most 48") != std::string::npos, en);
    }
}

TEST_CASE("an edit that would pass a list's limit is refused and changes nothing") {
    const core::Plan p = with_slots(core::max_items(core::IdKind::slot));
    const core::Applied a = core::apply(p, core::insert_edit({"rhythm", "slots"}, nlohmann::json{{"id", "s-one-more"}}));
    CHECK(a.problem.kind == core::ProblemKind::too_many);
    CHECK(a.problem.expected == "48");
    CHECK(a.problem.got == "49");
    CHECK_FALSE(a.changed);
    CHECK(a.plan == p);
}

TEST_CASE("the schema states each list's own limit") {
    const nlohmann::json schema = core::plan_file_schema();
    const nlohmann::json& rhythm = schema["properties"]["plan"]["properties"]["rhythm"]["properties"];
    CHECK(rhythm["slots"]["maxItems"] == core::max_items(core::IdKind::slot));
    CHECK(rhythm["columns"]["maxItems"] == core::max_items(core::IdKind::column));
    const nlohmann::json& content = schema["properties"]["plan"]["properties"]["content"]["properties"];
    CHECK(content["items"]["maxItems"] == core::kMaxListItems);
    // Every limit is at most the reader's ceiling.
    for (int k = 0; k < (int)core::IdKind::count_; ++k) CHECK(core::max_items((core::IdKind)k) <= core::kMaxListItems);
}
