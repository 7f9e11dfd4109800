#include "core/edits/calendar_edits.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/json/json_fields.hpp"

namespace core {

namespace {

const ContentItem* find_content(const Plan& plan, const std::string& id) {
    for (const ContentItem& c : plan.content.items)
        if (c.id == id) return &c;
    return nullptr;
}

Edit set_content(const ContentItem& c) { return set_edit({"content", "items", c.id}, to_json_value(c)); }

std::string fresh_override_id(const Plan& plan) {
    std::unordered_set<std::string> used;
    for (const CalendarOverride& o : plan.calendar.overrides) used.insert(o.id);
    for (int n = 1;; ++n) {
        std::string id = "ov-" + std::to_string(n);
        if (!used.count(id)) return id;
    }
}

// The item's override of this kind, updated by `change`, or a new one.
template <class Change>
Edit override_edit(const Plan& plan, const CalendarItem& item, OverrideKind kind, Change change) {
    for (const CalendarOverride& o : plan.calendar.overrides) {
        if (o.kind == kind && o.source == item.source && o.rule == item.rule && o.date == item.original) {
            CalendarOverride updated = o;
            change(updated);
            return set_edit({"calendar", "overrides", o.id}, to_json_value(updated));
        }
    }
    CalendarOverride o;
    o.id = fresh_override_id(plan);
    o.source = item.source;
    o.rule = item.rule;
    o.date = item.original;
    o.kind = kind;
    change(o);
    return insert_edit({"calendar", "overrides"}, to_json_value(o));
}

Edit items_edit(const std::vector<ContentItem>& items) { return set_edit({"content", "items"}, to_json_value(items)); }

ContentItem fresh_copy(const ContentItem& c, std::string id, int shift_days) {
    ContentItem copy = c;
    copy.id = std::move(id);
    if (copy.publish) copy.publish = Date{copy.publish->days + shift_days};
    if (copy.due) copy.due = Date{copy.due->days + shift_days};
    copy.status = Status::idea;
    copy.check_compliance = copy.check_fit = copy.check_appeal = false;
    copy.metrics = {};
    return copy;
}

}  // namespace

Edit skip_item_edit(const Plan& plan, const CalendarItem& item) {
    if (!item.content.empty())
        if (const ContentItem* c = find_content(plan, item.content)) {
            ContentItem changed = *c;
            changed.publish.reset();
            return set_content(changed);
        }
    return override_edit(plan, item, OverrideKind::skip, [](CalendarOverride&) {});
}

Edit move_item_edit(const Plan& plan, const CalendarItem& item, Date to, std::optional<TimeOfDay> time) {
    if (!item.content.empty())
        if (const ContentItem* c = find_content(plan, item.content)) {
            ContentItem changed = *c;
            changed.publish = to;
            if (time) changed.time = time;
            return set_content(changed);
        }
    return override_edit(plan, item, OverrideKind::move, [&](CalendarOverride& o) {
        o.to_date = to;
        if (time) o.to_time = time;
    });
}

Edit retitle_item_edit(const Plan& plan, const CalendarItem& item, const std::string& title) {
    if (!item.content.empty())
        if (const ContentItem* c = find_content(plan, item.content)) {
            ContentItem changed = *c;
            changed.title = title;
            return set_content(changed);
        }
    return override_edit(plan, item, OverrideKind::edit, [&](CalendarOverride& o) { o.title = title; });
}

Edit restore_item_edit(const Plan& plan, const CalendarItem& item) {
    std::vector<CalendarOverride> kept;
    for (const CalendarOverride& o : plan.calendar.overrides)
        if (!(o.source == item.source && o.rule == item.rule && o.date == item.original)) kept.push_back(o);
    return set_edit({"calendar", "overrides"}, to_json_value(kept));
}

std::vector<std::string> stale_overrides(const Plan& plan) {
    std::vector<std::string> stale;
    for (const CalendarOverride& o : plan.calendar.overrides) {
        const std::string key = item_key(o.source, o.rule, o.date);
        std::vector<CalendarItem> given = expand_rules(plan, o.date, o.date);
        if (std::none_of(given.begin(), given.end(), [&](const CalendarItem& it) { return it.key == key; }))
            stale.push_back(o.id);
    }
    return stale;
}

Edit prune_overrides_edit(const Plan& plan) {
    const std::vector<std::string> stale = stale_overrides(plan);
    std::vector<CalendarOverride> kept;
    for (const CalendarOverride& o : plan.calendar.overrides)
        if (std::find(stale.begin(), stale.end(), o.id) == stale.end()) kept.push_back(o);
    return set_edit({"calendar", "overrides"}, to_json_value(kept));
}

std::optional<Edit> ensure_uid_edit(const Plan& plan, std::string_view token) {
    if (!plan.calendar.uid.empty()) return std::nullopt;
    std::string uid;
    for (char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '-';
        if (ok && uid.size() < kMaxIdBytes) uid += c;
    }
    if (uid.empty()) return std::nullopt;
    return set_edit({"calendar", "uid"}, uid);
}

std::vector<std::string> fresh_content_ids(const Plan& plan, size_t n, std::string_view prefix) {
    std::unordered_set<std::string> used;
    for (const ContentItem& c : plan.content.items) used.insert(c.id);
    std::vector<std::string> ids;
    for (int k = 1; ids.size() < n; ++k) {
        std::string id = std::string(prefix) + "-" + std::to_string(k);
        if (!used.count(id)) ids.push_back(std::move(id));
    }
    return ids;
}

BulkEdit copy_week_edit(const Plan& plan, Date day, int weeks) {
    weeks = std::clamp(weeks, 0, 104);
    const Date monday = monday_of(day);
    const Date sunday{monday.days + 6};
    std::vector<const ContentItem*> week;
    for (const ContentItem& c : plan.content.items)
        if (c.publish && monday <= *c.publish && *c.publish <= sunday) week.push_back(&c);
    BulkEdit out;
    std::vector<ContentItem> items = plan.content.items;
    std::vector<std::string> ids = fresh_content_ids(plan, week.size() * (size_t)weeks);
    size_t next = 0;
    for (int w = 1; w <= weeks; ++w)
        for (const ContentItem* c : week) {
            items.push_back(fresh_copy(*c, ids[next++], 7 * w));
            out.ids.push_back(items.back().id);
        }
    out.edit = items_edit(items);
    return out;
}

BulkEdit shift_items_edit(const Plan& plan, Date from, Date to, int days) {
    BulkEdit out;
    std::vector<ContentItem> items = plan.content.items;
    for (ContentItem& c : items) {
        if (!c.publish || *c.publish < from || to < *c.publish) continue;
        c.publish = Date{c.publish->days + days};
        if (c.due) c.due = Date{c.due->days + days};
        out.ids.push_back(c.id);
    }
    out.edit = items_edit(items);
    return out;
}

BulkEdit repeat_item_edit(const Plan& plan, const std::string& content_id, const Recurrence& r) {
    BulkEdit out;
    std::vector<ContentItem> items = plan.content.items;
    const ContentItem* original = find_content(plan, content_id);
    int copies = 0;
    if (original && original->publish && r.interval_days >= 1 && (r.until || r.count)) {
        copies = kMaxRepeats;
        if (r.count) copies = std::min(copies, std::max(0, *r.count - 1));
        if (r.until) {
            const int span = r.until->days - original->publish->days;
            copies = std::min(copies, span < 0 ? 0 : span / r.interval_days);
        }
    }
    std::vector<std::string> ids = fresh_content_ids(plan, (size_t)copies);
    // Copies follow the original in the list, in date order.
    auto at = std::find_if(items.begin(), items.end(), [&](const ContentItem& c) { return c.id == content_id; });
    std::vector<ContentItem> added;
    for (int k = 1; k <= copies; ++k) {
        added.push_back(fresh_copy(*original, ids[(size_t)k - 1], k * r.interval_days));
        out.ids.push_back(added.back().id);
    }
    if (at != items.end()) items.insert(at + 1, added.begin(), added.end());
    out.edit = items_edit(items);
    return out;
}

}  // namespace core
