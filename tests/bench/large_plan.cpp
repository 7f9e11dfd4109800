#include "tests/bench/large_plan.hpp"

#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/json/plan_json.hpp"
#include "core/templates/templates.hpp"

namespace bench {

namespace {

// Phrases an operator writes, in pieces that combine into varied text.
const char* const kTopics[] = {"辅食添加", "睡眠训练", "早教游戏", "疫苗接种", "过敏护理", "出牙期",
                               "亲子阅读", "户外安全", "换季穿搭", "营养早餐", "情绪管理", "如厕训练"};
const char* const kKinds[] = {"干货", "问答", "案例", "清单", "直播预告", "晒单", "福利", "测评"};
const char* const kSentences[] = {
    "欢迎新朋友入群，先看群公告，再用“城市-宝宝月龄-称呼”改好群昵称。",
    "今天的话题请大家在 21:00 前回复，抽三位送小礼物。",
    "本周五会员日，老会员专享价，名额有限，先到先得。",
    "有问题随时在群里提出，管理员会在 30 分钟内回复。",
    "请不要发广告和其他群的二维码，违规两次会被移出群聊。",
    "分享你家宝宝的小进步，我们每周评选一次“成长之星”。",
    "直播回放已上传，错过的家长可以点击查看，记得做笔记。",
    "Tips: keep messages short, one topic per post, and an emoji or two 🙂。",
};

struct Rng {
    std::mt19937 engine;
    uint32_t below(uint32_t n) { return engine() % n; }
    template <class T, size_t N>
    const T& pick(const T (&a)[N]) { return a[below(N)]; }
};

std::string long_text(Rng& r, int chars) {
    std::string out;
    int n = 0;
    while (n < chars) {
        const std::string s = r.pick(kSentences);
        out += s;
        n += (int)s.size() / 3;   // about three bytes a character
    }
    return out;
}

std::string id(const char* prefix, int n) { return std::string(prefix) + "-" + std::to_string(n); }

}  // namespace

core::Plan large_plan(uint32_t seed, const LargePlanSize& size) {
    Rng r{std::mt19937(seed)};
    const core::Date start = core::date_from_ymd(2025, 1, 6);
    core::Plan p = core::make_template(core::TemplateId::mother_baby, core::Lang::zh, start);
    p.basics.name = "大型方案 · 种子 " + std::to_string(seed);

    for (int i = 0; i < 6; ++i)
        p.setup.scripts.push_back({id("long-script", i), core::ScriptKind::custom, "长话术 " + std::to_string(i + 1),
                                   long_text(r, size.script_chars)});

    std::vector<std::string> slot_ids;
    for (const core::Slot& s : p.rhythm.slots) slot_ids.push_back(s.id);

    for (int i = 0; i < size.campaigns; ++i) {
        core::Campaign c;
        c.id = id("big-campaign", i);
        c.kind = (core::CampaignKind)r.below(5);
        c.name = std::string(r.pick(kTopics)) + "主题月 " + std::to_string(i + 1);
        c.start = core::Date{start.days + i * 15};
        c.end = core::Date{start.days + i * 15 + 3 + (int)r.below(5)};
        c.goal = long_text(r, 60);
        c.detail = long_text(r, 200);
        p.rhythm.campaigns.push_back(std::move(c));
    }

    for (int i = 0; i < size.assets; ++i) {
        core::Asset a;
        a.id = id("big-asset", i);
        a.zone = (core::Zone)r.below(4);
        a.category = (core::Category)r.below(3);
        a.topic = std::string(r.pick(kTopics)) + std::to_string(i % 50);
        a.format = (core::Format)r.below(8);
        a.year = 2025;
        a.month = 1 + (int)r.below(12);
        a.tags = {r.pick(kKinds), r.pick(kTopics)};
        a.note = long_text(r, 40);
        p.content.assets.push_back(std::move(a));
    }

    for (int i = 0; i < size.content_items; ++i) {
        core::ContentItem c;
        c.id = id("big-item", i);
        c.title = std::string(r.pick(kTopics)) + r.pick(kKinds) + " 第 " + std::to_string(i + 1) + " 期";
        const uint32_t mix = r.below(10);   // 50 / 30 / 20
        c.category = (core::Category)(mix < 5 ? 0 : mix < 8 ? 1 : 2);
        c.format = (core::Format)r.below(8);
        c.source = (core::Source)r.below(3);
        c.owner = r.below(2) ? "王老师" : "阿敏";
        const int day = i * 365 / std::max(1, size.content_items);
        c.publish = core::Date{start.days + day};
        c.due = core::Date{start.days + day - 2};
        if (!slot_ids.empty()) c.slot = slot_ids[r.below((uint32_t)slot_ids.size())];
        c.status = (core::Status)r.below(5);
        c.check_compliance = c.check_fit = c.check_appeal = c.status >= core::Status::scheduled;
        if (c.status == core::Status::published) {
            c.metrics.open_rate = 5 + r.below(60);
            c.metrics.interaction_rate = r.below(30);
            c.metrics.click_rate = r.below(20);
            c.metrics.conversions = (int)r.below(12);
        }
        if (size.assets > 1 && r.below(2)) {
            const int a = (int)r.below((uint32_t)size.assets);
            c.message.attachments = {id("big-asset", a), id("big-asset", (a + 1) % size.assets)};
        }
        c.note = long_text(r, 30 + (int)r.below(120));
        p.content.items.push_back(std::move(c));
    }

    int log_n = 0;
    for (core::StagePlan* s : {&p.kpis.launch, &p.kpis.activation, &p.kpis.monetization, &p.kpis.retention,
                               &p.kpis.referral})
        for (core::Kpi& k : s->kpis)
            for (int d = 0; d < size.log_days; ++d)
                k.log.push_back({id("big-log", log_n++), core::Date{start.days + d}, (double)(r.below(1000)) / 10});
    return p;
}

}  // namespace bench

namespace bench {

namespace {

// Appends copies of the list's elements (round robin), each with a fresh id,
// until the list holds `n`; `vary(element, i)` changes the copy's fields.
template <class T, class Vary>
void fill_to(std::vector<T>& list, size_t n, const char* prefix, Vary vary) {
    const size_t originals = list.size();
    for (size_t i = 0; list.size() < n; ++i) {
        T e = originals ? list[i % originals] : T{};
        e.id = id(prefix, (int)i);
        vary(e, (int)i);
        list.push_back(std::move(e));
    }
}

}  // namespace

core::Plan limits_plan(uint32_t seed) {
    using core::IdKind;
    using core::max_items;
    LargePlanSize size;
    size.content_items = (int)max_items(IdKind::content);
    size.assets = (int)max_items(IdKind::asset);
    size.campaigns = 0;
    size.script_chars = 200;
    size.log_days = (int)max_items(IdKind::log_entry);
    core::Plan p = large_plan(seed, size);
    Rng r{std::mt19937(seed + 1)};
    const core::Date start = core::date_from_ymd(2025, 1, 6);
    // Short notes: content and assets at their limits fill most of the file.
    for (core::ContentItem& c : p.content.items) c.note = r.below(4) ? "" : std::string(r.pick(kKinds));
    for (core::Asset& a : p.content.assets) a.note.clear();

    core::Rhythm& rh = p.rhythm;
    fill_to(rh.slots, max_items(IdKind::slot), "max-slot", [&](core::Slot& s, int i) {
        s.time = core::TimeOfDay{(i % 48) * 30};
        s.purpose = std::string(r.pick(kTopics)) + " " + std::to_string(i);
    });
    fill_to(rh.columns, max_items(IdKind::column), "max-column", [&](core::Column& c, int i) {
        c.weekday = 1 + i % 7;
        c.name = std::string(r.pick(kKinds)) + " " + std::to_string(i);
    });
    fill_to(rh.month_tasks, max_items(IdKind::month_task), "max-task", [&](core::MonthTask& t, int i) {
        t.day = 1 + i % 31;
        t.title = std::string(r.pick(kTopics)) + " " + std::to_string(i);
    });
    fill_to(rh.routine, max_items(IdKind::line), "max-line", [&](core::SopLine& l, int i) {
        l.title = std::string(r.pick(kKinds)) + " " + std::to_string(i);
        if (l.timing.kind == core::TimingKind::after_created || l.timing.kind == core::TimingKind::after_joined)
            l.timing.day = i % 60;
    });
    fill_to(rh.campaigns, max_items(IdKind::campaign), "max-campaign", [&](core::Campaign& c, int i) {
        c.name = std::string(r.pick(kTopics)) + "主题活动 " + std::to_string(i + 1);
        c.start = core::Date{start.days + i * 3};
        c.end = core::Date{start.days + i * 3 + 1 + (int)r.below(5)};
        c.runsheet.clear();
    });
    int step_n = 0;
    for (size_t i = rh.runsheets.size(); i < max_items(IdKind::runsheet); ++i) {
        core::Runsheet s;
        s.id = id("max-runsheet", (int)i);
        s.title = std::string(r.pick(kTopics)) + "直播 " + std::to_string(i + 1);
        s.date = core::Date{start.days + (int)i * 2};
        s.start = core::TimeOfDay{20 * 60};
        for (size_t k = 0; k < max_items(IdKind::run_step); ++k) {
            core::RunStep st;
            st.id = id("max-step", step_n++);
            st.title = std::string(r.pick(kKinds)) + " " + std::to_string(k + 1);
            st.day = (int)(k % 7) - 3;
            st.messages = (int)(k % 2);
            s.steps.push_back(std::move(st));
        }
        rh.runsheets.push_back(std::move(s));
    }
    fill_to(p.setup.scripts, max_items(IdKind::script), "max-script", [&](core::Script& s, int i) {
        s.title = "话术 " + std::to_string(i + 1);
        s.text = r.pick(kSentences);
    });
    fill_to(p.setup.placeholders, max_items(IdKind::placeholder), "max-placeholder", [&](core::Placeholder& ph, int i) {
        ph.name = "占位" + std::to_string(i);
    });
    auto& overrides = p.calendar.overrides;
    for (size_t i = overrides.size(); overrides.size() < max_items(IdKind::calendar_override); ++i) {
        core::CalendarOverride o;
        o.id = id("max-override", (int)i);
        o.source = core::CalendarSource::slot;
        o.rule = rh.slots[i % rh.slots.size()].id;
        o.date = core::Date{start.days + (int)(i / rh.slots.size())};
        o.kind = i % 3 ? core::OverrideKind::skip : core::OverrideKind::edit;
        if (o.kind == core::OverrideKind::edit) o.title = "改期 " + std::to_string(i);
        overrides.push_back(std::move(o));
    }
    for (size_t i = p.execution.size(); p.execution.size() < max_items(IdKind::execution_mark); ++i) {
        core::ExecutionMark m;
        m.id = id("max-mark", (int)i);
        m.source = core::CalendarSource::slot;
        m.rule = rh.slots[i % rh.slots.size()].id;
        m.date = core::Date{start.days + (int)(i / rh.slots.size())};
        m.status = (core::ExecStatus)(i % 3);
        m.at = "2025-06-01T12:00:00Z";
        if (m.status == core::ExecStatus::skipped) m.reason = "临时取消";
        p.execution.push_back(std::move(m));
    }
    for (size_t i = p.reviews.size(); p.reviews.size() < max_items(IdKind::review); ++i) {
        core::Review v;
        v.id = id("max-review", (int)i);
        v.kind = core::ReviewKind::weekly;
        v.date = core::Date{start.days + (int)i * 7};
        v.notes = r.pick(kSentences);
        p.reviews.push_back(std::move(v));
    }
    // The file limit binds before the list limits do: with every other list
    // at its limit, the lists that grow with time — content, assets, the
    // execution record, the KPI logs — keep as much as the file has room for,
    // each the same share of its limit.
    const auto file_bytes = [&] { return core::export_plan_json(p, "2025-01-01T00:00:00Z").size(); };
    for (size_t bytes = file_bytes(); bytes > core::kMaxFileBytes; bytes = file_bytes()) {
        const double keep = 0.97 * (double)core::kMaxFileBytes / (double)bytes;
        const auto shrink = [&](auto& list) { list.resize((size_t)((double)list.size() * keep)); };
        shrink(p.content.items);
        shrink(p.content.assets);
        shrink(p.execution);
        for (core::StagePlan* s : {&p.kpis.launch, &p.kpis.activation, &p.kpis.monetization, &p.kpis.retention,
                                   &p.kpis.referral})
            for (core::Kpi& k : s->kpis) shrink(k.log);
        std::unordered_set<std::string> assets;
        for (const core::Asset& a : p.content.assets) assets.insert(a.id);
        for (core::ContentItem& c : p.content.items)
            std::erase_if(c.message.attachments, [&](const std::string& a) { return !assets.count(a); });
    }
    return p;
}

core::Plan content_limits_plan(uint32_t seed) {
    LargePlanSize size;
    size.content_items = (int)core::max_items(core::IdKind::content);
    size.assets = (int)core::max_items(core::IdKind::asset);
    core::Plan p = large_plan(seed, size);
    for (core::ContentItem& c : p.content.items) {
        c.note.clear();
        c.message.attachments.clear();
    }
    for (core::Asset& a : p.content.assets) a.note.clear();
    // The assets keep what the file has room for beside the items.
    for (size_t bytes = core::export_plan_json(p, "2025-01-01T00:00:00Z").size(); bytes > core::kMaxFileBytes;
         bytes = core::export_plan_json(p, "2025-01-01T00:00:00Z").size()) {
        const size_t over = bytes - core::kMaxFileBytes;
        if (!p.content.assets.empty())
            p.content.assets.resize(p.content.assets.size() - std::min(p.content.assets.size(), over / 330 + 100));
        else   // 20,000 items alone pass the file limit: as many as it allows
            p.content.items.resize(p.content.items.size() - std::min(p.content.items.size(), over / 800 + 50));
    }
    return p;
}

}  // namespace bench
