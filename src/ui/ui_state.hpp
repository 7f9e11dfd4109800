#pragma once
// What the screen shows but the plan does not hold: the language, the
// section shown, the status message, and each panel's view state (which
// sits next to its panel, in *_view.hpp).
#include <map>
#include <string>
#include <vector>

#include "core/text/i18n.hpp"
#include "ui/content_view.hpp"
#include "ui/dialogs_view.hpp"
#include "ui/figures.hpp"
#include "ui/kpi_view.hpp"
#include "ui/layout.hpp"
#include "ui/library_view.hpp"
#include "ui/message_view.hpp"
#include "ui/rhythm_view.hpp"
#include "ui/row_clip.hpp"
#include "ui/today_view.hpp"

namespace ui {

// The wide layout's document preview: the Markdown's lines, made again when
// the plan (its serial) or the language changes.
struct PreviewView {
    unsigned serial = ~0u;
    core::Lang lang = core::Lang::zh;
    std::vector<std::string> paragraphs;
};

// The setup panel's scripts: only those near the screen are drawn.
struct SetupView {
    RowClip scripts;
};

enum class Section { library, today, dashboard, basics, setup, rhythm, content, incentives, kpis, review, count_ };

// The whole of it, owned by the app; panels get it by reference.
struct UiState {
    core::Lang lang = core::Lang::zh;
    int font_step = 1;                 // 0 small … 3 extra large
    Section section = Section::basics;
    // The start screen (welcome_panel.cpp) instead of a plan: a first visit,
    // or a library left empty. Choosing a template, a blank plan or a file
    // to import (or opening the library) leaves it.
    bool welcome = false;
    std::string message;               // the status bar's last message
    bool message_is_error = false;
    double message_until = 0;          // seconds (ImGui time) when it fades
    bool style_dirty = true;
    Layout layout;                     // this frame's, from the display size and the pointer
    std::string storage_problem;       // a lasting storage notice (full, unavailable)
    // The files Ctrl+S writes plans back to, by plan id: the file's name as
    // the page reported it (App::link_file). Plans not in it are downloaded.
    std::map<std::string, std::string> save_files;
    LibraryView library;
    RhythmView rhythm;
    MessageView message_edit;        // the line whose message the dialog edits
    ContentView content;
    KpiView kpi;
    Dialogs dialogs;
    TodayView today;
    SetupView setup;
    PreviewView preview;
    Figures figures;                   // what the panels compute from the whole plan, kept (figures.hpp)
};

}  // namespace ui
