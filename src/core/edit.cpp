#include "core/edit.hpp"

#include "core/json_fields.hpp"

namespace core {

namespace {

std::string join(const std::vector<std::string>& path, size_t count) {
    std::string s = "plan";
    for (size_t i = 0; i < count && i < path.size(); ++i) s += "." + path[i];
    return s;
}

// Walks describe() along the edit's path; at the last name it reads the new
// value into that field (validated) and keeps the old one for undo.
struct PathSetter {
    const Edit& edit;
    size_t depth = 0;
    bool found = false;
    json old_value;
    Problem& problem;

    template <class T, class Check = NoCheck>
    void field(const char* key, T& target, Check check = {}) {
        if (found || problem || edit.path[depth] != key) return;
        found = true;
        if (depth + 1 == edit.path.size()) {
            old_value = to_json_value(target);
            T value{};
            if (JsonReader::read_value(edit.value, join(edit.path, depth + 1), value, check, problem))
                target = std::move(value);
            return;
        }
        if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string> && !is_optional<T>::value &&
                      !is_vector<T>::value && !std::is_same_v<T, Date> && !std::is_same_v<T, TimeOfDay>) {
            PathSetter inner{edit, depth + 1, false, {}, problem};
            describe(inner, target);
            if (!inner.found && !problem)
                problem = {ProblemKind::unknown_path, join(edit.path, edit.path.size()), "", ""};
            old_value = std::move(inner.old_value);
        } else {
            problem = {ProblemKind::unknown_path, join(edit.path, edit.path.size()), "", ""};
        }
    }
};

}  // namespace

Applied apply(const Plan& plan, const Edit& edit) {
    Applied result{plan, {}, {}, false};
    if (edit.path.empty()) {
        result.problem = {ProblemKind::unknown_path, "plan", "", ""};
        return result;
    }
    PathSetter setter{edit, 0, false, {}, result.problem};
    describe(setter, result.plan);
    if (!setter.found && !result.problem)
        result.problem = {ProblemKind::unknown_path, join(edit.path, edit.path.size()), "", ""};
    if (result.problem) {
        result.plan = plan;
        return result;
    }
    result.undo = Edit{edit.path, std::move(setter.old_value)};
    result.changed = !(result.plan == plan);
    return result;
}

Edit set_edit(std::vector<std::string> path, nlohmann::json value) {
    return Edit{std::move(path), std::move(value)};
}

}  // namespace core
