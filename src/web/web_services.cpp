// The browser's side of ui::Services: downloads, local storage, the date.
#include "web/web_services.hpp"

#include <cstdlib>
#include <ctime>
#include <nlohmann/json.hpp>

#include "core/json/plan_json.hpp"

extern "C" {
void js_download(const char* name, const char* mime, const char* data, int length);
char* js_storage_get(const char* key);
int js_storage_set(const char* key, const char* value);
void js_storage_remove(const char* key);
char* js_storage_keys();
int js_local_date();
double js_now_ms();
unsigned js_random_u32();
char* js_local_time(const char* iso);
void js_pick_file();
void js_write_file(const char* plan_id, const char* data, int length);
void js_pick_table();
char* js_page_url();
void js_clear_fragment();
void js_open_print_view(const char* html, int length);
}

namespace web {

namespace {
std::optional<std::string> take(char* value) {
    if (!value) return std::nullopt;
    std::string out(value);
    std::free(value);
    return out;
}
}  // namespace

std::optional<std::string> LocalStore::get(const std::string& key) { return take(js_storage_get(key.c_str())); }

core::StoreStatus LocalStore::set(const std::string& key, const std::string& value) {
    switch (js_storage_set(key.c_str(), value.c_str())) {
        case 0: return core::StoreStatus::ok;
        case 1: return core::StoreStatus::quota_exceeded;
        case 3: return core::StoreStatus::read_back_mismatch;
        default: return core::StoreStatus::unavailable;
    }
}

void LocalStore::remove(const std::string& key) { js_storage_remove(key.c_str()); }

// The page lists only the planner's keys, as a JSON array of strings, or
// null when localStorage cannot list them (shell/page/storage.js).
std::optional<std::vector<std::string>> LocalStore::keys() {
    auto text = take(js_storage_keys());
    if (!text) return std::nullopt;
    auto list = core::parse_json(*text);
    if (!list.is_array()) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& k : list)
        if (k.is_string()) out.push_back(k.get<std::string>());
    return out;
}

void WebServices::download(const std::string& file_name, const std::string& mime, const std::string& bytes) {
    js_download(file_name.c_str(), mime.c_str(), bytes.data(), (int)bytes.size());
}

int WebServices::today_days() { return js_local_date(); }

unsigned WebServices::random_u32() { return js_random_u32(); }

std::string WebServices::now_iso() {
    double ms = js_now_ms();
    std::time_t t = (std::time_t)(ms / 1000);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", std::gmtime(&t));
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, (int)((long long)ms % 1000));
    return out;
}

std::string WebServices::local_time(const std::string& iso) {
    return take(js_local_time(iso.c_str())).value_or(iso);
}

void WebServices::pick_file_to_import() { js_pick_file(); }

void WebServices::write_file(const std::string& plan_id, const std::string& bytes) {
    js_write_file(plan_id.c_str(), bytes.data(), (int)bytes.size());
}
void WebServices::pick_table_file() { js_pick_table(); }

std::string WebServices::page_url() { return take(js_page_url()).value_or(""); }

void WebServices::clear_fragment() { js_clear_fragment(); }

void WebServices::open_print_view(const std::string& html) { js_open_print_view(html.data(), (int)html.size()); }

}  // namespace web
