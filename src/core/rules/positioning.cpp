#include "core/rules/positioning.hpp"

#include <string_view>

namespace core {

namespace {

bool ends_with(const std::string& s, std::string_view end) {
    return s.size() > end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// A part as written, without the spaces around it and without the stop or
// comma that ends it: the sentence puts its own punctuation between parts.
std::string trimmed(const std::string& s) {
    const char* ws = " \t\r\n";
    size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    size_t b = s.find_last_not_of(ws);
    std::string out = s.substr(a, b - a + 1);
    for (bool cut = true; cut;) {
        cut = false;
        for (std::string_view stop : {"。", ".", "！", "!", "，", ",", "；", ";", "：", ":", "、"}) {
            if (ends_with(out, stop)) {
                out.erase(out.size() - stop.size());
                cut = true;
            }
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back(), cut = true;
    }
    return out;
}

bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Chinese puts a space between a hanzi and a Latin letter or a digit
// ("面向 0–3 岁宝宝的新手妈妈"), as the app's own strings do.
std::string spaced(const std::string& part) {
    std::string out = part;
    if (!out.empty() && ascii_alnum((unsigned char)out.front())) out.insert(out.begin(), ' ');
    if (!out.empty() && ascii_alnum((unsigned char)out.back())) out.push_back(' ');
    return out;
}

}  // namespace

std::string positioning_sentence(const Basics& b, Lang lang) {
    std::string users = trimmed(b.positioning.users), pain = trimmed(b.positioning.pain),
                solution = trimmed(b.positioning.solution);
    if (users.empty() || pain.empty() || solution.empty()) return "";
    if (lang == Lang::zh) users = spaced(users), pain = spaced(pain), solution = spaced(solution);
    std::string out = fmt(tr(S::positioning_template, lang), {{"users", users}, {"pain", pain}, {"solution", solution}});
    // A space the template's own punctuation made needless: "… 20% 。" → "… 20%。"
    for (std::string_view p : {" 。", " ；", " ，"}) {
        for (size_t at; (at = out.find(p)) != std::string::npos;) out.erase(at, 1);
    }
    return out;
}

}  // namespace core
