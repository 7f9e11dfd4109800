// All groups at a glance (the library's second tab) and Ctrl+S back to the
// file a plan was opened from, drawn headless: rows for every plan and one
// for a damaged record, sorting by a column title (or, on a phone, by the
// choice above the cards), a click opening the plan; the menu and the
// status bar saying where Ctrl+S saves, the write asked of the page, and
// its answer, saved or failed.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <nlohmann/json.hpp>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"
#include "core/library/library.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

core::Date D(int y, int m, int d) { return core::date_from_ymd(y, m, d); }

// Today is 2025-03-01 (FakeServices::today).
std::string group_file(const std::string& name, const std::string& owner, std::optional<core::Date> start) {
    core::Plan p = core::new_blank_plan(core::Lang::zh, D(2025, 3, 1));
    p.basics.name = name;
    p.basics.owner = owner;
    p.basics.start_date = start;
    return core::export_plan_json(p, "2025-03-01T08:00:00.000Z");
}

// Three groups imported: a young one, an old one and one with no start date; ids by name.
std::map<std::string, std::string> three_groups(Headless& h) {
    std::map<std::string, std::string> ids;
    using Group = std::tuple<std::string, std::string, std::optional<core::Date>>;
    for (const Group& g : std::vector<Group>{
             {"老群 🌿", "小美", D(2024, 9, 1)}, {"新群", "阿敏", D(2025, 2, 27)}, {"没日期的群", "", std::nullopt}}) {
        REQUIRE_FALSE(h.app.import_text(group_file(std::get<0>(g), std::get<1>(g), std::get<2>(g))));
        ids[std::get<0>(g)] = h.app.open_id();
    }
    return ids;
}

// The groups' rows from top to bottom, by name.
std::vector<std::string> row_order(Headless& h, const std::map<std::string, std::string>& ids) {
    std::vector<std::pair<float, std::string>> rows;
    for (const auto& [name, id] : ids)
        if (auto it = h.find("ov_open_" + id)) rows.push_back({it->y, name});
    std::sort(rows.begin(), rows.end());
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.second);
    return out;
}

std::string screen(Headless& h) {
    h.frame(true);
    return ui::screen_text();
}

}  // namespace

TEST_CASE("the overview lists every plan with its stage, and a damaged one; a title sorts, a row opens its plan") {
    Headless h(core::Lang::zh);
    const auto ids = three_groups(h);
    h.services.memory.set("planner.plan.damaged", "{\"format\": 1");   // a record nobody can read
    h.frames(2);
    h.go_to("library");
    h.frames(2);
    h.click("lib_tab_overview");
    h.frames(2);
    for (const auto& group : ids) CHECK_MESSAGE(h.drawn("ov_open_" + group.second), group.first);
    std::string text = screen(h);
    CHECK(text.find("老群 🌿") != std::string::npos);        // as typed, emoji kept
    CHECK(text.find("第 181 天 · 留存期") != std::string::npos);   // 2024-09-01 to 2025-03-01
    CHECK(text.find("第 2 天 · 初建期") != std::string::npos);
    CHECK(text.find("未设建群日期") != std::string::npos);
    CHECK(text.find("无法读取") != std::string::npos);          // the damaged record has a row that says so
    CHECK(text.find("damaged") != std::string::npos);

    h.click("ov_sort_stage");   // ascending: earliest in its life first, no date after
    h.frames(1);
    CHECK(row_order(h, ids) == std::vector<std::string>{"新群", "老群 🌿", "没日期的群"});
    h.click("ov_sort_stage");   // the same title again turns the order round
    h.frames(1);
    CHECK(row_order(h, ids) == std::vector<std::string>{"老群 🌿", "新群", "没日期的群"});
    CHECK(h.find("ov_sort_stage")->label == "阶段 ▼");
    h.click("ov_sort_owner");
    h.frames(1);
    CHECK(row_order(h, ids) == std::vector<std::string>{"老群 🌿", "新群", "没日期的群"});   // 小美 < 阿敏 by code point; none last

    h.click("ov_open_" + ids.at("新群"));
    CHECK(h.app.open_id() == ids.at("新群"));
    CHECK(h.app.view().section == ui::Section::basics);
    CHECK(h.app.plan().basics.name == "新群");
}

TEST_CASE("the overview reads a changed plan again, and on a phone sorts by a choice above one card per group") {
    Headless h(core::Lang::en, 390, 1400);   // a phone's width, tall enough for three cards
    h.use_touch();
    const auto ids = three_groups(h);
    h.frames(2);
    h.go_to("library");
    h.frames(2);
    h.click("lib_tab_overview");
    h.frames(2);
    CHECK(h.app.view().library.overview.last_reads() == 3);
    REQUIRE(h.drawn("ov_sort"));   // no titles to click on a card: one line chooses the sort
    h.click("ov_sort");
    h.frames(1);
    h.click("ov_sort_group");
    h.frames(1);
    CHECK(row_order(h, ids) == std::vector<std::string>{"新群", "没日期的群", "老群 🌿"});   // by code point
    for (const ui_test::Item& it : h.items()) CHECK_MESSAGE(it.fx + it.fw <= 390.5f, it.id);   // nothing past the edge
    const std::string text = screen(h);
    CHECK(text.find("Owner · city") != std::string::npos);

    // The open plan changed and saved: that plan alone is read again.
    ui_test::run(h, {core::set_edit({"basics", "owner"}, std::string("小周"))});
    h.frames(40);   // the save is due half a second later
    h.go_to("library");
    h.frames(2);
    if (!h.drawn("ov_sort")) h.click("lib_tab_overview");
    h.frames(3);
    CHECK(h.app.plan().basics.owner == "小周");
    CHECK(h.app.view().library.overview.last_reads() == 1);
    CHECK(screen(h).find("小周") != std::string::npos);
}

TEST_CASE("a plan opened from a file: the menu and the status bar say where Ctrl+S saves; it writes there, never downloads") {
    Headless h(core::Lang::zh);
    REQUIRE_FALSE(h.app.import_text(group_file("宝妈群 🍼", "小美", D(2025, 2, 1))));
    const std::string id = h.app.open_id();
    h.frames(1);
    // Not opened from a file: Ctrl+S downloads, as it always did.
    h.press(ImGuiKey_S, ImGuiMod_Ctrl);
    h.frames(1);
    CHECK(h.services.downloads.size() == 1);
    CHECK(h.services.file_writes.empty());

    h.app.link_file(id, "宝妈群.json");   // the page kept the file's handle
    h.frames(1);
    CHECK(screen(h).find("Ctrl+S 保存到 宝妈群.json") != std::string::npos);
    h.click("menu_file");
    REQUIRE(h.find("save_to_file"));
    CHECK(h.find("save_to_file")->label == "保存到 宝妈群.json");
    CHECK(h.drawn("export_json"));   // a download stays one click away
    h.press(ImGuiKey_Escape);
    h.frames(2);
    h.go_to("basics");
    h.frames(2);

    h.type_into("##community_name", "宝妈群 🍼 二期");
    h.press(ImGuiKey_S, ImGuiMod_Ctrl);
    h.frames(1);
    REQUIRE(h.services.file_writes.size() == 1);
    CHECK(h.services.downloads.size() == 1);   // no second download
    const ui_test::FakeServices::FileWriteAsked& w = h.services.file_writes.back();
    CHECK(w.plan_id == id);
    core::ImportResult written = core::import_plan_json(w.bytes);
    REQUIRE(written.ok());
    CHECK(written.plan == h.app.plan());   // the file gets the plan as it is, the typed name with it
    CHECK(written.plan.basics.name == "宝妈群 🍼 二期");
    core::Library lib(h.services.memory, "t");
    core::Loaded stored = lib.load(id);
    CHECK(stored.plan.basics.name == "宝妈群 🍼 二期");   // in the library before the file is written
    const std::optional<std::string> downloaded_at = stored.entry.last_exported_at;   // the download's
    REQUIRE(downloaded_at);

    // Saved: it counts as the plan's last export (the time Ctrl+S was pressed).
    CHECK(h.app.file_written(id, ui::FileWrite::ok, "").empty());
    REQUIRE(lib.load(id).entry.last_exported_at);
    CHECK(*lib.load(id).entry.last_exported_at > *downloaded_at);
    CHECK(screen(h).find("已保存到 宝妈群.json。") != std::string::npos);

    // Failed: a message naming the file and why; the plan stays in the library.
    h.press(ImGuiKey_S, ImGuiMod_Ctrl);
    h.frames(1);
    REQUIRE(h.services.file_writes.size() == 2);
    const std::string exported_before = *lib.load(id).entry.last_exported_at;
    const std::string message = h.app.file_written(id, ui::FileWrite::no_space, "");
    CHECK(message.find("没能保存到“宝妈群.json”：磁盘空间不足。") == 0);
    CHECK(message.find("方案仍完好地保存在方案库中") != std::string::npos);
    CHECK(screen(h).find("没能保存到“宝妈群.json”") != std::string::npos);
    CHECK(lib.load(id).entry.last_exported_at == exported_before);   // not an export
    CHECK(lib.load(id).plan.basics.name == "宝妈群 🍼 二期");
    CHECK(h.app.file_written(id, ui::FileWrite::not_allowed, "").find("浏览器没有得到写入这个文件的许可") != std::string::npos);
    CHECK(h.app.file_written(id, ui::FileWrite::failed, "NotReadableError").find("写入时出错（NotReadableError）") !=
          std::string::npos);

    // "Export JSON (download)" downloads even so.
    h.click("menu_file");
    h.click("export_json");
    CHECK(h.services.downloads.size() == 2);
}
