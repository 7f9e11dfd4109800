// Emoji sequences drawn whole (ui/cluster_glyphs.hpp): where the font draws
// a cluster as one glyph, shown text stands each sequence in with one
// private-use character the font loader draws from the cluster's own text;
// the text itself, the screen text and the lines the hooks see keep every
// character.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/json/plan_json.hpp"
#include "core/templates/templates.hpp"
#include "core/text/utf8.hpp"
#include "headless.hpp"
#include "imgui.h"
#include "imgui_internal.h"   // ImTextCharToUtf8
#include "ui/cluster_glyphs.hpp"
#include "ui/test_hooks.hpp"
#include "ui/widgets.hpp"

using ui_test::Headless;

namespace {

struct ClustersOn {
    ClustersOn() { ui::set_cluster_glyphs(true); }
    ~ClustersOn() { ui::set_cluster_glyphs(false); }
};

const std::string kFamily = "👨‍👩‍👧", kThumb = "👍🏽", kFlag = "🇨🇳", kHeart = "❤️", kKeycap = "1️⃣";

std::vector<char32_t> chars(std::string_view s) {
    std::vector<char32_t> out;
    for (size_t at = 0; at < s.size();) out.push_back(core::next_char(s, at));
    return out;
}

// The width wrapped_text gives `text` (one line, wide enough).
float drawn_width(Headless&, const std::string& text) {
    ImGui::NewFrame();
    ui::test_hooks_begin_frame(true);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1200, 400));
    ImGui::Begin("clusters");
    ui::wrapped_text(text, 1100);
    const float width = ImGui::GetItemRectSize().x;
    ImGui::End();
    ui::test_hooks_end_frame();
    ImGui::EndFrame();
    return width;
}

}  // namespace

TEST_CASE("each emoji sequence is one stand-in character, and the way back finds the text's own offsets") {
    const std::string text = "早安" + kFamily + "，" + kFlag + kHeart + "🧧" + kThumb + "第" + kKeycap + "名";
    {
        const ui::ShownText off(text);
        CHECK(off.drawn() == text);   // off: drawn as it is
    }
    ClustersOn on;
    const ui::ShownText shown(text);
    const std::vector<char32_t> drawn = chars(shown.drawn());
    // 早 安 F ， C H 🧧 T 第 K 名: five stand-ins, everything else as it was.
    REQUIRE(drawn.size() == 11);
    const std::string* parts[] = {&kFamily, &kFlag, &kHeart, &kThumb, &kKeycap};
    const size_t at[] = {2, 4, 5, 7, 9};
    for (int i = 0; i < 5; ++i) {
        CAPTURE(*parts[i]);
        const std::string* cluster = ui::cluster_of(drawn[at[i]]);
        REQUIRE(cluster != nullptr);
        CHECK(*cluster == *parts[i]);
    }
    CHECK(drawn[6] == U'🧧');   // a lone emoji is drawn as itself
    CHECK(ui::cluster_of(U'🧧') == nullptr);
    // A subdivision flag (tags after 🏴) is one stand-in too.
    const std::string scotland = "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";
    const std::vector<char32_t> flag = chars(ui::ShownText(scotland).drawn());
    REQUIRE(flag.size() == 1);
    REQUIRE(ui::cluster_of(flag[0]) != nullptr);
    CHECK(*ui::cluster_of(flag[0]) == scotland);
    // The same sequence again has the same stand-in.
    CHECK(chars(ui::ShownText(kFamily).drawn()) == std::vector<char32_t>{drawn[2]});
    // Offsets between characters map back: each drawn prefix is the text's prefix with the sequences whole.
    std::string prefix;
    size_t offset = 0;
    const std::string_view d = shown.drawn();
    for (size_t i = 0; i <= drawn.size(); ++i) {
        CHECK(shown.source_offset(offset) == prefix.size());
        if (i == drawn.size()) break;
        const std::string* cluster = ui::cluster_of(drawn[i]);
        const size_t len = drawn[i] < 0x80 ? 1 : drawn[i] < 0x800 ? 2 : drawn[i] < 0x10000 ? 3 : 4;
        prefix += cluster ? *cluster : std::string(d.substr(offset, len));
        offset += len;
    }
    CHECK(prefix == text);
}

TEST_CASE("a private-use character in the text itself is never taken for a stand-in") {
    ClustersOn on;
    const char32_t family = chars(ui::ShownText(kFamily).drawn()).at(0);
    REQUIRE(ui::cluster_of(family) != nullptr);
    // A user's text with the very character that stands for the family, and the family itself.
    char utf8[5];
    const std::string own(utf8, (size_t)ImTextCharToUtf8(utf8, (unsigned)family));
    const std::string text = "A" + own + "B" + kFamily + "C";
    const ui::ShownText shown(text);
    const std::vector<char32_t> drawn = chars(shown.drawn());
    REQUIRE(drawn.size() == 5);
    CHECK(drawn[1] != family);                        // the user's character has a stand-in of its own,
    REQUIRE(ui::cluster_of(drawn[1]) != nullptr);
    CHECK(*ui::cluster_of(drawn[1]) == own);          // which the font draws as that character
    CHECK(drawn[3] == family);                        // and the family keeps its own
    CHECK(ui::with_clusters(shown.drawn()) == text);  // the way back gives the text, every character
    CHECK(shown.source_offset(shown.drawn().size()) == text.size());
    // Off (Dear ImGui's own rasterizer), the text is drawn and reported as it is.
    ui::set_cluster_glyphs(false);
    CHECK(ui::ShownText(text).drawn() == text);
    CHECK(ui::with_clusters(text) == text);
}

TEST_CASE("a wrapped text draws each sequence as one glyph and its lines keep every character") {
    Headless h(core::Lang::zh);
    const std::string text = "全家福" + kFamily + kFamily + kFamily + "，点赞" + kThumb + "！";
    const float parts = drawn_width(h, text);
    float whole = 0;
    {
        ClustersOn on;
        whole = drawn_width(h, text);
        // The lines the hooks saw are the text itself, and so is the screen text.
        std::string joined;
        for (const std::string& l : ui::wrapped_lines()) joined += l;
        CHECK(joined == text);
        CHECK(ui::screen_text().find(text) != std::string::npos);
    }
    // Drawn in parts, each family is three glyphs and two joiners; whole, one.
    CHECK(whole < parts);
    CHECK(whole > 0);
}

namespace {

// A frame of labels: a button, a list item, a closed combo showing its
// choice and a line of the user's text (`only`: just that one, 0–3; -1: all four). Returns the window's
// vertex count, which counts the glyphs drawn.
int label_frame(Headless&, const std::string& text, int only = -1) {
    ImGui::NewFrame();
    ui::test_hooks_begin_frame(true);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1200, 400));
    ImGui::Begin("labels");
    if (only < 0 || only == 0) ImGui::Button(ui::labelled(text, "fam_button").c_str());
    if (only < 0 || only == 1) ui::selectable((text + "##fam_item").c_str(), false, 0, ImVec2(0, 0));
    ImGui::SetNextItemWidth(600);
    if ((only < 0 || only == 2) && ui::begin_combo("##fam_combo", text.c_str())) ImGui::EndCombo();
    if (only < 0 || only == 3) ui::user_text_disabled(text);
    const int vertices = ImGui::GetWindowDrawList()->VtxBuffer.Size;
    ImGui::End();
    ui::test_hooks_end_frame();
    ImGui::EndFrame();
    return vertices;
}

}  // namespace

TEST_CASE("buttons, list items, a combo's choice and names draw each sequence whole; the hooks and the screen text report the text") {
    Headless h(core::Lang::zh);
    const std::string text = "全家" + kFamily + kFamily + "点赞" + kThumb + "国旗" + kFlag;
    int parts[4], whole[4];
    for (int w = 0; w < 4; ++w) parts[w] = label_frame(h, text, w);
    nlohmann::json items;
    std::string screen;
    {
        ClustersOn on;
        for (int w = 0; w < 4; ++w) whole[w] = label_frame(h, text, w);
        label_frame(h, text);
        items = nlohmann::json::parse(ui::items_json());
        screen = ui::screen_text();
    }
    // Each widget draws fewer glyphs: a family is one, not three and two joiners.
    for (int w = 0; w < 4; ++w) {
        CAPTURE(w);
        CHECK(whole[w] < parts[w]);
    }
    // The button and the list item are listed by their text; the stand-ins never reach the hooks.
    int listed = 0;
    for (const auto& item : items) {
        const std::string id = item["id"];
        CHECK(id.find("\xF3\xB0") == std::string::npos);
        listed += item["label"] == text;
    }
    CHECK(listed == 2);
    // The screen text has the text whole four times: the button, the item, the combo's choice, the line.
    size_t found = 0;
    for (size_t at = 0; (at = screen.find(text, at)) != std::string::npos; at += text.size()) ++found;
    CHECK(found == 4);
    CHECK(screen.find("\xF3\xB0") == std::string::npos);
}

namespace {

// The plan's own words, each with a family appended: every name, title and
// text a user writes (the keys of the plan file that hold them).
void add_family(nlohmann::json& j, const std::string& key) {
    static const char* const kText[] = {"action", "announcement_intro", "announcement_layout", "avatar", "benefits",
                                        "city", "detail", "duties", "feedback", "goal", "guest", "name", "note",
                                        "owner", "pain", "perk", "poster_sizes", "purpose", "recap", "solution",
                                        "text", "title", "topic", "users"};
    if (j.is_object()) {
        for (auto& [k, v] : j.items()) add_family(v, k);
    } else if (j.is_array()) {
        for (auto& v : j) add_family(v, key);
    } else if (j.is_string()) {
        for (const char* k : kText)
            if (key == k) j = j.get<std::string>() + kFamily;
    }
}

bool is_tab(const std::string& id) {
    const std::string name = id.substr(id.rfind('#') + 1);   // after "###", or the whole id
    const size_t tab = name.find("tab_");
    return tab != std::string::npos && (tab == 0 || name[tab - 1] == '_') && name.find(' ') == std::string::npos;
}


// Visits every section and tab at `width` (tall: every row of every list
// on the screen, and in the screen text) and checks that no family the
// plan's words put on the screen is drawn in parts.
void check_every_view(float width) {
    CAPTURE(width);
    Headless h(core::Lang::zh, width, 16000);
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::mother_baby}}});
    nlohmann::json file = nlohmann::json::parse(core::export_plan_json(h.app.plan(), "2025-03-01T08:00:00Z"));
    add_family(file, "");
    REQUIRE_FALSE(h.app.import_text(file.dump()));
    REQUIRE(h.app.plan().basics.name.find(kFamily) != std::string::npos);
    ClustersOn on;
    const char* const sections[] = {"library", "today", "dashboard", "basics", "setup",
                                    "rhythm",  "content", "incentives", "kpis", "review"};
    int views = 0, whole = 0;
    for (const char* section : sections) {
        h.go_to(section);
        h.frames(2);
        std::vector<std::string> tabs{""};   // the section as it opens, then each tab
        for (const ui_test::Item& it : h.items())
            if (is_tab(it.id)) tabs.push_back(it.id.substr(it.id.rfind('#') + 1));
        for (const std::string& tab : tabs) {
            CAPTURE(std::string(section));
            CAPTURE(tab);
            if (!tab.empty()) {
                if (!h.drawn(tab)) continue;
                h.click(tab);
                h.frames(2);
            }
            h.frame(true);
            ++views;
            const std::string& shown = ui::drawn_text();   // the fields' own text ("{ … }") included
            const size_t parts = shown.find(kFamily);
            if (parts != std::string::npos) {
                const size_t line = shown.rfind('\n', parts) + 1;
                CHECK_MESSAGE(false, "drawn in parts: " << shown.substr(line, shown.find('\n', parts) - line));
            }
            whole += ui::screen_text().find(kFamily) != std::string::npos;
        }
    }
    CHECK(views >= 25);   // every section and its tabs
    CHECK(whole >= 20);   // and the plan's words were on the screen in nearly all of them
}

}  // namespace

TEST_CASE("in every section and tab, the plan's names, titles and texts are drawn with each sequence whole") {
    check_every_view(1280);   // a desktop
    check_every_view(390);    // a phone: the tables as cards
}

TEST_CASE("the way from the text's offsets to the drawn text's lands after a stand-in, never inside it") {
    ClustersOn on;
    const std::string text = "早" + kFamily + "，" + kFlag + "名";
    const ui::ShownText shown(text);
    const std::string_view d = shown.drawn();
    REQUIRE(chars(d).size() == 5);   // 早 F ， C 名
    const size_t family_at = std::string("早").size(), flag_at = family_at + kFamily.size() + std::string("，").size();
    CHECK(shown.drawn_offset(0) == 0);
    CHECK(shown.drawn_offset(family_at) == 3);                              // before the family: before its stand-in
    for (size_t inside = family_at + 1; inside < family_at + kFamily.size(); ++inside)
        CHECK(shown.drawn_offset(inside) == 7);                             // inside: after its stand-in
    CHECK(shown.drawn_offset(family_at + kFamily.size()) == 7);             // after it
    CHECK(shown.drawn_offset(flag_at) == 10);
    CHECK(shown.drawn_offset(flag_at + 4) == 14);                           // between the flag's two letters
    CHECK(shown.drawn_offset(text.size()) == d.size());
    // Both ways agree between characters of the drawn text.
    for (size_t at = 0; at <= d.size(); at += (at < d.size() && (unsigned char)d[at] >= 0xF0) ? 4 : 3)
        CHECK(shown.drawn_offset(shown.source_offset(at)) == at);
}

// A field being typed into draws each sequence whole too: its buffer holds
// the stand-ins (ui::field_text), so Dear ImGui's own field draws one glyph
// and its cursor, Backspace and selection take one character; the plan, the
// limit and a copy see every character.
TEST_CASE("a field being typed into draws each sequence whole; the plan, its limit, a paste and a copy keep every character") {
    ClustersOn on;
    Headless h(core::Lang::zh);
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::blank}}});
    h.click("nav_basics");
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("群" + kFamily + kFlag + "🧧");
    h.frame(true);
    // The field, active, draws the family and the flag each as its stand-in.
    const std::string drawn = ui::drawn_text();
    const size_t field = drawn.find("{ 群");
    REQUIRE(field != std::string::npos);
    const std::string shown = drawn.substr(field, drawn.find('}', field) - field);
    auto utf8 = [](char32_t c) {
        char b[5];
        return std::string(b, (size_t)ImTextCharToUtf8(b, (unsigned)c));
    };
    CHECK(shown == "{ 群" + utf8(ui::stand_in_for(kFamily)) + utf8(ui::stand_in_for(kFlag)) + "🧧 ");
    CHECK(shown.find("\u200D") == std::string::npos);
    // The screen text and the plan have the characters themselves.
    CHECK(ui::screen_text().find("群" + kFamily + kFlag + "🧧") != std::string::npos);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == "群" + kFamily + kFlag + "🧧");

    // The cursor steps over a stand-in as one character; Backspace takes it whole.
    h.click("##community_name");
    h.press(ImGuiKey_End);
    h.press(ImGuiKey_LeftArrow);
    h.press(ImGuiKey_Backspace);   // the flag
    h.press(ImGuiKey_LeftArrow);
    h.type("|");                    // between 群 and the family
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == "群|" + kFamily + "🧧");

    // A sequence typed a character at a time becomes one as it forms.
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    for (const char* part : {"👨", "\u200D", "👩", "\u200D", "👧"}) h.type(part);
    h.type("好");
    h.frame(true);
    CHECK(ui::drawn_text().find("{ " + utf8(ui::stand_in_for(kFamily)) + "好 }") != std::string::npos);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == kFamily + "好");

    // A paste: the clipboard's sequences arrive whole and are stored as they were.
    ImGui::SetClipboardText((kThumb + "点赞" + kKeycap).c_str());
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.press(ImGuiKey_V, ImGuiMod_Ctrl);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == kThumb + "点赞" + kKeycap);

    // A copy or a cut from the field holds the characters, not the stand-ins.
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.press(ImGuiKey_C, ImGuiMod_Ctrl);
    CHECK(std::string(ImGui::GetClipboardText()) == kThumb + "点赞" + kKeycap);
    h.press(ImGuiKey_End);
    h.press(ImGuiKey_LeftArrow, ImGuiMod_Shift);   // the keycap, one character here
    h.press(ImGuiKey_X, ImGuiMod_Ctrl);
    CHECK(std::string(ImGui::GetClipboardText()) == kKeycap);
    h.press(ImGuiKey_Escape);
    h.frames(2);

    // The limit counts the characters themselves: 👨‍👩‍👧 is five, and only two fit.
    h.click("##community_name");
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    std::string near;
    for (int i = 0; i < 198; ++i) near += "群";
    h.type(near + kFamily);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == near);
    h.click("##community_name");
    h.press(ImGuiKey_End);
    h.press(ImGuiKey_Backspace);
    h.press(ImGuiKey_Backspace);
    h.press(ImGuiKey_Backspace);
    h.type(kFamily);   // 195 + 5 = 200: it fits now
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.plan().basics.name == near.substr(0, 195 * 3) + kFamily);
}

// The fields over the view's own strings (ui::text_input: a plan's new name,
// a skip reason, a calendar item's title, the lines to replicate) do the same.
TEST_CASE("renaming a plan in the library draws the new name's sequences whole and keeps every character") {
    ClustersOn on;
    Headless h(core::Lang::zh);
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::blank}}});
    const std::string id = h.app.open_id();
    h.go_to("library");
    h.frames(2);
    h.click("lib_tab_plans");   // the tab the library opens on may be the overview
    h.frames(2);
    h.click("lib_rename_" + id);
    h.frames(2);
    h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type("宝妈" + kFamily + "群" + kFlag);
    h.press(ImGuiKey_Backspace);   // the flag, whole
    h.frame(true);
    auto utf8 = [](char32_t c) {
        char b[5];
        return std::string(b, (size_t)ImTextCharToUtf8(b, (unsigned)c));
    };
    CHECK(ui::drawn_text().find("{ 宝妈" + utf8(ui::stand_in_for(kFamily)) + "群 }") != std::string::npos);
    h.press(ImGuiKey_Enter);
    h.frames(2);
    h.frame(true);
    CHECK(ui::screen_text().find("宝妈" + kFamily + "群") != std::string::npos);   // the library lists the new name
    const std::string index = h.services.memory.get("planner.index").value_or("");
    CHECK(index.find("宝妈" + kFamily + "群\"") != std::string::npos);          // and keeps it, every character
}
