// JSON and edit figures on the large plan, native (the browser side is
// tests/bench/frames.mjs). Prints Markdown rows for BENCHMARKS.md.
//
//   build/native/bench_json [--seed N]            figures
//   build/native/bench_json --write FILE [--seed N]   writes the large plan file
//   --limits, --content-limits: the plans at the limits instead (tests/bench/sections.mjs)
//   build/native/bench_json --links               share-link lengths of the templates
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/edits/history.hpp"
#include "core/library/library.hpp"
#include "core/library/overview.hpp"
#include "core/templates/templates.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/share_link.hpp"
#include "core/templates/templates.hpp"
#include "tests/bench/large_plan.hpp"
#include "tests/core/link_edits.hpp"

namespace {

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// Median of `runs` timings of fn(), in ms.
template <class F>
double median_ms(int runs, F fn) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const double t0 = now_ms();
        fn();
        t.push_back(now_ms() - t0);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}  // namespace

// Share-link lengths (characters after '#'): every template as it comes and
// after 20 ordinary edits (seeds 1–3, the median and the largest), version 1
// (the export, deflated) against version 2 (a diff against the template).
int link_figures() {
    const core::Date day = core::date_from_ymd(2026, 12, 3);
    auto v1 = [](const core::Plan& p) { return core::encode_share_link(core::export_plan_json(p, "2026-12-03T08:00:00.000Z")).size(); };
    std::printf("| template | lang | as it comes: p1 | p2 | after 20 edits (3 seeds): p1 median | p2 median | p2 largest |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|\n");
    for (const core::TemplateInfo& t : core::template_list())
        for (core::Lang lang : {core::Lang::zh, core::Lang::en}) {
            const core::Plan plan = core::make_template(t.id, lang, day);
            std::vector<size_t> old_sizes, new_sizes;
            for (unsigned seed : {1u, 2u, 3u}) {
                const core::Plan edited = testing::ordinary_edits(plan, seed * 7919u + (unsigned)t.id, 20);
                old_sizes.push_back(v1(edited));
                new_sizes.push_back(core::encode_plan_link(edited).size());
            }
            std::sort(old_sizes.begin(), old_sizes.end());
            std::sort(new_sizes.begin(), new_sizes.end());
            std::printf("| %s | %s | %zu | %zu | %zu | %zu | %zu |\n", t.key, lang == core::Lang::en ? "en" : "zh", v1(plan),
                        core::encode_plan_link(plan).size(), old_sizes[1], new_sizes[1], new_sizes[2]);
        }
    return 0;
}

int main(int argc, char** argv) {
    if (argc == 2 && !std::strcmp(argv[1], "--links")) return link_figures();
    uint32_t seed = 1;
    const char* write = nullptr;
    bool limits = false, content = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) seed = (uint32_t)std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--write") && i + 1 < argc) write = argv[++i];
        else if (!std::strcmp(argv[i], "--limits")) limits = true;
        else if (!std::strcmp(argv[i], "--content-limits")) content = true;
        else {
            std::fprintf(stderr, "usage: bench_json [--seed N] [--limits | --content-limits] [--write FILE]\n");
            return 2;
        }
    }
    const core::Plan plan = limits ? bench::limits_plan(seed) : content ? bench::content_limits_plan(seed) : bench::large_plan(seed);
    const std::string text = core::export_plan_json(plan, "2025-01-01T00:00:00Z");
    if (write) {
        std::ofstream out(write, std::ios::binary);
        out << text;
        if (!out.flush()) {   // e.g. its folder does not exist
            std::fprintf(stderr, "bench_json: could not write %s\n", write);
            return 1;
        }
        std::printf("wrote %s: %zu bytes\n", write, text.size());
        return 0;
    }
    const double mb = (double)text.size() / 1e6;
    const int runs = 5;
    const double parse = median_ms(runs, [&] { (void)nlohmann::json::parse(text, nullptr, false); });
    const double import = median_ms(runs, [&] {
        if (!core::import_plan_json(text).ok()) std::abort();
    });
    const double exp = median_ms(runs, [&] { (void)core::export_plan_json(plan, "2025-01-01T00:00:00Z"); });
    // What opening a file adds after the import: storing it as a new plan
    // (envelope, read-back check, write) in an in-memory store; then what an
    // autosave of one changed field costs (re-read of the stored record,
    // envelope, check, write).
    const double store = median_ms(runs, [&] {
        core::MemoryStore mem;
        core::Library lib(mem, "b");
        if (lib.create(plan, "large", "2025-01-01T00:00:00Z").status != core::LibStatus::ok) std::abort();
    });
    core::MemoryStore mem;
    core::Library lib(mem, "b");
    const core::Saved created = lib.create(plan, "large", "2025-01-01T00:00:00Z");
    int revision = created.revision;
    const double save = median_ms(runs, [&] {
        core::Plan changed = plan;
        changed.basics.name = "改名 " + std::to_string(revision);
        const core::Saved saved = lib.save(created.id, changed, revision, "2025-01-01T00:00:00Z");
        if (saved.status != core::LibStatus::ok) std::abort();
        revision = saved.revision;
    });

    // 200 edits through the history, as the app commits them (apply + validate).
    core::Plan current = plan;
    core::History history;
    std::vector<double> edit_ms;
    for (int i = 0; i < 200; ++i) {
        const std::string& item = plan.content.items[(size_t)(i * 7) % plan.content.items.size()].id;
        const double t0 = now_ms();
        core::Applied a = history.commit(current, core::set_edit({"content", "items", item, "title"}, "改过的标题 " + std::to_string(i)));
        if (!a.changed) std::abort();
        current = std::move(a.plan);
        edit_ms.push_back(now_ms() - t0);
    }
    std::sort(edit_ms.begin(), edit_ms.end());

    // All groups at a glance over fifty plans of the templates: the first
    // update reads (parses and summarizes) every plan, the next reads none.
    core::MemoryStore groups_store;
    core::Library groups(groups_store, "g");
    const std::vector<core::TemplateInfo>& templates = core::template_list();
    for (int i = 0; i < 50; ++i) {
        core::Plan p = core::make_template(templates[(size_t)i % templates.size()].id, core::Lang::zh,
                                           core::date_from_ymd(2026, 10, 1));
        p.basics.name = "群 " + std::to_string(i);
        if (groups.create(p, p.basics.name, "2026-12-01T00:00:00Z").status != core::LibStatus::ok) std::abort();
    }
    const std::vector<core::PlanEntry> listing = groups.list();
    const core::Date overview_day = core::date_from_ymd(2026, 12, 10);
    const double overview_cold = median_ms(runs, [&] {
        core::Overview o;
        o.update(groups, listing, overview_day, core::Lang::zh);
        if (o.last_reads() != 50) std::abort();
    });
    core::Overview warm;
    warm.update(groups, listing, overview_day, core::Lang::zh);
    const double overview_warm = median_ms(runs, [&] {
        warm.update(groups, listing, overview_day, core::Lang::zh);
        if (warm.last_reads() != 0) std::abort();
    });

    std::printf("| large plan (seed %u) | %.2f MB, %zu content items, %zu assets |\n", seed, mb,
                plan.content.items.size(), plan.content.assets.size());
    std::printf("|---|---:|\n");
    std::printf("| nlohmann::json::parse (reference) | %.1f ms, %.1f MB/s |\n", parse, mb / parse * 1000);
    std::printf("| import_plan_json (parse + read + validate) | %.1f ms, %.1f MB/s, %.2f× the bare parse |\n", import,
                mb / import * 1000, import / parse);
    std::printf("| export_plan_json (the exported file) | %.1f ms, %.1f MB/s |\n", exp, mb / exp * 1000);
    std::printf("| storing it as a new plan (`Library::create`, memory store) | %.1f ms, %.2f× the bare parse |\n", store,
                store / parse);
    std::printf("| an autosave after one change (`Library::save`, memory store; includes a plan copy) | %.1f ms, %.2f× the bare parse |\n",
                save, save / parse);
    std::printf("| one edit (apply + validate + history), median / p95 of 200 | %.2f ms / %.2f ms |\n",
                edit_ms[edit_ms.size() / 2], edit_ms[edit_ms.size() * 95 / 100]);
    std::printf("| the overview of all groups, 50 template plans: every plan read / none changed (`Overview::update`) | %.1f ms / %.2f ms |\n",
                overview_cold, overview_warm);
    return 0;
}
