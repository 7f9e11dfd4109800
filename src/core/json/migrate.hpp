#pragma once
// Upgrades the "plan" object of an older file, one version at a time, before
// it is read. Each step is a function from version N's JSON to N+1's; a step
// only moves or renames keys (values are still checked by the reader after).
// tests/core/data/migrate/v<N>.json is a file of each old version with the
// plan it must become (tests/core/migrate_test.cpp). Adding a version:
// docs/file-format.md, Versions and migration.
//
// History:
//   1 → 2  (0.2.0) basics.target_users / pain_point / solution moved into
//          basics.positioning {users, pain, solution}; the plan gained the
//          setup, rhythm, content, incentives, kpis and reviews sections
//          (missing sections take their defaults, so they need no step).
//   2 → 3  (0.3.0) every schedulable line gained a "message" {text, script,
//          attachments}; a content item's "assets" moved into its
//          message.attachments.
//   3 → 4  (0.4.0) the plan gained "execution", the record of what was
//          sent, late or skipped (plan_execution.hpp); it starts empty, so
//          the step changes nothing. The version rises so that an older
//          planner refuses the file instead of dropping the record.
//   4 → 5  (0.5.0) basics gained "takeover_date", the day this plan took
//          over an existing group (its day 0 when set: plan_day0). Optional
//          and absent before, so the step changes nothing; the version rises
//          so that an older planner refuses the file instead of counting a
//          revival from the founding date. SOP lines gained "kind"
//          (message / task; "message" when absent) in the same version.
#include <nlohmann/json.hpp>

#include "core/model/problem.hpp"

namespace core {

// Upgrades `plan` (the envelope's "plan" value) from `version` to the
// current schema version. Returns a problem if a step cannot proceed.
Problem migrate_plan(nlohmann::json& plan, int version);

}  // namespace core
