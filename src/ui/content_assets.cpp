// 素材库: assets in four zones (knowledge, visuals, activity material, user
// UGC), each named by the convention YYYYMM + category - topic - format
// (naming.hpp) — the name follows the fields and can be copied — and of a
// kind (image, video, link, mini program, file: what a message attaches), with search
// and filters by zone, category, tag and month, and the content items each
// asset is attached to.
#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "core/edits/content_edits.hpp"
#include "core/json/json_fields.hpp"
#include "core/rules/naming.hpp"
#include "core/json/validate.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/content_parts.hpp"
#include "ui/widgets.hpp"

namespace ui::content {

using core::Asset;
using core::S;
using core::tr;
using json = nlohmann::json;

namespace {

std::string year_month(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

// "2025-03", "202503" or "2025/3" → (2025, 3).
std::optional<std::pair<int, int>> parse_year_month(const std::string& text) {
    int y = 0, m = 0;
    char sep = 0;
    if (std::sscanf(text.c_str(), "%4d%c%d", &y, &sep, &m) == 3 && (sep == '-' || sep == '/' || sep == '.')) {
    } else if (text.size() == 6 && std::sscanf(text.c_str(), "%4d%2d", &y, &m) == 2) {
    } else {
        return std::nullopt;
    }
    if (y < 2000 || y > 2100 || m < 1 || m > 12) return std::nullopt;
    return std::make_pair(y, m);
}

std::string join_tags(const std::vector<std::string>& tags) {
    std::string out;
    for (const std::string& t : tags) out += (out.empty() ? "" : ", ") + t;
    return out;
}

// Tags typed as one line, split at , ， 、 ; ；
std::vector<std::string> split_tags(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        size_t b = cur.find_first_not_of(" \t"), e = cur.find_last_not_of(" \t");
        std::string t = b == std::string::npos ? "" : cur.substr(b, e - b + 1);
        if (!t.empty() && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
        cur.clear();
    };
    for (size_t i = 0; i < text.size();) {
        bool sep = false;
        for (const char* s : {",", ";", "，", "、", "；"}) {
            const size_t n = std::char_traits<char>::length(s);
            if (text.compare(i, n, s) == 0) {
                flush();
                i += n;
                sep = true;
                break;
            }
        }
        if (!sep) cur += text[i++];
    }
    flush();
    return out;
}

// A text cell whose commit goes through `commit` (the tags and the month
// need their text turned into values first).
template <class Commit>
void custom_text_cell(const std::string& id, const std::string& shown, const char* hint, Commit commit) {
    static std::unordered_map<ImGuiID, std::string> buffers;
    const std::string l = "##" + id;
    const ImGuiID gid = ImGui::GetID(l.c_str());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::string& buf = buffers[gid];
    if (g.ActiveId != gid && g.ActiveIdPreviousFrame != gid) buf = shown;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint(l.c_str(), hint, &buf);
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != shown) commit(buf);
}

template <class E>
void enum_filter(const char* id, int& value, S any, core::Lang L, float width_em) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * width_em);
    const char* shown = value < 0 ? tr(any, L) : tr(core::label_of((E)value), L);
    if (begin_combo((std::string("##") + id).c_str(), shown)) {
        if (selectable((std::string(tr(any, L)) + "##" + id + "_any").c_str(), value < 0)) value = -1;
        for (E option : core::enum_values<E>()) {
            const std::string text = std::string(tr(core::label_of(option), L)) + "##" + id + "_" + std::string(core::enum_name(option));
            if (selectable(text.c_str(), value == (int)option)) value = (int)option;
        }
        ImGui::EndCombo();
    }
}

void draw_filters(const core::Plan& plan, ContentView& view, core::Lang L) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ImGui::InputTextWithHint("##asset_search", tr(S::content_asset_search_hint, L), &view.search);
    const float em = ImGui::GetFontSize();
    wrap_before(em * 7.5f);
    enum_filter<core::Zone>("asset_zone_filter", view.zone, S::content_any_zone, L, 7.5f);
    wrap_before(em * 6.5f);
    enum_filter<core::Category>("asset_category_filter", view.category, S::content_any_category, L, 6.5f);
    wrap_before(em * 6.5f);
    ImGui::SetNextItemWidth(em * 6.5f);
    if (begin_combo("##asset_tag_filter", view.tag.empty() ? tr(S::content_any_tag, L) : view.tag.c_str())) {
        if (selectable((std::string(tr(S::content_any_tag, L)) + "##asset_tag_any").c_str(), view.tag.empty()))
            view.tag.clear();
        for (const std::string& t : core::asset_tags(plan))
            if (selectable((t + "##asset_tag_" + t).c_str(), t == view.tag)) view.tag = t;
        ImGui::EndCombo();
    }
    wrap_before(em * 6.5f);
    ImGui::SetNextItemWidth(em * 6.5f);
    const std::string month_shown =
        view.year_month ? year_month(view.year_month / 100, view.year_month % 100) : tr(S::content_any_month, L);
    if (begin_combo("##asset_month_filter", month_shown.c_str())) {
        if (selectable((std::string(tr(S::content_any_month, L)) + "##asset_month_any").c_str(), !view.year_month))
            view.year_month = 0;
        for (const auto& [y, m] : core::asset_months(plan)) {
            const std::string ym = year_month(y, m);
            if (selectable((ym + "##asset_month_" + ym).c_str(), view.year_month == y * 100 + m))
                view.year_month = y * 100 + m;
        }
        ImGui::EndCombo();
    }
    wrap_before(button_width(tr(S::content_clear_filters, L)));
    const bool any = !view.search.empty() || view.zone >= 0 || view.category >= 0 || !view.tag.empty() || view.year_month;
    ImGui::BeginDisabled(!any);
    if (button(S::content_clear_filters, L, "asset_clear_filters")) {
        view.search.clear();
        view.zone = view.category = -1;
        view.tag.clear();
        view.year_month = 0;
    }
    ImGui::EndDisabled();
}

// The content items this asset is attached to, as a combo of checkboxes.
void used_by_cell(const core::Plan& plan, const Asset& a, int n, core::Lang L, EditSink& sink) {
    const std::string shown = n ? core::fmt(tr(S::content_asset_used_n, L), {{"n", std::to_string(n)}}) : tr(S::content_asset_unused, L);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!begin_combo(("##asset_used_" + a.id).c_str(), shown.c_str())) return;
    if (plan.content.items.empty()) ImGui::TextDisabled("%s", tr(S::content_asset_no_items, L));
    for (const core::ContentItem& c : plan.content.items) {
        bool on = std::find(c.message.attachments.begin(), c.message.attachments.end(), a.id) != c.message.attachments.end();
        std::string text = (c.publish ? core::format_date(*c.publish) + " " : std::string()) + c.title;
        if (ImGui::Checkbox(labelled(text, "asset_link_" + a.id + "_" + c.id).c_str(), &on)) {
            std::vector<std::string> list = c.message.attachments;
            if (on) list.push_back(a.id);
            else list.erase(std::remove(list.begin(), list.end(), a.id), list.end());
            sink.push(core::set_edit({"content", "items", c.id, "message", "attachments"}, list));
        }
    }
    ImGui::EndCombo();
}

void asset_row(const core::Plan& plan, const Asset& a, int uses, core::Lang L, AppActions& actions, EditSink& sink) {
    const Path asset{"content", "assets", a.id};
    const std::string name = core::asset_name(a, L);
    table_row();
    table_cell();
    ImGui::AlignTextToFramePadding();
    if (small_button(labelled(S::basics_copy, L, "asset_copy_" + a.id).c_str())) actions.copy_text(name);
    ImGui::SameLine(0, 6);
    user_text(name);
    if (ImGui::IsItemHovered()) user_tooltip(name);
    table_cell();
    enum_cell("asset_zone_" + a.id, a.zone, sub_path(asset, "zone"), sink, L);
    table_cell();
    enum_cell("asset_category_" + a.id, a.category, sub_path(asset, "category"), sink, L);
    table_cell();
    text_cell("asset_topic_" + a.id, a.topic, sub_path(asset, "topic"), sink, tr(S::content_asset_topic_hint, L));
    table_cell();
    enum_cell("asset_format_" + a.id, a.format, sub_path(asset, "format"), sink, L);
    table_cell();
    custom_text_cell("asset_month_" + a.id, year_month(a.year, a.month), "YYYY-MM", [&](const std::string& text) {
        const auto ym = parse_year_month(text);
        if (!ym) {
            actions.notify(tr(S::content_bad_month, L), true);
            return;
        }
        Asset changed = a;   // year and month in one edit
        changed.year = ym->first;
        changed.month = ym->second;
        sink.push(core::set_edit({"content", "assets", a.id}, core::to_json_value(changed)));
    });
    table_cell();
    custom_text_cell("asset_tags_" + a.id, join_tags(a.tags), tr(S::content_asset_tags_hint, L),
                     [&](const std::string& text) { sink.push(core::set_edit(sub_path(asset, "tags"), split_tags(text))); });
    table_cell();
    text_cell("asset_note_" + a.id, a.note, sub_path(asset, "note"), sink);
    table_cell();
    enum_cell("asset_kind_" + a.id, a.kind, sub_path(asset, "kind"), sink, L);
    table_cell();
    text_cell("asset_link_" + a.id, a.link, sub_path(asset, "link"), sink);
    table_cell();
    used_by_cell(plan, a, uses, L, sink);
    table_cell();
    remove_button("asset_remove_" + a.id, {"content", "assets", a.id}, sink);
}

}  // namespace

void draw_assets(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    help_text(tr(S::content_asset_help, L));
    draw_filters(plan, view, L);

    core::AssetQuery query;
    if (view.zone >= 0) query.zone = (core::Zone)view.zone;
    if (view.category >= 0) query.category = (core::Category)view.category;
    query.tag = view.tag;
    if (view.year_month) {
        query.year = view.year_month / 100;
        query.month = view.year_month % 100;
    }
    query.text = view.search;
    const ContentView::ShownAssets& shown = view.shown_assets.get(
        actions.plan_serial(),
        {view.zone, view.category, view.tag, view.year_month, view.search, L, ImGui::GetFontSize()}, [&] {
            ContentView::ShownAssets out;
            std::unordered_map<std::string, const Asset*> by_id;
            for (const Asset& a : plan.content.assets) by_id[a.id] = &a;
            for (const std::string& id : core::find_assets(plan, query)) {
                out.rows.push_back(by_id[id]);
                out.name_width = std::max(out.name_width, ImGui::CalcTextSize(core::asset_name(*by_id[id], L).c_str()).x);
            }
            for (const core::ContentItem& c : plan.content.items) {
                std::vector<std::string> seen;   // an item counts once per asset
                for (const std::string& id : c.message.attachments)
                    if (std::find(seen.begin(), seen.end(), id) == seen.end()) {
                        seen.push_back(id);
                        ++out.uses[id];
                    }
            }
            return out;
        });
    const std::vector<const Asset*>& rows = shown.rows;

    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    const float height = std::max(ImGui::GetContentRegionAvail().y - footer, ImGui::GetFrameHeight() * 6);
    // The generated name is what people copy: its column fits the longest
    // name shown (within reason); the combos fit their labels in this
    // language; below the text columns' minimum the table scrolls sideways.
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& st = ImGui::GetStyle();
    const float name_w = std::clamp(shown.name_width + ImGui::CalcTextSize(tr(S::basics_copy, L)).x + st.FramePadding.x * 2 + st.ItemSpacing.x,
                        em * 10, em * 24);
    const float widths[] = {name_w,
                            enum_column_width<core::Zone>(L),
                            enum_column_width<core::Category>(L),
                            0,
                            enum_column_width<core::Format>(L),
                            em * 4.6f,
                            0,
                            0,
                            enum_column_width<core::AssetKind>(L),
                            0,
                            em * 5.5f,
                            em * 1.6f};
    float needed = em * 22;   // topic, tags, note and link at their narrowest
    for (float w : widths) needed += w + st.CellPadding.x * 2;
    const float inner = std::max(ImGui::GetContentRegionAvail().x, needed);
    if (begin_table("###content_assets", 12,
                          ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                              ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, height), inner)) {
        table_freeze(1, 1);
        const S headers[] = {S::content_col_asset_name, S::content_col_zone, S::content_col_category, S::content_col_topic,
                             S::content_col_format, S::content_col_month, S::content_col_tags, S::content_col_note,
                             S::content_asset_kind, S::content_col_link, S::content_col_used_by, S::count_};
        const float stretch[] = {0, 0, 0, 1.6f, 0, 0, 1.4f, 1.2f, 0, 1.0f, 0, 0};
        for (int i = 0; i < 12; ++i) {
            const char* h = headers[i] == S::count_ ? "" : tr(headers[i], L);
            if (widths[i] > 0) table_column(h, ImGuiTableColumnFlags_WidthFixed, widths[i]);
            else table_column(h, ImGuiTableColumnFlags_WidthStretch, stretch[i]);
        }
        table_headers();
        int focus = -1;
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i]->id == view.focus_item) focus = (int)i;
        view.asset_rows.table_rows(
            (int)rows.size(), [&](int i) -> const std::string& { return rows[(size_t)i]->id; }, focus,
            [&](int i) {
                const Asset& a = *rows[(size_t)i];
                const auto uses = shown.uses.find(a.id);
                asset_row(plan, a, uses == shown.uses.end() ? 0 : uses->second, L, actions, sink);
                if (i == focus) {
                    ImGui::SetScrollHereY(0.5f);
                    view.focus_item.clear();
                }
            });
        end_table();
    }
    if (ImGui::Button(labelled(S::content_add_asset, L, "add_asset").c_str())) {
        // A new asset joins the zone and category filtered on, this month;
        // the other filters are cleared so it is in view.
        const core::AddEdit added = core::new_asset_edit(
            plan, core::Date{actions.today_days()},
            view.zone >= 0 ? std::optional<core::Zone>((core::Zone)view.zone) : std::nullopt,
            view.category >= 0 ? std::optional<core::Category>((core::Category)view.category) : std::nullopt);
        sink.push(added.edit);
        view.search.clear();
        view.tag.clear();
        view.year_month = 0;
        view.focus_item = added.id;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", core::fmt(tr(S::content_asset_count, L), {{"shown", std::to_string(rows.size())},
                                                                      {"n", std::to_string(plan.content.assets.size())}})
                                  .c_str());
}

}  // namespace ui::content
