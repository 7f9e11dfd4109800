#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <unordered_map>

#include "core/text/line_break.hpp"
#include "core/text/utf8.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/cluster_glyphs.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"

namespace ui {

namespace {

// A field shows the plan's value until it is activated, then its own buffer.
// While it is typed into, the text reaches the plan after a pause in typing
// (kTypingPause) and when the field is left, as one undo step per activation
// (its burst); until then the app holds it as EditSink::typing, so hiding
// the page still saves it (docs/architecture.md, "Text being typed").
struct FieldState {
    std::string buf;           // the field's buffer: the text, with stand-ins when stood_in
    bool stood_in = false;     // emoji sequences as their stand-ins (field_text)
    unsigned burst = 0;        // this activation's undo step; 0 before the first change
    double typed_at = -1;      // ImGui time of the first and last change not yet sent
    double first_unsent = -1;
    bool at_limit = false;     // input was refused at the field's limit in this activation
    int cursor = 0;            // the cursor (a byte offset) after the last frame
};

// Text typed without a pause for this long is sent anyway.
constexpr double kTypingMaxDelay = 2.0;

core::Lang g_lang = core::Lang::zh;   // set_widget_language()

unsigned next_burst() {
    static unsigned n = 0;
    return ++n;
}

std::unordered_map<ImGuiID, FieldState>& field_states() {
    static std::unordered_map<ImGuiID, FieldState> map;
    return map;
}

// A field keeps its buffer while active and for the frame it is left in: a
// click on a field drawn earlier in the frame moves the active id before this
// field is drawn, and its typed text must still be committed.
bool editing(ImGuiID id) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.ActiveId == id || g.ActiveIdPreviousFrame == id;
}

FieldState& field_for(ImGuiID id, const std::string& value) {
    FieldState& f = field_states()[id];
    if (!editing(id)) f = FieldState{field_text(value), cluster_glyphs_on()};
    return f;
}

// The text a field's buffer holds (field_text_back), or a part of it.
std::string text_of(const FieldState& f, std::string_view part) {
    return f.stood_in ? field_text_back(part) : std::string(part);
}

// What the field's callback needs: the room left under its limit and the
// text as it was before this frame's keys.
struct Typing {
    size_t left = SIZE_MAX;    // characters the limit still takes
    bool refused = false;
    unsigned first_refused = 0;   // the first character the limit refused
    FieldState* field = nullptr;
    const std::string* before = nullptr;
};

// Refuses characters that would take the text past its limit (limits count
// characters, core/model/fields.hpp). Typed and pasted characters both pass
// through here, so a paste that is too long keeps the part that fits.
int keep_within_room(ImWchar c, Typing& t) {
    if (t.left == 0) {
        if (!t.refused) t.first_refused = c;
        t.refused = true;
        return 1;
    }
    --t.left;
    return 0;
}

// Dear ImGui's keys move and delete one character (code point). What shows
// as one symbol may be several: 👍🏽, 👨‍👩‍👧, 🇨🇳, é written as e and a mark
// (core/text/utf8.hpp). So Backspace and Delete take the whole cluster, and
// a cursor that lands inside one moves on to its edge, the way it went.
void keep_clusters_whole(ImGuiInputTextCallbackData* data, Typing& t) {
    const std::string_view now(data->Buf, (size_t)data->BufTextLen);
    const std::string_view was(*t.before);
    const int old_cursor = t.field->cursor;
    const bool shrank = now.size() < was.size() && !data->HasSelection();
    if (shrank && ImGui::IsKeyPressed(ImGuiKey_Backspace) && data->CursorPos < old_cursor &&
        (size_t)old_cursor <= was.size()) {
        // One character went from before the old cursor: the rest of its cluster goes too.
        const int start = (int)core::cluster_before(was, (size_t)old_cursor);
        if (start < data->CursorPos) {
            data->DeleteChars(start, data->CursorPos - start);
            data->CursorPos = data->SelectionStart = data->SelectionEnd = start;
        }
    } else if (shrank && ImGui::IsKeyPressed(ImGuiKey_Delete) && data->CursorPos == old_cursor) {
        const size_t end = core::cluster_end(was, (size_t)old_cursor);
        const int more = (int)(end - old_cursor) - (int)(was.size() - now.size());
        if (more > 0 && data->CursorPos + more <= data->BufTextLen) data->DeleteChars(data->CursorPos, more);
    } else if (t.first_refused && (size_t)data->CursorPos <= now.size()) {
        // The limit cut what was typed or pasted: if it cut inside a cluster
        // (the refused character would have joined the one before the cursor),
        // the part that fitted goes too, so no half symbol is left.
        char refused[5] = {};
        ImTextCharToUtf8(refused, t.first_refused);
        const std::string joined = std::string(now.substr(0, (size_t)data->CursorPos)) + refused;
        if (!core::at_cluster_boundary(joined, (size_t)data->CursorPos)) {
            const int start = (int)core::cluster_before(now, (size_t)data->CursorPos);
            data->DeleteChars(start, data->CursorPos - start);
            data->CursorPos = data->SelectionStart = data->SelectionEnd = start;
        }
    } else if (!core::at_cluster_boundary(now, (size_t)data->CursorPos)) {
        const size_t start = core::cluster_before(now, (size_t)data->CursorPos);   // of the cluster it is in
        const int to = (int)(data->CursorPos < old_cursor ? start : core::cluster_end(now, start));
        if (data->SelectionEnd == data->CursorPos) data->SelectionEnd = to;
        if (data->SelectionStart == data->CursorPos) data->SelectionStart = to;
        data->CursorPos = to;
    }
    t.field->cursor = data->CursorPos;
}

// A buffer with stand-ins (field_text) after its text changed: typed, pasted
// or committed characters may make or extend an emoji sequence, which then
// becomes its stand-in, the cursor staying where it was in the text.
void stand_in_sequences(ImGuiInputTextCallbackData* data, Typing& t) {
    const std::string_view now(data->Buf, (size_t)data->BufTextLen);
    if (now == *t.before) return;
    const std::string text = field_text_back(now);
    const ShownText shown(text);
    if (shown.drawn() == now) return;
    const std::string drawn(shown.drawn());
    const size_t cursor = field_text_back(now.substr(0, std::min((size_t)data->CursorPos, now.size()))).size();
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, drawn.data(), drawn.data() + drawn.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = (int)shown.drawn_offset(cursor);
    t.field->cursor = data->CursorPos;
}

int field_callback(ImGuiInputTextCallbackData* data) {
    Typing& t = *static_cast<Typing*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return keep_within_room(data->EventChar, t);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        keep_clusters_whole(data, t);
        if (t.field->stood_in) stand_in_sequences(data, t);
    }
    return 0;
}

// How the typed text becomes the field's value: text as it is, or text whose
// empty form clears the field (dates and times, which apply() reads).
enum class Kind { text, empty_is_null };

nlohmann::json value_of(const std::string& text, Kind kind) {
    if (kind == Kind::empty_is_null && text.empty()) return nullptr;
    return text;
}

// The input itself, bound to the plan field at `path`. Free text is sent
// while typing (live); a date or time only when the field is left, as a half
// typed date is not one yet (the app still saves it if the page is hidden).
void bound_input(const std::string& l, const char* hint, float multiline_lines, const std::string& value,
                 const Path& path, EditSink& sink, Kind kind, bool live) {
    const ImGuiID id = ImGui::GetID(l.c_str());
    FieldState& f = field_for(id, value);
    const size_t limit = editing(id) ? core::text_limit(path) : 0;
    const std::string before = editing(id) ? f.buf : std::string();
    Typing typing{SIZE_MAX, false, 0, &f, &before};
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackAlways;
    if (limit > 0) {
        size_t selected = 0;
        if (ImGuiInputTextState* st = ImGui::GetInputTextState(id); st && st->HasSelection()) {
            const size_t a = std::min((size_t)st->GetSelectionStart(), f.buf.size());
            const size_t b = std::min((size_t)st->GetSelectionEnd(), f.buf.size());
            selected = core::char_count(text_of(f, std::string_view(f.buf).substr(std::min(a, b), a > b ? a - b : b - a)));
        }
        const size_t used = core::char_count(text_of(f, f.buf)) - selected;
        typing.left = used < limit ? limit - used : 0;
        flags |= ImGuiInputTextFlags_CallbackCharFilter;
    }
    // An emoji sequence is drawn whole, typed into or not: the buffer holds
    // its stand-in (field_text), which Dear ImGui's field draws as one glyph.
    bool changed;
    if (multiline_lines > 0)
        changed = ImGui::InputTextMultiline(l.c_str(), &f.buf,
                                            ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * multiline_lines + 8), flags,
                                            field_callback, &typing);
    else if (hint)
        changed = ImGui::InputTextWithHint(l.c_str(), hint, &f.buf, flags, field_callback, &typing);
    else
        changed = ImGui::InputText(l.c_str(), &f.buf, flags, field_callback, &typing);
    if (typing.refused) f.at_limit = true;
    const double now = ImGui::GetTime();
    if (changed) {
        if (f.burst == 0) f.burst = next_burst();
        if (f.first_unsent < 0) f.first_unsent = now;
        f.typed_at = now;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        const std::string text = text_of(f, f.buf);
        if (text != value) sink.push(core::set_edit(path, value_of(text, kind)), f.burst);
        return;
    }
    if (!ImGui::IsItemActive()) return;
    if (f.at_limit) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::warning);
        ImGui::TextUnformatted(core::tr(core::S::field_at_limit, g_lang));
        ImGui::PopStyleColor();
    }
    if (f.burst == 0) return;
    const std::string text = text_of(f, f.buf);
    if (text == value) return;
    core::Edit edit = core::set_edit(path, value_of(text, kind));
    if (live && f.first_unsent >= 0 && (now - f.typed_at >= kTypingPause || now - f.first_unsent >= kTypingMaxDelay)) {
        f.first_unsent = f.typed_at = -1;
        sink.push(std::move(edit), f.burst, true);
    } else {
        sink.typing = QueuedEdit{std::move(edit), f.burst, false};
    }
}

std::string imgui_label(const char* id) { return std::string("##") + id; }

}  // namespace

bool text_input(const char* label, std::string& text, ImGuiInputTextFlags flags, ImVec2 lines_size) {
    const ImGuiID id = ImGui::GetID(label);
    FieldState& f = field_for(id, text);
    const std::string before = editing(id) ? f.buf : std::string();
    Typing typing{SIZE_MAX, false, 0, &f, &before};
    flags |= ImGuiInputTextFlags_CallbackAlways;
    const bool result = lines_size.y > 0 ? ImGui::InputTextMultiline(label, &f.buf, lines_size, flags, field_callback, &typing)
                                         : ImGui::InputText(label, &f.buf, flags, field_callback, &typing);
    // A field not being typed into shows `text` as it is: nothing to take back.
    if (editing(id)) text = text_of(f, f.buf);
    return result;
}

Path sub_path(Path base, std::string_view key) {
    base.emplace_back(key);
    return base;
}

Path sub_path(Path base, std::initializer_list<std::string_view> keys) {
    for (std::string_view k : keys) base.emplace_back(k);
    return base;
}

void set_widget_language(core::Lang lang) { g_lang = lang; }

namespace {
Layout g_layout;   // set_widget_layout()
}

void set_widget_layout(const Layout& layout) { g_layout = layout; }
const Layout& widget_layout() { return g_layout; }

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags, ImVec2 size) {
    // Dear ImGui pads a selectable with the item spacing, half above and half below.
    if (g_layout.touch) size.y = std::max(size.y, kTouchTarget - ImGui::GetStyle().ItemSpacing.y);
    const ShownText shown(label);   // each emoji sequence whole; the same text, the same id
    return ImGui::Selectable(shown.drawn().data(), selected, flags, size);
}

bool small_button(const char* label) { return g_layout.touch ? ImGui::Button(label) : ImGui::SmallButton(label); }

void wrap_before(float next_width, float spacing) {
    if (spacing < 0) spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetItemRectMax().x + spacing + next_width;
    // The next line's start and room tell where this line ends.
    const float line_end = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (right <= line_end + 0.5f) ImGui::SameLine(0, spacing);
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float small_button_width(const char* label) { return button_width(label); }

float checkbox_width(const char* label) {
    const float text = ImGui::CalcTextSize(label, nullptr, true).x;
    return ImGui::GetFrameHeight() + (text > 0 ? ImGui::GetStyle().ItemInnerSpacing.x + text : 0);
}

// ---- tabs --------------------------------------------------------------------------------
namespace {
// A narrow screen's tab row: the tabs seen last frame are drawn as buttons
// when the row begins (a tab's contents follow the whole row), the chosen
// one kept in Dear ImGui's storage like a tab bar's own.
struct TabRow {
    bool buttons = false;
    ImGuiID key = 0;                    // the storage key of the chosen tab
    std::vector<std::string> seen;      // this frame's tabs, for the next frame's row
};
std::vector<TabRow> g_tab_rows;
std::unordered_map<ImGuiID, std::vector<std::string>> g_tabs_seen;   // by tab bar
std::unordered_map<ImGuiID, ImGuiID> g_tab_pending;   // chosen in the row, to select in the tab bar
}  // namespace

bool begin_tabs(const char* id) {
    ImGui::PushID(id);   // the scope a tab bar of this id gives its tabs
    const ImGuiID key = ImGui::GetID("###chosen");
    const std::vector<std::string>& tabs = g_tabs_seen[key];
    // Buttons on a phone, and wherever the tabs' whole labels do not fit
    // (Dear ImGui would cut them short and scroll the rest out of sight).
    float needed = 0;
    for (const std::string& label : tabs) needed += button_width(label.c_str()) + 4;
    if (!g_layout.narrow && needed <= ImGui::GetContentRegionAvail().x) {
        ImGui::PopID();
        if (!ImGui::BeginTabBar(id)) return false;
        g_tab_rows.push_back({false, key, {}});
        return true;
    }
    TabRow row{true, key, {}};
    ImGuiStorage* storage = ImGui::GetStateStorage();
    if (!tabs.empty() && storage->GetInt(row.key, 0) == 0) storage->SetInt(row.key, (int)ImGui::GetID(tabs.front().c_str()));
    const ImGuiStyle& style = ImGui::GetStyle();
    for (size_t i = 0; i < tabs.size(); ++i) {
        const char* label = tabs[i].c_str();
        const ImGuiID tab = ImGui::GetID(label);
        const bool on = (ImGuiID)storage->GetInt(row.key) == tab;
        if (i) wrap_before(button_width(label), 4);
        ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[on ? ImGuiCol_TabSelected : ImGuiCol_Tab]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_TabHovered]);
        if (ImGui::Button(label)) {
            storage->SetInt(row.key, (int)tab);
            g_tab_pending[row.key] = tab;
        }
        ImGui::PopStyleColor(2);
    }
    ImGui::Separator();
    g_tab_rows.push_back(std::move(row));
    return true;
}

bool tab_item(const char* label) {
    TabRow& row = g_tab_rows.back();
    row.seen.emplace_back(label);
    // In the tab bar's scope (a tab's contents are in the tab's own).
    const ImGuiID tab = ImGui::GetID(label);
    if (!row.buttons) {
        // A tab chosen on a narrow screen stays chosen when the screen widens.
        ImGuiTabItemFlags flags = 0;
        auto pending = g_tab_pending.find(row.key);
        if (pending != g_tab_pending.end() && pending->second == tab) {
            flags |= ImGuiTabItemFlags_SetSelected;
            g_tab_pending.erase(pending);
        }
        const bool open = ImGui::BeginTabItem(label, nullptr, flags);
#ifdef IMGUI_ENABLE_TEST_ENGINE
        // Dear ImGui reports a tab's label before adding the tab as an item,
        // so the test hooks would list it without one: report it again.
        ImGuiContext& g = *ImGui::GetCurrentContext();
        IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label, g.LastItemData.StatusFlags);
#endif
        if (open) ImGui::GetStateStorage()->SetInt(row.key, (int)tab);
        return open;
    }
    const ImGuiID chosen = (ImGuiID)ImGui::GetStateStorage()->GetInt(row.key, 0);
    return chosen == 0 ? row.seen.size() == 1 : chosen == tab;
}

void end_tab_item() {
    if (!g_tab_rows.back().buttons) ImGui::EndTabItem();
}

void end_tabs() {
    TabRow row = std::move(g_tab_rows.back());
    g_tab_rows.pop_back();
    g_tabs_seen[row.key] = std::move(row.seen);
    if (row.buttons) ImGui::PopID();
    else ImGui::EndTabBar();
}

ImGuiTreeNodeFlags tree_flags(ImGuiTreeNodeFlags flags) {
    return g_layout.touch ? flags | ImGuiTreeNodeFlags_FramePadding : flags;
}

void place_dialog(float width_em, float height_em) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 room(vp->Size.x - 2 * kDialogMargin, vp->Size.y - 2 * kDialogMargin);
    const float em = ImGui::GetFontSize();
    const float w = width_em > 0 ? std::min(em * width_em, room.x) : 0;
    const float h = height_em > 0 ? std::min(em * height_em, room.y) : 0;
    // Centred every frame, so a rotated phone or a resized window keeps it
    // on the screen; its size is the user's once it appears, within the screen.
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), room);
}

std::string labelled(std::string_view text, std::string_view id) {
    // Drawn with each emoji sequence whole (ui/cluster_glyphs.hpp); the id
    // after "###" alone names the item, whatever the text.
    const ShownText shown(text);
    std::string out;
    out.reserve(shown.drawn().size() + 3 + id.size());
    return out.append(shown.drawn()).append("###").append(id);
}

std::string labelled(core::S text, core::Lang L, std::string_view id) { return labelled(core::tr(text, L), id); }

namespace {
float g_label_width = 0;
}

void user_text(std::string_view text) {
    const ShownText shown(text);
    ImGui::TextUnformatted(shown.drawn().data(), shown.drawn().data() + shown.drawn().size());
}

void user_text(std::string_view text, const ImVec4& colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    user_text(text);
    ImGui::PopStyleColor();
}

void user_text_disabled(std::string_view text) { user_text(text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)); }

void user_bullet(std::string_view text) {
    ImGui::Bullet();   // ends with SameLine, as ImGui::BulletText places its text
    user_text(text);
}

void draw_list_text(ImDrawList* dl, ImVec2 at, ImU32 colour, const char* text) {
    dl->AddText(at, colour, text);
    if (ImGui::GetCurrentContext()->LogEnabled) ImGui::LogRenderedText(&at, text);
}

void user_tooltip(std::string_view text) {
    if (!ImGui::BeginTooltipEx(ImGuiTooltipFlags_OverridePrevious, ImGuiWindowFlags_None)) return;
    user_text(text);
    ImGui::EndTooltip();
}

void section_heading(const char* text) {
    ImGui::Spacing();
    // Wrapped: a heading longer than a phone's screen is read whole.
    ImGui::PushStyleColor(ImGuiCol_Text, palette::heading);
    wrapped_text(text);
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void begin_form(std::initializer_list<const char*> labels) {
    float widest = 0;
    for (const char* label : labels) widest = std::max(widest, ImGui::CalcTextSize(label).x);
    g_label_width = widest + ImGui::GetStyle().ItemSpacing.x * 2;
}

float form_label_width() { return g_label_width > 0 ? g_label_width : ImGui::GetFontSize() * 7.5f; }

void form_label(const char* text) {
    if (g_layout.narrow) {   // the label above, the field the whole width below
        ImGui::TextUnformatted(text);
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(form_label_width());
}

void text_field(const char* label, const char* id, const std::string& value, const Path& path, EditSink& sink,
                const char* hint) {
    form_label(label);
    ImGui::SetNextItemWidth(-FLT_MIN);
    bound_input(imgui_label(id), hint, 0, value, path, sink, Kind::text, true);
}

void text_area(const char* label, const char* id, const std::string& value, const Path& path, EditSink& sink,
               float lines) {
    form_label(label);
    bound_input(imgui_label(id), nullptr, lines, value, path, sink, Kind::text, true);
}

void int_field(const char* label, const char* id, int value, const Path& path, EditSink& sink) {
    form_label(label);
    const std::string l = imgui_label(id);
    static std::unordered_map<ImGuiID, int> ints;
    ImGuiID gid = ImGui::GetID(l.c_str());
    int& v = ints[gid];
    if (!editing(gid)) v = value;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputInt(l.c_str(), &v, 1, 10);
    if (ImGui::IsItemDeactivatedAfterEdit() && v != value) sink.push(core::set_edit(path, v));
}

void date_field(const char* label, const char* id, const std::optional<core::Date>& value, const Path& path,
                EditSink& sink, const char* hint) {
    form_label(label);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    // The edit carries the text; apply() checks it and the app reports a refusal.
    bound_input(imgui_label(id), "YYYY-MM-DD", 0, value ? core::format_date(*value) : "", path, sink,
                Kind::empty_is_null, false);
    if (hint && g_layout.narrow) {
        help_text(hint);
    } else if (hint) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", hint);
    }
}

void text_cell(const std::string& id, const std::string& value, const Path& path, EditSink& sink, const char* hint) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    bound_input("##" + id, hint, 0, value, path, sink, Kind::text, true);
}

void text_area_cell(const std::string& id, const std::string& value, const Path& path, EditSink& sink, float lines) {
    bound_input("##" + id, nullptr, lines, value, path, sink, Kind::text, true);
}

void int_cell(const std::string& id, int value, const Path& path, EditSink& sink, float width_em) {
    const std::string l = "##" + id;
    static std::unordered_map<ImGuiID, int> ints;
    ImGuiID gid = ImGui::GetID(l.c_str());
    int& v = ints[gid];
    if (!editing(gid)) v = value;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * width_em);
    ImGui::InputInt(l.c_str(), &v, 0, 0);
    if (ImGui::IsItemDeactivatedAfterEdit() && v != value) sink.push(core::set_edit(path, v));
}

void double_cell(const std::string& id, double value, const Path& path, EditSink& sink, float width_em) {
    const std::string l = "##" + id;
    static std::unordered_map<ImGuiID, double> doubles;
    ImGuiID gid = ImGui::GetID(l.c_str());
    double& v = doubles[gid];
    if (!editing(gid)) v = value;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * width_em);
    ImGui::InputDouble(l.c_str(), &v, 0, 0, "%g");
    if (ImGui::IsItemDeactivatedAfterEdit() && v != value) sink.push(core::set_edit(path, v));
}

void time_cell(const std::string& id, const std::optional<core::TimeOfDay>& value, const Path& path, EditSink& sink) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
    // apply() checks the text: 25:61 is refused with a message naming the field.
    bound_input("##" + id, "HH:MM", 0, value ? core::format_time(*value) : "", path, sink, Kind::empty_is_null, false);
}

void date_cell(const std::string& id, const std::optional<core::Date>& value, const Path& path, EditSink& sink) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    bound_input("##" + id, "YYYY-MM-DD", 0, value ? core::format_date(*value) : "", path, sink, Kind::empty_is_null,
                false);
}

void checkbox_cell(const std::string& id, bool value, const Path& path, EditSink& sink) {
    bool v = value;
    if (ImGui::Checkbox(("##" + id).c_str(), &v)) sink.push(core::set_edit(path, v));
}

void ref_cell(const std::string& id, const std::string& value, const std::vector<std::pair<std::string, std::string>>& options,
              const char* none_label, const Path& path, EditSink& sink) {
    const char* shown = none_label;
    for (const auto& [oid, label] : options)
        if (oid == value) shown = label.c_str();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (begin_combo(("##" + id).c_str(), shown)) {
        if (ImGui::Selectable((std::string(none_label) + "##" + id + "_none").c_str(), value.empty()) && !value.empty())
            sink.push(core::set_edit(path, ""));
        for (const auto& [oid, label] : options) {
            const std::string item = std::string(ShownText(label).drawn()) + "##" + id + "_" + oid;
            if (ImGui::Selectable(item.c_str(), oid == value) && oid != value)
                sink.push(core::set_edit(path, oid));
        }
        ImGui::EndCombo();
    }
}

bool begin_table(const char* id, std::initializer_list<std::pair<const char*, float>> columns) {
    if (!begin_table(id, (int)columns.size(), ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                  ImGuiTableFlags_SizingStretchProp))
        return false;
    for (const auto& [label, weight] : columns) {
        if (weight > 0) table_column(label, ImGuiTableColumnFlags_WidthStretch, weight);
        else table_column(label, ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * -weight);
    }
    table_headers();
    return true;
}

// ---- tables or cards ------------------------------------------------------------------
namespace {

// A table begun with begin_table; tables nest, so they are a stack.
struct TableDrawn {
    bool cards = false;
    std::vector<std::string> titles;   // cards: the columns' titles
    bool set_up = false;               // cards: the card table's own columns are set up
    bool titled = false;               // cards: some column has a title (a title column is shown)
    int row = -1;                      // cards: the table's row (the card)
    int column = -1;                   // cards: the column of the cell being drawn
};
std::vector<TableDrawn> g_tables;

// The card table's own two columns: the titles, as wide as the widest (at
// most two fifths of the width), and the cells.
void set_up_cards(TableDrawn& t) {
    if (t.set_up) return;
    t.set_up = true;
    float widest = 0;
    for (const std::string& title : t.titles) {
        const std::string_view shown(title.c_str(), ImGui::FindRenderedTextEnd(title.c_str()) - title.c_str());
        if (!shown.empty()) widest = std::max(widest, ImGui::CalcTextSize(title.c_str(), title.c_str() + shown.size()).x);
    }
    t.titled = widest > 0;
    const float room = ImGui::GetContentRegionAvail().x * 0.4f;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed | (t.titled ? 0 : ImGuiTableColumnFlags_Disabled),
                            std::min(widest, room));
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1);   // a weight: see table_column
}

// Moves to the cell of `column` in the current card: a line of its own.
void card_line(TableDrawn& t, int column) {
    set_up_cards(t);
    if (t.row < 0) t.row = 0;
    t.column = column;
    ImGui::TableNextRow();
    if (t.row % 2 == 1)   // cards alternate their shade, as a table's rows do
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    if (t.titled) {
        ImGui::TableSetColumnIndex(0);
        const std::string& title = column < (int)t.titles.size() ? t.titles[column] : std::string();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%.*s", (int)(ImGui::FindRenderedTextEnd(title.c_str()) - title.c_str()), title.c_str());
    }
    ImGui::TableSetColumnIndex(1);
}

TableDrawn* cards() { return !g_tables.empty() && g_tables.back().cards ? &g_tables.back() : nullptr; }

}  // namespace

bool begin_table(const char* id, int columns, ImGuiTableFlags flags, ImVec2 outer_size, float inner_width) {
    if (!g_layout.narrow) {
        if (!ImGui::BeginTable(id, columns, flags, outer_size, inner_width)) return false;
        g_tables.push_back({});
        return true;
    }
    // One card under the other, as wide as the screen: no horizontal
    // scrolling, no sorting by a header that is not shown.
    const ImGuiTableFlags kept = flags & (ImGuiTableFlags_ScrollY | ImGuiTableFlags_NoSavedSettings);
    if (!ImGui::BeginTable(id, 2, kept | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX,
                           ImVec2(0, outer_size.y)))
        return false;
    TableDrawn t;
    t.cards = true;
    g_tables.push_back(std::move(t));
    return true;
}

void table_column(const char* label, ImGuiTableColumnFlags flags, float width) {
    if (TableDrawn* t = cards()) {
        t->titles.emplace_back(label ? label : "");
        return;
    }
    // A stretch column always has a weight (1 unless given). Without one, a
    // SizingStretchProp table's first frame weighs it by its content width,
    // which Dear ImGui 1.92.2 has not measured yet: 0 / 0 (ocornut/imgui#8718,
    // open), so the table lays out with NaN widths for a frame (a text field
    // 8 px wide) and passes the NaN on to the window's content size, which
    // UBSan (clang's float-cast-overflow) stops. No table here has more than
    // one stretch column without a weight, and a lone one weighs 1 after that
    // frame anyway: only the first frame changes.
    if ((flags & ImGuiTableColumnFlags_WidthStretch) && width <= 0) width = 1;
    ImGui::TableSetupColumn(label, flags, width);
}

void table_freeze(int columns, int rows) {
    if (!cards()) ImGui::TableSetupScrollFreeze(columns, rows);
}

void table_headers() {
    if (TableDrawn* t = cards()) set_up_cards(*t);
    else ImGui::TableHeadersRow();
}

void table_row(ImGuiTableRowFlags flags, float min_height) {
    if (TableDrawn* t = cards()) {   // the next card; its lines come with its cells
        set_up_cards(*t);
        ++t->row;
        t->column = -1;
        return;
    }
    ImGui::TableNextRow(flags, min_height);
}

bool table_cell() {
    if (TableDrawn* t = cards()) {
        if (t->row < 0) t->row = 0;
        if (!t->titles.empty() && t->column + 1 >= (int)t->titles.size()) {   // past the last: the next card, as ImGui wraps
            ++t->row;
            t->column = -1;
        }
        card_line(*t, t->column + 1);
        return true;
    }
    return ImGui::TableNextColumn();
}

void table_cell_at(int column) {
    if (TableDrawn* t = cards()) card_line(*t, column);
    else ImGui::TableSetColumnIndex(column);
}

ImRect table_cell_rect(int column) {
    return ImGui::TableGetCellBgRect(ImGui::GetCurrentTable(), cards() ? 1 : column);
}

bool in_cards() { return cards() != nullptr; }

void end_table() {
    ImGui::EndTable();
    if (!g_tables.empty()) g_tables.pop_back();
}

void help_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(text);
    ImGui::PopStyleColor();
}

void wrapped_text(std::string_view text) {
    wrapped_text(text, ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), 0.0f));
}

namespace {

// The lines wrapped_text breaks `drawn` into, in the current font.
std::vector<core::Line> wrapped_lines_of(std::string_view drawn, float max_width) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImFontBaked* baked = ImGui::GetFontBaked();
    const float scale = g.FontSize / baked->Size;   // as Dear ImGui measures and draws
    const auto advance = [&](char32_t c) {
        if (c == '\r') return 0.0f;   // not drawn
        if (c > IM_UNICODE_CODEPOINT_MAX) c = IM_UNICODE_CODEPOINT_INVALID;
        return baked->GetCharAdvance((ImWchar)c) * scale;
    };
    return core::break_lines(drawn, max_width, advance);
}

}  // namespace

float wrapped_text_height(std::string_view text, float max_width) {
    const ShownText shown_text(text);
    return ImGui::GetFontSize() * (float)wrapped_lines_of(shown_text.drawn(), max_width).size();
}

void wrapped_text(std::string_view text, float max_width) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;
    if (text.empty()) text = "";   // Dear ImGui takes no null pointer for an empty text
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Drawn with each emoji sequence as one glyph where the font can
    // (ui/cluster_glyphs.hpp); the hooks see the text itself, the log what is
    // drawn (the screen text turns the stand-ins back, ui::with_clusters).
    const ShownText shown_text(text);
    const std::string_view drawn = shown_text.drawn();
    const std::vector<core::Line> lines = wrapped_lines_of(drawn, max_width);

    // One item for all the lines, as ImGui::TextWrapped.
    const float line_height = g.FontSize;
    float width = 0;
    for (const core::Line& line : lines) width = std::max(width, line.width);
    const ImVec2 size(std::ceil(width), line_height * (float)lines.size());
    const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size, 0.0f);
    if (!ImGui::ItemAdd(bb, 0)) return;

    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    float y = pos.y;
    for (const core::Line& line : lines) {
        const char* begin = drawn.data() + line.begin;
        const char* shown = drawn.data() + line.shown;
        if (shown > begin && y + line_height > window->ClipRect.Min.y && y < window->ClipRect.Max.y)
            window->DrawList->AddText(g.Font, g.FontSize, ImVec2(pos.x, y), colour, begin, shown);
        const size_t from = shown_text.source_offset(line.begin);
        test_hooks_wrapped_line(text.substr(from, shown_text.source_offset(line.shown) - from));
        y += line_height;
    }
    // The screen text has the text whole, with only its own line breaks, as
    // ImGui::TextWrapped logged it: a search for a sentence finds it wherever
    // the lines break.
    if (g.LogEnabled) ImGui::LogRenderedText(&bb.Min, drawn.data(), drawn.data() + drawn.size());
}

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = ImGui::GetID(label);
    const ShownText shown(preview ? std::string_view(preview) : std::string_view());   // each emoji sequence whole
    const bool open = ImGui::BeginCombo(label, preview ? shown.drawn().data() : nullptr, flags);
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, 0);
    return open;
}

bool remove_button(const std::string& id, const Path& element_path, EditSink& sink) {
    if (!small_button(("×##" + id).c_str())) return false;
    sink.push(core::remove_edit(element_path));
    return true;
}

void checkbox_field(const char* label, const char* id, bool value, const Path& path, EditSink& sink) {
    bool v = value;
    const std::string l = std::string(label) + "##" + id;
    if (ImGui::Checkbox(l.c_str(), &v)) sink.push(core::set_edit(path, v));
}

}  // namespace ui
