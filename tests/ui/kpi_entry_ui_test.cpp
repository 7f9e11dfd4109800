// The fast KPI entry form through the real widgets: it opens on the current
// stage with the first value field taking the keyboard, Tab goes from value
// to value (past the dates), Enter logs them all as one undo step, and a
// date already logged is replaced only after the user agrees. The import
// dialog reads a pasted table and logs it on one confirm.
#include <doctest/doctest.h>

#include "core/rules/kpi_status.hpp"
#include "headless.hpp"

using ui_test::Headless;

namespace {

const core::Kpi& kpi(const core::Plan& p, const char* id) {
    auto ref = core::find_kpi(p, id);
    REQUIRE(ref);
    return *ref->kpi;
}

std::vector<double> values(const core::Plan& p, const char* id) {
    std::vector<double> out;
    for (const core::LogEntry& e : kpi(p, id).log) out.push_back(e.value);
    return out;
}

}  // namespace

TEST_CASE("fast entry: type a value, Tab to the next row, Enter logs every row in one undo step") {
    Headless h(core::Lang::zh, 1280, 900);
    h.go_to("kpis");
    h.frames(2);
    h.click("kpi_entry_open");
    h.frames(3);
    // The blank plan starts today: the launch stage, its four KPIs a row each.
    for (const char* id : {"launch-join", "launch-profile", "launch-retain", "launch-members"})
        CHECK(h.drawn(std::string("##entry_value_") + id));
    h.type("55");
    h.press(ImGuiKey_Tab);
    h.type("70");
    h.press(ImGuiKey_Tab);
    h.press(ImGuiKey_Tab);   // the retention row stays empty: not logged
    h.type("1,234");
    h.press(ImGuiKey_Enter);
    h.frames(3);
    const core::Plan& p = h.app.plan();
    CHECK(values(p, "launch-join") == std::vector<double>{55});
    CHECK(values(p, "launch-profile") == std::vector<double>{70});
    CHECK(values(p, "launch-retain").empty());
    CHECK(values(p, "launch-members") == std::vector<double>{1234});
    CHECK(kpi(p, "launch-join").log[0].date == core::Date{h.services.today});
    CHECK_FALSE(h.drawn("##entry_value_launch-join"));   // the form closed

    // One undo takes all three back.
    run(h, {ui::Command{ui::cmd::Undo{}}});
    CHECK(values(h.app.plan(), "launch-join").empty());
    CHECK(values(h.app.plan(), "launch-members").empty());
    run(h, {ui::Command{ui::cmd::Redo{}}});
    CHECK(values(h.app.plan(), "launch-members") == std::vector<double>{1234});

    // Today's member count again: the form asks before replacing it.
    h.click("kpi_entry_open");
    h.frames(3);
    h.type_into("##entry_value_launch-members", "1300");
    h.frames(2);
    CHECK(values(h.app.plan(), "launch-members") == std::vector<double>{1234});   // not yet
    REQUIRE(h.drawn("entry_replace"));
    h.click("entry_replace");
    h.frames(3);
    CHECK(values(h.app.plan(), "launch-members") == std::vector<double>{1300});
}

TEST_CASE("fast entry: text that is not a number is named by its row, and nothing is logged") {
    Headless h(core::Lang::en, 1280, 900);
    h.go_to("kpis");
    h.frames(2);
    h.click("kpi_entry_open");
    h.frames(3);
    h.type("60");
    h.press(ImGuiKey_Tab);
    h.type("lots");
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(values(h.app.plan(), "launch-join").empty());
    CHECK(h.app.view().kpi.entry.error == "Row 2 (Profile-completion rate): “lots” is not a number");
}

TEST_CASE("a table pasted on the KPI section opens the import; one confirm logs it, and undo takes it back") {
    Headless h(core::Lang::zh, 1280, 900);
    h.go_to("kpis");
    h.frames(2);
    h.app.paste("日期\t群成员数\t发言成员数\t消息数\n2025-02-27\t200\t60\t500\n2025-02-28\t210\t42\t480\n");
    h.frames(3);
    REQUIRE(h.drawn("import_confirm"));
    const core::Plan before = h.app.plan();
    h.click("import_confirm");
    h.frames(3);
    const core::Plan& p = h.app.plan();
    CHECK(values(p, "launch-members") == std::vector<double>{200, 210});
    CHECK(values(p, "activation-speaking") == std::vector<double>{30, 20});
    CHECK(values(p, "activation-active") == std::vector<double>{60, 42});
    CHECK(p.kpis.import_columns.size() == 4);   // three columns and the share who spoke, remembered
    run(h, {ui::Command{ui::cmd::Undo{}}});
    CHECK(h.app.plan() == before);
}
