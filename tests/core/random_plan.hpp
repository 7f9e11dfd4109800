#pragma once
// Random plans for property tests: walks describe() and fills every field
// with a value its checks accept (Chinese and ASCII text, enums, dates,
// optional values, lists with unique ids), then points every reference at
// an existing element. Seeded, so a failure can be replayed.
#include <random>
#include <string>
#include <type_traits>

#include "core/json/json_fields.hpp"
#include "core/model/plan.hpp"
#include "core/json/validate.hpp"

namespace testing {

using namespace core;

class RandomPlan {
public:
    explicit RandomPlan(unsigned seed, int max_list = 4) : rng_(seed), max_list_(max_list) {}

    Plan make() {
        Plan plan;
        Filler fill{*this};
        describe(fill, plan);
        Linker link{*this, plan};
        describe(link, plan);
        // Whole-plan rules the per-field generator cannot know.
        int a = pick(0, 100), b = pick(0, 100 - a);
        plan.content.mix.activation = a;
        plan.content.mix.conversion = b;
        plan.content.mix.brand = 100 - a - b;
        order(plan.setup.pilot.start, plan.setup.pilot.end);
        for (auto& c : plan.rhythm.campaigns) order(c.start, c.end);
        for (StagePlan* s : {&plan.kpis.launch, &plan.kpis.activation, &plan.kpis.monetization,
                             &plan.kpis.retention, &plan.kpis.referral})
            if (s->end_day && *s->end_day <= s->start_day) {
                s->start_day = pick(0, 100);
                s->end_day = s->start_day + 1 + pick(0, 100);
            }
        return plan;
    }

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

private:
    std::string text(size_t limit) {
        static const char* pieces[] = {"群", "社群", "宝妈", "打卡", "福利", "干货", "a", "B", "7", " ", "—", "“引号”",
                                       "\n", "\"", "\\", "😀", "e\u0301", "%", "<b>", "🎉"};
        std::string s;
        int n = pick(0, 12);
        for (int i = 0; i < n; ++i) {
            std::string piece = pieces[pick(0, (int)(sizeof(pieces) / sizeof(pieces[0])) - 1)];
            if (s.size() + piece.size() > limit) break;
            s += piece;
        }
        return s;
    }
    std::string fresh_id() { return "id-" + std::to_string(++counter_) + (pick(0, 1) ? "_x" : ""); }
    void order(std::optional<Date>& a, std::optional<Date>& b) {
        if (a && b && *b < *a) std::swap(a, b);
    }

    struct Filler {
        RandomPlan& r;
        template <class T, class Check = NoCheck>
        void field(const char*, T& value, Check check = {}) { fill(value, check); }

        template <class T, class Check>
        void fill(T& value, Check check) {
            if constexpr (std::is_same_v<T, std::string>) {
                if constexpr (std::is_same_v<Check, IdText>) value = r.fresh_id();
                else if constexpr (std::is_same_v<Check, Ref>) value = "";   // linked later
                else if constexpr (std::is_same_v<Check, Limit>) value = r.text((size_t)check);
                else value = r.text(200);
            } else if constexpr (std::is_same_v<T, bool>) {
                value = r.pick(0, 1);
            } else if constexpr (std::is_same_v<T, int>) {
                if constexpr (std::is_same_v<Check, Range>) value = (int)check.min + r.pick(0, (int)std::min(check.max - check.min, 1e6));
                else value = r.pick(-1000, 1000);
            } else if constexpr (std::is_same_v<T, double>) {
                double lo = -1e6, hi = 1e6;
                if constexpr (std::is_same_v<Check, Range>) lo = check.min, hi = std::min(check.max, 1e9);
                double x = std::uniform_real_distribution<double>(lo, hi)(r.rng_);
                value = r.pick(0, 1) ? x : std::round(x);
            } else if constexpr (std::is_enum_v<T>) {
                value = (T)r.pick(0, enum_count<T>() - 1);
            } else if constexpr (std::is_same_v<T, Date>) {
                value = date_from_ymd(r.pick(2000, 2040), r.pick(1, 12), r.pick(1, 28));
            } else if constexpr (std::is_same_v<T, TimeOfDay>) {
                value = TimeOfDay{r.pick(0, 1439)};
            } else if constexpr (is_optional<T>::value) {
                if (r.pick(0, 2) == 0) value.reset();
                else {
                    typename T::value_type inner{};
                    fill(inner, check);
                    value = inner;
                }
            } else if constexpr (is_vector<T>::value) {
                value.resize(r.pick(0, r.max_list_));
                using ElementCheck = std::conditional_t<std::is_same_v<Check, Ids>, NoCheck, Check>;
                for (auto& e : value) fill(e, ElementCheck{});
            } else {
                describe(*this, value);
            }
        }
    };

    struct IdCollect {
        IdKind want;
        std::vector<std::string> out;
        IdKind current = IdKind::count_;
        template <class T, class Check = NoCheck>
        void field(const char*, T& value, Check check = {}) {
            if constexpr (std::is_same_v<T, std::string>) {
                if constexpr (std::is_same_v<Check, IdText>) if (current == want) out.push_back(value);
            } else if constexpr (is_vector<T>::value) {
                if constexpr (std::is_class_v<typename T::value_type> &&
                              !std::is_same_v<typename T::value_type, std::string>) {
                    IdKind saved = current;
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

    // Collects ids per kind, then points each reference at one of them (or none).
    struct Linker {
        RandomPlan& r;
        Plan& plan;
        template <class T, class Check = NoCheck>
        void field(const char*, T& value, Check check = {}) { link(value, check); }
        template <class T, class Check>
        void link(T& value, Check check) {
            if constexpr (std::is_same_v<T, std::string> && std::is_same_v<Check, Ref>) {
                auto ids = ids_of(check.kind);
                value = (ids.empty() || r.pick(0, 3) == 0) ? "" : ids[r.pick(0, (int)ids.size() - 1)];
            } else if constexpr (is_vector<T>::value) {
                if constexpr (std::is_same_v<typename T::value_type, std::string>) {
                    if constexpr (std::is_same_v<Check, Ref>) {
                        auto ids = ids_of(check.kind);
                        value.clear();
                        for (size_t i = 0; i < ids.size() && i < 3; ++i) value.push_back(ids[i]);
                    }
                } else {
                    for (auto& e : value) link(e, NoCheck{});
                }
            } else if constexpr (std::is_class_v<T> && !is_optional<T>::value && !std::is_same_v<T, Date> &&
                                 !std::is_same_v<T, TimeOfDay> && !std::is_same_v<T, std::string>) {
                describe(*this, value);
            }
        }
        std::vector<std::string> ids_of(IdKind kind) {
            IdCollect c{kind, {}};
            describe(c, plan);
            return c.out;
        }
    };

    std::mt19937 rng_;
    int max_list_;
    int counter_ = 0;
};

}  // namespace testing
