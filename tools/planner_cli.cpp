// A native command-line use of the core, without the UI: checks a plan file
// and prints the problem (proof that src/core stands on its own).
//   planner_cli check FILE [--lang en]
//   planner_cli schema          (prints the file format's JSON Schema)
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/text/i18n.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/schema.hpp"

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "schema") == 0) {
        std::printf("%s\n", core::plan_file_schema().dump(2).c_str());
        return 0;
    }
    if (argc < 3 || std::strcmp(argv[1], "check") != 0) {
        std::fprintf(stderr, "usage: planner_cli check FILE [--lang en] | planner_cli schema\n");
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
