// The app's commands the content section needs beside its edits: a file
// download (CSV, .ics), a status-bar message and the clock for DTSTAMP.
#include <cstdlib>
#include <string>

#include "core/model/dates.hpp"
#include "ui/app.hpp"
#include "ui/app_actions.hpp"

namespace ui {

void AppActions::download(const std::string& file_name, const std::string& mime, const std::string& bytes) {
    app.services_.download(file_name, mime, bytes);
}

void AppActions::notify(const std::string& message, bool error) { app.say(message, error); }

// From the services' ISO time ("2025-03-01T08:30:00.000Z"), so the UI keeps
// to one clock; 0 when it cannot be read.
long long AppActions::now_unix_seconds() {
    const std::string iso = app.services_.now_iso();
    if (iso.size() < 19) return 0;
    const auto date = core::parse_date(std::string_view(iso).substr(0, 10));
    if (!date) return 0;
    const int h = std::atoi(iso.substr(11, 2).c_str());
    const int m = std::atoi(iso.substr(14, 2).c_str());
    const int s = std::atoi(iso.substr(17, 2).c_str());
    return (long long)date->days * 86400 + h * 3600 + m * 60 + s;
}

}  // namespace ui
