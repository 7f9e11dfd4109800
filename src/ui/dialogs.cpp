// Modal dialogs over the main window: paste JSON to import, the share link
// to copy, and the offer to import a plan that arrived in a link.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

void center_next(float width_em) { place_dialog(width_em); }

// The QR code of a share link, module by module: dark on white inside its
// quiet zone, a whole number of pixels per module (a camera reads sharp
// edges best), as large as the dialog's width and half the screen's height
// allow, up to 6 px, at least 2. Dark
// runs of a row are one rectangle each.
void draw_share_qr(const core::QrCode& qr) {
    const int modules = qr.size + 2 * core::kQrQuietModules;
    // At most about half the screen's height, so the buttons stay in sight below it.
    const float room = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetMainViewport()->Size.y * 0.5f);
    const float px = std::max(2.0f, std::floor(std::min(room / modules, 6.0f)));
    const float side = px * modules;
    const float indent = std::floor((ImGui::GetContentRegionAvail().x - side) * 0.5f);   // centred
    if (indent > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::InvisibleButton("share_qr", ImVec2(side, side));
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 at(std::floor(min.x), std::floor(min.y));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    const float q = core::kQrQuietModules * px;
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size;) {
            if (!qr.dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < qr.size && qr.dark(end, y)) ++end;
            draw->AddRectFilled(ImVec2(at.x + q + x * px, at.y + q + y * px),
                                ImVec2(at.x + q + end * px, at.y + q + (y + 1) * px), IM_COL32(0, 0, 0, 255));
            x = end;
        }
}
}  // namespace

void draw_dialogs(const core::Plan& plan, UiState& ui, AppActions& actions) {
    const core::Lang L = ui.lang;
    Dialogs& d = ui.dialogs;
    draw_sop_dialogs(plan, ui, actions);
    draw_copies_dialog(plan, ui, actions);
    draw_import_merge_dialog(ui, actions);

    if (d.paste_open && !ImGui::IsPopupOpen("###paste_dialog")) ImGui::OpenPopup("###paste_dialog");
    center_next(36);
    if (ImGui::BeginPopupModal(labelled(S::paste_title, L, "paste_dialog").c_str(), &d.paste_open)) {
        wrapped_text(tr(S::paste_help, L));
        ImGui::InputTextMultiline("##paste_text", &d.paste_text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 10));
        if (!d.paste_error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
            wrapped_text(d.paste_error);
            ImGui::PopStyleColor();
            if (!d.paste_detail.empty()) help_text(d.paste_detail.c_str());
        }
        if (ImGui::Button(labelled(S::paste_import, L, "paste_do").c_str())) actions.run(cmd::ImportPasted{d.paste_text});
        ImGui::SameLine();
        if (ImGui::Button(labelled(S::dialog_cancel, L, "paste_cancel").c_str())) {
            d.paste_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (d.share_open && !ImGui::IsPopupOpen("###share_dialog")) ImGui::OpenPopup("###share_dialog");
    center_next(36);
    if (ImGui::BeginPopupModal(labelled(S::share_title, L, "share_dialog").c_str(), &d.share_open)) {
        wrapped_text(tr(S::share_help, L));
        ImGui::TextDisabled("%s", core::fmt(tr(S::share_length, L), {{"n", std::to_string(d.share_url.size())}}).c_str());
        ImGui::InputTextMultiline("##share_url", &d.share_url, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 5),
                                  ImGuiInputTextFlags_ReadOnly);
        if (d.share_qr) {
            draw_share_qr(*d.share_qr);
            help_text(tr(S::share_qr_help, L));
        } else {
            wrapped_text(core::fmt(tr(S::share_qr_too_long, L), {{"n", std::to_string(d.share_url.size())},
                                                                 {"max", std::to_string(core::kMaxQrBytes)}}));
        }
        if (ImGui::Button(labelled(S::share_copy, L, "share_copy").c_str())) actions.copy_text(d.share_url);
        wrap_before(button_width(tr(S::share_file, L)));
        if (ImGui::Button(labelled(S::share_file, L, "share_file").c_str())) actions.export_file();
        wrap_before(button_width(tr(S::dialog_close, L)));
        if (ImGui::Button(labelled(S::dialog_close, L, "share_close").c_str())) {
            d.share_open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (d.link_open && !ImGui::IsPopupOpen("###link_dialog")) ImGui::OpenPopup("###link_dialog");
    center_next(32);
    if (ImGui::BeginPopupModal(labelled(S::link_title, L, "link_dialog").c_str(), &d.link_open)) {
        if (!d.link_error.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
            wrapped_text(core::fmt(tr(S::link_failed, L), {{"why", d.link_error}}));
            ImGui::PopStyleColor();
            if (!d.link_detail.empty()) help_text(d.link_detail.c_str());
            if (ImGui::Button(labelled(S::dialog_close, L, "link_close").c_str())) {
                d.link_open = false;
                ImGui::CloseCurrentPopup();
            }
        } else {
            wrapped_text(core::fmt(tr(S::link_offer, L), {{"name", plan_display_name(d.link_plan, L)}}));
            if (ImGui::Button(labelled(S::link_import, L, "link_import").c_str())) actions.run(cmd::ImportLinkPlan{});
            ImGui::SameLine();
            if (ImGui::Button(labelled(S::dialog_cancel, L, "link_cancel").c_str())) {
                d.link_open = false;
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
    }
}

}  // namespace ui
