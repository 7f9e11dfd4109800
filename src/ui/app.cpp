#include "ui/app.hpp"

#include <cstring>
#include <nlohmann/json.hpp>

#include "core/plan_json.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/edit_sink.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {
const float kFontSizes[] = {14, 16, 18, 20};
const char* kLangKey = "planner.lang";
const char* kFontKey = "planner.font_step";
}  // namespace

// ---- actions the panels may call --------------------------------------------
bool AppActions::can_undo() const { return app.history_.can_undo(); }
bool AppActions::can_redo() const { return app.history_.can_redo(); }
size_t AppActions::undo_steps() const { return app.history_.steps(); }
int AppActions::today_days() const { return app.services_.today_days(); }
void AppActions::undo() { app.undo(); }
void AppActions::redo() { app.redo(); }
void AppActions::export_file() { app.export_file(); }
void AppActions::import_file() { app.services_.pick_file_to_import(); }
void AppActions::copy_text(const std::string& text) {
    ImGui::SetClipboardText(text.c_str());
    app.say(tr(S::basics_copied, app.ui_.lang), false);
}
void AppActions::set_lang(int lang) { app.set_lang(lang == 1 ? core::Lang::en : core::Lang::zh); }
void AppActions::set_font_step(int step) { app.set_font_step(step); }

// ---- lifecycle -------------------------------------------------------------------
void App::init(const char* lang) {
    ui_.lang = std::strcmp(lang, "en") == 0 ? core::Lang::en : core::Lang::zh;
    if (auto step = services_.storage_get(kFontKey)) {
        int s = std::atoi(step->c_str());
        if (s >= 0 && s <= 3) ui_.font_step = s;
    }
    ui_.style_dirty = true;
}

void App::before_frame() {
    if (ui_.style_dirty) {
        apply_theme(kFontSizes[ui_.font_step]);
        ui_.style_dirty = false;
    }
}

int App::frame() {
    int wake = -1;
    AppActions actions{*this};
    EditSink sink;
    handle_shortcuts();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("###planner_main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
    draw_menu_bar(plan_, ui_, actions);

    const float status_h = ImGui::GetFrameHeightWithSpacing() + 4;
    const float nav_w = ImGui::GetFontSize() * 9;
    ImGui::BeginChild("###nav", ImVec2(nav_w, -status_h), ImGuiChildFlags_Borders);
    draw_navigation(ui_);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("###section", ImVec2(0, -status_h), ImGuiChildFlags_Borders);
    switch (ui_.section) {
        case Section::basics: draw_basics_panel(plan_, ui_, actions, sink); break;
        default: draw_section_not_built(ui_); break;
    }
    ImGui::EndChild();
    ImGui::Separator();
    draw_status_bar(plan_, ui_, actions);
    ImGui::End();

    apply_pending(sink);
    if (!ui_.message.empty() && ImGui::GetTime() < ui_.message_until) {
        int ms = (int)((ui_.message_until - ImGui::GetTime()) * 1000) + 50;
        wake = wake < 0 ? ms : std::min(wake, ms);
    }
    return wake;
}

void App::apply_pending(EditSink& sink) {
    for (const core::Edit& edit : sink.edits) {
        core::Applied applied = history_.commit(plan_, edit);
        if (applied.problem) {
            say(core::problem_text(applied.problem, ui_.lang), true);
            continue;
        }
        plan_ = std::move(applied.plan);
    }
}

void App::handle_shortcuts() {
    const ImGuiInputFlags route = ImGuiInputFlags_RouteGlobal;
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Z, route)) undo();
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z, route) ||
        ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Y, route))
        redo();
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_S, route)) export_file();
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_O, route)) services_.pick_file_to_import();
}

void App::undo() { plan_ = history_.undo(plan_); }
void App::redo() { plan_ = history_.redo(plan_); }

void App::say(std::string message, bool error) {
    ui_.message = std::move(message);
    ui_.message_is_error = error;
    ui_.message_until = ImGui::GetTime() + (error ? 8.0 : 3.0);
}

void App::set_lang(core::Lang lang) {
    ui_.lang = lang;
    services_.storage_set(kLangKey, lang == core::Lang::en ? "en" : "zh");
}

void App::set_font_step(int step) {
    ui_.font_step = step;
    ui_.style_dirty = true;   // applied before the next frame
    services_.storage_set(kFontKey, std::to_string(step));
}

// ---- files ---------------------------------------------------------------------------
namespace {
// A file name from the plan name: Chinese kept, characters file systems refuse dropped.
std::string safe_file_stem(const std::string& name) {
    std::string out;
    for (unsigned char c : name) {
        if (c < 0x20 || std::strchr("<>:\"/\\|?*", c)) continue;
        out.push_back((char)c);
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
    while (!out.empty() && (out.front() == ' ' || out.front() == '.')) out.erase(out.begin());
    if (out.size() > 120) out.resize(120);   // stays valid: cut only at a UTF-8 lead byte below
    while (!out.empty() && ((unsigned char)out.back() & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && ((unsigned char)out.back() & 0x80)) out.pop_back();
    return out.empty() ? "plan" : out;
}
}  // namespace

void App::export_file() {
    const std::string file =
        safe_file_stem(plan_.basics.name) + "-" + core::format_date(core::Date{services_.today_days()}) + ".json";
    services_.download(file, "application/json", core::export_plan_json(plan_, services_.now_iso()));
    say(core::fmt(tr(S::export_done, ui_.lang), {{"file", file}}), false);
}

const char* App::export_json() {
    out_ = core::export_plan_json(plan_, services_.now_iso());
    return out_.c_str();
}

const char* App::import_json(const char* text) {
    core::ImportResult r = core::import_plan_json(text);
    nlohmann::json answer;
    if (r.ok()) {
        plan_ = std::move(r.plan);
        history_.clear();
        say(tr(S::import_ok, ui_.lang), false);
        answer = {{"ok", true}};
    } else {
        std::string why = core::problem_text(r.problem, ui_.lang);
        say(core::fmt(tr(S::import_failed, ui_.lang), {{"why", why}}), true);
        answer = {{"ok", false}, {"error", why}, {"path", r.problem.path}};
    }
    out_ = answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return out_.c_str();
}

void App::paste(const char* text) {
    // JSON pasted outside a text field is taken as a plan to import.
    const char* p = text;
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') ++p;
    if (*p == '{') import_json(text);
}

}  // namespace ui
