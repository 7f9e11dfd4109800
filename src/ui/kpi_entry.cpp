// Many KPI values at once (core/rules/kpi_import.hpp): the fast entry form
// (one row per KPI of a stage, Tab between the values, Enter logs them all)
// and the import of a statistics table (pasted or from a file, its columns
// mapped to KPIs, a preview, then one confirm). Both ask before replacing a
// date already logged, and each confirm is one edit, so one undo step.
#include <algorithm>

#include "core/rules/kpi_import.hpp"
#include "core/rules/kpi_status.hpp"
#include "core/rules/stages.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/app_actions.hpp"
#include "ui/kpi_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

std::string kpi_name(const core::Plan& plan, const std::string& id) {
    auto ref = core::find_kpi(plan, id);
    return ref ? ref->kpi->name : id;
}

// The dates already logged in a preview, and the two answers. Returns 1 to
// replace, 0 to keep them, -1 while undecided.
int ask_replace(const core::Plan& plan, const core::WritePreview& p, core::Lang L, const char* id) {
    ImGui::TextColored(palette::warning, "%s",
                       core::fmt(tr(S::import_replace_heading, L), {{"n", std::to_string(p.replaced.size())}}).c_str());
    help_text(tr(S::entry_replace_help, L));
    const size_t shown = std::min<size_t>(p.replaced.size(), 8);
    for (size_t i = 0; i < shown; ++i) {
        const core::Replacement& r = p.replaced[i];
        auto ref = core::find_kpi(plan, r.write.kpi);
        const std::string unit = ref ? ref->kpi->unit : "";
        wrapped_text(core::fmt(tr(S::import_replace_line, L), {{"date", core::format_date(r.write.date)},
                                                                {"old", core::with_unit(r.old_value, unit)},
                                                                {"new", core::with_unit(r.write.value, unit)},
                                                                {"kpi", kpi_name(plan, r.write.kpi)}}));
    }
    if (p.replaced.size() > shown)
        ImGui::TextDisabled("%s", core::fmt(tr(S::kpi_due_more, L), {{"n", std::to_string(p.replaced.size() - shown)}}).c_str());
    int answer = -1;
    const std::string replace = core::fmt(tr(S::import_replace, L), {{"n", std::to_string(p.replaced.size())}});
    if (ImGui::Button(labelled(replace, std::string(id) + "_replace").c_str())) answer = 1;
    const std::string keep = labelled(S::import_keep, L, std::string(id) + "_keep");
    wrap_before(button_width(keep.c_str()));
    if (ImGui::Button(keep.c_str())) answer = 0;
    return answer;
}

// ---- the fast entry form ---------------------------------------------------------------
void entry_confirm(const core::Plan& plan, const core::StagePlan& sp, core::Date today, core::Lang L, KpiEntryView& v,
                   AppActions& actions) {
    std::vector<core::LogWrite> writes;
    int row = 0;
    for (const core::Kpi& k : sp.kpis) {
        ++row;
        const std::string value = v.value[k.id];
        if (value.find_first_not_of(" ") == std::string::npos) continue;
        const auto number = core::parse_table_number(value);
        if (!number) {
            v.error = core::fmt(tr(S::entry_bad_value, L), {{"n", std::to_string(row)}, {"got", value}, {"kpi", k.name}});
            return;
        }
        const std::string& date_text = v.date[k.id];
        const auto date = date_text.empty() ? std::optional<core::Date>(today) : core::parse_date(date_text);
        if (!date) {
            v.error = core::fmt(tr(S::entry_bad_date, L), {{"n", std::to_string(row)}, {"got", date_text}, {"kpi", k.name}});
            return;
        }
        writes.push_back({k.id, *date, *number});
    }
    if (writes.empty()) {
        v.error = tr(S::entry_nothing, L);
        return;
    }
    v.error.clear();
    v.pending = core::preview_writes(plan, writes);
    v.asking = !v.pending.replaced.empty();
    (void)actions;
}

void entry_finish(const core::Plan& plan, core::Lang L, KpiEntryView& v, bool replace, AppActions& actions,
                  EditSink& sink) {
    const int n = (int)v.pending.fresh.size() + (replace ? (int)v.pending.replaced.size() : 0);
    if (auto edit = core::log_writes_edit(plan, v.pending, replace)) sink.push(*edit);
    actions.notify(core::fmt(tr(S::entry_logged, L), {{"n", std::to_string(n)}}), false);
    v.value.clear();
    v.date.clear();
    v.asking = false;
    v.open = false;
    ImGui::CloseCurrentPopup();
}

}  // namespace

void draw_kpi_entry_dialog(const core::Plan& plan, core::Date today, core::Lang L, KpiView& view, AppActions& actions,
                           EditSink& sink) {
    KpiEntryView& v = view.entry;
    if (v.open && !ImGui::IsPopupOpen("###kpi_entry_dialog")) ImGui::OpenPopup("###kpi_entry_dialog");
    if (!v.open) return;
    const core::Stage stage = core::kAllStages[(size_t)std::clamp(v.stage, 0, 4)];
    const core::StagePlan& sp = core::stage_plan(plan, stage);
    place_dialog(40);
    const std::string title = core::fmt(tr(S::entry_title, L), {{"stage", tr(core::label_of(stage), L)}});
    if (!ImGui::BeginPopupModal(labelled(title, "kpi_entry_dialog").c_str(), &v.open)) return;
    if (v.asking) {
        const int answer = ask_replace(plan, v.pending, L, "entry");
        if (answer >= 0) entry_finish(plan, L, v, answer == 1, actions, sink);
        const std::string back = labelled(S::dialog_cancel, L, "entry_back");
        wrap_before(button_width(back.c_str()));
        if (ImGui::Button(back.c_str())) v.asking = false;
        ImGui::EndPopup();
        return;
    }
    // The stage: the current one when opened, any other on request.
    begin_form({tr(S::entry_stage, L)});
    form_label(tr(S::entry_stage, L));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (begin_combo("##entry_stage", tr(core::label_of(stage), L))) {
        for (int i = 0; i < 5; ++i) {
            const std::string label = std::string(tr(core::label_of(core::kAllStages[(size_t)i]), L)) + "##entry_stage_" +
                                      core::stage_key(core::kAllStages[(size_t)i]);
            if (selectable(label.c_str(), i == v.stage)) {
                v.stage = i;
                v.focus_first = 3;
            }
        }
        ImGui::EndCombo();
    }
    help_text(tr(S::entry_help, L));
    if (sp.kpis.empty()) ImGui::TextDisabled("%s", tr(S::entry_no_kpis, L));

    bool confirm = false;
    const float fs = ImGui::GetFontSize();
    if (!sp.kpis.empty() &&
        begin_table("###entry_rows", {{tr(S::entry_col_kpi, L), 1.f}, {tr(S::entry_col_date, L), -7.f},
                                      {tr(S::entry_col_value, L), -6.f}, {tr(S::entry_col_latest, L), -8.f}})) {
        for (const core::Kpi& k : sp.kpis) {
            ImGui::PushID(k.id.c_str());
            table_row();
            table_cell();
            ImGui::AlignTextToFramePadding();
            user_text(k.unit.empty() ? k.name : k.name + "（" + k.unit + "）");
            table_cell();
            std::string& date = v.date[k.id];
            if (date.empty()) date = core::format_date(today);
            // Tab goes from value to value: the dates are skipped.
            ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
            ImGui::SetNextItemWidth(in_cards() ? -FLT_MIN : fs * 6.6f);
            ImGui::InputTextWithHint(("##entry_date_" + k.id).c_str(), "YYYY-MM-DD", &date);
            ImGui::PopItemFlag();
            table_cell();
            // The first value takes the keyboard (asked again until it has it:
            // a dialog that is appearing skips its first frame).
            const bool first = &k == &sp.kpis.front();
            if (first && v.focus_first > 0) {
                ImGui::SetKeyboardFocusHere();
                --v.focus_first;
            }
            ImGui::SetNextItemWidth(in_cards() ? -FLT_MIN : fs * 5.6f);
            if (ImGui::InputTextWithHint(("##entry_value_" + k.id).c_str(), tr(S::kpi_log_value_hint, L), &v.value[k.id],
                                         ImGuiInputTextFlags_EnterReturnsTrue))
                confirm = true;
            if (first && ImGui::IsItemActive()) v.focus_first = 0;
            table_cell();
            ImGui::AlignTextToFramePadding();
            if (auto last = core::latest_entry(k, std::nullopt, today))
                ImGui::TextDisabled("%s · %s", core::with_unit(last->value, k.unit).c_str(),
                                    core::format_date(last->date).substr(5).c_str());
            else
                ImGui::TextDisabled("%s", tr(S::entry_none_yet, L));
            ImGui::PopID();
        }
        end_table();
    }
    if (!v.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
        wrapped_text(v.error);
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(labelled(S::entry_log_all, L, "entry_log_all").c_str())) confirm = true;
    const std::string cancel = labelled(S::dialog_cancel, L, "entry_cancel");
    wrap_before(button_width(cancel.c_str()));
    if (ImGui::Button(cancel.c_str())) {
        v.open = false;
        v.error.clear();
        ImGui::CloseCurrentPopup();
    }
    if (confirm && !sp.kpis.empty()) {
        entry_confirm(plan, sp, today, L, v, actions);
        if (v.error.empty() && !v.asking) entry_finish(plan, L, v, false, actions, sink);
    }
    ImGui::EndPopup();
}

// ---- the import of a statistics table ------------------------------------------------------
void draw_kpi_import_dialog(const core::Plan& plan, core::Date today, core::Lang L, KpiView& view, AppActions& actions,
                            EditSink& sink) {
    KpiImportView& v = view.import;
    if (v.open && !ImGui::IsPopupOpen("###kpi_import_dialog")) ImGui::OpenPopup("###kpi_import_dialog");
    if (!v.open) return;
    place_dialog(46, 40);
    if (!ImGui::BeginPopupModal(labelled(S::import_title, L, "kpi_import_dialog").c_str(), &v.open)) return;
    wrapped_text(tr(S::import_help, L));
    // Tabs kept: a table copied from Excel or WeCom's console is tab-separated
    // (Dear ImGui drops pasted tabs without AllowTabInput).
    ImGui::InputTextMultiline("##import_text", &v.text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 5),
                              ImGuiInputTextFlags_AllowTabInput);
    if (v.text.empty()) {
        // Dear ImGui's multi-line field has no hint: say what goes in it under it.
        ImGui::TextDisabled("%s", tr(S::import_paste_hint, L));
    }
    if (ImGui::Button(labelled(S::import_choose_file, L, "import_choose_file").c_str())) actions.pick_table_file();
    if (!v.file_name.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        user_text_disabled(core::fmt(tr(S::import_file_name, L), {{"name", v.file_name}}));
    }

    // Read again when the text changed; the mapping starts from the plan's.
    if (!v.parsed || v.parsed_text != v.text) {
        v.parsed_text = v.text;
        v.parsed = true;
        v.table = core::parse_stats_table(v.text, today);
        v.mapping = v.table.fault == core::TableFault::none ? core::import_mapping(plan, v.table)
                                                             : std::vector<core::MappingRow>{};
    }
    bool close = false;
    bool buttons = false;   // an answer button is on the last line: Cancel goes beside it
    const bool blank = v.text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (!blank && v.table.fault != core::TableFault::none) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::error);
        wrapped_text(core::table_fault_text(v.table.fault, L));
        ImGui::PopStyleColor();
    } else if (!blank) {
        if (!v.table.rows.empty()) {
            const auto [lo, hi] = std::minmax_element(v.table.rows.begin(), v.table.rows.end(),
                                                      [](const auto& a, const auto& b) { return a.date < b.date; });
            ImGui::TextColored(palette::heading, "%s",
                               core::fmt(tr(S::import_summary, L), {{"n", std::to_string(v.table.rows.size())},
                                                                    {"from", core::format_date(lo->date)},
                                                                    {"to", core::format_date(hi->date)}}).c_str());
        }
        if (!v.table.bad.empty()) {
            ImGui::TextColored(palette::warning, "%s",
                               core::fmt(tr(S::import_bad_heading, L), {{"n", std::to_string(v.table.bad.size())}}).c_str());
            const size_t shown = std::min<size_t>(v.table.bad.size(), 10);
            for (size_t i = 0; i < shown; ++i) wrapped_text(core::bad_row_text(v.table.bad[i], L));
            if (v.table.bad.size() > shown)
                ImGui::TextDisabled("%s", core::fmt(tr(S::kpi_due_more, L), {{"n", std::to_string(v.table.bad.size() - shown)}}).c_str());
        }

        // Which KPI each column goes to.
        section_heading(tr(S::import_mapping_heading, L));
        std::vector<core::KpiRef> kpis = core::all_kpis(plan);
        auto option_label = [&](const core::Kpi& k, core::Stage s) {
            return k.name + " · " + tr(core::label_of(s), L);
        };
        if (begin_table("###import_mapping", {{tr(S::import_col_column, L), 1.f}, {tr(S::import_col_sample, L), -5.f},
                                              {tr(S::import_col_kpi, L), 1.f}})) {
            for (size_t i = 0; i < v.mapping.size(); ++i) {
                core::MappingRow& m = v.mapping[i];
                const std::string row_id = "import_map_" + std::to_string(i);
                table_row();
                table_cell();
                ImGui::AlignTextToFramePadding();
                user_text(core::mapping_label(m, L));
                table_cell();
                ImGui::AlignTextToFramePadding();
                // The last day's value, as it would be logged.
                std::vector<core::MappingRow> one{m};
                one[0].kpi = "-";
                const auto sample = core::table_writes(v.table, one);
                if (!sample.empty()) {
                    const auto last = std::max_element(sample.begin(), sample.end(),
                                                       [](const auto& a, const auto& b) { return a.date < b.date; });
                    ImGui::TextDisabled("%s", core::with_unit(last->value, m.per.empty() ? "" : "%").c_str());
                }
                table_cell();
                std::string preview = tr(S::import_not_imported, L);
                for (const core::KpiRef& r : kpis)
                    if (r.kpi->id == m.kpi) preview = option_label(*r.kpi, r.stage);
                ImGui::SetNextItemWidth(-FLT_MIN);
                if (begin_combo(("##" + row_id).c_str(), preview.c_str())) {
                    if (selectable((std::string(tr(S::import_not_imported, L)) + "##" + row_id + "_none").c_str(), m.kpi.empty()))
                        m.kpi.clear();
                    for (const core::KpiRef& r : kpis) {
                        const std::string label = option_label(*r.kpi, r.stage) + "##" + row_id + "_" + r.kpi->id;
                        if (selectable(label.c_str(), m.kpi == r.kpi->id)) {
                            // A KPI takes one column: another row that had it lets go.
                            for (core::MappingRow& other : v.mapping)
                                if (other.kpi == r.kpi->id) other.kpi.clear();
                            m.kpi = r.kpi->id;
                        }
                    }
                    ImGui::EndCombo();
                }
                if (ImGui::IsItemHovered() && !widget_layout().touch)   // a finger's scroll is no hover
                    ImGui::SetTooltip("%s", tr(m.remembered ? S::import_remembered : S::import_guessed, L));
            }
            end_table();
        }

        // What will be logged, and what is logged already.
        const core::WritePreview p = core::preview_writes(plan, core::table_writes(v.table, v.mapping));
        const int n = (int)(p.fresh.size() + p.replaced.size());
        if (n == 0 && p.unchanged == 0) {
            ImGui::TextColored(palette::warning, "%s", tr(S::import_nothing, L));
        } else {
            ImGui::TextColored(palette::heading, "%s",
                               core::fmt(tr(S::import_preview, L), {{"n", std::to_string(n)},
                                                                     {"kpis", std::to_string(p.kpi_count)}}).c_str());
            if (p.unchanged)
                ImGui::TextDisabled("%s", core::fmt(tr(S::import_unchanged, L), {{"n", std::to_string(p.unchanged)}}).c_str());
        }
        auto finish = [&](bool replace) {
            const int logged = (int)p.fresh.size() + (replace ? (int)p.replaced.size() : 0);
            if (auto edit = core::log_writes_edit(plan, p, replace, &v.mapping)) sink.push(*edit);
            actions.notify(core::fmt(tr(S::import_done, L), {{"n", std::to_string(logged)}}), false);
            close = true;
        };
        if (!p.replaced.empty()) {
            const int answer = ask_replace(plan, p, L, "import");
            if (answer >= 0) finish(answer == 1);
            buttons = true;
        } else if (n > 0) {
            if (ImGui::Button(labelled(S::import_confirm, L, "import_confirm").c_str())) finish(false);
            buttons = true;
        }
    }
    const std::string cancel = labelled(S::dialog_cancel, L, "import_cancel");
    if (buttons) wrap_before(button_width(cancel.c_str()));
    if (ImGui::Button(cancel.c_str())) close = true;
    if (close) {
        v = KpiImportView{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace ui
