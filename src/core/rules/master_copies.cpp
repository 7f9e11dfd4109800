#include "core/rules/master_copies.hpp"

#include "core/json/json_fields.hpp"
#include "core/json/plan_json.hpp"

namespace core {

namespace {

// The master as a base: its own link (if it is a copy itself) left out, so
// bases never nest.
std::string base_text(const Plan& master) {
    Plan p = master;
    p.master = {};
    return to_json_value(p).dump(-1, ' ', false, json::error_handler_t::replace);
}

MasterLink link_to(const Plan& master, const MasterRef& ref, const GroupValues& group, bool reset_progress) {
    MasterLink link;
    link.plan = ref.id;
    link.name = ref.name;
    link.revision = ref.revision;
    link.group_name = group.name;
    link.group_city = group.city;
    link.group_owner = group.owner;
    for (const PlaceholderValue& p : group.placeholders)
        link.group_placeholders.push_back({"gph-" + std::to_string(link.group_placeholders.size() + 1), p.name, p.value});
    link.reset_progress = reset_progress;
    link.base = base_text(master);
    return link;
}

// `plan` copied for the copy's group as the copy was, its link set aside.
Plan for_group(const Plan& plan, const MasterLink& link) {
    Plan p = replicate_plan(plan, group_values(link), ReplicateOptions{link.reset_progress});
    p.master = {};
    return p;
}

}  // namespace

Plan make_group_copy(const Plan& master, const MasterRef& ref, const GroupValues& group, const ReplicateOptions& options) {
    Plan copy = replicate_plan(master, group, options);
    copy.master = link_to(master, ref, group, options.reset_progress);
    return copy;
}

bool is_copy_of(const Plan& plan, const std::string& master_id) {
    return !master_id.empty() && plan.master.plan == master_id;
}

GroupValues group_values(const MasterLink& link) {
    GroupValues g{link.group_name, link.group_city, link.group_owner, {}};
    for (const GroupPlaceholder& p : link.group_placeholders) g.placeholders.push_back({p.name, p.value});
    return g;
}

BaseRead read_base(const Plan& copy) {
    BaseRead out;
    const Problem missing{ProblemKind::missing, "plan.master.base", "", ""};
    if (copy.master.plan.empty() || copy.master.base.empty()) {
        out.problem = missing;
        return out;
    }
    json envelope = json::object();
    envelope["format"] = kFormatName;
    envelope["version"] = kSchemaVersion;
    envelope["plan"] = parse_json(copy.master.base);
    if (envelope["plan"].is_discarded()) {
        out.problem = missing;
        return out;
    }
    ImportResult r = import_plan_envelope(envelope);
    if (!r.ok()) {
        out.problem = missing;
        return out;
    }
    out.plan = std::move(r.plan);
    return out;
}

MergeResult update_from_master(const Plan& copy, const Plan& master, const MasterRef& ref, const MergeChoices& choices) {
    const BaseRead base = read_base(copy);
    if (base.problem) {
        MergeResult r;
        r.plan = copy;
        r.problem = base.problem;
        return r;
    }
    Plan mine = copy;
    mine.master = {};
    MergeResult r = merge_plans(for_group(base.plan, copy.master), for_group(master, copy.master), mine, choices);
    if (!r.ok()) {
        r.plan = copy;
        return r;
    }
    r.plan.master = link_to(master, ref, group_values(copy.master), copy.master.reset_progress);
    return r;
}

bool update_changes(const MergeResult& r, const Plan& copy) { return r.ok() && !(r.plan == copy); }

bool same_copy(const Plan& a, const Plan& b) {
    return !a.master.plan.empty() && a.master.plan == b.master.plan && a.master.revision == b.master.revision &&
           a.master.group_name == b.master.group_name && a.master.base == b.master.base;
}

MergeResult merge_copy_versions(const Plan& mine, const Plan& theirs, const MergeChoices& choices) {
    const BaseRead base = read_base(mine);
    if (base.problem || !same_copy(mine, theirs)) {
        MergeResult r;
        r.plan = mine;
        r.problem = base.problem ? base.problem : Problem{ProblemKind::missing, "plan.master", "", ""};
        return r;
    }
    Plan a = mine, b = theirs;
    a.master = {};
    b.master = {};
    MergeResult r = merge_plans(for_group(base.plan, mine.master), b, a, choices);
    if (!r.ok()) {
        r.plan = mine;
        return r;
    }
    r.plan.master = mine.master;
    return r;
}

}  // namespace core
