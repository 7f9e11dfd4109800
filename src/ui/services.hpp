#pragma once
// What the UI needs from the platform. The browser implements it in
// src/web/web_services.cpp; the UI never calls the page directly.
#include <string>

#include "core/library/key_value.hpp"

namespace ui {

// How writing a plan back to its file ended (Services::write_file, App::file_written).
enum class FileWrite { ok, not_allowed, not_found, no_space, failed };

class Services {
public:
    virtual ~Services() = default;
    virtual void download(const std::string& file_name, const std::string& mime, const std::string& bytes) = 0;
    // localStorage (or a memory fallback when the browser refuses it).
    virtual core::KeyValueStore& store() = 0;
    virtual int today_days() = 0;                 // the browser's local date, days since 1970-01-01
    virtual std::string now_iso() = 0;            // for exported_at and the library's times
    // Unpredictable bits: two tabs started in the same millisecond (a
    // reload of both, say) still get different ids.
    virtual unsigned random_u32() = 0;
    // A time as now_iso() writes it (UTC), shown in the browser's time zone:
    // "YYYY-MM-DD HH:MM". Text that is not such a time comes back as it is.
    virtual std::string local_time(const std::string& iso) = 0;
    virtual void pick_file_to_import() = 0;       // the page calls back with import_json
    // Writes a plan file back to the file the plan was opened from (the page
    // keeps the file's handle under the plan's id; App::link_file). The page
    // answers later with App::file_written, never during this call.
    virtual void write_file(const std::string& plan_id, const std::string& bytes) = 0;
    virtual void pick_table_file() = 0;           // a statistics table: the page calls back with import_table
    virtual std::string page_url() = 0;           // this page's address without its fragment
    virtual void clear_fragment() = 0;            // drops the #… from the address bar
    virtual void open_print_view(const std::string& html) = 0;   // a new tab the browser can print
};

}  // namespace ui
