// Today through the real widgets: a phone opens on it, the role is picked
// and remembered on the device, a line is copied, marked sent, undone,
// skipped with a reason, and the dashboard counts what went out.
#include <doctest/doctest.h>

#include "core/rules/execution.hpp"
#include "core/rules/messages.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

namespace {

void open_template(Headless& h, core::TemplateId id) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{id}}});
    REQUIRE(!h.app.open_id().empty());
}

std::string owner_role(const core::Plan& plan) {
    for (const core::Role& r : plan.setup.roles)
        if (r.kind == core::RoleKind::owner) return r.id;
    FAIL("no owner role");
    return {};
}

}  // namespace

TEST_CASE("a phone-sized screen opens on Today; a desktop one does not") {
    Headless phone(core::Lang::zh, 390, 844);
    phone.frames(2);
    CHECK(phone.app.view().section == ui::Section::today);
    Headless desk(core::Lang::zh, 1280, 720);
    desk.frames(2);
    CHECK(desk.app.view().section != ui::Section::today);
}

TEST_CASE("Today: pick a role, copy a line, mark it sent, undo the mark, skip it with a reason") {
    Headless h(core::Lang::zh, 1280, 2400);   // tall: every line of the day is on screen
    open_template(h, core::TemplateId::mother_baby);
    h.click("nav_today");
    h.frames(2);
    const std::string owner = owner_role(h.app.plan());
    h.click("###today_role");
    h.frames(2);
    h.click("today_role_" + owner);
    h.frames(2);
    CHECK(h.app.view().today.role == owner);
    CHECK(h.services.memory.get("planner.today_role") == owner);   // remembered on this device

    const core::Date today{h.services.today};
    const std::vector<core::TodayItem> lines = core::today_items(h.app.plan(), owner, today);
    const std::vector<core::TodayItem> everyone = core::today_items(h.app.plan(), "", today);
    REQUIRE(!lines.empty());
    REQUIRE(everyone.size() > lines.size());
    // The owner's lines have their marks, top to bottom in the order core
    // gives; another role's lines are not on the owner's list.
    auto in_order = [&](const std::vector<core::TodayItem>& shown) {
        float last_y = -1;
        for (const core::TodayItem& t : shown) {
            CAPTURE(t.item.key);
            const auto sent = h.find("today_sent_" + t.item.key);
            REQUIRE(sent.has_value());
            CHECK(sent->y > last_y);
            last_y = sent->y;
        }
    };
    in_order(lines);
    for (const core::TodayItem& t : everyone)
        if (!t.item.owner_role.empty() && t.item.owner_role != owner) CHECK_FALSE(h.drawn("today_sent_" + t.item.key));
    // Every role: all of them.
    h.click("###today_role");
    h.frames(2);
    h.click("today_role_all");
    h.frames(2);
    in_order(everyone);
    CHECK(h.services.memory.get("planner.today_role") == "");
    h.click("###today_role");
    h.frames(2);
    h.click("today_role_" + owner);
    h.frames(2);

    // Copy: exactly the filled text.
    const core::TodayItem* with_text = nullptr;
    for (const core::TodayItem& t : lines)
        if (!core::ready_message(h.app.plan(), t.item, core::Lang::zh).text.empty()) { with_text = &t; break; }
    REQUIRE(with_text);
    const core::CalendarItem item = with_text->item;
    h.click("copy_today_" + item.key);
    h.frames(2);
    CHECK(std::string(ImGui::GetClipboardText()) == core::ready_message(h.app.plan(), item, core::Lang::zh).text);

    h.click("today_sent_" + item.key);
    h.frames(2);
    REQUIRE(h.app.plan().execution.size() == 1);
    const core::ExecutionMark m = h.app.plan().execution[0];
    CHECK(m.status == core::ExecStatus::sent);
    CHECK(m.rule == item.rule);
    CHECK(m.date == item.original);
    CHECK(m.by == owner);
    CHECK(m.at.rfind("2025-03-01T", 0) == 0);
    CHECK_FALSE(h.drawn("today_sent_" + item.key));   // marked: only "undo mark" is offered
    h.click("today_unmark_" + item.key);
    h.frames(2);
    CHECK(h.app.plan().execution.empty());

    h.click("today_skip_" + item.key);
    h.frames(2);
    REQUIRE(h.drawn("today_skip_reason"));
    h.type("群里在吵架 🧧");
    h.click("today_skip_confirm");
    h.frames(2);
    REQUIRE(h.app.plan().execution.size() == 1);
    CHECK(h.app.plan().execution[0].status == core::ExecStatus::skipped);
    CHECK(h.app.plan().execution[0].reason == "群里在吵架 🧧");
    // One undo takes the skip back.
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    h.frames(2);
    CHECK(h.app.plan().execution.empty());

    // Marked sent, the dashboard counts it.
    h.click("today_sent_" + item.key);
    h.frames(2);
    h.click("nav_dashboard");
    h.frames(2);
    h.frame(true);
    CHECK(ui::screen_text().find("已发 1 条") != std::string::npos);
}

TEST_CASE("Today looks back a day to mark what was sent late") {
    Headless h(core::Lang::en, 1280, 2400);
    open_template(h, core::TemplateId::mother_baby);
    run(h, {core::set_edit({"basics", "start_date"}, "2025-02-01")});   // the group is older than today
    h.click("nav_today");
    h.frames(2);
    h.click("today_prev");
    h.frames(2);
    const core::Date yesterday{h.services.today - 1};
    const std::vector<core::TodayItem> lines = core::today_items(h.app.plan(), "", yesterday);
    REQUIRE_FALSE(lines.empty());
    h.click("today_late_" + lines.front().item.key);
    h.frames(2);
    REQUIRE(h.app.plan().execution.size() == 1);
    CHECK(h.app.plan().execution[0].date == lines.front().item.original);
    CHECK(h.app.plan().execution[0].status == core::ExecStatus::late);
    h.click("today_back");
    h.frames(2);
    CHECK(h.app.view().today.day_offset == 0);
}

TEST_CASE("text follows the reader's text size: every font step scaled, a wild value ignored") {
    Headless h(core::Lang::zh, 390, 844);
    h.frames(2);
    const float usual = ImGui::GetStyle().FontSizeBase;
    h.app.set_text_scale(1.25f);   // a browser set to 20 px, or a larger Dynamic Type
    h.frames(2);
    CHECK(ImGui::GetStyle().FontSizeBase == doctest::Approx(usual * 1.25f));
    h.app.set_text_scale(40);      // not a setting any browser offers
    h.frames(2);
    CHECK(ImGui::GetStyle().FontSizeBase == doctest::Approx(usual));
}
