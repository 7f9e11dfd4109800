#pragma once
// The positioning formula 目标用户 + 核心痛点 + 解决方案 as one sentence.
#include <string>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {
// Empty when any of the three parts is empty.
std::string positioning_sentence(const Basics& basics, Lang lang);
}
