// 本地生活/餐饮: one store's perks group in a restaurant chain — lunch sets,
// dinner bookings, a member day and new-dish tastings.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan local_life(const Kit& k) {
    Plan p = base_plan(k, Defaults{350, 85});
    Basics& b = p.basics;
    b.name = k("湘味小馆·滨江店福利群", "Xiang Kitchen Riverside: Perks Group");
    b.industry = Industry::local_life;
    b.owner = k("刘店长", "Manager Liu");
    b.city = k("长沙", "Changsha");
    b.positioning = {k("门店 3 公里内的上班族和家庭", "office workers and families within 3 km of the restaurant"),
                     k("午饭不知道吃什么，周末聚餐要排队", "never sure what to have for lunch, and queues for weekend dinners"),
                     k("每天公布午市套餐、群内专享价和订座通道，周三会员日 8 折",
                       "the daily lunch set, group-only prices and a booking line, with 20% off on Wednesday member days")};
    b.value_price = b.value_information = true;
    b.group_type = GroupType::broadcast;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::large, Scale::medium, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("刘店长", "Manager Liu"),
             k("定每周菜单和优惠力度，周三会员日亲自发券，处理差评。", "Sets the weekly menu and discounts, posts the Wednesday member coupon in person, deals with bad reviews."));
    set_role(p, kAdmin, k("前厅小芳", "Fang (front of house)"),
             k("发午市套餐、晚市订座和排队情况，接订座和外卖咨询。", "Posts the lunch set, dinner bookings and queue times; takes bookings and delivery questions."));
    set_role(p, kContent, k("主厨阿武", "Chef Wu"),
             k("拍菜品和后厨视频，讲食材来历，设计新菜试吃。", "Films dishes and the kitchen, tells where ingredients come from, plans new-dish tastings."));
    set_role(p, kCrew, k("四位常客", "Four regulars"),
             k("晒菜、写点评，带动订座接龙。", "Post dish photos and reviews, start the booking chains."));
    rule(p, "rule-no-ads").text = k("不发其他餐厅和外卖平台的广告。", "No ads for other restaurants or delivery apps.");
    rule(p, "rule-nickname").text = k("入群请改昵称：称呼-小区/公司（方便送餐和订座）。", "Set your nickname to name - estate or company (for deliveries and bookings).");
    rule(p, "rule-perks").text = k("每周三会员日 8 折，券只在群内发。", "20% off on Wednesday member days; coupons are posted in the group only.");
    s.announcement_intro = k("欢迎来到湘味小馆滨江店福利群！每天 10:30 午市套餐、17:00 晚市订座，周三会员日全场 8 折。",
                             "Welcome to Xiang Kitchen Riverside's perks group! The lunch set at 10:30, dinner bookings at 17:00 and "
                             "20% off everything on Wednesday member days.");
    set_script(p, "script-welcome", k("新人欢迎语", "Welcome for newcomers"),
               k("欢迎 @{新人}！🌶 进群礼：到店出示本条消息，送招牌小炒一份（满 100 元可用）。订座请直接 @小芳。",
                 "Welcome, @{newcomer}! 🌶 Show this message in the restaurant for a free signature stir-fry with any bill "
                 "over 100 yuan. To book a table, @Fang."));
    set_script(p, "script-intro", k("自我介绍模板", "Self-introduction template"),
               k("【我是】{称呼}\n住在/在附近上班：\n能吃辣吗：不辣 / 微辣 / 特辣\n最爱的菜：", "[I'm] {name}\nLive / work nearby:\nSpice level: none / mild / hot\nFavourite dish:"));
    set_script(p, "script-notice", k("新菜试吃通知", "New-dish tasting notice"),
               k("【周一新菜试吃】\n本周新菜：{菜名}\n周一 18:00–19:00 限 10 位，免费试吃，写一句真实点评即可\n回复“试吃+人数”报名，先到先得。",
                 "[Monday new-dish tasting]\nThis week's new dish: {dish}\nMonday 18:00–19:00, ten places, free in exchange "
                 "for one honest line of review\nReply \"taste + party size\"; first come, first served."));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：怎么订座？\n答：@小芳 或回复“订座+人数+时间”。\n问：券能和其他优惠叠加吗？\n答：群内券不与其他折扣同享。\n问：能外卖吗？\n答：3 公里内可以，11:00 前下单午饭准时送到。\n问：停车方便吗？\n答：商场地下车库，消费满 150 元免 2 小时。",
                 "Q: How do I book?\nA: @Fang or reply \"book + party size + time\".\nQ: Can coupons be combined?\nA: Group "
                 "coupons don't combine with other discounts.\nQ: Do you deliver?\nA: Within 3 km; order before 11:00 for "
                 "lunch on time.\nQ: Is there parking?\nA: In the mall's basement, two hours free with a bill over 150."));
    s.scripts.push_back({"script-review", ScriptKind::custom, k("点评邀请", "Review invitation"),
                         k("今天吃得还满意吗？在点评平台写一句真实评价并截图发群里，下次到店送饮品一杯。", "Did you enjoy your meal? Write an honest review on the rating app and post a screenshot here for a free drink next time.")});
    s.visuals = {k("店招红底 + 辣椒图标，写“滨江店福利群”。", "Signboard red with a chilli icon and \"Riverside perks\"."),
                 k("公告：营业时间、订座方式、会员日、停车信息各一行。", "Announcement: opening hours, booking, member day and parking, one line each."),
                 k("菜品图 1080×1080；会员日海报 1080×1920；菜单长图宽 1080。", "Dish photos 1080×1080; member-day posters 1080×1920; long menu images 1080 wide.")};
    s.pilot.group_size = 100;
    s.pilot.tests = k("午市套餐推送后的到店和外卖单量、进群礼核销率。", "Lunch orders and walk-ins after the lunch post, redemption of the joining gift.");
    s.pilot.feedback = k("记录群内订座数、核销券数和顾客对口味的反馈。", "Note group bookings, coupons redeemed and comments on the food.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-lunch", hm(10, 30), k("今日午市套餐", "Today's lunch set"), Category::conversion, Format::image_text, kAdmin, 2},
        {"slot-afternoon", hm(14, 30), k("下午茶 / 互动", "Afternoon tea / chat"), Category::activation, Format::qa, kCrew, 1},
        {"slot-dinner", hm(17, 0), k("晚市订座 + 排队情况", "Dinner bookings + queue times"), Category::conversion, Format::text, kAdmin, 1},
        {"slot-evening", hm(20, 30), k("菜品故事 / 明日预告", "Dish story / tomorrow's preview"), Category::brand, Format::image_text, kContent, 1},
    };
    r.columns = {
        {"col-tasting", k("周一新菜试吃", "Monday new-dish tasting"), 1, "slot-afternoon", Category::activation, Format::chain, Color::green, kContent,
         k("10 个免费试吃名额，接龙报名。", "Ten free places, sign up in a chain.")},
        {"col-member-day", k("周三会员日", "Wednesday member day"), 3, "slot-lunch", Category::conversion, Format::poster, Color::red, kOwner,
         k("全场 8 折，券当天有效。", "20% off everything; the coupon lasts the day.")},
        {"col-kitchen", k("周四后厨探秘", "Thursday in the kitchen"), 4, "slot-evening", Category::brand, Format::video, Color::blue, kContent,
         k("主厨讲一道菜的做法和食材来源。", "The chef shows how one dish is made and where its ingredients come from.")},
        {"col-weekend-booking", k("周五周末订座接龙", "Friday weekend booking chain"), 5, "slot-dinner", Category::conversion, Format::chain, Color::orange, kAdmin,
         k("接龙预订周末包间和大桌。", "Book weekend private rooms and big tables in a chain.")},
        {"col-family", k("周六亲子套餐", "Saturday family set"), 6, "slot-lunch", Category::conversion, Format::image_text, Color::yellow, kAdmin,
         k("两大一小套餐，送儿童餐具。", "A set for two adults and a child, with a kids' cutlery gift.")},
        {"col-photos", k("周日食客晒图", "Sunday diners' photos"), 7, "slot-afternoon", Category::activation, Format::image_text, Color::teal, kCrew,
         k("晒本周到店照片，点赞最多的送招牌菜。", "Post photos from this week's visit; the most liked wins a signature dish.")},
    };
    r.month_tasks.push_back({"month-menu", MonthPhase::start, 3, k("本月新菜和季节菜单", "This month's new and seasonal dishes"),
                             k("主厨定两道新菜和试吃安排。", "The chef picks two new dishes and plans the tastings."), kContent});
    r.routine = {
        {"line-day0-welcome", RoutinePhase::cold_start, created(0, 11, 0), k("开群欢迎 + 进群礼", "Opening welcome + joining gift"),
         k("发欢迎语、群公告和进群礼使用方式。", "Post the welcome, the announcement and how to use the joining gift."), Category::conversion, Format::text, kAdmin, 1},
        {"line-day1-spice", RoutinePhase::cold_start, created(1, 14, 30), k("口味小调查", "Spice poll"),
         k("在下午时段问：“你能吃多辣？”回复 1 不辣 / 2 微辣 / 3 特辣，用来定新菜辣度。", "In the afternoon slot ask: \"How hot do you like it?\" 1 none, 2 mild, 3 hot; the answers set the new dishes' spice."),
         Category::activation, Format::qa, kCrew, 1},
        {"line-day2-first-deal", RoutinePhase::cold_start, created(2, 10, 30), k("第一次群内专享价", "First group-only price"),
         k("午市套餐群内价 29.9 元，限 50 份。", "Lunch set at 29.9 for the group, 50 servings."), Category::conversion, Format::poster, kAdmin, 2},
        {"line-day3-topic", RoutinePhase::cold_start, created(3, 20, 30), k("第一个互动话题", "First interaction topic"),
         k("在晚间时段问：“最想让主厨做哪道家乡菜？”，被选中的送试吃。", "In the evening slot ask: \"Which home-town dish should the chef cook?\"; the chosen one wins a tasting."),
         Category::activation, Format::qa, kContent, 1},
        {"line-join-gift", RoutinePhase::cold_start, joined(0, 11, 0), k("进群礼私发", "Joining gift, privately"),
         k("私聊发进群礼券和门店地址。", "Send the joining coupon and the address privately."), Category::conversion, Format::text, kAdmin, 1},
        {"line-join-review", RoutinePhase::cold_start, joined(5, 20, 0), k("到店后回访", "After the first visit"),
         k("问用餐感受，邀请写点评。", "Ask how the meal was and invite a review."), Category::brand, Format::text, kAdmin, 1},
        {"line-member-preview", RoutinePhase::mature, weekly(2, 20, 0), k("会员日预告", "Member-day preview"),
         k("明天会员日 8 折，倒计时海报 + 订座提醒。", "Member day tomorrow, 20% off: a countdown poster and a booking reminder."), Category::conversion, Format::poster, kAdmin, 1},
        {"line-rainy", RoutinePhase::mature, daily(11, 15), k("午市余位 / 外卖提醒", "Lunch tables left / delivery reminder"),
         k("发午市剩余座位，雨天改发外卖满减。", "Post tables left for lunch; on rainy days, a delivery discount instead."), Category::conversion, Format::text, kAdmin, 1},
    };
    r.runsheets = {nine_step_runsheet(k, {"run-tasting", k("新菜品鉴会", "New-dish tasting evening"), next_weekday(k.day(7), 1), hm(18, 0),
                                          k("主厨阿武", "Chef Wu"), k("春季新菜：剁椒鱼头升级版", "spring's new dish: the upgraded chilli fish head"),
                                          k("试吃食客每人一张 20 元券", "a 20-yuan coupon for every taster")})};
    const Date anniversary = k.day(45);
    r.campaigns = {
        {"camp-anniversary", CampaignKind::festival, k("门店周年庆", "Store anniversary"), anniversary, Date{anniversary.days + 6},
         k("一周内群内订座 300 桌。", "300 group bookings in one week."),
         k("周年庆 7 天：每天一道招牌菜 5 折，满 200 送 50 元券，老顾客晒第一次到店照片送甜品。", "Seven days: a signature dish at half price each day, a 50-yuan coupon over 200, a free dessert for regulars who share a photo of their first visit."),
         true, k("周年庆抢券群", "Anniversary coupon group"),
         k("在主群发周年庆回顾和老顾客故事，感谢大家。", "Post an anniversary recap and regulars' stories in the main group, with thanks."), ""},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-visit", k("到店消费一次", "A visit"), 20, 20},
                       {"pts-review", k("平台点评截图", "A review screenshot"), 30, 30},
                       {"pts-photo", k("群内晒菜", "A dish photo in the group"), 10, 20},
                       {"pts-invite", k("邀请邻居同事入群", "Inviting a neighbour or colleague"), 50, 200}};
    in.rewards = {{"rew-drink", 100, k("饮品一杯", "A drink")},
                  {"rew-dish", 300, k("招牌小炒一份", "A signature stir-fry")},
                  {"rew-voucher", 800, k("100 元代金券", "A 100-yuan voucher")}};
    in.levels = {{"lvl-guest", k("食客", "Guest"), 0, k("会员日 8 折", "20% off on member days")},
                 {"lvl-regular", k("常客", "Regular"), 500, k("订座优先、生日送长寿面", "Booking priority, birthday noodles")},
                 {"lvl-vip", k("老饕", "Gourmet"), 2000, k("新菜首批试吃、包间免服务费", "First to taste new dishes, no room charge")}};
    in.products = {{"prod-lunch", k("午市单人套餐", "Lunch set for one"), ProductRole::traffic, 29.9, k("群内专享价，带动工作日客流。", "A group-only price that fills weekday lunches.")},
                   {"prod-drink", k("自制酸梅汤", "Homemade plum drink"), ProductRole::perk, 1, k("到店 1 元加购。", "One yuan with any meal.")},
                   {"prod-fish", k("招牌剁椒鱼头", "Signature chilli fish head"), ProductRole::profit, 128, k("主要利润菜，晚市主推。", "The main earner, pushed at dinner.")},
                   {"prod-chef-table", k("群专属主厨私房菜（每周 2 桌）", "Group-only chef's table (two a week)"), ProductRole::exclusive, 688, k("不对外预订，只在群里接龙。", "Not bookable elsewhere; only via the group chain.")}};
    in.promotions = {
        {"promo-first50", PromotionKind::limited_time, k("午市前 50 份特价", "First 50 lunch sets"),
         k("每天前 50 份午市套餐 29.9 元。", "The first 50 lunch sets each day at 29.9."),
         k("🍱 今日午市：{套餐}，前 50 份 29.9 元（已订 {n}/50），回复“午饭+份数”预订～", "🍱 Today's lunch: {set}, 29.9 for the first 50 ({n}/50 booked). Reply \"lunch + number\" to order!")},
        {"promo-table-chain", PromotionKind::group_buy, k("周末大桌拼单", "Weekend big-table share"),
         k("接龙满 10 人开一桌，人均 68 元。", "A table opens at 10 sign-ups, 68 yuan a head."),
         k("【周六大桌拼单】满 10 人开桌，人均 68\n1. {称呼} ×{人数}\n2.", "[Saturday big table] Opens at 10 people, 68 a head\n1. {name} ×{people}\n2.")},
        {"promo-member-day", PromotionKind::member_day, k("周三会员日", "Wednesday member day"),
         k("全场 8 折，不与其他优惠叠加。", "20% off everything; no other discounts on top."),
         k("📣 今天会员日！到店出示群昵称全场 8 折，订座请 @小芳。", "📣 It's member day! Show your group nickname for 20% off; @Fang to book.")},
    };
    // ---- what each line sends ----
    // The address and this week's new dish are the plan's own placeholders:
    // change them once here, and every message that names them follows.
    s.placeholders = {{"ph-address", k("地址", "address"), k("滨江路 88 号万象汇 3 楼", "3F, Riverside Mall, 88 Binjiang Road")},
                      {"ph-dish", k("菜名", "dish"), k("剁椒鱼头升级版", "the upgraded chilli fish head")}};
    say(p, "slot-lunch", {k("🍚 今日午市套餐｜{日期}\n👇 两荤一素 + 例汤，群内价 32 元。11:00 前下单，3 公里内准时送到。\n订座、外卖都 @小芳～",
                            "🍚 Today's lunch set | {date}\n👇 Two meat dishes, one vegetable and the soup, 32 yuan in the group. "
                            "Order before 11:00 for delivery on time within 3 km.\nBookings and delivery: @Fang")});
    say(p, "slot-afternoon", {k("☕ 下午犯困了吗？来聊聊：你们公司附近最好吃的一道菜是什么？😋",
                                "☕ Afternoon slump? Let's chat: what's the best dish near your office? 😋")});
    say(p, "slot-dinner", {k("🌆 晚市订座开始啦\n今晚大桌还剩几张，回复“订座+人数+时间”，小芳帮你留位。现在来基本不用排队～",
                             "🌆 Dinner bookings are open\nA few big tables are left tonight: reply \"book + party size + time\" and "
                             "Fang keeps one for you. Come now and there's hardly a queue.")});
    say(p, "slot-evening", {k("🌶 今晚说说菜背后的故事\n👇 阿武师傅讲这道菜的来历和火候。明天午市它也在套餐里，记得来尝～",
                              "🌶 Tonight's dish story\n👇 Chef Wu on where this dish comes from and how he gets the heat right. It's "
                              "in tomorrow's lunch set too!")});
    say(p, "col-tasting", uses("script-notice"));
    say(p, "col-member-day", {k("🎉 周三会员日，全场 8 折！\n👇 券在图里，到店出示就能用，今天有效。订座 @小芳～",
                                "🎉 Wednesday member day: 20% off everything!\n👇 The coupon is in the picture: show it in the "
                                "restaurant today. To book, @Fang.")});
    say(p, "col-kitchen", {k("🔪 周四后厨探秘\n👇 阿武师傅带你看一道菜从备料到出锅，食材都是当天早上进的货。",
                             "🔪 Thursday in the kitchen\n👇 Chef Wu takes one dish from prep to plate; every ingredient came in "
                             "this morning.")});
    say(p, "col-weekend-booking", {k("📋 周末订座接龙！包间和大桌先到先得\n格式：称呼+日期+人数+时间\n1. 王姐 周六 8 人 18:00\n2.",
                                     "📋 Weekend booking chain! Private rooms and big tables, first come, first served\nFormat: name + "
                                     "day + party size + time\n1. Mrs Wang, Sat, 8 people, 18:00\n2.")});
    say(p, "col-family", {k("👨‍👩‍👧 周六亲子套餐\n两大一小 128 元，送儿童餐具一套。👇 菜单见图，带娃来吃饭刚刚好～",
                            "👨‍👩‍👧 Saturday family set\nTwo adults and a child for 128 yuan, with a kids' cutlery set. 👇 The menu "
                            "is in the picture.")});
    say(p, "col-photos", {k("📸 周日晒图时间！\n晒一张这周来店里吃的照片，点赞最多的送招牌菜一份 🌶",
                            "📸 Sunday photos!\nPost a photo from your visit this week; the most liked wins a signature dish 🌶")});
    say(p, "month-theme", {k("📅 本月主题：春季尝鲜月 🌱\n每周一新菜试吃，周三会员日 8 折照旧，周末订座请提前接龙～",
                             "📅 This month: spring tastes 🌱\nA new-dish tasting every Monday, 20% off on Wednesday member days as "
                             "usual, and weekend bookings in the Friday chain.")});
    say(p, "month-menu", {k("👨‍🍳 本月两道新菜定啦！\n👇 先看图解解馋，周一试吃名额在群里接龙，先到先得～",
                            "👨‍🍳 This month's two new dishes are decided!\n👇 A first look in the picture; Monday tasting places go "
                            "in the group chain, first come, first served.")});
    say(p, "month-survey", {k("📝 帮我们打个分吧，1 分钟：\n1. 最常点的菜？\n2. 口味偏咸还是偏淡？\n3. 最想加的新菜？\n回复“题号+答案”，抽 3 位送招牌小炒 🎁",
                              "📝 Help us improve, one minute:\n1. The dish you order most?\n2. Saltier or milder?\n3. A dish you'd "
                              "like us to add?\nReply \"number + answer\"; three of you win a signature stir-fry 🎁")});
    say(p, "line-day0-welcome", {k("🎉 湘味小馆滨江店福利群开群啦！\n每天 10:30 午市套餐、17:00 晚市订座，周三会员日全场 8 折。\n🎁 进群礼：到店出示群聊，满 100 元送招牌小炒一份。\n📍 {地址}",
                                   "🎉 Xiang Kitchen Riverside's perks group is open!\nThe lunch set at 10:30, dinner bookings at "
                                   "17:00, 20% off on Wednesday member days.\n🎁 Joining gift: show this chat in the restaurant for a "
                                   "free signature stir-fry with any bill over 100 yuan.\n📍 {address}")});
    say(p, "line-day1-spice", {k("🌶 问大家一个问题：你能吃多辣？\n回复 1 不辣 / 2 微辣 / 3 特辣，新菜的辣度就按大家的来～",
                                 "🌶 A question for you all: how hot do you like it?\nReply 1 none / 2 mild / 3 hot; the new dishes "
                                 "follow your answers.")});
    say(p, "line-day2-first-deal", {k("🔥 第一次群内专享价！今日午市套餐 29.9 元，限 50 份\n回复“套餐+份数”，小芳帮你留～",
                                      "🔥 Our first group-only price! Today's lunch set for 29.90, 50 servings only\nReply \"set + "
                                      "number\" and Fang keeps yours.")});
    say(p, "line-day3-topic", {k("🏠 最想让阿武师傅做哪道家乡菜？说菜名和家乡，被选中的请你来免费试吃 😋",
                                 "🏠 Which home-town dish should Chef Wu cook? Tell us the dish and where it's from; if he picks "
                                 "yours, you taste it free 😋")});
    say(p, "line-join-gift", {k("{称呼}你好，欢迎进群 🌶 送你一张进群礼券：满 100 元送招牌小炒一份。\n店在{地址}，订座直接找我就行～",
                                "Hi {name}, welcome to the group 🌶 Here's your joining coupon: a free signature stir-fry with any "
                                "bill over 100 yuan.\nWe're at {address}; just message me to book.")});
    say(p, "line-join-review", uses("script-review"));
    say(p, "line-member-preview", {k("⏳ 明天周三会员日，全场 8 折！\n中午晚上都能用，想订座的现在回复“订座+人数+时间”～",
                                     "⏳ Member day tomorrow: 20% off everything!\nLunch or dinner. To book, reply \"book + party size "
                                     "+ time\" now.")});
    say(p, "line-rainy", {k("🪑 午市还有空位，现在过来不用等～\n下雨天不想出门的，外卖满 60 减 8，11:30 前下单 12:00 送到。",
                            "🪑 Tables free for lunch, no wait right now!\nRaining? Delivery is 8 off 60; order by 11:30 for "
                            "12:00.")});
    // The tasting evening is on Monday at 18:00 and sends all seven of its
    // messages; with the lunch posts (three) the day stays within the ten a
    // perks group tolerates because the tasting replaces the Monday tasting
    // chain (14:30), its 17:00 reminder carries the tables left for dinner,
    // and the tasters' comments are that evening's dish story (20:30).
    skip_on_event_day(p, r.runsheets[0], {"slot-afternoon", "slot-dinner", "slot-evening"},
                      k("品鉴会当天：试吃接龙就是这场品鉴会，17:00 的提醒里顺带报晚市余位，晚上的菜品故事由品鉴会代替。",
                        "Tasting evening: the tasting chain is this event, the 17:00 reminder also gives the dinner tables "
                        "left, and the tasting is the evening's dish story."));
    // The first days' poll, deal and topic are those days' slot posts.
    fold_into_slot(p, "line-day1-spice", "slot-afternoon",
                   k("开群第 1 天：14:30 发口味小调查，代替当天的下午茶互动。",
                     "Day 1: the spice poll is that day's 14:30 chat."));
    fold_into_slot(p, "line-day2-first-deal", "slot-lunch",
                   k("开群第 2 天：10:30 的午市推送就是第一次群内专享价（29.9 元套餐）。",
                     "Day 2: the 10:30 lunch post is the first group-only price (the 29.9 set)."));
    fold_into_slot(p, "line-day3-topic", "slot-evening",
                   k("开群第 3 天：20:30 发第一个互动话题（家乡菜），代替当天的菜品故事。",
                     "Day 3: the first interaction topic (home-town dishes) is that day's 20:30 post."));

    // A restaurant's group is where the day's set, the bookings and the deals
    // go out (lunch and dinner slots every day): more than half selling, the
    // rest chat and the kitchen's stories.
    p.content.mix = {25, 55, 20, 10};
    return p;
}

}  // namespace core::tpl
