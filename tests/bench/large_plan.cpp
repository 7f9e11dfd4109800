#include "tests/bench/large_plan.hpp"

#include <random>
#include <string>
#include <vector>

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
