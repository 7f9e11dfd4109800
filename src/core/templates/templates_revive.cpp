// Scenario: revive a dormant group. The four steps operators
// report — know the members, rename the group to state its theme, push image
// then text, atmosphere crew first — bring daily actives back to ~8% within
// 7–15 days; the funnel runs members → active (~25%) → buyers (10–15% of actives).
//
// The group is old: the plan takes it over today (basics.takeover_date, its
// day 0), so the steps, the stages and "day N" count from the takeover; the
// founding date is left for the operator to fill in, as a record only.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan revive(const Kit& k) {
    Plan p = base_plan(k, Defaults{380, 120});
    Basics& b = p.basics;
    b.name = k("美肤小站·每晚 8 点福利群", "Glow Corner: Perks at 8 Every Night");
    b.takeover_date = k.start;
    b.start_date.reset();   // unknown: the operator enters when the group was created
    b.industry = Industry::beauty;
    b.owner = k("小舒", "Shu");
    b.city = k("南京", "Nanjing");
    b.positioning = {k("买过店里护肤品、入群后很久没说话的老顾客", "past customers of the shop who joined long ago and went quiet"),
                     k("群里只剩广告，有用的信息被淹没，不知道为什么还留着", "the group is all ads, anything useful gets buried, and they've forgotten why they stayed"),
                     k("改成主题明确的福利群：每晚 8 点一份福利，每周两次护肤答疑，氛围组先把话题带起来",
                       "a group with a clear theme: a perk every night at 8, skincare Q&A twice a week, and a crew that gets conversations going")};
    b.value_price = b.value_content = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::small, Scale::medium, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("小舒（店主）", "Shu (shop owner)"),
             k("亲自私聊老顾客、改群名发公告，周四会员福利由她发出，第 7 天和第 15 天看数据。",
               "Messages past customers in person, renames the group and posts the announcement, sends the Thursday member "
               "perk, checks the numbers on days 7 and 15."));
    set_role(p, kAdmin, k("店员小凡", "Fan (shop assistant)"),
             k("导出成员名单打标签，按时段发内容，清理广告，统计每日发言人数。",
               "Exports and tags the member list, posts the slots on time, clears ads, counts daily speakers."));
    set_role(p, kContent, k("护肤顾问 Lily", "Lily (skincare adviser)"),
             k("准备护肤小知识和答疑，首推的图文由她设计。", "Prepares skincare tips and Q&A; designs the first image-and-text push."));
    set_role(p, kCrew, k("五位老顾客 + 两位店员", "Five loyal customers and two staff"),
             k("每次推送后一分钟内第一个回应，晒使用感受，@ 认识的老朋友。",
               "Reply within a minute of every push, share how products work for them, @-mention friends they know."));
    rule(p, "rule-perks").text = k("每晚 8 点福利，只在群内发放。", "A perk every night at 8, in the group only.");
    s.announcement_intro = k("本群已升级为“美肤小站·每晚 8 点福利群”：每晚 8 点一份福利，周二、周六中午护肤答疑。不想被打扰可以设置免打扰，福利时间再来看看～",
                             "This group is now \"Glow Corner: Perks at 8 Every Night\": a perk every night at 8 and skincare Q&A at "
                             "noon on Tuesdays and Saturdays. Feel free to mute it and drop by at perk time.");
    set_script(p, "script-welcome", k("改名后的重新欢迎", "Welcome back after the rename"),
               k("各位老朋友好，我是店主小舒 👋 这个群沉寂太久了，从今天起它有了新名字和新规矩：每晚 8 点一份福利，周二、周六中午护肤答疑。今晚 8 点第一份福利，回复 1 就能参与！",
                 "Hello, old friends, it's Shu from the shop 👋 This group has been quiet for too long. From today it has a new "
                 "name and new habits: a perk every night at 8 and skincare Q&A at noon on Tuesdays and Saturdays. The first "
                 "perk is tonight at 8: reply 1 to join in!"));
    set_script(p, "script-intro", k("老朋友打个招呼模板", "Say-hello template"),
               k("【我来冒个泡】\n称呼：\n肤质：干 / 油 / 混合 / 敏感\n最近的皮肤困扰：\n用过店里的：", "[Saying hi]\nName:\nSkin type: dry / oily / combination / sensitive\nSkin worry right now:\nProducts I've used from the shop:"));
    set_script(p, "script-notice", k("护肤答疑通知", "Skincare Q&A notice"),
               k("【今天 12:30 护肤答疑】\nLily 在线 30 分钟，今天聊：{主题}\n先把问题发上来，按“肤质+问题”格式，答疑后抽 3 位送小样。",
                 "[Skincare Q&A today at 12:30]\nLily is here for 30 minutes; today's topic: {topic}\nPost your question "
                 "now as \"skin type + question\"; three of you win samples afterwards."));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：为什么改群名了？\n答：让大家一眼知道这个群有什么：每晚 8 点福利 + 护肤答疑。\n问：会不会天天刷屏？\n答：每天不超过 4 条，可以放心免打扰。\n问：福利怎么领？\n答：每晚 8 点按当晚的方式回复，中奖私聊通知。",
                 "Q: Why the new name?\nA: So everyone sees at a glance what the group offers: perks at 8 every night and skincare Q&A.\n"
                 "Q: Will it flood my chats?\nA: No more than four posts a day, so muting is safe.\nQ: How do I get perks?\nA: Reply "
                 "the way that night's post says; winners get a private message."));
    s.scripts.push_back({"script-private-hello", ScriptKind::custom, k("私聊老顾客", "Private hello to a past customer"),
                         k("{称呼}好呀，我是小舒～上次你买的{商品}用得怎么样？我们把老群改成了每晚 8 点福利群，想听听你最希望群里有什么？",
                           "Hi {name}, it's Shu! How did the {product} you bought work out? We've turned the old group into a "
                           "perks-at-8 group and I'd love to know what you'd most like to see there.")});
    s.scripts.push_back({"script-first-push", ScriptKind::custom, k("首推文案（配图之后发）", "First push text (after the image)"),
                         k("👆 上图就是今晚的福利！回复 1 参与抽奖，20:30 开奖；想要护肤建议的，回复 2 + 你的肤质，Lily 明天一一回复。",
                           "👆 That's tonight's perk! Reply 1 for the draw at 20:30; for skincare advice, reply 2 plus your "
                           "skin type and Lily answers each of you tomorrow.")});
    s.visuals = {k("新头像：品牌粉 + “每晚 8 点”大字，和旧头像明显不同。", "A new avatar: brand pink with a big \"8 every night\", clearly different from the old one."),
                 k("新公告第一行写清群的主题和时间，下面三条群规。", "The first line of the new announcement states the theme and the times; three rules below."),
                 k("首推图 1080×1440（先发图），福利海报 1080×1920。", "First push image 1080×1440 (sent first), perk posters 1080×1920.")};
    s.pilot.group_size = 60;
    s.pilot.tests = k("先在一个小的老群试：改名 + 首推图文后 24 小时内的发言人数。", "Try it first in one small old group: speakers within 24 hours of the rename and first push.");
    s.pilot.feedback = k("记录改名前后每日发言人数、退群人数。", "Note daily speakers and leavers before and after the rename.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-greeting", hm(8, 30), k("早安 + 一句护肤提醒", "Good morning + a skincare reminder"), Category::activation, Format::text, kAdmin, 1},
        {"slot-tip", hm(12, 30), k("护肤小知识 / 答疑", "Skincare tip / Q&A"), Category::activation, Format::image_text, kContent, 1},
        {"slot-perk", hm(20, 0), k("每晚 8 点福利（先图后文）", "Perk at 8 (image, then text)"), Category::conversion, Format::image_text, kAdmin, 2},
    };
    r.columns = {
        {"col-new", k("周一新品到店", "Monday new arrivals"), 1, "slot-tip", Category::conversion, Format::image_text, Color::orange, kContent,
         k("一款新品的成分和适合肤质。", "One new product: ingredients and who it suits.")},
        {"col-qa", k("周二护肤答疑", "Tuesday skincare Q&A"), 2, "slot-tip", Category::brand, Format::qa, Color::blue, kContent,
         k("Lily 在线 30 分钟答疑。", "Lily answers questions for 30 minutes.")},
        {"col-member", k("周四会员福利", "Thursday member perk"), 4, "slot-perk", Category::conversion, Format::poster, Color::red, kOwner,
         k("会员专享价，店主亲自发。", "Member prices, posted by the owner.")},
        {"col-show", k("周六晒晒我的护肤台", "Saturday: show your skincare shelf"), 6, "slot-tip", Category::brand, Format::image_text, Color::yellow, kCrew,
         k("晒护肤台，抽 3 位送小样。", "Show your shelf; three win samples.")},
    };
    r.routine = {
        {"line-know-members", RoutinePhase::cold_start, created(0, 10, 0), k("第一步：摸清成员", "Step 1: know the members"),
         k("导出成员名单，对照购买记录打标签：买过 / 没买过 / 高客单 / 沉默一年以上。群里只发一句问候，回复 1 的先标为“还在看群”。",
           "Export the member list and tag it against purchase records: bought / never bought / big spender / silent a year+. "
           "In the group, post one hello only; tag those who reply 1 as still reading."),
         Category::activation, Format::text, kAdmin, 1},
        {"line-private-hello", RoutinePhase::cold_start, created(1, 19, 30), k("私聊 20 位老顾客", "Message 20 past customers"),
         k("店主用“私聊老顾客”话术，问近况和想看的内容，邀请其中 5 位加入氛围组。", "The owner uses the private-hello script, asks what they'd like to see and invites five of them to join the crew."),
         Category::activation, Format::text, kOwner, 0},
        {"line-rename", RoutinePhase::cold_start, created(2, 12, 0), k("第二步：改群名，亮主题", "Step 2: rename the group to state its theme"),
         k("群名改为“美肤小站·每晚 8 点福利群”，换新头像，发新公告并置顶。", "Rename it \"Glow Corner: Perks at 8 Every Night\", change the avatar, post and pin the new announcement."),
         Category::brand, Format::text, kOwner, 1},
        {"line-first-push", RoutinePhase::cold_start, created(3, 20, 0), k("第三步：首推先图后文", "Step 3: first push, image then text"),
         k("用 20:00 福利时段：先发一张福利图，隔 10 秒再发“首推文案”。", "In the 20:00 perk slot: post the perk image first, then the first-push text ten seconds later."),
         Category::conversion, Format::image_text, kAdmin, 2},
        {"line-crew-first", RoutinePhase::cold_start, created(3, 20, 1), k("第四步：氛围组先行", "Step 4: the crew goes first"),
         k("首推后一分钟内，氛围组三人先回复 1 并晒使用感受，@ 认识的老朋友。", "Within a minute of the push, three crew members reply 1, share how they use the product and @-mention old friends."),
         Category::activation, Format::text, kCrew, 1},
        {"line-day7-check", RoutinePhase::cold_start, created(7, 21, 0), k("第 7 天：看日活", "Day 7: check daily actives"),
         k("统计每天发言人数，目标日活回到 5%；不到 3% 就换福利形式和推送时间。群里发一个小投票问推送时间，作为换时间的依据。",
           "Count daily speakers; aim for 5% daily actives, and below 3% change the perk and the push time. Ask the group in a "
           "quick poll which time suits them, to go by if it changes."),
         Category::brand, Format::qa, kOwner, 1},
        {"line-day15-review", RoutinePhase::cold_start, created(15, 21, 0), k("第 15 天复盘：8% 日活", "Day 15 review: 8% daily actives"),
         k("对照参考值：日活约 8%，活跃成员约 25%，购买约占活跃的 10–15%；决定是否进入常规节奏，并在群里公布固定节奏。",
           "Compare with the reference: ~8% daily actives, ~25% of members active, buyers 10–15% of actives; decide whether to move to the regular rhythm, and announce it in the group."),
         Category::brand, Format::text, kOwner, 1},
        {"line-join-hello", RoutinePhase::cold_start, joined(0, 20, 30), k("新成员私聊问候", "Private hello to new members"),
         k("私聊新成员，问肤质，送一张 10 元券。", "Message new members, ask their skin type, send a 10-yuan coupon."), Category::conversion, Format::text, kAdmin, 1},
        {"line-weekly-recall", RoutinePhase::mature, weekly(3, 20, 30), k("每周点名召回", "Weekly roll call"),
         k("福利开奖时 @ 本周还没说话的 10 位老顾客。", "At the draw, @-mention ten past customers who haven't spoken this week."), Category::activation, Format::text, kCrew, 1},
    };
    as_tasks(p, {"line-know-members", "line-private-hello", "line-day7-check"});   // the team's work, not group posts
    r.runsheets = {nine_step_runsheet(k, {"run-first-qa", k("回归后第一次护肤答疑", "First skincare Q&A after the revival"), k.day(10), hm(20, 0),
                                          k("护肤顾问 Lily 老师", "Lily, our skincare adviser"), k("换季皮肤干痒怎么办", "dry, itchy skin when seasons change"),
                                          k("3 份小样礼包", "three sample kits")})};
    r.campaigns = {
        {"camp-comeback", CampaignKind::other, k("老友回归周", "Welcome-back week"), k.day(7), k.day(13),
         k("第二周日活稳定在 8%，产生第一批 10 单。", "Hold daily actives at 8% in week two and get the first ten orders."),
         k("每晚福利加码：老顾客回复“我回来了”领回归礼，邀请一位老朋友回群再得一份。", "Bigger nightly perks: past customers who reply \"I'm back\" get a welcome-back gift, and another for bringing an old friend back."),
         false, "", "", "run-first-qa"},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-back", k("回群后第一次发言", "First message after coming back"), 30, 30},
                       {"pts-reply", k("参与每晚福利互动", "Joining the nightly perk"), 10, 10},
                       {"pts-photo", k("晒护肤台或使用感受", "Showing your shelf or a product review"), 20, 40},
                       {"pts-friend", k("拉回一位老朋友", "Bringing an old friend back"), 50, 150},
                       {"pts-checkin", k("每日护肤打卡", "Daily skincare check-in"), 5, 5}};
    in.rewards = {{"rew-sample", 100, k("小样三件套", "A three-sample kit")},
                  {"rew-coupon", 300, k("30 元无门槛券", "A 30-yuan coupon, no minimum")},
                  {"rew-facial", 1000, k("到店护理一次", "An in-store facial")}};
    in.levels = {{"lvl-friend", k("老朋友", "Old friend"), 0, k("每晚福利、回归礼", "Nightly perks, the welcome-back gift")},
                 {"lvl-vip", k("美肤会员", "Glow member"), 600, k("周四会员价、生日礼", "Thursday member prices, a birthday gift")}};
    in.products = {{"prod-mask", k("补水面膜 5 片", "Hydrating masks, 5 pack"), ProductRole::traffic, 19.9, k("回归第一单，价格有吸引力。", "An attractive first order back.")},
                   {"prod-sample", k("精华小样", "Serum sample"), ProductRole::perk, 1, k("1 元体验，晒感受返积分。", "One yuan; a review earns the points back.")},
                   {"prod-serum", k("修护精华 30ml", "Repair serum 30 ml"), ProductRole::profit, 268, k("主推利润款，会员价 238。", "The lead earner; members pay 238.")},
                   {"prod-set", k("群专属换季礼盒", "Group-only seasonal set"), ProductRole::exclusive, 199, k("只在周四会员福利上架。", "Only on Thursday member perks.")}};
    in.promotions = {
        {"promo-back", PromotionKind::limited_time, k("回归礼：前 50 位", "Welcome-back gift for the first 50"),
         k("回复“我回来了”的前 50 位老顾客送小样三件套。", "The first 50 past customers who reply \"I'm back\" get a three-sample kit."),
         k("🎁 老朋友回归礼：回复“我回来了”，前 50 位送小样三件套（已领 {n}/50）！", "🎁 Welcome-back gift: reply \"I'm back\" and the first 50 get a three-sample kit ({n}/50 claimed)!")},
        {"promo-checkin", PromotionKind::checkin, k("7 天护肤打卡", "7-day skincare check-in"),
         k("晒当天的护肤步骤，连续 7 天送精华小样一支。", "Post your skincare routine each day; seven days in a row earns a serum sample."),
         k("护肤打卡第 {天数} 天 ✅ 今天用了：", "Skincare check-in, day {n} ✅ Today I used:")},
        {"promo-bundle", PromotionKind::bundle, k("面膜 + 精华小样组合", "Mask + serum sample bundle"),
         k("买面膜送精华小样，带动利润款试用。", "Buy masks, get a serum sample, so people try the lead product."),
         k("今晚福利：补水面膜 5 片 19.9 元，再送修护精华小样一支，限今晚！", "Tonight's perk: five hydrating masks for 19.9, plus a repair serum sample, tonight only!")},
    };
    p.kpis.launch.goal = k("7 天内摸清成员、改名亮主题、完成首推，让群重新有人说话（日活回到 3–5%）。",
                           "Within 7 days: know the members, rename the group, make the first push and get people talking again (3–5% daily actives).");
    p.kpis.activation.goal = k("第 7–15 天日活稳定在 8% 左右，活跃成员约占 25%。", "Days 7–15: daily actives steady around 8%, about 25% of members active.");
    // Operators' reference figures: ~8% daily actives within 7–15 days; a
    // funnel of members → active (~25%) → buyers (10–15% of actives).
    auto add_kpi = [&](StagePlan& stage, const char* id, std::string name, std::string unit, double target,
                       const char* remedy_id, std::string remedy) {
        Kpi x;
        x.id = id;
        x.name = std::move(name);
        x.unit = std::move(unit);
        x.target = target;
        x.remedies = {{remedy_id, std::move(remedy)}};
        stage.kpis.insert(stage.kpis.begin(), std::move(x));
    };
    add_kpi(p.kpis.activation, "revive-active-30d", k("近 30 天活跃成员（约 25%）", "Members active in the last 30 days (~25%)"),
            k("人", "people"), 95, "revive-active-30d-r1",
            k("每周点名召回本周还没说话的老顾客。", "Each week, @-mention the past customers who haven't spoken yet."));
    add_kpi(p.kpis.activation, "revive-dau-rate", k("日活跃率（约 8%）", "Daily active rate (~8%)"), "%", 8, "revive-dau-rate-r1",
            k("首推改成先图后文，图里只放一个福利；氛围组每次推送后一分钟内回应。",
              "Push the image first with a single perk in it; the crew answers within a minute of every push."));
    kpi(p, "activation-active").target = 30;   // 8% of 380
    kpi(p, "monetization-buyers").target = 11;  // 12% of the 95 active
    kpi(p, "monetization-buyers").name = k("下单人数（活跃成员的 10–15%）", "Buyers (10–15% of active members)");
    // The stages of a revival, counted from the takeover: the first week
    // wakes the group in the method's four steps, days 7–15 bring daily
    // actives to ~8%, then the funnel is worked.
    p.kpis.launch.checklist = {
        {"revive-launch-c1", k("第 0 天：导出成员名单，对照购买记录打好标签（买过 / 没买过 / 高客单 / 沉默一年以上）",
                               "Day 0: export the member list and tag it against purchase records (bought / never bought / big spender / silent a year+)"), false},
        {"revive-launch-c2", k("第 1 天：店主私聊 20 位老顾客，请其中 5 位加入氛围组", "Day 1: the owner messages 20 past customers and asks five of them to join the crew"), false},
        {"revive-launch-c3", k("第 2 天：群名改为“美肤小站·每晚 8 点福利群”，换头像，新公告置顶", "Day 2: rename the group \"Glow Corner: Perks at 8 Every Night\", change the avatar, pin the new announcement"), false},
        {"check-launch-renamed", k("群名和头像已改成新主题", "Group name and avatar changed to the new theme"), false},
        {"revive-launch-c4", k("第 3 天 20:00 首推：先发福利图，再发文案", "Day 3 at 20:00, the first push: the perk image first, then the text"), false},
        {"revive-launch-c5", k("首推后一分钟内，氛围组三人先回复并 @ 认识的老朋友", "Within a minute of the first push, three crew members reply and @-mention friends they know"), false},
    };
    p.kpis.activation.checklist = {
        {"revive-activation-c1", k("第 7 天看日活：不到 3% 就换福利形式和推送时间", "Day 7, check daily actives: below 3%, change the perk and the push time"), false},
        {"revive-activation-c2", k("每周三 20:30 开奖时点名召回本周还没说话的老顾客", "Every Wednesday at the 20:30 draw, call out the past customers who haven't spoken this week"), false},
        {"revive-activation-c3", k("积分和打卡上线：回群第一次发言、每晚福利互动、每日护肤打卡都记积分", "Points and check-ins live: first message back, the nightly perk and the daily skincare check-in all earn points"), false},
        {"revive-activation-c4", k("第 15 天复盘：日活约 8%、活跃成员约 25%，决定是否转入常规节奏", "Day 15 review: ~8% daily actives and ~25% of members active? Decide whether to move to the regular rhythm"), false},
    };
    p.kpis.monetization.checklist = {
        {"revive-monetization-c1", k("看漏斗：活跃成员约 25%，其中 10–15% 下单（约 11 人）", "Check the funnel: ~25% of members active, 10–15% of them buying (about 11 people)"), false},
        {"revive-monetization-c2", k("周四会员福利上架群专属换季礼盒", "Put the group-only seasonal set on the Thursday member perk"), false},
        {"revive-monetization-c3", k("回归礼券 7 天内提醒核销一次", "Remind members once to use the welcome-back coupon within its seven days"), false},
    };
    // ---- what each line sends ----
    say(p, "slot-greeting", {k("☀️ 早安～今天的护肤小提醒：出门前 15 分钟涂防晒，阴天也别偷懒哦 🌤",
                               "☀️ Morning! Today's skincare reminder: sunscreen 15 minutes before you go out, cloudy days too 🌤")});
    say(p, "slot-tip", {k("💡 午间护肤小知识\n👇 今天讲洗脸水温：太热会洗掉皮脂膜，32–35℃ 的温水刚刚好。\n有皮肤问题的按“肤质+问题”发上来，Lily 下午回复～",
                          "💡 Skincare tip at lunchtime\n👇 Today: water temperature. Too hot strips your skin's barrier; lukewarm, "
                          "32–35°C, is just right.\nGot a skin question? Post \"skin type + question\" and Lily answers this "
                          "afternoon.")});
    say(p, "slot-perk", {k("🎁 晚上 8 点福利时间！\n👆 福利在上图，回复 1 参与抽奖，20:30 开奖～",
                           "🎁 It's 8 o'clock: perk time!\n👆 Tonight's perk is in the picture above. Reply 1 for the draw at "
                           "20:30!")});
    say(p, "col-new", {k("🆕 周一新品到店\n👇 这款的主要成分和适合的肤质都在图里，敏感肌也能用。想先试小样的回复“小样”～",
                         "🆕 Monday new arrival\n👇 Its key ingredients and the skin types it suits are in the picture; fine for "
                         "sensitive skin. Want a sample first? Reply \"sample\".")});
    say(p, "col-qa", {k("💬 周二护肤答疑开始啦！Lily 在线 30 分钟\n按“肤质+问题”格式发，挨个解答，答完抽 3 位送小样 🎁",
                        "💬 Tuesday skincare Q&A starts now! Lily is here for 30 minutes\nPost \"skin type + question\" and she "
                        "answers each one; three of you win samples afterwards 🎁")});
    say(p, "col-member", {k("💝 周四会员福利，我亲自来发～\n👆 会员专享价见上图，今晚 12 点前有效，回复“会员”私发链接。",
                            "💝 Thursday member perk, from me in person!\n👆 Member prices are in the picture above, until midnight "
                            "tonight. Reply \"member\" for the link.")});
    say(p, "col-show", {k("📸 周六晒晒护肤台！\n拍一张你的护肤台或化妆包，说说最离不开哪一瓶，抽 3 位送小样～",
                          "📸 Saturday: show us your skincare shelf!\nA photo of your shelf or make-up bag, and the one bottle "
                          "you can't live without; three of you win samples.")});
    say(p, "month-theme", {k("📅 本月主题：换季修护月 🍂\n每晚 8 点的福利以修护类为主，周二答疑专讲换季干痒泛红，有问题先留言～",
                             "📅 This month: repair for the change of season 🍂\nThe 8 o'clock perks are mostly repair products, and "
                             "Tuesday Q&As cover dry, itchy, red skin. Leave your questions now!")});
    say(p, "month-survey", {k("📝 帮小站做个小调查：\n1. 最想要哪类福利？\n2. 几点看群最方便？\n3. 每天的消息多不多？\n回复“题号+答案”，抽 3 位送小样 🎁",
                              "📝 A quick survey for Glow Corner:\n1. Which perks do you want most?\n2. When do you read the group?\n"
                              "3. Too many messages a day, or fine?\nReply \"number + answer\"; three of you win samples 🎁")});
    say(p, "line-know-members", {k("👋 大家好，我是小舒！群里安静好久啦，接下来会有些新变化～还在看群的朋友，回个 1 让我知道你在 😊",
                                   "👋 Hi everyone, it's Shu! It's been quiet in here for a long time, and some changes are coming. If "
                                   "you're still reading, reply 1 so I know you're here 😊")});
    say(p, "line-private-hello", uses("script-private-hello"));
    say(p, "line-rename", uses("script-welcome"));
    say(p, "line-first-push", uses("script-first-push"));
    say(p, "line-crew-first", {k("1！我先来～上次买的补水面膜用完一盒了，敷完第二天上妆特别服帖 👍 @{称呼} 你之前不也在用嘛～",
                                 "1! Me first. I finished a box of the hydrating masks: make-up goes on so smoothly the next day 👍 "
                                 "@{name}, weren't you using them too?")});
    say(p, "line-day7-check", {k("🙏 新节奏跑了一周，谢谢每位冒泡的老朋友！\n想问问：每晚 8 点的福利时间合适吗？\n回复 1 合适 / 2 想早一点 / 3 想晚一点",
                                 "🙏 One week of the new rhythm: thank you, everyone who said hello!\nA quick question: does 8 pm "
                                 "suit you for the perk?\nReply 1 yes / 2 earlier / 3 later")});
    say(p, "line-day15-review", {k("📣 回归半个月，群里热闹起来啦 🎉\n以后固定节奏：每晚 8 点福利，周二中午护肤答疑，周四会员价，周六晒护肤台。消息不多，放心别屏蔽～",
                                   "📣 Two weeks back and the group is lively again 🎉\nFrom now on: a perk at 8 every night, skincare "
                                   "Q&A on Tuesday lunchtimes, member prices on Thursdays, shelf photos on Saturdays. Not many "
                                   "messages, so no need to mute!")});
    say(p, "line-join-hello", {k("{称呼}你好，我是小舒～方便说下你是什么肤质吗？干、油、混合还是敏感？送你一张 10 元券，7 天内有效 🎁",
                                 "Hi {name}, I'm Shu! What's your skin type: dry, oily, combination or sensitive? Here's a 10-yuan "
                                 "coupon, valid for 7 days 🎁")});
    say(p, "line-weekly-recall", {k("今晚开奖啦 🎉 好久没见 @{称呼} 冒泡了，快来看看今晚的福利～",
                                    "Tonight's draw is on 🎉 @{name}, we haven't heard from you in a while: come and see tonight's "
                                    "perk!")});
    // The first Q&A after the revival is at 20:00. The group takes six posts
    // a day: the Q&A sends five (a lighter run-sheet, templates_kit.hpp) and
    // the lunchtime tip stays. The 09:00 notice replaces the greeting, and
    // the Q&A with its perk is that night's 8 o'clock perk, so both are
    // skipped that day.
    lighter_event(k, r.runsheets[0], k("今晚 {时间}「{主题}」我报名啦，攒了好多问题想问 Lily，闹钟已定⏰",
                                       "Signed up for \"{topic}\" at {time}: I've saved up so many questions for Lily. Alarm set ⏰"));
    skip_on_event_day(p, r.runsheets[0], {"slot-greeting", "slot-perk"},
                      k("答疑夜：09:00 的预告代替早安，今晚的 8 点福利就是答疑和结尾的福利。",
                        "Q&A night: the 09:00 notice replaces the greeting, and the Q&A with its perk is tonight's 8 o'clock perk."));
    skip_on_event_day(p, r.runsheets[0], {"line-weekly-recall"},
                      k("答疑夜没有 8 点开奖：点名召回停一次，答疑开始时 @ 大家来提问就是召回。",
                        "No 8 o'clock draw on Q&A night: the roll call is skipped once; inviting everyone to ask questions "
                        "is the roll call."));
    // The crew member's noon line follows the 12:30 tip (on Saturdays the
    // crew's own shelf show) instead of landing on it.
    r.runsheets[0].steps[2].time = hm(12, 40);
    // Step 3 is that day's 8 o'clock perk: image, then text.
    fold_into_slot(p, "line-first-push", "slot-perk",
                   k("第三步：首推先图后文就是当天 20:00 的福利。",
                     "Step 3: the first push, image then text, is that day's 20:00 perk."));

    // A revival is mostly about getting people to speak again: activation
    // leads, the nightly perk converts, and the brand is the rename itself.
    // The team's own steps (understand the members, look at the numbers) are
    // tasks, not posts, so the posts that remain are a little over half
    // activation and a third the nightly perk. With these targets no week of
    // the first four strays past the warning, whichever weekday the takeover
    // falls on (template_coherence_test, takeover_test).
    p.content.mix = {55, 35, 10, 10};
    return p;
}

}  // namespace core::tpl
