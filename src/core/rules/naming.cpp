#include "core/rules/naming.hpp"

#include <algorithm>
#include <cstdio>

#include "core/model/stable_sort.hpp"
#include "core/text/i18n.hpp"

namespace core {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

bool equal_ascii_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

std::string_view trim(std::string_view s) {
    auto space = [](std::string_view t, bool front) {
        if (t.empty()) return size_t(0);
        if (front ? t.front() == ' ' || t.front() == '\t' || t.front() == '\n' || t.front() == '\r'
                  : t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r')
            return size_t(1);
        if (t.size() >= 3 && (front ? t.substr(0, 3) : t.substr(t.size() - 3)) == "\u3000") return size_t(3);
        return size_t(0);
    };
    for (size_t n; (n = space(s, true));) s.remove_prefix(n);
    for (size_t n; (n = space(s, false));) s.remove_suffix(n);
    return s;
}

// Words of a query: split at ASCII whitespace and U+3000.
std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    size_t start = 0, i = 0;
    auto flush = [&](size_t end) {
        if (end > start) out.push_back(s.substr(start, end - start));
    };
    while (i < s.size()) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            flush(i);
            start = ++i;
        } else if (s.compare(i, 3, "\u3000") == 0) {
            flush(i);
            start = i += 3;
        } else {
            ++i;
        }
    }
    flush(s.size());
    return out;
}

}  // namespace

std::string month_code(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d", year, month);
    return buf;
}

std::string asset_name(const Asset& a, Lang lang) {
    std::string name = month_code(a.year, a.month) + tr(label_of(a.category), lang);
    const std::string_view topic = trim(a.topic);
    if (!topic.empty()) name += "-" + std::string(topic);
    name += "-";
    name += tr(label_of(a.format), lang);
    return name;
}

bool contains_text(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > haystack.size()) return false;
    for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        size_t j = 0;
        while (j < needle.size() && lower(haystack[i + j]) == lower(needle[j])) ++j;
        if (j == needle.size()) return true;
    }
    return false;
}

bool asset_matches(const Asset& a, const AssetQuery& q) {
    if (q.zone && a.zone != *q.zone) return false;
    if (q.category && a.category != *q.category) return false;
    if (q.year && a.year != *q.year) return false;
    if (q.month && a.month != *q.month) return false;
    const std::string_view tag = trim(q.tag);
    if (!tag.empty() && std::none_of(a.tags.begin(), a.tags.end(),
                                     [&](const std::string& t) { return equal_ascii_nocase(trim(t), tag); }))
        return false;
    const std::vector<std::string_view> wanted = words(q.text);
    if (wanted.empty()) return true;
    std::string hay = asset_name(a, Lang::zh) + "\n" + asset_name(a, Lang::en) + "\n" + a.topic + "\n" + a.note +
                      "\n" + a.link;
    for (const std::string& t : a.tags) hay += "\n" + t;
    return std::all_of(wanted.begin(), wanted.end(), [&](std::string_view w) { return contains_text(hay, w); });
}

std::vector<std::string> find_assets(const Plan& plan, const AssetQuery& query) {
    std::vector<std::string> ids;
    for (const Asset& a : plan.content.assets)
        if (asset_matches(a, query)) ids.push_back(a.id);
    return ids;
}

std::vector<std::string> asset_tags(const Plan& plan) {
    std::vector<std::string> tags;
    for (const Asset& a : plan.content.assets)
        for (const std::string& t : a.tags) {
            const std::string_view tag = trim(t);
            if (tag.empty()) continue;
            if (std::none_of(tags.begin(), tags.end(), [&](const std::string& x) { return equal_ascii_nocase(x, tag); }))
                tags.emplace_back(tag);
        }
    core::stable_sort(tags, std::less<>());
    return tags;
}

std::vector<std::pair<int, int>> asset_months(const Plan& plan) {
    std::vector<std::pair<int, int>> months;
    for (const Asset& a : plan.content.assets) months.emplace_back(a.year, a.month);
    core::stable_sort(months, std::greater<>());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    return months;
}

std::vector<std::string> items_using_asset(const Plan& plan, const std::string& asset_id) {
    std::vector<std::string> ids;
    for (const ContentItem& c : plan.content.items)
        if (std::find(c.message.attachments.begin(), c.message.attachments.end(), asset_id) != c.message.attachments.end())
            ids.push_back(c.id);
    return ids;
}

}  // namespace core
