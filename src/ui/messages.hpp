#pragma once
// What a line sends, on screen: the editor of a message (its own text or a
// starter-kit script, attachments, placeholders, a filled preview), the
// button that opens it from a table row, and the card that shows a dated
// line's filled message with a one-click copy (calendar, run-sheet by role,
// the dashboard's today). The text comes from core/rules/messages.hpp.
#include <string>

#include "core/model/plan.hpp"
#include "core/rules/calendar.hpp"
#include "core/rules/messages.hpp"
#include "ui/app_actions.hpp"
#include "ui/message_view.hpp"
#include "ui/widgets.hpp"

namespace ui {

// The message at an edit path ({"rhythm", "slots", id, "message"}, …), or
// nullptr; and the run-sheet a step's message belongs to.
const core::Message* message_at(const core::Plan& plan, const Path& path);
const core::Runsheet* runsheet_of(const core::Plan& plan, const Path& path);
// The edit path of the message a calendar item sends (core::item_message):
// its content item's, when that says anything, else its rule's.
Path item_message_path(const core::Plan& plan, const core::CalendarItem& item);

// The whole editor, filling the width; `id` keeps its widgets apart.
void message_editor(const core::Plan& plan, const core::Message& message, const Path& path,
                    const core::FillContext& context, const std::string& id, AppActions& actions, EditSink& sink);

// A table cell: the message's first line (or "Write a message"); a click
// opens the dialog (draw_message_dialog) on it.
void message_button(const core::Plan& plan, const core::Message& message, const Path& path, const std::string& line,
                    const std::string& id, MessageView& view, core::Lang L);
void draw_message_dialog(const core::Plan& plan, MessageView& view, core::Lang L, AppActions& actions, EditSink& sink);

// A copy button: puts `text` on the clipboard, says so.
bool copy_button(const std::string& text, const std::string& id, core::Lang L, AppActions& actions, bool small = false);

// A dated line with what it sends, filled for its day, and a copy button.
// heading: draw time, title and owner above the message, with a small copy
// button; without it, the message and a full-size copy button (Today).
void message_card(const core::Plan& plan, const core::CalendarItem& item, const std::string& id, core::Lang L,
                  AppActions& actions, bool heading = true);

}  // namespace ui
