#pragma once
// The commands panels may ask of the app (undo, export, library…), beside
// the plan edits they push to the sink.
#include <string>

#include "core/model/plan.hpp"

namespace ui {

class App;
struct UiState;

struct AppActions {
    App& app;
    bool can_undo() const;
    bool can_redo() const;
    size_t undo_steps() const;
    int today_days() const;
    const std::string& open_id() const;
    // Changes whenever the open plan does (an edit, undo, redo, another plan
    // opened): what a view derives from the plan can be kept until then.
    unsigned plan_serial() const;
    bool unsaved() const;
    bool in_memory() const;
    void undo();
    void redo();
    void export_file();
    void import_file();
    void paste_import();
    void share_link();
    void choose_template();
    void replicate_plan();
    void export_markdown();
    void copy_markdown();
    void print_view();
    // One role's run-sheet for one date, in a new tab to print.
    void print_role_sheet(const std::string& role_id, int date_days);
    void copy_text(const std::string& text);
    void set_lang(int lang);
    void set_font_step(int step);
    // library
    void new_plan();
    void open_plan(const std::string& id);
    void rename_plan(const std::string& id, const std::string& name);
    void duplicate_plan(const std::string& id);
    void delete_plan(const std::string& id);
    void restore_plan(const std::string& id);
    void purge_plan(const std::string& id);
    void show_snapshots(const std::string& id);
    void restore_snapshot(const std::string& id, int revision);
    void export_raw(const std::string& id, const std::string& aside_key);
    // content section (content_actions.cpp)
    void download(const std::string& file_name, const std::string& mime, const std::string& bytes);
    void notify(const std::string& message, bool error);   // the status bar's message
    long long now_unix_seconds();
    std::string local_time(const std::string& iso);   // Services::local_time
};

}  // namespace ui
