// The share dialog (ui/dialogs.cpp): the link of a template, its QR code,
// the JSON file beside it, and a plan whose link is too long for a QR code.
#include <doctest/doctest.h>

#include "core/exports/qr_code.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"
#include "core/templates/templates.hpp"
#include "headless.hpp"
#include "ui/test_hooks.hpp"

using ui_test::Headless;

TEST_CASE("a template's share dialog shows its short link, the QR code of it and the file") {
    for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
        Headless h(lang, 1280, 720, true);
        h.frames(2);
        h.click("welcome_tpl_mother_baby");
        ui_test::run(h, {ui::Command{ui::cmd::ShareLink{}}});
        h.frames(2);
        const ui::Dialogs& d = h.app.view().dialogs;
        REQUIRE(d.share_open);
        CHECK(d.share_url.rfind("http://127.0.0.1/#p2.", 0) == 0);
        CHECK(d.share_url.size() < 2000);
        REQUIRE(d.share_qr);
        CHECK(d.share_qr->size == core::make_qr(d.share_url)->size);
        const auto qr = h.find("share_qr");
        REQUIRE(qr);
        // 4 modules of quiet zone on each side, at least 2 px a module, inside the screen.
        CHECK(qr->fw == qr->fh);
        CHECK(qr->fw >= 2.0f * (d.share_qr->size + 2 * core::kQrQuietModules));
        CHECK(qr->fx + qr->fw <= 1280);
        const core::ShareDecode link = core::decode_share_link(d.share_url.substr(d.share_url.find('#')));
        REQUIRE(link.ok());
        CHECK(core::import_plan_json(link.json).plan == h.app.plan());
        // The file, from the same dialog.
        const size_t files = h.services.downloads.size();
        h.click("share_file");
        REQUIRE(h.services.downloads.size() == files + 1);
        CHECK(core::import_plan_json(h.services.downloads.back().bytes).plan == h.app.plan());
    }
}

TEST_CASE("a plan whose link is too long for a QR code still gets the link and the file, and is told so") {
    Headless h(core::Lang::zh);
    // Text no template holds and deflate cannot shrink much: a link of 3,000–8,000 characters.
    unsigned x = 12345;
    auto noise = [&x]() {
        std::string s;
        for (int i = 0; i < 2500; ++i) {
            x = x * 1103515245u + 12345u;
            s += (char)('A' + (x >> 16) % 26);
        }
        return s;
    };
    ui_test::run(h, {core::set_edit({"basics", "positioning", "users"}, noise()),
                     core::set_edit({"basics", "positioning", "pain"}, noise())});
    ui_test::run(h, {ui::Command{ui::cmd::ShareLink{}}});
    h.frames(2);
    const ui::Dialogs& d = h.app.view().dialogs;
    REQUIRE(d.share_open);
    CHECK(d.share_url.size() > core::kMaxQrBytes);
    CHECK(d.share_url.size() <= core::kMaxShareLinkChars + 100);
    CHECK_FALSE(d.share_qr);
    CHECK_FALSE(h.drawn("share_qr"));
    CHECK(h.drawn("share_copy"));
    CHECK(h.drawn("share_file"));
    h.frame(true);
    CHECK(ui::screen_text().find("放不进二维码") != std::string::npos);
}
