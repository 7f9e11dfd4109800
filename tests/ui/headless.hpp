#pragma once
// The whole UI, headless: a Dear ImGui context with no window and no GPU (a
// renderer that only acknowledges textures), the app over in-memory
// Services, and a pointer and keyboard that find widgets the way the
// browser tests do, through the test hooks' item list (src/ui/test_hooks.cpp).
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/library/key_value.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/services.hpp"

namespace ui_test {

// The platform, in memory: what the app downloaded, printed or asked for.
class FakeServices final : public ui::Services {
public:
    core::MemoryStore memory;
    int today = 20148;   // 2025-03-01
    int clock_seconds = 0;
    struct File { std::string name, mime, bytes; };
    std::vector<File> downloads;
    std::vector<std::string> printed;
    int file_picks = 0;
    int table_picks = 0;
    unsigned random_state = 1;

    void download(const std::string& name, const std::string& mime, const std::string& bytes) override {
        downloads.push_back({name, mime, bytes});
    }
    core::KeyValueStore& store() override { return memory; }
    int today_days() override { return today; }
    std::string now_iso() override;
    unsigned random_u32() override { return random_state = random_state * 1103515245u + 12345u; }
    std::string local_time(const std::string& iso) override { return iso; }
    void pick_file_to_import() override { ++file_picks; }
    // Writes back to a plan's file, as asked; the test answers with App::file_written.
    struct FileWriteAsked { std::string plan_id, bytes; };
    std::vector<FileWriteAsked> file_writes;
    void write_file(const std::string& plan_id, const std::string& bytes) override {
        file_writes.push_back({plan_id, bytes});
    }
    void pick_table_file() override { ++table_picks; }
    std::string page_url() override { return "http://127.0.0.1/"; }
    void clear_fragment() override {}
    void open_print_view(const std::string& html) override { printed.push_back(html); }
};

// An item drawn in the last frame, as planner.items() lists it in the page.
struct Item {
    std::string label;   // the visible part
    std::string id;      // the whole label, "text###id" or "##id"
    float x = 0, y = 0, w = 0, h = 0;       // on the screen (clipped by its window)
    float fx = 0, fy = 0, fw = 0, fh = 0;   // the whole item, clipped or not
};

class Headless {
public:
    // A first visit opens on the start screen; unless `welcome` is asked
    // for, the app is taken past it as a user would: "blank plan".
    explicit Headless(core::Lang lang = core::Lang::zh, float width = 1280, float height = 720, bool welcome = false);
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    FakeServices services;
    ui::App app{services};

    // One frame of the app, as the page draws it; returns the app's wake-up (0: draw again now).
    // capture_text: the frame also keeps the text it draws (ui::screen_text, ui::wrapped_lines).
    int frame(bool capture_text = false);
    void frames(int n);
    const std::vector<Item>& items() const { return items_; }
    // The first item whose whole label is `id` or ends in "###id"; none when not drawn.
    std::optional<Item> find(const std::string& id) const;
    bool drawn(const std::string& id) const { return find(id).has_value(); }
    // A click in the middle of the item (move, press, release, a frame each).
    void click(const std::string& id);
    void type(const std::string& utf8);
    void press(ImGuiKey key, ImGuiKeyChord mods = 0);
    // Clicks a text field, replaces its text with `text` and presses Enter.
    void type_into(const std::string& id, const std::string& text);
    // Shows a section the way a user does: a click on "nav_<section>" in the
    // list, or on a narrow screen in the drawer the button at the top opens.
    void go_to(const std::string& section);
    // The pointer is a finger from now on (clicks come from a touch screen).
    void use_touch();
    void resize(float width, float height);

private:
    ImGuiContext* context_ = nullptr;
    bool touch_ = false;
    std::vector<Item> items_;
};

// Runs one queue as a frame would have filled it.
void run(Headless& h, std::vector<std::variant<core::Edit, ui::Command>> items);

}  // namespace ui_test
