// 基本信息: the community's profile, positioning, core value, group type
// and platform (社群定位).
#include <algorithm>

#include "core/rules/positioning.hpp"
#include "core/rules/sop_rules.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {

template <class E>
void enum_radio(const char* id, E value, const Path& path, core::Lang L, EditSink& sink, bool with_help) {
    float widest = 0;
    for (int i = 0; i < core::enum_count<E>(); ++i)
        widest = std::max(widest, ImGui::CalcTextSize(tr(core::label_of((E)i), L)).x);
    const float help_x = widest + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x * 4;
    for (int i = 0; i < core::enum_count<E>(); ++i) {
        E option = (E)i;
        std::string label = std::string(tr(core::label_of(option), L)) + "##" + id + "_" + std::string(core::enum_name(option));
        constexpr bool has_help = std::is_same_v<E, core::GroupType>;
        if (i && !has_help) wrap_before(checkbox_width(tr(core::label_of(option), L)), 24);
        if (ImGui::RadioButton(label.c_str(), value == option) && value != option)
            sink.push(core::set_edit(path, std::string(core::enum_name(option))));
        if constexpr (has_help) {
            if (with_help && widget_layout().narrow) {   // under the choice, wrapped
                ImGui::Indent(ImGui::GetFrameHeight());
                help_text(tr(core::help_of(option), L));
                ImGui::Unindent(ImGui::GetFrameHeight());
            } else if (with_help) {
                ImGui::SameLine(help_x);
                ImGui::TextDisabled("%s", tr(core::help_of(option), L));
            }
        }
    }
}

// The decision helper: a few questions, a recommendation and its reasons.
void draw_platform_helper(const core::Basics& b, core::Lang L, EditSink& sink) {
    const core::PlatformQuiz& q = b.platform_quiz;
    const Path base{"basics", "platform_quiz"};
    // The heading says what to expect; a phone has room for its first words.
    const float arrow = ImGui::GetFontSize() + ImGui::GetStyle().FramePadding.x * 3;
    const bool fits = ImGui::CalcTextSize(tr(S::quiz_heading, L)).x + arrow <= ImGui::GetContentRegionAvail().x;
    const S heading = fits ? S::quiz_heading : S::quiz_heading_short;
    if (!ImGui::TreeNodeEx(labelled(heading, L, "platform_quiz").c_str(), tree_flags())) return;
    begin_form({tr(S::quiz_company_size, L), tr(S::quiz_group_scale, L)});
    form_label(tr(S::quiz_company_size, L));
    enum_cell("quiz_company_size", q.company_size, sub_path(base, "company_size"), sink, L, 6);
    form_label(tr(S::quiz_group_scale, L));
    enum_cell("quiz_group_scale", q.group_scale, sub_path(base, "group_scale"), sink, L, 6);
    checkbox_field(tr(S::quiz_high_price, L), "quiz_high_price", q.high_price, sub_path(base, "high_price"), sink);
    checkbox_field(tr(S::quiz_trust, L), "quiz_trust", q.needs_personal_trust, sub_path(base, "needs_personal_trust"), sink);
    checkbox_field(tr(S::quiz_regulated, L), "quiz_regulated", q.regulated, sub_path(base, "regulated"), sink);
    checkbox_field(tr(S::quiz_turnover, L), "quiz_turnover", q.staff_turnover, sub_path(base, "staff_turnover"), sink);
    const core::PlatformAdvice advice = core::recommend_platform(q);
    ImGui::Spacing();
    ImGui::TextColored(palette::heading, "%s",
                       core::fmt(tr(S::quiz_recommend, L), {{"platform", tr(core::label_of(advice.platform), L)}}).c_str());
    for (const core::PlatformReason& r : advice.reasons)
        ImGui::BulletText("%s (%s)", tr(r.text, L), tr(core::label_of(r.favors), L));
    if (advice.platform != b.platform &&
        ImGui::Button(labelled(S::quiz_apply, L, "quiz_apply").c_str()))
        sink.push(core::set_edit({"basics", "platform"}, std::string(core::enum_name(advice.platform))));
    ImGui::TreePop();
}

}  // namespace

void draw_basics_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    const core::Basics& b = plan.basics;

    begin_form({tr(S::basics_name, L), tr(S::basics_industry, L), tr(S::basics_start_date, L), tr(S::basics_takeover_date, L),
                tr(S::basics_member_count, L), tr(S::basics_owner, L), tr(S::basics_city, L),
                tr(S::basics_target_users, L), tr(S::basics_pain_point, L), tr(S::basics_solution, L),
                tr(S::basics_positioning_sentence, L)});
    section_heading(tr(S::basics_heading_identity, L));
    if (!plan.master.plan.empty()) {   // a group copy: which master it follows (master_copies.hpp)
        const std::string group = plan.master.group_name.empty() ? b.name : plan.master.group_name;
        help_text(core::fmt(tr(S::copies_follows, L), {{"master", plan.master.name}, {"group", group}}).c_str());
    }
    text_field(tr(S::basics_name, L), "community_name", b.name, {"basics", "name"}, sink, tr(S::basics_name_hint, L));
    form_label(tr(S::basics_industry, L));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (begin_combo("##industry", tr(core::label_of(b.industry), L))) {
        for (int i = 0; i < core::enum_count<core::Industry>(); ++i) {
            auto option = (core::Industry)i;
            std::string label = std::string(tr(core::label_of(option), L)) + "##industry_" + std::string(core::enum_name(option));
            if (selectable(label.c_str(), option == b.industry) && option != b.industry)
                sink.push(core::set_edit({"basics", "industry"}, std::string(core::enum_name(option))));
        }
        ImGui::EndCombo();
    }
    date_field(tr(S::basics_start_date, L), "start_date", b.start_date, {"basics", "start_date"}, sink,
               tr(S::basics_start_date_hint, L));
    date_field(tr(S::basics_takeover_date, L), "takeover_date", b.takeover_date, {"basics", "takeover_date"}, sink,
               tr(S::basics_takeover_date_hint, L));
    help_text(tr(S::basics_takeover_help, L));
    if (b.takeover_date && b.start_date && *b.takeover_date < *b.start_date) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::caution);
        wrapped_text(tr(S::basics_takeover_before_start, L));
        ImGui::PopStyleColor();
    } else if (b.takeover_date) {
        help_text(core::fmt(tr(S::basics_dates_counting, L), {{"date", core::format_date(*b.takeover_date)}}).c_str());
    }
    int_field(tr(S::basics_member_count, L), "member_count", b.member_count, {"basics", "member_count"}, sink);
    text_field(tr(S::basics_owner, L), "owner", b.owner, {"basics", "owner"}, sink);
    text_field(tr(S::basics_city, L), "city", b.city, {"basics", "city"}, sink);

    section_heading(tr(S::basics_heading_positioning, L));
    text_field(tr(S::basics_target_users, L), "positioning_users", b.positioning.users, {"basics", "positioning", "users"}, sink);
    text_field(tr(S::basics_pain_point, L), "positioning_pain", b.positioning.pain, {"basics", "positioning", "pain"}, sink);
    text_area(tr(S::basics_solution, L), "positioning_solution", b.positioning.solution, {"basics", "positioning", "solution"}, sink, 2);
    form_label(tr(S::basics_positioning_sentence, L));
    const std::string sentence = core::positioning_sentence(b, L);
    if (sentence.empty()) {
        ImGui::TextDisabled("%s", tr(S::basics_positioning_empty, L));
    } else {
        if (small_button((std::string(tr(S::basics_copy, L)) + "##copy_positioning").c_str()))
            actions.copy_text(sentence);
        ImGui::SameLine();
        wrapped_text(sentence);
    }

    section_heading(tr(S::basics_heading_value, L));
    checkbox_field(tr(S::value_information, L), "value_information", b.value_information,
                   {"basics", "value_information"}, sink);
    wrap_before(checkbox_width(tr(S::value_resources, L)), 24);
    checkbox_field(tr(S::value_resources, L), "value_resources", b.value_resources, {"basics", "value_resources"}, sink);
    wrap_before(checkbox_width(tr(S::value_price, L)), 24);
    checkbox_field(tr(S::value_price, L), "value_price", b.value_price, {"basics", "value_price"}, sink);
    wrap_before(checkbox_width(tr(S::value_content, L)), 24);
    checkbox_field(tr(S::value_content, L), "value_content", b.value_content, {"basics", "value_content"}, sink);

    section_heading(tr(S::basics_heading_group_type, L));
    enum_radio("group_type", b.group_type, {"basics", "group_type"}, L, sink, true);

    section_heading(tr(S::basics_heading_platform, L));
    enum_radio("platform", b.platform, {"basics", "platform"}, L, sink, false);
    draw_platform_helper(b, L, sink);
}

}  // namespace ui
