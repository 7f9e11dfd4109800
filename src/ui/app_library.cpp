// The open plan's life in the library: opening, autosave, two tabs, import
// (always as a new plan), export, share links. The rules themselves live in
// core::Library (library.hpp); this file decides what the user sees.
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/exports/markdown_export.hpp"
#include "core/json/plan_json.hpp"
#include "core/exports/qr_code.hpp"
#include "core/json/share_link.hpp"
#include "core/rules/master_copies.hpp"
#include "core/rules/replicate.hpp"
#include "core/templates/templates.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/placeholder_name.hpp"

namespace ui {

using core::LibStatus;
using core::S;
using core::tr;

namespace {
const char* kOpenKey = "planner.ui.open";   // the plan this browser had open last
const char* kPlanKeyPrefix = "planner.plan.";

// A file name from the plan name: Chinese kept, characters file systems refuse dropped.
std::string safe_file_stem(const std::string& name) {
    std::string out;
    for (unsigned char c : name) {
        if (c < 0x20 || std::strchr("<>:\"/\\|?*", c)) continue;
        out.push_back((char)c);
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
    while (!out.empty() && (out.front() == ' ' || out.front() == '.')) out.erase(out.begin());
    if (out.size() > 120) out.resize(120);
    // Never end inside a UTF-8 sequence: drop a trailing partial character.
    size_t end = out.size(), lead = end;
    while (lead > 0 && ((unsigned char)out[lead - 1] & 0xC0) == 0x80) --lead;
    if (lead > 0 && ((unsigned char)out[lead - 1] & 0x80)) {
        unsigned char c = (unsigned char)out[lead - 1];
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (end - (lead - 1) < need) out.resize(lead - 1);
    }
    return out.empty() ? "plan" : out;
}
}  // namespace

std::string plan_display_name(const core::Plan& plan, core::Lang lang) {
    return plan.basics.name.empty() ? tr(S::library_untitled, lang) : plan.basics.name;
}

// ---- opening ------------------------------------------------------------------------
void App::open_library() {
    // Ids of new plans start with a per-tab seed, which also names this
    // tab's saves ("writers"): the time to the millisecond and four random
    // letters, so two tabs started at once (both reloaded) are still told
    // apart. A shared seed once let one tab take the other's save for its own.
    std::string digits;
    for (char c : services_.now_iso())
        if (c >= '0' && c <= '9') digits.push_back(c);
    std::string id_seed = "p" + digits.substr(digits.size() > 9 ? digits.size() - 9 : 0);
    unsigned r = services_.random_u32();
    for (int i = 0; i < 4; ++i, r /= 26) id_seed.push_back(char('a' + r % 26));
    library_ = std::make_unique<core::Library>(services_.store(), id_seed);
    library_->check_storage();
    take_storage_notice();

    check_lastsaves();
    std::optional<std::string> last = library_->in_memory() ? std::nullopt : services_.store().get(kOpenKey);
    bool opened = last && open_plan(*last);
    if (!opened) {
        for (const core::PlanEntry& e : library_->list()) {
            if (!e.corrupt && open_plan(e.id)) {
                opened = true;
                break;
            }
        }
    }
    bool any_corrupt = !library_->aside_values().empty();
    if (!opened) {
        // A first visit, or every plan deleted: the start screen, over a blank
        // plan that is stored only once it is chosen or changed (save_now's
        // path for a plan without an id), so an untouched one is never kept.
        show_plan("", core::new_blank_plan(ui_.lang, core::Date{services_.today_days()}), 0, "");
        ui_.welcome = !any_corrupt;
    }
    if (any_corrupt) {
        ui_.section = Section::library;
        say(tr(S::library_status_corrupt, ui_.lang), true);
    }
    loaded_ = true;
}

// The next start opens this plan again (an in-memory library has no next start).
void App::remember_open_plan() {
    if (!library_->in_memory()) services_.store().set(kOpenKey, open_id_);
}

void App::show_plan(std::string id, core::Plan plan, int revision, std::string tip) {
    named_after_ = plan.basics.name;
    open_id_ = std::move(id);
    plan_ = std::move(plan);
    ++plan_serial_;
    revision_ = revision;
    tip_ = std::move(tip);
    dirty_ = false;
    save_due_ = -1;
    history_.clear();
    ++plans_shown_;
    ui_.welcome = false;
    remember_open_plan();
    ui_.library.stale = true;
}

bool App::open_plan(const std::string& id) {
    if (id == open_id_) return true;
    if (dirty_) save_now();
    core::Loaded l = library_->load(id);
    if (l.status != LibStatus::ok) {
        report(l.status);
        ui_.library.stale = true;
        return false;
    }
    show_plan(id, std::move(l.plan), l.entry.revision, l.tip);
    return true;
}

// The open plan is the blank plan as it was made, under the name it was
// given: picking a template or importing replaces it rather than adding to it.
bool App::open_plan_untouched() {
    if (!core::is_untouched_blank(plan_)) return false;
    if (open_id_.empty()) return true;
    for (const core::PlanEntry& e : library_->list())
        if (e.id == open_id_)   // renamed in the library: the user has made it theirs
            return e.name == plan_display_name(plan_, core::Lang::zh) || e.name == plan_display_name(plan_, core::Lang::en);
    return false;
}

void App::new_plan(core::Plan plan, nlohmann::json* imported) {
    const bool from_welcome = ui_.welcome;
    // An untouched blank plan is not kept beside the plan that replaces it.
    std::string drop_id;
    const bool drop = !from_welcome && open_plan_untouched();
    if (drop) drop_id = open_id_;
    else if (dirty_) save_now();
    core::Saved s = imported ? library_->create_imported(*imported, plan_display_name(plan, ui_.lang), services_.now_iso())
                             : library_->create(plan, plan_display_name(plan, ui_.lang), services_.now_iso());
    if (s.status != LibStatus::ok) {
        // Not stored (full, unavailable): still shown, kept in memory, saved on the next edit.
        report(s.status, true);
        show_plan("", std::move(plan), 0, "");
        dirty_ = true;
        return;
    }
    show_plan(s.id, std::move(plan), s.revision, s.tip);
    if (!drop_id.empty() && library_->remove(drop_id, services_.now_iso()) == LibStatus::ok) library_->purge(drop_id);
    // Chosen on the start screen: a phone opens on Today, as it does at every start.
    if (from_welcome) ui_.section = ui_.layout.narrow ? Section::today : Section::basics;
}

// ---- saving ---------------------------------------------------------------------------
void App::save_now() {
    save_due_ = -1;
    if (!loaded_ || !dirty_ || !library_) return;
    const std::string now = services_.now_iso();
    if (open_id_.empty()) {
        core::Saved s = library_->create(plan_, plan_display_name(plan_, ui_.lang), now);
        take_storage_notice();
        if (s.status != LibStatus::ok) return report(s.status, true);
        open_id_ = s.id;
        revision_ = s.revision;
        tip_ = s.tip;
        dirty_ = false;
        remember_open_plan();
        // Stored in the browser: a full-storage notice is over. (An in-memory
        // library keeps its notice up: nothing is stored.)
        if (!library_->in_memory()) ui_.storage_problem.clear();
        ui_.library.stale = true;
        return;
    }
    core::Saved s = library_->save(open_id_, plan_, revision_, now);
    take_storage_notice();
    switch (s.status) {
        case LibStatus::ok:
            revision_ = s.revision;
            tip_ = s.tip;
            dirty_ = false;
            if (!library_->in_memory()) ui_.storage_problem.clear();
            follow_community_name();
            break;
        case LibStatus::conflict:
        case LibStatus::not_found: {
            // Another tab wrote (or deleted) this plan: keep both versions.
            core::Resolved r = library_->resolve_conflict(open_id_, plan_, true,
                                                          tr(S::library_other_tab_suffix, ui_.lang), now);
            if (r.action == core::Resolution::failed) return report(r.status);
            // Same content under a new id: the undo history stays valid.
            open_id_ = r.id;
            revision_ = r.revision;
            tip_ = r.tip;
            dirty_ = false;
            remember_open_plan();
            std::string name = r.plan.basics.name;
            for (const auto& e : library_->list())
                if (e.id == open_id_) name = e.name;
            say(core::fmt(tr(S::library_saved_as_copy, ui_.lang), {{"name", name}}), true);
            break;
        }
        default: report(s.status); break;
    }
    ui_.library.stale = true;
}

// The library shows a plan under the community's name until the user gives
// it another: a name that still equals the community name last saved (or
// "untitled") follows the community name.
void App::follow_community_name() {
    if (plan_.basics.name == named_after_ || open_id_.empty()) return;
    const std::string old_auto = named_after_.empty() ? tr(S::library_untitled, ui_.lang) : named_after_;
    named_after_ = plan_.basics.name;
    for (const core::PlanEntry& e : library_->list()) {
        if (e.id != open_id_) continue;
        if (e.name == old_auto || e.name == tr(S::library_untitled, core::Lang::zh) ||
            e.name == tr(S::library_untitled, core::Lang::en))
            library_->rename(open_id_, plan_display_name(plan_, ui_.lang));
        return;
    }
}

void App::flush() {
    commit_typing();
    save_now();
    // The page may be closing: if another tab's save overwrites this one
    // unseen, the next tab to start finds it here (Library::check_lastsaves).
    if (library_ && !library_->in_memory() && !open_id_.empty() && !dirty_) {
        library_->write_lastsave(open_id_, tip_, services_.now_iso());
        lastsave_written_ = true;
    }
}

// Saves of tabs that closed, overwritten unseen by another tab, become plans
// of their own; ones just left wait a few seconds (Library::check_lastsaves).
void App::check_lastsaves() {
    lastsave_check_due_ = -1;
    if (!library_ || library_->in_memory()) return;
    core::Library::LastsaveCheck c =
        library_->check_lastsaves(tr(S::library_other_tab_suffix, ui_.lang), services_.now_iso());
    if (!c.kept.empty()) {
        ui_.library.stale = true;
        say(core::fmt(tr(S::library_kept_closed_tab, ui_.lang), {{"n", std::to_string(c.kept.size())}}), true);
    }
    // Wall time: ImGui's clock counts at most a quarter second per frame of a sleeping page.
    if (c.waiting)
        lastsave_check_due_ = core::unix_seconds(services_.now_iso()).value_or(0) + core::Library::kLastsaveSettleSeconds + 1;
}

// Shown again after being hidden: the save left for other tabs is no longer
// needed once this tab has checked it stayed.
void App::shown() {
    if (!lastsave_written_) return;
    lastsave_written_ = false;
    keep_if_overwritten();
    library_->drop_lastsave();
}

// This tab's last save was overwritten by a tab that had not read it: keep
// it as a new plan and show that (the other version stays as it is).
bool App::keep_if_overwritten() {
    if (!library_ || open_id_.empty() || dirty_ || library_->holds(open_id_, tip_) != false) return false;
    std::string name = plan_display_name(plan_, ui_.lang);
    for (const core::PlanEntry& e : library_->list())
        if (e.id == open_id_) name = e.name;
    core::Saved k = library_->keep_overwritten(open_id_, tip_, plan_, name + tr(S::library_other_tab_suffix, ui_.lang),
                                               services_.now_iso());
    if (k.status != LibStatus::ok) {
        report(k.status);
        return false;
    }
    const std::string kept = k.id;
    if (!open_plan(kept)) return false;
    for (const core::PlanEntry& e : library_->list())
        if (e.id == kept) name = e.name;
    say(core::fmt(tr(S::library_saved_as_copy, ui_.lang), {{"name", name}}), true);
    return true;
}

void App::storage_changed(const std::string& key) {
    ui_.library.stale = true;
    if (!library_ || open_id_.empty() || key != kPlanKeyPrefix + open_id_) return;
    commit_typing();   // text being typed here is an unsaved change like any other
    if (dirty_) {
        save_now();   // conflicts now, keeping this tab's changes as a copy
        return;
    }
    if (keep_if_overwritten()) return;
    std::optional<int> stored = library_->stored_revision(open_id_);
    if (stored && *stored == revision_) return;
    core::Resolved r = library_->resolve_conflict(open_id_, plan_, false,
                                                  tr(S::library_other_tab_suffix, ui_.lang), services_.now_iso());
    switch (r.action) {
        case core::Resolution::reloaded:
            show_plan(r.id, std::move(r.plan), r.revision, r.tip);
            say(tr(S::library_reloaded, ui_.lang), false);
            break;
        case core::Resolution::closed:
            // Deleted in another tab: keep showing it; the next edit saves it as a new plan.
            open_id_.clear();
            say(tr(S::library_closed, ui_.lang), true);
            break;
        case core::Resolution::saved_as_copy:
            show_plan(r.id, std::move(r.plan), r.revision, r.tip);
            break;
        case core::Resolution::failed: report(r.status); break;
    }
}

// The library switched to memory (storage unavailable, unreadable, or a
// put-back it could not verify): the notice above the section says which,
// once, and stays while the library works in memory.
void App::take_storage_notice() {
    if (library_->take_unavailable_notice()) ui_.storage_problem = tr(library_->memory_notice(), ui_.lang);
}

void App::report(LibStatus status, bool never_stored) {
    if (status == LibStatus::ok) return;
    const bool new_plan_full = never_stored && status == LibStatus::quota_exceeded;
    std::string text = tr(new_plan_full ? S::library_status_quota_new_plan : core::status_label(status), ui_.lang);
    if (status == LibStatus::quota_exceeded || status == LibStatus::unavailable) {
        // The notice above the section says it in full; the status bar
        // already shows "Not saved" beside it.
        ui_.storage_problem = text;
        return;
    }
    say(text, true);
}

void App::refresh_library() {
    LibraryView& v = ui_.library;
    if (!v.stale || !library_) return;
    v.plans = library_->list();
    v.trash = library_->trash();
    v.asides = library_->aside_values();
    if (!v.snapshots_of.empty()) v.snapshots = library_->snapshots(v.snapshots_of);
    v.stale = false;
    v.overview_stale = true;
}

// The overview's rows (library/overview.hpp): only plans whose record changed
// since they were last read are read again, a few per frame (the table fills
// in rather than freezing a frame); the listing is taken first.
void App::refresh_overview() {
    refresh_library();
    LibraryView& v = ui_.library;
    if (!library_) return;
    const int today = services_.today_days();
    v.overview.update(*library_, v.plans, core::Date{today}, ui_.lang, kOverviewReadsPerFrame);
    v.overview_rows = v.overview.rows();
    core::sort_overview(v.overview_rows, v.sort_column, v.sort_descending);
    v.overview_stale = v.overview.pending() > 0;   // the tab asks again next frame
    v.overview_day = today;
    v.overview_lang = ui_.lang;
}

// ---- import and export -------------------------------------------------------------
std::optional<core::Problem> App::import_text(const std::string& text) {
    commit_typing();   // before another plan is shown
    nlohmann::json parsed;
    core::ImportResult r = core::import_plan_json(text, &parsed);
    if (!r.ok()) {
        say(core::fmt(tr(S::import_failed, ui_.lang), {{"why", core::problem_text(r.problem, ui_.lang)}}), true);
        return r.problem;
    }
    if (offer_import_merge(r.plan, text)) return std::nullopt;   // merge into its plan, or a new plan: asked
    new_plan(std::move(r.plan), &parsed);   // a new plan in the library; the open one stays stored
    say(tr(S::import_ok, ui_.lang), false);
    return std::nullopt;
}

void App::paste(const std::string& text) {
    // JSON pasted outside a text field is taken as a plan to import.
    const size_t first = text.find_first_not_of(" \n\r\t");
    if (first != std::string::npos && text[first] == '{') import_text(text);
    // A table pasted on the KPI section (or into its import dialog) is statistics to import.
    else if (first != std::string::npos && (ui_.section == Section::kpis || ui_.kpi.import.open)) import_table(text, "");
}

void App::import_table(const std::string& text, const std::string& file_name) {
    KpiImportView& v = ui_.kpi.import;
    v.text = text;
    v.file_name = file_name;
    v.open = true;
    ui_.section = Section::kpis;
}

std::string App::export_json() {
    commit_typing();
    return core::export_plan_json(plan_, services_.now_iso());
}

// Ctrl+S: a plan opened from a file the page keeps goes back to that file
// (the page writes it whole or not at all, and answers with file_written);
// any other plan, or `download`, is downloaded.
void App::export_file(bool download) {
    commit_typing();
    auto linked = ui_.save_files.find(open_id_);
    if (!download && !open_id_.empty() && linked != ui_.save_files.end()) {
        if (dirty_) save_now();   // the library holds what the file gets, whatever happens to the write
        const std::string now = services_.now_iso();
        writes_asked_[open_id_] = now;
        services_.write_file(open_id_, core::export_plan_json(plan_, now));
        return;
    }
    const std::string file =
        safe_file_stem(plan_.basics.name) + "-" + core::format_date(core::Date{services_.today_days()}) + ".json";
    const std::string now = services_.now_iso();
    services_.download(file, "application/json", core::export_plan_json(plan_, now));
    if (dirty_) save_now();
    if (!open_id_.empty()) library_->mark_exported(open_id_, now);
    ui_.library.stale = true;
    say(core::fmt(tr(S::export_done, ui_.lang), {{"file", file}}), false);
}

void App::link_file(const std::string& plan_id, const std::string& file_name) {
    if (file_name.empty()) ui_.save_files.erase(plan_id);
    else ui_.save_files[plan_id] = file_name;
}

std::string App::file_written(const std::string& plan_id, FileWrite result, const std::string& detail) {
    auto asked = writes_asked_.find(plan_id);
    const std::string at = asked != writes_asked_.end() ? asked->second : services_.now_iso();
    if (asked != writes_asked_.end()) writes_asked_.erase(asked);
    auto linked = ui_.save_files.find(plan_id);
    const std::string file = linked != ui_.save_files.end() ? linked->second : plan_id;
    const core::Lang L = ui_.lang;
    if (result == FileWrite::ok) {
        if (library_) library_->mark_exported(plan_id, at);
        ui_.library.stale = true;
        say(core::fmt(tr(S::file_saved, L), {{"file", file}}), false);
        return {};
    }
    std::string why;
    switch (result) {
        case FileWrite::not_allowed: why = tr(S::file_why_permission, L); break;
        case FileWrite::not_found: why = tr(S::file_why_not_found, L); break;
        case FileWrite::no_space: why = tr(S::file_why_no_space, L); break;
        default: why = core::fmt(tr(S::file_why_failed, L), {{"detail", detail.empty() ? "?" : detail}}); break;
    }
    // The status bar has one line: what failed and why. The page's notice
    // adds that nothing is lost and what to do.
    const std::string failed = core::fmt(tr(S::file_save_failed, L), {{"file", file}, {"why", why}});
    say(failed, true);
    return failed + (L == core::Lang::zh ? "" : " ") + tr(S::file_save_failed_help, L);
}

void App::export_raw(const std::string& id, const std::string& aside_key) {
    std::optional<std::string> text = aside_key.empty() ? library_->raw(id) : library_->aside_text(aside_key);
    if (!text) return report(LibStatus::not_found);
    services_.download("raw-" + id + ".json", "application/json", *text);
}

// ---- share links ---------------------------------------------------------------------
void App::make_share_link() {
    // A copy's base (the master as it last took it) would double the link;
    // the link carries the copy without it (docs/file-format.md, Share links).
    core::Plan shared = plan_;
    shared.master.base.clear();
    const std::string link = core::encode_plan_link(shared);
    if (link.empty() || link.size() > core::kMaxShareLinkChars) {
        say(tr(S::share_too_large, ui_.lang), true);
        return;
    }
    ui_.dialogs.share_url = services_.page_url() + "#" + link;
    ui_.dialogs.share_qr = core::make_qr(ui_.dialogs.share_url);   // none over kMaxQrBytes: the dialog says so
    ui_.dialogs.share_open = true;
}

void App::open_link(const std::string& fragment) {
    services_.clear_fragment();   // handled once, whatever the answer
    Dialogs& d = ui_.dialogs;
    d.link_open = true;
    d.link_error.clear();
    d.link_detail.clear();
    core::ShareDecode decoded = core::decode_share_link(fragment);
    if (!decoded.ok()) {
        d.link_error = core::problem_text(decoded.problem, ui_.lang);
        return;
    }
    core::ImportResult r = core::import_plan_json(decoded.json);
    if (!r.ok()) {
        d.link_error = core::problem_text(r.problem, ui_.lang);
        d.link_detail = core::problem_detail(r.problem, ui_.lang);
        return;
    }
    d.link_plan = std::move(r.plan);
}

// ---- the SOP as a whole -----------------------------------------------------------------
namespace {
// The groups of the replication dialog, or the first line it cannot read.
struct ParsedGroups {
    std::vector<core::GroupValues> groups;
    std::string error;
};

// The pieces of `text` between `sep`s, as std::getline reads them: a final
// separator ends the last piece and starts none.
std::vector<std::string_view> pieces(std::string_view text, char sep) {
    std::vector<std::string_view> out;
    for (size_t from = 0; from < text.size();) {
        const size_t to = std::min(text.find(sep, from), text.size());
        out.push_back(text.substr(from, to - from));
        from = to + 1;
    }
    return out;
}

// One group per line: "name, city, owner" (city and owner may be left out),
// then the group's placeholder values as "name=value" pairs:
// "宝妈 2 群, 上海, 小周, 老师=李老师, 链接=https://…". "，" and "＝" are
// accepted, and braces around a name ({老师}=李老师). A cell with "=" is a
// pair wherever it stands, so "宝妈 2 群, 老师=李老师" needs no empty city;
// the value is everything after the first "=", so a link keeps its query.
ParsedGroups parse_groups(const std::string& lines, core::Lang L) {
    ParsedGroups out;
    auto fail = [&](S message, int line_no, const std::string& text) {
        out.groups.clear();
        out.error = core::fmt(tr(message, L), {{"line", std::to_string(line_no)}, {"text", text}});
        return out;
    };
    int line_no = 0;
    for (std::string_view read : pieces(lines, '\n')) {
        ++line_no;
        std::string line(read);
        for (size_t at; (at = line.find("，")) != std::string::npos;) line.replace(at, 3, ",");
        std::vector<std::string> cells;
        for (std::string_view cell : pieces(line, ',')) cells.push_back(trim_spaces(cell));
        while (!cells.empty() && cells.back().empty()) cells.pop_back();   // a trailing comma
        if (cells.empty()) continue;
        if (cells[0].empty()) return fail(S::replicate_no_group_name, line_no, trim_spaces(line));
        core::GroupValues group{cells[0], "", "", {}};
        int fixed = 0;   // city and owner taken so far
        for (size_t i = 1; i < cells.size(); ++i) {
            const std::string& cell = cells[i];
            const size_t ascii = cell.find('='), wide = cell.find("＝");
            const size_t eq = std::min(ascii, wide);
            if (eq == std::string::npos) {
                if (!group.placeholders.empty() || fixed == 2) {
                    if (cell.empty()) continue;
                    return fail(S::replicate_bad_pair, line_no, cell);
                }
                (fixed++ == 0 ? group.city : group.owner) = cell;
                continue;
            }
            const std::string typed = trim_spaces(std::string_view(cell).substr(0, eq));
            const std::string value = trim_spaces(std::string_view(cell).substr(eq + (eq == ascii ? 1 : 3)));
            const TypedName name = typed_name(typed);
            if (name.name.empty()) {
                // "=李老师" or "{}=李老师" names nothing; "老 师=…" names what no message can use.
                std::string rest = typed;
                for (const char* mark : {"{", "}", "｛", "｝", " ", "\u3000"})
                    for (size_t at; (at = rest.find(mark)) != std::string::npos;) rest.erase(at, std::strlen(mark));
                const bool empty = rest.empty();
                return fail(empty ? S::replicate_empty_name : S::replicate_bad_name, line_no, empty ? cell : typed);
            }
            group.placeholders.push_back({name.name, value});
        }
        out.groups.push_back(std::move(group));
    }
    if (out.groups.empty()) out.error = tr(S::replicate_none, L);
    return out;
}
}  // namespace

// The copies are saved to the library; the open plan stays open. Nothing is
// made when a line cannot be read: the dialog names the line.
int App::replicate(const std::string& lines) {
    ParsedGroups parsed = parse_groups(lines, ui_.lang);
    ui_.dialogs.replicate_error = parsed.error;
    if (!parsed.error.empty()) return 0;
    const std::vector<core::GroupValues>& groups = parsed.groups;
    if (dirty_) save_now();
    int made = 0;
    // Each copy is linked to this plan at the revision just saved (master_copies.hpp).
    const core::MasterRef ref = master_ref();
    for (const core::GroupValues& g : groups) {
        const core::Plan p = ref.id.empty() ? core::replicate_plan(plan_, g) : core::make_group_copy(plan_, ref, g);
        core::Saved s = library_->create(p, plan_display_name(p, ui_.lang), services_.now_iso());
        if (s.status != core::LibStatus::ok) {
            report(s.status);
            break;
        }
        ++made;
    }
    return made;
}

void App::export_markdown(bool copy) {
    const std::string md = core::sop_markdown(plan_, ui_.lang);
    if (copy) return copy_text(md);
    std::string stem = plan_.basics.name.empty() ? "sop" : plan_.basics.name;
    for (char& c : stem)
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') c = '-';
    const std::string file = stem + "-SOP.md";
    services_.download(file, "text/markdown", md);
    say(core::fmt(tr(S::export_done, ui_.lang), {{"file", file}}), false);
}

// ---- library actions -------------------------------------------------------------------
void App::duplicate_plan(const std::string& id) {
    if (id == open_id_ && dirty_) save_now();
    core::Saved s = library_->duplicate(id, tr(S::library_copy_suffix, ui_.lang), services_.now_iso());
    report(s.status);
    ui_.library.stale = true;
}

void App::delete_plan(const std::string& id) {
    if (id == open_id_ && dirty_) save_now();
    core::LibStatus status = library_->remove(id, services_.now_iso());
    report(status);
    ui_.library.stale = true;
    if (status != core::LibStatus::ok || id != open_id_) return;
    // The open plan went to the trash: open the newest other plan, or, the
    // library now empty, the start screen (which points to the trash).
    open_id_.clear();
    for (const auto& e : library_->list())
        if (!e.corrupt && open_plan(e.id)) return;
    show_plan("", core::new_blank_plan(ui_.lang, core::Date{services_.today_days()}), 0, "");
    ui_.welcome = true;
}

void App::restore_snapshot(const std::string& id, int revision) {
    if (id == open_id_ && dirty_) save_now();
    std::optional<int> stored = library_->stored_revision(id);
    core::Saved s = library_->restore_snapshot(id, revision, stored.value_or(0), services_.now_iso());
    report(s.status);
    ui_.library.stale = true;
    if (s.status == core::LibStatus::ok && id == open_id_) {
        core::Loaded l = library_->load(id);
        if (l.status == core::LibStatus::ok) show_plan(id, std::move(l.plan), l.entry.revision, l.tip);
    }
}

}  // namespace ui
