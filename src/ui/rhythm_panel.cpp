// 执行节奏: daily slots, the weekly column grid (drag a column to another
// day or slot), the monthly cycle and campaigns, cold start and the mature
// routine, event run-sheets, and the message load against the budget.
#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_map>

#include "core/json/json_fields.hpp"
#include "core/model/stable_sort.hpp"
#include "core/text/i18n.hpp"
#include "core/exports/sop_document.hpp"
#include "core/rules/clashes.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/edits/rhythm_edits.hpp"
#include "core/json/validate.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/app_actions.hpp"
#include "ui/load_chart.hpp"
#include "ui/messages.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;
using json = nlohmann::json;
using Options = std::vector<std::pair<std::string, std::string>>;

namespace {



Options role_options(const core::Plan& plan, core::Lang L) {
    Options out;
    for (const core::Role& r : plan.setup.roles) {
        std::string label = tr(core::label_of(r.kind), L);
        if (!r.name.empty()) label = r.name + " · " + label;
        out.emplace_back(r.id, label);
    }
    return out;
}

std::vector<const core::Slot*> slots_by_time(const core::Plan& plan) {
    std::vector<const core::Slot*> out;
    for (const auto& s : plan.rhythm.slots) out.push_back(&s);
    core::stable_sort(out, [](auto* a, auto* b) { return a->time < b->time; });
    return out;
}


// ---- daily slots -------------------------------------------------------------------------
void draw_slots(const core::Plan& plan, MessageView& messages, core::Lang L, EditSink& sink) {
    help_text(tr(S::rhythm_slots_help, L));
    const auto dup_ids = core::duplicate_slot_times(plan);
    const std::set<std::string> dups(dup_ids.begin(), dup_ids.end());
    const Options roles = role_options(plan, L);
    if (begin_table("###slots", {{tr(S::rhythm_col_time, L), -5.5f}, {tr(S::rhythm_col_purpose, L), 4},
                                 {tr(S::rhythm_col_category, L), 2}, {tr(S::rhythm_col_format, L), 2},
                                 {tr(S::rhythm_col_owner, L), 2.5f}, {tr(S::rhythm_col_messages, L), -3.5f},
                                 {tr(S::msg_col, L), 4}, {"", -1.6f}})) {
        for (const core::Slot* s : slots_by_time(plan)) {
            const Path p{"rhythm", "slots", s->id};
            table_row();
            table_cell();
            time_cell("slot_time_" + s->id, s->time, {"rhythm", "slots", s->id, "time"}, sink);
            if (dups.count(s->id)) {
                ImGui::SameLine(0, 4);
                ImGui::TextColored(palette::warning, "!");
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::rhythm_duplicate_time, L));
            }
            table_cell();
            text_cell("slot_purpose_" + s->id, s->purpose, {"rhythm", "slots", s->id, "purpose"}, sink);
            table_cell();
            enum_cell("slot_category_" + s->id, s->category, {"rhythm", "slots", s->id, "category"}, sink, L);
            table_cell();
            enum_cell("slot_format_" + s->id, s->format, {"rhythm", "slots", s->id, "format"}, sink, L);
            table_cell();
            ref_cell("slot_owner_" + s->id, s->owner_role, roles, tr(S::rhythm_no_owner, L),
                     {"rhythm", "slots", s->id, "owner_role"}, sink);
            table_cell();
            int_cell("slot_messages_" + s->id, s->messages, {"rhythm", "slots", s->id, "messages"}, sink, 3);
            table_cell();
            message_button(plan, s->message, sub_path(p, "message"), core::format_time(s->time) + " " + s->purpose,
                           "slot_message_" + s->id, messages, L);
            table_cell();
            remove_button("slot_remove_" + s->id, p, sink);
        }
        end_table();
    }
    if (!dups.empty()) ImGui::TextColored(palette::warning, "%s", tr(S::rhythm_duplicate_time, L));
    add_button(tr(S::rhythm_add_slot, L), "add_slot", {"rhythm", "slots"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "slot")}, {"time", "12:00"}}; });
}

// ---- weekly grid -------------------------------------------------------------------------
void column_button(const core::Column& c, RhythmView& view, core::Lang L) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette::tag_fill(c.color));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette::tag_fill(c.color));
    const bool selected = view.selected_column == c.id;
    if (selected) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.5f);
    const std::string name = c.name.empty() ? tr(S::rhythm_unnamed_column, L) : c.name;
    if (ImGui::Button(labelled(name, "col_" + c.id).c_str(), ImVec2(-FLT_MIN, 0))) view.selected_column = c.id;
    if (selected) ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload("PLANNER_COLUMN", c.id.data(), c.id.size());
        user_text(name);
        ImGui::EndDragDropSource();
    }
}

// Drops a dragged column into (weekday, slot): one edit, so one undo step.
void drop_target(const core::Plan& plan, const std::string& slot_id, int weekday, int column_index, EditSink& sink) {
    ImRect cell = table_cell_rect(column_index);
    ImGuiID id = ImGui::GetID(("drop_" + slot_id + "_" + std::to_string(weekday)).c_str());
    if (!ImGui::BeginDragDropTargetCustom(cell, id)) return;
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload("PLANNER_COLUMN")) {
        const std::string column_id((const char*)payload->Data, (size_t)payload->DataSize);
        if (auto edit = core::move_column_edit(plan, column_id, weekday, slot_id)) sink.push(*edit);
    }
    ImGui::EndDragDropTarget();
}

void draw_column_editor(const core::Plan& plan, RhythmView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    const core::Column* c = nullptr;
    for (const auto& col : plan.rhythm.columns)
        if (col.id == view.selected_column) c = &col;
    if (!c) return;
    const Path base{"rhythm", "columns", c->id};
    section_heading(core::fmt(tr(S::rhythm_column_heading, L), {{"name", c->name}}).c_str());
    begin_form({tr(S::rhythm_col_name, L), tr(S::rhythm_col_color, L), tr(S::rhythm_col_category, L),
                tr(S::rhythm_col_format, L), tr(S::rhythm_col_owner, L), tr(S::rhythm_col_note, L),
                tr(S::rhythm_copy_to, L)});
    text_field(tr(S::rhythm_col_name, L), ("column_name_" + c->id).c_str(), c->name, sub_path(base, "name"), sink);
    form_label(tr(S::rhythm_col_color, L));
    enum_cell("column_color_" + c->id, c->color, sub_path(base, "color"), sink, L, 8);
    form_label(tr(S::rhythm_col_category, L));
    enum_cell("column_category_" + c->id, c->category, sub_path(base, "category"), sink, L, 8);
    form_label(tr(S::rhythm_col_format, L));
    enum_cell("column_format_" + c->id, c->format, sub_path(base, "format"), sink, L, 8);
    form_label(tr(S::rhythm_col_owner, L));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(ImGui::GetFontSize() * 12);
    ref_cell("column_owner_" + c->id, c->owner_role, role_options(plan, L), tr(S::rhythm_no_owner, L), sub_path(base, "owner_role"), sink);
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    text_area(tr(S::rhythm_col_note, L), ("column_note_" + c->id).c_str(), c->note, sub_path(base, "note"), sink, 2);
    form_label(tr(S::rhythm_copy_to, L));
    for (int d = 1; d <= 7; ++d) {
        bool on = view.copy_days & (1 << d);
        if (ImGui::Checkbox((std::string(tr(core::weekday_short(d), L)) + "##copy_day_" + std::to_string(d)).c_str(), &on))
            view.copy_days = on ? (view.copy_days | (1 << d)) : (view.copy_days & ~(1 << d));
        ImGui::SameLine();
    }
    if (ImGui::Button(labelled(S::rhythm_copy_button, L, "copy_column").c_str()) && view.copy_days) {
        for (const core::Edit& e : core::copy_column_edits(plan, c->id, (unsigned)view.copy_days)) sink.push(e);
        view.copy_days = 0;
    }
    if (ImGui::Button(labelled(S::rhythm_remove_column, L, "remove_column").c_str())) {
        sink.push(core::remove_edit(base));
        view.selected_column.clear();
        return;
    }
    ImGui::SeparatorText(tr(S::msg_heading, L));
    message_editor(plan, c->message, sub_path(base, "message"), {std::nullopt, nullptr, L}, "column_" + c->id, actions, sink);
}

void draw_week(const core::Plan& plan, RhythmView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    help_text(tr(S::rhythm_week_help, L));
    const auto slots = slots_by_time(plan);
    if (slots.empty()) {
        wrapped_text(tr(S::rhythm_week_no_slots, L));
        return;
    }
    if (begin_table("###week", 8, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
        table_column(tr(S::rhythm_col_slot, L), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 7);
        for (int d = 1; d <= 7; ++d) table_column(tr(core::weekday_short(d), L));
        table_headers();
        for (const core::Slot* s : slots) {
            table_row(0, ImGui::GetFrameHeight() * 1.6f);
            table_cell();
            ImGui::TextUnformatted(core::format_time(s->time).c_str());
            user_text_disabled(s->purpose);
            for (int d = 1; d <= 7; ++d) {
                table_cell();
                ImGui::PushID(d);
                ImGui::PushID(s->id.c_str());
                bool any = false;
                for (const core::Column& c : plan.rhythm.columns) {
                    if (c.weekday != d || c.slot != s->id) continue;
                    any = true;
                    column_button(c, view, L);
                }
                if (!any) {
                    // An empty cell stays visible as a gap with a way to fill it.
                    const std::string add_id = "add_col_" + s->id + "_" + std::to_string(d);
                    if (small_button(labelled("+", add_id).c_str())) {
                        core::AddEdit added = core::new_column_edit(plan, *s, d, L);
                        sink.push(added.edit);
                        view.selected_column = added.id;
                    }
                    ImGui::SameLine();
                    ImGui::TextDisabled("%s", tr(S::rhythm_empty_cell, L));
                }
                drop_target(plan, s->id, d, d, sink);
                ImGui::PopID();
                ImGui::PopID();
            }
        }
        end_table();
    }
    // Columns whose slot was cleared: still draggable back onto the grid.
    bool heading = false;
    for (const core::Column& c : plan.rhythm.columns) {
        if (!c.slot.empty()) continue;
        if (!heading) ImGui::TextUnformatted(tr(S::rhythm_unplaced, L));
        heading = true;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        ImGui::BeginGroup();
        ImGui::PushItemWidth(ImGui::GetFontSize() * 8);
        column_button(c, view, L);
        ImGui::PopItemWidth();
        ImGui::EndGroup();
    }
    draw_column_editor(plan, view, L, actions, sink);
}

// ---- monthly cycle and campaigns --------------------------------------------------------
void draw_month(const core::Plan& plan, MessageView& messages, core::Lang L, AppActions& actions, EditSink& sink) {
    const Options roles = role_options(plan, L);
    section_heading(tr(S::rhythm_heading_month, L));
    if (begin_table("###month_tasks", {{tr(S::rhythm_col_phase, L), 2}, {tr(S::rhythm_col_day, L), -4},
                                       {tr(S::rhythm_col_title, L), 4}, {tr(S::rhythm_col_owner, L), 2.5f},
                                       {tr(S::msg_col, L), 3}, {"", -1.6f}})) {
        for (const core::MonthTask& m : plan.rhythm.month_tasks) {
            table_row();
            table_cell();
            enum_cell("month_phase_" + m.id, m.phase, {"rhythm", "month_tasks", m.id, "phase"}, sink, L);
            table_cell();
            int_cell("month_day_" + m.id, m.day, {"rhythm", "month_tasks", m.id, "day"}, sink, 3);
            table_cell();
            text_cell("month_title_" + m.id, m.title, {"rhythm", "month_tasks", m.id, "title"}, sink);
            table_cell();
            ref_cell("month_owner_" + m.id, m.owner_role, roles, tr(S::rhythm_no_owner, L),
                     {"rhythm", "month_tasks", m.id, "owner_role"}, sink);
            table_cell();
            message_button(plan, m.message, {"rhythm", "month_tasks", m.id, "message"}, m.title, "month_message_" + m.id,
                           messages, L);
            table_cell();
            remove_button("month_remove_" + m.id, {"rhythm", "month_tasks", m.id}, sink);
        }
        end_table();
    }
    add_button(tr(S::rhythm_add_month_task, L), "add_month_task", {"rhythm", "month_tasks"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "month")}}; });

    section_heading(tr(S::rhythm_heading_campaigns, L));
    for (const core::Campaign& c : plan.rhythm.campaigns) {
        const Path base{"rhythm", "campaigns", c.id};
        ImGui::PushID(c.id.c_str());
        const std::string title = labelled(c.name.empty() ? tr(S::rhythm_unnamed_campaign, L) : c.name, "campaign_" + c.id);
        const bool open = ImGui::TreeNodeEx(title.c_str(), tree_flags(ImGuiTreeNodeFlags_SpanAvailWidth));
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize());
        remove_button("campaign_remove_" + c.id, base, sink);
        if (open) {
            begin_form({tr(S::rhythm_col_name, L), tr(S::rhythm_col_kind, L), tr(S::rhythm_col_start, L),
                        tr(S::rhythm_col_end, L), tr(S::rhythm_col_goal, L), tr(S::rhythm_col_detail, L),
                        tr(S::rhythm_temp_group, L), tr(S::rhythm_recap, L)});
            text_field(tr(S::rhythm_col_name, L), ("campaign_name_" + c.id).c_str(), c.name, sub_path(base, "name"), sink);
            form_label(tr(S::rhythm_col_kind, L));
            enum_cell("campaign_kind_" + c.id, c.kind, sub_path(base, "kind"), sink, L, 10);
            date_field(tr(S::rhythm_col_start, L), ("campaign_start_" + c.id).c_str(), c.start, sub_path(base, "start"), sink, nullptr);
            date_field(tr(S::rhythm_col_end, L), ("campaign_end_" + c.id).c_str(), c.end, sub_path(base, "end"), sink, nullptr);
            text_area(tr(S::rhythm_col_goal, L), ("campaign_goal_" + c.id).c_str(), c.goal, sub_path(base, "goal"), sink, 2);
            text_area(tr(S::rhythm_col_detail, L), ("campaign_detail_" + c.id).c_str(), c.detail, sub_path(base, "detail"), sink, 3);
            form_label(tr(S::rhythm_temp_group, L));
            checkbox_cell("campaign_temp_" + c.id, c.temp_group, sub_path(base, "temp_group"), sink);
            if (c.temp_group) {
                ImGui::SameLine();
                ImGui::BeginGroup();
                ImGui::PushItemWidth(ImGui::GetFontSize() * 14);
                text_cell("campaign_temp_name_" + c.id, c.temp_group_name, sub_path(base, "temp_group_name"), sink,
                          tr(S::rhythm_temp_group_name, L));
                ImGui::PopItemWidth();
                ImGui::EndGroup();
                text_area(tr(S::rhythm_recap, L), ("campaign_recap_" + c.id).c_str(), c.recap, sub_path(base, "recap"), sink, 3);
            }
            ImGui::SeparatorText(tr(S::msg_heading, L));
            message_editor(plan, c.message, sub_path(base, "message"), {c.start, nullptr, L}, "campaign_" + c.id, actions, sink);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    add_button(tr(S::rhythm_add_campaign, L), "add_campaign", {"rhythm", "campaigns"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "campaign")}}; });
}

// ---- cold start and mature routine -----------------------------------------------------
// What a line is, in one combo: a group post of a content category (促活 /
// 转化 / 品牌), or a team task that is not posted and not counted in the
// load or the mix. Choosing a category makes a task a post again.
void line_type_cell(const core::SopLine& l, const Path& base, EditSink& sink, core::Lang L) {
    const bool task = l.kind == core::LineKind::task;
    const std::string id = "line_category_" + l.id;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (begin_combo(("##" + id).c_str(), task ? tr(S::line_kind_task, L) : tr(core::label_of(l.category), L))) {
        for (core::Category c : core::enum_values<core::Category>()) {
            const std::string label = std::string(tr(core::label_of(c), L)) + "###" + id + "_" + std::string(core::enum_name(c));
            if (selectable(label.c_str(), !task && c == l.category) && (task || c != l.category)) {
                core::SopLine post = l;
                post.kind = core::LineKind::message;
                post.category = c;
                sink.push(core::set_edit(base, core::to_json_value(post)));   // one undo step
            }
        }
        ImGui::Separator();
        const std::string label = std::string(tr(S::line_kind_task, L)) + "###" + id + "_task";
        if (selectable(label.c_str(), task) && !task) sink.push(core::set_edit(sub_path(base, {"kind"}), "task"));
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::rhythm_line_task_help, L));
}

// One line of the routine's table: timing, day, time, title, type, owner, message.
void routine_row(const core::Plan& plan, const core::SopLine& l, const Options& roles, MessageView& messages, core::Lang L,
                 EditSink& sink) {
    const Path base{"rhythm", "routine", l.id};
    table_row();
    table_cell();
    enum_cell("line_timing_" + l.id, l.timing.kind, sub_path(base, {"timing", "kind"}), sink, L);
    table_cell();
    switch (l.timing.kind) {
        case core::TimingKind::after_created:
        case core::TimingKind::after_joined:
            int_cell("line_day_" + l.id, l.timing.day, sub_path(base, {"timing", "day"}), sink, 3);
            break;
        case core::TimingKind::weekday:
            int_cell("line_weekday_" + l.id, l.timing.weekday, sub_path(base, {"timing", "weekday"}), sink, 3);
            break;
        case core::TimingKind::date:
            date_cell("line_date_" + l.id, l.timing.date, sub_path(base, {"timing", "date"}), sink);
            break;
        case core::TimingKind::daily: ImGui::TextDisabled("—"); break;
    }
    table_cell();
    time_cell("line_time_" + l.id, l.timing.time, sub_path(base, {"timing", "time"}), sink);
    table_cell();
    text_cell("line_title_" + l.id, l.title, sub_path(base, {"title"}), sink);
    if (ImGui::IsItemHovered() && !l.detail.empty()) user_tooltip(l.detail);
    table_cell();
    line_type_cell(l, base, sink, L);
    table_cell();
    ref_cell("line_owner_" + l.id, l.owner_role, roles, tr(S::rhythm_no_owner, L), sub_path(base, {"owner_role"}), sink);
    table_cell();
    message_button(plan, l.message, sub_path(base, "message"), l.title, "line_message_" + l.id, messages, L);
    table_cell();
    remove_button("line_remove_" + l.id, base, sink);
}

void draw_routine(const core::Plan& plan, RhythmView& view, MessageView& messages, core::Lang L, EditSink& sink) {
    const Options roles = role_options(plan, L);
    help_text(tr(S::rhythm_routine_help, L));
    if (plan.basics.takeover_date)
        help_text(core::fmt(tr(S::rhythm_routine_takeover, L), {{"date", core::format_date(*plan.basics.takeover_date)}}).c_str());
    for (core::RoutinePhase phase : core::enum_values<core::RoutinePhase>()) {
        section_heading(tr(core::label_of(phase), L));
        const std::string table = std::string("###routine_") + std::string(core::enum_name(phase));
        if (begin_table(table.c_str(), {{tr(S::rhythm_col_when, L), 3}, {tr(S::rhythm_col_day, L), -6.5f},
                                        {tr(S::rhythm_col_time, L), -4.5f}, {tr(S::rhythm_col_title, L), 4},
                                        {tr(S::rhythm_col_category, L), 2}, {tr(S::rhythm_col_owner, L), 2.5f},
                                        {tr(S::msg_col, L), 3.5f}, {"", -1.6f}})) {
            // Only the lines near the screen are drawn, and the line being
            // typed into wherever it is (ui/row_clip.hpp).
            std::vector<const core::SopLine*> lines;
            for (const core::SopLine& l : plan.rhythm.routine)
                if (l.phase == phase) lines.push_back(&l);
            view.routine_rows[(size_t)phase].table_rows(
                (int)lines.size(), [&](int i) -> const std::string& { return lines[(size_t)i]->id; }, -1,
                [&](int i) { routine_row(plan, *lines[(size_t)i], roles, messages, L, sink); });
            end_table();
        }
        const std::string add_id = std::string("add_line_") + std::string(core::enum_name(phase));
        add_button(tr(S::rhythm_add_line, L), add_id, {"rhythm", "routine"}, sink, [&] {
            return json{{"id", core::fresh_id(plan, "line")},
                        {"phase", std::string(core::enum_name(phase))},
                        {"timing", {{"kind", phase == core::RoutinePhase::cold_start ? "after_created" : "weekday"}}}};
        });
    }
}

// ---- event run-sheets --------------------------------------------------------------------
// A step's day relative to the event: 前 1 天 / 当天 / 后 1 天.
std::string step_day_label(int day, core::Lang L) {
    if (day == 0) return tr(S::runsheet_day_of, L);
    return core::fmt(tr(day < 0 ? S::runsheet_day_before : S::runsheet_day_after, L), {{"n", std::to_string(std::abs(day))}});
}

void step_day_cell(const core::RunStep& s, const Path& step, core::Lang L, EditSink& sink) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!begin_combo(("##step_day_" + s.id).c_str(), step_day_label(s.day, L).c_str())) return;
    for (int d = -7; d <= 3; ++d)
        if (selectable((step_day_label(d, L) + "##step_day_" + s.id + "_" + std::to_string(d)).c_str(), d == s.day) &&
            d != s.day)
            sink.push(core::set_edit(sub_path(step, "day"), d));
    ImGui::EndCombo();
}

// The event's start: changing it moves every timed step with it (one undo
// step). Text that is not a time is refused with a message, like any time
// field.
void start_cell(const core::Plan& plan, const core::Runsheet& r, EditSink& sink) {
    static std::unordered_map<ImGuiID, std::string> buffers;
    const std::string id = "##runsheet_start_" + r.id;
    const std::string shown = r.start ? core::format_time(*r.start) : "";
    const ImGuiID gid = ImGui::GetID(id.c_str());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::string& buffer = buffers[gid];
    if (g.ActiveId != gid && g.ActiveIdPreviousFrame != gid) buffer = shown;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
    ImGui::InputTextWithHint(id.c_str(), "HH:MM", &buffer);
    if (!ImGui::IsItemDeactivatedAfterEdit() || buffer == shown) return;
    if (const auto t = core::parse_time(buffer))
        for (const core::Edit& e : core::runsheet_start_edits(plan, r.id, *t)) sink.push(e);
    else   // not a time: the edit is refused with a message naming the field
        sink.push(core::set_edit({"rhythm", "runsheets", r.id, "start"}, buffer));
}

void draw_runsheet(const core::Plan& plan, const core::Runsheet& r, const Options& roles, MessageView& messages,
                   core::Lang L, EditSink& sink) {
    const Path base{"rhythm", "runsheets", r.id};
    // A form, one field a row: the date and the start stay in sight at any width.
    begin_form({tr(S::runsheet_title, L), tr(S::runsheet_date, L), tr(S::runsheet_start, L), tr(S::runsheet_topic, L),
                tr(S::runsheet_guest, L), tr(S::runsheet_perk, L)});
    text_field(tr(S::runsheet_title, L), ("runsheet_title_" + r.id).c_str(), r.title, sub_path(base, "title"), sink);
    date_field(tr(S::runsheet_date, L), ("runsheet_date_" + r.id).c_str(), r.date, sub_path(base, "date"), sink, "YYYY-MM-DD");
    form_label(tr(S::runsheet_start, L));
    start_cell(plan, r, sink);
    text_field(tr(S::runsheet_topic, L), ("runsheet_topic_" + r.id).c_str(), r.topic, sub_path(base, "topic"), sink);
    text_field(tr(S::runsheet_guest, L), ("runsheet_guest_" + r.id).c_str(), r.guest, sub_path(base, "guest"), sink);
    text_field(tr(S::runsheet_perk, L), ("runsheet_perk_" + r.id).c_str(), r.perk, sub_path(base, "perk"), sink);

    // What the steps still wait for, and the event day's load.
    std::vector<std::string> missing;
    for (const core::RunStep& s : r.steps)
        for (const std::string* text : {&s.note, &core::message_text(plan, s.message)})
            for (const std::string& name : core::fill_placeholders(plan, *text, {r.date, &r, L}).unfilled)
                if (name != "新人" && name != "newcomer" && std::find(missing.begin(), missing.end(), name) == missing.end())
                    missing.push_back(name);
    if (!missing.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::caution);
        wrapped_text(core::fmt(tr(S::runsheet_unfilled, L), {{"names", core::placeholder_list(missing, L)}}));
        ImGui::PopStyleColor();
    }
    if (!r.date) {
        help_text(tr(S::runsheet_no_date, L));
    } else {
        const int load = core::load_on(plan, *r.date), budget = core::budget_for(plan);
        const std::string line = core::fmt(tr(load > budget ? S::runsheet_over_budget : S::runsheet_day_load, L),
                                           {{"n", std::to_string(load)}, {"budget", std::to_string(budget)}});
        if (load > budget) ImGui::TextColored(palette::warning, "%s", line.c_str());
        else ImGui::TextDisabled("%s", line.c_str());
    }

    if (begin_table("###steps", {{tr(S::runsheet_col_day, L), -5.5f}, {tr(S::rhythm_col_time, L), -4.5f},
                                 {tr(S::rhythm_col_step, L), 2.5f}, {tr(S::rhythm_col_owner, L), 2},
                                 {tr(S::rhythm_col_note, L), 3}, {tr(S::rhythm_col_messages, L), -3.5f},
                                 {tr(S::msg_col, L), 3}, {tr(S::rhythm_col_done, L), -2.5f}, {"", -1.6f}})) {
        for (const core::RunStep& s : r.steps) {
            const Path step = sub_path(base, {"steps", s.id});
            table_row();
            table_cell();
            step_day_cell(s, step, L, sink);
            table_cell();
            time_cell("step_time_" + s.id, s.time, sub_path(step, "time"), sink);
            table_cell();
            text_cell("step_title_" + s.id, s.title, sub_path(step, "title"), sink);
            table_cell();
            ref_cell("step_owner_" + s.id, s.owner_role, roles, tr(S::rhythm_no_owner, L), sub_path(step, "owner_role"), sink);
            table_cell();
            text_cell("step_note_" + s.id, s.note, sub_path(step, "note"), sink);
            if (ImGui::IsItemHovered() && !s.note.empty() && !ImGui::IsItemActive()) {
                const std::string filled = core::fill_placeholders(plan, s.note, {r.date, &r, L}).text;
                if (ImGui::BeginTooltip()) {
                    wrapped_text(filled, ImGui::GetFontSize() * 24);
                    ImGui::EndTooltip();
                }
            }
            table_cell();
            int_cell("step_messages_" + s.id, s.messages, sub_path(step, "messages"), sink, 3);
            table_cell();
            message_button(plan, s.message, sub_path(step, "message"), (r.title.empty() ? "" : r.title + " · ") + s.title,
                           "step_message_" + s.id, messages, L);
            table_cell();
            checkbox_cell("step_done_" + s.id, s.done, sub_path(step, "done"), sink);
            table_cell();
            remove_button("step_remove_" + s.id, step, sink);
        }
        end_table();
    }
    add_button(tr(S::rhythm_add_step, L), "add_step_" + r.id, sub_path(base, "steps"), sink,
               [&] { return json{{"id", core::fresh_id(plan, "step")}}; });
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    if (ImGui::Button(labelled(S::rhythm_remove_runsheet, L, "runsheet_remove_" + r.id).c_str()))
        sink.push(core::remove_edit(base));
}

void draw_runsheets(const core::Plan& plan, RhythmView& view, MessageView& messages, core::Lang L, EditSink& sink) {
    const Options roles = role_options(plan, L);
    help_text(tr(S::rhythm_runsheet_help, L));
    // The label says which steps come with it; a phone has room for its first words.
    const char* add = tr(S::rhythm_add_runsheet, L);
    if (button_width(add) > ImGui::GetContentRegionAvail().x) add = tr(S::rhythm_add_runsheet_short, L);
    if (ImGui::Button(labelled(add, "add_runsheet").c_str())) {
        view.open_runsheet = core::fresh_id(plan, "event");   // the id new_runsheet_edit gives it
        sink.push(core::new_runsheet_edit(plan, L));
    }
    // One header per event, its date beside its name; the one just added
    // opens, and a single event is open from the start.
    for (const core::Runsheet& r : plan.rhythm.runsheets) {
        ImGui::PushID(r.id.c_str());
        std::string header = r.title.empty() ? tr(S::rhythm_unnamed_runsheet, L) : r.title;
        header += "  ·  " + (r.date ? core::format_date(*r.date) + " " + tr(core::weekday_short(core::weekday_of(*r.date)), L) +
                                          (r.start ? " " + core::format_time(*r.start) : std::string())
                                    : std::string(tr(S::runsheet_undated, L)));
        if (view.open_runsheet == r.id) {
            ImGui::SetNextItemOpen(true);
            view.open_runsheet.clear();
        }
        const ImGuiTreeNodeFlags flags = plan.rhythm.runsheets.size() == 1 ? ImGuiTreeNodeFlags_DefaultOpen : 0;
        if (ImGui::CollapsingHeader(labelled(header, "runsheet_" + r.id).c_str(), flags))
            draw_runsheet(plan, r, roles, messages, L, sink);
        ImGui::PopID();
    }
}

// ---- message load ------------------------------------------------------------------------
// The clashes of a year of the calendar, looked through a week at a time
// until kClashScanBudgetMs of the frame have gone, so that a plan at the
// limits (a year is ~50,000 items) opens the tab at once and fills the list
// in over a few frames; a template's plan is done in the first.
constexpr double kClashScanBudgetMs = 4;
constexpr int kClashScanSlice = 7;   // days

const RhythmView::Clashes& clash_lines(const core::Plan& plan, RhythmView::Clashes& c, core::Date today, core::Lang L,
                                       AppActions& actions) {
    if (!c.scan || c.plan_serial != actions.plan_serial() || c.today != today.days) {
        c.scan.emplace(plan, today);
        c.plan_serial = actions.plan_serial();
        c.today = today.days;
        c.found_shown = SIZE_MAX;
    }
    if (!c.scan->done()) {
        const auto start = std::chrono::steady_clock::now();
        while (!c.scan->step(plan, kClashScanSlice) &&
               std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() < kClashScanBudgetMs) {
        }
        if (!c.scan->done()) actions.draw_again();
    }
    if (c.found_shown != c.scan->found() || c.lang != L) {
        c.lines.clear();
        for (const core::Clash& clash : c.scan->result(plan)) c.lines.push_back(core::clash_text(plan, clash, L));
        c.found_shown = c.scan->found();
        c.lang = L;
    }
    return c;
}

void draw_load(const core::Plan& plan, RhythmView& view, Figures& figures, core::Lang L, AppActions& actions,
               EditSink& sink) {
    const core::Date today{actions.today_days()};
    const core::Date day{today.days + 7 * view.load_week};
    const core::WeekLoad& week =
        figures.shown_week_load.get(actions.plan_serial(), {day.days}, [&] { return core::week_load(plan, day); });
    const int budget = week.budget;
    wrapped_text(core::fmt(tr(S::rhythm_budget_line, L),
                           {{"type", tr(core::label_of(plan.basics.group_type), L)}, {"n", std::to_string(budget)}}));
    // The week shown, the same computation as the dashboard's (core::week_load),
    // with its dates, and buttons to the weeks around it.
    section_heading(core::week_label(week.monday, today, L).c_str());
    if (ImGui::Button(labelled(S::load_week_prev, L, "load_week_prev").c_str())) --view.load_week;
    ImGui::SameLine();
    if (view.load_week != 0) {
        if (ImGui::Button(labelled(S::load_week_today, L, "load_week_today").c_str())) view.load_week = 0;
        ImGui::SameLine();
    }
    if (ImGui::Button(labelled(S::load_week_next, L, "load_week_next").c_str())) ++view.load_week;
    help_text(tr(S::load_week_source, L));
    week_load_chart(week, today, L, ImGui::GetFontSize() * 36, ImGui::GetFontSize() * 9);
    int over_days = 0;
    for (int d = 0; d < 7; ++d) {
        if (!week.over(d)) continue;
        ++over_days;
        ImGui::TextColored(palette::warning, "%s",
                           core::fmt(tr(S::rhythm_over_budget, L), {{"day", core::day_words(core::Date{week.monday.days + d}, L)},
                                                                   {"n", std::to_string(week.load[(size_t)d])},
                                                                   {"budget", std::to_string(budget)}}).c_str());
    }
    if (!over_days) ImGui::TextDisabled("%s", tr(S::rhythm_within_budget, L));
    // The platform's limits; dated days over budget (an event, dated lines)
    // in the next twelve weeks, beyond the weekdays already named; and
    // same-minute clashes.
    const RhythmView::LoadWarnings& cache = view.warnings.get(actions.plan_serial(), {today.days, L}, [&] {
        RhythmView::LoadWarnings w;
        for (const core::LimitWarning& warning : core::platform_warnings(plan))
            w.platform.push_back(core::limit_warning_text(warning, L));
        const auto weekly = core::overloaded_weekdays(plan);
        for (core::Date d : core::overloaded_dates(plan, today, core::Date{today.days + 12 * 7}))
            if (std::find(weekly.begin(), weekly.end(), core::weekday_of(d)) == weekly.end())
                w.over_dates.push_back(core::budget_warning_text(plan, d, L));
        return w;
    });
    const RhythmView::Clashes& clashes = clash_lines(plan, view.clashes, today, L, actions);
    for (const std::string& line : cache.platform) ImGui::TextColored(palette::warning, "%s", line.c_str());
    for (const std::string& line : cache.over_dates) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        wrapped_text(line);
        ImGui::PopStyleColor();
    }
    if (!clashes.lines.empty()) {
        section_heading(tr(S::rhythm_clashes_heading, L));
        for (const std::string& line : clashes.lines) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
            wrapped_text(line);
            ImGui::PopStyleColor();
        }
    }
    if (!clashes.scan->done())
        ImGui::TextDisabled("%s", core::fmt(tr(S::rhythm_clashes_checking, L),
                                            {{"done", std::to_string(clashes.scan->days_done())},
                                             {"total", std::to_string(clashes.scan->days_total())}})
                                      .c_str());

    const core::Limits& lim = plan.rhythm.limits;
    section_heading(tr(S::rhythm_heading_limits, L));
    begin_form({tr(S::rhythm_limit_customer_day, L), tr(S::rhythm_limit_group_month, L), tr(S::rhythm_budget_broadcast, L),
                tr(S::rhythm_budget_refined, L), tr(S::rhythm_budget_service, L), tr(S::rhythm_limit_source, L)});
    int_field(tr(S::rhythm_limit_customer_day, L), "limit_customer_day", lim.wecom_customer_per_day,
              {"rhythm", "limits", "wecom_customer_per_day"}, sink);
    int_field(tr(S::rhythm_limit_group_month, L), "limit_group_month", lim.wecom_group_per_month,
              {"rhythm", "limits", "wecom_group_per_month"}, sink);
    int_field(tr(S::rhythm_budget_broadcast, L), "budget_broadcast", lim.budget_broadcast, {"rhythm", "limits", "budget_broadcast"}, sink);
    int_field(tr(S::rhythm_budget_refined, L), "budget_refined", lim.budget_refined, {"rhythm", "limits", "budget_refined"}, sink);
    int_field(tr(S::rhythm_budget_service, L), "budget_service", lim.budget_service, {"rhythm", "limits", "budget_service"}, sink);
    text_area(tr(S::rhythm_limit_source, L), "limit_source", lim.source, {"rhythm", "limits", "source"}, sink, 2);
}

// ---- run-sheet per role ------------------------------------------------------------------
void draw_role_sheets(const core::Plan& plan, RhythmView& view, core::Lang L, AppActions& actions) {
    help_text(tr(S::rhythm_roles_help, L));
    if (plan.setup.roles.empty()) {
        ImGui::TextDisabled("%s", tr(S::rhythm_roles_none, L));
        return;
    }
    const core::Role* role = &plan.setup.roles.front();
    for (const core::Role& r : plan.setup.roles)
        if (r.id == view.sheet_role) role = &r;
    const int today = actions.today_days();
    const core::Date date{view.sheet_day ? view.sheet_day : today};

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::rhythm_roles_role, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    const std::string shown = core::doc::role_name(plan, role->id, L);
    if (begin_combo("##sheet_role", shown.c_str())) {
        for (const core::Role& r : plan.setup.roles)
            if (selectable((core::doc::role_name(plan, r.id, L) + "##sheet_role_" + r.id).c_str(), &r == role))
                view.sheet_role = r.id;
        ImGui::EndCombo();
    }
    // The day and its buttons keep to the width: on a phone they wrap.
    const std::string day = std::string(tr(S::rhythm_roles_date, L)) + " " + core::format_date(date) + " " +
                            tr(core::weekday_short(core::weekday_of(date)), L);
    wrap_before(ImGui::CalcTextSize(day.c_str()).x, ImGui::GetFontSize() * 1.5f);
    ImGui::TextUnformatted(day.c_str());
    wrap_before(small_button_width(tr(S::rhythm_roles_prev, L)));
    if (small_button(labelled(S::rhythm_roles_prev, L, "sheet_prev").c_str())) view.sheet_day = date.days - 1;
    wrap_before(small_button_width(tr(S::rhythm_roles_today, L)));
    if (small_button(labelled(S::rhythm_roles_today, L, "sheet_today").c_str())) view.sheet_day = today;
    wrap_before(small_button_width(tr(S::rhythm_roles_next, L)));
    if (small_button(labelled(S::rhythm_roles_next, L, "sheet_next").c_str())) view.sheet_day = date.days + 1;
    wrap_before(button_width(tr(S::rhythm_roles_print, L)), ImGui::GetFontSize() * 1.5f);
    if (ImGui::Button(labelled(S::rhythm_roles_print, L, "sheet_print").c_str()))
        actions.print_role_sheet(role->id, date.days);

    // The role's lines that day, as the calendar has them (skips and moves
    // applied), each with what it sends and a copy button; the print view
    // (role_sheet_document) lists the same lines.
    section_heading(core::fmt(tr(S::role_sheet_title, L),
                              {{"group", plan.basics.name.empty() ? std::string("—") : plan.basics.name},
                               {"role", core::doc::role_name(plan, role->id, L)},
                               {"date", core::format_date(date) + " " + tr(core::weekday_short(core::weekday_of(date)), L)}})
                        .c_str());
    const std::vector<core::CalendarItem>& items = view.sheet_items.get(
        actions.plan_serial(), {role->id, date.days}, [&] { return core::role_items_on(plan, role->id, date); });
    view.sheet_rows.begin();
    for (const core::CalendarItem& it : items) {
        if (!view.sheet_rows.row(it.key)) continue;
        ImGui::Spacing();
        message_card(plan, it, "sheet_" + it.key, L, actions);
        if (!it.note.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            wrapped_text(core::fill_placeholders(plan, it.note, {it.date, core::item_runsheet(plan, it), L}).text);
            ImGui::PopStyleColor();
        }
        view.sheet_rows.end_row();
    }
    view.sheet_rows.end();
    if (items.empty()) ImGui::TextDisabled("%s", tr(S::rhythm_roles_nothing, L));
}

bool tab(S label, core::Lang L, const char* id) {
    return tab_item(labelled(label, L, id).c_str());
}

}  // namespace

void draw_rhythm_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    if (!begin_tabs("###rhythm_tabs")) return;
    if (tab(S::rhythm_tab_slots, L, "tab_slots")) { draw_slots(plan, ui.message_edit, L, sink); end_tab_item(); }
    if (tab(S::rhythm_tab_week, L, "tab_week")) { draw_week(plan, ui.rhythm, L, actions, sink); end_tab_item(); }
    if (tab(S::rhythm_tab_month, L, "tab_month")) { draw_month(plan, ui.message_edit, L, actions, sink); end_tab_item(); }
    if (tab(S::rhythm_tab_routine, L, "tab_routine")) { draw_routine(plan, ui.rhythm, ui.message_edit, L, sink); end_tab_item(); }
    if (tab(S::rhythm_tab_runsheets, L, "tab_runsheets")) { draw_runsheets(plan, ui.rhythm, ui.message_edit, L, sink); end_tab_item(); }
    if (tab(S::rhythm_tab_roles, L, "tab_roles")) { draw_role_sheets(plan, ui.rhythm, L, actions); end_tab_item(); }
    if (tab(S::rhythm_tab_load, L, "tab_load")) { draw_load(plan, ui.rhythm, ui.figures, L, actions, sink); end_tab_item(); }
    end_tabs();
}

}  // namespace ui
