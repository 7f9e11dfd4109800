#pragma once
// The app: owns the open plan, its history, the plan library (autosave) and
// the UI's own state; draws the panels each frame and applies the edits they
// push. File, library and share-link handling live in app_library.cpp.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/history.hpp"
#include "core/i18n.hpp"
#include "core/library.hpp"
#include "core/plan.hpp"
#include "ui/services.hpp"
#include "web/host.hpp"

namespace ui {

enum class Section { library, basics, setup, rhythm, content, kpis, review, count_ };

// The library view's copy of the listing, refreshed when something changed.
struct LibraryView {
    bool stale = true;
    std::vector<core::PlanEntry> plans;
    std::vector<core::TrashEntry> trash;
    std::vector<core::AsideEntry> asides;
    std::string renaming;        // id of the plan whose name is being edited
    std::string rename_buffer;
    std::string snapshots_of;    // id whose snapshots are listed
    std::vector<core::SnapshotEntry> snapshots;
};

// A dialog over the main window: pasting JSON, a share link, an offered link.
struct Dialogs {
    bool paste_open = false;
    std::string paste_text;
    std::string paste_error;
    bool share_open = false;
    std::string share_url;
    bool link_open = false;          // "import the shared plan?"
    core::Plan link_plan;
    std::string link_error;          // a link that could not be read
};

// What the screen shows but the plan does not hold.
struct UiState {
    core::Lang lang = core::Lang::zh;
    int font_step = 1;                 // 0 small … 3 extra large
    Section section = Section::basics;
    std::string message;               // the status bar's last message
    bool message_is_error = false;
    double message_until = 0;          // seconds (ImGui time) when it fades
    bool style_dirty = true;
    std::string storage_problem;       // a lasting storage notice (full, unavailable)
    LibraryView library;
    Dialogs dialogs;
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
    void storage_changed(const char* key) override;
    void flush() override;
    void open_link(const char* fragment) override;

    const core::Plan& plan() const { return plan_; }

private:
    friend struct AppActions;
    void apply_pending(struct EditSink& sink);
    void handle_shortcuts();
    void undo();
    void redo();
    void changed();                 // the open plan changed: schedule a save
    void set_lang(core::Lang lang);
    void set_font_step(int step);
    void say(std::string message, bool error);
    void draw_dialogs();

    // app_library.cpp
    void open_library();
    void save_now();
    void show_plan(std::string id, core::Plan plan, int revision);
    bool open_plan(const std::string& id);
    bool import_text(const std::string& text, std::string* why);
    void new_plan(core::Plan plan);
    void export_file();
    void export_raw(const std::string& id, const std::string& aside_key);
    void make_share_link();
    void refresh_library();
    void follow_community_name();
    void report(core::LibStatus status);
    std::string plan_name(const core::Plan& plan) const;
    core::Lang lang() const { return ui_.lang; }

    Services& services_;
    core::Plan plan_;
    core::History history_;
    UiState ui_;
    std::string out_;
    // Autosave: the open plan's id and stored revision, and whether the plan
    // holds changes not yet written. Nothing is written before init finished.
    std::unique_ptr<core::Library> library_;
    std::string open_id_;
    int revision_ = 0;
    bool dirty_ = false;
    bool loaded_ = false;
    double save_due_ = -1;          // ImGui time of the debounced save; -1 none
    std::string named_after_;       // the community name the library name follows
};

}  // namespace ui
