#pragma once
// The string table (strings.def) and wording helpers. No label is written in
// a panel: panels ask for tr(S::…) in the current language.
#include <initializer_list>
#include <string>
#include <utility>

#include "core/enums.hpp"
#include "core/problem.hpp"

namespace core {

enum class Lang { zh, en };

enum class S {
#define S(id, zh, en) id,
#include "core/strings.def"
#undef S
    count_
};

const char* tr(S id, Lang lang);
// Replaces {name} placeholders: fmt(tr(S::status_day, lang), {{"n", "12"}}).
std::string fmt(const char* text, std::initializer_list<std::pair<const char*, std::string>> args);

S label_of(Industry v);
S label_of(GroupType v);
S label_of(Platform v);
S help_of(GroupType v);

// A problem in the user's language, naming what is wrong and where.
std::string problem_text(const Problem& p, Lang lang);

}  // namespace core
