#include "core/edits/edit.hpp"

#include <cstdint>
#include <cstring>
#include <optional>

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

// A value of the plan reached along a path, its type erased: the walk
// along an edit's path below is compiled once, not once per struct and list
// of the plan as a describe() visitor would be (docs/architecture.md, "Size
// of the wasm"). What it needs of each type is in that type's Ops.
struct Ops;
struct Target {
    void* at = nullptr;
    const Ops* ops = nullptr;
    alignas(8) unsigned char check[16] = {};   // the field's check (fields.hpp), for ops
};

// Per element type.
struct ListOps {
    size_t (*size)(const void* list);
    const std::string& (*id)(const void* list, size_t i);
    Target (*element)(void* list, size_t i);
    Target (*shape)();   // a default element, whose shape alone is read
    json (*get)(const void* list, size_t i);
    // Reads an element with the file reader's checks; on success it replaces element i.
    bool (*set)(void* list, size_t i, const json& value, const std::string& where, Problem& problem);
    // Reads an element; then place(ctx) says where it goes (size() = the end), or nothing (a problem).
    bool (*insert)(void* list, const json& value, const std::string& where, Problem& problem,
                   std::optional<size_t> (*place)(void* ctx), void* ctx);
    void (*erase)(void* list, size_t i);
    void (*move)(void* list, size_t from, size_t to);   // `to` in the list without the element
};

// Per field type and check.
struct Ops {
    // Reads the value from JSON with the file reader's checks; on success
    // replaces it and puts the old value in `old`.
    bool (*set)(const Target& t, const json& value, const std::string& where, Problem& problem, json& old);
    // A struct: its field named `key`, if any; null for other types.
    bool (*field)(void* at, const std::string& key, Target& out);
    // A text's Limit, in characters; 0 for anything else.
    size_t (*text_limit)(const Target& t);
    // A list of elements with ids (null for other types), and the most it holds.
    const ListOps* list;
    size_t (*list_limit)(const Target& t);
};

template <class T, class Check>
const Ops& ops_of();

template <class T, class Check>
Target target_of(T& value, const Check& check) {
    static_assert(sizeof(Check) <= sizeof(Target::check) && std::is_trivially_copyable_v<Check>);
    Target t{&value, &ops_of<T, Check>()};
    std::memcpy(t.check, &check, sizeof(Check));
    return t;
}

template <class Check>
Check check_in(const Target& t) {
    Check c;
    std::memcpy(&c, t.check, sizeof(Check));
    return c;
}

// Finds a struct's field by its name (a describe() visitor).
struct FieldFinder {
    const std::string& key;
    Target& out;
    bool found = false;

    template <class T, class Check = NoCheck>
    void field(const char* name, T& target, Check check = {}) {
        if (found || key != name) return;
        found = true;
        out = target_of(target, check);
    }
};

template <class E>
struct ListOf {
    using List = std::vector<E>;
    static List& of(void* list) { return *static_cast<List*>(list); }
    static const List& of(const void* list) { return *static_cast<const List*>(list); }

    static constexpr ListOps ops{
        [](const void* l) { return of(l).size(); },
        [](const void* l, size_t i) -> const std::string& { return of(l)[i].id; },
        [](void* l, size_t i) { return target_of(of(l)[i], NoCheck{}); },
        [] {
            static E shape{};
            return target_of(shape, NoCheck{});
        },
        [](const void* l, size_t i) { return to_json_value(of(l)[i]); },
        [](void* l, size_t i, const json& value, const std::string& where, Problem& problem) {
            E element{};
            if (!JsonReader::read_value(value, where, element, NoCheck{}, problem)) return false;
            of(l)[i] = std::move(element);
            return true;
        },
        [](void* l, const json& value, const std::string& where, Problem& problem,
           std::optional<size_t> (*place)(void*), void* ctx) {
            E element{};
            if (!JsonReader::read_value(value, where, element, NoCheck{}, problem)) return false;
            const std::optional<size_t> at = place(ctx);
            if (!at) return false;
            of(l).insert(of(l).begin() + (std::ptrdiff_t)*at, std::move(element));
            return true;
        },
        [](void* l, size_t i) { of(l).erase(of(l).begin() + (std::ptrdiff_t)i); },
        [](void* l, size_t from, size_t to) {
            List& list = of(l);
            E element = std::move(list[from]);
            list.erase(list.begin() + (std::ptrdiff_t)from);
            list.insert(list.begin() + (std::ptrdiff_t)to, std::move(element));
        },
    };
};

template <class T, class Check>
const Ops& ops_of() {
    static constexpr Ops ops{
        [](const Target& t, const json& value, const std::string& where, Problem& problem, json& old) {
            T& target = *static_cast<T*>(t.at);
            T read{};
            if (!JsonReader::read_value(value, where, read, check_in<Check>(t), problem)) return false;
            old = to_json_value(target);
            target = std::move(read);
            return true;
        },
        [] {
            bool (*field)(void*, const std::string&, Target&) = nullptr;
            if constexpr (is_struct_v<T>) {
                field = [](void* at, const std::string& key, Target& out) {
                    FieldFinder finder{key, out};
                    describe(finder, *static_cast<T*>(at));
                    return finder.found;
                };
            }
            return field;
        }(),
        [](const Target& t) {
            if constexpr (std::is_same_v<Check, Limit> &&
                          (std::is_same_v<T, std::string> || std::is_same_v<T, std::optional<std::string>>))
                return (size_t)check_in<Limit>(t);
            return (size_t)0;
        },
        [] {
            const ListOps* list = nullptr;
            if constexpr (is_element_list_v<T>) list = &ListOf<typename T::value_type>::ops;
            return list;
        }(),
        [](const Target& t) { return JsonReader::list_limit(check_in<Check>(t)); },
    };
    return ops;
}
// Walks along the edit's path: field names select fields; inside a list of
// elements the next name is an element's id. At the end of the path it
// performs the operation and records the edit that undoes it.
class PathSetter {
public:
    PathSetter(const Edit& edit, Problem& problem, Edit& undo) : edit_(edit), problem_(problem), undo_(undo) {}

    void walk(Target t) {
        std::string where = "plan";
        for (size_t next = 0;; ++next) {
            if (next == edit_.path.size()) return at_target(t, where);
            const std::string& name = edit_.path[next];
            if (const ListOps* list = t.ops->list) {
                const std::optional<size_t> i = index_of(*list, t.at, name);
                if (!i) return refuse(where + "." + name);
                where += "[" + std::to_string(*i) + "]";
                if (next + 1 == edit_.path.size()) return at_element(*list, t.at, *i, where);
                t = list->element(t.at, *i);
            } else if (Target field; t.ops->field && t.ops->field(t.at, name, field)) {
                where += "." + name;
                t = field;
            } else {
                return refuse(where + "." + name);
            }
        }
    }

private:
    const Edit& edit_;
    Problem& problem_;
    Edit& undo_;

    void refuse(const std::string& where) { problem_ = {ProblemKind::unknown_path, where, "", ""}; }

    static std::optional<size_t> index_of(const ListOps& list, const void* at, const std::string& id,
                                          size_t skip = SIZE_MAX) {
        for (size_t i = 0, n = list.size(at); i < n; ++i)
            if (i != skip && list.id(at, i) == id) return i;
        return std::nullopt;
    }

    // The path names a field (or a whole list): set it, or insert into it.
    void at_target(const Target& t, const std::string& where) {
        if (edit_.op == EditOp::set) {
            json old;
            if (!t.ops->set(t, edit_.value, where, problem_, old)) return;
            undo_ = Edit{EditOp::set, edit_.path, std::move(old), {}};
            return;
        }
        const ListOps* list = t.ops->list;
        if (!list || edit_.op != EditOp::insert) return refuse(where);
        const size_t max = t.ops->list_limit(t), size = list->size(t.at);
        if (size >= max) {
            problem_ = {ProblemKind::too_many, where, std::to_string(max), std::to_string(size + 1)};
            return;
        }
        // Where the element goes, once it is read: before the anchor, or at the end.
        struct Place {
            PathSetter& self;
            const ListOps& list;
            void* at;
            const std::string& where;
            size_t placed = 0;
        } place{*this, *list, t.at, where};
        auto find = [](void* ctx) -> std::optional<size_t> {
            Place& p = *static_cast<Place*>(ctx);
            const std::string& before = p.self.edit_.before;
            std::optional<size_t> i = before.empty() ? p.list.size(p.at) : index_of(p.list, p.at, before);
            if (!i) p.self.refuse(p.where + "." + before);
            else p.placed = *i;
            return i;
        };
        if (!list->insert(t.at, edit_.value, where + "[" + std::to_string(size) + "]", problem_, find, &place)) return;
        std::vector<std::string> element_path = edit_.path;
        element_path.push_back(list->id(t.at, place.placed));
        undo_ = Edit{EditOp::remove, std::move(element_path), nullptr, {}};
    }

    // The path names one element of a list: replace, remove or move it.
    void at_element(const ListOps& list, void* at, size_t i, const std::string& where) {
        std::vector<std::string> list_path(edit_.path.begin(), edit_.path.end() - 1);
        const size_t n = list.size(at);
        std::string next_id = i + 1 == n ? std::string() : list.id(at, i + 1);
        switch (edit_.op) {
            case EditOp::set: {
                json old = list.get(at, i);
                if (!list.set(at, i, edit_.value, where, problem_)) return;
                list_path.push_back(list.id(at, i));   // the id may change with the element
                undo_ = Edit{EditOp::set, std::move(list_path), std::move(old), {}};
                return;
            }
            case EditOp::remove: {
                json old = list.get(at, i);
                list.erase(at, i);
                undo_ = Edit{EditOp::insert, std::move(list_path), std::move(old), std::move(next_id)};
                return;
            }
            case EditOp::move: {
                if (edit_.before == list.id(at, i)) return refuse(where);
                size_t to = n - 1;   // the end of the list without the element
                if (!edit_.before.empty()) {
                    const std::optional<size_t> j = index_of(list, at, edit_.before, i);
                    if (!j) return refuse(where + "." + edit_.before);
                    to = *j > i ? *j - 1 : *j;
                }
                list.move(at, i, to);
                undo_ = Edit{EditOp::move, edit_.path, nullptr, std::move(next_id)};
                return;
            }
            case EditOp::insert: return refuse(where);
        }
    }
};

}  // namespace

size_t text_limit(const std::vector<std::string>& path) {
    if (path.empty()) return 0;
    Plan plan;   // only its shape is read
    Target t = target_of(plan, NoCheck{});
    for (size_t next = 0; next < path.size(); ++next) {
        if (const ListOps* list = t.ops->list) {   // path[next] is an element's id: any one will do
            if (next + 1 == path.size()) return 0;
            t = list->shape();
        } else if (Target field; t.ops->field && t.ops->field(t.at, path[next], field)) {
            t = field;
        } else {
            return 0;
        }
    }
    return t.ops->text_limit(t);
}

Applied apply(const Plan& plan, const Edit& edit) {
    Applied result{plan, {}, {}, false};
    if (edit.path.empty()) {
        result.problem = {ProblemKind::unknown_path, "plan", "", ""};
        return result;
    }
    PathSetter(edit, result.problem, result.undo).walk(target_of(result.plan, NoCheck{}));
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
