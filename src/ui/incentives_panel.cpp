// 激励与转化: points rules with daily caps, rewards, member levels, the roles
// products play in the group, and promotion mechanics with their scripts.
#include "core/json/validate.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/panels.hpp"
#include "ui/ui_state.hpp"
#include "ui/widgets.hpp"

namespace ui {

using core::S;
using core::tr;
using json = nlohmann::json;

void draw_incentives_panel(const core::Plan& plan, UiState& ui, AppActions& actions, EditSink& sink) {
    const core::Lang L = ui.lang;
    const core::Incentives& in = plan.incentives;

    section_heading(tr(S::inc_heading_points, L));
    help_text(tr(S::inc_points_help, L));
    if (begin_table("###points", {{tr(S::inc_col_action, L), 5}, {tr(S::inc_col_points, L), -5},
                                  {tr(S::inc_col_cap, L), -9}, {"", -1.6f}})) {
        for (const core::PointsRule& r : in.points_rules) {
            table_row();
            table_cell();
            text_cell("points_action_" + r.id, r.action, sub_path({"incentives", "points_rules", r.id}, "action"), sink);
            table_cell();
            int_cell("points_points_" + r.id, r.points, sub_path({"incentives", "points_rules", r.id}, "points"), sink, 4);
            table_cell();
            int_cell("points_cap_" + r.id, r.daily_cap, sub_path({"incentives", "points_rules", r.id}, "daily_cap"), sink, 4);
            table_cell();
            remove_button("points_remove_" + r.id, Path{"incentives", "points_rules", r.id}, sink);
        }
        end_table();
    }
    add_button(tr(S::inc_add_points, L), "add_points_rule", {"incentives", "points_rules"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "points")}}; });

    section_heading(tr(S::inc_heading_rewards, L));
    if (begin_table("###rewards", {{tr(S::inc_col_cost, L), -6}, {tr(S::inc_col_reward, L), 5}, {"", -1.6f}})) {
        for (const core::Reward& r : in.rewards) {
            table_row();
            table_cell();
            int_cell("reward_cost_" + r.id, r.cost, sub_path({"incentives", "rewards", r.id}, "cost"), sink, 5);
            table_cell();
            text_cell("reward_text_" + r.id, r.reward, sub_path({"incentives", "rewards", r.id}, "reward"), sink);
            table_cell();
            remove_button("reward_remove_" + r.id, Path{"incentives", "rewards", r.id}, sink);
        }
        end_table();
    }
    add_button(tr(S::inc_add_reward, L), "add_reward", {"incentives", "rewards"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "reward")}}; });

    section_heading(tr(S::inc_heading_levels, L));
    if (begin_table("###levels", {{tr(S::inc_col_level, L), 2}, {tr(S::inc_col_min_points, L), -6},
                                  {tr(S::inc_col_benefits, L), 5}, {"", -1.6f}})) {
        for (const core::Level& l : in.levels) {
            table_row();
            table_cell();
            text_cell("level_name_" + l.id, l.name, sub_path({"incentives", "levels", l.id}, "name"), sink);
            table_cell();
            int_cell("level_min_" + l.id, l.min_points, sub_path({"incentives", "levels", l.id}, "min_points"), sink, 5);
            table_cell();
            text_cell("level_benefits_" + l.id, l.benefits, sub_path({"incentives", "levels", l.id}, "benefits"), sink);
            table_cell();
            remove_button("level_remove_" + l.id, Path{"incentives", "levels", l.id}, sink);
        }
        end_table();
    }
    add_button(tr(S::inc_add_level, L), "add_level", {"incentives", "levels"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "level")}}; });

    section_heading(tr(S::inc_heading_products, L));
    help_text(tr(S::inc_products_help, L));
    if (begin_table("###products", {{tr(S::inc_col_product, L), 3}, {tr(S::inc_col_role, L), 2},
                                    {tr(S::inc_col_price, L), -6}, {tr(S::inc_col_note, L), 4}, {"", -1.6f}})) {
        for (const core::Product& p : in.products) {
            table_row();
            table_cell();
            text_cell("product_name_" + p.id, p.name, sub_path({"incentives", "products", p.id}, "name"), sink);
            table_cell();
            enum_cell("product_role_" + p.id, p.role, sub_path({"incentives", "products", p.id}, "role"), sink, L);
            table_cell();
            double_cell("product_price_" + p.id, p.price, sub_path({"incentives", "products", p.id}, "price"), sink, 5);
            table_cell();
            text_cell("product_note_" + p.id, p.note, sub_path({"incentives", "products", p.id}, "note"), sink);
            table_cell();
            remove_button("product_remove_" + p.id, Path{"incentives", "products", p.id}, sink);
        }
        end_table();
    }
    add_button(tr(S::inc_add_product, L), "add_product", {"incentives", "products"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "product")}}; });

    section_heading(tr(S::inc_heading_promotions, L));
    for (const core::Promotion& p : in.promotions) {
        ImGui::PushID(p.id.c_str());
        const std::string title = labelled(p.name.empty() ? tr(core::label_of(p.kind), L) : p.name, "promo_" + p.id);
        const bool open = ImGui::TreeNodeEx(title.c_str(), tree_flags(ImGuiTreeNodeFlags_SpanAvailWidth));
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 4);
        if (small_button(labelled(S::basics_copy, L, "copy_promo_" + p.id).c_str()))
            actions.copy_text(p.script);
        ImGui::SameLine();
        remove_button("promo_remove_" + p.id, Path{"incentives", "promotions", p.id}, sink);
        if (open) {
            begin_form({tr(S::inc_col_name, L), tr(S::inc_col_kind, L), tr(S::inc_col_detail, L), tr(S::inc_col_script, L)});
            text_field(tr(S::inc_col_name, L), ("promo_name_" + p.id).c_str(), p.name, sub_path({"incentives", "promotions", p.id}, "name"), sink);
            form_label(tr(S::inc_col_kind, L));
            enum_cell("promo_kind_" + p.id, p.kind, sub_path({"incentives", "promotions", p.id}, "kind"), sink, L, 10);
            text_area(tr(S::inc_col_detail, L), ("promo_detail_" + p.id).c_str(), p.detail, sub_path({"incentives", "promotions", p.id}, "detail"), sink, 2);
            text_area(tr(S::inc_col_script, L), ("promo_script_" + p.id).c_str(), p.script, sub_path({"incentives", "promotions", p.id}, "script"), sink, 4);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    add_button(tr(S::inc_add_promotion, L), "add_promotion", {"incentives", "promotions"}, sink,
               [&] { return json{{"id", core::fresh_id(plan, "promo")}}; });
}

}  // namespace ui
