#include "core/i18n.hpp"

namespace core {

namespace {
struct Entry {
    const char* zh;
    const char* en;
};
const Entry kStrings[] = {
#define S(id, zh, en) {zh, en},
#include "core/strings.def"
#undef S
};
static_assert(sizeof(kStrings) / sizeof(kStrings[0]) == (size_t)S::count_);
}  // namespace

const char* tr(S id, Lang lang) {
    const Entry& e = kStrings[(size_t)id];
    return lang == Lang::en ? e.en : e.zh;
}

std::string fmt(const char* text, std::initializer_list<std::pair<const char*, std::string>> args) {
    std::string out = text;
    for (const auto& [name, value] : args) {
        const std::string key = std::string("{") + name + "}";
        for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    }
    return out;
}

S label_of(Industry v) {
    static const S labels[] = {S::industry_mother_baby, S::industry_education, S::industry_ecommerce,
                               S::industry_local_life, S::industry_fitness, S::industry_beauty,
                               S::industry_other};
    return labels[(int)v];
}
S label_of(GroupType v) {
    static const S labels[] = {S::group_type_broadcast, S::group_type_refined, S::group_type_service};
    return labels[(int)v];
}
S help_of(GroupType v) {
    static const S labels[] = {S::group_type_broadcast_help, S::group_type_refined_help, S::group_type_service_help};
    return labels[(int)v];
}
S label_of(Platform v) {
    static const S labels[] = {S::platform_wecom, S::platform_wechat};
    return labels[(int)v];
}

std::string problem_text(const Problem& p, Lang lang) {
    static const S by_kind[] = {
        S::problem_unknown_path,  // none: never worded
        S::problem_not_json, S::problem_too_large, S::problem_too_deep, S::problem_not_object,
        S::problem_wrong_format, S::problem_newer_version, S::problem_bad_version, S::problem_wrong_type,
        S::problem_out_of_range, S::problem_too_long, S::problem_bad_enum, S::problem_bad_date,
        S::problem_bad_time, S::problem_missing, S::problem_duplicate_id, S::problem_dangling_ref,
        S::problem_unknown_path, S::problem_too_many, S::problem_bad_id, S::problem_bad_total,
        S::problem_bad_order, S::problem_bad_link, S::problem_unknown_link_version, S::problem_link_too_large,
    };
    static_assert(sizeof(by_kind) / sizeof(by_kind[0]) == (size_t)ProblemKind::count_);
    return fmt(tr(by_kind[(int)p.kind], lang), {{"path", p.path}, {"expected", p.expected}, {"got", p.got}});
}

}  // namespace core
