#pragma once
// Form widgets bound to a plan field by its edit path. Text is typed into a
// local buffer and committed as one edit when the field is left (or Enter is
// pressed), so one undo step matches one change as a person sees it.
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/i18n.hpp"
#include "ui/edit_sink.hpp"

namespace ui {

using Path = std::vector<std::string>;

// label: visible text; id: stable ImGui id suffix (e.g. "community_name").
void text_field(const char* label, const char* id, const std::string& value, const Path& path, EditSink& sink,
                const char* hint = nullptr);
void text_area(const char* label, const char* id, const std::string& value, const Path& path, EditSink& sink,
               float lines = 3);
void int_field(const char* label, const char* id, int value, const Path& path, EditSink& sink);
// An empty field clears the date; text that is not a date is refused with a message.
void date_field(const char* label, const char* id, const std::optional<core::Date>& value, const Path& path,
                EditSink& sink, const char* hint);
void checkbox_field(const char* label, const char* id, bool value, const Path& path, EditSink& sink);

// Sizes the label column of the form that follows to its widest label.
void begin_form(std::initializer_list<const char*> labels);
// A label in the left column of a two-column form row.
void form_label(const char* text);
float form_label_width();

}  // namespace ui
