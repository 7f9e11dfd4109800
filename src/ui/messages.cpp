#include "ui/messages.hpp"

#include <algorithm>

#include "core/exports/export_message.hpp"
#include "core/exports/sop_document.hpp"
#include "core/rules/naming.hpp"
#include "core/text/utf8.hpp"
#include "imgui.h"
#include "ui/theme.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

template <class T>
const T* by_id(const std::vector<T>& list, const std::string& id) {
    for (const T& x : list)
        if (x.id == id) return &x;
    return nullptr;
}

// The first line of a text, cut to `chars` characters with "…".
std::string first_line(const std::string& text, size_t chars) {
    std::string line = text.substr(0, text.find('\n'));
    size_t at = 0, n = 0;
    while (at < line.size() && n < chars) {
        at = core::cluster_end(line, at);
        ++n;
    }
    if (at < line.size() || line.size() < text.size()) line = line.substr(0, at) + "…";
    return line;
}

// On screen: "📎 图片：name" (the exports word it core::attachment_text).
std::string attachment_label(const core::Asset& a, core::Lang L) {
    return core::fmt(tr(S::msg_attachment_line, L),
                     {{"kind", tr(core::label_of(a.kind), L)}, {"name", core::asset_name(a, L)}});
}

void unfilled_note(const std::vector<std::string>& unfilled, core::Lang L) {
    if (unfilled.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::caution);
    wrapped_text(core::fill_in_line(unfilled, L));
    ImGui::PopStyleColor();
}

// The text in a light box, as it will be pasted.
void text_box(const std::string& text, const std::string& id) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 0.75f));
    ImGui::BeginChild(("###box_" + id).c_str(), ImVec2(-FLT_MIN, 0),
                      ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_FrameStyle);
    wrapped_text(text);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

const core::Message* message_at(const core::Plan& plan, const Path& path) {
    if (path.size() < 4 || path.back() != "message") return nullptr;
    const std::string& part = path[0];
    const std::string& list = path[1];
    const std::string& id = path[2];
    if (part == "rhythm") {
        if (list == "slots") { auto* x = by_id(plan.rhythm.slots, id); return x ? &x->message : nullptr; }
        if (list == "columns") { auto* x = by_id(plan.rhythm.columns, id); return x ? &x->message : nullptr; }
        if (list == "month_tasks") { auto* x = by_id(plan.rhythm.month_tasks, id); return x ? &x->message : nullptr; }
        if (list == "routine") { auto* x = by_id(plan.rhythm.routine, id); return x ? &x->message : nullptr; }
        if (list == "campaigns") { auto* x = by_id(plan.rhythm.campaigns, id); return x ? &x->message : nullptr; }
        if (list == "runsheets" && path.size() == 6 && path[3] == "steps") {
            const core::Runsheet* r = by_id(plan.rhythm.runsheets, id);
            const core::RunStep* s = r ? by_id(r->steps, path[4]) : nullptr;
            return s ? &s->message : nullptr;
        }
    }
    if (part == "content" && list == "items") {
        auto* x = by_id(plan.content.items, id);
        return x ? &x->message : nullptr;
    }
    return nullptr;
}

const core::Runsheet* runsheet_of(const core::Plan& plan, const Path& path) {
    if (path.size() < 3 || path[0] != "rhythm" || path[1] != "runsheets") return nullptr;
    return by_id(plan.rhythm.runsheets, path[2]);
}

Path item_message_path(const core::Plan& plan, const core::CalendarItem& item) {
    const core::Message* message = core::item_message(plan, item);
    if (!message) return {};
    if (!item.content.empty()) {
        const Path content{"content", "items", item.content, "message"};
        if (message_at(plan, content) == message) return content;
    }
    switch (item.source) {
        case core::CalendarSource::slot: return {"rhythm", "slots", item.rule, "message"};
        case core::CalendarSource::column: return {"rhythm", "columns", item.rule, "message"};
        case core::CalendarSource::month_task: return {"rhythm", "month_tasks", item.rule, "message"};
        case core::CalendarSource::line: return {"rhythm", "routine", item.rule, "message"};
        case core::CalendarSource::campaign: return {"rhythm", "campaigns", item.rule, "message"};
        case core::CalendarSource::content: return {"content", "items", item.rule, "message"};
        case core::CalendarSource::run_step:
            if (const core::Runsheet* r = core::item_runsheet(plan, item))
                return {"rhythm", "runsheets", r->id, "steps", item.rule, "message"};
            return {};
    }
    return {};
}

bool copy_button(const std::string& text, const std::string& id, core::Lang L, AppActions& actions, bool small) {
    const std::string label = labelled(S::msg_copy, L, id);
    const bool pressed = small ? small_button(label.c_str()) : ImGui::Button(label.c_str());
    if (pressed) {
        actions.copy_text(text);
        actions.notify(tr(S::msg_copied, L), false);
    }
    return pressed;
}

void message_editor(const core::Plan& plan, const core::Message& message, const Path& path,
                    const core::FillContext& context, const std::string& id, AppActions& actions, EditSink& sink) {
    const core::Lang L = context.lang;
    const core::Script* script = core::message_script(plan, message);

    // Own text, or one of the starter kit's scripts by reference.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::msg_source, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    const std::string shown = message.script.empty() ? tr(S::msg_own_text, L)
                              : script ? core::fmt(tr(S::msg_script_prefix, L), {{"title", script->title}})
                                       : tr(S::msg_script_missing, L);
    if (begin_combo(("##msg_source_" + id).c_str(), shown.c_str())) {
        if (selectable((std::string(tr(S::msg_own_text, L)) + "###msg_src_own_" + id).c_str(), message.script.empty()) &&
            !message.script.empty())
            sink.push(core::set_edit(sub_path(path, "script"), std::string()));
        for (const core::Script& s : plan.setup.scripts) {
            const std::string label = core::fmt(tr(S::msg_script_prefix, L), {{"title", s.title}}) + "###msg_src_" + id + "_" + s.id;
            if (selectable(label.c_str(), s.id == message.script) && s.id != message.script)
                sink.push(core::set_edit(sub_path(path, "script"), s.id));
        }
        ImGui::EndCombo();
    }

    if (!message.script.empty()) {
        if (script) {
            help_text(core::fmt(tr(S::msg_uses_script, L), {{"title", script->title}}).c_str());
            text_box(script->text, "script_" + id);
            if (small_button(labelled(S::msg_detach, L, "msg_detach_" + id).c_str())) {
                sink.push(core::set_edit(sub_path(path, "text"), script->text));
                sink.push(core::set_edit(sub_path(path, "script"), std::string()));
            }
        } else {
            ImGui::TextColored(palette::warning, "%s", tr(S::msg_script_missing, L));
        }
    } else {
        text_area_cell("msg_text_" + id, message.text, sub_path(path, "text"), sink, 5);
    }

    // The placeholders it uses, with what each becomes here.
    const std::string& text = core::message_text(plan, message);
    const auto used = core::placeholders_in(text);
    const auto values = core::placeholder_values(plan, context);
    std::string line;
    for (const std::string& name : used) {
        const std::string written = "{" + name + "}";
        const std::string value = core::fill_placeholders(plan, written, context).text;
        if (!line.empty()) line += L == core::Lang::zh ? "；" : "; ";
        line += written + " → " + (value == written ? std::string(tr(S::msg_at_send, L)) : value);
    }
    std::string available;
    for (const auto& v : values)
        if (std::find(used.begin(), used.end(), v.name) == used.end())
            available += (available.empty() ? "{" : " {") + v.name + "}";
    ImGui::TextDisabled("%s", tr(S::msg_placeholders, L));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::msg_placeholders_help, L));
    if (!line.empty()) wrapped_text(line);
    if (!available.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        wrapped_text(core::fmt(tr(line.empty() ? S::msg_placeholders_none : S::msg_placeholders_more, L),
                               {{"names", available}}));
        ImGui::PopStyleColor();
    }

    // Attachments: assets of the library, by name and kind.
    ImGui::TextDisabled("%s", tr(S::msg_attachments, L));
    for (const std::string& asset_id : message.attachments) {
        const core::Asset* a = by_id(plan.content.assets, asset_id);
        if (!a) continue;
        ImGui::PushID(asset_id.c_str());
        ImGui::AlignTextToFramePadding();
        user_text(attachment_label(*a, L));
        ImGui::SameLine();
        if (small_button(("×###msg_detach_asset_" + id + "_" + asset_id).c_str())) {
            std::vector<std::string> list = message.attachments;
            list.erase(std::remove(list.begin(), list.end(), asset_id), list.end());
            sink.push(core::set_edit(sub_path(path, "attachments"), list));
        }
        ImGui::PopID();
    }
    if (plan.content.assets.empty()) {
        help_text(tr(S::msg_no_assets, L));
    } else {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
        if (begin_combo(("##msg_add_asset_" + id).c_str(), tr(S::msg_add_attachment, L))) {
            for (const core::Asset& a : plan.content.assets) {
                const bool on = std::find(message.attachments.begin(), message.attachments.end(), a.id) !=
                                message.attachments.end();
                if (selectable((attachment_label(a, L) + "###msg_asset_" + id + "_" + a.id).c_str(), on) && !on) {
                    std::vector<std::string> list = message.attachments;
                    list.push_back(a.id);
                    sink.push(core::set_edit(sub_path(path, "attachments"), list));
                }
            }
            ImGui::EndCombo();
        }
    }

    // What will be pasted.
    const core::ReadyMessage ready = core::ready_message(plan, message, context);
    if (!ready.text.empty()) {
        ImGui::TextDisabled("%s", tr(S::msg_preview, L));
        text_box(ready.text, "preview_" + id);
        unfilled_note(ready.unfilled, L);
        copy_button(ready.text, "msg_copy_" + id, L, actions);
    }
}

void message_button(const core::Plan& plan, const core::Message& message, const Path& path, const std::string& line,
                    const std::string& id, MessageView& view, core::Lang L) {
    const std::string& text = core::message_text(plan, message);
    std::string shown;
    if (const core::Script* s = core::message_script(plan, message))
        shown = core::fmt(tr(S::msg_script_prefix, L), {{"title", s->title}});
    else if (!text.empty())
        shown = first_line(text, 14);
    else if (!message.attachments.empty())
        shown = tr(S::msg_no_text, L);
    const bool empty = shown.empty();
    if (empty) shown = std::string("＋ ") + tr(S::msg_write, L);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, empty ? ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)
                                                : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0, 0.5f));
    if (ImGui::Button(labelled(shown, id).c_str(), ImVec2(-FLT_MIN, 0))) {
        view.path = path;
        view.line = line;
        view.open = true;
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (!text.empty() && ImGui::BeginItemTooltip()) {
        wrapped_text(text, ImGui::GetFontSize() * 24);
        ImGui::EndTooltip();
    }
}

void draw_message_dialog(const core::Plan& plan, MessageView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    if (view.open && !ImGui::IsPopupOpen("###message_dialog")) ImGui::OpenPopup("###message_dialog");
    // A fixed size within the screen; the editor scrolls above the footer,
    // so "Done" is always in sight however long the text.
    place_dialog(36, 34);
    const std::string title = labelled(core::fmt(tr(S::msg_edit_title, L), {{"line", view.line}}), "message_dialog");
    if (!ImGui::BeginPopupModal(title.c_str(), &view.open)) return;
    const core::Message* message = message_at(plan, view.path);
    if (!message) {   // the line was deleted (undo, another tab)
        view.open = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    core::FillContext context;
    context.lang = L;
    context.runsheet = runsheet_of(plan, view.path);
    if (context.runsheet && context.runsheet->date && view.path.size() == 6)
        for (const core::RunStep& s : context.runsheet->steps)
            if (s.id == view.path[4]) context.date = core::Date{context.runsheet->date->days + s.day};
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("###message_dialog_body", ImVec2(0, -footer));
    message_editor(plan, *message, view.path, context, "dialog", actions, sink);
    ImGui::EndChild();
    ImGui::Separator();
    if (ImGui::Button(labelled(S::msg_done, L, "message_done").c_str())) {
        view.open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void message_card(const core::Plan& plan, const core::CalendarItem& item, const std::string& id, core::Lang L,
                  AppActions& actions, bool heading) {
    const core::ReadyMessage ready = core::ready_message(plan, item, L);
    ImGui::PushID(id.c_str());
    if (heading) {
        // The copy button first, so a long title never pushes it out of sight.
        if (!ready.text.empty()) {
            copy_button(ready.text, "copy_" + id, L, actions, true);
            ImGui::SameLine();
        }
        std::string head = item.time ? core::format_time(*item.time) + "  " : std::string();
        head += item.title;
        const std::string role = core::doc::role_name(plan, item.owner_role, L);
        // On a narrow screen the title wraps beside the button, and the role goes under it.
        ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
        wrapped_text(head);
        ImGui::PopStyleColor();
        if (!role.empty()) {
            wrap_before(ImGui::CalcTextSize(role.c_str()).x);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            wrapped_text(role);
            ImGui::PopStyleColor();
        }
    }
    if (!ready.text.empty()) {
        text_box(ready.text, id);
        if (!heading) copy_button(ready.text, "copy_" + id, L, actions);   // a full-size button (Today)
    } else if (ready.attachments.empty()) {
        ImGui::TextDisabled("%s", tr(S::msg_none, L));
    }
    for (const core::Asset* a : ready.attachments) user_text(attachment_label(*a, L));
    unfilled_note(ready.unfilled, L);
    ImGui::PopID();
}

}  // namespace ui
