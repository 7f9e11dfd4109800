// 母婴: a baby store's club for new mothers — daily tips, a Wednesday expert
// Q&A, Friday member perks; refined operations on WeCom.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan mother_baby(const Kit& k) {
    Plan p = base_plan(k, Defaults{200, 150});
    Basics& b = p.basics;
    b.name = k("宝妈成长营 1 群", "Young Parents Club #1");
    b.industry = Industry::mother_baby;
    b.owner = k("小林", "Lin");
    b.city = k("杭州", "Hangzhou");
    b.positioning = {k("0–3 岁宝宝的新手妈妈", "new mothers of babies aged 0–3"),
                     k("育儿问题多、说法杂，不知道该信谁", "endless questions and conflicting parenting advice"),
                     k("每天一条育婴师把关的干货，每周一次专家答疑，再加会员专享的母婴好物价",
                       "a daily tip checked by a certified nanny, a weekly expert Q&A and member prices on baby essentials")};
    b.value_content = b.value_resources = b.value_price = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::medium, Scale::medium, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("小林（门店店长）", "Lin (store manager)"),
             k("定每月主题和福利预算，周五会员日亲自发福利，每周一看数据并和团队对齐。",
               "Sets the monthly theme and perk budget, hands out the Friday member-day perks in person, reviews the numbers "
               "with the team every Monday."));
    set_role(p, kAdmin, k("阿敏", "Min"),
             k("早安问候、晚间福利、欢迎新人和提醒改昵称；处理广告，售后问题 30 分钟内回复。",
               "Morning greeting, evening perk, welcoming newcomers and nickname reminders; removes ads, answers after-sales "
               "questions within 30 minutes."));
    set_role(p, kContent, k("王老师（高级育婴师）", "Ms Wang (senior nanny)"),
             k("每天 10:00 干货，周三答疑主讲，审核所有育儿内容，不做医疗诊断。",
               "Writes the 10:00 tip, hosts the Wednesday Q&A, checks every parenting post, never gives medical diagnoses."));
    set_role(p, kCrew, k("三位老会员妈妈", "Three long-time member mums"),
             k("话题开始时先回应，带头晒娃、晒单，新人发言一分钟内接话。",
               "Answer first when a topic starts, lead the baby and order photos, reply to newcomers within a minute."));
    rule(p, "rule-no-ads").text = k("不发广告、微商链接和其他群的二维码。", "No ads, reseller links or QR codes of other groups.");
    rule(p, "rule-no-quarrel").text = k("不争吵：育儿观念不同很正常，互相尊重。",
                                        "No quarrels: parents raise children differently, and that's fine; be kind.");
    rule(p, "rule-nickname").text = k("入群 24 小时内改群昵称：城市-宝宝月龄-称呼（如：杭州-8个月-朵朵妈）。",
                                      "Within 24 hours, set your nickname as city - baby's age - name (e.g. Hangzhou-8mo-Dora's mum).");
    rule(p, "rule-perks").text = k("每周五 20:00 会员福利，只在群内发放。", "Member perks every Friday at 20:00, in the group only.");
    s.announcement_intro = k("欢迎来到宝妈成长营！这里每天有育婴师把关的育儿干货，每周三晚有专家答疑，周五是会员福利日。",
                             "Welcome to the Young Parents Club! A nanny-checked parenting tip every day, an expert Q&A on "
                             "Wednesday evenings and member perks on Fridays.");
    set_script(p, "script-welcome", k("新人欢迎语", "Welcome for newcomers"),
               k("欢迎 @{新人} 加入宝妈成长营！🎉\n1. 先改群昵称：城市-宝宝月龄-称呼\n2. 按置顶的模板做个自我介绍，氛围组的妈妈们等你\n"
                 "3. 新人三天礼：连续三天 20:00 在群里领小福利\n有任何育儿问题，直接 @王老师。",
                 "Welcome to the club, @{newcomer}! 🎉\n1. Set your nickname: city - baby's age - name\n2. Introduce yourself "
                 "with the pinned template; our crew mums are waiting\n3. Three-day welcome: a small perk at 20:00 on each "
                 "of your first three days\nAny parenting question? Just @Ms Wang."));
    set_script(p, "script-intro", k("自我介绍模板", "Self-introduction template"),
               k("【自我介绍】\n称呼：\n城市：\n宝宝月龄：\n最近最头疼的事：\n想在群里收获：",
                 "[About me]\nName:\nCity:\nBaby's age:\nWhat worries me most right now:\nWhat I hope to get here:"));
    set_script(p, "script-notice", k("周三答疑活动通知", "Wednesday Q&A notice"),
               k("【今晚 20:00 专家答疑】\n主题：{主题}\n主讲：王老师（高级育婴师）\n现在就把问题发在群里，按“问题：”开头，"
                 "今晚优先解答。参与答疑的妈妈每人 +20 积分！",
                 "[Expert Q&A tonight at 20:00]\nTopic: {topic}\nHost: Ms Wang (senior nanny)\nPost your question now, "
                 "starting with \"Q:\"; tonight's answers go to those first. Everyone who joins gets 20 points!"));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：福利怎么领？\n答：每周五 20:00 在群里发，按当天的领取方式回复即可。\n"
                 "问：积分有什么用？\n答：100 积分换 5 元无门槛券，每月月底清点一次。\n"
                 "问：宝宝生病了能问吗？\n答：可以分享护理经验，但生病请及时就医，群里不做诊断。\n"
                 "问：买的东西有问题找谁？\n答：私聊管理员阿敏，30 分钟内回复。",
                 "Q: How do I get the perks?\nA: They are posted every Friday at 20:00; reply the way that day's post says.\n"
                 "Q: What are points for?\nA: 100 points buy a 5-yuan coupon; balances are counted at the end of each month.\n"
                 "Q: Can I ask when my baby is ill?\nA: Share care tips by all means, but see a doctor; the group gives no diagnoses.\n"
                 "Q: Who do I contact about an order?\nA: Message Min, our admin, privately; she replies within 30 minutes."));
    s.scripts.push_back({"script-recall", ScriptKind::custom, k("沉默成员召回私聊", "Private recall for silent members"),
                         k("{称呼}妈妈好呀，好久没在群里看到你了～宝宝现在{月龄}了吧？这周三王老师讲辅食添加，给你留了一份新人礼，回复 1 就发给你。",
                           "Hi {name}, we haven't seen you in the group for a while! Your baby must be {age} months now. "
                           "Ms Wang talks about starting solids this Wednesday, and we kept a welcome gift for you: reply 1 and it's yours.")});
    s.scripts.push_back({"script-showcase", ScriptKind::custom, k("晒单邀请", "Order photo invitation"),
                         k("收到货的妈妈们，晒一张宝宝使用的照片 + 一句真实感受，就能领 50 积分，本周晒单最走心的送一包湿巾！",
                           "Got your order? Post a photo of your baby using it plus one honest line and earn 50 points; the most "
                           "heartfelt post this week wins a pack of wipes!")});
    s.visuals = {k("粉杏色底 + 门店 logo，写“宝妈成长营”，小图也清楚。", "Soft apricot background with the store logo and \"Young Parents Club\", clear even when small."),
                 k("群公告：标题 +【群规】三条 +【时间表】08:30 / 10:00 / 15:00 / 20:00，每段不超过三行。",
                   "Announcement: a title, [Rules] in three lines, [Timetable] 08:30 / 10:00 / 15:00 / 20:00; no block over three lines."),
                 k("群内海报 1080×1920；答疑预告 1080×1440；商品图 800×800 白底。",
                   "In-group posters 1080×1920; Q&A previews 1080×1440; product shots 800×800 on white.")};
    s.pilot.tests = k("新人欢迎流程是否顺畅、20:00 福利的领取率、周三答疑能否坚持一小时。",
                      "Whether the welcome flow runs smoothly, how many claim the 20:00 perk, whether the Wednesday Q&A holds for an hour.");
    s.pilot.feedback = k("试运行结束后在这里记录：哪个时段打开最多、妈妈们最想听的话题、退群人数和原因。",
                         "After the pilot, note here: which slot was opened most, the topics mums asked for, how many left and why.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-greeting", hm(8, 30), k("早安问候 + 今日育儿小提醒", "Good morning + today's parenting reminder"),
         Category::activation, Format::text, kAdmin, 1},
        {"slot-knowledge", hm(10, 0), k("育儿干货", "Parenting know-how"), Category::brand, Format::image_text, kContent, 1},
        {"slot-topic", hm(15, 0), k("下午互动话题", "Afternoon topic"), Category::activation, Format::qa, kCrew, 1},
        {"slot-perk", hm(20, 0), k("晚间福利 / 好物推荐", "Evening perk / product pick"), Category::conversion,
         Format::image_text, kAdmin, 2},
    };
    r.columns = {
        {"col-weekly-brief", k("周一育儿周报", "Monday parenting brief"), 1, "slot-knowledge", Category::activation,
         Format::image_text, Color::blue, kContent, k("一周育儿新闻和月龄对照要点。", "The week's parenting news and age-by-age pointers.")},
        {"col-food-chain", k("辅食接龙", "Baby-food chain"), 2, "slot-topic", Category::activation, Format::chain,
         Color::green, kCrew, k("接龙晒今天的辅食，附月龄。", "A chain of today's baby meals, with the baby's age.")},
        {"col-expert-qa", k("周三专家答疑夜", "Wednesday expert Q&A"), 3, "slot-perk", Category::brand, Format::live,
         Color::purple, kContent, k("王老师答疑一小时，按运行单执行。", "One hour of Q&A with Ms Wang, run by the run-sheet.")},
        {"col-review", k("周四好物测评", "Thursday product review"), 4, "slot-knowledge", Category::conversion,
         Format::video, Color::orange, kContent, k("一件商品的真实测评：优点、缺点、适合谁。", "An honest review of one product: pros, cons, who it suits.")},
        {"col-member-day", k("周五会员日", "Friday member day"), 5, "slot-perk", Category::conversion, Format::poster,
         Color::red, kOwner, k("会员价 + 前 50 单赠品，群主亲自发。", "Member prices and a gift for the first 50 orders, posted by the owner.")},
        {"col-baby-show", k("周六萌娃秀", "Saturday baby photos"), 6, "slot-topic", Category::activation, Format::image_text,
         Color::yellow, kCrew, k("晒娃 + 一句成长记录，点赞最多的送积分。", "Baby photos with a one-line milestone; most liked wins points.")},
        {"col-mum-story", k("周日妈妈故事", "Sunday mum's story"), 7, "slot-knowledge", Category::brand, Format::image_text,
         Color::teal, kContent, k("征集一位会员妈妈的育儿故事。", "One member mum's story, submitted by her.")},
    };
    month_task(p, "month-theme").detail = k("定本月育儿主题（如“辅食添加月”），排好周三答疑的题目和周五福利。",
                                            "Pick the month's theme (e.g. starting solids), the Wednesday Q&A topics and the Friday perks.");
    r.month_tasks.push_back({"month-material", MonthPhase::end, 25, k("下月素材准备", "Next month's material"),
                             k("拍好下月测评视频，做好会员日海报和倒计时图。", "Shoot next month's review videos, make the member-day and countdown posters."),
                             kContent});
    r.routine = {
        {"line-day0-welcome", RoutinePhase::cold_start, created(0, 9, 0), k("开群欢迎 + 群规 + 自我介绍模板", "Opening welcome + rules + self-intro template"),
         k("发欢迎语，置顶群公告，发自我介绍模板；氛围组三位妈妈先做示范。",
           "Post the welcome, pin the announcement, share the self-intro template; the three crew mums introduce themselves first."),
         Category::brand, Format::text, kAdmin, 1},
        {"line-day1-gift", RoutinePhase::cold_start, created(1, 12, 0), k("新人三天礼·第 1 天", "Three-day welcome, day 1"),
         k("改好昵称的新人领一包试用装湿巾。", "Newcomers with their nickname set get a trial pack of wipes."), Category::conversion,
         Format::text, kAdmin, 1},
        {"line-day3-topic", RoutinePhase::cold_start, created(3, 15, 0), k("第一个互动话题", "First interaction topic"),
         k("用 15:00 话题时段发：“宝宝几点睡？说说你家的哄睡绝招”，氛围组先接，王老师点评。",
           "In the 15:00 topic slot: \"What time does your baby sleep? Share your best bedtime trick\"; the crew answers "
           "first, Ms Wang comments."),
         Category::activation, Format::qa, kCrew, 1},
        {"line-day7-review", RoutinePhase::cold_start, created(7, 21, 0), k("首周小结 + 问卷", "First-week wrap-up + survey"),
         k("发本周精华汇总和 3 题小问卷：最想听的话题、最方便的时间、想要的福利。",
           "Post the week's highlights and a 3-question survey: topics wanted, best times, perks wanted."),
         Category::brand, Format::image_text, kOwner, 1},
        {"line-join-welcome", RoutinePhase::cold_start, joined(0, 20, 30), k("新人私聊问候", "Private hello to a newcomer"),
         k("私聊新人：问宝宝月龄，发新人礼领取方式，打上月龄标签。", "Message the newcomer: ask the baby's age, explain the welcome gift, tag them by age."),
         Category::activation, Format::text, kAdmin, 1},
        {"line-join-day3", RoutinePhase::cold_start, joined(3, 20, 30), k("入群第 3 天回访", "Day-3 check-in"),
         k("私聊问问这几天的内容是否有用，推荐一篇对应月龄的干货。", "Ask privately whether the posts help, and share a tip for the baby's age."),
         Category::activation, Format::text, kAdmin, 1},
        {"line-flash-sale", RoutinePhase::mature, weekly(4, 21, 0), k("周四限时秒杀预告", "Thursday flash-sale preview"),
         k("倒计时海报 + 限量券预告：明晚会员日 20:00 开抢。", "Countdown poster and a limited coupon: the member-day sale opens tomorrow at 20:00."),
         Category::conversion, Format::poster, kAdmin, 1},
        {"line-weekly-review", RoutinePhase::mature, weekly(7, 21, 0), k("周日内容复盘", "Sunday content review"),
         k("看本周各时段打开率和互动，标出最差 20% 的内容下周替换。", "Check the week's open and interaction rates per slot; mark the bottom 20% to replace."),
         Category::brand, Format::other, kContent, 0},
    };
    // The first Wednesday after the first-week wrap-up (day 7), so the two
    // never share an evening, whatever weekday the group starts on.
    const Date qa_day = next_weekday(k.day(8), 3);
    as_tasks(p, {"line-weekly-review"});   // the team's work, not group posts
    r.runsheets = {nine_step_runsheet(k, {"run-expert-qa", k("专家答疑夜：辅食添加", "Expert Q&A night: starting solids"), qa_day,
                                          hm(20, 0), k("王老师", "Ms Wang"), k("辅食添加的顺序和分量", "what to start with, and how much"),
                                          k("辅食碗勺套装抽奖 3 份", "a prize draw for three baby bowl-and-spoon sets")})};
    const Date sale = next_month_day(k.start, 6, 1);
    r.campaigns = {
        {"camp-618", CampaignKind::shopping_festival, k("618 囤货节", "618 stock-up sale"), sale, Date{sale.days + 17},
         k("会员复购率提升到 35%，纸尿裤和奶粉囤货。", "Lift member repurchase to 35% with nappy and formula stock-ups."),
         k("6/1 起每天一款预告，6/15 专场群开售，6/18 返场。满 299 减 40，前 50 单送辅食碗。",
           "A daily preview from 1 June, the sale in a separate group from 15 June, a final round on 18 June. 40 off "
           "299, a baby bowl for the first 50 orders."),
         true, k("宝妈 618 囤货专场群", "618 stock-up group"),
         k("6/19 在主群发战报：成交单数、最受欢迎的三件商品、下次活动预告；专场群 3 天后解散。",
           "On 19 June post the results in the main group: orders, the three favourite products and the next event; "
           "close the sale group three days later."),
         ""},
        {"camp-member-day", CampaignKind::member_day, k("月度会员日", "Monthly member day"), k.day(30), k.day(30),
         k("让会员感到被特别对待，带动老客复购。", "Make members feel special and bring regulars back to buy."),
         k("会员专享价 + 积分双倍 + 王老师一对一答疑 10 个名额。", "Member prices, double points and ten one-to-one sessions with Ms Wang."),
         false, "", "", ""},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-speak", k("有效发言一次", "A helpful message"), 10, 50},
                       {"pts-checkin", k("每日签到", "Daily check-in"), 5, 5},
                       {"pts-qa", k("参与周三答疑", "Joining the Wednesday Q&A"), 20, 20},
                       {"pts-photo", k("晒单（图 + 感受）", "Order photo with a comment"), 50, 50},
                       {"pts-invite", k("邀请一位新妈妈入群", "Inviting a new mum"), 100, 300}};
    in.rewards = {{"rew-coupon", 100, k("5 元无门槛券", "A 5-yuan coupon, no minimum")},
                  {"rew-wipes", 300, k("婴儿湿巾一提", "A pack of baby wipes")},
                  {"rew-consult", 800, k("王老师一对一咨询 30 分钟", "30 minutes one-to-one with Ms Wang")}};
    in.levels = {{"lvl-new", k("新手妈妈", "New mum"), 0, k("新人三天礼、周五会员价", "Three-day welcome, Friday member prices")},
                 {"lvl-growing", k("成长妈妈", "Growing mum"), 500, k("全场 95 折、生日礼", "5% off everything, a birthday gift")},
                 {"lvl-gold", k("金牌妈妈", "Gold mum"), 2000, k("全场 9 折、新品优先试用、进核心妈妈群", "10% off, first to try new products, a seat in the core mums' group")}};
    in.products = {{"prod-wipes", k("婴儿湿巾 10 包装", "Baby wipes, 10 packs"), ProductRole::traffic, 29.9, k("价格透明的引流款，带新人下第一单。", "A well-known price that draws in first orders.")},
                   {"prod-sample", k("有机米粉试用装", "Organic rice cereal trial pack"), ProductRole::perk, 1, k("1 元福利，晒单即返积分。", "One yuan; an order photo earns the points back.")},
                   {"prod-formula", k("有机奶粉 800g", "Organic formula 800 g"), ProductRole::profit, 268, k("主要利润来源，会员价 248。", "The main margin; members pay 248.")},
                   {"prod-gift-box", k("群专属新生儿礼盒", "Group-only newborn gift box"), ProductRole::exclusive, 199, k("不对外销售，只在会员日上架。", "Not sold elsewhere; only on member days.")}};
    in.promotions = {
        {"promo-first50", PromotionKind::limited_time, k("前 50 单送辅食碗", "Baby bowl for the first 50 orders"),
         k("会员日 20:00 开始，前 50 单送辅食碗一只，按付款顺序。", "From 20:00 on member day, the first 50 paid orders get a baby bowl."),
         k("⏰ 今晚 20:00 会员日开抢！前 50 单送辅食碗（已送出 {n}/50），手慢无～", "⏰ Member day opens at 20:00 tonight! The first 50 orders get a baby bowl ({n}/50 gone), so be quick!")},
        {"promo-chain", PromotionKind::group_buy, k("纸尿裤接龙团", "Nappy group-buy chain"),
         k("接龙满 10 单按团购价发货，不满 10 单按原价退差。", "Ships at the group price once 10 sign up; below 10, the difference is refunded."),
         k("【纸尿裤接龙】团购价 {价格}，满 10 单发货！\n1. {称呼} L码×2\n2.", "[Nappy chain] Group price {price}, ships at 10 orders!\n1. {name} L×2\n2.")},
        {"promo-sleep", PromotionKind::checkin, k("21 天早睡打卡", "21-day early-bedtime check-in"),
         k("连续 21 天 21:00 前晒宝宝入睡，全勤送睡袋一只。", "Post your baby asleep before 21:00 for 21 days in a row; full attendance wins a sleeping bag."),
         k("第 {天数} 天打卡：宝宝 {时间} 入睡 ✅ 今天的小心得：", "Day {n} check-in: asleep at {time} ✅ Today's tip:")},
        {"promo-bundle", PromotionKind::bundle, k("奶粉 + 米粉组合", "Formula + cereal bundle"),
         k("买奶粉送米粉试用装，不单独对外销售。", "Buy formula, get a cereal trial pack; this bundle is not sold elsewhere."),
         k("群内专享：买任意一罐有机奶粉，送有机米粉试用装一盒，仅限本周。", "Group only: buy any tin of organic formula and get a trial box of organic cereal, this week only.")},
    };
    // ---- what each line sends ----
    say(p, "slot-greeting", {k("☀️ 宝妈们早上好！\n今日小提醒：判断宝宝冷不冷，摸后颈别摸小手，后颈温热、不出汗就刚刚好。\n有育儿问题随时 @王老师 🌷",
                               "☀️ Good morning, mums!\nToday's reminder: to tell whether your baby is cold, feel the back of the neck, "
                               "not the hands; warm and dry is just right.\nAny parenting question, just @Ms Wang 🌷")});
    say(p, "slot-knowledge", {k("📚 今日育儿干货｜王老师把关\n👇 要点都在图里，建议收藏。看完有疑问直接在群里问，王老师午休前统一回复。",
                                "📚 Today's parenting tip, checked by Ms Wang\n👇 The key points are in the picture: save it. Questions? "
                                "Ask here and Ms Wang answers them all before lunch.")});
    say(p, "slot-topic", {k("☕ 下午茶时间，来聊两句～\n今天的话题：宝宝最近做了什么让你又好气又好笑的事？说出来让大家乐一乐 😂",
                            "☕ Afternoon tea, time for a chat!\nToday's topic: what has your little one done lately that drove you "
                            "mad and made you laugh? Tell us 😂")});
    say(p, "slot-perk", {k("🎁 今晚福利来啦！\n👇 今天的好物和群内价都在图里，回复“想要”，阿敏私信发你链接。数量有限，先到先得～",
                           "🎁 Tonight's perk is here!\n👇 Today's pick and its group price are in the picture. Reply \"want\" and Min "
                           "sends you the link privately. Limited stock, first come, first served!")});
    say(p, "col-weekly-brief", {k("📰 周一育儿周报｜{日期}\n1. 各月龄发育对照\n2. 一周育儿新闻速览\n3. 本周三答疑预告\n👇 长图收藏起来，这一周都用得上",
                                  "📰 Monday parenting brief | {date}\n1. What to expect at each age\n2. The week's parenting news\n"
                                  "3. This Wednesday's Q&A\n👇 Save the picture; it's handy all week")});
    say(p, "col-food-chain", {k("🥣 辅食接龙开始啦！晒晒宝宝今天吃了什么，格式：月龄｜辅食\n1. 8 个月｜南瓜小米粥（朵朵妈）\n2.",
                                "🥣 Baby-food chain! Show us what your baby ate today: age | meal\n1. 8 months | pumpkin and millet "
                                "porridge (Dora's mum)\n2.")});
    say(p, "col-expert-qa", {k("🌙 专家答疑夜开始啦！王老师在线一小时～\n问题用“问题：”开头发在群里，按顺序解答。参与答疑的妈妈 +20 积分 ✨",
                               "🌙 The expert Q&A starts now: Ms Wang is with us for an hour!\nStart your question with \"Q:\" and "
                               "she takes them in order. Everyone who joins gets 20 points ✨")});
    say(p, "col-review", {k("🔍 周四好物测评\n👇 这周测的是视频里这款：优点、缺点、适合多大的宝宝，王老师都说清楚了，不吹不黑。\n用过的妈妈也来补充～",
                            "🔍 Thursday product review\n👇 This week's product is in the video: pros, cons and the ages it suits, "
                            "told straight by Ms Wang.\nUsed it? Add your view!")});
    say(p, "col-member-day", {k("🎉 周五会员日开抢啦！\n会员专享价，前 50 单送辅食碗一只 🥣\n👇 扫海报上的码下单，有问题 @阿敏",
                                "🎉 Friday member day is open!\nMember prices, and a baby bowl for the first 50 orders 🥣\n👇 Scan the "
                                "code on the poster to order; questions to @Min")});
    say(p, "col-baby-show", {k("📸 周六萌娃秀！\n晒一张宝宝这周的照片 + 一句成长记录，比如“会自己翻身啦！”\n点赞最多的宝宝送 50 积分 🏆",
                               "📸 Saturday baby photos!\nPost a photo from this week and one milestone, like \"Rolled over all by "
                               "herself!\"\nThe most-liked baby wins 50 points 🏆")});
    say(p, "col-mum-story", {k("💌 周日妈妈故事\n👇 今天是群里一位妈妈的带娃日常，看完说说哪句最戳你～\n也想分享自己故事的妈妈，私信阿敏报名。",
                               "💌 Sunday mum's story\n👇 One of our mums on everyday life with a little one. Tell us which line "
                               "rang true for you.\nWould you like to share yours? Message Min.")});
    say(p, "month-theme", {k("📅 本月主题：辅食添加月 🥕\n每周三答疑都围绕辅食讲，周五会员日上辅食好物。想听哪个具体问题，现在就留言～",
                             "📅 This month's theme: starting solids 🥕\nEvery Wednesday Q&A is about first foods, and Friday member "
                             "days bring feeding essentials. Tell us what you'd like covered!")});
    say(p, "month-survey", {k("📝 月中小调查，3 题 1 分钟：\n1. 最想听什么育儿话题？\n2. 几点看群最方便？\n3. 想要什么福利？\n回复“题号+答案”就行，参与送 10 积分 🙏",
                              "📝 Mid-month survey, 3 questions, 1 minute:\n1. Which parenting topic do you want most?\n2. When do you "
                              "usually read the group?\n3. Which perks would you like?\nReply \"number + answer\"; taking part earns 10 "
                              "points 🙏")});
    say(p, "line-day0-welcome", {k("🎉 宝妈成长营 1 群开群啦！\n每天王老师把关的育儿干货，每周三晚专家答疑，周五会员福利。\n先看一眼置顶群公告，再按模板做个自我介绍👇 三位老会员妈妈已经先介绍啦～",
                                   "🎉 The Young Parents Club #1 is open!\nA tip checked by Ms Wang every day, an expert Q&A on Wednesday "
                                   "evenings, member perks on Fridays.\nHave a look at the pinned announcement, then introduce yourself "
                                   "with the template 👇 Three of our long-time mums have gone first!")});
    say(p, "line-day1-gift", {k("🎁 新人三天礼·第 1 天\n已经改好昵称（城市-月龄-称呼）的妈妈，回复“1”领试用装湿巾一包，明天统一寄出～",
                                "🎁 Three-day welcome, day 1\nIf your nickname is set (city - baby's age - name), reply \"1\" for a "
                                "trial pack of wipes; they all go out tomorrow!")});
    say(p, "line-day3-topic", {k("🌙 今天聊聊哄睡：宝宝一般几点睡？说说你家的哄睡绝招！\n王老师晚点挑几个方法点评～",
                                 "🌙 Let's talk bedtime: what time does your baby go to sleep? Share your best trick!\nMs Wang will "
                                 "comment on a few later.")});
    say(p, "line-day7-review", {k("📊 开群一周啦，谢谢每一位妈妈 💐\n👇 本周精华整理成了长图，方便收藏。\n再占用 1 分钟填个 3 题小问卷：最想听的话题、最方便的时间、想要的福利，我们照着调整～",
                                  "📊 One week together: thank you, every one of you 💐\n👇 The week's best bits are in one picture to "
                                  "save.\nOne more minute for a 3-question survey (topics, best times, perks you want)? We'll adjust to "
                                  "your answers.")});
    say(p, "line-join-welcome", {k("{称呼}你好呀，我是管理员阿敏 🌷 宝宝现在几个月啦？告诉我月龄，以后给你推对应月龄的干货。\n新人三天礼：连续三天 20:00 在群里领小福利，别错过哦～",
                                   "Hi {name}, I'm Min, the group's admin 🌷 How old is your baby? Tell me and I'll send you tips for "
                                   "that age.\nThree-day welcome: a small perk in the group at 20:00 on each of your first three days, "
                                   "so don't miss it!")});
    say(p, "line-join-day3", {k("{称呼}，进群三天啦，这几天的内容对你有用吗？😊\n给你挑了一篇对应宝宝月龄的干货👇 有问题随时找我～",
                                "{name}, it's been three days: are the posts useful so far? 😊\nHere's a tip picked for your baby's "
                                "age 👇 Ask me anything, any time.")});
    say(p, "line-flash-sale", {k("⏳ 明晚 20:00 会员日开抢！\n限量券 + 前 50 单送辅食碗，👇 海报先存好，明晚准时来～",
                                 "⏳ Member day opens tomorrow at 20:00!\nLimited coupons and a baby bowl for the first 50 orders. "
                                 "👇 Save the poster and be here on time!")});
    // The Q&A night sends its notice from the starter kit. On the night the
    // club sends six posts, its whole budget: the run-sheet's five (a
    // small-group run-sheet, templates_kit.hpp) and the 10:00 tip. The 09:00
    // notice is the morning post, the crew's noon reminder and the questions
    // it draws fill the afternoon, and the Q&A is that Wednesday's 20:00
    // column, so the greeting, the topic and the column are skipped that day.
    Runsheet& qa = r.runsheets[0];
    qa.steps[1].message = uses("script-notice");
    lighter_event(k, qa, k("我报名啦，闹钟也定好了⏰ 今晚 {时间} 一起听「{主题}」，姐妹们别迟到～",
                                   "Signed up and alarm set ⏰ See you all at {time} for \"{topic}\"!"));
    skip_on_event_day(p, qa, {"slot-greeting", "slot-topic", "slot-perk"},
                      k("答疑夜：09:00 的预告代替早安，午间由氛围组提醒，20:00 按运行单执行。",
                        "Q&A night: the 09:00 notice replaces the greeting, the crew gives the noon reminder, and 20:00 follows "
                        "the run-sheet."));
    // The first topic is the day's 15:00 topic, whatever weekday the club opens on.
    fold_into_slot(p, "line-day3-topic", "slot-topic",
                   k("开群第 3 天：15:00 发第一个互动话题（哄睡），代替当天的下午话题。",
                     "Day 3: the first interaction topic (bedtime) is the 15:00 topic that day."));
    // Thursday is the week's fullest day (the flash-sale preview): an opening
    // welcome, a day-1 gift or a day-7 wrap-up that lands on it takes the
    // place of a post that does the same job that day.
    make_room(p, k.day(0), "line-day0-welcome", {"slot-greeting"},
              k("开群当天：09:00 的开群欢迎就是早上的第一条，早安问候停一天，免得超出每日预算。",
                "Opening day: the 09:00 welcome is the morning's first post, so no greeting, which keeps the day within "
                "budget."));
    make_room(p, line_date(p, "line-day1-gift"), "line-day1-gift", {"slot-topic"},
              k("新人三天礼第 1 天：妈妈们回复领礼就是当天的互动，下午话题停一天，免得超出每日预算。",
                "Welcome gift, day 1: mums replying for their gift is the day's chat, so no afternoon topic, which keeps "
                "the day within budget."));
    make_room(p, line_date(p, "line-day7-review"), "line-day7-review", {"slot-topic"},
              k("首周小结这天：晚上的 3 题小问卷就是当天的互动，下午话题停一天，免得超出每日预算。",
                "First-week wrap-up: the evening's 3-question survey is the day's chat, so no afternoon topic, which keeps "
                "the day within budget."));

    p.content.mix = {50, 30, 20, 10};
    kpi(p, "launch-join").target = 65;
    return p;
}

}  // namespace core::tpl
