// Scenario: the first seven days of a new group, day by day — welcome,
// self-intro chain, first know-how, first topic, first perk, first showcase
// and the first-week review — then a light regular rhythm.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan new_group_7day(const Kit& k) {
    Plan p = base_plan(k, Defaults{150, 80});
    Basics& b = p.basics;
    b.name = k("好物体验官 1 群", "Product Testers Club #1");
    b.industry = Industry::other;
    b.owner = k("阿青", "Qing");
    b.city = k("上海", "Shanghai");
    b.positioning = {k("愿意先试用再购买、乐于分享体验的老客户", "customers who like to try before they buy and enjoy sharing what they think"),
                     k("新品太多，不知道哪款适合自己，怕踩雷", "too many new products, unsure which suits them, afraid of a bad buy"),
                     k("每周免费试用名额、真实体验分享和体验官专属价", "free trial places every week, honest reviews from other testers and testers' prices")};
    b.value_resources = b.value_price = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::medium, Scale::small, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("阿青（社群负责人）", "Qing (community lead)"),
             k("第 0 天致欢迎词，第 7 天主持首周复盘，定试用名额。", "Welcomes everyone on day 0, leads the day-7 review, decides the trial places."));
    set_role(p, kAdmin, k("小周", "Zhou"),
             k("逐一欢迎新人、提醒改昵称、收集自我介绍，按时段发内容。", "Welcomes each newcomer, reminds them about nicknames, collects introductions, posts the slots."));
    set_role(p, kContent, k("测评编辑小温", "Wen (review editor)"),
             k("准备第一篇干货、试用说明和测评模板。", "Prepares the first know-how post, the trial guide and the review template."));
    set_role(p, kCrew, k("三位老体验官", "Three experienced testers"),
             k("第一批做自我介绍和接龙，示范怎么写体验。", "First to introduce themselves and join chains; show how a good review looks."));
    s.announcement_intro = k("欢迎加入好物体验官！每周一放免费试用名额，周五晒体验。前 7 天每天都有新人小任务，完成就有积分。",
                             "Welcome to the Product Testers Club! Free trial places every Monday, reviews on Fridays. For your first "
                             "seven days there's a small task each day, and each one earns points.");
    set_script(p, "script-welcome", k("新人欢迎语", "Welcome for newcomers"),
               k("欢迎 @{新人} 成为体验官！🎁\n今天的新人任务：1. 改昵称（城市-称呼） 2. 按模板做自我介绍。\n完成就送 50 积分，满 100 积分换试用装。",
                 "Welcome aboard, @{newcomer}! 🎁\nToday's tasks: 1. set your nickname (city - name) 2. introduce yourself "
                 "with the template.\nBoth together earn 50 points; 100 points get you a trial pack."));
    set_script(p, "script-intro", k("自我介绍接龙模板", "Self-intro chain template"),
               k("【体验官接龙】格式：称呼-城市-最想试的品类\n1. 阿青-上海-护肤\n2.", "[Tester chain] Format: name - city - what I most want to try\n1. Qing - Shanghai - skincare\n2."));
    set_script(p, "script-notice", k("首次试用活动通知", "First trial notice"),
               k("【第 5 天福利：免费试用】\n本周试用：{商品}，共 {名额} 份\n回复“试用+想试的理由”报名，明天 12:00 公布名单，收货 3 天内交体验。",
                 "[Day-5 perk: free trial]\nThis week: {product}, {places} places\nReply \"trial + why you want it\"; the "
                 "list goes up tomorrow at 12:00, and reviews are due three days after delivery."));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：试用要钱吗？\n答：不要，包邮，只需按时交体验。\n问：体验怎么写？\n答：照片 + 三句话：用了什么、感觉如何、适合谁。\n问：没选上怎么办？\n答：每周都有，积分越高越优先。",
                 "Q: Does a trial cost anything?\nA: No, postage included; just send your review on time.\nQ: How do I write "
                 "a review?\nA: A photo and three lines: what you used, how it felt, who it suits.\nQ: What if I'm not "
                 "picked?\nA: There are trials every week, and more points mean higher priority."));
    s.scripts.push_back({"script-review-template", ScriptKind::custom, k("体验分享模板", "Review template"),
                         k("【体验分享】\n试用：\n用了几天：\n最喜欢的一点：\n不足：\n推荐给：", "[My review]\nTried:\nFor how many days:\nWhat I liked most:\nWhat could be better:\nWho I'd recommend it to:")});
    s.visuals = {k("浅绿底 + “体验官”徽章图标。", "Light green with a \"Tester\" badge."),
                 k("公告：群的用途、每周节奏、新人 7 天任务表。", "Announcement: what the group is for, the weekly rhythm, the newcomers' 7-day tasks."),
                 k("任务卡 1080×1440，试用海报 1080×1920。", "Task cards 1080×1440, trial posters 1080×1920.")};
    s.pilot.group_size = 50;
    s.pilot.tests = k("新人 7 天任务的完成率，哪一天掉队最多。", "How many finish the 7-day tasks, and on which day most drop off.");
    s.pilot.feedback = k("记录每天完成任务的人数。", "Note how many finish each day's task.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-morning", hm(9, 0), k("早安 + 今日新人任务", "Good morning + today's task"), Category::activation, Format::text, kAdmin, 1},
        {"slot-content", hm(12, 30), k("干货 / 试用说明", "Know-how / trial guide"), Category::activation, Format::image_text, kContent, 1},
        {"slot-evening", hm(20, 0), k("互动或福利", "Chat or perk"), Category::conversion, Format::image_text, kAdmin, 1},
    };
    r.columns = {
        {"col-trial", k("周一试用名额", "Monday trial places"), 1, "slot-evening", Category::conversion, Format::poster, Color::red, kOwner,
         k("本周免费试用名额和报名方式。", "This week's free trial places and how to apply.")},
        {"col-howto", k("周三使用技巧", "Wednesday how-to"), 3, "slot-content", Category::activation, Format::video, Color::blue, kContent,
         k("一分钟视频讲一个使用技巧。", "A one-minute video on one tip.")},
        {"col-reviews", k("周五体验分享", "Friday reviews"), 5, "slot-evening", Category::brand, Format::image_text, Color::green, kCrew,
         k("体验官晒体验，评出最佳一篇。", "Testers post reviews; the best one wins.")},
        {"col-brand", k("周日品牌故事", "Sunday brand story"), 7, "slot-content", Category::brand, Format::image_text, Color::purple, kContent,
         k("产品背后的人和事。", "The people and stories behind a product.")},
    };
    auto day_line = [&](const char* id, int day, int h, int m, std::string title, std::string detail, Category c, Format f,
                        const char* role, int messages) {
        return SopLine{id, RoutinePhase::cold_start, created(day, h, m), std::move(title), std::move(detail), c, f, role, messages};
    };
    r.routine = {
        day_line("line-d0-welcome", 0, 10, 0, k("第 0 天：欢迎 + 群规", "Day 0: welcome + rules"),
                 k("群主致欢迎词，发群公告并置顶，说明 7 天新人任务。", "The owner welcomes everyone, posts and pins the announcement, explains the 7-day tasks."),
                 Category::brand, Format::text, kOwner, 1),
        day_line("line-d0-intro", 0, 10, 5, k("第 0 天：自我介绍模板", "Day 0: self-intro template"),
                 k("发自我介绍接龙模板，氛围组三人先接。", "Post the intro chain template; three crew members go first."), Category::activation, Format::chain, kCrew, 1),
        day_line("line-d1-chain", 1, 20, 0, k("第 1 天：接龙认识彼此", "Day 1: a chain to meet each other"),
                 k("用晚间时段接龙：“我最想试的一款产品”，管理员逐一回应。", "In the evening slot, a chain: \"the product I most want to try\"; the admin replies to each."),
                 Category::activation, Format::chain, kAdmin, 1),
        day_line("line-d2-knowhow", 2, 12, 30, k("第 2 天：第一篇干货", "Day 2: first know-how"),
                 k("在干货时段发“新品怎么挑不踩雷”三条要点。", "In the know-how slot: three tips on choosing new products without regrets."),
                 Category::activation, Format::image_text, kContent, 1),
        day_line("line-d3-topic", 3, 20, 0, k("第 3 天：第一个互动话题", "Day 3: first interaction topic"),
                 k("在晚间时段问：“你买过最后悔的东西是什么？”氛围组先答。", "In the evening slot ask: \"What's the purchase you regret most?\"; the crew answers first."),
                 Category::activation, Format::qa, kCrew, 1),
        day_line("line-d4-quiz", 4, 20, 30, k("第 4 天：有奖小问答", "Day 4: quiz with prizes"),
                 k("3 道产品小问答，答对送 20 积分。", "Three product questions; right answers earn 20 points."), Category::activation, Format::qa, kContent, 1),
        day_line("line-d5-perk", 5, 20, 0, k("第 5 天：第一份福利", "Day 5: first perk"),
                 k("在晚间时段发首次免费试用报名（用“首次试用活动通知”）。", "In the evening slot open the first free trial (use the first trial notice)."),
                 Category::conversion, Format::poster, kAdmin, 1),
        day_line("line-d6-showcase", 6, 12, 30, k("第 6 天：老体验官晒单", "Day 6: veterans' reviews"),
                 k("氛围组晒以前的试用体验，示范怎么写。", "The crew shares past reviews to show how it's done."), Category::brand, Format::image_text, kCrew, 1),
        day_line("line-d7-review", 7, 20, 30, k("第 7 天：首周复盘 + 问卷", "Day 7: first-week review + survey"),
                 k("群主发首周小结（新人数、完成任务数），附 3 题问卷。", "The owner posts a first-week summary (newcomers, tasks done) with a 3-question survey."),
                 Category::brand, Format::image_text, kOwner, 1),
        {"line-join-task", RoutinePhase::cold_start, joined(0, 21, 0), k("新人私聊：7 天任务卡", "Private: the 7-day task card"),
         k("私发新人 7 天任务卡。", "Send the newcomer the 7-day task card privately."), Category::activation, Format::image_text, kAdmin, 1},
        {"line-weekly-summary", RoutinePhase::mature, weekly(7, 21, 0), k("周日一周小结", "Sunday weekly summary"),
         k("本周试用名单、最佳体验和下周预告。", "This week's testers, the best review and next week's preview."), Category::brand, Format::image_text, kAdmin, 1},
    };
    r.runsheets = {nine_step_runsheet(k, {"run-first-meetup", k("第一次线上见面会", "First online meet-up"), k.day(6), hm(20, 0),
                                          k("品牌产品经理", "the brand's product manager"), k("这季新品是怎么做出来的", "how this season's products were made"),
                                          k("5 份新品试用", "five new-product trials")})};
    r.campaigns = {
        {"camp-first-trial", CampaignKind::launch, k("首期体验官招募", "First tester round"), k.day(5), k.day(12),
         k("首期 30 人完成试用和体验分享。", "30 testers finish the trial and post reviews."),
         k("第 5 天开报名，第 6 天公布名单，收货 3 天内交体验，第 12 天评出最佳体验。", "Sign-ups on day 5, the list on day 6, reviews due three days after delivery, the best chosen on day 12."),
         false, "", "", "run-first-meetup"},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-task", k("完成当天新人任务", "Finishing the day's newcomer task"), 25, 25},
                       {"pts-speak", k("有效发言", "A helpful message"), 5, 20},
                       {"pts-review", k("提交体验分享", "Posting a review"), 50, 50}};
    in.rewards = {{"rew-trial", 100, k("试用装一份", "A trial pack")},
                  {"rew-priority", 300, k("下期试用优先权", "Priority for the next trial")}};
    in.levels = {{"lvl-new", k("见习体验官", "Trainee tester"), 0, k("参加每周试用报名", "Apply for weekly trials")},
                 {"lvl-senior", k("资深体验官", "Senior tester"), 500, k("每月保底一次试用", "At least one trial a month")}};
    in.products = {{"prod-sample", k("试用小样", "Trial sample"), ProductRole::traffic, 0, k("免费，用来认识新成员。", "Free; a way to meet new members.")},
                   {"prod-tester-price", k("体验官价新品", "New product at testers' price"), ProductRole::perk, 49, k("比店铺低 30%。", "30% below the shop price.")},
                   {"prod-full", k("正装产品", "Full-size product"), ProductRole::profit, 199, k("试用后转正装。", "What testers buy after the trial.")}};
    in.promotions = {
        {"promo-first-trial", PromotionKind::limited_time, k("首批 30 个试用名额", "The first 30 trial places"),
         k("首期限 30 人，按报名理由挑选。", "Thirty places in the first round, chosen by the reasons given."),
         k("🎁 首批体验官招募：只有 30 个名额，回复“试用+理由”，明天 12:00 公布！", "🎁 First testers wanted: only 30 places. Reply \"trial + your reason\"; the list is out tomorrow at 12:00!")},
    };
    // ---- what each line sends ----
    // The first trial's product and places are the plan's own placeholders,
    // filled into the trial notice (script-notice) on day 5.
    p.setup.placeholders = {{"ph-product", k("商品", "product"), k("氨基酸洁面乳", "amino-acid face wash")},
                            {"ph-places", k("名额", "places"), "30"}};
    say(p, "slot-morning", {k("☀️ 体验官们早上好！\n今日新人任务：还没改昵称（城市-称呼）的改一下，还没介绍的按模板冒个泡，完成就有 50 积分 🎁",
                              "☀️ Good morning, testers!\nToday's task: set your nickname (city - name) if you haven't, and introduce "
                              "yourself with the template; that's 50 points 🎁")});
    say(p, "slot-content", {k("📖 午间干货\n👇 今天讲：怎么看成分表。排在前三位的才是“主角”，收藏起来下次买东西用得上～",
                              "📖 Lunchtime know-how\n👇 Today: reading an ingredients list. The first three are what you're really "
                              "buying; save this for your next shop.")});
    say(p, "slot-evening", {k("🌙 晚间聊聊～今天你用到了什么好物？拍一张发上来，说说好在哪 👍",
                              "🌙 Evening chat: what good find did you use today? Post a photo and tell us why it's good 👍")});
    say(p, "col-trial", {k("🎁 本周免费试用开放报名！\n👇 试用品和名额见海报，回复“试用+想试的理由”报名，明天中午公布名单～",
                           "🎁 This week's free trial is open!\n👇 The product and places are on the poster. Reply \"trial + why you "
                           "want it\"; the list goes up tomorrow at noon.")});
    say(p, "col-howto", {k("🎬 周三使用技巧\n👇 一分钟视频，教你把手里的好物用出双倍效果。试完回来说说效果～",
                           "🎬 Wednesday how-to\n👇 One minute to get twice as much out of something you already own. Try it and "
                           "tell us how it went!")});
    say(p, "col-reviews", {k("✍️ 周五体验分享！\n拿到试用的体验官，按模板晒出你的体验👇 本周最佳一篇送 100 积分 🏆",
                             "✍️ Friday reviews!\nTesters, post your review with the template 👇 The best one this week wins 100 "
                             "points 🏆")});
    say(p, "col-brand", {k("🏷 周日品牌故事\n👇 一款洗面奶改了 27 次配方才上市，这周讲讲背后那群较真的人。你最想了解哪个品牌的故事？",
                           "🏷 Sunday brand story\n👇 One face wash went through 27 formulas before launch: this week, the stubborn "
                           "people behind it. Which brand's story would you like next?")});
    say(p, "month-theme", {k("📅 本月主题：好物试用月 🎁\n每周一开放试用名额，周五评最佳体验，积分满 100 换试用装～",
                             "📅 This month: trial month 🎁\nTrial places open every Monday, the best review wins on Friday, and 100 "
                             "points buy a trial pack.")});
    say(p, "month-survey", {k("📝 1 分钟小调查：\n1. 最想试哪类产品？\n2. 几点看群最方便？\n3. 群里消息多不多？\n回复“题号+答案”，送 10 积分 🙏",
                              "📝 One-minute survey:\n1. What would you most like to try?\n2. When do you read the group?\n3. Too many "
                              "messages, or fine?\nReply \"number + answer\" for 10 points 🙏")});
    say(p, "line-d0-welcome", {k("🎉 欢迎各位加入好物体验官 1 群！\n这里每周都有免费试用，用完分享真实体验就行。\n前 7 天有新人任务，完成就能攒积分换试用装，详情看置顶公告👆",
                                 "🎉 Welcome to Product Testers Club #1!\nThere's a free trial every week; all you do is share an "
                                 "honest review.\nYour first 7 days come with tasks that earn points towards trial packs: see the "
                                 "pinned announcement 👆")});
    say(p, "line-d0-intro", uses("script-intro"));
    say(p, "line-d1-chain", {k("🙋 接龙认识一下！说说你最想试的一款产品：\n1. 阿青｜想试无线吸尘器\n2.",
                               "🙋 Let's meet in a chain! The product you most want to try:\n1. Qing | a cordless vacuum\n2.")});
    say(p, "line-d2-knowhow", {k("📖 新品怎么挑不踩雷？三条要点：\n1. 看成分表前三位\n2. 看差评里反复出现的问题\n3. 先买小样，再入正装\n收藏备用～",
                                 "📖 Choosing new products without regrets, in three points:\n1. Read the first three ingredients\n"
                                 "2. Look for the complaint that keeps coming up in bad reviews\n3. Buy a sample before the full "
                                 "size\nSave it for later!")});
    say(p, "line-d3-topic", {k("说个扎心的：你买过最后悔的东西是什么？😂 我先来：买了三个月还没拆封的筋膜枪……",
                               "Confession time: what's the purchase you regret most? 😂 Me first: a massage gun still in its box "
                               "after three months...")});
    say(p, "line-d4-quiz", {k("🧠 有奖小问答，答对送 20 积分！\n1. 洗面奶成分表排第一的通常是什么？\n2. 防晒的 SPF 和 PA，哪个管防晒黑？\n3. 开封的面霜一般多久要用完？\n按“题号+答案”回复～",
                              "🧠 Quiz time: right answers earn 20 points!\n1. What's usually first on a face wash's ingredients "
                              "list?\n2. SPF or PA: which one is about tanning?\n3. How soon should an opened face cream be used "
                              "up?\nReply \"number + answer\"!")});
    say(p, "line-d5-perk", uses("script-notice"));
    say(p, "line-d6-showcase", {k("我来示范一下体验怎么写 ✍️\n【体验分享】\n试用：氨基酸洁面乳\n用了几天：7 天\n最喜欢的一点：洗完不紧绷\n不足：起泡有点慢\n推荐给：干皮和敏感肌",
                                  "Here's how I write a review ✍️\n[My review]\nTried: amino-acid face wash\nFor how many days: 7\n"
                                  "What I liked most: no tight feeling afterwards\nWhat could be better: slow to lather\nWho I'd "
                                  "recommend it to: dry and sensitive skin")});
    say(p, "line-d7-review", {k("📊 开群一周啦，谢谢大家 🙏\n这周新人任务完成得很棒，👇 小结在图里。\n花 1 分钟填个 3 题问卷，告诉我们下周想试什么～",
                                "📊 One week together: thank you 🙏\nYou did the newcomer tasks brilliantly; the summary is in the "
                                "picture 👇\nOne minute for a 3-question survey? Tell us what you'd like to try next.")});
    say(p, "line-join-task", {k("{称呼}你好，欢迎成为体验官 🎁\n👇 这是你的 7 天新人任务卡，每完成一项都有积分，满 100 积分换试用装～",
                                "Hi {name}, welcome aboard as a tester 🎁\n👇 Here's your 7-day task card: every task earns points, "
                                "and 100 points buy a trial pack.")});
    say(p, "line-weekly-summary", {k("📋 本周小结\n✅ 本周试用名单\n🏆 最佳体验\n🔜 下周试用预告\n👇 都在图里，下周一 20:00 开放报名～",
                                     "📋 This week\n✅ Who tested what\n🏆 The best review\n🔜 Next week's trial\n👇 All in the "
                                     "picture; sign-ups open on Monday at 20:00.")});
    // The first meet-up is on day 6, a Sunday when the group starts on a
    // Monday. The group takes six posts a day: the meet-up sends five (a
    // lighter run-sheet, templates_kit.hpp) and the day-6 reviews by the
    // crew stay. The 09:00 notice replaces the morning task, the product
    // manager's talk is that week's brand story (12:30), the meet-up is the
    // evening's chat, and its close sums up the week, so the morning, content
    // and evening slots and the Sunday summary are skipped that day.
    lighter_event(k, r.runsheets[0], k("今晚 {时间} 的见面会我报名啦！一直好奇「{主题}」，闹钟定好了⏰",
                                       "Signed up for tonight's meet-up at {time}! I've always wondered about \"{topic}\". Alarm set ⏰"));
    skip_on_event_day(p, r.runsheets[0], {"slot-morning", "slot-content", "slot-evening", "line-weekly-summary"},
                      k("见面会当天：09:00 的预告代替早安任务，产品经理的分享就是本周品牌故事，结尾的总结代替周日小结。",
                        "Meet-up day: the 09:00 notice replaces the morning task, the product manager's talk is this week's "
                        "brand story, and the close replaces the Sunday summary."));
    // The crew member's noon line follows the veterans' reviews (12:30 that
    // day) instead of landing on them.
    r.runsheets[0].steps[2].time = hm(12, 40);
    // The first week's tasks that say "in the evening slot" or "in the
    // know-how slot" are those slots' posts on their day.
    fold_into_slot(p, "line-d1-chain", "slot-evening",
                   k("第 1 天：20:00 的接龙（我最想试的一款产品）就是当晚的互动。",
                     "Day 1: the 20:00 chain (the product I most want to try) is that evening's post."));
    fold_into_slot(p, "line-d2-knowhow", "slot-content",
                   k("第 2 天：12:30 发第一篇干货（新品怎么挑不踩雷），代替当天的干货时段。",
                     "Day 2: the first know-how (choosing new products without regrets) is that day's 12:30 post."));
    fold_into_slot(p, "line-d3-topic", "slot-evening",
                   k("第 3 天：20:00 发第一个互动话题（最后悔的一次购物），代替当晚的互动或福利。",
                     "Day 3: the first interaction topic (the purchase you regret most) is that evening's post."));
    fold_into_slot(p, "line-d5-perk", "slot-evening",
                   k("第 5 天：20:00 发第一份福利（首次免费试用报名），代替当晚的互动或福利。",
                     "Day 5: the first perk (sign-ups for the first free trial) is that evening's post."));
    // The seven days are the group's launch and activation: days 0–2 to
    // arrive and introduce themselves, days 3–7 to talk and take the first
    // perk; selling (the tester rounds) starts with week two. The day-by-day
    // items come from the lines (fit_stages).
    Kpis& st = p.kpis;
    st.launch.start_day = 0, st.launch.end_day = 3;
    st.activation.start_day = 3, st.activation.end_day = 8;
    st.monetization.start_day = 8, st.monetization.end_day = 30;
    st.retention.start_day = 30, st.retention.end_day = std::nullopt;
    st.launch.goal = k("前 3 天：人到齐、改好昵称、做完自我介绍接龙，读到第一篇干货。",
                       "Days 0–2: everyone in, nicknames set, the intro chain done and the first know-how read.");
    st.activation.goal = k("第 3–7 天：每天有人接话题、答小问答，第一份试用福利有人报名，首周复盘收回问卷。",
                           "Days 3–7: people answer the topic and the quiz every day, the first trial gets sign-ups and the "
                           "first-week survey comes back.");
    // A new group's first weeks are for getting people to talk: its mix
    // leans to 促活 (the first week's day-by-day tasks are nearly all chat),
    // with the trials as its selling and the reviews as its brand.
    p.content.mix = {65, 20, 15, 10};
    return p;
}

}  // namespace core::tpl
