// Stage checklists and remedies that follow each template's own plan
// (templates_kit.hpp, fit_stages): the defaults of kpi_defaults.cpp are
// written for any group, so the ones that name a time, a weekday, a day or
// a channel are rewritten here from the plan's slots, columns, day-N lines,
// run-sheets, campaigns, platform and industry. Text that is generated from
// the plan cannot disagree with it.
#include <algorithm>

#include "core/model/stable_sort.hpp"
#include "core/rules/stages.hpp"
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

namespace {

std::string join(const std::vector<std::string>& parts, const Kit& k) {
    std::string out;
    for (const std::string& s : parts) out += (out.empty() ? "" : k("、", ", ")) + s;
    return out;
}

std::string weekday_name(int weekday, const Kit& k) {
    static const char* zh[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    const int i = std::clamp(weekday, 1, 7) - 1;
    return k(zh[i], en[i]);
}

// "周二辅食接龙" / "Tuesday: Baby-food chain": the column's name after its
// weekday, or the name alone when it starts with the weekday already
// ("周五会员日", "Friday member day").
std::string column_words(const Column& c, const Kit& k) {
    const std::string day = weekday_name(c.weekday, k);
    if (c.name.rfind(day, 0) == 0) return c.name;
    return day + k("", ": ") + c.name;
}

// A day-N line's title without its own "第 3 天：" / "Day 3: ", which the
// checklist item already says.
std::string bare_title(const std::string& title, const Kit& k) {
    const std::string_view t = title;
    auto spaces = [&](size_t i) {
        while (i < t.size() && std::string_view(" \t\n\v\f\r").find(t[i]) != std::string_view::npos) ++i;
        return i;
    };
    auto digits = [&](size_t i) {
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
        return i;
    };
    size_t cut = 0;
    if (t.starts_with("第")) {
        const size_t from = spaces(3), to = digits(from);
        size_t i = spaces(to);
        if (to > from && t.substr(i).starts_with("天")) {
            i += 3;
            if (t.substr(i).starts_with("：")) i += 3;
            else if (i < t.size() && t[i] == ':') ++i;
            cut = spaces(i);
        }
    } else if (t.starts_with("Day ")) {
        size_t i = digits(4);
        if (i > 4) {
            if (i < t.size() && t[i] == ':') ++i;
            cut = spaces(i);
        }
    }
    std::string out(t.substr(cut));
    if (k.lang == Lang::en && !out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 'a' + 'A');
    return out;
}

CheckItem* find_check(StagePlan& s, const std::string& id) {
    for (CheckItem& c : s.checklist)
        if (c.id == id) return &c;
    return nullptr;
}

void drop_check(StagePlan& s, const std::string& id) {
    std::erase_if(s.checklist, [&](const CheckItem& c) { return c.id == id; });
}

Remedy* find_remedy(Plan& p, const std::string& kpi_id, const std::string& id) {
    Kpi& x = kpi(p, kpi_id);
    for (Remedy& r : x.remedies)
        if (r.id == id) return &r;
    return nullptr;
}

// The slot that sells: the first conversion slot, if any.
const Slot* selling_slot(const Plan& p) {
    for (const Slot& s : p.rhythm.slots)
        if (s.category == Category::conversion) return &s;
    return nullptr;
}

std::string members_source(const Plan& p, const Kit& k) {
    switch (p.basics.industry) {
        case Industry::mother_baby:
            return k("请到店和网上下过单的宝妈扫码入群：收银台立牌、包裹卡上都放群码",
                     "Invite mums who have bought in store or online: put the group's code on the till stand and the parcel card");
        case Industry::education:
            return k("请试听过和在读学员的家长扫码入群，课后群发一次邀请",
                     "Invite parents of trial and current students: one invitation after class");
        case Industry::ecommerce:
            return k("在包裹卡、订单详情页和客服自动回复里放入群二维码，写清进群能领什么",
                     "Put the group's code on the parcel card, the order page and the service auto-reply, saying what joining gets them");
        case Industry::local_life:
            return k("请到店顾客扫桌贴或收银台的码入群，结账时店员提一句",
                     "Invite customers in the shop to scan the table sticker or the till code; staff mention it at checkout");
        case Industry::fitness:
            return k("请到店会员和体验课学员扫前台的码入群，教练课后提一句",
                     "Invite members and trial-class students to scan the code at the front desk; coaches mention it after class");
        case Industry::beauty:
            return k("请到店和网上买过的顾客扫码入群，护理结束时顺手邀请",
                     "Invite customers who have bought in store or online; ask as a treatment ends");
        case Industry::other: break;
    }
    return k("请老客户扫码入群：把群码放在他们会看到的每个地方", "Invite past customers: put the group's code wherever they already see you");
}

// "第 3 天 15:00：第一个互动话题" for the day-N lines and dated run-sheets in
// the stage's days, in day and time order; ids "<stage>-plan-<line id>".
std::vector<CheckItem> planned_days(const Plan& p, const StagePlan& stage, const char* key, const Kit& k) {
    struct Row {
        int day;
        int minutes;
        std::string id, text;
    };
    std::vector<Row> rows;
    const int from = stage.start_day, to = stage.end_day.value_or(1 << 20);
    auto text = [&](int day, TimeOfDay t, const std::string& title) {   // the title may hold a colon of its own
        return k("第 ", "Day ") + std::to_string(day) + k(" 天 ", ", ") + format_time(t) + k(" ", " — ") + bare_title(title, k);
    };
    for (const SopLine& l : p.rhythm.routine) {
        if (l.timing.kind != TimingKind::after_created || l.timing.day < from || l.timing.day >= to) continue;
        rows.push_back({l.timing.day, l.timing.time.minutes, std::string(key) + "-plan-" + l.id, text(l.timing.day, l.timing.time, l.title)});
    }
    if (p.basics.start_date)
        for (const Runsheet& r : p.rhythm.runsheets) {
            if (!r.date || !r.start) continue;
            const int day = r.date->days - p.basics.start_date->days;
            if (day < from || day >= to) continue;
            rows.push_back({day, r.start->minutes, std::string(key) + "-plan-" + r.id, text(day, *r.start, r.title)});
        }
    core::stable_sort(rows, [](const Row& a, const Row& b) {
        return a.day != b.day ? a.day < b.day : a.minutes < b.minutes;
    });
    std::vector<CheckItem> out;
    for (Row& r : rows) out.push_back({r.id, r.text, false});
    return out;
}

// Inserts `items` before the item `before` (or at the end when it is gone).
void insert_before(StagePlan& s, const std::string& before, std::vector<CheckItem> items) {
    auto at = std::find_if(s.checklist.begin(), s.checklist.end(), [&](const CheckItem& c) { return c.id == before; });
    s.checklist.insert(at, std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
}

}  // namespace

void fit_stages(Plan& p, const Kit& k) {
    const Rhythm& r = p.rhythm;

    // ---- launch: the platform's welcome, this plan's first days, where members come from
    StagePlan& launch = p.kpis.launch;
    if (CheckItem* c = find_check(launch, "launch-c2"))
        c->text = p.basics.platform == Platform::wecom
                      ? k("在企业微信后台设好入群欢迎语：新人进群自动收到欢迎语和自我介绍模板",
                          "Set the joining welcome in the WeCom admin console, so each newcomer gets the welcome and the "
                          "self-introduction template automatically")
                      : k("新人进群由管理员 @ 欢迎，并发自我介绍模板（个人微信没有自动欢迎语）",
                          "The admin @-welcomes each newcomer and sends the self-introduction template (personal WeChat has "
                          "no automatic welcome)");
    std::vector<CheckItem> first_days = planned_days(p, launch, "launch", k);
    if (!first_days.empty()) {
        // "发放三天入群福利", "第 3 天发起第一个互动话题": the plan's own days
        // say what it does when, so the generic pair goes.
        drop_check(launch, "launch-c4");
        drop_check(launch, "launch-c5");
    }
    insert_before(launch, "launch-c6", std::move(first_days));
    if (Remedy* m = find_remedy(p, "launch-members", "launch-members-r1")) m->text = members_source(p, k);
    Kpi& members = kpi(p, "launch-members");
    if (members.remedies.size() == 2)
        members.remedies.push_back({"launch-members-r3", p.basics.platform == Platform::wecom
                                                             ? k("企业微信的群二维码可以设成长期有效，印在物料上不用换",
                                                                 "A WeCom group code can be set not to expire, so printed material stays valid")
                                                             : k("个人微信群二维码 7 天就过期：海报和物料上放群主的个人码，由群主拉人",
                                                                 "A personal WeChat group code expires after 7 days: print the owner's own "
                                                                 "code and let the owner add people")});

    // ---- activation: this plan's slots, columns and first event
    StagePlan& act = p.kpis.activation;
    if (CheckItem* c = find_check(act, "activation-c1")) {
        std::vector<std::string> slots;
        for (const Slot& s : r.slots) slots.push_back(format_time(s.time) + " " + s.purpose);
        if (slots.empty())
            c->text = k("定好每天固定的几个发送时段，让成员知道什么时候来看",
                        "Fix a few daily posting times, so members know when to look");
        else c->text = k("固定每日时段：", "Keep the daily slots fixed: ") + join(slots, k);
    }
    if (CheckItem* c = find_check(act, "activation-c2")) {
        std::vector<const Column*> cols;
        for (const Column& col : r.columns) cols.push_back(&col);
        core::stable_sort(cols, [](const Column* a, const Column* b) { return a->weekday < b->weekday; });
        std::vector<std::string> names;
        for (const Column* col : cols) names.push_back(column_words(*col, k));
        if (names.empty())
            c->text = k("定 2–3 个每周固定的栏目，每个栏目固定在一周的同一天",
                        "Pick 2–3 weekly columns, each on the same day every week");
        else c->text = k("上线每周栏目：", "Start the weekly columns: ") + join(names, k);
    }
    // "举办第一场群活动": a plan with a dated event has it, on its day, in the
    // list of the stage it falls in.
    if (std::any_of(r.runsheets.begin(), r.runsheets.end(), [](const Runsheet& x) { return x.date && x.start; }))
        drop_check(act, "activation-c4");
    insert_before(act, "activation-c5", planned_days(p, act, "activation", k));
    if (Remedy* m = find_remedy(p, "activation-open", "activation-open-r1")) {
        if (r.slots.size() >= 2)
            m->text = k("调整推送时间：对比 ", "Move the push times: compare the ") + format_time(r.slots.front().time) +
                      k(" 和 ", " and ") + format_time(r.slots.back().time) +
                      k(" 两个时段的打开率，重要内容放到打开多的时段", " slots' open rates and put what matters in the better one");
        else
            m->text = k("调整推送时间：换一个时段试一周，对比打开率", "Move the push time: try another slot for a week and compare open rates");
    }

    // ---- monetization: this plan's selling column, its mix and its next campaign
    StagePlan& mon = p.kpis.monetization;
    if (CheckItem* c = find_check(mon, "monetization-c2")) {
        // The weekly sale: a conversion column on a poster, else any conversion column.
        const Column* sale = nullptr;
        for (const Column& col : r.columns)
            if (col.category == Category::conversion && (!sale || (sale->format != Format::poster && col.format == Format::poster)))
                sale = &col;
        if (sale)
            c->text = k("每周的限时优惠放在", "Put the weekly limited offer in ") + column_words(*sale, k) +
                      k("：倒计时海报 + 优惠券", ", with a countdown poster and a coupon");
    }
    if (!p.incentives.promotions.empty() &&
        std::none_of(p.incentives.promotions.begin(), p.incentives.promotions.end(),
                     [](const Promotion& x) { return x.kind == PromotionKind::group_buy; }))
        drop_check(mon, "monetization-c3");   // "发起第一次拼单接龙": only with a group-buy
    if (CheckItem* c = find_check(mon, "monetization-c4"))
        c->text = k("按 ", "Keep conversion content at ") + std::to_string(p.content.mix.conversion) +
                  k("% 的比例安排转化型内容（测评、案例、限时优惠）", "% (reviews, cases, limited offers)");
    if (CheckItem* c = find_check(mon, "monetization-c6"); c && !r.campaigns.empty())
        c->text = k("提前准备「", "Get \"") + r.campaigns.front().name + k("」的目标、节奏和物料", "\" ready: its goal, timing and material");
    insert_before(mon, "monetization-c5", planned_days(p, mon, "monetization", k));
    if (Remedy* m = find_remedy(p, "monetization-coupon", "monetization-coupon-r2")) {
        if (const Slot* s = selling_slot(p))
            m->text = k("到期前一天 ", "Remind members in the ") + format_time(s->time) +
                      k("「", " \"") + s->purpose + k("」时段提醒用券", "\" slot the day before the coupon expires");
        else
            m->text = k("到期前一天提醒用券", "Remind members the day before the coupon expires");
    }

    // ---- retention: this plan's days in it (referral runs alongside the
    // main stages, whose lists already hold every day)
    std::vector<CheckItem> days = planned_days(p, p.kpis.retention, "retention", k);
    p.kpis.retention.checklist.insert(p.kpis.retention.checklist.begin(), days.begin(), days.end());
}

}  // namespace core::tpl
