// 健身: a fitness studio's members' group — morning check-ins, food tips,
// class bookings and a 21-day challenge; run on the coaches' personal WeChat.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan fitness(const Kit& k) {
    Plan p = base_plan(k, Defaults{120, 800});
    Basics& b = p.basics;
    b.name = k("燃动健身工作室·会员群", "Ignite Fitness Studio: Members");
    b.industry = Industry::fitness;
    b.owner = k("主理人 Kevin 教练", "Coach Kevin");
    b.city = k("深圳", "Shenzhen");
    b.positioning = {k("25–40 岁想减脂塑形的上班族", "office workers aged 25–40 who want to lose fat and get fit"),
                     k("办了卡却坚持不下来，不知道怎么吃", "buy a membership but can't keep going, and don't know what to eat"),
                     k("每天打卡互相监督，教练给饮食建议，每周固定团课和 21 天挑战",
                       "daily check-ins to keep each other going, food advice from coaches, fixed weekly classes and a 21-day challenge")};
    b.value_content = b.value_resources = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wechat;
    b.platform_quiz = {true, Scale::small, Scale::small, true, false, true, false};

    Setup& s = p.setup;
    set_role(p, kOwner, k("Kevin 教练（主理人）", "Coach Kevin (founder)"),
             k("定训练主题和挑战规则，周日发本周打卡榜，负责私教转化。", "Sets training themes and challenge rules, posts Sunday's check-in board, leads personal-training sales."));
    set_role(p, kAdmin, k("前台 Amy", "Amy (front desk)"),
             k("发团课名额和约课提醒，统计打卡，处理请假和退卡咨询。", "Posts class places and booking reminders, counts check-ins, handles leave and refund questions."));
    set_role(p, kContent, k("营养师小唐", "Tang (nutritionist)"),
             k("每天一条饮食建议，每周一份食谱，点评会员的餐食照片。", "A food tip every day, a menu each week, comments on members' meal photos."));
    set_role(p, kCrew, k("打卡达人", "Check-in champions"),
             k("每天最早打卡，晒训练和餐食，给新人点赞鼓励。", "Check in first every day, post workouts and meals, cheer newcomers on."));
    rule(p, "rule-nickname").text = k("入群请改昵称：名字-目标（如：小雅-减脂 5kg）。", "Set your nickname to name - goal (e.g. Ya - lose 5 kg).");
    rule(p, "rule-perks").text = k("团课名额每天 18:00 在群里放出，先约先得。", "Class places open in the group at 18:00 daily; first come, first served.");
    rule(p, "rule-join").text = k("每天打卡一次：训练或饮食照片 + 一句话。", "Check in once a day: a workout or meal photo plus one line.");
    s.announcement_intro = k("欢迎加入燃动健身会员群！每天 07:00 晨练打卡，12:30 饮食建议，18:00 放团课名额，一起坚持。",
                             "Welcome to Ignite's members' group! Morning check-in at 07:00, a food tip at 12:30, class places at "
                             "18:00: let's keep each other going.");
    set_script(p, "script-welcome", k("新会员欢迎语", "Welcome for new members"),
               k("欢迎 @{新人}！💪 改好昵称（名字-目标），再按置顶模板做个介绍，教练会根据你的目标给建议。明早 07:00 第一次打卡，等你！",
                 "Welcome, @{newcomer}! 💪 Set your nickname (name - goal) and introduce yourself with the pinned template; "
                 "a coach will suggest where to start. Your first check-in is tomorrow at 07:00!"));
    set_script(p, "script-intro", k("会员自我介绍模板", "Member self-introduction template"),
               k("【我是】\n目标：减脂 / 增肌 / 塑形 / 体态\n目前体重和期望：\n每周能练几次：\n有没有伤病：",
                 "[About me]\nGoal: lose fat / build muscle / tone / posture\nCurrent weight and target:\nSessions per week:\nAny injuries:"));
    set_script(p, "script-notice", k("团课约课通知", "Class booking notice"),
               k("【明日团课】\n07:00 晨间燃脂（12 人）\n19:30 核心力量（15 人）\n20:30 拉伸放松（15 人）\n回复“课程+姓名”约课，开课前 2 小时可取消。",
                 "[Tomorrow's classes]\n07:00 morning fat burn (12 places)\n19:30 core strength (15)\n20:30 stretch & "
                 "relax (15)\nReply \"class + name\" to book; cancel up to two hours before."));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：没来上课会扣次数吗？\n答：开课前 2 小时内取消或未到，扣一次。\n问：可以请假停卡吗？\n答：每年可停卡 30 天，找 Amy 办理。\n问：减脂要不要吃晚饭？\n答：要吃，按小唐的食谱控制份量。\n问：受伤了怎么办？\n答：先停练并就医，恢复后找教练调整计划。",
                 "Q: Do missed classes count?\nA: Yes, if cancelled less than two hours before or not attended.\nQ: Can I "
                 "pause my membership?\nA: Up to 30 days a year; ask Amy.\nQ: Should I skip dinner to lose fat?\nA: No: "
                 "follow Tang's menu and watch the portions.\nQ: What if I'm injured?\nA: Stop training and see a doctor; "
                 "a coach adjusts your plan when you're back."));
    s.scripts.push_back({"script-recall", ScriptKind::custom, k("断练召回私聊", "Private recall after a break"),
                         k("{称呼}，好久没在馆里见到你啦～最近忙吗？这周六有一节 30 分钟的回归课，强度不高，我帮你留个位置？",
                           "Hi {name}, we haven't seen you at the studio for a while. Busy lately? There's an easy 30-minute comeback class on Saturday; shall I keep you a place?")});
    s.visuals = {k("黑底橙字 + 工作室 logo，写“燃动会员群”。", "Orange on black with the studio logo and \"Ignite members\"."),
                 k("公告：每日时间表 + 约课规则 + 三条群规。", "Announcement: the daily timetable, booking rules and three group rules."),
                 k("打卡海报 1080×1920；食谱长图宽 1080；挑战榜单 1080×1440。", "Check-in posters 1080×1920; long menu images 1080 wide; challenge boards 1080×1440.")};
    s.pilot.group_size = 50;
    s.pilot.tests = k("晨练打卡人数、团课约满率、食谱的打开率。", "Morning check-in numbers, how fast classes fill, menu open rate.");
    s.pilot.feedback = k("记录会员最常断练的时间和原因。", "Note when and why members most often drop out.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-checkin", hm(7, 0), k("晨练打卡", "Morning check-in"), Category::activation, Format::chain, kCrew, 1},
        {"slot-food", hm(12, 30), k("饮食建议", "Food tip"), Category::activation, Format::image_text, kContent, 1},
        {"slot-classes", hm(18, 0), k("团课名额 / 约课", "Class places / bookings"), Category::conversion, Format::text, kAdmin, 1},
        {"slot-stretch", hm(21, 0), k("今日打卡总结 + 拉伸", "Today's check-ins + a stretch"), Category::brand, Format::video, kAdmin, 1},
    };
    r.columns = {
        {"col-plan", k("周一本周训练计划", "Monday: the week's training plan"), 1, "slot-checkin", Category::activation, Format::image_text, Color::orange, kOwner,
         k("教练发本周训练重点和三个动作。", "The coach posts the week's focus and three moves.")},
        {"col-menu", k("周二减脂食谱", "Tuesday fat-loss menu"), 2, "slot-food", Category::activation, Format::image_text, Color::green, kContent,
         k("一周三餐搭配，附外卖怎么点。", "A week of meals, with what to order when eating out.")},
        {"col-form", k("周三动作纠错", "Wednesday form check"), 3, "slot-stretch", Category::activation, Format::video, Color::blue, kOwner,
         k("会员发训练视频，教练挑 3 个纠正。", "Members post workout clips; the coach corrects three.")},
        {"col-story", k("周四蜕变故事", "Thursday transformation story"), 4, "slot-food", Category::brand, Format::image_text, Color::purple, kContent,
         k("一位会员的前后对比和心得（征得同意）。", "One member's before-and-after and tips, with their consent.")},
        {"col-pt-offer", k("周五私教体验", "Friday personal-training trial"), 5, "slot-classes", Category::conversion, Format::poster, Color::red, kAdmin,
         k("3 个私教体验名额，99 元一节。", "Three personal-training trials, 99 yuan each.")},
        {"col-weekend", k("周六户外团练", "Saturday outdoor group run"), 6, "slot-checkin", Category::activation, Format::chain, Color::yellow, kCrew,
         k("公园 5 公里跑，接龙报名。", "A 5 km park run; sign up in a chain.")},
        {"col-board", k("周日打卡榜", "Sunday check-in board"), 7, "slot-stretch", Category::brand, Format::poster, Color::teal, kOwner,
         k("本周全勤和进步之星，送积分。", "This week's perfect attendance and most improved, with points.")},
    };
    r.month_tasks.push_back({"month-bodycheck", MonthPhase::start, 5, k("月初体测", "Monthly body check"),
                             k("约会员做体脂和围度测量，记录变化。", "Book members in for body-fat and measurement checks; record the changes."), kAdmin});
    r.routine = {
        {"line-day0-welcome", RoutinePhase::cold_start, created(0, 12, 0), k("开群欢迎 + 群规 + 介绍模板", "Opening welcome + rules + intro template"),
         k("主理人欢迎，置顶公告和约课规则，打卡达人先介绍。", "The founder welcomes everyone, pins the announcement and booking rules; the champions introduce themselves first."),
         Category::brand, Format::text, kOwner, 1},
        {"line-day1-first-checkin", RoutinePhase::cold_start, created(1, 7, 0), k("第一次晨练打卡", "First morning check-in"),
         k("在晨练时段发打卡接龙模板，氛围组先接。", "Use the check-in slot for the chain template; the crew goes first."), Category::activation, Format::chain, kCrew, 1},
        {"line-day3-topic", RoutinePhase::cold_start, created(3, 12, 30), k("第一个互动话题", "First interaction topic"),
         k("在饮食时段问：“晒晒你今天的午饭”，营养师逐一点评。", "In the food slot: \"Show us today's lunch\"; the nutritionist comments on each."), Category::activation, Format::qa, kContent, 1},
        {"line-day5-class", RoutinePhase::cold_start, created(5, 19, 30), k("第一节群友专场课", "First members-only class"),
         k("群友专场团课，课后合影发群。", "A class just for group members; post the group photo afterwards."), Category::activation, Format::other, kOwner, 1},
        {"line-join-goal", RoutinePhase::cold_start, joined(0, 21, 0), k("新会员私聊定目标", "Private goal-setting with a newcomer"),
         k("教练私聊了解目标和伤病，推荐第一周课表。", "The coach asks about goals and injuries privately and suggests a first-week timetable."), Category::activation, Format::text, kOwner, 1},
        {"line-join-week1", RoutinePhase::cold_start, joined(7, 21, 0), k("第一周回访", "First-week check-in"),
         k("问问第一周练得怎么样，提醒约下周课。", "Ask how the first week went and remind them to book next week."), Category::activation, Format::text, kAdmin, 1},
        {"line-saturday-reminder", RoutinePhase::mature, weekly(5, 21, 30), k("周末团练提醒", "Weekend run reminder"),
         k("提醒明早户外团练的集合时间和天气。", "Remind everyone of tomorrow's meeting time and the weather."), Category::activation, Format::text, kAdmin, 1},
        {"line-churn-check", RoutinePhase::mature, weekly(1, 14, 0), k("断练名单检查", "Drop-out check"),
         k("导出 14 天未到店的会员，教练私聊召回（不在群里发）。", "List members absent for 14 days; coaches recall them privately (not in the group)."),
         Category::activation, Format::text, kOwner, 0},
    };
    as_tasks(p, {"line-churn-check"});   // the team's work, not group posts
    r.runsheets = {nine_step_runsheet(k, {"run-challenge-kickoff", k("21 天挑战开营", "21-day challenge kick-off"),
                                          next_weekday(k.day(10), 1), hm(20, 0), k("主理人 Kevin 教练", "Coach Kevin"),
                                          k("21 天减脂挑战规则和第一周计划", "the 21-day fat-loss challenge rules and week one"),
                                          k("体脂秤抽奖 1 台", "a prize draw for a body-fat scale")})};
    const Date challenge = next_weekday(k.day(10), 1);
    r.campaigns = {
        {"camp-21day", CampaignKind::other, k("21 天减脂挑战", "21-day fat-loss challenge"), challenge, Date{challenge.days + 20},
         k("60 人报名，完成率 70%，转私教 10 人。", "60 sign-ups, 70% finish, 10 move on to personal training."),
         k("报名费 99 元，全勤返还；每天打卡训练和饮食，每周体测一次，前三名送私教课。", "99 yuan to enter, refunded for full attendance; daily workout and meal check-ins, a weekly body check, personal-training sessions for the top three."),
         true, k("21 天挑战营", "21-day challenge group"),
         k("在主群发挑战结果、前后对比和获奖名单，预告下一期。", "Post the results, before-and-after photos and winners in the main group, and announce the next round."),
         "run-challenge-kickoff"},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-checkin", k("每日训练打卡", "Daily workout check-in"), 10, 10},
                       {"pts-meal", k("晒健康餐", "Healthy meal photo"), 5, 15},
                       {"pts-class", k("上一节团课", "Attending a class"), 20, 40},
                       {"pts-invite", k("带朋友体验", "Bringing a friend for a trial"), 100, 200}};
    in.rewards = {{"rew-drink", 100, k("蛋白饮一瓶", "A protein drink")},
                  {"rew-towel", 300, k("工作室运动毛巾", "A studio sports towel")},
                  {"rew-pt", 1000, k("私教课一节", "A personal-training session")}};
    in.levels = {{"lvl-starter", k("新手", "Starter"), 0, k("团课、打卡群", "Classes, the check-in group")},
                 {"lvl-regular", k("坚持者", "Regular"), 800, k("约课提前 1 天开放", "Class bookings open a day early")},
                 {"lvl-elite", k("燃动之星", "Ignite star"), 3000, k("续卡 9 折、免费体测", "10% off renewals, free body checks")}};
    in.products = {{"prod-trial", k("7 天体验卡", "7-day trial pass"), ProductRole::traffic, 49, k("带朋友来的第一步。", "The first step for friends.")},
                   {"prod-shake", k("蛋白饮", "Protein drink"), ProductRole::perk, 9.9, k("训练后 9.9 元，会员专享。", "9.9 after training, members only.")},
                   {"prod-pt-pack", k("私教课 10 节", "10 personal-training sessions"), ProductRole::profit, 2800, k("主要收入来源。", "The main source of income.")},
                   {"prod-camp", k("群专属小班私教（4 人）", "Group-only small-group training (four people)"), ProductRole::exclusive, 1280, k("只在群里招募，每月一期。", "Recruited only in the group, one round a month.")}};
    in.promotions = {
        {"promo-pt-trial", PromotionKind::limited_time, k("周五私教体验 3 个名额", "Three Friday PT trials"),
         k("每周五放 3 个 99 元私教体验名额。", "Three 99-yuan personal-training trials every Friday."),
         k("🏋️ 本周私教体验只有 3 个名额（已约 {n}/3），99 元一节，含体态评估。回复“体验+时间”预约。", "🏋️ Only three PT trials this week ({n}/3 booked), 99 yuan with a posture check. Reply \"trial + time\" to book.")},
        {"promo-challenge", PromotionKind::checkin, k("21 天挑战", "21-day challenge"),
         k("21 天全勤返还报名费，前三名送私教。", "Full attendance refunds the fee; the top three win personal training."),
         k("21 天挑战第 {天数} 天 ✅ 今天练了：{内容}，吃了：{饮食}，体重：{体重}", "Challenge day {n} ✅ Trained: {workout}; ate: {meals}; weight: {weight}")},
        {"promo-buddy", PromotionKind::group_buy, k("双人续卡", "Renew with a buddy"),
         k("两人一起续年卡各减 300。", "Two renewing together each save 300."),
         k("【双人续卡接龙】和搭子一起续年卡，各减 300！\n1. {姓名} + {搭子}\n2.", "[Buddy renewal] Renew with a friend and each save 300!\n1. {name} + {buddy}\n2.")},
    };
    // ---- what each line sends ----
    say(p, "slot-checkin", {k("☀️ 早安打卡！今天练了什么？\n格式：名字｜训练内容｜时长\n1. 小雅｜慢跑 5 公里｜35 分钟\n2.",
                              "☀️ Morning check-in! What did you do today?\nFormat: name | workout | time\n1. Ya | 5 km jog | 35 min\n2.")});
    say(p, "slot-food", {k("🥗 午饭吃对了吗？\n今日建议：先吃菜、再吃肉、最后吃主食，主食换一半粗粮，饱得久不容易饿。\n晒一张你的午饭，小唐来点评～",
                           "🥗 Is your lunch on track?\nToday's tip: vegetables first, then protein, then the carbs, and swap half "
                           "the rice for whole grains: you stay full for longer.\nPost your lunch and Tang will comment!")});
    say(p, "slot-classes", uses("script-notice"));
    say(p, "slot-stretch", {k("🌙 今天打卡的都超棒 👏\n👇 睡前跟着视频拉伸 5 分钟，明天腿不酸～",
                              "🌙 Well done, everyone who checked in today 👏\n👇 Five minutes of stretching with the video before "
                              "bed, and your legs will thank you tomorrow.")});
    say(p, "col-plan", {k("💪 本周训练计划｜{日期}\n重点：下肢力量\n三个动作：深蹲 / 臀桥 / 弓步蹲，每个 3 组 × 12 次\n👇 动作要领看图，练完记得打卡！",
                          "💪 This week's plan | {date}\nFocus: legs\nThree moves: squats / glute bridges / lunges, 3 sets of 12 "
                          "each\n👇 Form tips in the picture; check in when you're done!")});
    say(p, "col-menu", {k("🥗 周二减脂食谱\n👇 一周三餐搭配都在图里，还附了外卖怎么点不踩雷，收藏起来照着吃～",
                          "🥗 Tuesday fat-loss menu\n👇 A week of meals in one picture, plus what to order when you eat out. Save "
                          "it and follow along!")});
    say(p, "col-form", {k("🎥 周三动作纠错\n把你今天练的一个动作拍 10 秒视频发上来，Kevin 教练挑 3 个逐一纠正～",
                          "🎥 Wednesday form check\nPost a 10-second clip of one move from today; Coach Kevin corrects three of "
                          "them.")});
    say(p, "col-story", {k("✨ 周四蜕变故事\n👇 会员小雅坚持了 12 周，体脂从 30% 降到 24%。她说最难的是第三周，来看看她是怎么撑过来的～",
                           "✨ Thursday transformation story\n👇 Ya kept going for 12 weeks and went from 30% to 24% body fat. "
                           "She says week three was the hardest; here's how she got through it.")});
    say(p, "col-pt-offer", {k("🔥 周五私教体验：99 元一节，本周只有 3 个名额\n想让教练一对一看动作、定计划的，回复“私教+姓名”～",
                              "🔥 Friday personal-training trial: 99 yuan a session, only three this week\nWant a coach to check "
                              "your form and plan with you one to one? Reply \"PT + name\".")});
    say(p, "col-weekend", {k("🏃 周六户外团练！早上 7:30 深圳湾公园 5 公里，配速随意，跑完一起吃早餐～\n接龙报名：\n1.\n2.",
                             "🏃 Saturday group run! 7:30 at Shenzhen Bay Park, 5 km at any pace, breakfast together after\nSign "
                             "up:\n1.\n2.")});
    say(p, "col-board", {k("🏆 本周打卡榜！\n👇 全勤和进步之星都在图上，每人 +50 积分。没上榜的下周一起冲～",
                           "🏆 This week's check-in board!\n👇 Perfect attendance and most improved are on it, 50 points each. "
                           "Not there yet? Next week!")});
    say(p, "month-theme", {k("📅 本月训练主题：核心力量月 🔥\n每周一的计划都围绕核心，月底一起测平板支撑，看看谁进步最大～",
                             "📅 This month: core strength 🔥\nEvery Monday plan works the core, and at the end of the month we "
                             "all test our plank. Who will improve most?")});
    say(p, "month-bodycheck", {k("📏 月初体测开约啦！体脂 + 围度，5 分钟搞定，对比上个月看看变化。\n回复“体测+姓名+时间”，Amy 帮你排～",
                                 "📏 Monthly body checks are open! Body fat and measurements in five minutes; see what changed "
                                 "since last month.\nReply \"check + name + time\" and Amy books you in.")});
    say(p, "month-survey", {k("📝 月中小调查：\n1. 最想加哪节团课？\n2. 哪个时间段最方便？\n3. 饮食上最大的困扰？\n回复“题号+答案”，谢谢 🙏",
                              "📝 Mid-month survey:\n1. Which class would you add?\n2. Which times suit you best?\n3. Your biggest "
                              "struggle with food?\nReply \"number + answer\". Thank you 🙏")});
    say(p, "line-day0-welcome", {k("👋 大家好，我是 Kevin 教练，欢迎加入燃动会员群！\n每天 07:00 晨练打卡、12:30 饮食建议、18:00 放团课名额。\n先看置顶公告和约课规则，再按模板做个介绍👇 打卡达人们已经先来了～",
                                   "👋 Hi all, I'm Coach Kevin: welcome to Ignite's members' group!\nMorning check-in at 07:00, a food "
                                   "tip at 12:30, class places at 18:00.\nRead the pinned announcement and booking rules, then "
                                   "introduce yourself with the template 👇 Our check-in champions have gone first!")});
    say(p, "line-day1-first-checkin", {k("☀️ 第一次晨练打卡！不管练了多少，发出来就是胜利 💪\n格式：名字｜训练内容｜时长\n1. 阿杰｜跳绳 1000 个｜15 分钟\n2.",
                                         "☀️ Our first morning check-in! However much you did, posting it is a win 💪\nFormat: name | "
                                         "workout | time\n1. Jay | 1,000 skips | 15 min\n2.")});
    say(p, "line-day3-topic", {k("🍱 晒晒你今天的午饭！小唐挨个点评，告诉你怎么换着吃更好～",
                                 "🍱 Show us today's lunch! Tang comments on each one and suggests easy swaps.")});
    say(p, "line-day5-class", {k("🎉 今晚 19:30 群友专场团课！只对群里开放，15 个名额\n回复“专场+名字”报名，课后一起拍合影 📸",
                                 "🎉 Members-only class tonight at 19:30! Just for this group, 15 places\nReply \"class + name\" to "
                                 "book; group photo afterwards 📸")});
    say(p, "line-join-goal", {k("{称呼}你好，我是 Kevin 教练 💪 想先了解一下：你的目标是减脂、增肌还是塑形？有没有旧伤？我帮你排第一周的课表～",
                                "Hi {name}, Coach Kevin here 💪 What's your goal: losing fat, building muscle or toning? Any old "
                                "injuries? I'll put together your first week.")});
    say(p, "line-join-week1", {k("{称呼}，第一周练下来感觉怎么样？😊 下周的团课名额明晚 18:00 放出，想约哪节先告诉我～",
                                 "{name}, how did your first week go? 😊 Next week's class places open tomorrow at 18:00; tell me "
                                 "which ones you'd like.")});
    say(p, "line-saturday-reminder", {k("🏃 明早 7:30 深圳湾公园集合，5 公里团练！\n出门前看一眼天气，带上水和防晒，迟到的直接在跑道上汇合～",
                                        "🏃 Tomorrow 7:30 at Shenzhen Bay Park: our 5 km group run!\nCheck the weather, bring water and "
                                        "sun cream; if you're late, join us on the path.")});
    // The challenge kicks off on a Monday evening. The studio's group takes
    // six posts a day: the kick-off sends five (a lighter run-sheet,
    // templates_kit.hpp) and the morning check-in with the week's plan
    // stays. The food tip, the class places (booked at the front desk that
    // day) and the 21:00 wrap-up, which the kick-off's perk replaces, are
    // skipped.
    lighter_event(k, r.runsheets[0], k("报名了！今晚 {时间} 开营，闹钟定好了⏰ 21 天一起瘦～",
                                       "Signed up! Alarm set for the kick-off at {time} ⏰ 21 days, let's do this together!"));
    skip_on_event_day(p, r.runsheets[0], {"slot-food", "slot-classes", "slot-stretch"},
                      k("挑战开营日：饮食建议并进开营分享，团课名额当天在前台约，21:00 的总结由开营福利代替。",
                        "Kick-off day: the food tip is part of the talk, classes are booked at the front desk that day, and "
                        "the kick-off's perk replaces the 21:00 wrap-up."));
    // The first check-in chain and the first topic are those days' slot posts.
    fold_into_slot(p, "line-day1-first-checkin", "slot-checkin",
                   k("开群第 1 天：07:00 发第一次打卡接龙模板，代替当天的晨练打卡。",
                     "Day 1: the first check-in chain template is that day's 07:00 check-in."));
    fold_into_slot(p, "line-day3-topic", "slot-food",
                   k("开群第 3 天：12:30 发第一个互动话题（晒午饭），代替当天的饮食建议。",
                     "Day 3: the first interaction topic (show us your lunch) is that day's 12:30 food post."));

    p.content.mix = {55, 25, 20, 10};
    return p;
}

}  // namespace core::tpl
