#pragma once
// The app: owns the plan, its history and the UI's own state; draws the
// panels each frame and applies the edits they push.
#include <string>

#include "core/history.hpp"
#include "core/i18n.hpp"
#include "core/plan.hpp"
#include "ui/services.hpp"
#include "web/host.hpp"

namespace ui {

enum class Section { basics, setup, rhythm, content, kpis, review, count_ };

// What the screen shows but the plan does not hold.
struct UiState {
    core::Lang lang = core::Lang::zh;
    int font_step = 1;                 // 0 small … 3 extra large
    Section section = Section::basics;
    std::string message;               // the status bar's last message
    bool message_is_error = false;
    double message_until = 0;          // seconds (ImGui time) when it fades
    bool style_dirty = true;
};

class App : public web::AppHooks {
public:
    explicit App(Services& services) : services_(services) {}

    void init(const char* lang) override;
    void before_frame() override;
    int frame() override;
    const char* export_json() override;
    const char* import_json(const char* text) override;
    void paste(const char* text) override;
    void storage_changed(const char*) override {}
    void flush() override {}

    const core::Plan& plan() const { return plan_; }

private:
    void apply_pending(struct EditSink& sink);
    void handle_shortcuts();
    void undo();
    void redo();
    void export_file();
    void set_lang(core::Lang lang);
    void set_font_step(int step);
    void say(std::string message, bool error);

    Services& services_;
    core::Plan plan_;
    core::History history_;
    UiState ui_;
    std::string out_;
    friend struct AppActions;
};

}  // namespace ui
