// The browser's side of ui::Services: downloads, local storage, the date.
#include "web/web_services.hpp"

#include <cstdlib>
#include <ctime>

extern "C" {
void js_download(const char* name, const char* mime, const char* data, int length);
char* js_storage_get(const char* key);
int js_storage_set(const char* key, const char* value);
int js_local_date();
double js_now_ms();
void js_pick_file();
}

namespace web {

void WebServices::download(const std::string& file_name, const std::string& mime, const std::string& bytes) {
    js_download(file_name.c_str(), mime.c_str(), bytes.data(), (int)bytes.size());
}

std::optional<std::string> WebServices::storage_get(const std::string& key) {
    char* value = js_storage_get(key.c_str());
    if (!value) return std::nullopt;
    std::string out(value);
    std::free(value);
    return out;
}

ui::StoreResult WebServices::storage_set(const std::string& key, const std::string& value) {
    switch (js_storage_set(key.c_str(), value.c_str())) {
        case 0: return ui::StoreResult::ok;
        case 1: return ui::StoreResult::quota_exceeded;
        case 3: return ui::StoreResult::read_back_mismatch;
        default: return ui::StoreResult::unavailable;
    }
}

int WebServices::today_days() { return js_local_date(); }

std::string WebServices::now_iso() {
    std::time_t t = (std::time_t)(js_now_ms() / 1000);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

void WebServices::pick_file_to_import() { js_pick_file(); }

}  // namespace web
