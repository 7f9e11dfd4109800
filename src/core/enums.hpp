#pragma once
// The plan's enumerations. Each is written to JSON as a lower-case string
// (never a number), so files stay readable and reordering never breaks them.
#include <array>
#include <optional>
#include <string_view>

namespace core {

template <class E>
struct EnumNames;  // specialised below: static constexpr std::array names

enum class Industry { mother_baby, education, ecommerce, local_life, fitness, beauty, other };
enum class GroupType { broadcast, refined, service };
enum class Platform { wecom, wechat };

template <> struct EnumNames<Industry> {
    static constexpr std::array names = {"mother_baby", "education", "ecommerce", "local_life",
                                         "fitness", "beauty", "other"};
};
template <> struct EnumNames<GroupType> {
    static constexpr std::array names = {"broadcast", "refined", "service"};
};
template <> struct EnumNames<Platform> {
    static constexpr std::array names = {"wecom", "wechat"};
};

template <class E>
constexpr int enum_count() { return (int)EnumNames<E>::names.size(); }

template <class E>
constexpr const char* enum_name(E value) { return EnumNames<E>::names[(size_t)value]; }

template <class E>
std::optional<E> enum_from_name(std::string_view name) {
    for (size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        if (name == EnumNames<E>::names[i]) return (E)i;
    return std::nullopt;
}

}  // namespace core
