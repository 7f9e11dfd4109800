#pragma once
// The KPI, review and dashboard panels' view state (kpi_panel.cpp,
// review_panel.cpp, dashboard_panel.cpp).
#include <map>
#include <string>
#include <vector>

#include "core/rules/kpi_import.hpp"

namespace ui {

// The fast entry form (kpi_entry.cpp): a value per KPI of one stage.
struct KpiEntryView {
    bool open = false;
    int focus_first = 0;                       // frames left to give the first value field the keyboard
    int stage = 0;                             // kAllStages index
    std::map<std::string, std::string> date;   // by KPI id: the date typed (today unless changed)
    std::map<std::string, std::string> value;  // by KPI id: the value typed
    std::string error;
    bool asking = false;                       // dates already logged: replace them?
    core::WritePreview pending;                // what the question is about
};

// The import of a statistics table (kpi_entry.cpp).
struct KpiImportView {
    bool open = false;
    std::string text;                          // pasted, or a file's decoded text
    std::string file_name;                     // the file it came from, "" when pasted
    // The table read from `text`, and the mapping the user is choosing.
    std::string parsed_text;
    bool parsed = false;
    core::StatsTable table;
    std::vector<core::MappingRow> mapping;
};

// The KPI, review and dashboard views: the values being typed into a KPI's
// "log a value" row (by KPI id), the stage tab to show, the ranking period.
struct KpiView {
    std::map<std::string, std::string> log_date;
    std::map<std::string, std::string> log_value;
    std::map<std::string, std::string> log_error;
    std::string tabs_for;        // the plan whose tab was chosen (the current stage on opening)
    int tab = 0;                 // the KPI section's tab: a stage (0–4), alert rules (5), funnel (6)
    int select_stage = -1;       // a stage to show when the KPI section is drawn next (dashboard clicks)
    int review_tab = 0;          // the review section's tab: reviews (0), content ranking (1)
    int ranking_days = 7;        // the content ranking's period: the last 7 or 30 days
    std::string open_review;     // a review just made, unfolded on the next frame
    bool due_all = false;        // the checklist due now, listed in full
    KpiEntryView entry;
    KpiImportView import;
};

}  // namespace ui
