#pragma once
// Shared by the content section's files (content_*.cpp): the tabs, the
// category colours, and a few small widgets the tabs have in common.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/rules/calendar.hpp"
#include "core/text/i18n.hpp"
#include "imgui.h"
#include "ui/app_actions.hpp"
#include "ui/edit_sink.hpp"
#include "ui/ui_state.hpp"

namespace ui::content {

// The tabs of 内容规划 (content_calendar.cpp, content_mix_view.cpp, …).
void draw_calendar(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink);
void draw_mix(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink);
void draw_production(const core::Plan& plan, ContentView& view, MessageView& messages, Figures& figures, core::Lang L,
                     AppActions& actions, EditSink& sink);
void draw_assets(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink);
void draw_export(const core::Plan& plan, ContentView& view, core::Lang L, AppActions& actions, EditSink& sink);

// Category colours (none: monthly tasks and campaigns, which have no category).
ImU32 category_u32(std::optional<core::Category> category, float alpha = 1);
inline constexpr std::array<core::Category, 3> kCategories = {core::Category::activation, core::Category::conversion,
                                                               core::Category::brand};

// A button labelled "text###id" (labelled(), ui/widgets.hpp).
bool button(core::S text, core::Lang L, const std::string& id);

void error_text(const std::string& text);
// A small filled square in the category's colour, on the text line.
void color_chip(std::optional<core::Category> category);
// The category colours and what they mean, on one line.
void legend(core::Lang L);

// An int typed into a local buffer: the new value once the field is left
// after a change (or Enter), none otherwise.
std::optional<int> int_input(const std::string& id, int value, float width_em);

// The day the calendar and the mix show (today until the user moves).
core::Date shown_day(ContentView& view, AppActions& actions);
// The week (Monday–Sunday) and month holding the day shown.
core::Date week_start(const ContentView& view);
core::Date week_end(const ContentView& view);
// "03-03" / "2025-03-03 – 2025-03-09".
std::string month_day(core::Date date);
std::string range_text(core::Date from, core::Date to);
// Previous / this week (or month) / next, moving view.anchor.
void period_nav(ContentView& view, core::Lang L, AppActions& actions, bool month, const char* id);

// A percentage stacked bar (activation, conversion, brand) with the target
// boundaries as ticks; empty counts draw an empty frame.
void mix_bar(const std::array<double, 3>& percents, const core::MixTargets& targets, float width, float height);

}  // namespace ui::content
