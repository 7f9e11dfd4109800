#include "core/templates/templates_kit.hpp"

#include "core/rules/calendar.hpp"
#include "core/rules/sop_rules.hpp"
#include "core/templates/kpi_defaults.hpp"

#include <algorithm>
#include <cmath>

namespace core::tpl {

TimeOfDay hm(int h, int m) { return TimeOfDay{h * 60 + m}; }

Date next_month_day(Date from, int month, int day) {
    int y, m, d;
    ymd_from_date(from, y, m, d);
    Date candidate = date_from_ymd(y, month, day);
    return candidate < from ? date_from_ymd(y + 1, month, day) : candidate;
}

Date next_weekday(Date from, int weekday) {
    return Date{from.days + (weekday - weekday_of(from) + 7) % 7};
}

Timing daily(int h, int m) { return Timing{TimingKind::daily, 1, std::nullopt, 0, hm(h, m)}; }
Timing weekly(int weekday, int h, int m) { return Timing{TimingKind::weekday, weekday, std::nullopt, 0, hm(h, m)}; }
Timing on_date(Date date, int h, int m) { return Timing{TimingKind::date, 1, date, 0, hm(h, m)}; }
Timing created(int day, int h, int m) { return Timing{TimingKind::after_created, 1, std::nullopt, day, hm(h, m)}; }
Timing joined(int day, int h, int m) { return Timing{TimingKind::after_joined, 1, std::nullopt, day, hm(h, m)}; }

std::vector<Role> default_roles(const Kit& k) {
    return {
        {kOwner, RoleKind::owner, k("群主", "Group owner"),
         k("对社群整体负责：定方向和目标，审核每月计划，重要通知和福利由群主发出，每周看一次数据。",
           "Owns the community: sets the direction and targets, approves the monthly plan, sends key notices "
           "and perks, checks the numbers every week.")},
        {kAdmin, RoleKind::admin, k("管理员", "Admin"),
         k("维护秩序：欢迎新人、提醒改昵称、处理广告和争吵，按时段发送日常内容，回答常见问题。",
           "Keeps order: welcomes newcomers, reminds them to set a nickname, removes ads and calms quarrels, "
           "posts the daily slots on time, answers common questions.")},
        {kContent, RoleKind::content, k("内容官", "Content lead"),
         k("负责内容：按栏目准备干货、海报和话术，维护素材库，每周复盘打开率和互动率。",
           "Owns the content: prepares know-how, posters and scripts for each column, keeps the asset library, "
           "reviews open and interaction rates every week.")},
        {kCrew, RoleKind::atmosphere, k("氛围组（2–3 人）", "Atmosphere crew (2–3 people)"),
         k("带动气氛：话题和活动开始时第一个回应，示范自我介绍和晒单，新人发言后一分钟内接话。",
           "Sets the mood: answers first when a topic or event starts, models self-introductions and order "
           "photos, replies to a newcomer within a minute.")},
    };
}

std::vector<Rule> default_rules(const Kit& k) {
    return {
        {"rule-no-ads", RuleKind::dont, k("不发广告、二维码和其他群的链接。", "No ads, QR codes or links to other groups.")},
        {"rule-no-spam", RuleKind::dont,
         k("不刷屏：不连发无关内容、长语音和表情包。", "No spamming: no floods of off-topic posts, long voice notes or stickers.")},
        {"rule-no-quarrel", RuleKind::dont,
         k("不争吵、不人身攻击，有分歧请私聊或找管理员。",
           "No quarrels or personal attacks; take disagreements to a private chat or to an admin.")},
        {"rule-nickname", RuleKind::must,
         k("入群 24 小时内修改群昵称（城市-称呼）。", "Set your group nickname (city - name) within 24 hours of joining.")},
        {"rule-perks", RuleKind::must,
         k("留意群内的固定福利时间，福利只在群内发放。", "Watch for the regular perk times; perks are given in the group only.")},
        {"rule-join", RuleKind::must,
         k("积极参加群活动，接龙、打卡按格式回复。", "Join the group's activities; reply to sign-up chains and check-ins in the given format.")},
    };
}

std::vector<Script> starter_scripts(const Kit& k) {
    return {
        {"script-welcome", ScriptKind::welcome, k("欢迎语", "Welcome message"), ""},
        {"script-intro", ScriptKind::self_intro, k("自我介绍模板", "Self-introduction template"), ""},
        {"script-notice", ScriptKind::activity_notice, k("活动通知", "Activity notice"), ""},
        {"script-faq", ScriptKind::faq, k("常见问题", "FAQ"), ""},
    };
}

std::vector<MonthTask> default_month_tasks(const Kit& k) {
    return {
        {"month-theme", MonthPhase::start, 1, k("本月主题策划", "Plan this month's theme"),
         k("定本月主题、栏目选题和活动节点，排好内容表和责任人。",
           "Pick the month's theme, column topics and event dates; fill the content schedule with owners."),
         kOwner},
        {"month-survey", MonthPhase::middle, 15, k("月中成员调研", "Mid-month member survey"),
         k("发一份 3–5 题的小问卷，收集成员想看的内容和对福利的意见。",
           "Send a 3–5 question survey on the content members want and what they think of the perks."),
         kAdmin},
        {"month-review", MonthPhase::end, 31, k("月末数据复盘", "End-of-month data review"),
         k("汇总打开率、发言率、转化和退群人数，淘汰表现最差的 20% 内容，按 RFM 给成员分层。",
           "Collect open, speaking, conversion and leaving figures; retire the bottom 20% of content; segment "
           "members by RFM."),
         kOwner},
    };
}

Limits default_limits(const Kit& k) {
    Limits l;
    l.source = k("企业微信会调整群发规则，请以管理后台「客户联系」中的最新说明为准；默认值为编写时的常见口径，可随时修改。"
                 "消息预算来自运营经验：每天十几条时成员开始屏蔽或退群，推广群能容忍的比服务群多。",
                 "WeCom changes its mass-message rules from time to time: check Customer Contact in the admin console for the "
                 "current figures. The defaults are the usual figures at the time of writing; edit them any time. The message "
                 "budget comes from operators' experience: around fifteen posts a day members start muting or leaving, and "
                 "promotion groups tolerate more than service groups.");
    return l;
}

Plan base_plan(const Kit& k, const Defaults& d) {
    Plan p;
    p.basics.start_date = k.start;
    p.basics.member_count = d.members;
    p.setup.roles = default_roles(k);
    p.setup.rules = default_rules(k);
    p.setup.announcement_intro = k("欢迎加入！请花一分钟读完群规，一起把这里变成有收获的地方。",
                                   "Welcome! Please take a minute to read the rules, so this group stays worth your time.");
    p.setup.scripts = starter_scripts(k);
    p.setup.visuals = {
        k("统一品牌色的头像，图中写群的主题，小尺寸下也能认出来。",
          "An avatar in the brand colour with the group's theme written on it, recognisable at small sizes."),
        k("标题一行 + 三条群规 + 固定时间表，每段不超过三行，重点用【】标出。",
          "A title line, three rules and the fixed timetable; no paragraph over three lines, key words in brackets."),
        k("群内海报 1080×1920（竖版），朋友圈 1080×1080，公众号封面 900×383。",
          "In-group posters 1080×1920 (portrait), Moments 1080×1080, official-account covers 900×383."),
    };
    p.setup.pilot.group_size = 80;
    p.setup.pilot.start = k.day(-14);
    p.setup.pilot.end = k.day(-4);
    p.rhythm.month_tasks = default_month_tasks(k);
    p.rhythm.limits = default_limits(k);
    // The five stages and alert rules come from kpi_defaults.hpp (shared with
    // the KPI editor); the counts follow the group's size: daily actives ~15%
    // of members, buyers ~12% of the ~25% who are active in a month (the
    // operators' funnel), silent members ~10%.
    p.kpis = core::default_kpis(k.lang);
    if (d.members > 0) {
        kpi(p, "launch-members").target = d.members;
        kpi(p, "activation-active").target = std::round(d.members * 0.15);
        kpi(p, "monetization-buyers").target = std::max(1.0, std::round(d.members * 0.25 * 0.12));
        kpi(p, "retention-silent").target = std::round(d.members * 0.1);
        alert(p, "alert-silent").threshold = std::round(d.members * 0.15);
    }
    kpi(p, "monetization-aov").target = d.order_value;
    return p;
}

Runsheet nine_step_runsheet(const Kit& k, const Event& e) {
    auto at = [&](int minutes) { return TimeOfDay{std::clamp(e.at.minutes + minutes, 0, 24 * 60 - 1)}; };
    // `messages` counts what the operators send (the crew's posts are
    // members talking, as in the run of a day, and are not counted).
    // Notes and messages name the event's fields as placeholders
    // (messages.hpp), so they follow its topic, guest, perk and start, and an
    // empty one stays "{主题}" instead of leaving empty quotes.
    auto step = [&](const char* suffix, std::string title, std::optional<TimeOfDay> time, const char* role,
                    std::string note, int messages, std::string text) {
        RunStep s{e.id + "-" + suffix, std::move(title), time, role, std::move(note), false};
        s.messages = messages;
        s.message.text = std::move(text);
        return s;
    };
    Runsheet r{e.id, e.title, e.date, {}};
    r.topic = e.topic;
    r.guest = e.guest;
    r.perk = e.perk;
    r.start = e.at;
    r.steps = {
        step("prepare", k("准备", "Prepare"), std::nullopt, kContent,
             k("和{嘉宾}对稿、试音，备好海报、主持稿、提问清单和福利「{福利}」。",
               "Go through the talk with {guest}, test the sound, get the poster, host notes, question list and the "
               "perk ({perk}) ready."),
             0, ""),
        step("notify-morning", k("早间预告", "Morning notice"), hm(9, 0), kAdmin,
             k("发海报和报名接龙。", "Post the poster and the sign-up chain."), 1,
             k("📣 今晚 {时间}，{嘉宾}来群里聊「{主题}」！\n想听的回复 1 报名，结束前还有「{福利}」送给大家 🎁",
               "📣 Tonight at {time}, {guest} joins us to talk about \"{topic}\"!\nReply 1 to sign up; everyone who "
               "stays to the end gets {perk} 🎁")),
        step("notify-noon", k("午间提醒", "Noon reminder"), hm(12, 30), kAdmin,
             k("晒报名人数，提醒设好闹钟。", "Share how many signed up so far and remind everyone to set an alarm."), 1,
             k("已经有不少家人报名啦 🙌 今晚 {时间}「{主题}」，记得定个闹钟，别错过～",
               "Lots of you have signed up already 🙌 Tonight at {time}: \"{topic}\". Set an alarm so you don't miss it!")),
        step("notify-evening", k("晚间提醒", "Evening reminder"), at(-60), kAdmin,
             k("开始前一小时最后提醒，@ 已报名的成员。", "Last reminder one hour before, @-mentioning everyone who signed up."), 1,
             k("⏰ 还有一小时！{时间} 准时开始，报了名的家人们准备好问题哦。",
               "⏰ One hour to go! We start at {time} sharp; have your questions ready.")),
        step("rules", k("重申群规", "Restate the rules"), at(-10), kAdmin,
             k("开场前发一遍分享期间的规矩。", "Post the house rules for the talk before it starts."), 1,
             k("分享马上开始 🙏 期间请先别插话刷屏，问题记下来，提问环节统一发，谢谢配合！",
               "We're about to start 🙏 Please don't post over the speaker; note your questions and send them in the Q&A. "
               "Thank you!")),
        step("warmup", k("暖场", "Warm up"), at(-5), kCrew,
             k("氛围组带动大家报城市、说说最想问的问题。", "The crew gets people to say where they are and what they most want to ask."), 0,
             k("已就位！🙋 大家都是从哪儿来的？报个城市，顺便说说今晚最想问的问题～",
               "Here! 🙋 Where is everyone joining from? Tell us your city and the one thing you most want to ask tonight.")),
        step("guest", k("介绍嘉宾", "Introduce the guest"), e.at, kOwner,
             k("群主介绍嘉宾的背景和今天的主题，带头欢迎。", "The owner introduces the guest and today's topic, and leads the welcome."), 1,
             k("有请{嘉宾}！👏 今天的主题是「{主题}」，大家热烈欢迎～",
               "Please welcome {guest}! 👏 Today's topic: \"{topic}\".")),
        step("floor", k("控场", "Control the floor"), at(5), kAdmin,
             k("全程盯群：及时提醒跑题、撤回广告，把重要内容整理成文字。",
               "Watch the group throughout: steer off-topic posts back, recall ads, write up the key points."),
             0, ""),
        step("questions", k("引导提问", "Prompt questions"), at(40), kCrew,
             k("氛围组先提两个准备好的问题，再请大家按格式提问。",
               "The crew asks two prepared questions first, then invites everyone to ask in the agreed form."), 0,
             k("提问时间到！🙋 请按“问题：……”的格式发，{嘉宾}挨个回答。",
               "Question time! 🙋 Start your message with \"Q:\" and {guest} will take them one by one.")),
        step("close", k("收尾致谢", "Close and thank"), at(55), kOwner,
             k("感谢嘉宾，总结三个要点，预告下一场。", "Thank the guest, sum up three key points and announce the next session."), 1,
             k("感谢{嘉宾}的精彩分享 🌹 今天的要点整理好了会发在群里，记得收藏。我们下一场见！",
               "Thank you, {guest} 🌹 We'll post a summary of today's key points here; save it. See you at the next one!")),
        step("perk", k("发放福利", "Give the perk"), at(60), kAdmin,
             k("发放福利，公布领取方式，当晚发出文字回顾。", "Hand out the perk, explain how to claim it, post a written recap that night."), 1,
             k("🎁 今晚的福利「{福利}」来啦！领取方式：私聊管理员回复“领取”。文字回顾稍后发在群里。",
               "🎁 Tonight's perk: {perk}! To claim it, message the admin \"claim\". A written recap follows later tonight.")),
    };
    r.steps[0].day = -1;
    return r;
}

Message uses(const char* script) { return Message{"", script, {}}; }

void say(Plan& p, const std::string& id, Message m) {
    Rhythm& r = p.rhythm;
    for (Slot& x : r.slots)
        if (x.id == id) { x.message = std::move(m); return; }
    for (Column& x : r.columns)
        if (x.id == id) { x.message = std::move(m); return; }
    for (SopLine& x : r.routine)
        if (x.id == id) { x.message = std::move(m); return; }
    for (MonthTask& x : r.month_tasks)
        if (x.id == id) { x.message = std::move(m); return; }
    // An id that is not there: the line it meant stays silent, which the tests catch.
}

void lighter_event(const Kit& k, Runsheet& r, std::string crew_noon) {
    for (RunStep& s : r.steps) {
        const std::string suffix = s.id.substr(r.id.size() + 1);
        if (suffix == "rules") {
            s.note = k("不单独发群规：规矩写进介绍嘉宾的那条消息，开场前十分钟私信提醒氛围组。",
                       "No separate rules post: the house rules go into the guest's introduction; "
                       "remind the crew privately ten minutes before.");
            s.messages = 0;
            s.message = {};
        } else if (suffix == "guest") {
            s.message.text = k("欢迎{嘉宾}！👏 今天的主题是「{主题}」。\n分享期间大家先别插话，问题记下来，提问环节统一发，谢谢配合 🙏",
                               "Please welcome {guest}! 👏 Today's topic: \"{topic}\".\nWhile the talk is on, please hold your "
                               "questions; note them down and send them in the Q&A. Thank you 🙏");
        } else if (suffix == "notify-noon") {
            s.owner_role = kCrew;
            s.note = k("午间提醒交给氛围组：一位成员用自己的话说已报名、定好了闹钟，比再发一条通知自然。",
                       "The crew gives the noon reminder: one member says in her own words that she has signed up and set an "
                       "alarm, which reads better than another notice.");
            s.messages = 0;
            s.message.text = std::move(crew_noon);
        }
    }
}

void skip_on(Plan& p, Date date, const std::string& why, const std::vector<std::string>& rules, const std::string& note) {
    auto listed = [&](const std::string& id) { return std::find(rules.begin(), rules.end(), id) != rules.end(); };
    for (const CalendarItem& it : expand_calendar(p, date, date)) {
        const bool regular = it.source == CalendarSource::slot || it.source == CalendarSource::column ||
                             it.source == CalendarSource::line;
        if (!regular || it.date != date || !(listed(it.rule) || listed(it.slot))) continue;
        p.calendar.overrides.push_back({"skip-" + why + "-" + it.rule, it.source, it.rule, it.original,
                                        OverrideKind::skip, std::nullopt, std::nullopt, "", note});
    }
}

void skip_on_event_day(Plan& p, const Runsheet& r, const std::vector<std::string>& rules, const std::string& note) {
    if (r.date) skip_on(p, *r.date, r.id, rules, note);
}

void as_tasks(Plan& p, std::initializer_list<const char*> lines) {
    for (SopLine& l : p.rhythm.routine)
        for (const char* id : lines)
            if (l.id == id) l.kind = LineKind::task;
}

Date line_date(const Plan& p, const std::string& line) {
    for (const SopLine& l : p.rhythm.routine)
        if (l.id == line) return Date{plan_day0(p.basics).value_or(Date{}).days + l.timing.day};
    return plan_day0(p.basics).value_or(Date{});   // a line that is not there: the tests catch it
}

void fold_into_slot(Plan& p, const std::string& line, const std::string& slot, const std::string& note) {
    const Slot* s = nullptr;
    for (const Slot& x : p.rhythm.slots)
        if (x.id == slot) s = &x;
    if (!s) return;
    for (SopLine& l : p.rhythm.routine) {
        if (l.id != line) continue;
        l.timing.time = s->time;
        l.messages = s->messages;
    }
    skip_on(p, line_date(p, line), line, {slot}, note);
}

void make_room(Plan& p, Date date, const std::string& why, const std::vector<std::string>& rules, const std::string& note) {
    for (const std::string& rule : rules) {
        if (load_on(p, date) <= budget_for(p)) return;
        skip_on(p, date, why, {rule}, note);
    }
}

namespace {
template <class T>
T& by_id(std::vector<T>& list, const std::string& id) {
    for (T& x : list)
        if (x.id == id) return x;
    list.push_back(T{});   // a template names an id that is not there: a bug the tests catch
    list.back().id = id;
    return list.back();
}
}  // namespace

Role& role(Plan& p, const std::string& id) { return by_id(p.setup.roles, id); }
Script& script(Plan& p, const std::string& id) { return by_id(p.setup.scripts, id); }
Rule& rule(Plan& p, const std::string& id) { return by_id(p.setup.rules, id); }
AlertRule& alert(Plan& p, const std::string& id) { return by_id(p.kpis.alerts, id); }
MonthTask& month_task(Plan& p, const std::string& id) { return by_id(p.rhythm.month_tasks, id); }

Kpi& kpi(Plan& p, const std::string& id) {
    for (StagePlan* s : {&p.kpis.launch, &p.kpis.activation, &p.kpis.monetization, &p.kpis.retention, &p.kpis.referral})
        for (Kpi& x : s->kpis)
            if (x.id == id) return x;
    return by_id(p.kpis.referral.kpis, id);
}

void set_role(Plan& p, const std::string& id, std::string name, std::string duties) {
    Role& r = role(p, id);
    r.name = std::move(name);
    r.duties = std::move(duties);
}

void set_script(Plan& p, const std::string& id, std::string title, std::string text) {
    Script& s = script(p, id);
    s.title = std::move(title);
    s.text = std::move(text);
}

}  // namespace core::tpl
