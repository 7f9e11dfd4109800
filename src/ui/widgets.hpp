#pragma once
// Form widgets bound to a plan field by its edit path. Text is typed into a
// local buffer; free text reaches the plan after a pause in typing and when
// the field is left (or Enter is pressed), all of it one undo step, so one
// undo step matches one change as a person sees it. A text field takes no
// more than its limit (core::text_limit) and says so when input stops there.
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/dates.hpp"
#include "core/text/i18n.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/edit_sink.hpp"
#include "ui/layout.hpp"

namespace ui {

using Path = std::vector<std::string>;

// The path of a field or list inside an element: sub_path(kpi, "name"),
// sub_path(kpi, {"log", entry.id}).
Path sub_path(Path base, std::string_view key);
Path sub_path(Path base, std::initializer_list<std::string_view> keys);

// "text###id": Dear ImGui shows the text and identifies the widget by the id
// alone, so a label may change (language, counts) without the widget losing
// its state, and the test hooks find it by the id.
std::string labelled(std::string_view text, std::string_view id);
std::string labelled(core::S text, core::Lang L, std::string_view id);

// The language of the widgets' own words (the note at a field's limit).
void set_widget_language(core::Lang lang);
// This frame's layout (ui/layout.hpp): forms, tables and dialogs follow it.
void set_widget_layout(const Layout& layout);
const Layout& widget_layout();

// ImGui::Selectable and ImGui::SmallButton, tall enough for a finger when
// touch is in use (Layout::touch); as Dear ImGui's otherwise.
bool selectable(const char* label, bool selected = false, ImGuiSelectableFlags flags = 0, ImVec2 size = ImVec2(0, 0));
bool small_button(const char* label);

// A row of widgets that wraps at the edge (a toolbar on a phone): call
// before each widget after the first with its width; it goes on the same
// line when it fits there, on the next when it does not.
void wrap_before(float next_width, float spacing = -1);
float button_width(const char* label);         // as ImGui::Button sizes it
float small_button_width(const char* label);   // as ui::small_button sizes it
float checkbox_width(const char* label);

// Tabs. On a narrow screen Dear ImGui's tab bar has no room for its tabs
// (they would scroll out of sight), so they become a row of buttons that
// wraps; elsewhere they are Dear ImGui's. Used as BeginTabBar/BeginTabItem:
// if (tab_item(...)) { …; end_tab_item(); } between begin_tabs and end_tabs.
bool begin_tabs(const char* id);
bool tab_item(const char* label);
void end_tab_item();
void end_tabs();

// Flags for ImGui::TreeNodeEx: framed to a finger's height when touch is in use.
ImGuiTreeNodeFlags tree_flags(ImGuiTreeNodeFlags flags = 0);

// Places the dialog that begins next: centred, width_em font sizes wide (0:
// as wide as its contents) and height_em tall (0: as tall as its contents),
// never larger than the screen less a margin, so on a phone it is the
// screen's width and its contents wrap.
void place_dialog(float width_em, float height_em = 0);

// A field over a string of the view's (a new name, a reason, lines to
// replicate), not bound to the plan: it draws each emoji sequence whole and
// keeps it whole under the cursor and Backspace, as the plan's fields do,
// and `text` always holds the characters themselves. One line, or several
// when `lines_size` has a height. Returns what ImGui::InputText does.
bool text_input(const char* label, std::string& text, ImGuiInputTextFlags flags = 0, ImVec2 lines_size = ImVec2(0, 0));

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

// Table cells: the same fields without a form label, filling their column.
// id: a stable ImGui id suffix that includes the element's id ("slot_time_s-1").
void text_cell(const std::string& id, const std::string& value, const Path& path, EditSink& sink,
               const char* hint = nullptr);
void text_area_cell(const std::string& id, const std::string& value, const Path& path, EditSink& sink,
                    float lines = 3);
void int_cell(const std::string& id, int value, const Path& path, EditSink& sink, float width_em = 6);
void double_cell(const std::string& id, double value, const Path& path, EditSink& sink, float width_em = 7);
void time_cell(const std::string& id, const std::optional<core::TimeOfDay>& value, const Path& path, EditSink& sink);
void date_cell(const std::string& id, const std::optional<core::Date>& value, const Path& path, EditSink& sink);
void checkbox_cell(const std::string& id, bool value, const Path& path, EditSink& sink);
// A choice among list elements by id ("" = none); options: {id, label}.
void ref_cell(const std::string& id, const std::string& value, const std::vector<std::pair<std::string, std::string>>& options,
              const char* none_label, const Path& path, EditSink& sink);
// A small "×" button that removes the element at path; true when pressed.
bool remove_button(const std::string& id, const Path& element_path, EditSink& sink);

// A button that inserts the element make() returns at the end of the list
// (make runs only on a click: fresh ids cost a walk over the plan).
template <class Make>
void add_button(const char* label, const std::string& id, const Path& list, EditSink& sink, Make make) {
    if (ImGui::Button(labelled(label, id).c_str())) sink.push(core::insert_edit(list, make()));
}
// A button that pushes the edit make() returns (core builds it; make runs
// only on a click).
template <class Make>
void edit_button(const char* label, const std::string& id, EditSink& sink, Make make) {
    if (ImGui::Button(labelled(label, id).c_str())) sink.push(make());
}

// A combo over an enum's values, labelled from the string table.
template <class E>
void enum_cell(const std::string& id, E value, const Path& path, EditSink& sink, core::Lang L, float width_em = 0);

// Width of a table column holding an enum combo: its longest label in this
// language, the arrow and the paddings, at most max_em.
template <class E>
float enum_column_width(core::Lang L, float max_em = 9) {
    float widest = 0;
    for (E option : core::enum_values<E>()) widest = std::max(widest, ImGui::CalcTextSize(core::tr(core::label_of(option), L)).x);
    const ImGuiStyle& st = ImGui::GetStyle();
    const float w = widest + ImGui::GetFrameHeight() + st.FramePadding.x * 2 + st.ItemInnerSpacing.x;
    return std::min(w, ImGui::GetFontSize() * max_em);
}

// ImGui::BeginCombo that also reports the combo's label to the test hooks
// (Dear ImGui's own combo reports only its rectangle).
bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0);

// A table with a header row; each column is {label, weight}: a positive
// weight stretches, a negative one is a fixed width in font sizes.
bool begin_table(const char* id, std::initializer_list<std::pair<const char*, float>> columns);

// Tables or cards. On a narrow screen (Layout::narrow) a table has no room
// for its columns side by side, so every table becomes a list of cards: a
// row is a card, and each of its cells a line of the card, its column's
// title on the left and the cell's widgets taking the rest of the width. A
// table whose columns have no titles (a layout in columns) just stacks its
// cells. Panels draw the same calls either way: begin_table and the
// table_* functions below instead of ImGui's Table* (end with end_table).
bool begin_table(const char* id, int columns, ImGuiTableFlags flags = 0, ImVec2 outer_size = ImVec2(0, 0),
                 float inner_width = 0);
void table_column(const char* label, ImGuiTableColumnFlags flags = 0, float width = 0);
void table_freeze(int columns, int rows);
void table_headers();
void table_row(ImGuiTableRowFlags flags = 0, float min_height = 0);
bool table_cell();
void table_cell_at(int column);   // ImGui::TableSetColumnIndex
// The current cell's rectangle (a drop target's), in either form.
ImRect table_cell_rect(int column);
void end_table();
// True inside a table drawn as cards.
bool in_cards();

// A line of help in the muted colour, wrapped to the panel's width.
void help_text(const char* text);
// Text wrapped to the space left on the line, like ImGui::TextWrapped, or
// to max_width (tooltips), where core::break_lines says: Dear ImGui cuts a
// run of hanzi anywhere, so a line could start with "，" or end with "（",
// and it breaks after any '.' or ',', which cut "-39.29%" into "-39." and
// "29%". The text is one item, and reaches the screen text whole.
void wrapped_text(std::string_view text);
void wrapped_text(std::string_view text, float max_width);
// The height wrapped_text(text, max_width) takes.
float wrapped_text_height(std::string_view text, float max_width);

// A section heading in the accent colour with a rule under it.
void section_heading(const char* text);
// A line of the user's own text (a name, a title) as ImGui::TextUnformatted
// draws it, each emoji sequence whole (ui/cluster_glyphs.hpp); in `colour`
// when given. The screen text has the text itself.
void user_text(std::string_view text);
void user_text(std::string_view text, const ImVec4& colour);
void user_text_disabled(std::string_view text);
// The same in a bullet list, and as the tooltip of the last item (like
// ImGui::BulletText and ImGui::SetTooltip).
void user_bullet(std::string_view text);
void user_tooltip(std::string_view text);
// Text a chart draws on the draw list at `at`, reported in the screen text
// too, where Dear ImGui's own text calls report theirs.
void draw_list_text(ImDrawList* dl, ImVec2 at, ImU32 colour, const char* text);

// Sizes the label column of the form that follows to its widest label.
void begin_form(std::initializer_list<const char*> labels);
// A label in the left column of a two-column form row; on a narrow screen,
// a line above its field, which then takes the whole width.
void form_label(const char* text);
float form_label_width();

template <class E>
void enum_cell(const std::string& id, E value, const Path& path, EditSink& sink, core::Lang L, float width_em) {
    ImGui::SetNextItemWidth(width_em > 0 ? ImGui::GetFontSize() * width_em : -FLT_MIN);
    if (begin_combo(("##" + id).c_str(), core::tr(core::label_of(value), L))) {
        for (E option : core::enum_values<E>()) {
            std::string label = std::string(core::tr(core::label_of(option), L)) + "##" + id + "_" +
                                std::string(core::enum_name(option));
            if (selectable(label.c_str(), option == value) && option != value)
                sink.push(core::set_edit(path, std::string(core::enum_name(option))));
        }
        ImGui::EndCombo();
    }
}

}  // namespace ui
