// 今日: the phone's screen for the day. Pick your role (remembered on this
// device); today's lines for it in time order — slots, the weekday's column,
// campaigns and run-sheet steps, the lines for members who joined N days
// before — each with what to send, a copy button and the marks sent / sent
// late / skipped (core/rules/execution.hpp); tomorrow's lines below. A long
// press (or a right-click) on a line opens the same marks.
#include <algorithm>

#include "core/edits/edit.hpp"
#include "core/exports/sop_document.hpp"
#include "core/rules/execution.hpp"
#include "core/rules/sop_rules.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/messages.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

// Minutes past midnight now, in the plan's time zone (the zone its times are in).
int minutes_now(const core::Plan& plan, const AppActions& actions) {
    long long local = actions.now_unix_seconds() + (long long)plan.calendar.utc_offset_minutes * 60;
    local %= 86400;
    if (local < 0) local += 86400;
    return (int)(local / 60);
}

// "给 3 天前入群的新人": whom a line timed after a member joined is for.
std::string joined_words(int days, core::Lang L) {
    return days == 0 ? std::string(tr(S::today_joined_today, L))
                     : core::fmt(tr(S::today_joined, L), {{"n", std::to_string(days)}});
}

void role_picker(const core::Plan& plan, TodayView& view, core::Lang L) {
    if (!view.role.empty() && std::none_of(plan.setup.roles.begin(), plan.setup.roles.end(),
                                           [&](const core::Role& r) { return r.id == view.role; }))
        view.role.clear();   // a role of another plan, or deleted: every role
    const std::string shown = view.role.empty() ? tr(S::today_all_roles, L) : core::doc::role_name(plan, view.role, L);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::today_role, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 14));
    if (begin_combo("###today_role", shown.c_str())) {
        if (selectable(labelled(S::today_all_roles, L, "today_role_all").c_str(), view.role.empty()))
            view.role.clear();
        for (const core::Role& r : plan.setup.roles)
            if (selectable(labelled(core::doc::role_name(plan, r.id, L), "today_role_" + r.id).c_str(),
                                  view.role == r.id))
                view.role = r.id;
        ImGui::EndCombo();
    }
    wrap_before(ImGui::CalcTextSize(tr(S::today_role_help, L)).x);
    ImGui::TextDisabled("%s", tr(S::today_role_help, L));
}

void mark(const core::Plan& plan, const core::CalendarItem& item, core::ExecStatus status, const TodayView& view,
          const std::string& reason, AppActions& actions, EditSink& sink, core::Lang L) {
    const std::string by = view.role.empty() ? item.owner_role : view.role;
    sink.push(core::mark_edit(plan, item, status, actions.now_iso(), by, reason));
    actions.notify(core::fmt(tr(S::today_marked, L), {{"status", tr(core::label_of(status), L)}}), false);
}

// The marks as buttons (on the card) or as menu items (its long-press menu).
void mark_choices(const core::Plan& plan, const core::TodayItem& t, TodayView& view, AppActions& actions,
                  EditSink& sink, core::Lang L, bool menu) {
    const std::string& key = t.item.key;
    auto choice = [&](S label, const std::string& id) {
        const std::string text = labelled(label, L, (menu ? "menu_" : "") + id + key);
        if (menu) return ImGui::MenuItem(text.c_str());
        wrap_before(button_width(tr(label, L)));
        return ImGui::Button(text.c_str());
    };
    if (t.mark) {
        if (choice(S::today_undo_mark, "today_unmark_"))
            if (std::optional<core::Edit> e = core::unmark_edit(plan, t.item)) sink.push(std::move(*e));
    } else {
        if (choice(S::today_mark_sent, "today_sent_"))
            mark(plan, t.item, core::ExecStatus::sent, view, {}, actions, sink, L);
        if (choice(S::today_mark_late, "today_late_"))
            mark(plan, t.item, core::ExecStatus::late, view, {}, actions, sink, L);
        if (choice(S::today_mark_skip, "today_skip_")) {
            view.skip_open = true;
            view.skipping = t.item;
            view.skip_reason.clear();
        }
    }
}

void line_card(const core::Plan& plan, const core::TodayItem& t, bool overdue, TodayView& view,
               AppActions& actions, EditSink& sink, core::Lang L) {
    const core::CalendarItem& it = t.item;
    ImGui::PushID(it.key.c_str());
    ImGui::BeginGroup();
    std::string head = it.time ? core::format_time(*it.time) : std::string(tr(S::today_all_day, L));
    head += "  " + it.title;
    ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
    wrapped_text(head);
    ImGui::PopStyleColor();
    std::string sub = it.owner_role.empty() ? tr(S::today_unassigned, L) : core::doc::role_name(plan, it.owner_role, L);
    if (t.joined_days) sub += " · " + joined_words(*t.joined_days, L);
    user_text_disabled(sub);
    if (t.mark) {
        const ImVec4 colour = t.mark->status == core::ExecStatus::sent   ? palette::ok
                              : t.mark->status == core::ExecStatus::late ? palette::caution
                                                                         : palette::no_data;
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        wrapped_text("✓ " + core::mark_text(plan, *t.mark, L, t.item.date));
        ImGui::PopStyleColor();
    } else if (overdue) {
        ImGui::TextColored(palette::warning, "%s", tr(S::today_overdue, L));
    }
    message_card(plan, it, "today_" + it.key, L, actions, false);
    mark_choices(plan, t, view, actions, sink, L, false);
    ImGui::EndGroup();
    // A long press on a phone arrives as a right-click (shell/page/app.js).
    if (ImGui::BeginPopupContextItem(("###today_menu_" + it.key).c_str())) {
        mark_choices(plan, t, view, actions, sink, L, true);
        ImGui::EndPopup();
    }
    ImGui::PopID();
}

void skip_dialog(const core::Plan& plan, TodayView& view, AppActions& actions, EditSink& sink, core::Lang L) {
    const std::string title = labelled(S::today_skip_title, L, "today_skip_dialog");
    if (view.skip_open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
    ImGui::SetNextWindowSize(ImVec2(std::min(size.x - 16, ImGui::GetFontSize() * 26), 0));
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        view.skip_open = false;
        return;
    }
    wrapped_text(view.skipping.title);
    ImGui::TextUnformatted(tr(S::today_skip_reason, L));
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = text_input("###today_skip_reason", view.skip_reason, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::Button(labelled(S::today_skip_confirm, L, "today_skip_confirm").c_str()) || enter) {
        mark(plan, view.skipping, core::ExecStatus::skipped, view, view.skip_reason, actions, sink, L);
        view.skip_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(labelled(S::today_cancel, L, "today_skip_cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        view.skip_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Tomorrow: what is coming, to prepare; marks wait for the day.
void tomorrow_list(const std::vector<core::TodayItem>& items, RowClip& clip, core::Lang L) {
    if (items.empty()) ImGui::TextDisabled("%s", tr(S::today_nothing, L));
    clip.begin();
    for (const core::TodayItem& t : items) {
        if (!clip.row(t.item.key)) continue;
        std::string line = t.item.time ? core::format_time(*t.item.time) : std::string(tr(S::today_all_day, L));
        line += "  " + t.item.title;
        if (t.joined_days) line += " · " + joined_words(*t.joined_days, L);
        wrapped_text(line);
        clip.end_row();
    }
    clip.end();
}

}  // namespace

void draw_today_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    TodayView& view = ui.today;
    const core::Date today{actions.today_days()};
    const core::Date day{today.days + view.day_offset};

    role_picker(plan, view, L);
    if (!core::plan_day0(plan.basics)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::caution);
        wrapped_text(tr(S::today_no_start, L));
        ImGui::PopStyleColor();
    }

    // The day: today, or one before or after to catch up or look ahead.
    const std::vector<core::TodayItem>& items = ui.figures.today_items.get(
        actions.plan_serial(), {view.role, day.days}, [&] { return core::today_items(plan, view.role, day); });
    const int handled = (int)std::count_if(items.begin(), items.end(), [](const auto& t) { return t.mark.has_value(); });
    const std::string words = core::day_words(day, L);
    std::string heading = view.day_offset == 0 ? core::fmt(tr(S::today_heading, L), {{"day", words}}) : words;
    section_heading(heading.c_str());
    if (ImGui::Button(labelled("‹", "today_prev").c_str())) --view.day_offset;
    ImGui::SameLine();
    if (ImGui::Button(labelled("›", "today_next").c_str())) ++view.day_offset;
    if (view.day_offset != 0) {
        wrap_before(button_width(tr(S::today_back, L)));
        if (ImGui::Button(labelled(S::today_back, L, "today_back").c_str())) view.day_offset = 0;
    }
    const std::string progress = core::fmt(tr(S::today_progress, L), {{"done", std::to_string(handled)},
                                                                     {"total", std::to_string(items.size())}});
    wrap_before(ImGui::CalcTextSize(progress.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", progress.c_str());
    if (items.empty()) ImGui::TextDisabled("%s", tr(S::today_nothing, L));
    const int now = minutes_now(plan, actions);
    view.cards.begin();   // only the cards near the screen are drawn (ui/row_clip.hpp)
    for (const core::TodayItem& t : items) {
        if (!view.cards.row(t.item.key)) continue;
        // Overdue: a past day, or today past its time (all-day lines: once the day is over).
        const bool overdue = day.days < today.days ||
                             (day.days == today.days && t.item.time && t.item.time->minutes < now);
        ImGui::Separator();
        line_card(plan, t, overdue && !t.joined_days, view, actions, sink, L);
        view.cards.end_row();
    }
    view.cards.end();

    if (view.day_offset == 0) {
        const core::Date next{today.days + 1};
        section_heading(core::fmt(tr(S::today_tomorrow, L), {{"day", core::day_words(next, L)}}).c_str());
        tomorrow_list(ui.figures.next_items.get(actions.plan_serial(), {view.role, next.days},
                                                [&] { return core::today_items(plan, view.role, next); }),
                      view.tomorrow, L);
    }
    skip_dialog(plan, view, actions, sink, L);
}

}  // namespace ui
