// The SOP as a whole: a new plan from a built-in template, copies of this
// plan for N groups, and the readable exports (Markdown, print view).
#include <sstream>

#include "core/exports/markdown_export.hpp"
#include "core/rules/replicate.hpp"
#include "core/templates/templates.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app.hpp"
#include "ui/app_actions.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
    size_t start = s.find_first_not_of(" \t");
    return start == std::string::npos ? "" : s.substr(start);
}
}  // namespace

void App::draw_sop_dialogs() {
    const core::Lang L = ui_.lang;
    Dialogs& d = ui_.dialogs;
    const ImGuiViewport* vp = ImGui::GetMainViewport();

    if (d.template_open && !ImGui::IsPopupOpen("###template_dialog")) ImGui::OpenPopup("###template_dialog");
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 44, 0), ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal(labelled(S::template_title, L, "template_dialog").c_str(), &d.template_open)) {
        ImGui::TextWrapped("%s", tr(S::template_help, L));
        for (bool scenario : {false, true}) {
            ImGui::SeparatorText(tr(scenario ? S::template_scenarios : S::template_industries, L));
            if (ImGui::BeginTable(scenario ? "###tpl_s" : "###tpl_i", 2, ImGuiTableFlags_SizingStretchProp)) {
                ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 11);
                ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
                for (const core::TemplateInfo& t : core::template_list()) {
                    if (t.scenario != scenario) continue;
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    if (ImGui::Button(labelled(t.label, L, std::string("tpl_") + t.key).c_str(), ImVec2(-FLT_MIN, 0))) {
                        new_plan(core::make_template(t.id, L, core::Date{services_.today_days()}));
                        d.template_open = false;
                        ui_.section = Section::basics;
                        say(core::fmt(tr(S::template_created, L), {{"name", tr(t.label, L)}}), false);
                        ImGui::CloseCurrentPopup();
                    }
                    ImGui::TableNextColumn();
                    ImGui::AlignTextToFramePadding();
                    ImGui::TextWrapped("%s", tr(t.description, L));
                }
                ImGui::EndTable();
            }
        }
        if (ImGui::Button(labelled(S::dialog_cancel, L, "template_cancel").c_str())) {
            d.template_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (d.replicate_open && !ImGui::IsPopupOpen("###replicate_dialog")) ImGui::OpenPopup("###replicate_dialog");
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, 0), ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal(labelled(S::replicate_title, L, "replicate_dialog").c_str(), &d.replicate_open)) {
        ImGui::TextWrapped("%s", tr(S::replicate_help, L));
        ImGui::InputTextMultiline("##replicate_text", &d.replicate_text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 8));
        if (ImGui::Button(labelled(S::replicate_do, L, "replicate_do").c_str())) {
            int made = replicate(d.replicate_text);
            if (made > 0) {
                d.replicate_text.clear();
                d.replicate_open = false;
                ui_.section = Section::library;
                ui_.library.stale = true;
                say(core::fmt(tr(S::replicate_done, L), {{"n", std::to_string(made)}}), false);
                ImGui::CloseCurrentPopup();
            } else {
                say(tr(S::replicate_none, L), true);
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(labelled(S::dialog_cancel, L, "replicate_cancel").c_str())) {
            d.replicate_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// One plan per line "name, city, owner" (，also accepted); the open plan stays open.
int App::replicate(const std::string& lines) {
    std::vector<core::GroupValues> groups;
    std::istringstream in(lines);
    std::string line;
    while (std::getline(in, line)) {
        for (size_t at; (at = line.find("，")) != std::string::npos;) line.replace(at, 3, ",");
        std::vector<std::string> parts;
        std::istringstream cells(line);
        std::string cell;
        while (std::getline(cells, cell, ',')) parts.push_back(trimmed(cell));
        if (parts.empty() || parts[0].empty()) continue;
        groups.push_back({parts[0], parts.size() > 1 ? parts[1] : "", parts.size() > 2 ? parts[2] : ""});
    }
    if (dirty_) save_now();
    int made = 0;
    for (const core::Plan& p : core::replicate_plans(plan_, groups)) {
        core::Saved s = library_->create(p, plan_name(p), services_.now_iso());
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
    if (copy) {
        ImGui::SetClipboardText(md.c_str());
        say(tr(S::basics_copied, ui_.lang), false);
        return;
    }
    std::string stem = plan_.basics.name.empty() ? "sop" : plan_.basics.name;
    for (char& c : stem)
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') c = '-';
    const std::string file = stem + "-SOP.md";
    services_.download(file, "text/markdown", md);
    say(core::fmt(tr(S::export_done, ui_.lang), {{"file", file}}), false);
}

void App::open_print_view() { services_.open_print_view(core::sop_print_html(plan_, ui_.lang)); }

void AppActions::choose_template() { app.ui_.dialogs.template_open = true; }
void AppActions::replicate_plan() { app.ui_.dialogs.replicate_open = true; }
void AppActions::export_markdown() { app.export_markdown(false); }
void AppActions::copy_markdown() { app.export_markdown(true); }
void AppActions::print_view() { app.open_print_view(); }
void AppActions::print_role_sheet(const std::string& role_id, int date_days) {
    app.services_.open_print_view(core::role_sheet_print_html(app.plan_, role_id, core::Date{date_days}, app.ui_.lang));
}

}  // namespace ui
