#pragma once
// The app: owns the open plan, its history, the plan library (autosave) and
// the UI's own state; draws the panels each frame and applies the edits they
// push. File, library and share-link handling live in app_library.cpp.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/rules/calendar.hpp"
#include "core/edits/history.hpp"
#include "core/text/i18n.hpp"
#include "core/library/library.hpp"
#include "core/model/plan.hpp"
#include "ui/services.hpp"
#include "web/host.hpp"

namespace ui {

enum class Section { library, dashboard, basics, setup, rhythm, content, incentives, kpis, review, count_ };

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
    bool template_open = false;      // "new plan from a template"
    bool replicate_open = false;     // "copy this plan to N groups"
    std::string replicate_text;      // one group per line: name, city, owner
    bool paste_open = false;
    std::string paste_text;
    std::string paste_error;
    bool share_open = false;
    std::string share_url;
    bool link_open = false;          // "import the shared plan?"
    core::Plan link_plan;
    std::string link_error;          // a link that could not be read
};

// The rhythm editor's selection: the weekly column being edited and the
// weekdays ticked for "copy to".
struct RhythmView {
    std::string selected_column;
    int copy_days = 0;   // bit d set = weekday d (1–7)
    std::string sheet_role;   // the role whose run-sheet is shown ("" = the first)
    int sheet_day = 0;        // the date shown, as days (0 = today)
};

// The KPI, review and dashboard views: the values being typed into a KPI's
// "log a value" row (by KPI id), the stage tab to show, the ranking period.
struct KpiView {
    std::map<std::string, std::string> log_date;
    std::map<std::string, std::string> log_value;
    std::map<std::string, std::string> log_error;
    std::string tabs_for;        // the plan whose tab was chosen (the current stage on opening)
    int tab = 0;                 // the KPI section's tab: a stage (0–4), alert rules (5), funnel (6)
    int select_stage = -1;       // a stage to show when the KPI section is drawn next (dashboard clicks)
    int review_tab = 0;          // the review section's tab: reviews (0), content ranking (1)
    int ranking_days = 7;        // the content ranking's period: the last 7 or 30 days
    std::string open_review;     // a review just made, unfolded on the next frame
    bool due_all = false;        // the checklist due now, listed in full
};

// The content section's view: the day whose week or month the calendar and
// the mix show, the item in the calendar's editor, the inputs of the bulk
// operations, the tables' sort and filters, and the export range.
struct ContentView {
    bool anchored = false;           // anchor set (to today on the first draw)
    int anchor = 0;                  // a day (days since 1970-01-01) in the week or month shown
    bool month = false;              // month view instead of week view
    std::optional<core::CalendarItem> selected;   // the item in the editor
    bool open_editor = false;        // open the editor popup this frame
    std::string move_date, move_time, retitle;
    int copy_weeks = 1;
    std::string shift_from, shift_to;
    int shift_days = 7;
    std::string repeat_item;         // content item id
    int repeat_interval = 7;
    bool repeat_until = false;       // end by date instead of by count
    int repeat_count = 4;
    std::string repeat_until_date;
    std::string notice;              // the last bulk operation's result
    bool fill_shown = false;         // the auto-fill proposal is shown
    int sort_column = -1;            // production table sort (column index, -1 = none)
    bool sort_descending = false;
    struct {                         // the table's row order, sorted for these
        unsigned plan_serial = 0;
        int column = -2;
        bool descending = false;
        std::vector<size_t> rows;
    } order;
    struct {                         // the week or month shown, expanded for these
        unsigned plan_serial = 0;
        int from = 0, to = -1;       // no range yet (a range shown has to >= from)
        bool include_skipped = false;
        std::vector<core::CalendarItem> items;
    } shown;
    bool performance = false;        // production tab shows the performance table
    std::string focus_item;          // scroll this content item / asset into view
    int zone = -1, category = -1;    // asset filters (-1 = any)
    std::string tag;
    int year_month = 0;              // YYYYMM, 0 = any
    std::string search;
    std::string export_from, export_to;
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
    RhythmView rhythm;
    ContentView content;
    KpiView kpi;
    Dialogs dialogs;
};

class App : public web::AppHooks {
public:
    explicit App(Services& services) : services_(services) {}

    void init(const char* lang) override;
    void before_frame() override;
    int frame() override;
    bool has_after_frame_work() const override { return save_requested_; }
    void after_frame() override;
    const char* export_json() override;
    const char* import_json(const char* text) override;
    void paste(const char* text) override;
    void storage_changed(const char* key) override;
    void flush() override;
    void open_link(const char* fragment) override;

    const core::Plan& plan() const { return plan_; }

private:
    friend struct AppActions;
    bool apply_pending(struct EditSink& sink);   // true if the plan changed
    void handle_shortcuts();
    void undo();
    void redo();
    void changed();                 // the open plan changed: schedule a save
    void set_lang(core::Lang lang);
    void set_font_step(int step);
    void say(std::string message, bool error);
    void draw_dialogs();
    void draw_sop_dialogs();        // sop_dialogs.cpp: templates, replication

    // app_library.cpp
    void open_library();
    void save_now();
    void show_plan(std::string id, core::Plan plan, int revision);
    bool open_plan(const std::string& id);
    bool import_text(const std::string& text, std::string* why);
    // imported: the importer's parse of the file the plan came from, stored as is.
    void new_plan(core::Plan plan, nlohmann::json* imported = nullptr);
    void export_file();
    void export_raw(const std::string& id, const std::string& aside_key);
    void make_share_link();
    void export_markdown(bool copy);
    void open_print_view();
    int replicate(const std::string& lines);
    void refresh_library();
    void follow_community_name();
    // A library result the user must hear of. never_stored: the plan shown
    // has never been stored (its full-storage message says so).
    void report(core::LibStatus status, bool never_stored = false);
    void remember_open_plan();
    std::string plan_name(const core::Plan& plan) const;
    core::Lang lang() const { return ui_.lang; }

    Services& services_;
    core::Plan plan_;
    unsigned plan_serial_ = 0;      // bumped whenever plan_ changes (AppActions::plan_serial)
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
    bool save_requested_ = false;   // the save is due: after_frame() writes it
    std::string named_after_;       // the community name the library name follows
};

}  // namespace ui
