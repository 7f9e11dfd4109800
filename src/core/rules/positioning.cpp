#include "core/rules/positioning.hpp"

namespace core {

namespace {
std::string trimmed(const std::string& s) {
    const char* ws = " \t\r\n";
    size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    size_t b = s.find_last_not_of(ws);
    std::string out = s.substr(a, b - a + 1);
    // A trailing full stop is added by the template's reader, not doubled.
    for (const char* stop : {"。", ".", "！", "!"}) {
        const std::string st = stop;
        if (out.size() > st.size() && out.compare(out.size() - st.size(), st.size(), st) == 0)
            out.erase(out.size() - st.size());
    }
    return out;
}
}  // namespace

std::string positioning_sentence(const Basics& b, Lang lang) {
    const std::string users = trimmed(b.positioning.users), pain = trimmed(b.positioning.pain), solution = trimmed(b.positioning.solution);
    if (users.empty() || pain.empty() || solution.empty()) return "";
    return fmt(tr(S::positioning_template, lang), {{"users", users}, {"pain", pain}, {"solution", solution}}) +
           (lang == Lang::en ? "." : "。");
}

}  // namespace core
