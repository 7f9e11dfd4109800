#pragma once
// The app: owns the open plan, its history, the plan library (autosave) and
// the UI's own state; draws the panels each frame and then runs the frame's
// queue of edits and commands (run_queue), the one place where any of it
// changes. File, library and share-link handling live in app_library.cpp,
// the commands in app_commands.cpp. Knows nothing of the browser: the page
// reaches it through src/web/page_app.hpp, the platform through Services.
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "core/edits/history.hpp"
#include "core/library/library.hpp"
#include "core/model/plan.hpp"
#include "core/model/problem.hpp"
#include "core/rules/master_copies.hpp"
#include "ui/app_actions.hpp"
#include "ui/edit_sink.hpp"
#include "ui/services.hpp"
#include "ui/ui_state.hpp"



namespace ui {

class App {
public:
    explicit App(Services& services) : services_(services) {}

    void init(core::Lang lang);
    // Between frames, before ImGui::NewFrame(): the place to change style and fonts.
    void before_frame();
    // The page's guess before any pointer is seen: a coarse pointer (a phone
    // or tablet) means touch sizes from the first frame.
    void set_coarse_pointer(bool coarse) { coarse_pointer_ = coarse; }
    // The reader's text size against the usual one (the browser's default
    // font size / 16 px, or iOS's Dynamic Type body / 17 px): every font step
    // is scaled by it, so text follows the phone's or browser's setting.
    void set_text_scale(float scale);
    // Draws the UI, then runs what it queued; returns ms until the app needs
    // a frame again (-1: never, 0: now).
    int frame();
    // Work too long for a frame (the autosave of a large plan): true when
    // some is waiting; the page then calls after_frame() as its own task.
    bool has_after_frame_work() const { return save_requested_; }
    void after_frame();

    // Requests from the page, between frames.
    std::string export_json();
    // Imports a plan file's text as a new plan (the open one stays stored);
    // the problem when the file is refused (the status bar says it too).
    std::optional<core::Problem> import_text(const std::string& text);
    void paste(const std::string& text);               // pasted outside any text field
    // A statistics table's text (a file the page read and decoded) for the
    // KPI import dialog, which it opens on the KPI section.
    void import_table(const std::string& text, const std::string& file_name);
    void storage_changed(const std::string& key);      // another tab wrote this key
    // The page is being hidden: the text still in a field and every change
    // are saved now, under the same revision rule as any save.
    void flush();
    // The page is shown again after flush(): this tab's save is checked and,
    // if another tab overwrote it unseen, kept as a new plan. Only the page
    // knows it is visible again; a frame drawn while the page is going away
    // must not take back what flush() left for other tabs.
    void shown();
    void open_link(const std::string& fragment);       // the address holds #<share link>
    // Saving back to a file. The page keeps the handle of the file a plan
    // was opened from (where the browser offers the File System Access API)
    // and names it here: from then on Ctrl+S writes that plan to the file
    // (Services::write_file). file_name "" forgets it.
    void link_file(const std::string& plan_id, const std::string& file_name);
    // The page's answer to Services::write_file: on success the save counts
    // as the plan's last export; on failure the message naming the file (also
    // in the status bar), for the page's notice. "" when saved.
    std::string file_written(const std::string& plan_id, FileWrite result, const std::string& detail);

    // Runs one frame's queue in order: edits change the open plan, commands
    // do the rest. Edits queued after a command that showed another plan are
    // dropped: they were made on the plan that is gone. True when anything
    // was done that the screen should show at once.
    bool run_queue(EditSink& queue);

    const core::Plan& plan() const { return plan_; }
    const std::string& open_id() const { return open_id_; }
    core::Lang lang() const { return ui_.lang; }
    UiState& view() { return ui_; }

private:
    void run(const Command& command);   // app_commands.cpp
    AppStatus status() const;
    int finish_frame(EditSink& sink, unsigned shown_at_start);
    void handle_shortcuts(EditSink& queue);
    void undo();
    void redo();
    void changed();                 // the open plan changed: schedule a save
    void commit_typing();
    bool apply_edit(const QueuedEdit& queued);           // the text of a field still being typed into, into the plan
    void set_lang(core::Lang lang);
    void set_font_step(int step);
    void say(std::string message, bool error);
    void copy_text(const std::string& text);   // to the clipboard, and says so

    // app_library.cpp
    void open_library();
    void save_now();
    void show_plan(std::string id, core::Plan plan, int revision, std::string tip);
    bool open_plan(const std::string& id);
    // imported: the importer's parse of the file the plan came from, stored as is.
    void new_plan(core::Plan plan, nlohmann::json* imported = nullptr);
    bool open_plan_untouched();
    void export_file(bool download);
    void export_raw(const std::string& id, const std::string& aside_key);
    void make_share_link();
    void export_markdown(bool copy);
    int replicate(const std::string& lines);
    // app_copies.cpp: "update copies from the master"
    core::MasterRef master_ref();
    void open_copy_updates();
    void choose_copy_conflict(const cmd::ChooseCopyConflict& c);
    void choose_import_conflict(const cmd::ChooseImportConflict& c);
    int apply_copy_updates();
    bool offer_import_merge(const core::Plan& plan, const std::string& text);
    void import_merge(bool merge);
    void duplicate_plan(const std::string& id);
    void delete_plan(const std::string& id);
    void restore_snapshot(const std::string& id, int revision);
    void refresh_library();
    void refresh_overview();
    void follow_community_name();
    bool keep_if_overwritten();
    void check_lastsaves();
    void take_storage_notice();   // the library's switch to memory, as the lasting notice
    // A library result the user must hear of. never_stored: the plan shown
    // has never been stored (its full-storage message says so).
    void report(core::LibStatus status, bool never_stored = false);
    void remember_open_plan();

    Services& services_;
    core::Plan plan_;
    unsigned plan_serial_ = 0;      // bumped whenever plan_ changes (AppStatus::plan_serial)
    unsigned plans_shown_ = 0;      // bumped whenever another plan is shown (show_plan)
    core::History history_;
    UiState ui_;
    // Autosave: the open plan's id and stored revision, and whether the plan
    // holds changes not yet written. Nothing is written before init finished.
    std::unique_ptr<core::Library> library_;
    std::string open_id_;
    int revision_ = 0;
    std::string tip_;               // the save shown, "<tab>@<revision>" (core::Library, two tabs)
    bool lastsave_written_ = false; // flush() left this tab's save for other tabs to check
    long long lastsave_check_due_ = -1;   // wall time (unix s) to check other tabs' last saves again; -1 none
    bool dirty_ = false;
    bool loaded_ = false;
    double save_due_ = -1;          // ImGui time of the debounced save; -1 none
    bool save_requested_ = false;   // the save is due: after_frame() writes it
    std::string named_after_;       // the community name the library name follows
    // The text of the field being typed into that is not in the plan yet,
    // from the last frame (EditSink::typing): committed when the page is
    // hidden or another tab writes this plan, so nothing typed is lost.
    std::optional<QueuedEdit> typing_;
    bool coarse_pointer_ = false;   // the page's guess, until a pointer is seen
    float text_scale_ = 1;          // set_text_scale
    bool pointer_seen_ = false;
    Section drawn_section_ = Section::count_;   // the section the last frame drew (its scroll is reset on a change)
    std::string today_role_kept_;               // Today's role as this device remembers it
    bool first_frame_ = true;
    // Writes to files asked of the page and not answered yet: plan id → when asked (its export time).
    std::map<std::string, std::string> writes_asked_;
};

// The plan's name as the library and dialogs show it ("untitled" when empty).
std::string plan_display_name(const core::Plan& plan, core::Lang lang);

}  // namespace ui
