// A native command-line use of the core, without the UI: checks a plan file
// and prints the problem (proof that src/core stands on its own).
//   planner_cli check FILE [--lang en]
//   planner_cli schema          (prints the file format's JSON Schema)
//   planner_cli link-bases [--hashes]   (today's share-link bases: the snapshot
//                                        lines, or "key lang hash" lines)
//   planner_cli freeze-link-bases FILE  (a snapshot as an entry of
//                                        src/core/json/link_bases_frozen.inc)
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/link_bases.hpp"
#include "core/json/schema.hpp"

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "schema") == 0) {
        std::printf("%s\n", core::plan_file_schema().dump(2).c_str());
        return 0;
    }
    if (argc >= 2 && std::strcmp(argv[1], "link-bases") == 0) {
        const auto& bases = core::live_link_bases().live();
        if (argc == 3 && std::strcmp(argv[2], "--hashes") == 0) {
            for (const core::LinkBase& b : bases)
                std::printf("%s %s %08x\n", b.key.c_str(), b.lang == core::Lang::en ? "en" : "zh", (unsigned)b.hash);
        } else {
            std::fputs(core::write_link_bases(bases).c_str(), stdout);
        }
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "freeze-link-bases") == 0) {
        std::ifstream in(argv[2], std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        if (!in || !core::read_link_bases(text.str())) {
            std::fprintf(stderr, "%s is not a snapshot written by planner_cli link-bases\n", argv[2]);
            return 1;
        }
        // One raw string literal per line of the snapshot (a template in one language).
        std::istringstream lines(text.str());
        for (std::string line; std::getline(lines, line);)
            if (!line.empty()) std::printf("R\"planner_base(%s\n)planner_base\",\n", line.c_str());
        return 0;
    }
    if (argc < 3 || std::strcmp(argv[1], "check") != 0) {
        std::fprintf(stderr,
                     "usage: planner_cli check FILE [--lang en] | planner_cli schema | planner_cli link-bases "
                     "[--hashes] | planner_cli freeze-link-bases FILE\n");
        return 2;
    }
    core::Lang lang = (argc > 4 && std::strcmp(argv[4], "en") == 0) ? core::Lang::en : core::Lang::zh;
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 2;
    }
    std::stringstream text;
    text << in.rdbuf();
    core::ImportResult r = core::import_plan_json(text.str());
    if (!r.ok()) {
        std::printf("%s\n", core::problem_text(r.problem, lang).c_str());
        return 1;
    }
    std::printf("ok: %s\n", r.plan.basics.name.c_str());
    return 0;
}
