// Places as the user sees them: every part of a plan has a label in both
// languages, problems name their place that way, and no message a person
// reads holds a path of the file (that is the detail line's job).
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/validate.hpp"
#include "core/text/i18n.hpp"
#include "core/text/places.hpp"

using namespace core;

namespace {

// Every field of the plan as the file names it, with row 1 of each list:
// plan.rhythm.slots[0].time, and its keys alone: rhythm.slots.time.
struct FieldPaths {
    std::string path = "plan";
    std::string keys;
    std::vector<std::pair<std::string, std::string>> out;   // (path, keys)

    template <class T, class Check = NoCheck>
    void field(const char* key, T& value, Check = {}) {
        const std::string saved_path = path, saved_keys = keys;
        path += std::string(".") + key;
        keys += (keys.empty() ? "" : ".") + std::string(key);
        out.push_back({path, keys});
        visit(value);
        path = saved_path, keys = saved_keys;
    }
    template <class T>
    void visit(T& value) {
        if constexpr (is_vector<T>::value) {
            using E = typename T::value_type;
            if constexpr (std::is_class_v<E> && !std::is_same_v<E, std::string>) {
                E element{};
                const std::string saved = path;
                path += "[0]";
                visit(element);
                path = saved;
            }
        } else if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string> && !is_optional<T>::value &&
                             !std::is_same_v<T, Date> && !std::is_same_v<T, TimeOfDay>) {
            describe(*this, value);
        }
    }
};

std::vector<std::pair<std::string, std::string>> every_field() {
    FieldPaths walk;
    Plan plan;
    describe(walk, plan);
    return walk.out;
}

bool has_ascii_word(const std::string& s) {
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (s[i] >= 'a' && s[i] <= 'z' && s[i + 1] >= 'a' && s[i + 1] <= 'z') return true;
    return false;
}

}  // namespace

TEST_CASE("every field of the plan has a place label in both languages") {
    const auto fields = every_field();
    CHECK(fields.size() > 200);
    for (const auto& [path_, keys] : fields) {
        const auto& path = path_;   // (clang 14 cannot capture a structured binding)
        CAPTURE(path);
        const std::vector<S> labels = place_labels(keys);
        REQUIRE_FALSE(labels.empty());
        const std::string zh = place_text(path, Lang::zh), en = place_text(path, Lang::en);
        // Chinese labels are Chinese (a few keep a Latin name: SOP, KPI, UTC, UTF).
        CHECK_MESSAGE(!has_ascii_word(zh), zh);
        CHECK_FALSE(en.empty());
        CHECK(en.find('_') == std::string::npos);
        const bool row_named = zh.find("第 1 行") != std::string::npos || path.find("[0]") == std::string::npos;
        CHECK(row_named);
    }
}

TEST_CASE("places are named as the screens name them, rows counted from 1") {
    struct Case {
        const char* path;
        const char* zh;
        const char* en;
    };
    const Case cases[] = {
        {"plan.rhythm.slots[2].time", "执行节奏 › 每日时段 › 第 3 行 › 时间", "Rhythm › Daily slots › row 3 › Time"},
        {"plan.basics.member_count", "基本信息 › 成员数", "Basics › Members"},
        {"plan.basics.positioning.pain", "基本信息 › 定位 › 核心痛点", "Basics › Positioning › Core pain"},
        {"plan.kpis.launch.kpis[0].target", "阶段指标 › 初建期 › 指标 › 第 1 行 › 目标",
         "KPIs › Launch › KPIs › row 1 › Target"},
        {"plan.kpis.retention.checklist[4].text", "阶段指标 › 留存期 › 行动清单 › 第 5 行 › 内容",
         "KPIs › Retention › Checklist › row 5 › Text"},
        {"plan.rhythm.routine[1].timing.time", "执行节奏 › 冷启动与常规 › 第 2 行 › 时机 › 时间",
         "Rhythm › Cold start & routine › row 2 › When › Time"},
        {"plan.content.items[4].metrics.open_rate", "内容规划 › 内容生产 › 第 5 行 › 效果数据 › 打开率 %",
         "Content › Production › row 5 › Performance › Open %"},
        {"plan.rhythm.columns[0].message.attachments[1]", "执行节奏 › 每周栏目 › 第 1 行 › 消息 › 附件 › 第 2 行",
         "Rhythm › Weekly columns › row 1 › Message › Attachments › row 2"},
        {"plan.incentives.points_rules[0].daily_cap", "激励转化 › 积分规则 › 第 1 行 › 每日上限（分）",
         "Incentives › Points rules › row 1 › Daily cap (points)"},
        {"plan.rhythm.runsheets[0].steps[3].time", "执行节奏 › 活动流程 › 第 1 行 › 步骤 › 第 4 行 › 时间",
         "Rhythm › Event run-sheets › row 1 › Step › row 4 › Time"},
        {"plan.setup.placeholders[0].name", "搭建五步 › 弹药包 › 占位符 › 第 1 行 › 名称",
         "Setup › Starter kit › Placeholders › row 1 › Name"},
        {"plan.content.mix", "内容规划 › 内容配比", "Content › Mix"},
        {"plan.calendar.time_zone", "内容规划 › 日历设置 › 时区", "Content › Calendar settings › Time zone"},
        {"plan.execution[0].reason", "今日 › 执行记录 › 第 1 行 › 原因", "Today › Execution record › row 1 › Reason"},
        // an edit's path names a row by its id; the place by its position
        {"plan.rhythm.slots.s-9", "执行节奏 › 每日时段", "Rhythm › Daily slots"},
        // a position longer than any list (a damaged file's key) is no row
        {"plan.rhythm.slots[88888888888888888888888].time", "执行节奏 › 每日时段 › 时间", "Rhythm › Daily slots › Time"},
        {"format", "", ""},
        {"link.data", "", ""},
        {"plan", "", ""},
    };
    for (const Case& c : cases) {
        CAPTURE(c.path);
        CHECK(place_text(c.path, Lang::zh) == c.zh);
        CHECK(place_text(c.path, Lang::en) == c.en);
    }
}

TEST_CASE("a slot time of 25:99 is refused naming the slot's row and field, not the path") {
    Plan plan;
    for (const char* t : {"08:00", "12:00", "20:00"}) {
        Applied a = apply(plan, insert_edit({"rhythm", "slots"}, {{"id", fresh_id(plan, "slot")}, {"time", t}}));
        REQUIRE_FALSE(a.problem);
        plan = a.plan;
    }
    Applied a = apply(plan, set_edit({"rhythm", "slots", plan.rhythm.slots[2].id, "time"}, "25:99"));
    REQUIRE(a.problem.kind == ProblemKind::bad_time);
    CHECK(problem_text(a.problem, Lang::zh) ==
          "执行节奏 › 每日时段 › 第 3 行 › 时间：时间应写成 HH:MM（00:00–23:59），例如 20:00（现在是“25:99”）");
    CHECK(problem_text(a.problem, Lang::en) ==
          "Rhythm › Daily slots › row 3 › Time: write the time as HH:MM (00:00–23:59), e.g. 20:00 (now \"25:99\")");
}

TEST_CASE("no problem a person reads holds a path of the file; the detail line does") {
    const auto fields = every_field();
    for (int k = 1; k < (int)ProblemKind::count_; ++k) {
        for (size_t i = 0; i < fields.size(); i += 7) {
            const std::string& path = fields[i].first;
            const Problem p{(ProblemKind)k, path, "1–7", "x"};
            for (Lang lang : {Lang::zh, Lang::en}) {
                CAPTURE(k);
                CAPTURE(path);
                const std::string text = problem_text(p, lang);
                CHECK(text.find("plan.") == std::string::npos);
                CHECK(text.find("[0]") == std::string::npos);
                CHECK(text.find('{') == std::string::npos);
                const std::string last_key = path.substr(path.rfind('.') + 1);
                if (last_key.find('_') != std::string::npos) CHECK(text.find(last_key) == std::string::npos);
                CHECK(problem_detail(p, lang).find(path) != std::string::npos);
            }
        }
    }
}

TEST_CASE("a file that is a table, an image or another app's JSON is named as such") {
    auto refused = [](std::string_view text) {
        ImportResult r = import_plan_json(text);
        CHECK_FALSE(r.ok());
        return r.problem;
    };
    // the planner's own schedule export, with its byte-order mark; a sheet saved as CSV; tab-separated
    for (const char* csv : {"\xEF\xBB\xBF日期,星期,时间,标题\n2025-03-01,周六,20:00,晚安\n", "name,city\nA,B\n",
                            "\"日期\"\t\"标题\"\n"}) {
        CAPTURE(csv);
        Problem p = refused(csv);
        CHECK(p.kind == ProblemKind::csv_file);
        CHECK(problem_text(p, Lang::zh).rfind("这是一个 CSV 表格，不是方案文件", 0) == 0);
        CHECK(problem_text(p, Lang::en).rfind("This is a CSV spreadsheet, not a plan file", 0) == 0);
    }
    const std::pair<std::string, const char*> images[] = {
        {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "PNG"},
        {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "JPEG"},
        {"GIF89a\x01\x00\x01\x00", "GIF"},
        {std::string("RIFF\x24\0\0\0WEBPVP8 ", 16), "WebP"},
    };
    for (const auto& [bytes, kind] : images) {
        Problem p = refused(bytes);
        CHECK(p.kind == ProblemKind::image_file);
        CHECK(p.got == kind);
        CHECK(problem_text(p, Lang::zh) == fmt(tr(S::problem_image_file, Lang::zh), {{"got", kind}}));
        CHECK(problem_text(p, Lang::zh).find(std::string("这是一张 ") + kind + " 图片") != std::string::npos);
    }
    for (const char* other : {R"({"type":"excalidraw","elements":[]})", R"([{"name":"x"}])", R"({"format":"x"})"}) {
        CAPTURE(other);
        Problem p = refused(other);
        CHECK(problem_text(p, Lang::zh).rfind("这是一个 JSON 文件，但不是规划器的方案文件", 0) == 0);
        CHECK(problem_text(p, Lang::en).rfind("This is a JSON file, but not a planner file", 0) == 0);
    }
    // A file cut short is still damaged JSON, not a table.
    CHECK(refused(R"({"format": "sop-planner/plan", "plan": {"basics": {"name": "a,b")").kind == ProblemKind::not_json);
}

TEST_CASE("a number too large for any field says so, and where") {
    std::string text = export_plan_json(Plan{}, "2025-03-01T00:00:00Z");
    const std::string key = "\"member_count\": 0";
    const size_t at = text.find(key);
    REQUIRE(at != std::string::npos);
    text.replace(at, key.size(), "\"member_count\": 1e309");
    ImportResult r = import_plan_json(text);
    REQUIRE(r.problem.kind == ProblemKind::number_overflow);
    CHECK(r.problem.path == "plan.basics.member_count");
    CHECK(problem_text(r.problem, Lang::zh) == "基本信息 › 成员数：数字 1e309 太大，超出了能表示的范围");
    CHECK(problem_text(r.problem, Lang::en) == "Basics › Members: the number 1e309 is too large to be read");
    // In a list: the row it is in.
    Plan plan;
    plan.kpis.launch.kpis.push_back(Kpi{.id = "k-1", .name = "x"});
    text = export_plan_json(plan, "2025-03-01T00:00:00Z");
    const std::string target = "\"target\": 0.0";
    text.replace(text.find(target), target.size(), "\"target\": -2e400");
    r = import_plan_json(text);
    REQUIRE(r.problem.kind == ProblemKind::number_overflow);
    CHECK(r.problem.path == "plan.kpis.launch.kpis[0].target");
    // A number a field cannot hold but a double can is out of its range.
    text.replace(text.find("-2e400"), 6, "1e300");
    r = import_plan_json(text);
    CHECK(r.problem.kind == ProblemKind::out_of_range);
    CHECK(problem_text(r.problem, Lang::zh) ==
          "阶段指标 › 初建期 › 指标 › 第 1 行 › 目标：应在 -1000000000000–1000000000000 之间，现在是 1e+300");
}

TEST_CASE("a refused edit counts rows as the screen lists them: slots by time, reviews newest first") {
    Plan plan;
    for (const char* t : {"20:00", "08:00", "12:00"}) {   // stored in this order, shown by time
        Applied a = apply(plan, insert_edit({"rhythm", "slots"}, {{"id", fresh_id(plan, "slot")}, {"time", t}}));
        REQUIRE_FALSE(a.problem);
        plan = a.plan;
    }
    Applied a = apply(plan, set_edit({"rhythm", "slots", plan.rhythm.slots[0].id, "time"}, "25:99"));
    REQUIRE(a.problem.path == "plan.rhythm.slots[0].time");
    CHECK(problem_text(a.problem, Lang::zh, plan).rfind("执行节奏 › 每日时段 › 第 3 行 › 时间：", 0) == 0);
    CHECK(problem_text(a.problem, Lang::en, plan).rfind("Rhythm › Daily slots › row 3 › Time: ", 0) == 0);
    // Without the plan (a file), rows are as the file lists them.
    CHECK(problem_text(a.problem, Lang::zh).rfind("执行节奏 › 每日时段 › 第 1 行 › 时间：", 0) == 0);
    a = apply(plan, set_edit({"rhythm", "slots", plan.rhythm.slots[2].id, "time"}, "x"));
    CHECK(problem_text(a.problem, Lang::zh, plan).rfind("执行节奏 › 每日时段 › 第 2 行", 0) == 0);
    for (const char* d : {"2025-03-01", "2025-03-15", "2025-03-08"}) {
        Review r;
        r.id = fresh_id(plan, "rv");
        r.date = *parse_date(d);
        plan.reviews.push_back(r);
    }
    CHECK(place_text("plan.reviews[1].notes", Lang::zh, &plan) == "复盘迭代 › 第 1 行 › 备注");
    CHECK(place_text("plan.reviews[0].notes", Lang::zh, &plan) == "复盘迭代 › 第 3 行 › 备注");
}
