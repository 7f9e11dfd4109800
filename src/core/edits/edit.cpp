#include "core/edits/edit.hpp"

#include <algorithm>

#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"

namespace core {

namespace {

template <class T>
constexpr bool is_struct_v = std::is_class_v<T> && !std::is_same_v<T, std::string> && !is_optional<T>::value &&
                             !is_vector<T>::value && !std::is_same_v<T, Date> && !std::is_same_v<T, TimeOfDay>;

template <class T>
constexpr bool is_element_list_v = [] {
    if constexpr (is_vector<T>::value) return is_struct_v<typename T::value_type>;
    else return false;
}();

// Walks describe() along the edit's path. Field names select fields; inside
// a list of elements the next name is an element's id. At the end of the
// path it performs the operation and records the edit that undoes it.
struct PathSetter {
    const Edit& edit;
    size_t depth;          // index in edit.path of the name this walker matches
    std::string shown;     // the path so far, as plan.a.b[3]
    Problem& problem;
    Edit& undo;
    bool found = false;

    template <class T, class Check = NoCheck>
    void field(const char* key, T& target, Check check = {}) {
        if (found || problem || edit.path[depth] != key) return;
        found = true;
        handle(target, check, depth + 1, shown + "." + key);
    }

    void refuse(const std::string& where) { problem = {ProblemKind::unknown_path, where, "", ""}; }

    template <class T, class Check>
    void handle(T& target, Check check, size_t next, const std::string& where) {
        if (next == edit.path.size()) return at_target(target, check, where);
        if constexpr (is_element_list_v<T>) {
            const std::string& id = edit.path[next];
            auto it = std::find_if(target.begin(), target.end(), [&](const auto& e) { return e.id == id; });
            if (it == target.end()) return refuse(where + "." + id);
            std::string element_where = where + "[" + std::to_string(it - target.begin()) + "]";
            if (next + 1 == edit.path.size()) return at_element(target, it, element_where);
            handle(*it, NoCheck{}, next + 1, element_where);
        } else if constexpr (is_struct_v<T>) {
            PathSetter inner{edit, next, where, problem, undo};
            describe(inner, target);
            if (!inner.found && !problem) refuse(where + "." + edit.path[next]);
        } else {
            refuse(where + "." + edit.path[next]);
        }
    }

    std::vector<std::string> path_until(size_t end) const {
        return {edit.path.begin(), edit.path.begin() + end};
    }

    // The path names a field (or a whole list): set it, or insert into it.
    template <class T, class Check>
    void at_target(T& target, Check check, const std::string& where) {
        if (edit.op == EditOp::set) {
            T value{};
            json old_value = to_json_value(target);
            if (!JsonReader::read_value(edit.value, where, value, check, problem)) return;
            target = std::move(value);
            undo = Edit{EditOp::set, edit.path, std::move(old_value), {}};
            return;
        }
        if constexpr (is_element_list_v<T>) {
            if (edit.op == EditOp::insert) {
                const std::size_t max = JsonReader::list_limit(check);
                if (target.size() >= max) {
                    problem = {ProblemKind::too_many, where, std::to_string(max), std::to_string(target.size() + 1)};
                    return;
                }
                typename T::value_type element{};
                if (!JsonReader::read_value(edit.value, where + "[" + std::to_string(target.size()) + "]", element,
                                            NoCheck{}, problem))
                    return;
                auto at = anchor(target, where);
                if (problem) return;
                std::vector<std::string> element_path = edit.path;
                element_path.push_back(element.id);
                target.insert(at, std::move(element));
                undo = Edit{EditOp::remove, std::move(element_path), nullptr, {}};
                return;
            }
        }
        refuse(where);
    }

    // The path names one element of a list: replace, remove or move it.
    template <class List>
    void at_element(List& list, typename List::iterator it, const std::string& where) {
        std::vector<std::string> list_path = path_until(edit.path.size() - 1);
        std::string next_id = (it + 1 == list.end()) ? std::string() : (it + 1)->id;
        switch (edit.op) {
            case EditOp::set: {
                typename List::value_type value{};
                json old_value = to_json_value(*it);
                if (!JsonReader::read_value(edit.value, where, value, NoCheck{}, problem)) return;
                std::vector<std::string> new_path = list_path;
                new_path.push_back(value.id);   // the id may change with the element
                *it = std::move(value);
                undo = Edit{EditOp::set, std::move(new_path), std::move(old_value), {}};
                return;
            }
            case EditOp::remove: {
                json old_value = to_json_value(*it);
                list.erase(it);
                undo = Edit{EditOp::insert, std::move(list_path), std::move(old_value), std::move(next_id)};
                return;
            }
            case EditOp::move: {
                if (edit.before == it->id) return refuse(where);
                auto element = std::move(*it);
                list.erase(it);
                auto at = anchor(list, where);
                if (problem) return;
                list.insert(at, std::move(element));
                undo = Edit{EditOp::move, edit.path, nullptr, std::move(next_id)};
                return;
            }
            case EditOp::insert: return refuse(where);
        }
    }

    template <class List>
    typename List::iterator anchor(List& list, const std::string& where) {
        if (edit.before.empty()) return list.end();
        auto it = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.id == edit.before; });
        if (it == list.end()) refuse(where + "." + edit.before);
        return it;
    }
};

// Walks describe() along a path by type alone (an element's id in the path
// selects a default element of that list's kind) to the limit of the text
// field it names.
struct LimitFinder {
    const std::vector<std::string>& path;
    size_t depth;
    size_t limit = 0;
    bool found = false;

    template <class T, class Check = NoCheck>
    void field(const char* key, T& target, Check check = {}) {
        if (found || path[depth] != key) return;
        found = true;
        walk(target, check, depth + 1);
    }

    template <class T, class Check>
    void walk(T& target, Check check, size_t next) {
        if (next == path.size()) {
            if constexpr (std::is_same_v<Check, Limit> &&
                          (std::is_same_v<T, std::string> || std::is_same_v<T, std::optional<std::string>>))
                limit = (size_t)check;
            return;
        }
        if constexpr (is_element_list_v<T>) {
            typename T::value_type element{};   // the id (path[next]) only names which one
            if (next + 1 < path.size()) walk(element, NoCheck{}, next + 1);
        } else if constexpr (is_struct_v<T>) {
            LimitFinder inner{path, next};
            describe(inner, target);
            limit = inner.limit;
        }
    }
};

}  // namespace

size_t text_limit(const std::vector<std::string>& path) {
    if (path.empty()) return 0;
    Plan plan;   // only its shape is read
    LimitFinder finder{path, 0};
    describe(finder, plan);
    return finder.limit;
}

Applied apply(const Plan& plan, const Edit& edit) {
    Applied result{plan, {}, {}, false};
    if (edit.path.empty()) {
        result.problem = {ProblemKind::unknown_path, "plan", "", ""};
        return result;
    }
    PathSetter setter{edit, 0, "plan", result.problem, result.undo};
    describe(setter, result.plan);
    if (!setter.found && !result.problem) result.problem = {ProblemKind::unknown_path, "plan." + edit.path[0], "", ""};
    if (!result.problem) result.problem = validate_plan(result.plan);
    if (result.problem) {
        result.plan = plan;
        result.undo = {};
        return result;
    }
    result.changed = !(result.plan == plan);
    return result;
}

Edit set_edit(std::vector<std::string> path, nlohmann::json value) {
    return Edit{EditOp::set, std::move(path), std::move(value), {}};
}
Edit insert_edit(std::vector<std::string> list_path, nlohmann::json element, std::string before) {
    return Edit{EditOp::insert, std::move(list_path), std::move(element), std::move(before)};
}
Edit remove_edit(std::vector<std::string> element_path) {
    return Edit{EditOp::remove, std::move(element_path), nullptr, {}};
}
Edit move_edit(std::vector<std::string> element_path, std::string before) {
    return Edit{EditOp::move, std::move(element_path), nullptr, std::move(before)};
}

}  // namespace core
