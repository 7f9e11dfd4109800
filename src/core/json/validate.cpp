#include "core/json/validate.hpp"

#include <string_view>
#include <type_traits>
#include <unordered_set>

#include "core/json/json_fields.hpp"

namespace core {

namespace {

// The walk keeps the path as a stack of (key, index) and formats it only when
// a problem is found, so validating a large plan allocates little.
struct PathStack {
    struct Part {
        const char* key;
        long index;   // -1 for a field, else the list position
    };
    std::vector<Part> parts;
    std::string text() const {
        std::string s = "plan";
        for (const Part& p : parts) {
            if (p.index < 0) s += std::string(".") + p.key;
            else s += "[" + std::to_string(p.index) + "]";
        }
        return s;
    }
};

using IdSets = std::array<std::unordered_set<std::string_view>, (size_t)IdKind::count_>;

// Pass 1 (collect = true): ids well formed and unique per kind.
// Pass 2 (collect = false): references resolve.
struct Walker {
    IdSets& ids;
    bool collect;
    Problem& problem;
    PathStack path;
    IdKind element_kind = IdKind::count_;   // kind of the list being walked

    template <class T, class Check = NoCheck>
    void field(const char* key, T& value, Check check = {}) {
        if (problem) return;
        path.parts.push_back({key, -1});
        visit(value, check);
        path.parts.pop_back();
    }

    template <class T, class Check>
    void visit(T& value, Check check) {
        if constexpr (std::is_same_v<T, std::string>) {
            if constexpr (std::is_same_v<Check, IdText>) {
                if (!collect) return;
                if (!valid_id(value)) return fail(ProblemKind::bad_id, "", value);
                if (!ids[(size_t)element_kind].insert(value).second)
                    return fail(ProblemKind::duplicate_id, "", value);
            } else if constexpr (std::is_same_v<Check, Ref>) {
                if (collect || value.empty()) return;
                if (!ids[(size_t)check.kind].count(value)) return fail(ProblemKind::dangling_ref, "", value);
            }
        } else if constexpr (is_vector<T>::value) {
            if constexpr (std::is_class_v<typename T::value_type> &&
                          !std::is_same_v<typename T::value_type, std::string>) {
                IdKind saved = element_kind;
                if constexpr (std::is_same_v<Check, Ids>) element_kind = check.kind;
                for (size_t i = 0; i < value.size() && !problem; ++i) {
                    path.parts.push_back({"", (long)i});
                    visit(value[i], NoCheck{});
                    path.parts.pop_back();
                }
                element_kind = saved;
            } else if constexpr (std::is_same_v<Check, Ref>) {
                for (size_t i = 0; i < value.size() && !problem; ++i) {
                    path.parts.push_back({"", (long)i});
                    visit(value[i], check);
                    path.parts.pop_back();
                }
            }
        } else if constexpr (std::is_class_v<T> && !is_optional<T>::value && !std::is_same_v<T, Date> &&
                             !std::is_same_v<T, TimeOfDay>) {
            describe(*this, value);
        }
    }

    void fail(ProblemKind kind, std::string expected, const std::string& got) {
        problem = {kind, path.text(), std::move(expected), got.substr(0, kMaxIdBytes + 1)};
    }
};

Problem check_order(const std::optional<Date>& start, const std::optional<Date>& end, std::string path) {
    if (start && end && *end < *start)
        return {ProblemKind::bad_order, std::move(path), format_date(*start), format_date(*end)};
    return {};
}

Problem check_values(const Plan& plan) {
    const MixTargets& mix = plan.content.mix;
    int total = mix.activation + mix.conversion + mix.brand;
    if (total != 100) return {ProblemKind::bad_total, "plan.content.mix", "100", std::to_string(total)};
    if (Problem p = check_order(plan.setup.pilot.start, plan.setup.pilot.end, "plan.setup.pilot")) return p;
    for (size_t i = 0; i < plan.rhythm.campaigns.size(); ++i) {
        const Campaign& c = plan.rhythm.campaigns[i];
        if (Problem p = check_order(c.start, c.end, "plan.rhythm.campaigns[" + std::to_string(i) + "]")) return p;
    }
    const std::pair<const char*, const StagePlan*> stages[] = {
        {"launch", &plan.kpis.launch}, {"activation", &plan.kpis.activation},
        {"monetization", &plan.kpis.monetization}, {"retention", &plan.kpis.retention},
        {"referral", &plan.kpis.referral}};
    for (const auto& [name, stage] : stages) {
        if (stage->end_day && *stage->end_day <= stage->start_day)
            return {ProblemKind::bad_order, std::string("plan.kpis.") + name, std::to_string(stage->start_day),
                    std::to_string(*stage->end_day)};
    }
    return {};
}

}  // namespace

Problem validate_plan(const Plan& plan) {
    Problem problem;
    IdSets ids;
    Plan& p = const_cast<Plan&>(plan);   // describe() takes non-const; the walkers only read
    Walker collect{ids, true, problem, {}};
    describe(collect, p);
    if (problem) return problem;
    Walker refs{ids, false, problem, {}};
    describe(refs, p);
    if (problem) return problem;
    return check_values(plan);
}

namespace {
struct IdFinder {
    std::string_view id;
    bool found = false;
    template <class T, class Check = NoCheck>
    void field(const char*, T& value, Check = {}) {
        if (found) return;
        if constexpr (std::is_same_v<T, std::string>) {
            if constexpr (std::is_same_v<Check, IdText>) found = value == id;
        } else if constexpr (is_vector<T>::value) {
            if constexpr (std::is_class_v<typename T::value_type> &&
                          !std::is_same_v<typename T::value_type, std::string>)
                for (auto& element : value) describe(*this, element);
        } else if constexpr (std::is_class_v<T> && !is_optional<T>::value && !std::is_same_v<T, Date> &&
                             !std::is_same_v<T, TimeOfDay>) {
            describe(*this, value);
        }
    }
};
}  // namespace

bool plan_has_id(const Plan& plan, std::string_view id) {
    IdFinder finder{id};
    describe(finder, const_cast<Plan&>(plan));
    return finder.found;
}

std::vector<std::string> fresh_ids(const Plan& plan, std::string_view prefix, int count) {
    // One walk collects the ids in use; a plan with thousands of items stays cheap.
    Problem ignored;
    IdSets ids;
    Walker collect{ids, true, ignored, {}};
    describe(collect, const_cast<Plan&>(plan));
    std::vector<std::string> out;
    for (int n = 1; (int)out.size() < count; ++n) {
        std::string id = std::string(prefix) + "-" + std::to_string(n);
        bool used = false;
        for (const auto& set : ids) used = used || set.count(id);
        if (!used) out.push_back(std::move(id));
    }
    return out;
}

std::string fresh_id(const Plan& plan, std::string_view prefix) { return fresh_ids(plan, prefix, 1)[0]; }

}  // namespace core
