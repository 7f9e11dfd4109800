#include "core/library/key_value.hpp"

namespace core {

std::optional<std::string> MemoryStore::get(const std::string& key) {
    if (unavailable || unreadable) return std::nullopt;
    auto it = values_.find(key);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

StoreStatus MemoryStore::set(const std::string& key, const std::string& value) {
    if (unavailable) return StoreStatus::unavailable;
    if (quota_bytes) {
        // Like localStorage: replacing a value frees the old one first.
        std::size_t used = used_bytes();
        auto it = values_.find(key);
        if (it != values_.end()) used -= key.size() + it->second.size();
        if (used + key.size() + value.size() > *quota_bytes) return StoreStatus::quota_exceeded;
    }
    values_[key] = value;
    return StoreStatus::ok;
}

void MemoryStore::remove(const std::string& key) {
    if (!unavailable) values_.erase(key);
}

std::optional<std::vector<std::string>> MemoryStore::keys() {
    std::vector<std::string> out;
    if (unavailable) return out;   // a blocked store has nothing to list (writes fail too)
    if (unreadable) return std::nullopt;
    for (const auto& [key, value] : values_) out.push_back(key);
    return out;
}

std::size_t MemoryStore::used_bytes() const {
    std::size_t used = 0;
    for (const auto& [key, value] : values_) used += key.size() + value.size();
    return used;
}

}  // namespace core
