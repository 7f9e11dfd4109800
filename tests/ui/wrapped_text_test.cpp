// Wrapped text as drawn: the positioning statement on a narrow screen never
// starts a line with closing punctuation nor ends one with opening
// punctuation, a number stays on one line, and the screen text still holds
// each text whole. The headless font has no hanzi: each is drawn as the
// fallback glyph, all of one width, as a CJK font draws them.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/rules/positioning.hpp"
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

std::string positioning_of(Headless& h) { return core::positioning_sentence(h.app.plan().basics, h.app.lang()); }

void open_basics(Headless& h, const char* users, const char* pain, const char* solution) {
    run(h, {ui::Command{ui::cmd::NewFromTemplate{core::TemplateId::blank}}});
    run(h, {core::set_edit({"basics", "positioning", "users"}, users),
            core::set_edit({"basics", "positioning", "pain"}, pain),
            core::set_edit({"basics", "positioning", "solution"}, solution)});
    h.go_to("basics");
}

}  // namespace

TEST_CASE("the positioning statement on a narrow screen: no line starts with closing punctuation") {
    int wrapped = 0;
    for (float width = 360; width <= 760; width += 20) {
        CAPTURE(width);
        // Tall, so that the statement is on screen without scrolling.
        Headless h(core::Lang::zh, width, 2400);
        open_basics(h, "刚生完宝宝的新手妈妈（0–3岁）", "“带娃没经验、没人可问”",
                    "每天一条育儿干货，每周一次专家答疑！遇到问题随时在群里提问，《新手手册》免费领。");
        h.frame(true);
        const std::string sentence = positioning_of(h);
        REQUIRE(!sentence.empty());
        // The screen text has it whole, wherever its lines break.
        CHECK(ui::screen_text().find(sentence) != std::string::npos);
        const std::vector<std::string> lines = lines_of(sentence);
        REQUIRE(!lines.empty());
        if (lines.size() > 1) ++wrapped;
        for (size_t i = 0; i < lines.size(); ++i) {
            CAPTURE(lines[i]);
            if (i > 0) CHECK_FALSE(starts_with_any(lines[i], kClosing));
            if (i + 1 < lines.size()) CHECK_FALSE(ends_with_any(lines[i], kOpening));
        }
    }
    CHECK(wrapped > 10);   // most widths wrap it, into lines that break at many places
}

TEST_CASE("a number in wrapped English stays on one line") {
    int wrapped = 0;
    // From 560 px the statement's column holds "-39.29%"; narrower, it holds
    // a few letters, and a word wider than the line is cut.
    for (float width = 560; width <= 960; width += 20) {
        CAPTURE(width);
        Headless h(core::Lang::en, width, 2400);
        open_basics(h, "new mums", "sleepless nights",
                    "cut churn by -39.29% (a 12.5% drop), e.g. with weekly Q&A, 1,250 members strong");
        h.frame(true);
        const std::string sentence = positioning_of(h);
        CHECK(ui::screen_text().find(sentence) != std::string::npos);
        const std::vector<std::string> lines = lines_of(sentence);
        REQUIRE(!lines.empty());
        if (lines.size() > 1) ++wrapped;
        const auto whole = [&](const char* number) {
            return std::any_of(lines.begin(), lines.end(),
                               [&](const std::string& l) { return l.find(number) != std::string::npos; });
        };
        CHECK(whole("-39.29%"));
        CHECK(whole("12.5%"));
        CHECK(whole("e.g."));
        CHECK(whole("1,250"));
    }
    CHECK(wrapped > 10);
}

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
