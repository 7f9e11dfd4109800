#pragma once
// What panels may ask of the app beside their plan edits, and what they may
// read of its state. Every request becomes a Command value in the frame's
// queue (edit_sink.hpp); nothing here changes the app while a frame is drawn.
#include <string>
#include <utility>

#include "ui/edit_sink.hpp"

namespace ui {

class Services;

// The app's state as the frame starts, for panels to read.
struct AppStatus {
    bool can_undo = false;
    bool can_redo = false;
    size_t undo_steps = 0;
    int today_days = 0;
    std::string open_id;
    // Changes whenever the open plan does (an edit, undo, redo, another plan
    // opened): what a view derives from the plan can be kept until then.
    unsigned plan_serial = 0;
    bool unsaved = false;
    bool in_memory = false;
};

class AppActions {
public:
    AppActions(const AppStatus& status, Services& services, EditSink& sink)
        : status_(status), services_(services), sink_(sink) {}

    bool can_undo() const { return status_.can_undo; }
    bool can_redo() const { return status_.can_redo; }
    size_t undo_steps() const { return status_.undo_steps; }
    int today_days() const { return status_.today_days; }
    const std::string& open_id() const { return status_.open_id; }
    unsigned plan_serial() const { return status_.plan_serial; }
    bool unsaved() const { return status_.unsaved; }
    bool in_memory() const { return status_.in_memory; }
    // The clock, read (not changed) through the platform.
    long long now_unix_seconds() const;
    std::string now_iso() const;                            // Services::now_iso, UTC
    std::string local_time(const std::string& iso) const;   // Services::local_time

    void run(Command command) { sink_.run(std::move(command)); }
    void undo() { run(cmd::Undo{}); }
    void redo() { run(cmd::Redo{}); }
    void export_file() { run(cmd::ExportFile{}); }          // Ctrl+S: to the plan's file, or a download
    void download_json() { run(cmd::ExportFile{true}); }
    void import_file() { run(cmd::PickFileToImport{}); }
    void pick_table_file() { run(cmd::PickTableFile{}); }
    void paste_import() { run(cmd::PasteImport{}); }
    void share_link() { run(cmd::ShareLink{}); }
    void export_markdown() { run(cmd::ExportMarkdown{false}); }
    void copy_markdown() { run(cmd::ExportMarkdown{true}); }
    void print_view() { run(cmd::PrintView{}); }
    // One role's run-sheet for one date, in a new tab to print.
    void print_role_sheet(const std::string& role_id, int date_days) { run(cmd::PrintRoleSheet{role_id, date_days}); }
    void copy_text(const std::string& text) { run(cmd::CopyText{text}); }
    void download(const std::string& file_name, const std::string& mime, const std::string& bytes) {
        run(cmd::Download{file_name, mime, bytes});
    }
    void notify(const std::string& message, bool error) { run(cmd::Notify{message, error}); }
    void set_lang(int lang) { run(cmd::SetLang{lang == 1 ? core::Lang::en : core::Lang::zh}); }
    void set_font_step(int step) { run(cmd::SetFontStep{step}); }
    // library
    void new_plan() { run(cmd::NewPlan{}); }
    void choose_template() { run(cmd::ChooseTemplate{}); }
    void replicate_plan() { run(cmd::ReplicatePlan{}); }
    void update_copies() { run(cmd::UpdateCopies{}); }
    void open_plan(const std::string& id) { run(cmd::OpenPlan{id}); }
    void rename_plan(const std::string& id, const std::string& name) { run(cmd::RenamePlan{id, name}); }
    void duplicate_plan(const std::string& id) { run(cmd::DuplicatePlan{id}); }
    void delete_plan(const std::string& id) { run(cmd::DeletePlan{id}); }
    void restore_plan(const std::string& id) { run(cmd::RestorePlan{id}); }
    void purge_plan(const std::string& id) { run(cmd::PurgePlan{id}); }
    void show_snapshots(const std::string& id) { run(cmd::ShowSnapshots{id}); }
    void restore_snapshot(const std::string& id, int revision) { run(cmd::RestoreSnapshot{id, revision}); }
    void export_raw(const std::string& id, const std::string& aside_key) { run(cmd::ExportRaw{id, aside_key}); }
    void refresh_overview() { run(cmd::RefreshOverview{}); }
    void draw_again() { run(cmd::DrawAgain{}); }

private:
    const AppStatus& status_;
    Services& services_;
    EditSink& sink_;
};

}  // namespace ui
