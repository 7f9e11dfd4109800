#include "core/rules/topics.hpp"

#include <array>
#include <vector>

namespace core {

namespace {

struct Row {
    Industry industry;
    Category category;
    Topic topic;
};

constexpr Row kRows[] = {
#define TOPIC(industry, category, zh, en) {Industry::industry, Category::category, {zh, en}},
#include "core/text/topics.def"
#undef TOPIC
};

// The rows grouped by bank, once.
const std::vector<Topic>& bank(Category category, Industry industry) {
    static const auto banks = [] {
        std::array<std::vector<Topic>, 3 * (size_t)enum_count<Industry>()> out;
        for (const Row& r : kRows) out[(size_t)r.industry * 3 + (size_t)r.category].push_back(r.topic);
        return out;
    }();
    return banks[(size_t)industry * 3 + (size_t)category];
}

}  // namespace

std::span<const Topic> topic_bank(Category category, Industry industry) { return bank(category, industry); }

std::string pick_topic(Category category, Industry industry, Lang lang, size_t* cursor,
                       const std::function<bool(std::string_view)>& refused) {
    const std::vector<Topic>& b = bank(category, industry);
    if (b.empty()) return {};
    for (size_t tried = 0; tried < b.size(); ++tried) {
        const char* text = b[(*cursor + tried) % b.size()].text(lang);
        if (refused && refused(text)) continue;
        *cursor += tried + 1;
        return text;
    }
    return b[(*cursor)++ % b.size()].text(lang);   // every idea refused: take the next anyway
}

}  // namespace core
