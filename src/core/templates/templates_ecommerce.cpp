// 电商/快消: a snack brand's deals group — daily specials, a lunchtime
// flash sale, evening coupons; a broadcast group with a higher budget.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan ecommerce(const Kit& k) {
    Plan p = base_plan(k, Defaults{450, 68});
    Basics& b = p.basics;
    b.name = k("好味零食福利社 3 群", "Tasty Snacks Deals Club #3");
    b.industry = Industry::ecommerce;
    b.owner = k("阿杰", "Jay");
    b.city = k("广州", "Guangzhou");
    b.positioning = {k("爱囤零食的上班族和学生", "office workers and students who stock up on snacks"),
                     k("想吃得好又怕买贵，活动规则太复杂", "want good snacks without overpaying, and find promotions too complicated"),
                     k("每天一款群内特价、每周新品试吃，价格比店铺低、规则一句话说清",
                       "one group-only special a day and new snacks to try every week, cheaper than the shop with rules in one line")};
    b.value_price = b.value_information = true;
    b.group_type = GroupType::broadcast;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::large, Scale::large, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("阿杰（私域负责人）", "Jay (private-domain lead)"),
             k("定每周选品和价格，周五发大额券，盯转化和退款数据。", "Picks the week's products and prices, posts the big Friday coupon, watches conversion and refunds."));
    set_role(p, kAdmin, k("小雨（客服）", "Yu (customer service)"),
             k("发每日特价和秒杀，处理订单和售后，踢广告。", "Posts the daily special and flash sale, handles orders and after-sales, removes ads."));
    set_role(p, kContent, k("美工阿楠", "Nan (designer)"),
             k("做商品图、倒计时海报和试吃视频，写种草文案。", "Makes product shots, countdown posters and tasting videos; writes product stories."));
    set_role(p, kCrew, k("五位忠实买家", "Five loyal buyers"),
             k("秒杀开始时带头下单晒图，回答“好不好吃”。", "Order first and post photos when a sale opens; answer \"is it any good?\"."));
    rule(p, "rule-perks").text = k("每天 12:00 秒杀、20:00 限时券，只在本群发放。", "Flash sale daily at 12:00 and a limited coupon at 20:00, in this group only.");
    rule(p, "rule-join").text = k("接龙团购请按“序号+昵称+数量”回复。", "For group-buy chains reply as \"number + nickname + quantity\".");
    s.announcement_intro = k("欢迎来到好味零食福利社！每天 09:00 今日特价、12:00 午间秒杀、20:00 限时券，价格比店铺更低。",
                             "Welcome to the Tasty Snacks Deals Club! Today's special at 09:00, a lunchtime flash sale at 12:00 and a "
                             "limited coupon at 20:00, all cheaper than in the shop.");
    set_script(p, "script-welcome", k("新人欢迎语", "Welcome for newcomers"),
               k("欢迎 @{新人}！🍪 新人专享：回复“新人”领 5 元无门槛券（当天有效）。每天 12:00 秒杀，设个闹钟别错过～",
                 "Welcome, @{newcomer}! 🍪 Reply \"new\" for a 5-yuan coupon with no minimum (valid today). Flash sale every "
                 "day at 12:00, so set an alarm!"));
    set_script(p, "script-intro", k("买家自我介绍模板", "Buyer self-introduction template"),
               k("【我是】{昵称}\n口味偏好：甜 / 咸 / 辣\n最爱零食：\n想试的新品：", "[I'm] {nickname}\nI like: sweet / salty / spicy\nFavourite snack:\nWant to try:"));
    set_script(p, "script-notice", k("秒杀活动通知", "Flash sale notice"),
               k("⏰【12:00 午间秒杀】\n{商品}，原价 {原价}，秒杀价 {秒杀价}\n限量 {数量} 份，每人限 2 份\n链接 12:00 准时发，氛围组已就位！",
                 "⏰ [12:00 flash sale]\n{product}, usually {price}, today {sale price}\nOnly {quantity}, two per person\n"
                 "The link comes at 12:00 sharp!"));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：多久发货？\n答：下单后 48 小时内发货，偏远地区除外。\n问：券怎么用？\n答：群内券在下单页自动抵扣，当天有效。\n问：不好吃能退吗？\n答：拆封后不满意可联系小雨，按规则退款。",
                 "Q: When does it ship?\nA: Within 48 hours of ordering, except remote areas.\nQ: How do coupons work?\nA: Group "
                 "coupons apply at checkout and last for the day.\nQ: Can I return it if I don't like it?\nA: Contact Yu even "
                 "after opening; refunds follow the shop's rules."));
    s.scripts.push_back({"script-countdown", ScriptKind::custom, k("倒计时催单", "Countdown reminder"),
                         k("⏳ 还剩最后 {分钟} 分钟！{商品}只剩 {数量} 份，已经有 {人数} 位群友下单啦～", "⏳ Only {minutes} minutes left! {quantity} of {product} remain, and {people} of you have ordered already!")});
    s.scripts.push_back({"script-review", ScriptKind::custom, k("收货晒单邀请", "Order photo invitation"),
                         k("收到货的朋友，拍一张开箱图 + 一句评价发群里，送 30 积分，每周抽 3 位送新品礼包！", "Got your parcel? Post an unboxing photo and one line of review for 30 points; three of you win a new-snack box each week!")});
    s.visuals = {k("品牌黄底 + 零食卡通形象，写“福利社”。", "Brand yellow with the snack mascot and \"Deals Club\"."),
                 k("公告只写三件事：时间表、领券方式、售后找谁。", "The announcement says three things only: timetable, how to get coupons, who handles after-sales."),
                 k("秒杀海报 1080×1920；商品主图 800×800；倒计时贴图 1080×1080。", "Flash-sale posters 1080×1920; product shots 800×800; countdown stickers 1080×1080.")};
    s.pilot.group_size = 100;
    s.pilot.tests = k("秒杀时段的点击率、优惠券核销率、每天几条消息开始有人退群。", "Click rate at the flash sale, coupon redemption, how many posts a day before people start leaving.");
    s.pilot.feedback = k("记录每个时段的点击和下单，找出最佳推送时间。", "Note clicks and orders per slot to find the best push times.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-special", hm(9, 0), k("早安 + 今日特价", "Good morning + today's special"), Category::conversion, Format::image_text, kAdmin, 2},
        {"slot-flash", hm(12, 0), k("午间秒杀", "Lunchtime flash sale"), Category::conversion, Format::poster, kAdmin, 2},
        {"slot-story", hm(15, 0), k("好物种草 / 测评", "Product story / review"), Category::activation, Format::video, kContent, 1},
        {"slot-chat", hm(18, 0), k("试吃晒单互动", "Tasting photos and chat"), Category::activation, Format::qa, kCrew, 1},
        {"slot-coupon", hm(20, 0), k("晚间限时券", "Evening limited coupon"), Category::conversion, Format::poster, kAdmin, 2},
    };
    r.columns = {
        {"col-new", k("周一新品首发", "Monday new arrivals"), 1, "slot-special", Category::conversion, Format::image_text, Color::red, kContent,
         k("本周新品 + 首发价。", "This week's new snacks at a launch price.")},
        {"col-tasting", k("周二试吃团", "Tuesday tasting panel"), 2, "slot-chat", Category::activation, Format::chain, Color::green, kCrew,
         k("接龙报名免费试吃，试完写评价。", "Sign up in a chain for free samples, then write a review.")},
        {"col-factory", k("周三工厂探访", "Wednesday factory visit"), 3, "slot-story", Category::brand, Format::video, Color::blue, kContent,
         k("一分钟视频：原料、产线、质检。", "A one-minute video: ingredients, production line, quality checks.")},
        {"col-bundle", k("周四组合日", "Thursday bundle day"), 4, "slot-flash", Category::conversion, Format::poster, Color::orange, kAdmin,
         k("爆款 + 慢销款组合，任选 3 件 99 元。", "Best seller plus a slow seller: any three for 99 yuan.")},
        {"col-big-coupon", k("周五大额券", "Friday big coupon"), 5, "slot-coupon", Category::conversion, Format::poster, Color::red, kOwner,
         k("满 99 减 30，限量 100 张。", "30 off 99, only 100 coupons.")},
        {"col-buyer-show", k("周六买家秀", "Saturday buyer photos"), 6, "slot-chat", Category::activation, Format::image_text, Color::yellow, kCrew,
         k("本周最佳晒单，评出 3 位送礼包。", "The week's best order photos; three win a gift box.")},
        {"col-vote", k("周日新品投票", "Sunday new-snack vote"), 7, "slot-story", Category::brand, Format::qa, Color::purple, kContent,
         k("投票决定下周上哪款新品。", "Members vote on next week's new snack.")},
    };
    r.month_tasks.push_back({"month-selection", MonthPhase::end, 25, k("下月选品会", "Next month's product selection"),
                             k("按销量、毛利和群内投票定下月主推品和秒杀品。", "Choose next month's lead and flash-sale products from sales, margin and member votes."), kOwner});
    r.routine = {
        {"line-day0-welcome", RoutinePhase::cold_start, created(0, 10, 0), k("开群欢迎 + 新人券", "Opening welcome + newcomer coupon"),
         k("发欢迎语和群公告，新人券当天有效。", "Post the welcome and announcement; the newcomer coupon lasts the day."), Category::conversion, Format::text, kAdmin, 1},
        {"line-day1-poll", RoutinePhase::cold_start, created(1, 19, 0), k("口味调查", "Taste poll"),
         k("投票：甜、咸、辣哪个最爱？结果决定第一周秒杀品。", "Poll: sweet, salty or spicy? The result picks the first week's flash sale."), Category::activation, Format::qa, kCrew, 1},
        {"line-day2-first-sale", RoutinePhase::cold_start, created(2, 12, 0), k("第一次秒杀", "First flash sale"),
         k("用午间秒杀时段上 9.9 元引流款，氛围组先下单晒图。", "Use the lunchtime slot for a 9.9-yuan traffic item; the crew orders first and posts photos."),
         Category::conversion, Format::poster, kAdmin, 2},
        {"line-day3-topic", RoutinePhase::cold_start, created(3, 18, 0), k("第一个互动话题", "First interaction topic"),
         k("在互动时段问：“加班时最想吃哪种零食？”，抽 3 位送试吃装。", "In the chat slot ask: \"Which snack do you crave when working late?\"; three win samples."),
         Category::activation, Format::qa, kCrew, 1},
        {"line-join-coupon", RoutinePhase::cold_start, joined(0, 10, 0), k("新人券私发", "Newcomer coupon, privately"),
         k("私聊发 5 元新人券和领券方法。", "Send the 5-yuan newcomer coupon privately with how to use it."), Category::conversion, Format::text, kAdmin, 1},
        {"line-join-reorder", RoutinePhase::cold_start, joined(7, 20, 0), k("首单后回访", "After the first order"),
         k("问口感，发 3 元复购券。", "Ask how they liked it and send a 3-yuan repeat-order coupon."), Category::conversion, Format::text, kAdmin, 1},
        {"line-flash-preview", RoutinePhase::mature, weekly(4, 21, 30), k("周五大额券预告", "Friday coupon preview"),
         k("倒计时海报：明晚 20:00 满 99 减 30。", "Countdown poster: 30 off 99 tomorrow at 20:00."), Category::conversion, Format::poster, kAdmin, 1},
        {"line-night", RoutinePhase::mature, daily(22, 0), k("晚安 + 明日预告", "Good night + tomorrow's preview"),
         k("一句晚安 + 明天特价商品预告。", "A good-night line and a peek at tomorrow's special."), Category::brand, Format::text, kAdmin, 1},
    };
    r.runsheets = {nine_step_runsheet(k, {"run-launch-live", k("新品试吃直播", "New-snack tasting live"), next_weekday(k.day(7), 5),
                                          hm(20, 0), k("产品经理阿强", "Qiang, our product manager"),
                                          k("三款新口味现场试吃", "three new flavours tasted live"), k("新品礼包 10 份", "ten new-snack gift boxes")})};
    const Date sale = next_month_day(k.start, 6, 1);
    r.campaigns = {
        {"camp-618", CampaignKind::shopping_festival, k("618 囤货节", "618 stock-up sale"), sale, Date{sale.days + 17},
         k("618 期间群内成交 2000 单。", "2,000 group orders during 618."),
         k("每天一款 5 折秒杀，满 199 减 50，前 100 单送零食盲盒。", "A half-price flash sale every day, 50 off 199, a mystery snack box for the first 100 orders."),
         true, k("618 零食囤货专场群", "618 snack stock-up group"),
         k("在主群发战报和买家秀合集，预告下次活动；专场群 3 天后解散。", "Post the results and a collection of buyer photos in the main group, announce the next event; close the sale group after three days."),
         ""},
        {"camp-member-day", CampaignKind::member_day, k("每月 18 日会员日", "Member day on the 18th"), next_month_day(k.start, 4, 18),
         next_month_day(k.start, 4, 18), k("老客复购。", "Bring regulars back to buy."),
         k("会员价 + 积分双倍 + 免运费。", "Member prices, double points and free shipping."), false, "", "", ""},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-checkin", k("每日签到", "Daily check-in"), 5, 5},
                       {"pts-photo", k("晒单（图 + 评价）", "Order photo with a review"), 30, 30},
                       {"pts-tasting", k("试吃后写评价", "Review after tasting"), 50, 50},
                       {"pts-invite", k("邀请好友入群", "Inviting a friend"), 50, 250}};
    in.rewards = {{"rew-coupon", 100, k("5 元无门槛券", "A 5-yuan coupon, no minimum")},
                  {"rew-box", 500, k("零食盲盒一份", "A mystery snack box")},
                  {"rew-vip", 1500, k("一个月免运费", "A month of free shipping")}};
    in.levels = {{"lvl-fan", k("吃货", "Snacker"), 0, k("每日特价、秒杀", "Daily specials, flash sales")},
                 {"lvl-silver", k("资深吃货", "Seasoned snacker"), 800, k("秒杀提前 5 分钟链接", "Flash-sale links five minutes early")},
                 {"lvl-gold", k("首席试吃官", "Chief taster"), 3000, k("新品免费试吃、生日礼包", "Free new snacks to try, a birthday box")}};
    in.products = {{"prod-nuts", k("每日坚果 7 包", "Daily nuts, 7 packs"), ProductRole::traffic, 9.9, k("秒杀引流款，几乎不赚钱。", "The flash-sale draw; barely breaks even.")},
                   {"prod-sample", k("新品试吃装", "New-snack sampler"), ProductRole::perk, 0.1, k("0.1 元，写评价即可。", "0.1 yuan in exchange for a review.")},
                   {"prod-gift-box", k("零食大礼包", "Big snack hamper"), ProductRole::profit, 129, k("主要利润款，适合节日送礼。", "The main margin; a popular festival gift.")},
                   {"prod-custom", k("群专属定制口味", "Group-only custom flavour"), ProductRole::exclusive, 39.9, k("只在群里卖，每月一款。", "Sold only in the group, a new one each month.")}};
    in.promotions = {
        {"promo-first100", PromotionKind::limited_time, k("前 100 单送盲盒", "Mystery box for the first 100"),
         k("开抢后前 100 单送零食盲盒。", "The first 100 orders after opening get a mystery box."),
         k("🔥 开抢！前 100 单送零食盲盒，已抢 {n}/100，手慢无！", "🔥 It's open! A mystery box for the first 100 orders, {n}/100 gone, be quick!")},
        {"promo-chain", PromotionKind::group_buy, k("接龙满 10 单发货", "Ships at 10 sign-ups"),
         k("冷门好货接龙，满 10 单以团购价发货。", "A chain for lesser-known favourites; ships at the group price once 10 sign up."),
         k("【接龙团】{商品} 团购价 {价格}，满 10 单发货\n1. {昵称} ×{数量}\n2.", "[Group buy] {product} at {price}, ships at 10 orders\n1. {nickname} ×{quantity}\n2.")},
        {"promo-any3", PromotionKind::bundle, k("任选 3 件 99 元", "Any three for 99"),
         k("爆款 + 慢销款混搭，任选 3 件 99 元。", "Mix best sellers with slow sellers: any three for 99 yuan."),
         k("周四组合日：任选 3 件 99 元！推荐搭配：{爆款} + {新品} + {慢销款}", "Thursday bundle day: any three for 99! Try {best seller} + {new snack} + {slow seller}")},
        {"promo-festival", PromotionKind::festival, k("中秋礼盒预售", "Mid-Autumn hamper pre-sale"),
         k("中秋前 20 天开始预售，早鸟 8 折。", "Pre-sale 20 days before Mid-Autumn, 20% off for early birds."),
         k("🥮 中秋零食礼盒预售开启，早鸟 8 折，{日期} 前下单优先发货！", "🥮 Mid-Autumn hamper pre-sale is open: 20% off for early birds, and orders before {date} ship first!")},
    };
    // ---- what each line sends ----
    say(p, "slot-special", {k("☀️ 早上好～今日特价来啦！\n👇 今天这款群内价比店铺便宜，数量有限，回复“要”私发链接 🍪",
                              "☀️ Morning! Today's special is here\n👇 Cheaper in the group than in the shop, limited stock: reply "
                              "\"yes\" and we'll send you the link 🍪")});
    say(p, "slot-flash", {k("⏰ 午间秒杀开抢！\n👇 秒杀价见海报，限量，每人限 2 份，链接已发，手慢无～",
                            "⏰ The lunchtime flash sale is on!\n👇 The price is on the poster; limited stock, two per person. "
                            "The link is up, so be quick!")});
    say(p, "slot-story", {k("🎬 下午种草时间\n👇 30 秒看懂这款零食：用什么做的、什么口感、什么时候吃最香。\n吃过的朋友说说真实感受～",
                            "🎬 Afternoon snack story\n👇 This snack in 30 seconds: what's in it, how it tastes, when it's best.\n"
                            "Tried it? Tell us honestly!")});
    say(p, "slot-chat", {k("下班啦～今天你吃了什么零食？晒一张图，说一句好不好吃 😋",
                           "Home time! What snack did you have today? Post a photo and tell us if it was any good 😋")});
    say(p, "slot-coupon", {k("🎫 晚间限时券来啦！\n👇 满 59 减 10，今晚 23:59 前有效，点图领券～",
                             "🎫 Tonight's limited coupon!\n👇 10 off 59, valid until 23:59 tonight. Tap the picture to claim it.")});
    say(p, "col-new", {k("🆕 周一新品首发！\n👇 本周新品和首发价见图，首发价只到周三，先到先得～",
                         "🆕 Monday new arrivals!\n👇 This week's new snacks and their launch prices are in the picture; launch "
                         "prices last until Wednesday.")});
    say(p, "col-tasting", {k("🍽 周二试吃团报名！免费试吃 10 份，试完写一句真实评价就行\n接龙：序号+昵称\n1.\n2.",
                             "🍽 Tuesday tasting panel! Ten free samples; all we ask is one honest line of review\nSign up: number + "
                             "nickname\n1.\n2.")});
    say(p, "col-factory", {k("🏭 周三工厂探访\n👇 一分钟带你看原料、产线和质检，吃得放心我们才敢推荐～",
                             "🏭 Wednesday factory visit\n👇 One minute on the ingredients, the line and the quality checks: we only "
                             "recommend what we'd eat ourselves.")});
    say(p, "col-bundle", {k("🛍 周四组合日｜任选 3 件 99 元\n爆款 + 小众宝藏一起带走，👇 组合清单见图，链接已发～",
                            "🛍 Thursday bundle day | any three for 99\nA best seller plus a hidden gem: the list is in the picture "
                            "👇 and the link is up.")});
    say(p, "col-big-coupon", {k("🧧 周五大额券！满 99 减 30，限量 100 张\n👇 点图领券，领完即止，周末囤货正好用～",
                                "🧧 Friday big coupon! 30 off 99, only 100 of them\n👇 Tap the picture to claim one; when they're "
                                "gone they're gone. Perfect for a weekend stock-up!")});
    say(p, "col-buyer-show", uses("script-review"));
    say(p, "col-vote", {k("🗳 周日新品投票！下周上哪款由你定：\nA. 海盐芝士饼干\nB. 麻辣牛肉粒\nC. 冻干草莓脆\n回复字母就行，票数最高的下周一首发～",
                          "🗳 Sunday vote! You choose next week's new snack:\nA. Sea-salt cheese crackers\nB. Spicy beef bites\n"
                          "C. Freeze-dried strawberry crisps\nReply with a letter; the winner launches on Monday.")});
    say(p, "month-theme", {k("📅 本月主题：春日野餐季 🧺\n每周新品都挑适合带出门的小包装，周五大额券照常发。想要什么口味，留言告诉我们～",
                             "📅 This month: spring picnic season 🧺\nEvery week's new snacks come in small packs to take out, and "
                             "the Friday coupon carries on. Which flavours do you want? Tell us!")});
    say(p, "month-survey", {k("📝 月中小调查：\n1. 最爱甜、咸还是辣？\n2. 一般几点看群？\n3. 想要更多秒杀还是更多券？\n回复“题号+答案”，抽 5 位送试吃装 🎁",
                              "📝 Mid-month survey:\n1. Sweet, salty or spicy?\n2. When do you usually read the group?\n3. More "
                              "flash sales or more coupons?\nReply \"number + answer\"; five of you win samples 🎁")});
    say(p, "line-day0-welcome", {k("🎉 好味零食福利社 3 群开张啦！\n每天 09:00 特价、12:00 秒杀、20:00 限时券，都比店铺便宜。\n🎁 开群福利：今天回复“新人”领 5 元无门槛券，当天有效！",
                                   "🎉 Tasty Snacks Deals Club #3 is open!\nA special at 09:00, a flash sale at 12:00 and a coupon at "
                                   "20:00 every day, all cheaper than the shop.\n🎁 Opening gift: reply \"new\" today for a 5-yuan "
                                   "coupon with no minimum, valid today!")});
    say(p, "line-day1-poll", {k("🗳 口味大调查！你最爱哪一口？\n1 甜 2 咸 3 辣\n回复数字，票数最高的口味就是第一周的秒杀品～",
                                "🗳 Taste poll! Which do you love most?\n1 sweet 2 salty 3 spicy\nReply with a number; the winner is "
                                "the first week's flash sale.")});
    say(p, "line-day2-first-sale", {k("⚡ 第一次秒杀！9.9 元尝鲜价\n👇 限量 100 份，每人 1 份，链接已发，冲！",
                                      "⚡ Our first flash sale! 9.90 to try it\n👇 100 only, one each; the link is up, go!")});
    say(p, "line-day3-topic", {k("加班到深夜的时候，你最想来一口什么零食？说说看，抽 3 位送试吃装 🎁",
                                 "Working late: which snack do you crave most? Tell us; three of you win samples 🎁")});
    say(p, "line-join-coupon", {k("{称呼}你好～我是福利社的小雨 🍪 送你一张 5 元无门槛新人券，下单自动抵扣，当天有效哦！",
                                  "Hi {name}, I'm Yu from the Deals Club 🍪 Here's a 5-yuan newcomer coupon with no minimum; it "
                                  "applies at checkout and lasts today.")});
    say(p, "line-join-reorder", {k("{称呼}，上次的零食吃着怎么样？😋 给你补一张 3 元复购券，7 天内有效，喜欢的口味可以囤起来啦～",
                                   "{name}, how were the snacks? 😋 Here's a 3-yuan coupon for your next order, valid for 7 days: time "
                                   "to stock up on your favourites!")});
    say(p, "line-flash-preview", {k("⏳ 明晚 20:00 大额券！满 99 减 30，限量 100 张\n想囤货的先把购物车加好～",
                                    "⏳ Big coupon tomorrow at 20:00! 30 off 99, only 100 of them\nFill your basket now if you're "
                                    "stocking up.")});
    say(p, "line-night", {k("🌙 晚安～明天 09:00 的特价先剧透一下👇 早点睡，明早见！",
                            "🌙 Good night! A peek at tomorrow's 09:00 special 👇 Sleep well, see you in the morning!")});
    // The tasting live is Friday evening. A deals group tolerates ten posts,
    // and the day keeps its 09:00 special and 12:00 flash sale (four): the
    // live sends five (a lighter run-sheet, templates_kit.hpp: the rules are
    // said on air, the crew gives the noon reminder), and the afternoon
    // story, the 18:00 chat, the 20:00 coupon (given in the live instead) and
    // the 22:00 good-night are skipped that day.
    Runsheet& live = r.runsheets[0];
    lighter_event(k, live, k("今晚 {时间} 的试吃直播我闹钟都定好了⏰ 听说有{福利}，蹲一个！",
                             "Alarm set for tonight's tasting live at {time} ⏰ Heard there are {perk}; I'm in!"));
    skip_on_event_day(p, live, {"slot-story", "slot-chat", "slot-coupon", "line-night"},
                      k("直播日：下午种草、晚间互动和晚安停一天，大额券在直播里发。",
                        "Live day: no afternoon story, evening chat or good-night; the big coupon is given in the live."));
    // The live's morning poster follows the 09:00 special instead of landing on it.
    live.steps[1].time = hm(9, 30);
    // The first week's sale and topic are that day's lunchtime sale and evening chat.
    fold_into_slot(p, "line-day2-first-sale", "slot-flash",
                   k("开群第 2 天：第一次秒杀（9.9 元尝鲜）就是当天 12:00 的秒杀。",
                     "Day 2: the first flash sale (9.90 to try) is that day's 12:00 sale."));
    fold_into_slot(p, "line-day3-topic", "slot-chat",
                   k("开群第 3 天：18:00 发第一个互动话题（加班零食），代替当天的晒单互动。",
                     "Day 3: the first interaction topic (late-night snacks) is that day's 18:00 chat."));
    // Thursday is the week's fullest day: an opening day or a taste poll on it
    // would go over budget, and 21:30 already previews Friday's coupon.
    for (const char* line : {"line-day0-welcome", "line-day1-poll"})
        make_room(p, line_date(p, line), line, {"line-night"},
                  k("周四 21:30 已经预告了明晚的大额券：开群头两天赶上周四，晚安预告停一次，免得超出每日预算。",
                    "Thursday's 21:30 post already previews Friday's coupon: when the first days fall on a Thursday, the "
                    "good-night preview is skipped once, which keeps the day within budget."));

    p.content.mix = {35, 50, 15, 10};
    kpi(p, "monetization-conversion").target = 8;
    kpi(p, "retention-repurchase").target = 35;
    return p;
}

}  // namespace core::tpl
