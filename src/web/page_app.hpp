#pragma once
// The page's side of the app: the exported C functions (web_app.cpp) hand
// the page's C strings to ui::App as plain C++ calls, and turn its answers
// into what the page reads ({"ok":…} JSON text). The one arrow between the
// two folders points from src/web to src/ui.
#include <string>

#include "ui/app.hpp"

namespace web {

class PageApp {
public:
    explicit PageApp(ui::App& app) : app_(app) {}

    ui::App& app() { return app_; }
    void init(const char* lang);                 // "zh" or "en"
    // Text handed back to the page stays valid until the next call that returns text.
    const char* export_json();
    const char* import_json(const char* text);   // {"ok":true,"id":…} or {"ok":false,"error":…,"detail":…}
    void paste(const char* text) { app_.paste(text); }
    void import_table(const char* text, const char* file_name) { app_.import_table(text, file_name); }
    void storage_changed(const char* key) { app_.storage_changed(key); }
    void open_link(const char* fragment) { app_.open_link(fragment); }
    void link_file(const char* plan_id, const char* file_name) { app_.link_file(plan_id, file_name); }
    // result: 0 saved, 1 not allowed, 2 not found, 3 no space, 4 failed (detail says how).
    // The message to show when it failed, "" when saved.
    const char* file_written(const char* plan_id, int result, const char* detail);

private:
    ui::App& app_;
    std::string out_;
};

void set_app(PageApp* app);

}  // namespace web
