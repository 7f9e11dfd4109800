#pragma once
// The dialogs' view state (dialogs.cpp, sop_dialogs.cpp).
#include <optional>
#include <string>

#include "core/exports/qr_code.hpp"
#include "core/model/plan.hpp"
#include "core/rules/merge.hpp"

namespace ui {

// A dialog over the main window: pasting JSON, a share link, an offered link.
struct Dialogs {
    bool template_open = false;      // "new plan from a template"
    bool replicate_open = false;     // "copy this plan to N groups"
    std::string replicate_text;      // one group per line: name, city, owner, then name=value pairs
    std::string replicate_error;     // the line that could not be read; nothing was made
    // "Update copies from the master": each copy of the open plan in the
    // library, its merge with the choices made so far (App::update_copies).
    struct CopyUpdate {
        std::string id;
        std::string name;
        int revision = 0;               // the copy's stored revision, for the save
        core::Plan copy;
        core::MergeChoices choices;
        core::MergeResult result;
        bool changes = false;           // the update would change the copy
    };
    bool copies_open = false;
    std::vector<CopyUpdate> copies;
    // An imported file that is another version of a copy in the library
    // (core::same_copy): merge it into that plan, or open it as a new plan.
    bool import_merge_open = false;
    core::Plan import_plan;
    std::string import_text;         // the file, to store as it is when opened as a new plan
    std::string import_target;       // the library plan it is a version of
    std::string import_target_name;
    core::Plan import_mine;          // that plan as the library has it
    core::MergeChoices import_choices;   // by conflict: master = the file's value, copy = the library's
    core::MergeResult import_merge;  // the file's changes merged into that plan, conflicts as chosen
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
