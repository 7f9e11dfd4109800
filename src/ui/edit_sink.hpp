#pragma once
// Panels never change the plan or the library: they queue what the user
// asked for, as values, and the app runs the queue after the frame, in the
// order it was filled (App::run_queue). So each frame is drawn from exactly
// one plan, and undo, autosave and tests hang off one place
// (docs/architecture.md, "One direction of data").
//   - an Edit changes the open plan (core/edits/edit.hpp);
//   - a Command asks the app for anything else: undo, another plan, a file,
//     the clipboard, a dialog's outcome.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/edits/edit.hpp"
#include "core/templates/templates.hpp"
#include "core/text/i18n.hpp"

namespace ui {

namespace cmd {
struct Undo {};
struct Redo {};
// Files and links
// The plan as a JSON file (Ctrl+S): written back to the file it was opened
// from when the page keeps that file, else downloaded; `download`: always downloaded.
struct ExportFile { bool download = false; };
struct PickFileToImport {};           // the browser's file picker (Ctrl+O)
struct PickTableFile {};              // the file picker for a statistics table (KPI import)
struct PasteImport {};                // open the paste dialog
struct ImportPasted { std::string text; };   // the paste dialog's text
struct ShareLink {};
struct ImportLinkPlan {};             // the plan offered by a share link
struct ExportMarkdown { bool copy = false; };
struct PrintView {};
struct PrintRoleSheet { std::string role_id; int date_days = 0; };
struct Download { std::string file_name, mime, bytes; };
struct CopyText { std::string text; };
struct Notify { std::string message; bool error = false; };   // the status bar
// Settings
struct SetLang { core::Lang lang = core::Lang::zh; };
struct SetFontStep { int step = 1; };
// Plans in the library
struct NewPlan {};
struct ChooseTemplate {};             // open the template dialog
struct NewFromTemplate { core::TemplateId id{}; };
struct ReplicatePlan {};              // open the replication dialog
struct Replicate { std::string lines; };          // one group per line
struct UpdateCopies {};               // open "update copies from the master" with each copy's merge
struct ChooseCopyConflict { std::string copy_id, key; bool master = false; };   // one conflict's side
struct ApplyCopyUpdates {};           // save every copy the dialog's merges change
struct ImportMerge { bool merge = true; };   // the offered file: merged into its plan, or a new plan
struct ChooseImportConflict { std::string key; bool file = false; };   // one conflict's side: the file's or the library's
struct OpenPlan { std::string id; };
struct RenamePlan { std::string id, name; };
struct DuplicatePlan { std::string id; };
struct DeletePlan { std::string id; };
struct RestorePlan { std::string id; };
struct PurgePlan { std::string id; };
struct ShowSnapshots { std::string id; };   // list (or fold) a plan's snapshots
struct RestoreSnapshot { std::string id; int revision = 0; };
struct ExportRaw { std::string id, aside_key; };
struct RefreshOverview {};            // read the plans the overview of all groups shows (library/overview.hpp)
struct DrawAgain {};                  // a panel has more to compute a slice a frame: draw the next frame now
}  // namespace cmd

using Command = std::variant<cmd::Undo, cmd::Redo, cmd::ExportFile, cmd::PickFileToImport, cmd::PickTableFile, cmd::PasteImport, cmd::ImportPasted,
                             cmd::ShareLink, cmd::ImportLinkPlan, cmd::ExportMarkdown, cmd::PrintView,
                             cmd::PrintRoleSheet, cmd::Download, cmd::CopyText, cmd::Notify, cmd::SetLang,
                             cmd::SetFontStep, cmd::NewPlan, cmd::ChooseTemplate, cmd::NewFromTemplate, cmd::ReplicatePlan, cmd::Replicate, cmd::UpdateCopies, cmd::ChooseCopyConflict, cmd::ApplyCopyUpdates, cmd::ImportMerge, cmd::ChooseImportConflict, cmd::OpenPlan,
                             cmd::RenamePlan, cmd::DuplicatePlan, cmd::DeletePlan, cmd::RestorePlan,
                             cmd::PurgePlan, cmd::ShowSnapshots, cmd::RestoreSnapshot, cmd::ExportRaw, cmd::RefreshOverview, cmd::DrawAgain>;

// Seconds after the last keystroke before a field sends its text to the plan.
inline constexpr double kTypingPause = 0.3;

// An edit as queued. burst: nonzero for the text of one burst of typing
// into one field, which the history keeps as one undo step
// (core::History::commit). quiet: text still being typed, sent to the plan
// while the field is active; a refusal is not reported (the field keeps its
// text, and leaving the field sends it again and says why).
struct QueuedEdit {
    core::Edit edit;
    unsigned burst = 0;
    bool quiet = false;
};

// One frame's queue of edits and commands, in the order they were asked for.
struct EditSink {
    std::vector<std::variant<QueuedEdit, Command>> queue;
    // The text of a field being typed into that is not in the plan yet (the
    // field sends it after a pause in typing, or when it is left): the app
    // keeps it so that hiding the page can still save it (App::flush).
    std::optional<QueuedEdit> typing;
    void push(core::Edit edit, unsigned burst = 0, bool quiet = false) {
        queue.emplace_back(QueuedEdit{std::move(edit), burst, quiet});
    }
    void run(Command command) { queue.emplace_back(std::move(command)); }
};

}  // namespace ui
