// Share links, version 2 (share_link.hpp): a diff against a built-in
// template's text, found by hash among the live and the frozen bases.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/exports/qr_code.hpp"
#include "core/json/link_bases.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"
#include "random_plan.hpp"
#include "tests/core/link_edits.hpp"

using namespace core;

namespace {

// The plan a link carries, read as the app reads it; REQUIREs that it opens.
Plan opened(const std::string& link, const LinkBases& bases = live_link_bases()) {
    ShareDecode d = decode_share_link(link, bases);
    REQUIRE_MESSAGE(d.ok(), problem_text(d.problem, Lang::en));
    ImportResult r = import_plan_json(d.json);
    REQUIRE_MESSAGE(r.ok(), problem_text(r.problem, Lang::en));
    return r.plan;
}

const char* lang_name(Lang l) { return l == Lang::en ? "en" : "zh"; }

// The live templates with one changed, as a later version might ship them:
// mother & baby's first slot has another purpose and the group another name.
Plan changed_template(TemplateId id, Lang lang, Date start) {
    Plan p = make_template(id, lang, start);
    if (id == TemplateId::mother_baby) {
        p.basics.name += " v2";
        if (!p.rhythm.slots.empty()) p.rhythm.slots.front().purpose = "新版模板的时段";
    }
    return p;
}

}  // namespace

TEST_CASE("every built-in template as it comes makes a link of at most 2,000 characters that opens to it") {
    // Made on every weekday and far from the bases' day (dates are moved, weekday texts differ).
    for (const TemplateInfo& t : template_list())
        for (Lang lang : {Lang::zh, Lang::en})
            for (Date start : {date_from_ymd(2026, 12, 3), date_from_ymd(2026, 12, 6), date_from_ymd(2031, 6, 10)}) {
                CAPTURE(t.key);
                CAPTURE(lang_name(lang));
                CAPTURE(format_date(start));
                const Plan plan = make_template(t.id, lang, start);
                const std::string link = encode_plan_link(plan);
                CHECK(link.rfind("p2.", 0) == 0);
                CHECK(link.size() <= 2000);
                CHECK(opened(link) == plan);
            }
}

// The seeds are those of BENCHMARKS.md ("Share links", bench_json --links).
TEST_CASE("a template after 20 ordinary edits makes a link of at most 2,000 characters that opens to it") {
    for (const TemplateInfo& t : template_list())
        for (Lang lang : {Lang::zh, Lang::en})
            for (unsigned seed : {1u, 2u, 3u}) {
                if (seed > 1 && t.id != TemplateId::mother_baby) continue;   // the largest template: every seed
                CAPTURE(t.key);
                CAPTURE(lang_name(lang));
                CAPTURE(seed);
                const Plan start = make_template(t.id, lang, date_from_ymd(2026, 12, 3));
                const Plan plan = testing::ordinary_edits(start, seed * 7919u + (unsigned)t.id, 20);
                CHECK(!(plan == start));
                const std::string link = encode_plan_link(plan);
                CHECK(link.size() <= 2000);
                CHECK(opened(link) == plan);
            }
}

TEST_CASE("any plan opens from its link exactly: random plans, emoji and CJK byte for byte") {
    for (unsigned seed = 1; seed <= 12; ++seed) {
        CAPTURE(seed);
        const Plan plan = testing::RandomPlan(seed, 3).make();
        const std::string link = encode_plan_link(plan);
        REQUIRE(!link.empty());
        CHECK(opened(link) == plan);
    }
    // A template with text of every kind typed in, and dates at the ends of the years a plan takes.
    Plan p = make_template(TemplateId::camp_5day, Lang::zh, date_from_ymd(2999, 12, 20));
    p.basics.name = "宝妈👩‍👧群 🇨🇳 e\u0301 \"2026-01-05\" \\n\t";
    p.basics.positioning.users = "2026-01-05";   // a text that is a date is moved and moved back
    const std::string link = encode_plan_link(p);
    CHECK(opened(link) == p);
    CHECK(opened(link).basics.name == p.basics.name);
}

TEST_CASE("a link keeps opening to the same plan after the templates change, from the frozen bases") {
    const Plan plan = testing::ordinary_edits(make_template(TemplateId::mother_baby, Lang::zh, date_from_ymd(2026, 12, 3)), 42);
    const std::string link = encode_plan_link(plan);   // made by this version, against today's template
    REQUIRE(link.size() <= 2000);

    // A later version: mother & baby changed. Without this version's text frozen the link is
    // refused, never read against the new text.
    const LinkBases later_unfrozen(changed_template);
    ShareDecode d = decode_share_link(link, later_unfrozen);
    REQUIRE(!d.ok());
    CHECK(d.problem.kind == ProblemKind::unknown_link_base);
    CHECK(d.problem.got == "mother_baby");
    CHECK(problem_text(d.problem, Lang::zh).find("JSON 文件") != std::string::npos);
    CHECK(problem_text(d.problem, Lang::en).find("JSON file") != std::string::npos);

    // With this version's bases frozen (what `planner_cli link-bases` writes and
    // freeze-link-bases compiles in), the later version opens it to the same plan.
    const std::string snapshot = write_link_bases(live_link_bases().live());
    std::optional<std::vector<LinkBase>> frozen = read_link_bases(snapshot);
    REQUIRE(frozen);
    CHECK(frozen->size() == template_list().size() * 2);
    const LinkBases later(changed_template, *frozen);
    CHECK(opened(link, later) == plan);
    // Links the later version makes name its own base, and open there too.
    const Plan fresh = changed_template(TemplateId::mother_baby, Lang::zh, date_from_ymd(2026, 12, 3));
    CHECK(opened(encode_plan_link(fresh, later), later) == fresh);
    // A snapshot line with a wrong hash is refused as a whole.
    std::string damaged = snapshot;
    damaged.replace(damaged.find("新手"), 6, "老手");
    CHECK_FALSE(read_link_bases(damaged));
}

TEST_CASE("the frozen bases compiled in read, and today's bases are the ones recorded") {
    // Every frozen snapshot compiled in is read whole (a damaged one would be skipped silently).
    for (const LinkBase& b : frozen_link_bases()) CHECK(link_hash(b.text) == b.hash);
    // tests/core/data/link_bases.txt lists today's bases. When a template changes, links
    // made with its old text need that text frozen: docs/file-format.md, "When a template changes".
    std::ifstream in(std::string(PLANNER_TEST_DATA) + "/link_bases.txt");
    REQUIRE(in);
    std::stringstream recorded;
    recorded << in.rdbuf();
    std::string today;
    for (const LinkBase& b : live_link_bases().live()) {
        char hash[16];
        std::snprintf(hash, sizeof hash, "%08x", (unsigned)b.hash);
        today += b.key + " " + lang_name(b.lang) + " " + hash + "\n";
    }
    CHECK_MESSAGE(recorded.str() == today,
                  "a built-in template changed, so links made with its old text no longer find it: freeze the old "
                  "bases (docs/file-format.md, \"When a template changes\"), then record today's with "
                  "`build/native/planner_cli link-bases --hashes > tests/core/data/link_bases.txt`");
}

TEST_CASE("a damaged version 2 link is refused, never misread") {
    const Plan plan = testing::ordinary_edits(make_template(TemplateId::education, Lang::en, date_from_ymd(2026, 12, 3)), 5);
    const std::string link = encode_plan_link(plan);
    for (size_t cut : {link.size() - 1, link.size() / 2, (size_t)5}) {
        CAPTURE(cut);
        ShareDecode d = decode_share_link(link.substr(0, cut));
        CHECK(!d.ok());
    }
    // Every single character changed: refused, or (by the checksum's rare miss) a valid plan — never a crash.
    for (size_t i = 3; i < link.size(); i += 7) {
        std::string bad = link;
        bad[i] = bad[i] == 'A' ? 'B' : 'A';
        ShareDecode d = decode_share_link(bad);
        if (d.ok()) (void)import_plan_json(d.json);
    }
}

TEST_CASE("version 1 links made by earlier planners still open") {
    const Plan plan = make_template(TemplateId::blank, Lang::zh, date_from_ymd(2026, 12, 3));
    const std::string v1 = encode_share_link(export_plan_json(plan, "2026-12-03T08:00:00Z"));
    REQUIRE(v1.rfind("p1.", 0) == 0);
    CHECK(opened(v1) == plan);
    CHECK(encode_plan_link(plan).size() * 20 < v1.size());
}

TEST_CASE("a QR code holds a link of up to 2,953 bytes") {
    std::optional<QrCode> small = make_qr("https://example.org/planner/#p2.eNpjYGBgAAAABQAB");
    REQUIRE(small);
    CHECK(small->size >= 21);
    CHECK(small->modules.size() == (size_t)small->size * small->size);
    CHECK(small->dark(0, 0));   // the finder pattern's corner
    CHECK(small->dark(6, 6));
    CHECK_FALSE(small->dark(7, 7));   // its separator
    std::optional<QrCode> largest = make_qr(std::string(kMaxQrBytes, 'a'));
    REQUIRE(largest);
    CHECK(largest->size == 177);   // version 40
    CHECK_FALSE(make_qr(std::string(kMaxQrBytes + 1, 'a')));
    // A template's link, with the page's address, fits easily.
    const std::string url = "https://example.org/planner/#" +
                            encode_plan_link(make_template(TemplateId::mother_baby, Lang::zh, date_from_ymd(2026, 12, 3)));
    std::optional<QrCode> qr = make_qr(url);
    REQUIRE(qr);
    CHECK(qr->size <= 97);   // version 20 or smaller
}
