// Messages through the real widgets: writing a slot's message with emoji,
// using a starter-kit script, copying a day's message from the dashboard,
// and a run-sheet's start moving its steps.
#include <doctest/doctest.h>

#include "core/rules/messages.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"

using ui_test::Headless;

namespace {

void open_template(Headless& h, core::TemplateId id) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{id}}});
    REQUIRE(!h.app.open_id().empty());
}

const core::Slot& slot(Headless& h, const std::string& id) {
    for (const core::Slot& s : h.app.plan().rhythm.slots)
        if (s.id == id) return s;
    FAIL("no slot " << id);
    throw 0;
}

}  // namespace

TEST_CASE("a slot's message is written in its dialog, emoji and all, and can use a script instead") {
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::mother_baby);
    h.click("nav_rhythm");
    h.frames(2);
    h.click("tab_slots");
    h.frames(2);
    h.click("slot_message_slot-perk");
    h.frames(2);
    REQUIRE(h.drawn("##msg_text_dialog"));
    h.click("##msg_text_dialog");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("今晚 8 点福利 🧧 {群名}专享，@{新人} 也有份 👇");
    h.click("message_done");
    h.frames(3);
    CHECK(slot(h, "slot-perk").message.text == "今晚 8 点福利 🧧 {群名}专享，@{新人} 也有份 👇");
    CHECK(slot(h, "slot-perk").message.script.empty());

    // The same line now uses the welcome script by reference.
    h.click("slot_message_slot-perk");
    h.frames(2);
    h.click("##msg_source_dialog");
    h.frames(2);
    h.click("msg_src_dialog_script-welcome");
    h.frames(2);
    CHECK(slot(h, "slot-perk").message.script == "script-welcome");
    CHECK_FALSE(h.drawn("##msg_text_dialog"));   // a script's text is edited in the starter kit
    // Back to its own text, starting from the script's.
    h.click("msg_detach_dialog");
    h.frames(2);
    CHECK(slot(h, "slot-perk").message.script.empty());
    CHECK(slot(h, "slot-perk").message.text.find("{新人}") != std::string::npos);
    h.click("message_done");
}

TEST_CASE("the dashboard lists today's messages, filled, and copies one to the clipboard") {
    Headless h(core::Lang::zh);
    open_template(h, core::TemplateId::mother_baby);
    h.click("nav_dashboard");
    h.frames(2);
    const std::string key = "slot:slot-greeting@" + core::format_date(core::Date{h.services.today});
    REQUIRE(h.drawn("copy_today_" + key));
    h.click("copy_today_" + key);
    h.frames(2);
    const std::string copied = ImGui::GetClipboardText();
    CHECK(!copied.empty());
    CHECK(copied == core::message_text(h.app.plan(), slot(h, "slot-greeting").message).substr(0, copied.size()));
    CHECK(copied.find('{') == std::string::npos);   // nothing left to fill in the morning greeting
}

TEST_CASE("changing a run-sheet's start moves its timed steps with it, one undo step") {
    Headless h(core::Lang::en);
    open_template(h, core::TemplateId::mother_baby);
    REQUIRE(!h.app.plan().rhythm.runsheets.empty());
    const core::Runsheet before = h.app.plan().rhythm.runsheets[0];
    REQUIRE(before.start);
    h.click("nav_rhythm");
    h.frames(2);
    h.click("tab_runsheets");
    h.frames(2);
    h.click("##runsheet_start_" + before.id);
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type(core::format_time(core::TimeOfDay{before.start->minutes - 30}));
    h.press(ImGuiKey_Enter);
    h.frames(3);
    const core::Runsheet& after = h.app.plan().rhythm.runsheets[0];
    CHECK(after.start->minutes == before.start->minutes - 30);
    for (size_t i = 0; i < before.steps.size(); ++i) {
        CAPTURE(before.steps[i].id);
        if (before.steps[i].time) CHECK(after.steps[i].time->minutes == std::max(0, before.steps[i].time->minutes - 30));
        else CHECK_FALSE(after.steps[i].time);
    }
    h.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    h.frames(2);
    CHECK(h.app.plan().rhythm.runsheets[0] == before);
}

TEST_CASE("a bad start time is refused with a message and changes nothing") {
    Headless h(core::Lang::en);
    open_template(h, core::TemplateId::mother_baby);
    const core::Runsheet before = h.app.plan().rhythm.runsheets[0];
    h.click("nav_rhythm");
    h.frames(2);
    h.click("tab_runsheets");
    h.frames(2);
    h.click("##runsheet_start_" + before.id);
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("25:99");
    h.press(ImGuiKey_Enter);
    h.frames(3);
    CHECK(h.app.plan().rhythm.runsheets[0] == before);
    CHECK(h.app.view().message_is_error);
    CHECK(h.app.view().message.find("25:99") != std::string::npos);
}
