#include "ui/figures.hpp"

namespace ui {

std::unordered_map<std::string, KpiFigures> kpi_figures(const core::Plan& plan, core::Date today) {
    std::unordered_map<std::string, KpiFigures> out;
    for (core::Stage stage : core::kAllStages)
        for (const core::Kpi& kpi : core::stage_plan(plan, stage).kpis)
            out.emplace(kpi.id, KpiFigures{core::kpi_status(kpi, std::nullopt, today), core::trend_points(kpi),
                                           core::week_on_week(kpi, today)});
    return out;
}

std::array<core::StatusCounts, 5> stage_status_counts(const core::Plan& plan, core::Date today) {
    std::array<core::StatusCounts, 5> out{};
    for (core::Stage stage : core::kAllStages) out[(size_t)stage] = core::status_counts(core::stage_plan(plan, stage), today);
    return out;
}

}  // namespace ui
