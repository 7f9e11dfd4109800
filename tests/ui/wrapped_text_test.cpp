// Wrapped text as drawn: lines that fit, one item, and the screen text
// still holding each text whole.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "headless.hpp"
#include "ui/test_hooks.hpp"
#include "ui/widgets.hpp"

using ui_test::Headless;

namespace {

const char* const kClosing[] = {"，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》",
                                "〉", "】", "〕", "”", "’", "…", "—", ",", ".", ";", ":", "?", "!", ")"};
const char* const kOpening[] = {"（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "("};

template <class Marks>
bool starts_with_any(const std::string& s, const Marks& marks) {
    return std::any_of(std::begin(marks), std::end(marks), [&](const char* p) { return s.rfind(p, 0) == 0; });
}
template <class Marks>
bool ends_with_any(const std::string& s, const Marks& marks) {
    return std::any_of(std::begin(marks), std::end(marks), [&](const std::string& p) {
        return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
    });
}

// The drawn lines that make up `text`, in order; empty when it was not drawn.
// Spaces at a wrap are not drawn, so a line's text is found up to them.
std::vector<std::string> lines_of(const std::string& text) {
    const std::vector<std::string>& drawn = ui::wrapped_lines();
    for (size_t first = 0; first < drawn.size(); ++first) {
        std::vector<std::string> found;
        size_t at = 0;
        for (size_t i = first; i < drawn.size() && at < text.size(); ++i) {
            if (drawn[i].empty() || text.compare(at, drawn[i].size(), drawn[i]) != 0) break;
            found.push_back(drawn[i]);
            at += drawn[i].size();
            while (at < text.size() && text[at] == ' ') ++at;
        }
        if (at == text.size()) return found;
    }
    return {};
}

}  // namespace

TEST_CASE("wrapped text in a given width: every line fits, one item, the screen text whole") {
    Headless h(core::Lang::zh);
    const std::string text = "每天一条育儿干货，每周一次专家答疑（周三晚上）。Weekly Q&A with experts!";
    ImGui::NewFrame();
    ui::test_hooks_begin_frame(true);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(600, 400));
    ImGui::Begin("wrap test");
    const float width = ImGui::GetFontSize() * 12;
    ui::wrapped_text(text, width);
    const ImVec2 item = ImGui::GetItemRectSize();
    const std::vector<std::string> lines = lines_of(text);
    REQUIRE(lines.size() > 2);
    for (size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(lines[i]);
        CHECK(ImGui::CalcTextSize(lines[i].c_str()).x <= width);
        if (i > 0) CHECK_FALSE(starts_with_any(lines[i], kClosing));
        if (i + 1 < lines.size()) CHECK_FALSE(ends_with_any(lines[i], kOpening));
    }
    CHECK(item.y == doctest::Approx(ImGui::GetFontSize() * (float)lines.size()));
    CHECK(item.x <= width);
    ImGui::End();
    ui::test_hooks_end_frame();
    ImGui::EndFrame();
    CHECK(ui::screen_text().find(text) != std::string::npos);
}
