#include "core/rules/replicate.hpp"

#include <algorithm>
#include <cstring>
#include <type_traits>

#include "core/json/json_fields.hpp"
#include "core/json/validate.hpp"
#include "core/model/stable_sort.hpp"

namespace core {

namespace {

struct Replacement {
    std::string from;
    std::string to;
    bool whole_word;
};

bool ascii_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

std::vector<Replacement> replacements(const Basics& source, const GroupValues& group) {
    const std::string name = group.name.empty() ? source.name : group.name;
    const std::string city = group.city.empty() ? source.city : group.city;
    const std::string owner = group.owner.empty() ? source.owner : group.owner;
    std::vector<Replacement> out;
    auto placeholder = [&](const char* key, const std::string& value) {
        if (!value.empty()) out.push_back({key, value, false});
    };
    placeholder("{群名}", name);
    placeholder("{group}", name);
    placeholder("{城市}", city);
    placeholder("{city}", city);
    placeholder("{负责人}", owner);
    placeholder("{owner}", owner);
    auto own = [&](const std::string& from, const std::string& to) {
        if (from.empty() || to.empty() || from == to) return;
        out.push_back({from, to, ascii_word_char(from.front()) || ascii_word_char(from.back())});
    };
    own(source.name, group.name);
    own(source.city, group.city);
    own(source.owner, group.owner);
    // Longest first: "宝妈成长营 1 群" wins over "宝妈".
    core::stable_sort(out, [](const Replacement& a, const Replacement& b) { return a.from.size() > b.from.size(); });
    return out;
}

bool matches_at(std::string_view text, size_t at, const Replacement& r) {
    if (text.compare(at, r.from.size(), r.from) != 0) return false;
    if (!r.whole_word) return true;
    if (ascii_word_char(r.from.front()) && at > 0 && ascii_word_char(text[at - 1])) return false;
    const size_t end = at + r.from.size();
    if (ascii_word_char(r.from.back()) && end < text.size() && ascii_word_char(text[end])) return false;
    return true;
}

std::string replace_all(std::string_view text, const std::vector<Replacement>& reps) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const Replacement* hit = nullptr;
        for (const Replacement& r : reps)
            if (matches_at(text, i, r)) {
                hit = &r;
                break;
            }
        if (hit) {
            out += hit->to;
            i += hit->from.size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

// Walks every free-text field (those with a length limit), replacing values;
// clears progress when asked.
struct Filler {
    const std::vector<Replacement>& reps;
    bool reset;

    template <class T, class Check = NoCheck>
    void field(const char* key, T& value, Check check = {}) {
        // Machine values that happen to be strings: a time zone, a calendar uid,
        // a calendar override's rule id, an asset's link.
        for (const char* skip : {"time_zone", "uid", "rule", "link", "master"})
            if (std::strcmp(key, skip) == 0) return;
        visit(value, check);
    }

    template <class T, class Check>
    void visit(T& value, [[maybe_unused]] Check check) {
        if constexpr (std::is_same_v<T, std::string>) {
            if constexpr (std::is_same_v<Check, Limit>) value = replace_all(value, reps);
        } else if constexpr (is_vector<T>::value) {
            using E = std::conditional_t<std::is_same_v<Check, Ids>, NoCheck, Check>;
            for (auto& e : value) visit(e, E{});
        } else if constexpr (std::is_class_v<T> && !is_optional<T>::value && !std::is_same_v<T, Date> &&
                             !std::is_same_v<T, TimeOfDay>) {
            if (reset) clear(value);
            describe(*this, value);
        }
    }

    template <class T>
    void clear(T& value) {
        if constexpr (std::is_same_v<T, Kpi>) value.log.clear();
        if constexpr (std::is_same_v<T, CheckItem> || std::is_same_v<T, RunStep>) value.done = false;
        if constexpr (std::is_same_v<T, ContentItem>) value.metrics = {};
    }
};

// The group's placeholder values into the copy's list, after the texts were
// filled: they are the group's own words, not the source's to replace.
void set_placeholders(Plan& plan, const std::vector<PlaceholderValue>& values) {
    for (const PlaceholderValue& v : values) {
        std::string_view name = v.name;
        if (name.size() >= 2 && name.front() == '{' && name.back() == '}') name = name.substr(1, name.size() - 2);
        if (name.empty() || v.value.empty()) continue;
        auto& list = plan.setup.placeholders;
        auto found = std::find_if(list.begin(), list.end(), [&](const Placeholder& p) { return p.name == name; });
        if (found != list.end()) found->value = v.value;
        else list.push_back({fresh_id(plan, "ph"), std::string(name), v.value});
    }
}

}  // namespace

std::string fill_group_values(std::string_view text, const Basics& source, const GroupValues& group) {
    return replace_all(text, replacements(source, group));
}

Plan replicate_plan(const Plan& source, const GroupValues& group, const ReplicateOptions& options) {
    Plan plan = source;
    const auto reps = replacements(source.basics, group);
    Filler filler{reps, options.reset_progress};
    describe(filler, plan);
    if (!group.name.empty()) plan.basics.name = group.name;
    if (!group.city.empty()) plan.basics.city = group.city;
    if (!group.owner.empty()) plan.basics.owner = group.owner;
    set_placeholders(plan, group.placeholders);
    if (options.reset_progress) {
        plan.reviews.clear();
        plan.calendar.uid.clear();
        plan.execution.clear();
    }
    return plan;
}

std::vector<Plan> replicate_plans(const Plan& source, const std::vector<GroupValues>& groups, const ReplicateOptions& options) {
    std::vector<Plan> out;
    out.reserve(groups.size());
    for (const GroupValues& g : groups) out.push_back(replicate_plan(source, g, options));
    return out;
}

}  // namespace core
