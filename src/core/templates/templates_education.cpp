// 教育: a tutoring school's group for parents of young pupils — a daily
// puzzle, a free open class on Wednesdays, trial lessons turned into terms.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan education(const Kit& k) {
    Plan p = base_plan(k, Defaults{300, 1500});
    Basics& b = p.basics;
    b.name = k("数学思维·家长交流群", "Maths Thinking: Parents' Group");
    b.industry = Industry::education;
    b.owner = k("周老师", "Mr Zhou");
    b.city = k("成都", "Chengdu");
    b.positioning = {k("小学 1–3 年级孩子的家长", "parents of children in the first three years of primary school"),
                     k("孩子数学开窍慢，家长不会辅导，又怕盲目报班", "a child slow to take to maths, parents unsure how to help and wary of signing up blindly"),
                     k("每天一道思维题、每周一节免费公开课、老师点评作业，体验满意再报班",
                       "a thinking puzzle every day, a free open class every week and teacher feedback on homework; enrol only once a trial convinces you")};
    b.value_content = b.value_resources = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::medium, Scale::medium, true, false, true, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("周老师（校区负责人）", "Mr Zhou (campus head)"),
             k("把关教学口径和招生节奏，周五发学员进步榜，处理家长投诉。",
               "Owns what is promised about teaching and the enrolment calendar, posts the Friday progress board, handles complaints."));
    set_role(p, kAdmin, k("课程顾问小陈", "Chen (course adviser)"),
             k("欢迎新家长、发课程信息和体验课名额，私聊跟进报名，维护群秩序。",
               "Welcomes new parents, posts course news and trial places, follows up sign-ups privately, keeps order."));
    set_role(p, kContent, k("教研李老师", "Ms Li (curriculum)"),
             k("出每日一题和解析，主讲周三公开课，晚上答疑作业。",
               "Sets the daily puzzle and its solution, teaches the Wednesday open class, answers homework questions in the evening."));
    set_role(p, kCrew, k("三位老学员家长", "Three parents of current pupils"),
             k("带头晒孩子的解题过程，公开课上先提问，分享真实的学习变化。",
               "Lead by posting their child's working, ask the first questions in open classes, share real progress."));
    rule(p, "rule-no-ads").text = k("不发其他机构的广告和招生信息。", "No ads or enrolment posts from other schools.");
    rule(p, "rule-nickname").text = k("入群请改昵称：孩子名字-年级（如：小宇-二年级）。", "Set your nickname to child's name - year (e.g. Leo - Year 2).");
    rule(p, "rule-perks").text = k("每周三晚免费公开课，课件只在群内发放。", "A free open class every Wednesday evening; slides are shared in the group only.");
    rule(p, "rule-join").text = k("每日一题请把孩子的答案按“姓名+答案”格式回复。", "For the daily puzzle, reply as \"name + answer\".");
    s.announcement_intro = k("欢迎各位家长！本群每天 07:30 发一道思维题，每周三 20:30 免费公开课，晚上老师答疑作业。本群不承诺提分，只分享方法。",
                             "Welcome, parents! A thinking puzzle every day at 07:30, a free open class every Wednesday at 20:30 and "
                             "homework help in the evenings. We promise methods, not grades.");
    set_script(p, "script-welcome", k("新家长欢迎语", "Welcome for new parents"),
               k("欢迎 @{新人} 家长！👏\n1. 请改昵称：孩子名字-年级\n2. 按置顶模板介绍一下孩子的情况\n3. 私聊小陈老师领取《一年级思维启蒙 20 题》\n每天 07:30 的思维题，陪孩子一起做吧！",
                 "Welcome, @{newcomer}! 👏\n1. Set your nickname: child's name - year\n2. Tell us about your child with the "
                 "pinned template\n3. Message Chen for our free \"20 first thinking puzzles\" booklet\nDo the 07:30 puzzle "
                 "with your child every day!"));
    set_script(p, "script-intro", k("家长自我介绍模板", "Parent self-introduction template"),
               k("【家长介绍】\n孩子：\n年级：\n数学最让人头疼的地方：\n每天能陪孩子学习的时间：\n希望在群里得到：",
                 "[About us]\nChild:\nYear:\nThe hardest part of maths for them:\nTime I can study with them each day:\nWhat I hope to get here:"));
    set_script(p, "script-notice", k("公开课通知", "Open class notice"),
               k("【周三 20:30 免费公开课】\n主题：{主题}\n主讲：李老师\n适合：1–3 年级\n请回复“孩子名字+年级”报名，开课前 1 小时发链接。听完课完成小练习，可获得一次免费学情诊断。",
                 "[Free open class, Wednesday 20:30]\nTopic: {topic}\nTeacher: Ms Li\nFor: years 1–3\nReply \"child's "
                 "name + year\" to sign up; the link comes an hour before. Finish the short exercise afterwards for a free "
                 "learning check."));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：公开课要钱吗？\n答：不要，每周三都有，回看 3 天有效。\n问：孩子跟不上怎么办？\n答：先做一次免费学情诊断，再定从哪里开始。\n"
                 "问：体验课和正式课有什么区别？\n答：体验课 5 天，正式课一学期 16 次，含作业批改。\n问：可以退费吗？\n答：正式课开课前可全额退，开课后按剩余课时退。",
                 "Q: Does the open class cost anything?\nA: No. There is one every Wednesday; replays stay up for 3 days.\n"
                 "Q: What if my child can't keep up?\nA: Start with a free learning check, then decide where to begin.\n"
                 "Q: Trial course or term course?\nA: The trial runs 5 days; a term has 16 lessons with marked homework.\n"
                 "Q: Can I get a refund?\nA: In full before the term starts; afterwards for the lessons left."));
    s.scripts.push_back({"script-followup", ScriptKind::custom, k("体验课后私聊跟进", "Follow-up after a trial"),
                         k("{称呼}家长好，{孩子}这 5 天的体验课进步很明显：{亮点}。李老师建议下一步重点练{薄弱点}。这期学期班还剩 {名额} 个名额，需要的话我帮您留一个？",
                           "Hello {name}, {child} made clear progress in the 5-day trial: {highlight}. Ms Li suggests working "
                           "on {weak spot} next. The term class has {places} places left; shall I keep one for you?")});
    s.visuals = {k("蓝白配色 + 校区 logo，写“数学思维家长群”。", "Blue and white with the school logo and \"Maths Thinking Parents\"."),
                 k("公告：本群做什么 + 三条群规 + 每周时间表（07:30 一题 / 周三公开课）。", "Announcement: what the group does, three rules, the weekly timetable (07:30 puzzle, Wednesday class)."),
                 k("每日一题图 1080×1440；公开课海报 1080×1920；进步榜长图宽 1080。", "Daily puzzle cards 1080×1440; open class posters 1080×1920; progress boards 1080 wide.")};
    s.pilot.group_size = 60;
    s.pilot.tests = k("每日一题的参与人数、公开课到课率、体验课报名率。", "How many do the daily puzzle, open class attendance, trial sign-up rate.");
    s.pilot.feedback = k("记录家长最常问的问题和公开课后的报名人数。", "Note parents' most frequent questions and sign-ups after each open class.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-puzzle", hm(7, 30), k("每日一题", "Daily puzzle"), Category::activation, Format::image_text, kContent, 1},
        {"slot-method", hm(12, 0), k("学习方法 / 家庭教育", "Study methods / learning at home"), Category::brand, Format::image_text, kContent, 1},
        {"slot-homework", hm(19, 0), k("作业答疑 + 公布答案", "Homework help + puzzle answer"), Category::activation, Format::qa, kContent, 1},
        {"slot-course", hm(20, 30), k("课程信息 / 体验课名额", "Course news / trial places"), Category::conversion, Format::text, kAdmin, 1},
    };
    r.columns = {
        {"col-challenge", k("周一挑战题", "Monday challenge"), 1, "slot-puzzle", Category::activation, Format::image_text, Color::orange, kContent,
         k("一周最难的一题，全对的孩子上进步榜。", "The hardest puzzle of the week; every right answer makes the progress board.")},
        {"col-method-class", k("周二方法小课堂", "Tuesday study-skills class"), 2, "slot-method", Category::brand, Format::video, Color::blue, kContent,
         k("3 分钟视频讲一个学习方法。", "A three-minute video on one study skill.")},
        {"col-open-class", k("周三免费公开课", "Wednesday free open class"), 3, "slot-course", Category::conversion, Format::live, Color::purple, kContent,
         k("45 分钟直播 + 15 分钟答疑，按运行单执行。", "A 45-minute live class plus 15 minutes of questions, run by the run-sheet.")},
        {"col-mistakes", k("周四错题诊所", "Thursday mistake clinic"), 4, "slot-homework", Category::activation, Format::qa, Color::green, kContent,
         k("家长发孩子的错题，老师挑 3 道讲解。", "Parents post their child's mistakes; the teacher explains three.")},
        {"col-progress", k("周五进步榜", "Friday progress board"), 5, "slot-course", Category::brand, Format::poster, Color::red, kOwner,
         k("本周坚持做题和进步最大的孩子。", "The children who kept at it and improved most this week.")},
        {"col-family-game", k("周六亲子数学游戏", "Saturday family maths game"), 6, "slot-method", Category::activation, Format::image_text, Color::yellow, kCrew,
         k("一个在家就能玩的数学游戏，晒照片加积分。", "A maths game to play at home; a photo earns points.")},
        {"col-next-week", k("周日下周课表", "Sunday: next week's timetable"), 7, "slot-course", Category::conversion, Format::text, Color::teal, kAdmin,
         k("下周公开课主题和体验课剩余名额。", "Next week's open class topic and the trial places left.")},
    };
    r.month_tasks.push_back({"month-report", MonthPhase::end, 28, k("月度学情报告", "Monthly learning report"),
                             k("给每位体验和在读学员发一页学情报告。", "Send every trial and enrolled pupil a one-page learning report."), kContent});
    r.routine = {
        {"line-day0-welcome", RoutinePhase::cold_start, created(0, 9, 0), k("开群欢迎 + 群规 + 家长介绍模板", "Opening welcome + rules + parent intro template"),
         k("群主致欢迎词，置顶公告，发家长介绍模板，氛围组家长先介绍。", "The owner welcomes everyone, pins the announcement, shares the intro template; crew parents go first."),
         Category::brand, Format::text, kOwner, 1},
        {"line-day1-quiz", RoutinePhase::cold_start, created(1, 20, 0), k("入学小测", "Starting quiz"),
         k("发 10 题小测链接，做完自动生成孩子的思维能力报告。", "Post a 10-question quiz; finishing it produces the child's thinking-skills report."),
         Category::activation, Format::qa, kContent, 1},
        {"line-day3-topic", RoutinePhase::cold_start, created(3, 19, 0), k("第一个互动话题", "First interaction topic"),
         k("用答疑时段问：“孩子最怕哪类数学题？”氛围组先答，老师归纳。", "In the homework slot ask: \"Which kind of maths problem does your child fear most?\" The crew answers first, the teacher sums up."),
         Category::activation, Format::qa, kCrew, 0},
        {"line-day7-wrap", RoutinePhase::cold_start, created(7, 21, 0), k("首周小结", "First-week wrap-up"),
         k("发首周做题统计和下周公开课预告。", "Post the first week's puzzle figures and next week's open class."), Category::brand, Format::image_text, kAdmin, 1},
        {"line-join-survey", RoutinePhase::cold_start, joined(0, 20, 0), k("新家长私聊问卷", "Private survey for new parents"),
         k("私聊了解孩子年级和学习情况，打标签。", "Ask privately about the child's year and level; tag them."), Category::activation, Format::text, kAdmin, 1},
        {"line-join-report", RoutinePhase::cold_start, joined(2, 20, 0), k("发送小测报告", "Send the quiz report"),
         k("把入学小测报告私发给家长，约一次 10 分钟解读。", "Send the quiz report privately and offer a 10-minute call to go through it."),
         Category::conversion, Format::text, kAdmin, 1},
        {"line-weekend-challenge", RoutinePhase::mature, weekly(6, 10, 0), k("周末亲子挑战", "Weekend family challenge"),
         k("周末一道亲子合作题，周日晚公布答案。", "A puzzle to solve together over the weekend; answers on Sunday evening."),
         Category::activation, Format::image_text, kContent, 1},
        {"line-trial-followup", RoutinePhase::mature, weekly(4, 21, 30), k("体验课转化跟进", "Trial follow-ups"),
         k("课程顾问私聊本周完成体验课的家长（不在群里发）。", "The adviser messages parents who finished a trial this week (privately, not in the group)."),
         Category::conversion, Format::text, kAdmin, 0},
    };
    // The first Wednesday after the first-week wrap-up (day 7), so the two
    // never share an evening, whatever weekday the group starts on.
    as_tasks(p, {"line-trial-followup"});   // the team's work, not group posts
    r.runsheets = {nine_step_runsheet(k, {"run-open-class", k("免费公开课：巧算加减法", "Free open class: quick mental sums"),
                                          next_weekday(k.day(8), 3), hm(20, 30), k("李老师", "Ms Li"),
                                          k("巧算加减法的三个小窍门", "three tricks for quick mental sums"),
                                          k("免费学情诊断一次", "a free learning check")})};
    const Date summer = next_month_day(k.start, 6, 10);
    r.campaigns = {
        {"camp-summer", CampaignKind::launch, k("暑期班招生", "Summer term enrolment"), summer, Date{summer.days + 20},
         k("暑期班报满 3 个班（90 人）。", "Fill three summer classes (90 pupils)."),
         k("6/10 起公开课连上 3 周，老学员推荐立减 300，早鸟价截止 6/30。", "Open classes three weeks running from 10 June; 300 off for referrals by current families; early-bird price until 30 June."),
         true, k("暑期体验课专场群", "Summer trial group"),
         k("在主群公布体验课结课数据和学员作品，感谢参与的家长。", "Post the trial's results and pupils' work in the main group and thank the families who took part."),
         ""},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-puzzle", k("每日一题答对", "Right answer to the daily puzzle"), 10, 10},
                       {"pts-checkin", k("口算打卡", "Mental-sums check-in"), 5, 5},
                       {"pts-mistake", k("分享错题和订正", "Sharing a mistake and its correction"), 20, 40},
                       {"pts-invite", k("推荐一位家长入群", "Inviting another parent"), 100, 300}};
    in.rewards = {{"rew-book", 200, k("思维练习册一本", "A thinking-skills workbook")},
                  {"rew-check", 500, k("一对一学情诊断 30 分钟", "A 30-minute one-to-one learning check")},
                  {"rew-voucher", 1500, k("学期班 200 元抵扣券", "A 200-yuan voucher for a term course")}};
    in.levels = {{"lvl-new", k("新学员家长", "New family"), 0, k("公开课、每日一题", "Open classes, the daily puzzle")},
                 {"lvl-regular", k("坚持家长", "Regular family"), 600, k("优先报名公开课、练习册", "First places in open classes, a workbook")},
                 {"lvl-honor", k("荣誉家长", "Honoured family"), 2000, k("续费 95 折、参加教研开放日", "5% off renewals, a seat at the curriculum open day")}};
    in.products = {{"prod-trial", k("5 天体验课", "5-day trial course"), ProductRole::traffic, 9.9, k("低门槛体验，带出第一次报名。", "An easy first step that leads to enrolment.")},
                   {"prod-workbook", k("思维启蒙练习册", "First thinking-skills workbook"), ProductRole::perk, 1, k("1 元包邮，晒练习照返积分。", "One yuan with free postage; a photo earns points back.")},
                   {"prod-term", k("学期班（16 次课）", "Term course (16 lessons)"), ProductRole::profit, 2980, k("主营课程，含作业批改。", "The main course, homework marking included.")},
                   {"prod-diagnosis", k("群专属一对一诊断 + 学习规划", "Group-only one-to-one check + study plan"), ProductRole::exclusive, 199, k("不对外销售，报名学期班可全额抵扣。", "Not sold elsewhere; fully credited against a term course.")}};
    in.promotions = {
        {"promo-first30", PromotionKind::limited_time, k("前 30 名送教具", "Maths kit for the first 30"),
         k("学期班前 30 名报名送一套数学教具。", "The first 30 term enrolments get a maths kit."),
         k("📣 学期班报名开启！前 30 位报名的家长送数学教具一套（已报 {n}/30）。回复“报名”，小陈老师私聊您。",
           "📣 Term enrolment is open! The first 30 families get a maths kit ({n}/30 taken). Reply \"enrol\" and Chen will message you.")},
        {"promo-team", PromotionKind::group_buy, k("3 人成团", "Team of three"),
         k("3 位家长一起报名，每人立减 300。", "Three families enrolling together each save 300."),
         k("【拼班接龙】3 人成团每人减 300！\n1. {孩子}-{年级}\n2.\n3.", "[Team sign-up] Three together each save 300!\n1. {child} - {year}\n2.\n3.")},
        {"promo-checkin", PromotionKind::checkin, k("21 天口算打卡", "21-day mental-sums check-in"),
         k("每天 5 分钟口算，连续 21 天送练习册。", "Five minutes of mental sums a day; 21 days in a row earns a workbook."),
         k("口算打卡第 {天数} 天：用时 {分钟} 分钟，正确率 {正确率} ✅", "Mental sums, day {n}: {minutes} minutes, {accuracy} right ✅")},
    };
    // ---- what each line sends ----
    say(p, "slot-puzzle", {k("🧩 每日一题｜{日期}\n👇 题目在图里，适合 1–3 年级。\n先让孩子自己想 5 分钟，再按“姓名+答案”回复，晚上 7 点公布答案和解析～",
                             "🧩 Daily puzzle | {date}\n👇 It's in the picture, for years 1–3.\nLet your child think for five minutes "
                             "alone, then reply \"name + answer\". Answers and working at 7 this evening!")});
    say(p, "slot-method", {k("📖 午间学习方法\n今天讲：孩子怎么自己检查计算题？三步走👇\n1. 先估一估大概多少\n2. 倒过来算一遍\n3. 圈出最容易抄错的数\n试过有用的家长回来说说～",
                             "📖 Study tip at lunchtime\nToday: how can children check their own sums? Three steps 👇\n1. Estimate "
                             "the answer first\n2. Work it backwards\n3. Circle the digits easiest to copy wrong\nTried it? Tell "
                             "us how it went!")});
    say(p, "slot-homework", {k("✍️ 作业答疑时间（19:00–20:00）\n孩子今天哪道题卡住了？拍照发上来，李老师挨个讲。\n📌 今早每日一题的答案和解析👇",
                               "✍️ Homework help (19:00–20:00)\nStuck on a problem today? Post a photo and Ms Li goes through each "
                               "one.\n📌 This morning's puzzle: answer and working 👇")});
    say(p, "slot-course", {k("📣 课程小消息\n本周 5 天体验课还剩几个名额（每天 20 分钟，老师批改）。想让孩子试试的，私信小陈登记～",
                             "📣 Course news\nA few places are left on this week's 5-day trial (20 minutes a day, marked by a "
                             "teacher). Want your child to try it? Message Chen.")});
    say(p, "col-challenge", {k("🔥 周一挑战题！\n👇 这是本周最难的一道，全对的孩子上周五进步榜。\n按“姓名+答案”回复，今晚公布答案～",
                               "🔥 Monday challenge!\n👇 The hardest puzzle of the week; every right answer makes Friday's progress "
                               "board.\nReply \"name + answer\"; the answer comes tonight.")});
    say(p, "col-method-class", {k("🎬 周二方法小课堂｜3 分钟\n👇 今天的视频讲“读题圈关键词”，看完让孩子拿今天的作业试一试。",
                                  "🎬 Tuesday study-skills class | 3 minutes\n👇 Today's video: circling the key words in a question. "
                                  "Try it on tonight's homework.")});
    say(p, "col-open-class", {k("🎓 周三免费公开课开讲啦！\n李老师讲 45 分钟 + 答疑 15 分钟，适合 1–3 年级。\n还没报名的回复“孩子名字+年级”，小陈马上私发链接～",
                                "🎓 The Wednesday open class starts now!\nMs Li teaches for 45 minutes, then 15 minutes of "
                                "questions; for years 1–3.\nNot signed up? Reply \"child's name + year\" and Chen sends you the link.")});
    say(p, "col-mistakes", {k("🩺 周四错题诊所开诊！\n把孩子这周的错题拍照发上来，李老师挑 3 道最典型的细讲。\n同一类题错的孩子越多，讲得越细～",
                              "🩺 Thursday mistake clinic is open!\nPost photos of this week's mistakes; Ms Li explains the three "
                              "most typical in detail.\nThe more children get one wrong, the more time it gets.")});
    say(p, "col-progress", {k("🏆 本周进步榜出炉！\n👇 每天坚持做题的孩子和进步最大的孩子都在图上，恭喜！\n下周继续，全对的孩子下周五再上榜 💪",
                              "🏆 This week's progress board!\n👇 The children who did the puzzle every day and those who improved "
                              "most are on it: well done!\nKeep going; every right answer makes next Friday's board 💪")});
    say(p, "col-family-game", {k("🎲 周六亲子数学游戏：凑十大作战\n一副扑克牌，翻开两张加起来等于 10 就收走，比谁收得多！\n晒一张玩的照片 +10 积分 📸",
                                 "🎲 Saturday family maths game: Make Ten\nWith a pack of cards, take any two face-up cards that add "
                                 "up to 10; whoever collects most wins!\nPost a photo of your game for 10 points 📸")});
    say(p, "col-next-week", {k("🗓 下周安排\n周三 20:30 免费公开课，主题周一公布\n5 天体验课还剩少量名额，想报名的私信小陈～",
                               "🗓 Next week\nFree open class on Wednesday at 20:30; the topic comes on Monday\nA few trial places "
                               "are left; message Chen to sign up.")});
    say(p, "month-theme", {k("📅 本月主题：计算小能手 ✏️\n每日一题以口算和巧算为主，周三公开课连讲计算方法。想重点听哪类题，留言告诉李老师～",
                             "📅 This month's theme: quick and accurate sums ✏️\nDaily puzzles on mental arithmetic, and the "
                             "Wednesday classes on calculation methods. Which kind of problem should Ms Li cover? Let us know!")});
    say(p, "month-survey", {k("📝 月中小调查，1 分钟：\n1. 孩子最近最头疼的题型？\n2. 晚上几点方便看群？\n3. 公开课想听什么？\n回复“题号+答案”即可，谢谢各位家长 🙏",
                              "📝 Mid-month survey, one minute:\n1. Which kind of problem troubles your child most?\n2. When in "
                              "the evening can you read the group?\n3. What would you like in the open classes?\nReply \"number + "
                              "answer\". Thank you 🙏")});
    say(p, "month-report", {k("{称呼}家长好，孩子本月的学情报告出来了 📊 做题次数、正确率和薄弱点都在里面。\n有看不明白的地方，约个 10 分钟电话我给您讲讲？",
                              "Hello {name}, your child's learning report for the month is ready 📊 It shows puzzles done, accuracy "
                              "and weak spots.\nAnything unclear? I'm happy to go through it in a 10-minute call.")});
    say(p, "line-day0-welcome", {k("👋 各位家长好，我是周老师，欢迎来到数学思维家长群！\n每天 07:30 一道思维题，每周三 20:30 免费公开课，晚上李老师答疑作业。\n请先看置顶公告，再按模板介绍一下孩子👇",
                                   "👋 Hello everyone, I'm Mr Zhou: welcome to the Maths Thinking parents' group!\nA thinking puzzle "
                                   "every day at 07:30, a free open class every Wednesday at 20:30, homework help from Ms Li in the "
                                   "evenings.\nPlease read the pinned announcement, then tell us about your child with the template 👇")});
    say(p, "line-day1-quiz", {k("📝 入学小测来啦！10 道题，大约 15 分钟\n做完自动生成孩子的思维能力报告，小陈老师逐个解读。\n回复“小测”，链接私信发给您～",
                                "📝 The starting quiz is here! Ten questions, about 15 minutes\nIt produces a thinking-skills report "
                                "for your child, and Chen goes through each one with you.\nReply \"quiz\" and the link comes privately.")});
    say(p, "line-day3-topic", {k("💬 想问问大家：孩子最怕哪类数学题？应用题、计算还是图形？\n李老师晚点帮大家归纳～",
                                 "💬 A question for everyone: which kind of maths does your child fear most: word problems, sums or "
                                 "shapes?\nMs Li will sum up later.")});
    say(p, "line-day7-wrap", {k("📊 开群第一周小结\n这周每日一题大家坚持得很好，👇 做题统计在图里。\n下周三 20:30 免费公开课，回复“孩子名字+年级”先占个位～",
                                "📊 Our first week\nYou kept up the daily puzzle brilliantly: the figures are in the picture 👇\n"
                                "Free open class next Wednesday at 20:30: reply \"child's name + year\" to save a place.")});
    say(p, "line-join-survey", {k("{称呼}家长您好，我是课程顾问小陈 😊 方便说下孩子几年级、数学大概什么水平吗？我按年级给您推对应的题和资料～",
                                  "Hello {name}, I'm Chen, the course adviser 😊 Which year is your child in, and how are they getting "
                                  "on with maths? I'll send puzzles and material for that year.")});
    say(p, "line-join-report", {k("{称呼}家长好，孩子的入学小测报告出来了 📊\n有几处挺值得聊聊，约个 10 分钟电话帮您解读一下？",
                                  "Hello {name}, your child's starting-quiz report is ready 📊\nA few points are worth a chat: shall "
                                  "we take 10 minutes on the phone to go through it?")});
    say(p, "line-weekend-challenge", {k("🧠 周末亲子挑战题\n👇 这道题需要大人和孩子一起商量着做，周日晚公布答案。\n做对的晒一下解题过程，+20 积分～",
                                        "🧠 Weekend family challenge\n👇 Solve this one together, grown-up and child; the answer comes on "
                                        "Sunday evening.\nPost your working for 20 points!")});
    // The open class sends its notice from the starter kit. On the night the
    // group sends six posts, its whole budget: the run-sheet's five (a
    // lighter run-sheet, templates_kit.hpp) and the morning puzzle. The
    // lunchtime tip and the homework hour rest for the evening (homework
    // questions move to the next evening), and the class is that Wednesday's
    // 20:30 column, so those three are skipped that day.
    Runsheet& open_class = r.runsheets[0];
    open_class.steps[1].message = uses("script-notice");
    lighter_event(k, open_class, k("我们家已经报好名啦，闹钟定在 {时间} ⏰ 今晚「{主题}」，一起来听～",
                                   "We've signed up and set an alarm for {time} ⏰ See you tonight for \"{topic}\"!"));
    skip_on_event_day(p, open_class, {"slot-method", "slot-homework", "slot-course"},
                      k("公开课当天：午间方法和作业答疑停一天（答疑顺延到明晚），20:30 按运行单上课。",
                        "Open class day: no lunchtime tip or homework hour (homework help moves to tomorrow evening); 20:30 "
                        "follows the run-sheet."));

    p.content.mix = {50, 25, 25, 10};
    kpi(p, "monetization-conversion").target = 8;
    return p;
}

}  // namespace core::tpl
