// The commands panels and dialogs queue (edit_sink.hpp), run after the frame
// by App::run_queue: the one place where the app changes beside plan edits.
#include <cstdlib>

#include "core/exports/markdown_export.hpp"
#include "core/model/dates.hpp"
#include "core/templates/templates.hpp"
#include "imgui.h"
#include "ui/app.hpp"

namespace ui {

using core::S;
using core::tr;

namespace {
template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;
}  // namespace

void App::run(const Command& command) {
    const core::Lang L = ui_.lang;
    Dialogs& d = ui_.dialogs;
    // A plan chosen on the start screen opens where new_plan says (Today on a phone).
    const bool welcome = ui_.welcome;
    std::visit(
        overloaded{
            [&](const cmd::Undo&) { undo(); },
            [&](const cmd::Redo&) { redo(); },
            [&](const cmd::ExportFile& c) { export_file(c.download); },
            [&](const cmd::PickFileToImport&) { services_.pick_file_to_import(); },
            [&](const cmd::PickTableFile&) { services_.pick_table_file(); },
            [&](const cmd::PasteImport&) {
                d.paste_open = true;
                d.paste_error.clear();
                d.paste_detail.clear();
            },
            [&](const cmd::ImportPasted& c) {
                if (std::optional<core::Problem> problem = import_text(c.text)) {
                    d.paste_error = core::problem_text(*problem, L);
                    d.paste_detail = core::problem_detail(*problem, L);
                    return;
                }
                d.paste_text.clear();
                d.paste_error.clear();
                d.paste_detail.clear();
                d.paste_open = false;
                if (!welcome) ui_.section = Section::basics;
            },
            [&](const cmd::ShareLink&) { make_share_link(); },
            [&](const cmd::ImportLinkPlan&) {
                new_plan(std::move(d.link_plan));
                d.link_plan = core::Plan{};
                d.link_open = false;
                if (!welcome) ui_.section = Section::basics;
                say(tr(S::import_ok, L), false);
            },
            [&](const cmd::ExportMarkdown& c) { export_markdown(c.copy); },
            [&](const cmd::PrintView&) { services_.open_print_view(core::sop_print_html(plan_, L)); },
            [&](const cmd::PrintRoleSheet& c) {
                services_.open_print_view(core::role_sheet_print_html(plan_, c.role_id, core::Date{c.date_days}, L));
            },
            [&](const cmd::Download& c) { services_.download(c.file_name, c.mime, c.bytes); },
            [&](const cmd::CopyText& c) { copy_text(c.text); },
            [&](const cmd::Notify& c) { say(c.message, c.error); },
            [&](const cmd::SetLang& c) { set_lang(c.lang); },
            [&](const cmd::SetFontStep& c) { set_font_step(c.step); },
            [&](const cmd::NewPlan&) {
                new_plan(core::new_blank_plan(L, core::Date{services_.today_days()}));
                if (!welcome) ui_.section = Section::basics;
            },
            [&](const cmd::ChooseTemplate&) { d.template_open = true; },
            [&](const cmd::NewFromTemplate& c) {
                new_plan(core::make_template(c.id, L, core::Date{services_.today_days()}));
                d.template_open = false;
                if (!welcome) ui_.section = Section::basics;
                say(core::fmt(tr(S::template_created, L), {{"name", tr(core::template_info(c.id).label, L)}}), false);
            },
            [&](const cmd::ReplicatePlan&) {
                d.replicate_open = true;
                d.replicate_error.clear();
            },
            [&](const cmd::Replicate& c) {
                const int made = replicate(c.lines);
                if (made == 0) return;   // why is in the dialog (replicate_error) or already said
                d.replicate_text.clear();
                d.replicate_open = false;
                ui_.section = Section::library;
                ui_.library.stale = true;
                say(core::fmt(tr(S::replicate_done, L), {{"n", std::to_string(made)}}), false);
            },
            [&](const cmd::UpdateCopies&) {
                open_copy_updates();
                d.copies_open = true;
            },
            [&](const cmd::ChooseCopyConflict& c) { choose_copy_conflict(c); },
            [&](const cmd::ApplyCopyUpdates&) {
                const int updated = apply_copy_updates();
                d.copies_open = false;
                d.copies.clear();
                ui_.library.stale = true;
                say(core::fmt(tr(S::copies_done, L), {{"n", std::to_string(updated)}}), false);
            },
            [&](const cmd::ImportMerge& c) { import_merge(c.merge); },
            [&](const cmd::ChooseImportConflict& c) { choose_import_conflict(c); },
            [&](const cmd::OpenPlan& c) {
                if (open_plan(c.id)) ui_.section = Section::basics;
            },
            [&](const cmd::RenamePlan& c) {
                report(library_->rename(c.id, c.name));
                ui_.library.stale = true;
            },
            [&](const cmd::DuplicatePlan& c) { duplicate_plan(c.id); },
            [&](const cmd::DeletePlan& c) { delete_plan(c.id); },
            [&](const cmd::RestorePlan& c) {
                report(library_->restore(c.id));
                ui_.library.stale = true;
            },
            [&](const cmd::PurgePlan& c) {
                report(library_->purge(c.id));
                ui_.library.stale = true;
            },
            [&](const cmd::ShowSnapshots& c) {
                LibraryView& v = ui_.library;
                v.snapshots_of = v.snapshots_of == c.id ? "" : c.id;
                v.stale = true;
            },
            [&](const cmd::RestoreSnapshot& c) { restore_snapshot(c.id, c.revision); },
            [&](const cmd::ExportRaw& c) { export_raw(c.id, c.aside_key); },
            [&](const cmd::RefreshOverview&) { refresh_overview(); },
            [&](const cmd::DrawAgain&) {},   // a queued command is enough: the frame is drawn again
        },
        command);
}

void App::copy_text(const std::string& text) {
    ImGui::SetClipboardText(text.c_str());
    say(tr(S::basics_copied, ui_.lang), false);
}

// ---- what panels read ------------------------------------------------------------
std::string AppActions::local_time(const std::string& iso) const { return services_.local_time(iso); }

// From the services' ISO time ("2025-03-01T08:30:00.000Z"), so the UI keeps
// to one clock; 0 when it cannot be read.
std::string AppActions::now_iso() const { return services_.now_iso(); }
long long AppActions::now_unix_seconds() const { return core::unix_seconds(services_.now_iso()).value_or(0); }

}  // namespace ui
