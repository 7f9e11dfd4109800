#pragma once
// The dialogs' view state (dialogs.cpp, sop_dialogs.cpp).
#include <optional>
#include <string>

#include "core/exports/qr_code.hpp"
#include "core/model/plan.hpp"

namespace ui {

// A dialog over the main window: pasting JSON, a share link, an offered link.
struct Dialogs {
    bool template_open = false;      // "new plan from a template"
    bool replicate_open = false;     // "copy this plan to N groups"
    std::string replicate_text;      // one group per line: name, city, owner, then name=value pairs
    std::string replicate_error;     // the line that could not be read; nothing was made
    bool paste_open = false;
    std::string paste_text;
    std::string paste_error;
    std::string paste_detail;        // where in the text the problem is (places.hpp: problem_detail)
    bool share_open = false;
    std::string share_url;
    std::optional<core::QrCode> share_qr;   // of share_url; none when the link is too long for one
    bool link_open = false;          // "import the shared plan?"
    core::Plan link_plan;
    std::string link_error;          // a link that could not be read
    std::string link_detail;
};

}  // namespace ui
