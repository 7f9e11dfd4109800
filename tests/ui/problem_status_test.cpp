// A refused edit is told in the status bar in the user's words, naming the
// place as the screen shows it, and the message goes once an edit goes through.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/templates/templates.hpp"
#include "headless.hpp"

using ui_test::Headless;


TEST_CASE("25:99 in a slot's time names the slot's row and the field, and a later good edit clears it") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        Headless h(lang);
        run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
        h.go_to("rhythm");
        h.frames(2);
        h.click("tab_slots");
        h.frames(2);
        // The third row of the table, which lists the slots by time.
        std::vector<core::Slot> slots = h.app.plan().rhythm.slots;
        REQUIRE(slots.size() >= 3);
        std::stable_sort(slots.begin(), slots.end(), [](auto& a, auto& b) { return a.time < b.time; });
        const std::string third = slots[2].id;
        const core::TimeOfDay before = slots[2].time;
        auto time_of = [&] {
            for (const core::Slot& s : h.app.plan().rhythm.slots)
                if (s.id == third) return s.time;
            return core::TimeOfDay{};
        };
        h.type_into("##slot_time_" + third, "25:99");
        CHECK(time_of() == before);
        const std::string message = h.app.view().message;
        CHECK(h.app.view().message_is_error);
        CHECK(message.find("plan.") == std::string::npos);
        CHECK(message.find("slots[") == std::string::npos);
        if (lang == core::Lang::zh)
            CHECK(message == "执行节奏 › 每日时段 › 第 3 行 › 时间：时间应写成 HH:MM（00:00–23:59），例如 20:00（现在是“25:99”）");
        else
            CHECK(message == "Rhythm › Daily slots › row 3 › Time: write the time as HH:MM (00:00–23:59), e.g. 20:00 "
                             "(now \"25:99\")");
        // Another refusal keeps a message; a good edit, in any field, ends it.
        h.type_into("##slot_time_" + third, "7:75");
        CHECK(h.app.view().message_is_error);
        CHECK_FALSE(h.app.view().message.empty());
        h.go_to("basics");
        h.frames(2);
        h.type_into("##community_name", "A");
        CHECK(h.app.plan().basics.name == "A");
        CHECK(h.app.view().message.empty());
    }
}
