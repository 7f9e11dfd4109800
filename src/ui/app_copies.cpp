// "Update copies from the master" (docs/architecture.md, "Master and group
// copies"): the open plan is the master; every plan of the library linked to
// it is merged with it (core/rules/master_copies.hpp) when the dialog opens
// and again for each conflict the user decides, and saved on "apply", each
// after keeping its stored version as a snapshot (the copies are not open,
// so they are taken back by restoring that snapshot, not by undo).
#include <nlohmann/json.hpp>

#include "core/json/plan_json.hpp"
#include "core/text/i18n.hpp"
#include "ui/app.hpp"

namespace ui {

using core::LibStatus;

core::MasterRef App::master_ref() {
    if (open_id_.empty()) return {};
    return {open_id_, revision_, plan_display_name(plan_, ui_.lang)};
}

void App::open_copy_updates() {
    auto& d = ui_.dialogs;
    d.copies.clear();
    if (dirty_) save_now();
    const core::MasterRef ref = master_ref();
    if (ref.id.empty()) return;
    for (const core::PlanEntry& e : library_->list()) {
        if (e.corrupt || e.id == open_id_) continue;
        core::Loaded l = library_->load(e.id);
        if (l.status != LibStatus::ok || !core::is_copy_of(l.plan, ref.id)) continue;
        Dialogs::CopyUpdate u;
        u.id = e.id;
        u.name = e.name;
        u.revision = l.entry.revision;
        u.copy = std::move(l.plan);
        u.result = core::update_from_master(u.copy, plan_, ref);
        u.changes = core::update_changes(u.result, u.copy);
        d.copies.push_back(std::move(u));
    }
}

void App::choose_copy_conflict(const cmd::ChooseCopyConflict& c) {
    const core::MasterRef ref = master_ref();
    for (Dialogs::CopyUpdate& u : ui_.dialogs.copies) {
        if (u.id != c.copy_id) continue;
        u.choices[c.key] = c.master ? core::MergeSide::master : core::MergeSide::copy;
        u.result = core::update_from_master(u.copy, plan_, ref, u.choices);
        u.changes = core::update_changes(u.result, u.copy);
    }
}

// The file's value or the library's for one conflict of the offered merge
// (merge_copy_versions: the file is the "master" side, the library's plan the copy).
void App::choose_import_conflict(const cmd::ChooseImportConflict& c) {
    Dialogs& d = ui_.dialogs;
    d.import_choices[c.key] = c.file ? core::MergeSide::master : core::MergeSide::copy;
    core::MergeResult r = core::merge_copy_versions(d.import_mine, d.import_plan, d.import_choices);
    if (r.ok()) d.import_merge = std::move(r);
}

int App::apply_copy_updates() {
    int updated = 0;
    for (const Dialogs::CopyUpdate& u : ui_.dialogs.copies) {
        if (!u.changes) continue;
        const core::Saved s = library_->save_keeping_snapshot(u.id, u.result.plan, u.revision, services_.now_iso());
        if (s.status != LibStatus::ok) {
            report(s.status);
            continue;
        }
        ++updated;
    }
    return updated;
}

}  // namespace ui

namespace ui {

// An imported file that is another version of a copy in the library (the
// same master, group and base, core::same_copy) and differs from it: the
// dialog offers to merge it there (each conflict listed, the library's
// version kept unless the user takes the file's) or to open it as a new plan.
bool App::offer_import_merge(const core::Plan& plan, const std::string& text) {
    if (plan.master.plan.empty() || !library_) return false;
    if (dirty_) save_now();
    for (const core::PlanEntry& e : library_->list()) {
        if (e.corrupt) continue;
        core::Loaded l = library_->load(e.id);
        if (l.status != LibStatus::ok || !core::same_copy(l.plan, plan) || l.plan == plan) continue;
        core::MergeResult r = core::merge_copy_versions(l.plan, plan);
        if (!r.ok()) continue;
        Dialogs& d = ui_.dialogs;
        d.import_merge_open = true;
        d.import_plan = plan;
        d.import_text = text;
        d.import_target = e.id;
        d.import_target_name = e.name;
        d.import_mine = std::move(l.plan);
        d.import_choices.clear();
        d.import_merge = std::move(r);
        return true;
    }
    return false;
}

void App::import_merge(bool merge) {
    Dialogs& d = ui_.dialogs;
    d.import_merge_open = false;
    const core::Lang L = ui_.lang;
    if (!merge) {
        nlohmann::json parsed;
        core::ImportResult r = core::import_plan_json(d.import_text, &parsed);
        if (r.ok()) {
            new_plan(std::move(r.plan), &parsed);
            say(tr(core::S::import_ok, L), false);
        }
    } else {
        if (dirty_) save_now();
        const std::optional<int> revision = library_->stored_revision(d.import_target);
        const core::Saved s = revision ? library_->save_keeping_snapshot(d.import_target, d.import_merge.plan, *revision,
                                                                         services_.now_iso())
                                       : core::Saved{LibStatus::not_found};
        if (s.status != LibStatus::ok) {
            report(s.status);
        } else {
            core::Loaded l = library_->load(d.import_target);   // shown as merged, even when it was open
            if (l.status == LibStatus::ok) show_plan(d.import_target, std::move(l.plan), l.entry.revision, l.tip);
            ui_.section = Section::basics;
            say(core::fmt(tr(core::S::import_merged, L), {{"name", d.import_target_name}}), false);
        }
    }
    d.import_plan = {};
    d.import_text.clear();
    d.import_mine = {};
    d.import_choices.clear();
    d.import_merge = {};
    ui_.library.stale = true;
}

}  // namespace ui
