#pragma once
// Topic banks for auto-fill (content_mix.hpp): ideas for what to post, by
// content category (促活 / 转化 / 品牌) and the plan's industry, written in
// core/text/topics.def, one idea a row in both languages.
//
// pick_topic walks a bank in order from a starting point, so consecutive
// picks from one bank repeat nothing until the bank is used up (seven or
// more ideas each: a daily slot repeats none within a week).
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "core/model/enums.hpp"
#include "core/text/i18n.hpp"

namespace core {

struct Topic {
    const char* zh;
    const char* en;
    const char* text(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

// The ideas for one category in one industry, in the order of topics.def.
std::span<const Topic> topic_bank(Category category, Industry industry);

// The idea at `*cursor` in the bank (wrapping around), skipping any that
// `refused` turns down while another idea is left; advances the cursor past
// the idea taken.
std::string pick_topic(Category category, Industry industry, Lang lang, size_t* cursor,
                       const std::function<bool(std::string_view)>& refused);

}  // namespace core
