// 内容生产: the content items as a schedule table (主题, 形式, 责任人 …)
// sortable by every column, with the three review checks that gate
// "scheduled" and "published"; the team split; and the performance of
// published items (open, interaction and click rates, conversions), ranked,
// with the bottom 20% flagged to retire and the top to replicate (review.hpp).
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <unordered_map>

#include "core/edits/calendar_edits.hpp"
#include "core/edits/content_edits.hpp"
#include "core/model/stable_sort.hpp"
#include "core/rules/review.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/content_parts.hpp"
#include "ui/messages.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui::content {

using core::ContentItem;
using core::S;
using core::tr;
using json = nlohmann::json;

namespace {

enum Col { c_title, c_message, c_category, c_format, c_source, c_owner, c_due, c_publish, c_status, c_compliance, c_fit, c_appeal,
           c_remove, c_count };

int date_key(const std::optional<core::Date>& d) { return d ? d->days : INT_MAX; }   // undated last

int compare(const ContentItem& a, const ContentItem& b, int column) {
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
        case c_title: return a.title.compare(b.title);
        case c_message: return a.message.text.compare(b.message.text);
        case c_category: return cmp((int)a.category, (int)b.category);
        case c_format: return cmp((int)a.format, (int)b.format);
        case c_source: return cmp((int)a.source, (int)b.source);
        case c_owner: return a.owner.compare(b.owner);
        case c_due: return cmp(date_key(a.due), date_key(b.due));
        case c_publish: {
            if (int c = cmp(date_key(a.publish), date_key(b.publish))) return c;
            return cmp(a.time ? a.time->minutes : -1, b.time ? b.time->minutes : -1);
        }
        case c_status: return cmp((int)a.status, (int)b.status);
        case c_compliance: return cmp(a.check_compliance, b.check_compliance);
        case c_fit: return cmp(a.check_fit, b.check_fit);
        case c_appeal: return cmp(a.check_appeal, b.check_appeal);
    }
    return 0;
}

bool checks_pass(const ContentItem& c) { return c.check_compliance && c.check_fit && c.check_appeal; }

// "合规、吸引力" — the checks still open.
std::string missing_checks(const ContentItem& c, core::Lang L) {
    std::string out;
    auto add = [&](bool ok, S name) {
        if (ok) return;
        if (!out.empty()) out += L == core::Lang::zh ? "、" : ", ";
        out += tr(name, L);
    };
    add(c.check_compliance, S::content_col_compliance);
    add(c.check_fit, S::content_col_fit);
    add(c.check_appeal, S::content_col_appeal);
    return out;
}

// The status combo: 已排期 and 已发布 only once the three checks pass.
void status_cell(const ContentItem& c, core::Lang L, EditSink& sink) {
    const std::string id = "item_status_" + c.id;
    const bool ok = checks_pass(c);
    const std::string why = core::fmt(tr(S::content_status_gated, L), {{"checks", missing_checks(c, L)}});
    const bool flagged = !ok && (c.status == core::Status::scheduled || c.status == core::Status::published);
    ImGui::SetNextItemWidth(flagged ? -ImGui::GetFontSize() * 1.2f : -FLT_MIN);
    if (begin_combo(("##" + id).c_str(), tr(core::label_of(c.status), L))) {
        for (core::Status s : core::enum_values<core::Status>()) {
            const bool gated = !ok && (s == core::Status::scheduled || s == core::Status::published);
            const std::string text = std::string(tr(core::label_of(s), L)) + "##" + id + "_" + std::string(core::enum_name(s));
            if (selectable(text.c_str(), s == c.status, gated ? ImGuiSelectableFlags_Disabled : 0) && s != c.status)
                sink.push(core::set_edit({"content", "items", c.id, "status"}, std::string(core::enum_name(s))));
            if (gated && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", why.c_str());
        }
        if (!ok) {
            ImGui::Separator();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            wrapped_text(why, ImGui::GetFontSize() * 18);
            ImGui::PopStyleColor();
        }
        ImGui::EndCombo();
    }
    if (flagged) {
        ImGui::SameLine(0, 2);
        ImGui::TextColored(palette::warning, "!");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::content_status_unchecked, L));
    }
}

void item_row(const core::Plan& plan, const ContentItem& c, MessageView& messages, core::Lang L, EditSink& sink) {
    const Path item{"content", "items", c.id};
    table_row();
    table_cell();
    text_cell("item_title_" + c.id, c.title, sub_path(item, "title"), sink, tr(S::content_title_hint, L));
    table_cell();
    message_button(plan, c.message, sub_path(item, "message"), c.title, "item_message_" + c.id, messages, L);
    table_cell();
    enum_cell("item_category_" + c.id, c.category, sub_path(item, "category"), sink, L);
    table_cell();
    enum_cell("item_format_" + c.id, c.format, sub_path(item, "format"), sink, L);
    table_cell();
    enum_cell("item_source_" + c.id, c.source, sub_path(item, "source"), sink, L);
    table_cell();
    text_cell("item_owner_" + c.id, c.owner, sub_path(item, "owner"), sink);
    table_cell();
    date_cell("item_due_" + c.id, c.due, sub_path(item, "due"), sink);
    table_cell();
    date_cell("item_publish_" + c.id, c.publish, sub_path(item, "publish"), sink);
    table_cell();
    status_cell(c, L, sink);
    table_cell();
    checkbox_cell("item_compliance_" + c.id, c.check_compliance, sub_path(item, "check_compliance"), sink);
    table_cell();
    checkbox_cell("item_fit_" + c.id, c.check_fit, sub_path(item, "check_fit"), sink);
    table_cell();
    checkbox_cell("item_appeal_" + c.id, c.check_appeal, sub_path(item, "check_appeal"), sink);
    table_cell();
    remove_button("item_remove_" + c.id, item, sink);
}

// Fixed width of a column that holds a short widget: its header or the widget.
float fixed_width(const char* header, float widget_em) {
    return std::max(ImGui::CalcTextSize(header).x + ImGui::GetFontSize() * 1.1f, ImGui::GetFontSize() * widget_em);
}

void draw_schedule(const core::Plan& plan, ContentView& view, MessageView& messages, core::Lang L, unsigned plan_serial,
                   EditSink& sink) {
    const std::vector<ContentItem>& items = plan.content.items;
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    const float height = std::max(ImGui::GetContentRegionAvail().y - footer, ImGui::GetFrameHeight() * 6);
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp;
    // Fixed columns fit their content in this language; title and owner
    // share the rest, and below their minimum the table scrolls sideways.
    const S headers[] = {S::content_col_title, S::msg_col, S::content_col_category, S::content_col_format, S::content_col_source,
                         S::content_col_owner, S::content_col_due, S::content_col_publish, S::content_col_status,
                         S::content_col_compliance, S::content_col_fit, S::content_col_appeal};
    const float em = ImGui::GetFontSize();
    float widths[c_count] = {0, 0,
                             std::max(enum_column_width<core::Category>(L), fixed_width(tr(headers[c_category], L), 0)),
                             std::max(enum_column_width<core::Format>(L), fixed_width(tr(headers[c_format], L), 0)),
                             std::max(enum_column_width<core::Source>(L, 7), fixed_width(tr(headers[c_source], L), 0)),
                             0,
                             fixed_width(tr(headers[c_due], L), 6.9f),
                             fixed_width(tr(headers[c_publish], L), 6.9f),
                             std::max(enum_column_width<core::Status>(L) + em, fixed_width(tr(headers[c_status], L), 0)),
                             fixed_width(tr(headers[c_compliance], L), 2),
                             fixed_width(tr(headers[c_fit], L), 2),
                             fixed_width(tr(headers[c_appeal], L), 2),
                             em * 1.6f};
    float needed = em * 22;   // title, message and owner at their narrowest
    for (float w : widths) needed += w + ImGui::GetStyle().CellPadding.x * 2;
    const float inner = std::max(ImGui::GetContentRegionAvail().x, needed);
    if (begin_table("###content_items", c_count, flags, ImVec2(0, height), inner)) {
        table_freeze(1, 1);
        for (int i = 0; i < c_remove; ++i) {
            const char* h = tr(headers[i], L);
            ImGuiTableColumnFlags f = i == c_publish ? ImGuiTableColumnFlags_DefaultSort : 0;
            if (widths[i] == 0)
                table_column(h, f | ImGuiTableColumnFlags_WidthStretch, i == c_title ? 2.4f : i == c_message ? 1.6f : 1.0f);
            else table_column(h, f | ImGuiTableColumnFlags_WidthFixed, widths[i]);
        }
        table_column("", ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_WidthFixed, widths[c_remove]);
        table_headers();
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
            if (specs->SpecsCount > 0) {
                view.sort_column = specs->Specs[0].ColumnIndex;
                view.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
            } else {
                view.sort_column = -1;
            }
            specs->SpecsDirty = false;
        }
        // Sorted again only when the plan or the sort changed, not every frame.
        auto& cached = view.order;
        if (cached.plan_serial != plan_serial || cached.column != view.sort_column ||
            cached.descending != view.sort_descending || cached.rows.size() != items.size()) {
            cached = {plan_serial, view.sort_column, view.sort_descending, std::vector<size_t>(items.size())};
            std::vector<size_t>& order = cached.rows;
            for (size_t i = 0; i < order.size(); ++i) order[i] = i;
            if (view.sort_column >= 0) {
                core::stable_sort(order, [&](size_t a, size_t b) {
                    int c = compare(items[a], items[b], view.sort_column);
                    if (view.sort_descending) c = -c;
                    return c != 0 ? c < 0 : items[a].id < items[b].id;
                });
            }
        }
        const std::vector<size_t>& order = cached.rows;
        // Long tables: only the rows near the screen are drawn.
        int focus = -1;
        if (!view.focus_item.empty())
            for (size_t i = 0; i < order.size(); ++i)
                if (items[order[i]].id == view.focus_item) focus = (int)i;
        view.item_rows.table_rows((int)order.size(),
                                  [&](int i) -> const std::string& { return items[order[(size_t)i]].id; }, focus,
                                  [&](int i) {
                                      item_row(plan, items[order[(size_t)i]], messages, L, sink);
                                      if (i == focus) {
                                          ImGui::SetScrollHereY(0.5f);
                                          view.focus_item.clear();
                                      }
                                  });
        end_table();
    }
    if (ImGui::Button(labelled(S::content_add_item, L, "add_content_item").c_str())) {
        const core::AddEdit added = core::new_content_item_edit(plan, L);
        sink.push(added.edit);
        view.focus_item = added.id;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", core::fmt(tr(S::content_items_count, L), {{"n", std::to_string(items.size())}}).c_str());
}

// A percentage or count that may be unrecorded: an empty field clears it.
void metric_cell(const std::string& id, const std::optional<double>& value, const Path& path, EditSink& sink,
                 bool integer) {
    static std::unordered_map<ImGuiID, std::string> buffers;
    const std::string l = "##" + id;
    const ImGuiID gid = ImGui::GetID(l.c_str());
    ImGuiContext& g = *ImGui::GetCurrentContext();
    char shown[32] = "";
    if (value) std::snprintf(shown, sizeof shown, integer ? "%.0f" : "%g", *value);
    std::string& buf = buffers[gid];
    if (g.ActiveId != gid && g.ActiveIdPreviousFrame != gid) buf = shown;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint(l.c_str(), "—", &buf, ImGuiInputTextFlags_CharsDecimal);
    if (!ImGui::IsItemDeactivatedAfterEdit() || buf == shown) return;
    if (buf.empty()) {
        sink.push(core::set_edit(path, nullptr));
        return;
    }
    char* end = nullptr;
    const double v = std::strtod(buf.c_str(), &end);
    if (end == buf.c_str()) return;   // not a number: the field shows the old value again
    if (integer) sink.push(core::set_edit(path, (long long)v));
    else sink.push(core::set_edit(path, v));
}

void draw_performance(const core::Plan& plan, RowClip& rows, core::Lang L, EditSink& sink, Figures& figures,
                      unsigned serial) {
    help_text(tr(S::content_perf_help, L));
    std::vector<const ContentItem*> published;
    for (const ContentItem& c : plan.content.items)
        if (c.status == core::Status::published) published.push_back(&c);
    if (published.empty()) {
        wrapped_text(tr(S::content_perf_none, L));
        return;
    }
    const auto& ranked = figures.ranked_all.get(serial, {}, [&] {
        std::unordered_map<std::string, core::RankedItem> by_id;
        for (core::RankedItem& r : core::rank_content(plan, core::Date{-1'000'000}, core::Date{1'000'000}))
            by_id.emplace(r.id, std::move(r));
        return by_id;
    });
    core::stable_sort(published, [&](const ContentItem* a, const ContentItem* b) {
        auto ra = ranked.find(a->id), rb = ranked.find(b->id);
        const int ka = ra == ranked.end() ? INT_MAX : ra->second.rank, kb = rb == ranked.end() ? INT_MAX : rb->second.rank;
        return ka != kb ? ka < kb : date_key(a->publish) < date_key(b->publish);
    });
    const float height = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFrameHeight() * 6);
    if (!begin_table("###content_perf", 8,
                           ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp,
                           ImVec2(0, height)))
        return;
    const float em = ImGui::GetFontSize();
    table_freeze(0, 1);
    table_column(tr(S::content_col_rank, L), ImGuiTableColumnFlags_WidthFixed, fixed_width(tr(S::content_col_rank, L), 2.5f));
    table_column(tr(S::content_col_title, L), ImGuiTableColumnFlags_WidthStretch, 2.5f);
    table_column(tr(S::content_col_publish, L), ImGuiTableColumnFlags_WidthFixed, em * 6);
    for (S h : {S::content_col_open_rate, S::content_col_interaction_rate, S::content_col_click_rate, S::content_col_conversions})
        table_column(tr(h, L), ImGuiTableColumnFlags_WidthFixed, fixed_width(tr(h, L), 4.5f));
    table_column(tr(S::content_col_verdict, L), ImGuiTableColumnFlags_WidthStretch, 3);
    table_headers();
    rows.table_rows(
        (int)published.size(), [&](int i) -> const std::string& { return published[(size_t)i]->id; }, -1,
        [&](int i) {
            const ContentItem& c = *published[(size_t)i];
            const Path metrics{"content", "items", c.id, "metrics"};
            const auto r = ranked.find(c.id);
            table_row();
            table_cell();
            ImGui::AlignTextToFramePadding();
            if (r != ranked.end()) ImGui::Text("%d", r->second.rank);
            else ImGui::TextDisabled("—");
            table_cell();
            ImGui::AlignTextToFramePadding();
            user_text(c.title);
            table_cell();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(c.publish ? core::format_date(*c.publish).c_str() : "—");
            table_cell();
            metric_cell("metric_open_" + c.id, c.metrics.open_rate, sub_path(metrics, "open_rate"), sink, false);
            table_cell();
            metric_cell("metric_interaction_" + c.id, c.metrics.interaction_rate, sub_path(metrics, "interaction_rate"),
                        sink, false);
            table_cell();
            metric_cell("metric_click_" + c.id, c.metrics.click_rate, sub_path(metrics, "click_rate"), sink, false);
            table_cell();
            std::optional<double> conv;
            if (c.metrics.conversions) conv = *c.metrics.conversions;
            metric_cell("metric_conversions_" + c.id, conv, sub_path(metrics, "conversions"), sink, true);
            table_cell();
            ImGui::AlignTextToFramePadding();
            if (r == ranked.end()) {
                ImGui::TextDisabled("%s", tr(S::content_perf_unranked, L));
                return;
            }
            std::string verdict;
            if (r->second.top) verdict = tr(S::content_perf_top, L);
            if (r->second.bottom) verdict = tr(S::content_perf_bottom, L);
            for (core::ContentHint h : r->second.hints) {
                if (!verdict.empty()) verdict += L == core::Lang::zh ? "；" : "; ";
                verdict += tr(core::label_of(h), L);
            }
            const ImVec4 color = r->second.bottom ? palette::warning
                                 : r->second.top  ? palette::ok
                                                  : ImGui::GetStyleColorVec4(ImGuiCol_Text);
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextUnformatted(verdict.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered() && !verdict.empty()) ImGui::SetTooltip("%s", verdict.c_str());
        });
    end_table();
}

}  // namespace

void draw_production(const core::Plan& plan, ContentView& view, MessageView& messages, Figures& figures, core::Lang L,
                     AppActions& actions, EditSink& sink) {
    if (ImGui::RadioButton(labelled(S::content_prod_schedule, L, "prod_schedule").c_str(), !view.performance))
        view.performance = false;
    ImGui::SameLine();
    if (ImGui::RadioButton(labelled(S::content_prod_performance, L, "prod_performance").c_str(), view.performance))
        view.performance = true;
    // The team split (e.g. 1 planner, 2 writers, 1 designer).
    const core::Team& team = plan.content.team;
    ImGui::SameLine(0, 32);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_team, L));
    const std::pair<S, std::pair<const char*, int>> roles[] = {
        {S::content_team_planners, {"planners", team.planners}},
        {S::content_team_writers, {"writers", team.writers}},
        {S::content_team_designers, {"designers", team.designers}}};
    for (const auto& [name, field] : roles) {
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(name, L));
        ImGui::SameLine(0, 4);
        if (auto v = int_input(std::string("team_") + field.first, field.second, 2.5f))
            sink.push(core::set_edit({"content", "team", field.first}, std::clamp(*v, 0, 1000)));
    }
    if (view.performance) draw_performance(plan, view.perf_rows, L, sink, figures, actions.plan_serial());
    else draw_schedule(plan, view, messages, L, actions.plan_serial(), sink);
}

}  // namespace ui::content
