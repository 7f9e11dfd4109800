#pragma once
// Content planning (内容规划) and incentives (激励与转化): the mix targets, content items and
// their production, the asset library, points, products and promotions.
#include <optional>
#include <string>
#include <vector>

#include "core/model/dates.hpp"
#include "core/model/enums.hpp"
#include "core/model/fields.hpp"
#include "core/model/plan_message.hpp"

namespace core {

// Percent per category; the validator requires a total of 100.
struct MixTargets {
    int activation = 50;
    int conversion = 30;
    int brand = 20;
    int warn_points = 10;     // warn when actual deviates by more than this
    bool operator==(const MixTargets&) const = default;
};

template <class V>
void describe(V& v, MixTargets& m) {
    v.field("activation", m.activation, Range{0, 100});
    v.field("conversion", m.conversion, Range{0, 100});
    v.field("brand", m.brand, Range{0, 100});
    v.field("warn_points", m.warn_points, Range{0, 100});
}

struct Team {
    int planners = 1;
    int writers = 2;
    int designers = 1;
    bool operator==(const Team&) const = default;
};

template <class V>
void describe(V& v, Team& t) {
    v.field("planners", t.planners, Range{0, 1000});
    v.field("writers", t.writers, Range{0, 1000});
    v.field("designers", t.designers, Range{0, 1000});
}

// Performance of a published item; rates in percent.
struct Metrics {
    std::optional<double> open_rate;
    std::optional<double> interaction_rate;
    std::optional<double> click_rate;
    std::optional<int> conversions;
    bool operator==(const Metrics&) const = default;
};

template <class V>
void describe(V& v, Metrics& m) {
    v.field("open_rate", m.open_rate, Range{0, 100});
    v.field("interaction_rate", m.interaction_rate, Range{0, 100});
    v.field("click_rate", m.click_rate, Range{0, 100});
    v.field("conversions", m.conversions, Range{0, 100'000'000});
}

struct ContentItem {
    std::string id;
    std::string title;
    Category category = Category::activation;
    Format format = Format::image_text;
    Source source = Source::original;
    std::string owner;                 // a person
    std::optional<Date> due;           // preparation deadline
    std::optional<Date> publish;       // publish date
    std::optional<TimeOfDay> time;
    std::string slot;                  // Ref slot
    Status status = Status::idea;
    bool check_compliance = false;     // the three review checks gate "scheduled"
    bool check_fit = false;
    bool check_appeal = false;
    Message message;                   // its attachments are the item's assets
    Metrics metrics;
    std::string note;
    bool operator==(const ContentItem&) const = default;
};

template <class V>
void describe(V& v, ContentItem& c) {
    v.field("id", c.id, IdText{});
    v.field("title", c.title, Limit::line);
    v.field("category", c.category);
    v.field("format", c.format);
    v.field("source", c.source);
    v.field("owner", c.owner, Limit::line);
    v.field("due", c.due);
    v.field("publish", c.publish);
    v.field("time", c.time);
    v.field("slot", c.slot, Ref{IdKind::slot});
    v.field("status", c.status);
    v.field("check_compliance", c.check_compliance);
    v.field("check_fit", c.check_fit);
    v.field("check_appeal", c.check_appeal);
    v.field("message", c.message);
    v.field("metrics", c.metrics);
    v.field("note", c.note, Limit::paragraph);
}

// 素材库: its name follows YYYYMM + category - topic - format (naming.hpp).
struct Asset {
    std::string id;
    Zone zone = Zone::knowledge;
    Category category = Category::activation;
    std::string topic;
    Format format = Format::image_text;
    int year = 2025;
    int month = 1;
    std::vector<std::string> tags;
    std::string note;
    std::string link;
    AssetKind kind = AssetKind::image;
    bool operator==(const Asset&) const = default;
};

template <class V>
void describe(V& v, Asset& a) {
    v.field("id", a.id, IdText{});
    v.field("zone", a.zone);
    v.field("category", a.category);
    v.field("topic", a.topic, Limit::line);
    v.field("format", a.format);
    v.field("year", a.year, Range{2000, 2100});
    v.field("month", a.month, Range{1, 12});
    v.field("tags", a.tags, Limit::line);
    v.field("note", a.note, Limit::paragraph);
    v.field("link", a.link, Limit::paragraph);
    v.field("kind", a.kind);
}

struct Content {
    MixTargets mix;
    Team team;
    std::vector<ContentItem> items;
    std::vector<Asset> assets;
    bool operator==(const Content&) const = default;
};

template <class V>
void describe(V& v, Content& c) {
    v.field("mix", c.mix);
    v.field("team", c.team);
    v.field("items", c.items, Ids{IdKind::content});
    v.field("assets", c.assets, Ids{IdKind::asset});
}

// ---- incentives and conversion -----------------------------------------------
struct PointsRule {
    std::string id;
    std::string action;       // e.g. speaking once, daily check-in
    int points = 10;
    int daily_cap = 0;        // 0 = no cap
    bool operator==(const PointsRule&) const = default;
};

template <class V>
void describe(V& v, PointsRule& r) {
    v.field("id", r.id, IdText{});
    v.field("action", r.action, Limit::line);
    v.field("points", r.points, Range{0, 1'000'000});
    v.field("daily_cap", r.daily_cap, Range{0, 1'000'000});
}

struct Reward {
    std::string id;
    int cost = 100;           // points
    std::string reward;
    bool operator==(const Reward&) const = default;
};

template <class V>
void describe(V& v, Reward& r) {
    v.field("id", r.id, IdText{});
    v.field("cost", r.cost, Range{0, 100'000'000});
    v.field("reward", r.reward, Limit::line);
}

struct Level {
    std::string id;
    std::string name;
    int min_points = 0;
    std::string benefits;
    bool operator==(const Level&) const = default;
};

template <class V>
void describe(V& v, Level& l) {
    v.field("id", l.id, IdText{});
    v.field("name", l.name, Limit::line);
    v.field("min_points", l.min_points, Range{0, 100'000'000});
    v.field("benefits", l.benefits, Limit::paragraph);
}

struct Product {
    std::string id;
    std::string name;
    ProductRole role = ProductRole::traffic;
    double price = 0;
    std::string note;
    bool operator==(const Product&) const = default;
};

template <class V>
void describe(V& v, Product& p) {
    v.field("id", p.id, IdText{});
    v.field("name", p.name, Limit::line);
    v.field("role", p.role);
    v.field("price", p.price, Range{0, 10'000'000});
    v.field("note", p.note, Limit::paragraph);
}

struct Promotion {
    std::string id;
    PromotionKind kind = PromotionKind::limited_time;
    std::string name;
    std::string detail;
    std::string script;
    bool operator==(const Promotion&) const = default;
};

template <class V>
void describe(V& v, Promotion& p) {
    v.field("id", p.id, IdText{});
    v.field("kind", p.kind);
    v.field("name", p.name, Limit::line);
    v.field("detail", p.detail, Limit::paragraph);
    v.field("script", p.script, Limit::document);
}

struct Incentives {
    std::vector<PointsRule> points_rules;
    std::vector<Reward> rewards;
    std::vector<Level> levels;
    std::vector<Product> products;
    std::vector<Promotion> promotions;
    bool operator==(const Incentives&) const = default;
};

template <class V>
void describe(V& v, Incentives& i) {
    v.field("points_rules", i.points_rules, Ids{IdKind::points_rule});
    v.field("rewards", i.rewards, Ids{IdKind::reward});
    v.field("levels", i.levels, Ids{IdKind::level});
    v.field("products", i.products, Ids{IdKind::product});
    v.field("promotions", i.promotions, Ids{IdKind::promotion});
}

}  // namespace core
