// 导出: the schedule of a date range as CSV (Excel, 飞书表格) and as an
// iCalendar file with a reminder before each item (csv_export.hpp,
// ics_export.hpp), and the asset library as CSV. Files are downloaded by
// the browser; nothing leaves it otherwise.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "core/edits/calendar_edits.hpp"
#include "core/exports/csv_export.hpp"
#include "core/exports/ics_export.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/content_parts.hpp"
#include "ui/widgets.hpp"

namespace ui::content {

using core::Date;
using core::S;
using core::tr;

namespace {

// The community's name as a file name: characters a file system refuses
// become "_"; an unnamed plan is "plan".
std::string file_stem(const core::Plan& plan, core::Lang L) {
    std::string out;
    for (char c : plan.basics.name) {
        const bool bad = (unsigned char)c < 0x20 || std::string_view("\\/:*?\"<>|").find(c) != std::string_view::npos;
        out += bad ? '_' : c;
    }
    if (out.find_first_not_of(" ._") == std::string::npos) out = tr(S::content_file_plan, L);
    return out;
}

// A token for the plan's calendar uid, from the browser's random source.
std::string random_token() {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::random_device rd;
    std::string out;
    for (int i = 0; i < 16; ++i) out += digits[rd() % 36];
    return out;
}

void range_buttons(ContentView& view, core::Lang L, AppActions& actions) {
    const Date today{actions.today_days()};
    const Date mon = core::monday_of(today);
    if (button(S::content_range_this_week, L, "export_range_week")) {
        view.export_from = core::format_date(mon);
        view.export_to = core::format_date(Date{mon.days + 6});
    }
    wrap_before(button_width(tr(S::content_range_four_weeks, L)));
    if (button(S::content_range_four_weeks, L, "export_range_4w")) {
        view.export_from = core::format_date(mon);
        view.export_to = core::format_date(Date{mon.days + 27});
    }
    wrap_before(button_width(tr(S::content_range_this_month, L)));
    if (button(S::content_range_this_month, L, "export_range_month")) {
        view.export_from = core::format_date(core::first_of_month(today));
        view.export_to = core::format_date(core::last_of_month(today));
    }
}

}  // namespace

void draw_export(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink) {
    if (view.export_from.empty() && view.export_to.empty()) {
        view.export_from = core::format_date(week_start(view));
        view.export_to = core::format_date(Date{week_start(view).days + 27});
    }
    section_heading(tr(S::content_export_range, L));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::content_shift_from, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint("##export_from", "YYYY-MM-DD", &view.export_from);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_shift_to, L));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint("##export_to", "YYYY-MM-DD", &view.export_to);
    wrap_before(button_width(tr(S::content_range_this_week, L)), 20);
    range_buttons(view, L, actions);

    const auto from = core::parse_date(view.export_from), to = core::parse_date(view.export_to);
    const bool ok = from && to && *from <= *to;
    if (!ok) {
        error_text(tr(S::content_bad_range, L));
    } else {
        const ContentView::ExportCount& count = view.export_count.get(actions.plan_serial(), {from->days, to->days}, [&] {
            ContentView::ExportCount c;
            const auto items = core::expand_calendar(plan, *from, *to);
            c.items = items.size();
            for (const core::CalendarItem& it : items) c.gaps += it.empty();
            return c;
        });
        ImGui::TextUnformatted(core::fmt(tr(S::content_export_count, L), {{"n", std::to_string(count.items)},
                                                                        {"gaps", std::to_string(count.gaps)}}).c_str());
        if (to->days - from->days + 1 > core::kMaxCalendarDays)
            error_text(core::fmt(tr(S::content_export_cut, L), {{"n", std::to_string(core::kMaxCalendarDays)}}));
    }
    const std::string range = ok ? core::format_date(*from) + "_" + core::format_date(*to) : "";

    section_heading(tr(S::content_export_csv, L));
    help_text(tr(S::content_export_csv_help, L));
    ImGui::BeginDisabled(!ok);
    if (button(S::content_export_schedule_csv, L, "export_schedule_csv"))
        actions.download(file_stem(plan, L) + "-" + tr(S::content_file_schedule, L) + "-" + range + ".csv",
                         "text/csv;charset=utf-8", core::schedule_csv(plan, *from, *to, L));
    ImGui::EndDisabled();
    wrap_before(button_width(tr(S::content_export_assets_csv, L)));
    if (button(S::content_export_assets_csv, L, "export_assets_csv"))
        actions.download(file_stem(plan, L) + "-" + tr(S::content_file_assets, L) + ".csv", "text/csv;charset=utf-8",
                         core::assets_csv(plan, L));
    const std::string count =
        core::fmt(tr(S::content_asset_count_all, L), {{"n", std::to_string(plan.content.assets.size())}});
    wrap_before(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::TextDisabled("%s", count.c_str());

    section_heading(tr(S::content_export_ics, L));
    help_text(tr(S::content_export_ics_help, L));
    const core::CalendarSettings& cal = plan.calendar;
    begin_form({tr(S::content_ics_zone, L), tr(S::content_ics_reminder, L), tr(S::content_ics_length, L)});
    form_label(tr(S::content_ics_zone, L));
    const int off = cal.utc_offset_minutes;
    char offset[16];
    std::snprintf(offset, sizeof offset, "UTC%c%d:%02d", off < 0 ? '-' : '+', std::abs(off) / 60, std::abs(off) % 60);
    ImGui::TextUnformatted((cal.time_zone + " (" + offset + ")").c_str());
    form_label(tr(S::content_ics_reminder, L));
    bool remind = cal.reminder_minutes.has_value();
    if (ImGui::Checkbox("##ics_reminder_on", &remind))
        sink.push(core::set_edit({"calendar", "reminder_minutes"}, remind ? nlohmann::json(15) : nlohmann::json(nullptr)));
    if (cal.reminder_minutes) {
        ImGui::SameLine();
        if (auto v = int_input("ics_reminder_minutes", *cal.reminder_minutes, 4))
            sink.push(core::set_edit({"calendar", "reminder_minutes"}, std::clamp(*v, 0, 7 * 24 * 60)));
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(S::content_ics_minutes_before, L));
    }
    form_label(tr(S::content_ics_length, L));
    if (auto v = int_input("ics_event_minutes", cal.event_minutes, 4))
        sink.push(core::set_edit({"calendar", "event_minutes"}, std::clamp(*v, 1, 24 * 60)));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(S::content_ics_minutes, L));

    ImGui::BeginDisabled(!ok);
    if (button(S::content_export_ics_button, L, "export_ics")) {
        // The plan's uid is set once, so a later export updates the same
        // events in the phone's calendar instead of adding copies.
        core::Plan with_uid = plan;
        if (auto edit = core::ensure_uid_edit(plan, random_token())) {
            core::Applied applied = core::apply(plan, *edit);
            if (!applied.problem) {
                with_uid = std::move(applied.plan);
                sink.push(*edit);
            }
        }
        core::IcsOptions options;
        options.now_unix_seconds = actions.now_unix_seconds();
        options.lang = L;
        actions.download(file_stem(plan, L) + "-" + range + ".ics", "text/calendar;charset=utf-8",
                         core::schedule_ics(with_uid, *from, *to, options));
    }
    ImGui::EndDisabled();
}

}  // namespace ui::content
