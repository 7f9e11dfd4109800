#pragma once
// The bases of share links, version 2 (share_link.hpp, docs/file-format.md
// "Share links"). A p2 link made from a built-in template carries only what
// differs from that template, so the decoder must have the template exactly
// as the link's maker had it. A base is named by the template's key, its
// language and the FNV-1a hash of its text, and is taken from:
//   1. the frozen bases (link_bases_frozen.inc): the texts of templates as
//      earlier versions made them, compiled in when a template changes;
//   2. the live templates, when the text they make today has that hash.
// So a change to a template's code can never change what an old link
// decodes to: it finds its own text by hash (frozen, or still live), or is
// refused as unknown_link_base, never read against the wrong text.
// tests/core/data/link_bases.txt lists the hashes of today's bases; a core
// test fails when a template changes, until its old text is frozen
// (docs/file-format.md, "When a template changes").
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/plan.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"

namespace core {

// The day every base is made on (a Monday). A plan made on another day is
// compared with it after its dates are moved by the difference (share_link.cpp).
Date link_base_date();

// The text a p2 link's diff is taken over: the "plan" member of the plan's
// envelope (export_plan_json), printed alone with a two-space indent.
std::string link_plan_text(const Plan& plan);

uint32_t link_hash(std::string_view text);   // FNV-1a, 32 bits

struct LinkBase {
    std::string key;    // the template's key, "mother_baby"
    Lang lang = Lang::zh;
    uint32_t hash = 0;  // link_hash(text)
    std::string text;   // link_plan_text of the template made on link_base_date()
    std::optional<int> start, takeover;   // its basics.start_date and takeover_date, in days
};

// Where links find their bases. The app uses live_link_bases(); tests make
// their own with a changed template maker (the seam that proves old links
// keep opening) and the frozen bases a later version would carry.
class LinkBases {
public:
    using Maker = std::function<Plan(TemplateId, Lang, Date)>;
    explicit LinkBases(Maker live = make_template, std::vector<LinkBase> frozen = {});

    // Today's bases, every template in both languages (made on first use).
    const std::vector<LinkBase>& live() const;
    const std::vector<LinkBase>& frozen() const { return frozen_; }
    // The base text a link names, or nullptr: frozen first, then live.
    const std::string* find(std::string_view key, Lang lang, uint32_t hash) const;

private:
    Maker maker_;
    std::vector<LinkBase> frozen_;
    mutable std::optional<std::vector<LinkBase>> live_;
};

// The live templates and the compiled-in frozen bases.
const LinkBases& live_link_bases();

// The frozen bases compiled into this build (link_bases_frozen.inc).
std::vector<LinkBase> frozen_link_bases();

// The snapshot format of `planner_cli link-bases` and of the frozen bases:
// one JSON object per line, {"key", "lang", "hash" (8 hex digits), "plan"}.
// Reading checks each hash against its text; nullopt if any line is wrong.
std::string write_link_bases(const std::vector<LinkBase>& bases);
std::optional<std::vector<LinkBase>> read_link_bases(std::string_view text);

}  // namespace core
