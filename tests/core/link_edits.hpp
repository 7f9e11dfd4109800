#pragma once
// Ordinary edits for the share-link figures and tests: what a user does to a
// template in a session — retypes a text (a name, a slot's purpose, a
// message), moves a time, changes a number, removes a row. Seeded, so the
// figures in BENCHMARKS.md can be made again. Each edit goes through
// core::apply like the app's; an edit apply refuses is drawn again.
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/json/plan_json.hpp"

namespace testing {

struct EditLeaf {
    std::vector<std::string> path;   // an edit path: field names and element ids
    nlohmann::json value;
    bool element = false;            // a list element (to remove) rather than a value
};

inline void edit_leaves(const nlohmann::json& v, std::vector<std::string>& path, std::vector<EditLeaf>& out) {
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() == "id") continue;
            path.push_back(it.key());
            edit_leaves(it.value(), path, out);
            path.pop_back();
        }
    } else if (v.is_array()) {
        for (const nlohmann::json& e : v) {
            if (!e.is_object() || !e.contains("id") || !e["id"].is_string()) return;   // a list of values
            path.push_back(e["id"].get<std::string>());
            out.push_back({path, nlohmann::json(), true});
            edit_leaves(e, path, out);
            path.pop_back();
        }
    } else {
        out.push_back({path, v, false});
    }
}

inline bool is_text(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80 || c == ' ') return true;   // words, not an id, a date or a name from a list
    return false;
}

inline core::Plan ordinary_edits(core::Plan plan, unsigned seed, int count = 20) {
    static const char* const phrases[] = {
        "周三晚 8 点育儿答疑", "本周福利：满 99 减 20", "新人请先看群公告 🙏", "宝妈互助小组",
        "打卡满 7 天送绘本", "Weekly Q&A with the coach", "限时团购 · 今晚 9 点截止", "社群运营小周",
        "辅食添加常见误区", "周末亲子活动报名",
    };
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int done = 0;
    for (int attempt = 0; done < count && attempt < count * 50; ++attempt) {
        std::vector<EditLeaf> leaves;
        std::vector<std::string> path;
        edit_leaves(core::plan_envelope(plan, "")["plan"], path, leaves);
        const int kind = pick(0, 99);
        std::vector<const EditLeaf*> fit;
        for (const EditLeaf& l : leaves) {
            const bool str = l.value.is_string();
            const std::string s = str ? l.value.get<std::string>() : "";
            if (kind < 60 ? (str && is_text(s))
                : kind < 75 ? (str && s.size() == 5 && s[2] == ':')
                : kind < 90 ? l.value.is_number_integer()
                : l.element)
                fit.push_back(&l);
        }
        if (fit.empty()) continue;
        const EditLeaf& leaf = *fit[(size_t)pick(0, (int)fit.size() - 1)];
        core::Edit edit;
        if (kind < 60) {
            const std::string phrase = phrases[pick(0, 9)];
            edit = core::set_edit(leaf.path, pick(0, 1) ? leaf.value.get<std::string>() + "（" + phrase + "）" : phrase);
        } else if (kind < 75) {
            char t[8];
            std::snprintf(t, sizeof t, "%02d:%02d", pick(6, 22), pick(0, 3) * 15);
            edit = core::set_edit(leaf.path, t);
        } else if (kind < 90) {
            edit = core::set_edit(leaf.path, leaf.value.get<long long>() + pick(1, 5));
        } else {
            edit = core::remove_edit(leaf.path);
        }
        core::Applied a = core::apply(plan, edit);
        if (a.problem || !a.changed) continue;
        plan = std::move(a.plan);
        ++done;
    }
    return plan;
}

}  // namespace testing
