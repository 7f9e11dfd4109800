#pragma once
// A key-value store of text: the seam between the plan library and the
// platform. The browser implements it with localStorage; tests and the
// "storage unavailable" fallback use MemoryStore.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

enum class StoreStatus {
    ok,
    quota_exceeded,       // the store is full; the previous value is unchanged
    unavailable,          // no storage at all (private mode, disabled, blocked)
    read_back_mismatch,   // the write was reported done but reads back different
};

class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    virtual StoreStatus set(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
    // Every key, or nullopt when the store cannot list them: a failed listing
    // is never an empty store (the library would show no plans).
    virtual std::optional<std::vector<std::string>> keys() = 0;
};

// In memory, in key order. `quota_bytes` counts keys plus values in UTF-8
// bytes (localStorage counts UTF-16 units; close enough to simulate "full"),
// `unavailable` makes every call fail the way a blocked localStorage does,
// and `unreadable` makes reads and the key listing fail while writes still
// work (a browser whose getItem throws).
class MemoryStore final : public KeyValueStore {
public:
    std::optional<std::size_t> quota_bytes;
    bool unavailable = false;
    bool unreadable = false;

    std::optional<std::string> get(const std::string& key) override;
    StoreStatus set(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;
    std::optional<std::vector<std::string>> keys() override;
    std::size_t used_bytes() const;

private:
    std::map<std::string, std::string> values_;
};

}  // namespace core
