#include "ui/widgets.hpp"

#include <algorithm>
#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/theme.hpp"

namespace ui {

namespace {

// Buffers of the fields being typed into, by ImGui id. A field shows the
// plan's value until it is activated, then its own buffer until committed.
std::unordered_map<ImGuiID, std::string>& buffers() {
    static std::unordered_map<ImGuiID, std::string> map;
    return map;
}

// A field keeps its buffer while active and for the frame it is left in: a
// click on a field drawn earlier in the frame moves the active id before this
// field is drawn, and its typed text must still be committed.
bool editing(ImGuiID id) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.ActiveId == id || g.ActiveIdPreviousFrame == id;
}

std::string& buffer_for(const std::string& imgui_label, const std::string& value) {
    ImGuiID id = ImGui::GetID(imgui_label.c_str());
    std::string& buf = buffers()[id];
    if (!editing(id)) buf = value;
    return buf;
}

std::string imgui_label(const char* id) { return std::string("##") + id; }

}  // namespace

Path sub_path(Path base, std::string_view key) {
    base.emplace_back(key);
    return base;
}

Path sub_path(Path base, std::initializer_list<std::string_view> keys) {
    for (std::string_view k : keys) base.emplace_back(k);
    return base;
}

std::string labelled(std::string_view text, std::string_view id) {
    std::string out;
    out.reserve(text.size() + 3 + id.size());
    return out.append(text).append("###").append(id);
}

std::string labelled(core::S text, core::Lang L, std::string_view id) { return labelled(core::tr(text, L), id); }

namespace {
float g_label_width = 0;
}

void section_heading(const char* text) {
    ImGui::Spacing();
    ImGui::TextColored(palette::heading, "%s", text);
    ImGui::Separator();
}

void begin_form(std::initializer_list<const char*> labels) {
    float widest = 0;
    for (const char* label : labels) widest = std::max(widest, ImGui::CalcTextSize(label).x);
    g_label_width = widest + ImGui::GetStyle().ItemSpacing.x * 2;
}

float form_label_width() { return g_label_width > 0 ? g_label_width : ImGui::GetFontSize() * 7.5f; }

void form_label(const char* text) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(form_label_width());
}

void text_field(const char* label, const char* id, const std::string& value, const Path& path, EditSink& sink,
                const char* hint) {
    form_label(label);
    const std::string l = imgui_label(id);
    std::string& buf = buffer_for(l, value);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (hint)
        ImGui::InputTextWithHint(l.c_str(), hint, &buf);
    else
        ImGui::InputText(l.c_str(), &buf);
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != value) sink.push(core::set_edit(path, buf));
}

void text_area(const char* label, const char* id, const std::string& value, const Path& path, EditSink& sink,
               float lines) {
    form_label(label);
    const std::string l = imgui_label(id);
    std::string& buf = buffer_for(l, value);
    ImGui::InputTextMultiline(l.c_str(), &buf, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines + 8));
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != value) sink.push(core::set_edit(path, buf));
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
    const std::string l = imgui_label(id);
    const std::string shown = value ? core::format_date(*value) : "";
    std::string& buf = buffer_for(l, shown);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputTextWithHint(l.c_str(), "YYYY-MM-DD", &buf);
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != shown) {
        // The edit carries the text; apply() checks it and the app reports a refusal.
        sink.push(core::set_edit(path, buf.empty() ? nlohmann::json(nullptr) : nlohmann::json(buf)));
    }
    if (hint) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", hint);
    }
}

void text_cell(const std::string& id, const std::string& value, const Path& path, EditSink& sink, const char* hint) {
    const std::string l = "##" + id;
    std::string& buf = buffer_for(l, value);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (hint) ImGui::InputTextWithHint(l.c_str(), hint, &buf);
    else ImGui::InputText(l.c_str(), &buf);
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != value) sink.push(core::set_edit(path, buf));
}

void text_area_cell(const std::string& id, const std::string& value, const Path& path, EditSink& sink, float lines) {
    const std::string l = "##" + id;
    std::string& buf = buffer_for(l, value);
    ImGui::InputTextMultiline(l.c_str(), &buf, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines + 8));
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != value) sink.push(core::set_edit(path, buf));
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
    const std::string l = "##" + id;
    const std::string shown = value ? core::format_time(*value) : "";
    std::string& buf = buffer_for(l, shown);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
    ImGui::InputTextWithHint(l.c_str(), "HH:MM", &buf);
    // apply() checks the text: 25:61 is refused with a message naming the field.
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != shown)
        sink.push(core::set_edit(path, buf.empty() ? nlohmann::json(nullptr) : nlohmann::json(buf)));
}

void date_cell(const std::string& id, const std::optional<core::Date>& value, const Path& path, EditSink& sink) {
    const std::string l = "##" + id;
    const std::string shown = value ? core::format_date(*value) : "";
    std::string& buf = buffer_for(l, shown);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
    ImGui::InputTextWithHint(l.c_str(), "YYYY-MM-DD", &buf);
    if (ImGui::IsItemDeactivatedAfterEdit() && buf != shown)
        sink.push(core::set_edit(path, buf.empty() ? nlohmann::json(nullptr) : nlohmann::json(buf)));
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
            if (ImGui::Selectable((label + "##" + id + "_" + oid).c_str(), oid == value) && oid != value)
                sink.push(core::set_edit(path, oid));
        }
        ImGui::EndCombo();
    }
}

bool begin_table(const char* id, std::initializer_list<std::pair<const char*, float>> columns) {
    if (!ImGui::BeginTable(id, (int)columns.size(), ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                        ImGuiTableFlags_SizingStretchProp))
        return false;
    for (const auto& [label, weight] : columns) {
        if (weight > 0) ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthStretch, weight);
        else ImGui::TableSetupColumn(label, ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * -weight);
    }
    ImGui::TableHeadersRow();
    return true;
}

void help_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void wrapped_text(const std::string& text) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float width = std::max(ImGui::GetContentRegionAvail().x, size);
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::string lines;   // the text with a '\n' at each wrap, drawn as one item
    const char* s = text.c_str();
    const char* const end = s + text.size();
    while (s < end) {
        const char* para = std::find(s, end, '\n');
        while (s < para) {
            const char* eol = font->CalcWordWrapPosition(size, s, para, width);
            if (eol <= s) eol = s + std::max(1, ImTextCountUtf8BytesFromChar(s, para));
            if (eol < para && eol - s >= 2 && (eol[-1] == '.' || eol[-1] == ',') && digit(eol[-2]) && digit(*eol)) {
                const char* blank = eol - 1;
                while (blank > s && *blank != ' ') --blank;
                if (blank > s) eol = blank;   // the whole number goes to the next line
            }
            lines.append(s, eol);
            s = eol;
            while (s < para && (*s == ' ' || *s == '\t')) ++s;
            if (s < para) lines += '\n';
        }
        if (s < end) lines += '\n';
        s = para + (para < end ? 1 : 0);
    }
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
}

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, 0);
    return open;
}

bool remove_button(const std::string& id, const Path& element_path, EditSink& sink) {
    if (!ImGui::SmallButton(("×##" + id).c_str())) return false;
    sink.push(core::remove_edit(element_path));
    return true;
}

void checkbox_field(const char* label, const char* id, bool value, const Path& path, EditSink& sink) {
    bool v = value;
    const std::string l = std::string(label) + "##" + id;
    if (ImGui::Checkbox(l.c_str(), &v)) sink.push(core::set_edit(path, v));
}

}  // namespace ui
