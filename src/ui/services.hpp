#pragma once
// What the UI needs from the platform. The browser implements it in
// src/web/web_services.cpp; the UI never calls the page directly.
#include <optional>
#include <string>

namespace ui {

enum class StoreResult { ok, quota_exceeded, unavailable, read_back_mismatch };

class Services {
public:
    virtual ~Services() = default;
    virtual void download(const std::string& file_name, const std::string& mime, const std::string& bytes) = 0;
    virtual std::optional<std::string> storage_get(const std::string& key) = 0;
    virtual StoreResult storage_set(const std::string& key, const std::string& value) = 0;
    virtual int today_days() = 0;                 // the browser's local date, days since 1970-01-01
    virtual std::string now_iso() = 0;            // for exported_at
    virtual void pick_file_to_import() = 0;       // the page calls back with import_json
};

}  // namespace ui
