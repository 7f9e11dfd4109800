#include "core/json/link_bases.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "core/json/plan_json.hpp"

namespace core {

namespace {

const char* const kFrozenSnapshots[] = {
#include "core/json/link_bases_frozen.inc"
    nullptr,
};

const char* lang_key(Lang lang) { return lang == Lang::en ? "en" : "zh"; }

std::string hex8(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", (unsigned)v);
    return buf;
}

}  // namespace

Date link_base_date() { return date_from_ymd(2026, 1, 5); }

std::string link_plan_text(const Plan& plan) {
    return plan_envelope(plan, "")["plan"].dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

uint32_t link_hash(std::string_view text) {
    uint32_t h = 2166136261u;
    for (unsigned char c : text) h = (h ^ c) * 16777619u;
    return h;
}

LinkBases::LinkBases(Maker live, std::vector<LinkBase> frozen) : maker_(std::move(live)), frozen_(std::move(frozen)) {}

const std::vector<LinkBase>& LinkBases::live() const {
    if (!live_) {
        live_.emplace();
        for (const TemplateInfo& t : template_list())
            for (Lang lang : {Lang::zh, Lang::en}) {
                const Plan plan = maker_(t.id, lang, link_base_date());
                std::string text = link_plan_text(plan);
                const uint32_t hash = link_hash(text);
                std::optional<int> start, takeover;
                if (plan.basics.start_date) start = plan.basics.start_date->days;
                if (plan.basics.takeover_date) takeover = plan.basics.takeover_date->days;
                live_->push_back({t.key, lang, hash, std::move(text), start, takeover});
            }
    }
    return *live_;
}

const std::string* LinkBases::find(std::string_view key, Lang lang, uint32_t hash) const {
    for (const LinkBase& b : frozen_)
        if (b.hash == hash && b.lang == lang && b.key == key) return &b.text;
    for (const LinkBase& b : live())
        if (b.hash == hash && b.lang == lang && b.key == key) return &b.text;
    return nullptr;
}

const LinkBases& live_link_bases() {
    static const LinkBases bases(make_template, frozen_link_bases());
    return bases;
}

std::vector<LinkBase> frozen_link_bases() {
    std::vector<LinkBase> all;
    for (const char* const* s = kFrozenSnapshots; *s; ++s) {
        std::optional<std::vector<LinkBase>> read = read_link_bases(*s);
        if (!read) continue;   // a core test reads each one: never reached in a tested build
        for (LinkBase& b : *read) all.push_back(std::move(b));
    }
    return all;
}

std::string write_link_bases(const std::vector<LinkBase>& bases) {
    std::string out;
    for (const LinkBase& b : bases) {
        nlohmann::json line = {{"key", b.key}, {"lang", lang_key(b.lang)}, {"hash", hex8(b.hash)},
                               {"plan", parse_json(b.text)}};
        out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += '\n';
    }
    return out;
}

std::optional<std::vector<LinkBase>> read_link_bases(std::string_view text) {
    std::vector<LinkBase> out;
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        nlohmann::json j = parse_json(line);
        if (!j.is_object() || !j["key"].is_string() || !j["lang"].is_string() || !j["hash"].is_string() ||
            !j["plan"].is_object())
            return std::nullopt;
        LinkBase b;
        b.key = j["key"].get<std::string>();
        const std::string lang = j["lang"].get<std::string>();
        if (lang != "zh" && lang != "en") return std::nullopt;
        b.lang = lang == "en" ? Lang::en : Lang::zh;
        b.text = j["plan"].dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
        b.hash = link_hash(b.text);
        const nlohmann::json& basics = j["plan"]["basics"];
        if (basics.is_object() && basics.contains("start_date") && basics["start_date"].is_string()) {
            const std::optional<Date> d = parse_date(basics["start_date"].get<std::string>());
            if (d) b.start = d->days;
        }
        if (basics.is_object() && basics.contains("takeover_date") && basics["takeover_date"].is_string()) {
            const std::optional<Date> d = parse_date(basics["takeover_date"].get<std::string>());
            if (d) b.takeover = d->days;
        }
        if (hex8(b.hash) != j["hash"].get<std::string>()) return std::nullopt;
        out.push_back(std::move(b));
    }
    return out;
}

}  // namespace core
