#include "web/page_app.hpp"

#include <cstring>
#include <nlohmann/json.hpp>

namespace web {

void PageApp::init(const char* lang) { app_.init(std::strcmp(lang, "en") == 0 ? core::Lang::en : core::Lang::zh); }

const char* PageApp::export_json() {
    out_ = app_.export_json();
    return out_.c_str();
}

const char* PageApp::import_json(const char* text) {
    nlohmann::json answer;
    if (std::optional<core::Problem> problem = app_.import_text(text))
        answer = {{"ok", false},
                  {"error", core::problem_text(*problem, app_.lang())},
                  {"detail", core::problem_detail(*problem, app_.lang())}};
    else
        answer = {{"ok", true}, {"id", app_.open_id()}};
    out_ = answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return out_.c_str();
}

const char* PageApp::file_written(const char* plan_id, int result, const char* detail) {
    const ui::FileWrite kinds[] = {ui::FileWrite::ok, ui::FileWrite::not_allowed, ui::FileWrite::not_found,
                                   ui::FileWrite::no_space, ui::FileWrite::failed};
    const ui::FileWrite kind = result >= 0 && result < 5 ? kinds[result] : ui::FileWrite::failed;
    out_ = app_.file_written(plan_id, kind, detail);
    return out_.c_str();
}

}  // namespace web
