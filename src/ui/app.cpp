#include "ui/app.hpp"

#include "ui/messages.hpp"

#include <cmath>
#include <cstdlib>
#include <utility>

#include "core/model/dates.hpp"
#include "core/text/places.hpp"
#include "imgui.h"
#include "ui/cluster_glyphs.hpp"
#include "ui/messages.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {
const float kFontSizes[] = {14, 16, 18, 20};
const char* kLangKey = "planner.lang";
const char* kFontKey = "planner.font_step";
const char* kTodayRoleKey = "planner.today_role";   // the Today view's role, per device
}  // namespace

// ---- lifecycle -------------------------------------------------------------------
void App::init(core::Lang lang) {
    ui_.lang = lang;
    if (auto step = services_.store().get(kFontKey)) {
        int s = std::atoi(step->c_str());
        if (s >= 0 && s <= 3) ui_.font_step = s;
    }
    ui_.style_dirty = true;
    if (auto role = services_.store().get(kTodayRoleKey)) ui_.today.role = today_role_kept_ = *role;
    open_library();
}

// The layout is chosen here, once a frame, from the display size and the
// last pointer, so a rotated phone or a resized window lays out again at
// once, and a change between mouse and finger restyles before the frame.
void App::before_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    // Before any pointer has moved, the page's guess (a coarse pointer) decides.
    if (ImGui::IsMousePosValid()) pointer_seen_ = true;
    const bool touch = pointer_seen_ ? io.MouseSource == ImGuiMouseSource_TouchScreen : coarse_pointer_;
    const Layout layout = layout_for(io.DisplaySize, touch);
    if (layout.touch != ui_.layout.touch) ui_.style_dirty = true;
    ui_.layout = layout;
    if (ui_.style_dirty) {
        apply_theme(kFontSizes[ui_.font_step] * text_scale_, ui_.layout.touch);
        ui_.style_dirty = false;
    }
}

AppStatus App::status() const {
    return AppStatus{history_.can_undo(), history_.can_redo(),      history_.steps(),
                     services_.today_days(), open_id_,              plan_serial_,
                     dirty_ || typing_.has_value(), library_ && library_->in_memory()};
}

int App::frame() {
    if (lastsave_check_due_ >= 0 && core::unix_seconds(services_.now_iso()).value_or(0) >= lastsave_check_due_)
        check_lastsaves();
    const AppStatus status_at_start = status();
    const unsigned shown_at_start = plans_shown_;
    EditSink sink;
    AppActions actions(status_at_start, services_, sink);
    set_widget_language(ui_.lang);
    set_widget_layout(ui_.layout);
    keep_clipboard_text_whole();   // a copy from a field holds no stand-in (ui/cluster_glyphs.hpp)
    handle_shortcuts(sink);
    // On a phone the day's list comes first (unless the library was asked for).
    if (first_frame_ && ui_.layout.narrow && ui_.section != Section::library)
        ui_.section = Section::today;
    first_frame_ = false;

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("###planner_main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    draw_menu_bar(plan_, ui_, actions);

    // The layout (docs/architecture.md, "Layout"): on a narrow screen the
    // sections are in a drawer above the one column; otherwise a list on the
    // left; on a wide screen the SOP document is previewed beside the section.
    const Layout& layout = ui_.layout;
    const float status_h = status_bar_height(plan_, ui_, actions);
    // A lasting storage notice (full, unavailable, unreadable) heads whatever
    // is shown: on the start screen too, where an unreadable store would
    // otherwise look like an empty library.
    auto storage_notice = [&] {
        if (ui_.storage_problem.empty()) return;
        ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
        wrapped_text(ui_.storage_problem);
        ImGui::PopStyleColor();
        ImGui::Separator();
    };
    if (ui_.welcome) {
        // The start screen takes the whole window: no plan is open to navigate.
        ImGui::BeginChild("###welcome", ImVec2(0, -status_h), ImGuiChildFlags_Borders);
        storage_notice();
        if (ui_.library.stale) refresh_library();   // the trash it points to
        draw_welcome_panel(ui_, actions);
        ImGui::EndChild();
        ImGui::Separator();
        draw_status_bar(plan_, ui_, actions);
        ImGui::End();
        draw_dialogs(plan_, ui_, actions);
        return finish_frame(sink, shown_at_start);
    }
    if (layout.narrow) {
        draw_section_drawer(ui_, actions);
    } else {
        const float nav_w = ImGui::GetFontSize() * 9;
        ImGui::BeginChild("###nav", ImVec2(nav_w, -status_h), ImGuiChildFlags_Borders);
        draw_navigation(ui_, actions);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    const bool preview = layout.wide && ui_.section != Section::library;
    const float preview_w = preview ? std::floor(ImGui::GetContentRegionAvail().x * 0.36f) : 0;
    const float section_w = preview ? -(preview_w + ImGui::GetStyle().ItemSpacing.x) : 0;
    ImGui::BeginChild("###section", ImVec2(section_w, -status_h), ImGuiChildFlags_Borders);
    // Another section starts at its top, not at the scroll the last one left.
    if (ui_.section != drawn_section_) ImGui::SetScrollY(0);
    drawn_section_ = ui_.section;
    storage_notice();
    if (ui_.section == Section::library) refresh_library();
    switch (ui_.section) {
        case Section::library: draw_library_panel(ui_, actions); break;
        case Section::basics: draw_basics_panel(plan_, ui_, actions, sink); break;
        case Section::setup: draw_setup_panel(plan_, ui_, actions, sink); break;
        case Section::rhythm: draw_rhythm_panel(plan_, ui_, actions, sink); break;
        case Section::content: draw_content_panel(plan_, ui_, actions, sink); break;
        case Section::incentives: draw_incentives_panel(plan_, ui_, actions, sink); break;
        case Section::dashboard: draw_dashboard_panel(plan_, ui_, actions, sink); break;
        case Section::today: draw_today_panel(plan_, ui_, actions, sink); break;
        case Section::kpis: draw_kpis_panel(plan_, ui_, actions, sink); break;
        case Section::review: draw_review_panel(plan_, ui_, actions, sink); break;
        default: draw_section_not_built(ui_); break;
    }
    ImGui::EndChild();
    if (preview) {
        ImGui::SameLine();
        ImGui::BeginChild("###preview", ImVec2(0, -status_h), ImGuiChildFlags_Borders);
        draw_preview_panel(plan_, ui_, actions);
        ImGui::EndChild();
    }
    ImGui::Separator();
    draw_status_bar(plan_, ui_, actions);
    ImGui::End();

    draw_dialogs(plan_, ui_, actions);
    draw_message_dialog(plan_, ui_.message_edit, ui_.lang, actions, sink);
    return finish_frame(sink, shown_at_start);
}

// After the frame is drawn: its queue, the role kept, the save and when to wake.
int App::finish_frame(EditSink& sink, unsigned shown_at_start) {
    int wake = -1;
    if (ui_.today.role != today_role_kept_) {
        today_role_kept_ = ui_.today.role;
        services_.store().set(kTodayRoleKey, today_role_kept_);
    }
    // This frame was drawn from the plan before its queue ran: when the
    // queue changed anything, draw again at once (the loop would otherwise
    // sleep until the next input or timer).
    const bool redraw = run_queue(sink);
    // Text still being typed belongs to the plan this frame was drawn from.
    typing_ = plans_shown_ == shown_at_start ? std::move(sink.typing) : std::nullopt;
    const double now = ImGui::GetTime();
    // The save is written after the frame, as a task of its own: serializing
    // a large plan takes longer than a frame should.
    if (dirty_ && save_due_ >= 0 && now >= save_due_) save_requested_ = true;
    auto wake_at = [&](double when) {
        int ms = (int)((when - now) * 1000) + 20;
        wake = wake < 0 ? ms : std::min(wake, ms);
    };
    if (!ui_.message.empty() && now < ui_.message_until) wake_at(ui_.message_until);
    if (dirty_ && save_due_ >= 0) wake_at(save_due_);
    // The field sends its text after a pause in typing: a frame must come then.
    if (typing_) wake_at(now + kTypingPause);
    if (lastsave_check_due_ >= 0) wake = wake < 0 ? 1000 : std::min(wake, 1000);   // checked once a second
    return redraw ? 0 : wake;
}

void App::commit_typing() {
    if (!typing_) return;
    const QueuedEdit typed = std::move(*typing_);
    typing_.reset();
    apply_edit(typed);
}

// One edit into the history and the plan; true when the plan changed.
bool App::apply_edit(const QueuedEdit& queued) {
    core::Applied applied = history_.commit(plan_, queued.edit, queued.burst);
    if (applied.problem) {
        if (!queued.quiet) say(core::problem_text(applied.problem, ui_.lang, plan_), true);
        return false;
    }
    if (!applied.changed) return false;
    plan_ = std::move(applied.plan);
    changed();
    // A refusal told in the status bar is over once an edit goes through: it
    // would read as if the later edit had failed too.
    if (ui_.message_is_error) ui_.message.clear();
    return true;
}

void App::after_frame() {
    save_requested_ = false;
    if (dirty_) save_now();
}

bool App::run_queue(EditSink& queue) {
    const unsigned shown = plans_shown_;
    bool any = false;
    for (auto& item : queue.queue) {
        if (Command* command = std::get_if<Command>(&item)) {
            // What a command reads or replaces includes the text being typed.
            if (queue.typing && plans_shown_ == shown) {
                typing_ = std::exchange(queue.typing, std::nullopt);
                commit_typing();
            }
            run(*command);
            any = true;
            continue;
        }
        if (plans_shown_ != shown) continue;   // drawn from the plan that was replaced
        if (apply_edit(std::get<QueuedEdit>(item))) any = true;
    }
    queue.queue.clear();
    return any;
}

// Saves are debounced: typing commits an edit per field, and a burst of
// edits is written once, ~0.5 s after the last (a reload loses at most that).
void App::changed() {
    ++plan_serial_;
    dirty_ = true;
    save_due_ = ImGui::GetTime() + 0.5;
}

void App::handle_shortcuts(EditSink& queue) {
    const ImGuiInputFlags route = ImGuiInputFlags_RouteGlobal;
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_O, route)) queue.run(cmd::PickFileToImport{});
    if (ui_.welcome) return;   // no plan open: nothing to undo or export
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Z, route)) queue.run(cmd::Undo{});
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z, route) ||
        ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Y, route))
        queue.run(cmd::Redo{});
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_S, route)) queue.run(cmd::ExportFile{});
}

void App::undo() {
    if (!history_.can_undo()) return;
    plan_ = history_.undo(plan_);
    changed();
}
void App::redo() {
    if (!history_.can_redo()) return;
    plan_ = history_.redo(plan_);
    changed();
}

void App::say(std::string message, bool error) {
    ui_.message = std::move(message);
    ui_.message_is_error = error;
    ui_.message_until = ImGui::GetTime() + (error ? 8.0 : 3.0);
}

void App::set_lang(core::Lang lang) {
    ui_.lang = lang;
    services_.store().set(kLangKey, lang == core::Lang::en ? "en" : "zh");
}

void App::set_text_scale(float scale) {
    // A setting far outside what browsers offer is a misreading: ignore it.
    if (!(scale >= 0.75f && scale <= 2.5f)) scale = 1;
    if (scale == text_scale_) return;
    text_scale_ = scale;
    ui_.style_dirty = true;
}

void App::set_font_step(int step) {
    ui_.font_step = step;
    ui_.style_dirty = true;   // applied before the next frame
    services_.store().set(kFontKey, std::to_string(step));
}

}  // namespace ui
