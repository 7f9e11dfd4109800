// Scenario: 30 days to wake up members silent for 30+ days — segment them,
// recall them by tag, give them easy ways to speak, a 10-day check-in
// challenge, a second recall and a review on day 30.
//
// The group is old: the plan takes it over today (basics.takeover_date, its
// day 0), so the 30 days, the stages and "day N" count from the takeover; the
// founding date is left for the operator to fill in, as a record only. The
// method for an existing group applies: know the members first, a new name and
// announcement for the group, image then text, the crew speaks first; ~8%
// daily actives within 7–15 days; ~25% active, 10–15% of them buying.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan silent_wakeup(const Kit& k) {
    Plan p = base_plan(k, Defaults{500, 90});
    Basics& b = p.basics;
    b.name = k("花漾生活馆·会员群", "Bloom Living: Members' Group");
    b.takeover_date = k.start;
    b.start_date.reset();   // unknown: the operator enters when the group was created
    b.industry = Industry::other;
    b.owner = k("小雯", "Wen");
    b.city = k("武汉", "Wuhan");
    b.positioning = {k("入群超过三个月、近 30 天没说话的会员", "members who joined over three months ago and haven't spoken in 30 days"),
                     k("群消息太多就屏蔽了，错过了真正有用的福利", "muted the group because of too many messages and miss the perks that matter"),
                     k("按兴趣标签定向召回，每天只发精选一条福利，用低门槛互动和打卡挑战重新建立习惯",
                       "targeted recalls by interest tag, one hand-picked perk a day, and easy interactions plus a check-in challenge to rebuild the habit")};
    b.value_price = b.value_information = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::medium, Scale::medium, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("小雯（会员运营）", "Wen (membership lead)"),
             k("定召回名单和福利预算，第 14 天和第 30 天复盘，决定是否清理长期不活跃成员。",
               "Sets the recall list and perk budget, reviews on days 14 and 30, decides whether to remove long-inactive members."));
    set_role(p, kAdmin, k("小安", "An"),
             k("导出沉默名单、打标签，执行分批私聊召回，统计回应人数。", "Exports the silent list and tags it, sends the recall messages in batches, counts replies."));
    set_role(p, kContent, k("小林", "Lin"),
             k("写召回话术和每日精选福利，设计打卡挑战。", "Writes the recall scripts and the daily hand-picked perk, designs the check-in challenge."));
    set_role(p, kCrew, k("八位活跃会员", "Eight active members"),
             k("回归成员发言后第一时间欢迎，带头参加打卡。", "Welcome returning members the moment they speak, lead the check-ins."));
    s.announcement_intro = k("群消息精简了：每天只发一条精选福利（20:00），其余时间安静。回来看看吧，我们给老会员留了回归礼。",
                             "We've cut the noise: one hand-picked perk a day at 20:00, quiet the rest of the time. Come back and "
                             "see: there's a welcome-back gift waiting for long-time members.");
    set_script(p, "script-welcome", k("回归欢迎语", "Welcome back"),
               k("欢迎 @{称呼} 回来！🌷 你的回归礼已经放进账户：一张 15 元无门槛券，7 天内有效。这个月每天 20:00 一条精选福利，其余时间不打扰～",
                 "Welcome back, @{name}! 🌷 Your gift is in your account: a 15-yuan coupon with no minimum, valid for seven "
                 "days. This month it's one hand-picked perk a day at 20:00, and quiet otherwise."));
    set_script(p, "script-intro", k("回归打招呼模板", "Back-again hello template"),
               k("【我回来啦】\n称呼：\n最近在忙：\n最想要的福利：A 家居 / B 鲜花 / C 香氛", "[I'm back]\nName:\nBeen busy with:\nPerk I want most: A home / B flowers / C fragrance"));
    set_script(p, "script-notice", k("10 天打卡挑战通知", "10-day check-in challenge notice"),
               k("【10 天生活小美好打卡】\n每天拍一张让你开心的小物件，配一句话发群里\n坚持 10 天送香薰蜡烛一个，前 20 名完成的再加一束花。回复“打卡”报名！",
                 "[10 days of small joys]\nEach day, post a photo of something that made you smile, with one line\nTen days "
                 "earns a scented candle; the first 20 to finish also get flowers. Reply \"check in\" to join!"));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：为什么消息变少了？\n答：大家说太吵，我们改成每天一条精选。\n问：回归礼怎么用？\n答：下单时自动抵扣，7 天有效。\n问：打卡断了一天怎么办？\n答：可以补卡一次，回复“补卡”。",
                 "Q: Why fewer messages?\nA: You told us it was too noisy, so it's one hand-picked post a day now.\nQ: How do I "
                 "use the gift?\nA: It applies at checkout and lasts seven days.\nQ: What if I miss a day of the challenge?\nA: "
                 "You can make up one day: reply \"make up\"."));
    s.scripts.push_back({"script-recall-a", ScriptKind::custom, k("召回私聊·第一批（买过的）", "Recall, batch 1 (past buyers)"),
                         k("{称呼}好～我是小雯。你上次买的{商品}还喜欢吗？群里现在每天只发一条精选福利，给你留了 15 元回归礼，回群说一声就能领。",
                           "Hi {name}, it's Wen. Still enjoying the {product} you bought? The group now has just one hand-picked perk a "
                           "day, and there's a 15-yuan welcome-back gift for you: just say hi in the group to claim it.")});
    s.scripts.push_back({"script-recall-b", ScriptKind::custom, k("召回私聊·第二批（没回应的）", "Recall, batch 2 (no reply yet)"),
                         k("{称呼}，打扰一下～我们在做“10 天生活小美好”打卡，轻松有趣，还送香薰蜡烛。想参加回复 1，不想再收到消息回复 0，我们尊重你的选择。",
                           "Sorry to bother you, {name}: we're running \"10 days of small joys\", easy and fun, with a scented candle "
                           "at the end. Reply 1 to join, or 0 if you'd rather not hear from us; we'll respect either.")});
    s.visuals = {k("头像加一个“回归季”角标，提醒大家群变了。", "Add a \"welcome back\" corner badge to the avatar so people notice the change."),
                 k("公告第一行：每天 20:00 一条，其余时间安静。", "First line of the announcement: one post a day at 20:00, quiet otherwise."),
                 k("福利图 1080×1440；打卡海报 1080×1920。", "Perk images 1080×1440; challenge posters 1080×1920.")};
    s.pilot.group_size = 100;
    s.pilot.tests = k("两版召回话术的回复率（提商品 vs 提回归礼）。", "Reply rates of two recall scripts (mentioning the product vs the gift).");
    s.pilot.feedback = k("记录每批召回的发送数、回复数和回群发言数。", "Note sends, replies and returning speakers for each batch.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-morning", hm(9, 0), k("早安一句话", "One-line good morning"), Category::activation, Format::text, kCrew, 1},
        {"slot-easy", hm(12, 30), k("低门槛互动（回复一个数字）", "Easy interaction (reply with a number)"), Category::activation, Format::qa, kContent, 1},
        {"slot-perk", hm(20, 0), k("每日精选福利", "Daily hand-picked perk"), Category::conversion, Format::image_text, kAdmin, 1},
    };
    r.columns = {
        {"col-pick", k("周一 A/B 二选一", "Monday: A or B?"), 1, "slot-easy", Category::activation, Format::qa, Color::orange, kContent,
         k("两张图二选一，回复 A 或 B 就算参与。", "Two pictures: reply A or B to take part.")},
        {"col-welcome-board", k("周三回归榜", "Wednesday welcome-back board"), 3, "slot-perk", Category::brand, Format::poster, Color::green, kOwner,
         k("欢迎本周回归的会员，点名感谢。", "Welcome and thank this week's returning members by name.")},
        {"col-story", k("周五会员小故事", "Friday member story"), 5, "slot-easy", Category::brand, Format::image_text, Color::purple, kContent,
         k("一位老会员的生活小故事。", "A small story from a long-time member.")},
        {"col-lucky", k("周日幸运抽奖", "Sunday lucky draw"), 7, "slot-perk", Category::conversion, Format::image_text, Color::red, kAdmin,
         k("本周发过言的成员参与抽奖。", "Everyone who spoke this week is in the draw.")},
    };
    auto day_line = [&](const char* id, int day, int h, int m, std::string title, std::string detail, Category c, Format f,
                        const char* role, int messages) {
        return SopLine{id, RoutinePhase::cold_start, created(day, h, m), std::move(title), std::move(detail), c, f, role, messages};
    };
    r.routine = {
        day_line("line-d0-segment", 0, 10, 0, k("第 0 天：导出沉默名单并分层", "Day 0: list and segment the silent members"),
                 k("导出近 30 天未发言成员，按“买过 / 没买过”“兴趣标签”分成 A、B 两批。群里只发一句问候，回复 1 的先记为“还在看群”。",
                   "List members silent for 30 days, split them by bought / never bought and interest tags into batches A and B. In the group, post one hello only; note those who reply 1 as still reading."),
                 Category::activation, Format::text, kAdmin, 1),
        day_line("line-d1-announce", 1, 20, 0, k("第 1 天：新公告 + 回归礼", "Day 1: new announcement + welcome-back gift"),
                 k("发新公告说明“每天只发一条”，用福利时段公布回归礼。", "Post the new one-a-day announcement; use the perk slot to announce the gift."),
                 Category::brand, Format::text, kOwner, 1),
        day_line("line-d2-batch-a", 2, 19, 0, k("第 2 天：私聊召回第一批", "Day 2: recall batch A"),
                 k("用“召回私聊·第一批”话术私聊 A 批，每人一条，不群发。", "Message batch A privately with the batch-1 script, one message each, no mass send."),
                 Category::activation, Format::text, kAdmin, 0),
        day_line("line-d3-easy", 3, 12, 30, k("第 3 天：回复数字就能参与", "Day 3: reply with a number"),
                 k("在互动时段问：“今天心情几分？回复 1–5”，氛围组先回，回归成员发言立刻欢迎。",
                   "In the easy slot: \"How's your mood today, 1 to 5?\"; the crew replies first and welcomes every returning member at once."),
                 Category::activation, Format::qa, kCrew, 0),
        day_line("line-d7-quiz", 7, 20, 30, k("第 7 天：有奖竞猜", "Day 7: guessing game with prizes"),
                 k("猜新品价格，最接近的 3 位送小礼物。", "Guess a new product's price; the three closest win a small gift."), Category::activation, Format::qa, kContent, 1),
        day_line("line-d10-challenge", 10, 20, 0, k("第 10 天：打卡挑战开始", "Day 10: the check-in challenge starts"),
                 k("用福利时段发“10 天打卡挑战通知”，氛围组第一批报名。", "Use the perk slot for the challenge notice; the crew signs up first."), Category::activation, Format::chain, kAdmin, 1),
        day_line("line-d14-review", 14, 21, 0, k("第 14 天：中期复盘 + 第二批召回", "Day 14: midpoint review + recall batch B"),
                 k("看第一批回应率；用“召回私聊·第二批”话术私聊仍未回应的成员。", "Check batch A's reply rate; message those still silent with the batch-2 script."),
                 Category::activation, Format::text, kOwner, 0),
        day_line("line-d20-awards", 20, 20, 30, k("第 20 天：打卡颁奖", "Day 20: challenge awards"),
                 k("公布完成打卡名单，发香薰和鲜花。", "Post the finishers and send out the candles and flowers."), Category::brand, Format::image_text, kOwner, 1),
        day_line("line-d30-final", 30, 21, 0, k("第 30 天：总复盘", "Day 30: final review"),
                 k("统计回归人数和沉默人数变化；对 90 天以上仍无回应的成员，先私聊告知再决定是否移出；群里发一条月度感谢。",
                   "Count returns and the change in silent members; tell members silent for 90+ days privately before deciding whether to remove them; post a thank-you for the month in the group."),
                 Category::brand, Format::text, kOwner, 1),
        {"line-join-hello", RoutinePhase::cold_start, joined(0, 20, 30), k("新成员私聊", "Private hello to new members"),
         k("说明群的节奏（每天一条），问兴趣标签。", "Explain the one-a-day rhythm and ask for their interests."), Category::activation, Format::text, kAdmin, 1},
        {"line-monthly-silent", RoutinePhase::mature, weekly(1, 10, 0), k("每周沉默名单更新", "Weekly silent-list update"),
         k("导出新增的沉默 30 天成员，加入下一批召回。", "Add members newly silent for 30 days to the next recall batch."), Category::activation, Format::other, kAdmin, 0},
    };
    as_tasks(p, {"line-monthly-silent", "line-d14-review"});   // the team's work, not group posts
    r.runsheets = {nine_step_runsheet(k, {"run-welcome-back", k("老会员回归夜", "Welcome-back evening"), k.day(24), hm(20, 0),
                                          k("花艺师阿宁", "Ning, our florist"), k("10 分钟学会一束家用花", "a simple home bouquet in 10 minutes"),
                                          k("鲜花兑换券 10 张", "ten flower vouchers")})};
    r.campaigns = {
        {"camp-welcome-back", CampaignKind::member_day, k("老会员回归季", "Welcome-back season"), k.day(1), k.day(30),
         k("30 天内沉默成员减少一半，100 人回群发言。", "Halve the silent members in 30 days; 100 people speak again."),
         k("回归礼 15 元券 + 10 天打卡挑战 + 第 24 天回归夜。", "A 15-yuan welcome-back coupon, the 10-day challenge and a welcome-back evening on day 24."),
         false, "", "", "run-welcome-back"},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-back", k("回归后第一次发言", "First message after returning"), 50, 50},
                       {"pts-checkin", k("打卡挑战一天", "A day of the challenge"), 10, 10},
                       {"pts-easy", k("参与低门槛互动", "Joining an easy interaction"), 5, 10}};
    in.rewards = {{"rew-coupon", 100, k("10 元无门槛券", "A 10-yuan coupon, no minimum")},
                  {"rew-candle", 300, k("香薰蜡烛", "A scented candle")}};
    in.levels = {{"lvl-member", k("会员", "Member"), 0, k("每日精选福利", "The daily hand-picked perk")},
                 {"lvl-friend", k("老朋友", "Old friend"), 400, k("生日花束、新品先知道", "A birthday bouquet, first news of new products")}};
    in.products = {{"prod-flowers", k("每周一花（单次）", "Flower of the week (one-off)"), ProductRole::traffic, 19.9, k("低价回归第一单。", "A cheap first order back.")},
                   {"prod-candle", k("香薰蜡烛小号", "Small scented candle"), ProductRole::perk, 9.9, k("回归礼券可全额抵扣。", "Fully covered by the welcome-back coupon.")},
                   {"prod-subscription", k("鲜花月订（4 束）", "Monthly flowers (4 bouquets)"), ProductRole::profit, 199, k("主要利润，回归会员 9 折。", "The main margin; 10% off for returning members.")}};
    in.promotions = {
        {"promo-back-gift", PromotionKind::limited_time, k("7 天回归礼", "7-day welcome-back gift"),
         k("回群发言即领 15 元券，7 天有效。", "Say hi in the group for a 15-yuan coupon, valid seven days."),
         k("🌷 老会员回归礼：回群说一句话就领 15 元券，7 天内有效，已有 {n} 位老朋友回来啦！", "🌷 Welcome-back gift: say one line in the group for a 15-yuan coupon, valid seven days; {n} old friends are back already!")},
        {"promo-challenge", PromotionKind::checkin, k("10 天生活小美好", "10 days of small joys"),
         k("连续 10 天打卡送香薰，前 20 名加送鲜花。", "Ten days in a row earns a candle; the first 20 also get flowers."),
         k("小美好打卡第 {天数} 天 🌼 今天让我开心的是：", "Small joys, day {n} 🌼 What made me smile today:")},
    };
    p.kpis.launch.goal = k("一周内分好批次，第一批召回发出，回归礼上线。", "In week one: batches set, batch A messaged, the gift live.");
    p.kpis.activation.goal = k("30 天内 100 位沉默成员重新发言。", "100 silent members speak again within 30 days.");
    kpi(p, "retention-silent").target = 150;
    // The reference figures for an existing group (500 members): ~8% daily
    // actives within 7–15 days; ~25% active; buyers 10–15% of the active.
    {
        Kpi dau;
        dau.id = "wakeup-dau-rate";
        dau.name = k("日活跃率（约 8%）", "Daily active rate (~8%)");
        dau.unit = "%";
        dau.target = 8;
        dau.remedies = {{"wakeup-dau-rate-r1", k("福利先发图再发文，图里只放一个福利；氛围组在每条推送后一分钟内回应。",
                                                 "Send the perk image first, with a single perk in it, then the text; the crew answers within a minute of every post.")}};
        p.kpis.activation.kpis.insert(p.kpis.activation.kpis.begin(), std::move(dau));
    }
    kpi(p, "activation-active").target = 125;   // ~25% of 500
    kpi(p, "monetization-buyers").target = 15;   // ~12% of the 125 active
    kpi(p, "monetization-buyers").name = k("下单人数（活跃成员的 10–15%）", "Buyers (10–15% of active members)");
    p.kpis.launch.checklist = {
        {"wakeup-launch-c1", k("第 0 天：导出近 30 天没说话的成员，按买过 / 没买过和兴趣标签分成 A、B 两批",
                               "Day 0: list the members silent for 30 days and split them into batches A and B by bought / never bought and interests"), false},
        {"wakeup-launch-c2", k("第 1 天 20:00：群名加上“每天一条精选”，新公告置顶，回归礼上线",
                               "Day 1 at 20:00: add \"one hand-picked post a day\" to the group name, pin the new announcement, launch the welcome-back gift"), false},
        {"wakeup-launch-c3", k("第 2 天：用第一批话术私聊 A 批，每人一条，不群发", "Day 2: message batch A privately with the batch-1 script, one each, no mass send"), false},
        {"wakeup-launch-c4", k("第 3 天 12:30：氛围组先回复数字，回归成员一发言就欢迎", "Day 3 at 12:30: the crew replies with a number first and welcomes every returning member at once"), false},
    };
    p.kpis.activation.checklist = {
        {"wakeup-activation-c1", k("第 7 天：有奖竞猜，先发商品图再发竞猜文案；看日活，目标 15 天内到 8%",
                                   "Day 7: the guessing game, product image first, then the text; check daily actives, aiming for 8% by day 15"), false},
        {"wakeup-activation-c2", k("第 10 天：10 天打卡挑战开始，氛围组第一批报名，每天打卡记 10 积分",
                                   "Day 10: the 10-day check-in challenge starts, the crew signs up first, each day earns 10 points"), false},
        {"wakeup-activation-c3", k("第 14 天：中期复盘，用第二批话术私聊仍未回应的成员", "Day 14: midpoint review; message those still silent with the batch-2 script"), false},
        {"wakeup-activation-c4", k("第 20 天：打卡颁奖，名单做成图先发", "Day 20: challenge awards, with the finishers' names in a picture sent first"), false},
    };
    p.kpis.monetization.checklist = {
        {"wakeup-monetization-c1", k("看漏斗：活跃成员约 25%（约 125 人），其中 10–15% 下单", "Check the funnel: ~25% of members active (about 125), 10–15% of them buying"), false},
        {"wakeup-monetization-c2", k("第 24 天回归夜后推鲜花月订，回归会员 9 折", "After the day-24 welcome-back evening, offer the monthly flowers at 10% off for returning members"), false},
        {"wakeup-monetization-c3", k("第 30 天总复盘：回归人数、沉默人数和下单人数", "Day 30 final review: members back, members still silent, buyers"), false},
    };
    alert(p, "alert-silent").threshold = 200;
    // ---- what each line sends ----
    say(p, "slot-morning", {k("☀️ 早安～今天也要对自己好一点 🌷", "☀️ Morning! Be kind to yourself today 🌷")});
    say(p, "slot-easy", {k("🌤 回复一个数字就算参与：今天心情几分？1–5 分\n我先来：4 分 😊",
                           "🌤 Reply with one number to join in: how's your mood today, 1 to 5?\nMe first: 4 😊")});
    say(p, "slot-perk", {k("🎁 今日精选福利（每天只发这一条）\n👇 详情见图，回复“要”私信发你，数量有限～",
                           "🎁 Today's hand-picked perk (our one post of the day)\n👇 Details in the picture. Reply \"yes\" and we'll "
                           "message you; limited stock.")});
    say(p, "col-pick", {k("🅰️🅱️ 周一二选一！👇 两款香薰你更喜欢哪个？回复 A 或 B 就行～",
                          "🅰️🅱️ Monday pick! 👇 Which of these two scents do you prefer? Just reply A or B.")});
    say(p, "col-welcome-board", {k("🌷 本周回归榜\n欢迎这周回来的老朋友 👏 名字都在图上，谢谢你们还在！\n回归礼 15 元券记得 7 天内用～",
                                   "🌷 This week's welcome-back board\nWelcome back, old friends 👏 Your names are in the picture; "
                                   "thank you for still being here!\nRemember to use your 15-yuan welcome-back coupon within 7 days.")});
    say(p, "col-story", {k("📖 周五会员小故事\n👇 老会员林姐把阳台改成了小花园，她说每天浇花的十分钟是最放松的时候。你的放松时刻是什么？",
                           "📖 Friday member story\n👇 Lin, a member for years, turned her balcony into a little garden; ten "
                           "minutes of watering is her calmest moment of the day. What's yours?")});
    say(p, "col-lucky", {k("🍀 周日幸运抽奖！这周在群里说过话的都在奖池里\n👇 奖品见图，20:30 开奖～",
                           "🍀 Sunday lucky draw! Everyone who spoke this week is in it\n👇 Prizes in the picture; the draw is at "
                           "20:30.")});
    say(p, "month-theme", {k("📅 本月主题：生活小美好 🌷\n每天一条精选福利，不刷屏；月中开始 10 天打卡，坚持就有礼～",
                             "📅 This month: little joys 🌷\nOne hand-picked perk a day, no flood of messages; a 10-day check-in "
                             "mid-month, with gifts for everyone who keeps going.")});
    say(p, "month-survey", {k("📝 想听听你的意见，1 分钟：\n1. 现在每天一条，频率合适吗？\n2. 最想要哪类福利？A 家居 B 鲜花 C 香氛\n3. 几点看群最方便？\n回复“题号+答案”就行 🙏",
                              "📝 We'd love your view, one minute:\n1. One post a day: is that right?\n2. Which perks do you want "
                              "most? A home B flowers C fragrance\n3. When do you read the group?\nReply \"number + answer\" 🙏")});
    say(p, "line-d0-segment", {k("👋 大家好，我是小雯。群里安静了挺久，接下来会有些新变化～还在看群的朋友，回个 1 让我知道你在 😊",
                                 "👋 Hi everyone, it's Wen. It's been quiet here for a while, and some changes are coming. If you're "
                                 "still reading, reply 1 so I know you're here 😊")});
    say(p, "line-d1-announce", {k("📢 新公告：为了不打扰大家，从今天起群里每天只发一条精选福利（20:00）。\n🎁 回归礼：15 元无门槛券，回群说一句话就能领，7 天内有效～",
                                  "📢 New announcement: so we don't disturb you, from today the group sends one hand-picked perk a day "
                                  "(20:00).\n🎁 Welcome-back gift: a 15-yuan coupon with no minimum; say anything in the group to claim "
                                  "it, valid for 7 days.")});
    say(p, "line-d2-batch-a", uses("script-recall-a"));
    say(p, "line-d3-easy", {k("今天心情几分？回复 1–5 就行～我先来：3 分，有点困 😪",
                              "How's your mood today? Reply 1 to 5. Me first: 3, a bit sleepy 😪")});
    say(p, "line-d7-quiz", {k("🎯 有奖竞猜！猜猜这款新香薰蜡烛多少钱？\n最接近的 3 位送小礼物，20:30 前回复数字～",
                              "🎯 Guess the price! How much is this new scented candle?\nThe three closest win a small gift; reply "
                              "with a number before 20:30.")});
    say(p, "line-d10-challenge", uses("script-notice"));
    say(p, "line-d14-review", uses("script-recall-b"));
    say(p, "line-d20-awards", {k("🏆 10 天打卡颁奖！\n👇 完成名单在图上，香薰蜡烛这两天寄出，前 20 名的鲜花周末送到 💐\n谢谢大家一起记录生活小美好～",
                                 "🏆 The 10-day challenge awards!\n👇 Everyone who finished is in the picture; candles go out in the "
                                 "next two days, and the first 20 get their flowers at the weekend 💐\nThank you for sharing your "
                                 "little joys!")});
    say(p, "line-d30-final", {k("🌷 一个月啦，谢谢每一位回来的老朋友！\n这个月一起打卡、抽奖、聊天，群里又有了温度。下个月节奏不变：每天一条精选，不打扰～",
                                "🌷 A month already: thank you, every one of you who came back!\nCheck-ins, draws and chats brought "
                                "the group back to life. Next month stays the same: one hand-picked post a day, no noise.")});
    say(p, "line-join-hello", {k("{称呼}你好，欢迎加入花漾生活馆 🌷 群里每天只发一条精选福利，不刷屏。方便说下你更喜欢家居、鲜花还是香氛吗？我按你的喜好推～",
                                 "Hi {name}, welcome to Bloom Living 🌷 The group sends one hand-picked perk a day, no flood. Do you "
                                 "prefer home, flowers or fragrance? I'll pick for you.")});
    // The welcome-back evening is on day 24 at 20:00. The group takes six
    // posts a day: the evening sends five (a lighter run-sheet,
    // templates_kit.hpp) and the lunchtime number reply stays. The 09:00
    // notice replaces the good morning, and the evening with its vouchers is
    // that day's one perk, so both are skipped.
    lighter_event(k, r.runsheets[0], k("今晚 {时间} 跟阿宁学插花，我已经报名啦 💐 好久没这么期待了～",
                                       "Signed up for flower arranging with Ning tonight at {time} 💐 Haven't looked forward to "
                                       "something this much in ages!"));
    skip_on_event_day(p, r.runsheets[0], {"slot-morning", "slot-perk"},
                      k("回归夜：09:00 的预告代替早安，今晚的活动和鲜花券就是当天的精选福利。",
                        "Welcome-back evening: the 09:00 notice replaces the good morning, and the evening with its vouchers is "
                        "the day's one perk."));
    // The group sends one post a day at 20:00: the day-1 announcement and the
    // day-10 challenge notice are that day's post.
    fold_into_slot(p, "line-d1-announce", "slot-perk",
                   k("第 1 天：20:00 这一条就是新公告和回归礼，当天的福利时段不另发。",
                     "Day 1: the 20:00 post is the new announcement with the welcome-back gift; nothing else goes out in the "
                     "perk slot."));
    fold_into_slot(p, "line-d10-challenge", "slot-perk",
                   k("第 10 天：20:00 这一条就是打卡挑战通知，当天的福利时段不另发。",
                     "Day 10: the 20:00 post is the check-in challenge notice; nothing else goes out in the perk slot."));
    // Opening on a Monday: day 0's full export is that week's list update.
    skip_on(p, k.day(0), "line-d0-segment", {"line-monthly-silent"},
            k("第 0 天已经导出了完整的沉默名单，本周的名单更新停一次。",
              "Day 0 has just exported the full silent list, so this week's update is skipped."));

    // Waking members up is activation first; one perk a day converts, and
    // the welcome-back board and member stories carry the brand. With these
    // targets the first four weeks stay within the warning (a takeover on a
    // Saturday leaves a two-day first week that cannot).
    p.content.mix = {65, 25, 10, 10};
    return p;
}

}  // namespace core::tpl
