// Text through the app's ways out and in: a plan whose text holds tabs, line
// breaks and emoji leaves whole by every export and copy; text with a NUL or
// another control character comes in by none of the ways a plan or an edit
// arrives (file, pasted JSON, share link, a field edit).
#include <doctest/doctest.h>

#include <cstring>

#include "core/edits/edit.hpp"
#include "core/exports/markdown_export.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"

using ui_test::Headless;

namespace {

core::Plan awkward_plan() {
    core::Plan p = core::make_template(core::TemplateId::mother_baby, core::Lang::zh, core::date_from_ymd(2025, 3, 3));
    p.basics.name = "宝妈\t成长营 🎉\n二群";
    REQUIRE_FALSE(p.setup.scripts.empty());
    p.setup.scripts[0].text = "欢迎 🎉\r\n\t第一条：请改群昵称\n" + std::string(3000, 'x') + "\n结尾 👋";
    return p;
}

std::string clipboard() {
    const char* text = ImGui::GetClipboardText();
    return text ? text : "";
}

}  // namespace

TEST_CASE("a plan with tabs, line breaks and emoji leaves whole by every export and copy") {
    Headless h(core::Lang::zh);
    const core::Plan p = awkward_plan();
    REQUIRE_FALSE(h.app.import_text(core::export_plan_json(p, "2025-03-01T08:00:00Z")));
    REQUIRE(h.app.plan() == p);
    const std::string md = core::sop_markdown(p, core::Lang::zh);

    run(h, {ui::Command{ui::cmd::ExportMarkdown{true}}});   // copy the SOP
    CHECK(clipboard().size() == md.size());
    CHECK(clipboard() == md);
    run(h, {ui::Command{ui::cmd::CopyText{p.setup.scripts[0].text}}});   // copy one script
    CHECK(clipboard() == p.setup.scripts[0].text);

    run(h, {ui::Command{ui::cmd::ExportMarkdown{false}}});
    REQUIRE_FALSE(h.services.downloads.empty());
    CHECK(h.services.downloads.back().bytes == md);
    run(h, {ui::Command{ui::cmd::PrintView{}}});
    REQUIRE_FALSE(h.services.printed.empty());
    CHECK(h.services.printed.back() == core::sop_print_html(p, core::Lang::zh));
    run(h, {ui::Command{ui::cmd::ExportFile{}}});
    core::ImportResult file = core::import_plan_json(h.services.downloads.back().bytes);
    REQUIRE(file.ok());
    CHECK(file.plan == p);

    // The same text in a small plan (like no template), shared by link.
    core::Plan small;
    small.basics.name = p.basics.name;
    small.setup.scripts = {p.setup.scripts[0]};
    REQUIRE_FALSE(h.app.import_text(core::export_plan_json(small, "2025-03-01T08:00:00Z")));
    run(h, {ui::Command{ui::cmd::ShareLink{}}});
    const std::string& url = h.app.view().dialogs.share_url;
    REQUIRE(url.find('#') != std::string::npos);
    core::ShareDecode link = core::decode_share_link(url.substr(url.find('#') + 1));
    REQUIRE(link.ok());
    CHECK(core::import_plan_json(link.json).plan == small);
}

TEST_CASE("text with a NUL or an escape character comes in by no way at all") {
    Headless h(core::Lang::en);
    core::Plan p = awkward_plan();
    p.basics.name = std::string("宝妈\0成长营", 16);
    const std::string text = core::export_plan_json(p, "2025-03-01T08:00:00Z");
    const std::string open_before = h.app.open_id();
    const core::Plan plan_before = h.app.plan();

    std::optional<core::Problem> problem = h.app.import_text(text);   // a file picked or dropped
    REQUIRE(problem);
    CHECK(problem->kind == core::ProblemKind::control_char);
    CHECK(problem->path == "plan.basics.name");
    h.app.paste(text);   // JSON pasted outside a text field
    run(h, {ui::Command{ui::cmd::ImportPasted{text}}});   // the paste dialog
    h.app.open_link("#" + core::encode_share_link(text));
    CHECK(h.app.view().dialogs.link_error.find("U+0000") != std::string::npos);
    CHECK(h.app.open_id() == open_before);
    CHECK(h.app.plan() == plan_before);

    // Typed or pasted into a field: the edit is refused, the plan unchanged.
    run(h, {core::set_edit({"basics", "name"}, std::string("a\0b", 3)),
            core::set_edit({"basics", "city"}, std::string("\x1b[31m"))});
    CHECK(h.app.plan() == plan_before);
}
