// 日历: the week and month views of the dated items (calendar.hpp), today
// marked and empty slots shown as gaps; the editor of one item (skip for that
// date, restore, move, retitle, repeat) and the bulk operations (copy a week
// forward, shift a range, repeat an item). Every change is one edit
// (calendar_edits.hpp), so one Ctrl+Z takes it back.
#include <algorithm>

#include "core/edits/calendar_edits.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/stages.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/content_parts.hpp"
#include "ui/messages.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui::content {

using core::CalendarItem;
using core::Date;
using core::S;
using core::tr;
using json = nlohmann::json;

namespace {

const ImU32 kTodayBg = palette::accent_u32(30);

std::string weekday_date(Date d, core::Lang L) {
    return std::string(tr(core::weekday_short(core::weekday_of(d)), L)) + " " + month_day(d);
}

std::string role_name(const core::Plan& plan, const std::string& id, core::Lang L) {
    for (const core::Role& r : plan.setup.roles)
        if (r.id == id) return r.name.empty() ? tr(core::label_of(r.kind), L) : r.name;
    return "";
}

std::string title_of(const CalendarItem& it, core::Lang L) {
    return it.title.empty() ? tr(core::label_of(it.source), L) : it.title;
}

std::string item_text(const CalendarItem& it, core::Lang L) {
    std::string prefix;
    if (it.skipped) prefix = std::string(tr(S::content_tag_skipped, L)) + " · ";
    else if (it.empty()) prefix = std::string(tr(S::content_tag_gap, L)) + " · ";
    else if (it.moved) prefix = std::string(tr(S::content_tag_moved, L)) + " · ";
    return prefix + title_of(it, L);
}

bool has_overrides(const core::Plan& plan, const CalendarItem& it) {
    for (const core::CalendarOverride& o : plan.calendar.overrides)
        if (o.source == it.source && o.rule == it.rule && o.date == it.original) return true;
    return false;
}

std::string when_text(const CalendarItem& it, core::Lang L) {
    std::string s = core::format_date(it.date) + " " + tr(core::weekday_short(core::weekday_of(it.date)), L);
    if (it.last != it.date) s += " – " + core::format_date(it.last);
    s += " " + (it.time ? core::format_time(*it.time) : std::string(tr(S::content_all_day, L)));
    return s;
}

void item_details(const core::Plan& plan, const CalendarItem& it, core::Lang L) {
    ImGui::TextDisabled("%s", when_text(it, L).c_str());
    std::string kind = tr(core::label_of(it.source), L);
    if (it.category) kind += std::string(" · ") + tr(core::label_of(*it.category), L);
    if (it.format) kind += std::string(" · ") + tr(core::label_of(*it.format), L);
    ImGui::TextDisabled("%s", kind.c_str());
    if (it.empty() && !it.skipped) ImGui::TextUnformatted(tr(S::content_gap_help, L));
    if (it.status)
        ImGui::TextUnformatted(core::fmt(tr(S::content_item_status, L), {{"value", tr(core::label_of(*it.status), L)}}).c_str());
    std::string owner = it.owner;
    const std::string role = role_name(plan, it.owner_role, L);
    if (!role.empty()) owner += owner.empty() ? role : " / " + role;
    if (!owner.empty()) ImGui::TextUnformatted(core::fmt(tr(S::content_item_owner, L), {{"value", owner}}).c_str());
    if (it.prep_due)
        ImGui::TextUnformatted(core::fmt(tr(S::content_item_prep_due, L), {{"value", core::format_date(*it.prep_due)}}).c_str());
    if (it.moved)
        ImGui::TextUnformatted(core::fmt(tr(S::content_item_moved_from, L), {{"value", core::format_date(it.original)}}).c_str());
    if (it.retitled) ImGui::TextUnformatted(tr(S::content_item_retitled, L));
    if (it.skipped) ImGui::TextUnformatted(tr(S::content_item_skipped, L));
    if (!it.note.empty()) wrapped_text(it.note);
}

void open_editor(ContentView& view, const CalendarItem& it) {
    view.selected = it;
    view.open_editor = true;
    view.move_date = core::format_date(it.date);
    view.move_time = it.time ? core::format_time(*it.time) : "";
    view.retitle = it.title;
}

// One item as a button in its category's colour; a gap is an outlined box.
void item_button(const core::Plan& plan, const CalendarItem& it, Date day, ContentView& view, core::Lang L) {
    const bool gap = it.empty() && !it.skipped;
    ImVec4 fill = palette::category_fill(it.category);
    if (it.skipped) fill = palette::skipped_fill;
    if (gap) fill = palette::gap_fill;
    ImVec4 hover = fill;
    hover.x *= 0.92f, hover.y *= 0.92f, hover.z *= 0.92f;
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hover);
    ImGui::PushStyleColor(ImGuiCol_Border, gap ? palette::category_fill(it.category) : ImGui::GetStyleColorVec4(ImGuiCol_Border));
    ImGui::PushStyleColor(ImGuiCol_Text, gap || it.skipped ? ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)
                                                         : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, gap ? 1.5f : 0.0f);
    std::string id = "cal_" + it.key;
    if (it.last != it.date) id += "_" + core::format_date(day);
    if (ImGui::Button(labelled(item_text(it, L), id).c_str(), ImVec2(-FLT_MIN, 0))) open_editor(view, it);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(5);
    if (ImGui::BeginItemTooltip()) {
        user_text(title_of(it, L));
        item_details(plan, it, L);
        ImGui::TextDisabled("%s", tr(S::content_click_to_edit, L));
        ImGui::EndTooltip();
    }
}

// The week or month on screen, expanded again only when the plan or the
// range changed (a year-long plan costs a few milliseconds to expand).
const std::vector<CalendarItem>& shown_items(const core::Plan& plan, ContentView& view, unsigned plan_serial,
                                             Date from, Date to, core::CalendarOptions options) {
    return view.shown.get(plan_serial, {from.days, to.days, options.include_skipped},
                          [&] { return core::expand_calendar(plan, from, to, options); });
}

// ---- week ----------------------------------------------------------------------------------
void draw_week(const core::Plan& plan, ContentView& view, core::Lang L, Date today, AppActions& actions) {
    const unsigned plan_serial = actions.plan_serial();
    const Date mon = week_start(view), sun = week_end(view);
    core::CalendarOptions options;
    options.include_skipped = true;
    const std::vector<CalendarItem>& items = shown_items(plan, view, plan_serial, mon, sun, options);
    if (items.empty()) {
        wrapped_text(tr(S::content_week_empty, L));
        return;
    }
    // Rows: all-day items, then one row per time used this week, so each
    // slot lines up across the days and a missing item shows as a hole.
    bool all_day = false;
    std::vector<int> times;
    for (const CalendarItem& it : items) {
        if (it.time) times.push_back(it.time->minutes);
        else all_day = true;
    }
    core::stable_sort(times, std::less<>());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    std::vector<int> rows;
    if (all_day) rows.push_back(-1);
    rows.insert(rows.end(), times.begin(), times.end());

    if (!begin_table("###cal_week", 8, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) return;
    table_column(tr(S::content_col_time, L), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.6f);
    for (int d = 0; d < 7; ++d) {
        const Date day{mon.days + d};
        std::string head = weekday_date(day, L);
        if (day == today) head += std::string(" · ") + tr(S::content_today, L);
        table_column(labelled(head, "week_day_" + std::to_string(d)).c_str());
    }
    table_headers();
    for (int d = 0; d < 7; ++d)
        if (Date{mon.days + d} == today) {
            // The header cell of today in the accent colour.
            table_cell_at(d + 1);
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, palette::accent_u32(90));
        }
    for (int row : rows) {
        table_row(0, ImGui::GetFrameHeight() + 4);
        table_cell();
        ImGui::AlignTextToFramePadding();
        if (row < 0) ImGui::TextDisabled("%s", tr(S::content_all_day, L));
        else ImGui::TextUnformatted(core::format_time(core::TimeOfDay{row}).c_str());
        for (int d = 0; d < 7; ++d) {
            table_cell();
            const Date day{mon.days + d};
            if (day == today) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kTodayBg);
            ImGui::PushID(d);
            for (const CalendarItem& it : items) {
                const bool here = row < 0 ? !it.time : it.time && it.time->minutes == row;
                if (!here || day < it.date || it.last < day) continue;
                item_button(plan, it, day, view, L);
                if (it.skipped || it.last != it.date) continue;
                // What it sends, one click from the clipboard.
                const core::ReadyMessage ready = core::ready_message(plan, it, L);
                if (ready.text.empty()) continue;
                copy_button(ready.text, "cal_copy_" + it.key, L, actions, true);
                ImGui::SameLine(0, 4);
                user_text_disabled(std::string_view(ready.text).substr(0, ready.text.find('\n')));
                if (ImGui::BeginItemTooltip()) {
                    wrapped_text(ready.text, ImGui::GetFontSize() * 24);
                    ImGui::EndTooltip();
                }
            }
            ImGui::PopID();
        }
    }
    end_table();
}

// ---- month ---------------------------------------------------------------------------------
void draw_month(const core::Plan& plan, ContentView& view, core::Lang L, Date today, unsigned plan_serial) {
    const Date first = core::first_of_month(Date{view.anchor}), last = core::last_of_month(Date{view.anchor});
    const Date start = core::monday_of(first);
    const int weeks = (last.days - start.days) / 7 + 1;
    const std::vector<CalendarItem>& items =
        shown_items(plan, view, plan_serial, start, Date{start.days + weeks * 7 - 1}, {});
    struct DayCount {
        std::array<int, 3> by_category{};
        int other = 0;
        int gaps = 0;
    };
    std::vector<DayCount> counts((size_t)weeks * 7);
    for (const CalendarItem& it : items) {
        for (int d = std::max(it.date.days, start.days); d <= it.last.days && d < start.days + weeks * 7; ++d) {
            DayCount& c = counts[(size_t)(d - start.days)];
            if (it.empty()) ++c.gaps;
            if (it.category) ++c.by_category[(size_t)*it.category];
            else ++c.other;
        }
    }
    if (!begin_table("###cal_month", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) return;
    for (int d = 1; d <= 7; ++d) table_column(tr(core::weekday_short(d), L));
    table_headers();
    const float row_h = ImGui::GetTextLineHeightWithSpacing() * 2 + ImGui::GetStyle().CellPadding.y * 2;
    for (int w = 0; w < weeks; ++w) {
        table_row(0, row_h);
        for (int d = 0; d < 7; ++d) {
            table_cell();
            const Date day{start.days + w * 7 + d};
            const bool in_month = first <= day && day <= last;
            if (day == today) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, palette::accent_u32(55));
            const ImVec2 cell = ImGui::GetCursorScreenPos();
            int y, m, dd;
            core::ymd_from_date(day, y, m, dd);
            std::string head = std::to_string(dd);
            if (day == today) head += std::string(" ") + tr(S::content_today, L);
            if (in_month) ImGui::TextUnformatted(head.c_str());
            else ImGui::TextDisabled("%s", head.c_str());
            const DayCount& c = counts[(size_t)(w * 7 + d)];
            bool first_chip = true;
            auto chip = [&](std::optional<core::Category> cat, int n) {
                if (n <= 0) return;
                if (!first_chip) ImGui::SameLine(0, 8);
                first_chip = false;
                color_chip(cat);
                ImGui::SameLine(0, 3);
                ImGui::Text("%d", n);
            };
            for (core::Category cat : kCategories) chip(cat, c.by_category[(size_t)cat]);
            chip(std::nullopt, c.other);
            if (c.gaps > 0) {
                if (!first_chip) ImGui::SameLine(0, 8);
                ImGui::TextDisabled("%s", core::fmt(tr(S::content_month_gaps, L), {{"n", std::to_string(c.gaps)}}).c_str());
            }
            // The whole cell opens that day's week.
            ImGui::SetCursorScreenPos(cell);
            const float w_cell = ImGui::GetContentRegionAvail().x;
            if (ImGui::InvisibleButton(("###month_day_" + core::format_date(day)).c_str(),
                                       ImVec2(std::max(w_cell, 1.0f), row_h - ImGui::GetStyle().CellPadding.y * 2))) {
                view.anchor = day.days;
                view.month = false;
            }
            if (ImGui::IsItemHovered()) {
                ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                    palette::accent_u32(160), 3, 0, 1.5f);
                ImGui::SetTooltip("%s", tr(S::content_month_open_week, L));
            }
        }
    }
    end_table();
}

// ---- repeat ---------------------------------------------------------------------------------
// The interval and end inputs, shared by the editor and the bulk area.
void repeat_inputs(ContentView& view, core::Lang L, const std::string& id) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_repeat_every, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    ImGui::InputInt(("##" + id + "_interval").c_str(), &view.repeat_interval, 0, 0);
    view.repeat_interval = std::clamp(view.repeat_interval, 1, 366);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_repeat_days, L));
    ImGui::SameLine(0, 16);
    if (ImGui::RadioButton(labelled(S::content_repeat_count, L, id + "_by_count").c_str(), !view.repeat_until))
        view.repeat_until = false;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    ImGui::InputInt(("##" + id + "_count").c_str(), &view.repeat_count, 0, 0);
    view.repeat_count = std::clamp(view.repeat_count, 1, core::kMaxRepeats);
    ImGui::SameLine(0, 16);
    if (ImGui::RadioButton(labelled(S::content_repeat_until, L, id + "_by_date").c_str(), view.repeat_until))
        view.repeat_until = true;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint(("##" + id + "_until").c_str(), "YYYY-MM-DD", &view.repeat_until_date);
}

// Pushes the repeat edit; false (with a message) when the inputs are wrong.
bool apply_repeat(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink,
                  const std::string& content_id) {
    core::Recurrence r;
    r.interval_days = view.repeat_interval;
    if (view.repeat_until) {
        r.until = core::parse_date(view.repeat_until_date);
        if (!r.until) {
            actions.notify(tr(S::content_bad_date, L), true);
            return false;
        }
    } else {
        r.count = view.repeat_count;
    }
    core::BulkEdit bulk = core::repeat_item_edit(plan, content_id, r);
    if (bulk.ids.empty()) {
        actions.notify(tr(S::content_repeat_nothing, L), false);
        return false;
    }
    sink.push(bulk.edit);
    actions.notify(core::fmt(tr(S::content_bulk_done, L), {{"n", std::to_string(bulk.ids.size())}}), false);
    return true;
}

// ---- the item editor -------------------------------------------------------------------------
void draw_editor(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    const std::string popup = labelled(S::content_editor_title, L, "cal_editor");
    if (view.open_editor) {
        ImGui::OpenPopup("###cal_editor");
        view.open_editor = false;
    }
    if (!view.selected) return;
    place_dialog(34);
    bool open = true;
    if (!ImGui::BeginPopupModal(popup.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) {
        view.selected.reset();   // closed with × or Escape
        return;
    }
    // Show the item as it is now (its flags change after a skip or a move).
    const Date around = view.selected->original;
    const std::optional<CalendarItem>& now =
        view.selected_now.get(actions.plan_serial(), {view.selected->key, around.days}, [&]() -> std::optional<CalendarItem> {
            core::CalendarOptions options;
            options.include_skipped = true;
            for (const CalendarItem& it : core::expand_calendar(plan, Date{around.days - 31}, Date{around.days + 31}, options))
                if (it.key == view.selected->key) return it;
            return std::nullopt;
        });
    if (now) view.selected = *now;
    const CalendarItem it = *view.selected;
    bool close = false;
    user_text(title_of(it, L), palette::heading);
    item_details(plan, it, L);
    const bool is_content = !it.content.empty();
    // What it sends: the content item's own message, else the rule's.
    const Path message_path = item_message_path(plan, it);
    if (const core::Message* message = message_at(plan, message_path)) {
        ImGui::SeparatorText(tr(S::msg_heading, L));
        help_text(tr(message_path[0] == "content" ? S::msg_content_note : S::msg_rule_note, L));
        message_editor(plan, *message, message_path, {it.date, core::item_runsheet(plan, it), L}, "cal", actions, sink);
    }
    ImGui::Separator();
    if (is_content) help_text(tr(S::content_editor_content_help, L));
    else help_text(tr(S::content_editor_rule_help, L));

    if (it.empty() && !it.skipped && !it.slot.empty()) {
        if (button(S::content_fill_here, L, "cal_fill_here")) {
            json c{{"id", core::fresh_content_ids(plan, 1)[0]},
                   {"title", it.title},
                   {"category", std::string(core::enum_name(it.category.value_or(core::Category::activation)))},
                   {"format", std::string(core::enum_name(it.format.value_or(core::Format::image_text)))},
                   {"publish", core::format_date(it.date)},
                   {"slot", it.slot}};
            if (it.moved && it.time) c["time"] = core::format_time(*it.time);
            sink.push(core::insert_edit({"content", "items"}, c));
            close = true;
        }
        ImGui::SameLine();
    }
    if (!it.skipped) {
        if (button(S::content_skip, L, "cal_skip")) {
            sink.push(core::skip_item_edit(plan, it));
            close = true;
        }
    }
    if (!is_content && has_overrides(plan, it)) {
        if (!it.skipped) ImGui::SameLine();
        if (button(S::content_restore, L, "cal_restore")) {
            sink.push(core::restore_item_edit(plan, it));
            close = true;
        }
    }

    begin_form({tr(S::content_move_to, L), tr(S::content_retitle, L)});
    form_label(tr(S::content_move_to, L));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint("##cal_move_date", "YYYY-MM-DD", &view.move_date);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
    ImGui::InputTextWithHint("##cal_move_time", "HH:MM", &view.move_time);
    ImGui::SameLine();
    if (button(S::content_move, L, "cal_move")) {
        const auto date = core::parse_date(view.move_date);
        const auto time = view.move_time.empty() ? std::nullopt : core::parse_time(view.move_time);
        if (!date || (!view.move_time.empty() && !time)) {
            actions.notify(tr(S::content_bad_date, L), true);
        } else {
            sink.push(core::move_item_edit(plan, it, *date, time));
            close = true;
        }
    }
    form_label(tr(S::content_retitle, L));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    text_input("##cal_retitle", view.retitle);
    ImGui::SameLine();
    if (button(S::content_retitle_apply, L, "cal_retitle_apply") && view.retitle != it.title) {
        sink.push(core::retitle_item_edit(plan, it, view.retitle));
        close = true;
    }
    if (is_content) {
        ImGui::Separator();
        ImGui::TextUnformatted(tr(S::content_repeat_heading, L));
        repeat_inputs(view, L, "cal_repeat");
        if (button(S::content_repeat_apply, L, "cal_repeat_apply") &&
            apply_repeat(plan, view, L, actions, sink, it.content))
            close = true;
    }
    ImGui::Separator();
    if (button(S::content_close, L, "cal_editor_close")) close = true;
    if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    if (close) view.selected.reset();
}

// ---- bulk operations -----------------------------------------------------------------------------
void draw_bulk(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    if (!ImGui::CollapsingHeader(labelled(S::content_bulk_heading, L, "cal_bulk").c_str())) return;
    const Date mon = week_start(view), sun = week_end(view);
    auto done = [&](const core::BulkEdit& bulk) {
        if (bulk.ids.empty()) {
            actions.notify(tr(S::content_bulk_nothing, L), false);
            return;
        }
        sink.push(bulk.edit);
        actions.notify(core::fmt(tr(S::content_bulk_done, L), {{"n", std::to_string(bulk.ids.size())}}), false);
    };

    // Copy the week shown to the following weeks.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(core::fmt(tr(S::content_copy_week, L), {{"range", range_text(mon, sun)}}).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    ImGui::InputInt("##cal_copy_weeks", &view.copy_weeks, 0, 0);
    view.copy_weeks = std::clamp(view.copy_weeks, 1, 104);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_weeks, L));
    ImGui::SameLine();
    if (button(S::content_copy, L, "cal_copy_week")) done(core::copy_week_edit(plan, mon, view.copy_weeks));

    // Shift a range by N days.
    if (view.shift_from.empty()) view.shift_from = core::format_date(mon);
    if (view.shift_to.empty()) view.shift_to = core::format_date(sun);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_shift_from, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint("##cal_shift_from", "YYYY-MM-DD", &view.shift_from);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_shift_to, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint("##cal_shift_to", "YYYY-MM-DD", &view.shift_to);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_shift_by, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    ImGui::InputInt("##cal_shift_days", &view.shift_days, 0, 0);
    view.shift_days = std::clamp(view.shift_days, -3660, 3660);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_shift_days, L));
    ImGui::SameLine();
    if (button(S::content_shift, L, "cal_shift")) {
        const auto from = core::parse_date(view.shift_from), to = core::parse_date(view.shift_to);
        if (!from || !to || *to < *from) actions.notify(tr(S::content_bad_range, L), true);
        else if (view.shift_days != 0) done(core::shift_items_edit(plan, *from, *to, view.shift_days));
    }

    // Repeat one dated content item.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_repeat_item, L));
    ImGui::SameLine();
    std::string shown = tr(S::content_pick_item, L);
    for (const core::ContentItem& c : plan.content.items)
        if (c.id == view.repeat_item && c.publish) shown = core::format_date(*c.publish) + " " + c.title;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    if (begin_combo("##cal_repeat_pick", shown.c_str())) {
        for (const core::ContentItem& c : plan.content.items) {
            if (!c.publish) continue;
            const std::string text = core::format_date(*c.publish) + " " + c.title + "##repeat_pick_" + c.id;
            if (selectable(text.c_str(), c.id == view.repeat_item)) view.repeat_item = c.id;
        }
        ImGui::EndCombo();
    }
    repeat_inputs(view, L, "bulk_repeat");
    ImGui::SameLine();
    ImGui::BeginDisabled(view.repeat_item.empty());
    if (button(S::content_repeat_apply, L, "bulk_repeat_apply")) apply_repeat(plan, view, L, actions, sink, view.repeat_item);
    ImGui::EndDisabled();
}

}  // namespace

void draw_calendar(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    const Date today{actions.today_days()};
    // Header: the lifecycle day and stage, then the period shown.
    const core::StageInfo stage = core::stage_on(plan, today);
    ImGui::TextColored(palette::heading, "%s", core::stage_headline(stage, L).c_str());
    ImGui::SameLine(0, 16);
    ImGui::TextDisabled("%s", core::fmt(tr(S::content_today_is, L),
                                        {{"date", core::format_date(today) + " " +
                                                      tr(core::weekday_short(core::weekday_of(today)), L)}}).c_str());

    if (ImGui::RadioButton(labelled(S::content_week_view, L, "cal_week_view").c_str(), !view.month)) view.month = false;
    ImGui::SameLine();
    if (ImGui::RadioButton(labelled(S::content_month_view, L, "cal_month_view").c_str(), view.month)) view.month = true;
    // Beside the view's choice when it fits there; on a phone, on a line of its own.
    const std::string prev = std::string("← ") + tr(view.month ? S::content_prev_month : S::content_prev_week, L);
    wrap_before(button_width(prev.c_str()), 24);
    period_nav(view, L, actions, view.month, "cal_nav");
    ImGui::SameLine(0, 16);
    if (view.month) {
        const Date first = core::first_of_month(Date{view.anchor});
        ImGui::TextUnformatted(core::format_date(first).substr(0, 7).c_str());
    } else {
        ImGui::TextUnformatted(range_text(week_start(view), week_end(view)).c_str());
    }
    legend(L);

    if (view.month) draw_month(plan, view, L, today, actions.plan_serial());
    else draw_week(plan, view, L, today, actions);

    draw_editor(plan, view, L, actions, sink);
    ImGui::Spacing();
    draw_bulk(plan, view, L, actions, sink);
}

}  // namespace ui::content
