#include "core/rules/merge.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <type_traits>

#include "core/json/json_fields.hpp"
#include "core/json/plan_json.hpp"
#include "core/json/validate.hpp"
#include "core/text/places.hpp"

namespace core {

namespace {

// ---- ids added on both sides --------------------------------------------------------
// Every element with an id, by id: its kind and its JSON.
struct IdIndex {
    struct Found {
        IdKind kind;
        json element;
    };
    std::map<std::string, std::vector<Found>> ids;

    template <class T, class Check = NoCheck>
    void field(const char*, T& value, Check check = {}) { visit(value, check); }

    template <class T, class Check>
    void visit(T& value, Check check) {
        if constexpr (is_vector<T>::value) {
            if constexpr (std::is_same_v<Check, Ids>) {
                for (auto& e : value) {
                    ids[e.id].push_back({check.kind, to_json_value(e)});
                    describe(*this, e);
                }
            }
        } else if constexpr (std::is_class_v<T> && !is_optional<T>::value && !std::is_same_v<T, Date> &&
                             !std::is_same_v<T, TimeOfDay> && !std::is_same_v<T, std::string>) {
            describe(*this, value);
        }
    }
};

IdIndex index_of(const Plan& plan) {
    IdIndex index;
    describe(index, const_cast<Plan&>(plan));   // only reads
    return index;
}

// Renames one element (kind, from → to) and every reference to it.
struct Renamer {
    IdKind kind;
    const std::string& from;
    const std::string& to;
    IdKind current = IdKind::count_;

    template <class T, class Check = NoCheck>
    void field(const char*, T& value, Check check = {}) { visit(value, check); }

    template <class T, class Check>
    void visit(T& value, Check check) {
        if constexpr (std::is_same_v<T, std::string>) {
            if constexpr (std::is_same_v<Check, IdText>) {
                if (current == kind && value == from) value = to;
            } else if constexpr (std::is_same_v<Check, Ref>) {
                if (check.kind == kind && value == from) value = to;
            }
        } else if constexpr (is_vector<T>::value) {
            if constexpr (std::is_same_v<typename T::value_type, std::string>) {
                if constexpr (std::is_same_v<Check, Ref>)
                    for (auto& s : value)
                        if (check.kind == kind && s == from) s = to;
            } else {
                const IdKind saved = current;
                if constexpr (std::is_same_v<Check, Ids>) current = check.kind;
                for (auto& e : value) describe(*this, e);
                current = saved;
            }
        } else if constexpr (std::is_class_v<T> && !is_optional<T>::value && !std::is_same_v<T, Date> &&
                             !std::is_same_v<T, TimeOfDay>) {
            describe(*this, value);
        }
    }
};

// The master's elements added under an id the copy also added (to another
// element): each gets an id no version uses.
Plan rename_collisions(const Plan& base, const Plan& master, const Plan& copy) {
    const IdIndex b = index_of(base), m = index_of(master), c = index_of(copy);
    Plan out = master;
    std::set<std::string> taken;
    for (const auto* index : {&b, &m, &c})
        for (const auto& entry : index->ids) taken.insert(entry.first);
    for (const auto& [id, found] : m.ids) {
        if (b.ids.count(id)) continue;
        auto in_copy = c.ids.find(id);
        if (in_copy == c.ids.end()) continue;
        for (const IdIndex::Found& f : found) {
            bool same = false;
            for (const IdIndex::Found& g : in_copy->second) same = same || (g.kind == f.kind && g.element == f.element);
            if (same) continue;
            // "slot-3" → "slot-<n>": the prefix the id was made with.
            std::string prefix = id;
            const size_t dash = id.rfind('-');
            if (dash != std::string::npos && dash + 1 < id.size() &&
                std::all_of(id.begin() + dash + 1, id.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                prefix = id.substr(0, dash);
            if (prefix.size() > kMaxIdBytes - 8) prefix = prefix.substr(0, kMaxIdBytes - 8);
            std::string fresh;
            for (int n = 1;; ++n) {
                fresh = prefix + "-" + std::to_string(n);
                if (!taken.count(fresh)) break;
            }
            taken.insert(fresh);
            Renamer r{f.kind, id, fresh};
            describe(r, out);
        }
    }
    return out;
}

// ---- the merge over the plans' JSON ---------------------------------------------------
bool is_id_list(const json& a) {
    if (!a.is_array()) return false;
    for (const json& e : a) {
        auto id = e.is_object() ? e.find("id") : e.end();
        if (!e.is_object() || id == e.end() || !id->is_string()) return false;
    }
    return true;
}

const std::string& id_of(const json& e) { return e.find("id")->get_ref<const std::string&>(); }

struct Where {
    std::string copy_path;     // plan.rhythm.columns[2] in the copy
    std::string master_path;   // the same in the master
    std::string key;           // rhythm.columns#col-2
};

Where child(const Where& w, const std::string& k) {
    auto join = [&](const std::string& p) { return p + "." + k; };
    return {join(w.copy_path), join(w.master_path), w.key.empty() ? k : w.key + "." + k};
}

struct Merger {
    const std::map<std::string, MergeSide>& choices;
    const std::set<std::string>& keep;     // element ids never removed
    const std::set<std::string>& atomic;   // keys merged as one value
    std::vector<MergeConflict> conflicts;
    std::vector<std::string> kept;
    int from_master = 0;
    int from_copy = 0;

    MergeSide conflict(const Where& w, bool in_master, const json* b, const json* m, const json* c) {
        MergeConflict x;
        x.path = in_master ? w.master_path : w.copy_path;
        x.in_master = in_master;
        x.key = w.key;
        x.base_value = b ? b->dump() : "";
        x.master_value = m ? m->dump() : "";
        x.copy_value = c ? c->dump() : "";
        auto chosen = choices.find(w.key);
        x.chosen = chosen == choices.end() ? MergeSide::copy : chosen->second;
        conflicts.push_back(x);
        return x.chosen;
    }

    // Whether an element to keep is somewhere in `j`: then a side's removal
    // of it must not be taken whole, but element by element (list()).
    bool holds_kept(const json& j) const {
        if (j.is_array()) {
            for (const json& e : j) {
                if (e.is_object()) {
                    auto id = e.find("id");
                    if (id != e.end() && id->is_string() && keep.count(id->get_ref<const std::string&>())) return true;
                }
                if (holds_kept(e)) return true;
            }
        } else if (j.is_object()) {
            for (const json& e : j)
                if (holds_kept(e)) return true;
        }
        return false;
    }

    json value(const json& b, const json& m, const json& c, const Where& w) {
        if (m == c) return c;
        const bool whole = keep.empty() || !holds_kept(b);
        if (m == b && whole) {
            ++from_copy;
            return c;
        }
        if (c == b && whole) {
            ++from_master;
            return m;
        }
        if (!atomic.count(w.key)) {
            if (b.is_object() && m.is_object() && c.is_object()) return object(b, m, c, w);
            if (is_id_list(b) && is_id_list(m) && is_id_list(c)) return list(b, m, c, w);
        }
        return conflict(w, false, &b, &m, &c) == MergeSide::master ? m : c;
    }

    json object(const json& b, const json& m, const json& c, const Where& w) {
        json out = json::object();
        std::vector<std::string> keys;
        for (const json* o : {&c, &m, &b})
            for (auto it = o->begin(); it != o->end(); ++it)
                if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) keys.push_back(it.key());
        for (const std::string& k : keys) {
            auto get = [&](const json& o) {
                auto it = o.find(k);
                return it == o.end() ? json() : *it;
            };
            if (w.key.empty() && k == "master") {   // the link is the copy's (merge.hpp)
                if (c.contains(k)) out[k] = get(c);
                continue;
            }
            json r = value(get(b), get(m), get(c), child(w, k));
            if (r.is_null() && !c.contains(k) && !m.contains(k)) continue;
            out[k] = std::move(r);
        }
        return out;
    }

    json list(const json& b, const json& m, const json& c, const Where& w) {
        std::map<std::string, size_t> ib, im, ic;
        for (size_t i = 0; i < b.size(); ++i) ib[id_of(b[i])] = i;
        for (size_t i = 0; i < m.size(); ++i) im[id_of(m[i])] = i;
        for (size_t i = 0; i < c.size(); ++i) ic[id_of(c[i])] = i;
        std::vector<std::string> all;
        std::set<std::string> seen;
        for (const json* l : {&c, &m, &b})
            for (const json& e : *l)
                if (seen.insert(id_of(e)).second) all.push_back(id_of(e));

        std::map<std::string, json> result;
        for (const std::string& id : all) {
            const bool in_b = ib.count(id), in_m = im.count(id), in_c = ic.count(id);
            const size_t ci = in_c ? ic[id] : 0, mi = in_m ? im[id] : 0;
            const Where ew{w.copy_path + "[" + std::to_string(ci) + "]",
                           w.master_path + "[" + std::to_string(mi) + "]", w.key + "#" + id};
            if (in_b && in_m && in_c) {
                result[id] = value(b[ib[id]], m[mi], c[ci], ew);
            } else if (in_b && in_m) {   // the copy removed it
                if (keep.count(id)) {
                    kept.push_back(id);
                    result[id] = m[mi];
                } else if (m[mi] == b[ib[id]]) {
                    ++from_copy;
                } else if (conflict(ew, true, &b[ib[id]], &m[mi], nullptr) == MergeSide::master) {
                    result[id] = m[mi];
                }
            } else if (in_b && in_c) {   // the master removed it
                if (keep.count(id)) {
                    kept.push_back(id);
                    result[id] = c[ci];
                } else if (c[ci] == b[ib[id]]) {
                    ++from_master;
                } else if (conflict(ew, false, &b[ib[id]], nullptr, &c[ci]) == MergeSide::copy) {
                    result[id] = c[ci];
                }
            } else if (in_m && in_c) {   // added on both sides, the same element
                result[id] = value(json(), m[mi], c[ci], ew);
            } else if (in_m) {
                ++from_master;
                result[id] = m[mi];
            } else if (in_c) {
                ++from_copy;
                result[id] = c[ci];
            }
        }

        // The order: of the elements all three have, the side that reordered
        // them; then each other element after the one before it on its side.
        auto common_order = [&](const json& l) {
            std::vector<std::string> out;
            for (const json& e : l) {
                const std::string& id = id_of(e);
                if (ib.count(id) && im.count(id) && ic.count(id) && result.count(id)) out.push_back(id);
            }
            return out;
        };
        const auto ob = common_order(b), om = common_order(m), oc = common_order(c);
        std::vector<std::string> seq;
        if (om == ob || om == oc) {
            seq = oc;
            if (oc != ob) ++from_copy;
        } else if (oc == ob) {
            seq = om;
            ++from_master;
        } else {
            auto names = [&](const std::vector<std::string>& order) {
                json a = json::array();
                for (const std::string& id : order) a.push_back(result[id]);
                return a;
            };
            const json jb = names(ob), jm = names(om), jc = names(oc);
            Where ow = w;
            ow.key += "@order";
            seq = conflict(ow, false, &jb, &jm, &jc) == MergeSide::master ? om : oc;
        }
        auto place = [&](const json& side) {
            for (size_t i = 0; i < side.size(); ++i) {
                const std::string& id = id_of(side[i]);
                if (!result.count(id) || std::find(seq.begin(), seq.end(), id) != seq.end()) continue;
                auto at = seq.begin();   // after the nearest element before it on its side
                for (size_t k = i; k-- > 0;) {
                    auto found = std::find(seq.begin(), seq.end(), id_of(side[k]));
                    if (found != seq.end()) {
                        at = found + 1;
                        break;
                    }
                }
                seq.insert(at, id);
            }
        };
        place(c);
        place(m);
        json out = json::array();
        for (const std::string& id : seq) out.push_back(std::move(result[id]));
        return out;
    }
};

// The element ids along a path of the merged JSON, as a merge key:
// plan.rhythm.campaigns[3] → rhythm.campaigns#<its id>.
std::string key_of_path(const json& root, const std::string& path) {
    std::string key;
    const json* at = &root;
    size_t i = path.rfind("plan", 0) == 0 ? 4 : 0;
    while (i < path.size() && at) {
        if (path[i] == '.') {
            size_t end = path.find_first_of(".[", i + 1);
            if (end == std::string::npos) end = path.size();
            const std::string k = path.substr(i + 1, end - i - 1);
            key += (key.empty() ? "" : ".") + k;
            auto it = at->is_object() ? at->find(k) : at->end();
            at = (at->is_object() && it != at->end()) ? &*it : nullptr;
            i = end;
        } else if (path[i] == '[') {
            const size_t close = path.find(']', i);
            if (close == std::string::npos) return "";
            const size_t n = std::strtoul(path.c_str() + i + 1, nullptr, 10);
            if (!at->is_array() || n >= at->size() || !is_id_list(*at)) return "";
            at = &(*at)[n];
            key += "#" + id_of(*at);
            i = close + 1;
        } else {
            return "";
        }
    }
    return key;
}

}  // namespace

MergeResult merge_plans(const Plan& base, const Plan& master, const Plan& copy, const MergeChoices& choices) {
    MergeResult out;
    out.plan = copy;
    const Plan renamed = rename_collisions(base, master, copy);
    const json jb = to_json_value(base), jm = to_json_value(renamed), jc = to_json_value(copy);
    std::set<std::string> keep;
    std::set<std::string> atomic{"content.mix"};
    const IdIndex known_b = index_of(base), known_m = index_of(renamed), known_c = index_of(copy);
    // Each round either gives a valid plan or learns one more element to keep
    // or one more range to merge whole; both sets are bounded by the plan.
    for (int round = 0; round < 10000; ++round) {
        Merger mg{choices, keep, atomic, {}, {}, 0, 0};
        const json merged = mg.value(jb, jm, jc, Where{"plan", "plan", ""});
        Plan plan;
        Problem problem;
        JsonReader::read_value(merged, "plan", plan, NoCheck{}, problem);
        plan.master = copy.master;   // not merged (merge.hpp)
        if (!problem) problem = validate_plan(plan);
        if (!problem) {
            out.plan = std::move(plan);
            out.conflicts = std::move(mg.conflicts);
            out.kept = std::move(mg.kept);
            out.from_master = mg.from_master;
            out.from_copy = mg.from_copy;
            return out;
        }
        if (problem.kind == ProblemKind::dangling_ref && !keep.count(problem.got) &&
            (known_b.ids.count(problem.got) || known_m.ids.count(problem.got) || known_c.ids.count(problem.got))) {
            keep.insert(problem.got);
            continue;
        }
        if (problem.kind == ProblemKind::bad_order || problem.kind == ProblemKind::bad_total) {
            const std::string key = key_of_path(merged, problem.path);
            if (!key.empty() && atomic.insert(key).second) continue;
        }
        out.problem = problem;
        return out;
    }
    out.problem = {ProblemKind::unknown_path, "plan", "", ""};
    return out;
}

std::string conflict_place(const MergeConflict& c, Lang lang, const Plan& master, const Plan& copy) {
    return place_text(c.path, lang, c.in_master ? &master : &copy);
}

namespace {
std::string summary(const json& v, Lang lang) {
    if (v.is_null()) return tr(S::merge_empty, lang);
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        return s.empty() ? tr(S::merge_empty, lang) : s;
    }
    if (v.is_boolean()) return tr(v.get<bool>() ? S::md_yes : S::md_no, lang);
    if (v.is_object()) {
        for (const char* k : {"name", "title", "purpose", "text", "time", "date", "id"}) {
            auto it = v.find(k);
            if (it != v.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
                return it->get<std::string>();
        }
        return v.dump();
    }
    if (v.is_array()) {
        if (v.empty()) return tr(S::merge_empty, lang);
        std::string s;
        for (const json& e : v) s += (s.empty() ? "" : (lang == Lang::zh ? "、" : ", ")) + summary(e, lang);
        return s;
    }
    return v.dump();
}
}  // namespace

std::string conflict_value_text(const std::string& value, Lang lang) {
    if (value.empty()) return tr(S::merge_removed, lang);
    const json v = parse_json(value);
    if (v.is_discarded()) return value;
    return summary(v, lang);
}

}  // namespace core
