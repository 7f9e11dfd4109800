// Scenario: a 5-day training camp run every week — opening ceremony on
// Monday evening, a lesson and a check-in each day, homework feedback, a
// closing live session on Friday and the move to the paid course.
#include "core/templates/templates_kit.hpp"

namespace core::tpl {

Plan camp_5day(const Kit& k) {
    Plan p = base_plan(k, Defaults{150, 399});
    Basics& b = p.basics;
    b.name = k("5 天 Excel 效率训练营", "5-Day Excel Productivity Camp");
    b.industry = Industry::education;
    b.owner = k("陈老师", "Ms Chen");
    b.city = k("北京", "Beijing");
    b.positioning = {k("每天和表格打交道的职场新人", "early-career office workers who live in spreadsheets"),
                     k("做表慢、公式不会用，常常加班", "slow with spreadsheets, lost with formulas, often working late"),
                     k("5 天每天一课一练，老师逐一点评作业，结营后可报名进阶课",
                       "a lesson and an exercise each day for 5 days, every homework reviewed by a teacher, and an advanced course to join afterwards")};
    b.value_content = true;
    b.group_type = GroupType::refined;
    b.platform = Platform::wecom;
    b.platform_quiz = {true, Scale::medium, Scale::medium, false, false, false, true};

    Setup& s = p.setup;
    set_role(p, kOwner, k("陈老师（主讲）", "Ms Chen (lead teacher)"),
             k("主讲开营和结营直播，定作业标准，结营后介绍进阶课。", "Teaches the opening and closing sessions, sets the homework standard, presents the advanced course."));
    set_role(p, kAdmin, k("班主任小米", "Mi (class tutor)"),
             k("开营前拉群、发课表，每天提醒打卡和交作业，统计完成率。", "Builds the group and shares the timetable, reminds everyone daily to check in and hand in homework, tracks completion."));
    set_role(p, kContent, k("助教团（3 人）", "Teaching assistants (3)"),
             k("每天点评作业，晚上答疑，整理当天笔记。", "Review homework daily, answer questions in the evening, write up the day's notes."));
    set_role(p, kCrew, k("往期优秀学员", "Star alumni"),
             k("开营时先介绍自己，每天最早打卡，分享学完后的变化。", "Introduce themselves first at the opening, check in first each day, share what changed for them."));
    rule(p, "rule-no-spam").text = k("上课和答疑时间不刷屏，问题按“第几课+问题”格式发。", "No flooding during lessons and Q&A; ask as \"lesson number + question\".");
    rule(p, "rule-nickname").text = k("入群请改昵称：姓名-城市-行业。", "Set your nickname to name - city - industry.");
    rule(p, "rule-perks").text = k("完成 5 天打卡的同学获得结业证书和进阶课优惠。", "Finishing all five check-ins earns a certificate and a discount on the advanced course.");
    rule(p, "rule-join").text = k("每天 23:00 前交作业，截图发群并 @ 助教。", "Hand in homework before 23:00 each day: a screenshot in the group, @-mentioning a TA.");
    s.announcement_intro = k("欢迎来到 5 天 Excel 效率训练营！每天 07:30 发任务，20:00 直播课，21:30 作业点评。坚持 5 天，做表快一倍。",
                             "Welcome to the 5-Day Excel Productivity Camp! The task at 07:30, the live lesson at 20:00, homework "
                             "feedback at 21:30. Stick with it for five days and work twice as fast.");
    set_script(p, "script-welcome", k("入营欢迎语", "Welcome to the camp"),
               k("欢迎 @{新人} 入营！📊\n1. 改昵称：姓名-城市-行业\n2. 按模板做自我介绍\n3. 今晚 20:00 开营仪式，记得设闹钟\n课表和资料在群公告里。",
                 "Welcome to camp, @{newcomer}! 📊\n1. Set your nickname: name - city - industry\n2. Introduce yourself with "
                 "the template\n3. The opening ceremony is tonight at 20:00, so set an alarm\nThe timetable and materials are "
                 "in the announcement."));
    set_script(p, "script-intro", k("学员自我介绍模板", "Student self-introduction template"),
               k("【学员介绍】\n姓名：\n城市 / 行业：\n每天用 Excel 做什么：\n最想解决的一个问题：\n5 天后希望：",
                 "[About me]\nName:\nCity / industry:\nWhat I use Excel for every day:\nThe one problem I most want solved:\nAfter five days I hope to:"));
    set_script(p, "script-notice", k("每日开课通知", "Daily lesson notice"),
               k("【第 {天数} 课 · 今晚 20:00】\n主题：{主题}\n课前准备：打开练习文件 {文件}\n直播链接 19:55 发群里，回放保留 48 小时。",
                 "[Lesson {n}, tonight at 20:00]\nTopic: {topic}\nBefore class: open the practice file {file}\nThe live link "
                 "comes at 19:55; the replay stays up for 48 hours."));
    set_script(p, "script-faq", k("常见问题", "FAQ"),
               k("问：错过直播怎么办？\n答：看回放，48 小时内交作业都算打卡。\n问：用 WPS 可以吗？\n答：可以，个别功能位置不同，助教会单独说明。\n问：作业不会做？\n答：21:30 答疑时间 @ 助教，或看当天笔记。\n问：结营后还能问问题吗？\n答：群保留 7 天，之后转入校友群。",
                 "Q: What if I miss the live lesson?\nA: Watch the replay; homework within 48 hours still counts.\nQ: Can I use "
                 "WPS?\nA: Yes; a few menus differ and the TAs will point them out.\nQ: Stuck on homework?\nA: @ a TA at the "
                 "21:30 Q&A or read the day's notes.\nQ: Can I ask after the camp?\nA: The group stays open 7 days, then moves "
                 "to the alumni group."));
    s.scripts.push_back({"script-checkin", ScriptKind::custom, k("打卡模板", "Check-in template"),
                         k("【第 {天数} 天打卡】\n今天学会了：\n作业用时：\n还没搞懂：", "[Day {n} check-in]\nLearned today:\nHomework took:\nStill unclear:")});
    s.scripts.push_back({"script-upsell", ScriptKind::custom, k("结营进阶课介绍", "Advanced course pitch"),
                         k("这 5 天大家完成了 {完成率} 的作业，进步很明显！想继续系统学的同学：进阶课 8 周，训练营学员专享价 {价格}，48 小时内有效，回复“进阶”了解。",
                           "You finished {rate} of the homework in these five days, and it shows! For those who want to go further: "
                           "the 8-week advanced course at a campers' price of {price}, valid for 48 hours. Reply \"advanced\" for details.")});
    s.visuals = {k("绿色表格图标 + “5 天训练营 第 N 期”。", "A green spreadsheet icon with \"5-day camp, round N\"."),
                 k("公告：课表（5 天主题）+ 每日时间 + 打卡规则。", "Announcement: the timetable (five topics), daily times and check-in rules."),
                 k("每日海报 1080×1920；笔记长图宽 1080；结业证书 A4 横版。", "Daily posters 1080×1920; long note images 1080 wide; certificates A4 landscape.")};
    s.pilot.group_size = 60;
    s.pilot.tests = k("每天的到课率和作业完成率，第几天掉队最多。", "Daily attendance and homework completion, and the day most people drop off.");
    s.pilot.feedback = k("记录每期的完成率和进阶课转化率。", "Note each round's completion and advanced-course conversion.");

    Rhythm& r = p.rhythm;
    r.slots = {
        {"slot-task", hm(7, 30), k("今日任务 + 练习文件", "Today's task + practice file"), Category::activation, Format::image_text, kAdmin, 1},
        {"slot-reminder", hm(12, 0), k("午间打卡提醒", "Lunchtime check-in reminder"), Category::activation, Format::text, kAdmin, 1},
        {"slot-live", hm(20, 0), k("直播课（19:55 发链接）", "Live lesson (link at 19:55)"), Category::activation, Format::live, kAdmin, 1},
        {"slot-feedback", hm(21, 30), k("作业点评 + 答疑", "Homework feedback + Q&A"), Category::activation, Format::qa, kContent, 1},
    };
    r.columns = {
        {"col-opening", k("周一开营仪式", "Monday opening ceremony"), 1, "slot-live", Category::brand, Format::live, Color::purple, kOwner,
         k("按开营运行单执行。", "Run by the opening run-sheet.")},
        {"col-midway", k("周三中期答疑", "Wednesday mid-camp Q&A"), 3, "slot-feedback", Category::activation, Format::qa, Color::blue, kContent,
         k("集中解答前三课的问题。", "Answers to the questions from the first three lessons.")},
        {"col-closing", k("周五结营直播", "Friday closing session"), 5, "slot-live", Category::conversion, Format::live, Color::red, kOwner,
         k("总结 + 优秀作业 + 进阶课介绍，按结营运行单执行。", "Summary, best homework and the advanced course, run by the closing run-sheet.")},
        {"col-alumni", k("周六学员蜕变分享", "Saturday student stories"), 6, "slot-reminder", Category::brand, Format::image_text, Color::green, kCrew,
         k("往期学员讲学完后的变化。", "Alumni share what changed after the camp.")},
    };
    const char* topics_zh[] = {"快捷键和数据录入", "排序、筛选和条件格式", "VLOOKUP 和 XLOOKUP", "数据透视表", "图表和一页报告"};
    const char* topics_en[] = {"shortcuts and data entry", "sorting, filters and conditional formatting", "VLOOKUP and XLOOKUP",
                               "pivot tables", "charts and a one-page report"};
    r.routine.push_back({"line-d0-open", RoutinePhase::cold_start, created(0, 18, 30), k("第 0 天：开营前发课表", "Day 0: the timetable before the opening"),
                         k("发课表和开营仪式预告，氛围组学员先做自我介绍。", "Post the timetable and the ceremony preview; alumni introduce themselves first."),
                         Category::brand, Format::text, kAdmin, 1});
    // Lessons 1–4 on days 1–4; the fifth is taught in the closing session on
    // day 5 (run-closing), so it has no line of its own.
    for (int i = 0; i < 4; ++i) {
        r.routine.push_back({"line-lesson-" + std::to_string(i + 1), RoutinePhase::cold_start, created(i + 1, 20, 0),
                             fmt(k("第 {n} 课：{topic}", "Lesson {n}: {topic}").c_str(),
                                 {{"n", std::to_string(i + 1)}, {"topic", k(topics_zh[i], topics_en[i])}}),
                             k("直播时段上课，课后发练习文件和当天笔记；21:30 点评作业。",
                               "Taught in the live slot, followed by the practice file and notes; homework feedback at 21:30."),
                             Category::activation, Format::live, kOwner, 1});
        // The lesson is the live slot's post that day (fold_into_slot below):
        // the teacher opens it with the topic and the practice file.
        r.routine.back().message.text =
            fmt(k("📊 第 {n} 课：{topic}\n直播开始啦，点上面的链接进来～练习文件在群文件里，边听边练；21:30 点评作业。",
                  "📊 Lesson {n}: {topic}\nWe're live: join with the link above. The practice file is in the group files, "
                  "so follow along. Homework feedback at 21:30.").c_str(),
                {{"n", std::to_string(i + 1)}, {"topic", k(topics_zh[i], topics_en[i])}});
    }
    r.routine.push_back({"line-d3-push", RoutinePhase::cold_start, created(3, 22, 30), k("第 3 天：掉队提醒", "Day 3: catch-up nudge"),
                         k("@ 还没交前两次作业的同学，发回放链接。", "@-mention those missing the first two homeworks and share the replays."),
                         Category::activation, Format::text, kAdmin, 1});
    r.routine.push_back({"line-d5-certificate", RoutinePhase::cold_start, created(5, 22, 0), k("第 5 天：结业证书", "Day 5: certificates"),
                         k("发完成名单和电子结业证书。", "Post the list of finishers and their certificates."), Category::brand, Format::image_text, kAdmin, 1});
    r.routine.push_back({"line-d6-deadline", RoutinePhase::cold_start, created(6, 20, 0), k("第 6 天：进阶课优惠截止提醒", "Day 6: advanced-course offer ends"),
                         k("提醒学员专享价今晚 24:00 截止。", "Remind everyone the campers' price ends at midnight."), Category::conversion, Format::text, kAdmin, 1});
    r.routine.push_back({"line-join-welcome", RoutinePhase::cold_start, joined(0, 12, 0), k("报名后私聊", "Private message after sign-up"),
                         k("发入群链接、课表和练习文件下载方式。", "Send the group link, the timetable and where to download the files."), Category::activation, Format::text, kAdmin, 1});
    r.routine.push_back({"line-weekly-next", RoutinePhase::mature, weekly(7, 19, 30), k("下期招生预告", "Next round preview"),
                         k("发下期开营日期，邀请学员推荐同事。", "Post the next start date and invite students to recommend colleagues."), Category::conversion, Format::poster, kAdmin, 1});
    r.runsheets = {
        nine_step_runsheet(k, {"run-opening", k("开营仪式", "Opening ceremony"), k.day(0), hm(20, 0), k("陈老师", "Ms Chen"),
                               k("5 天能学到什么，怎么打卡", "what the five days cover and how check-ins work"),
                               k("快捷键速查表", "a shortcut cheat sheet")}),
        nine_step_runsheet(k, {"run-closing", k("结营直播", "Closing live session"), k.day(5), hm(20, 0), k("陈老师", "Ms Chen"),
                               k("第 5 课图表和一页报告 + 5 天回顾 + 进阶课", "lesson 5 (charts and a one-page report), the five-day recap and the advanced course"),
                               k("进阶课学员专享价（48 小时）", "the campers' price for the advanced course (48 hours)")}),
    };
    r.campaigns = {
        {"camp-round", CampaignKind::launch, k("本期训练营", "This camp round"), k.day(0), k.day(6),
         k("完成率 60%，进阶课转化 15%。", "60% finish, 15% move on to the advanced course."),
         k("第 0 天开营，第 1–5 天每天一课，第 5 天结营，第 6 天优惠截止；训练营群 7 天后解散。",
           "Opening on day 0, a lesson a day on days 1–5, closing on day 5, the offer ends on day 6; the camp group closes after 7 days."),
         true, k("第 1 期学员群", "Round 1 students' group"),
         k("在校友群发本期数据、优秀作业和下期日期。", "Post this round's figures, the best homework and the next dates in the alumni group."),
         "run-closing"},
    };

    Incentives& in = p.incentives;
    in.points_rules = {{"pts-checkin", k("每日打卡", "Daily check-in"), 10, 10},
                       {"pts-homework", k("按时交作业", "Homework on time"), 20, 20},
                       {"pts-best", k("作业被评为优秀", "Homework chosen as best"), 50, 50},
                       {"pts-answer", k("帮同学解答问题", "Answering a classmate's question"), 10, 30}};
    in.rewards = {{"rew-templates", 100, k("100 个报表模板", "100 report templates")},
                  {"rew-discount", 200, k("进阶课再减 50 元", "Another 50 off the advanced course")}};
    in.levels = {{"lvl-student", k("学员", "Student"), 0, k("5 天课程和点评", "Five lessons with feedback")},
                 {"lvl-graduate", k("优秀结业学员", "Top graduate"), 150, k("进阶课专享价、校友群", "The campers' price and the alumni group")}};
    in.products = {{"prod-camp", k("5 天训练营", "5-day camp"), ProductRole::traffic, 9.9, k("低价入门，筛选有意愿的学员。", "A low price that finds motivated learners.")},
                   {"prod-cheatsheet", k("快捷键速查表（实体卡）", "Shortcut cheat sheet (printed card)"), ProductRole::perk, 0, k("全勤学员包邮送。", "Posted free to everyone who completes.")},
                   {"prod-advanced", k("8 周进阶课", "8-week advanced course"), ProductRole::profit, 399, k("主要收入，学员专享价 299。", "The main income; campers pay 299.")},
                   {"prod-coaching", k("一对一报表辅导", "One-to-one report coaching"), ProductRole::exclusive, 599, k("只向结营学员开放。", "Open to camp graduates only.")}};
    in.promotions = {
        {"promo-48h", PromotionKind::limited_time, k("结营 48 小时专享价", "48-hour graduate price"),
         k("结营后 48 小时内报名进阶课 299 元。", "The advanced course at 299 within 48 hours of the closing session."),
         k("⏰ 训练营专享价只剩 {小时} 小时：进阶课 299 元（原价 399），已有 {n} 位同学报名。", "⏰ Only {hours} hours left at the campers' price: the advanced course for 299 (usually 399); {n} classmates have signed up.")},
        {"promo-checkin", PromotionKind::checkin, k("5 天全勤打卡", "Five-day perfect attendance"),
         k("5 天全部打卡送速查表和证书。", "All five check-ins earn the cheat sheet and a certificate."),
         k("第 {天数} 天打卡 ✅ 今天学会：{内容}", "Day {n} check-in ✅ Today I learned: {content}")},
        {"promo-team", PromotionKind::group_buy, k("同事组队报名", "Sign up with colleagues"),
         k("3 人组队报名进阶课，每人再减 50。", "Three colleagues signing up together each save another 50."),
         k("【组队接龙】3 人成团每人减 50\n1. {姓名}-{公司}\n2.\n3.", "[Team chain] Three together each save 50\n1. {name} - {company}\n2.\n3.")},
    };
    // ---- stages that fit a one-week group --------------------------------------------------
    // The camp lives a week: day 0 opening, lessons on days 1–5, the offer
    // closes on day 6, the group closes on day 7 and the graduates move to
    // the alumni group. Each stage is a part of that week; the day-by-day
    // items come from the lines and run-sheets (fit_stages).
    Kpis& st = p.kpis;
    st.launch.start_day = 0, st.launch.end_day = 1;
    st.activation.start_day = 1, st.activation.end_day = 5;
    st.monetization.start_day = 5, st.monetization.end_day = 7;
    st.retention.start_day = 7, st.retention.end_day = 8;
    st.referral.start_day = 0, st.referral.end_day = 8;
    st.launch.goal = k("开营当天到齐，人人完成自我介绍和第一次打卡。", "Everyone in on day 0, each introduced and checked in once.");
    st.activation.goal = k("5 天课程完成率 60% 以上。", "Over 60% finish the five lessons.");
    st.monetization.goal = k("结营直播讲清进阶课，48 小时专享价内 15% 的学员报名。",
                             "The closing session presents the advanced course; 15% of campers sign up within the 48-hour price.");
    st.retention.goal = k("训练营群解散前，学员都转进校友群，留下这一期的成果。",
                          "Before the camp group closes, every camper moves to the alumni group with this round's results.");
    st.referral.goal = k("学员带同事来报下一期：组队报名、邀请海报。", "Campers bring colleagues to the next round: team sign-ups and an invitation poster.");
    st.monetization.checklist = {
        {"monetization-c1", k("结营直播前备好进阶课介绍、报名链接和专享价海报", "Before the closing session, ready the course pitch, the sign-up link and the campers' price poster"), false},
        {"monetization-c5", k("统计报名人数和转化率，记下学员最常问的三个问题", "Count sign-ups and the conversion rate; note the three questions campers asked most"), false},
    };
    st.retention.checklist = {
        {"retention-c1", k("发校友群邀请，说明训练营群第 7 天解散", "Post the alumni-group invitation and say the camp group closes on day 7"), false},
        {"retention-c2", k("把笔记、回放和优秀作业打包发群文件，解散前提醒保存", "Put the notes, replays and best homework in the group files; remind everyone to save them before the group closes"), false},
        {"retention-c3", k("私聊没交完作业的学员，送回放链接，邀请进下一期", "Message campers who missed homework with the replays and an invitation to the next round"), false},
    };
    st.referral.checklist = {
        {"referral-c1", k("做好组队报名海报和转发话术（3 人组队每人减 50）", "Make the team sign-up poster and the forwarding script (50 off each for a team of three)"), false},
        {"referral-c2", k("请完成打卡的学员晒结业证书，附下期报名码", "Ask finishers to post their certificates with the next round's sign-up code"), false},
        {"referral-c3", k("记录每位新学员是谁推荐的", "Note who recommended each new camper"), false},
    };
    // KPIs of a one-week group: retention is moving to the alumni group,
    // not 30-day silence or repeat purchase months later.
    for (Kpi& x : st.retention.kpis) {
        if (x.id == "retention-weekly-active") {
            x.name = k("转入校友群比例", "Moved to the alumni group");
            x.target = 80;
            x.remedies = {{"retention-weekly-active-r1", k("解散前一天再发一次校友群邀请，@ 还没进的同学", "Post the alumni invitation again the day before closing, @-mentioning those not yet in")}};
        } else if (x.id == "retention-repurchase") {
            x.name = k("下一期复报率", "Signed up for another round");
            x.target = 10;
            x.remedies = {{"retention-repurchase-r1", k("给结营学员留下一期早鸟价", "Keep an early-bird price for graduates")}};
        } else if (x.id == "retention-churn") {
            x.name = k("中途退群率", "Left during the camp");
            x.remedies = {{"retention-churn-r1", k("第 3 天 22:30 的掉队提醒之后，私聊仍没交作业的同学", "After the day-3 catch-up nudge at 22:30, message those still missing homework privately")}};
        } else if (x.id == "retention-silent") {
            x.name = k("一次作业都没交的学员", "Campers with no homework handed in");
            x.target = 15;
            x.remedies = {{"retention-silent-r1", k("私聊送当天回放和一份简单版练习", "Message them the day's replay and an easier exercise")}};
        }
    }
    alert(p, "alert-silent").threshold = 20;
    kpi(p, "monetization-conversion").target = 15;
    // ---- what each line sends ----
    say(p, "slot-task", {k("☀️ 早上好！今日任务👇\n1. 下载今天的练习文件（群文件）\n2. 20:00 直播课\n3. 22:00 前交作业打卡\n一天进步一点点 📊",
                           "☀️ Morning! Today's tasks 👇\n1. Download today's practice file (group files)\n2. Live lesson at 20:00\n"
                           "3. Homework and check-in by 22:00\nA little better every day 📊")});
    say(p, "slot-reminder", {k("⏰ 午休时间，打个卡吧！\n昨天的作业还没交的，抽 10 分钟做完，48 小时内交都算～",
                               "⏰ Lunch break: time to check in!\nHomework from yesterday still to do? Ten minutes will do it, and "
                               "anything within 48 hours counts.")});
    say(p, "slot-live", {k("🔴 直播开始啦！点群公告里的链接进入，回放保留 48 小时。\n打开练习文件跟着做，问题先记下来，21:30 统一答疑～",
                           "🔴 We're live! Join with the link in the group announcement; the replay stays up for 48 hours.\nOpen the "
                           "practice file and follow along; note your questions for the 21:30 Q&A.")});
    say(p, "slot-feedback", {k("✅ 今日作业点评\n👇 做得好的同学和最常见的 3 个错误都在图里。\n还没搞懂的在群里 @我，现在开始答疑～",
                               "✅ Today's homework feedback\n👇 The best work and the three most common mistakes are in the picture.\n"
                               "Still stuck? @ me here; the Q&A starts now.")});
    say(p, "col-opening", {k("🎉 开营仪式开始啦！陈老师带大家过一遍 5 天的安排和打卡规则，点群公告的链接进直播间～",
                             "🎉 The opening ceremony starts now! Ms Chen walks through the five days and the check-in rules: join "
                             "with the link in the announcement.")});
    say(p, "col-midway", {k("🙋 中期答疑专场！前三课有任何没搞懂的，今晚集中解决，按“第几课+问题”发上来～",
                            "🙋 Mid-camp Q&A! Anything from the first three lessons still unclear? We sort it tonight: post "
                            "\"lesson number + question\".")});
    say(p, "col-closing", {k("🎓 结营直播开始！5 天回顾 + 优秀作业展示 + 进阶课介绍，点群公告的链接进入～",
                             "🎓 The closing session starts now! The five days in review, the best homework and the advanced "
                             "course: join with the link in the announcement.")});
    say(p, "col-alumni", {k("🌟 往期学员分享\n👇 上一期的小周：以前做月报要一整天，学完透视表半小时搞定。你学完最想先解决哪件事？",
                            "🌟 From our alumni\n👇 Zhou, last round: the monthly report used to take a whole day; with pivot "
                            "tables it takes half an hour. What will you tackle first?")});
    say(p, "month-theme", {k("📅 本月开营安排：每期 5 天，周一开营、周五结营。\n想带同事一起学的，私信助教报名～",
                             "📅 This month's camps: five days each, opening on Monday and closing on Friday.\nWant to bring a "
                             "colleague? Message the assistant to sign up.")});
    say(p, "month-survey", {k("📝 小调查，1 分钟：\n1. 哪一课最有用？\n2. 20:00 的直播时间合适吗？\n3. 还想学什么？\n回复“题号+答案”，谢谢 🙏",
                              "📝 A one-minute survey:\n1. Which lesson helped most?\n2. Does 20:00 suit you for the live lesson?\n"
                              "3. What else would you like to learn?\nReply \"number + answer\". Thank you 🙏")});
    say(p, "line-d0-open", {k("📅 今晚 20:00 开营！先把课表存好👇\n第 1 课 快捷键和数据录入\n第 2 课 排序、筛选和条件格式\n第 3 课 VLOOKUP 和 XLOOKUP\n第 4 课 数据透视表\n第 5 课 图表和一页报告\n每晚 20:00 直播，21:30 答疑～",
                              "📅 We open tonight at 20:00! Save the timetable 👇\nLesson 1 shortcuts and data entry\nLesson 2 sorting, "
                              "filters and conditional formatting\nLesson 3 VLOOKUP and XLOOKUP\nLesson 4 pivot tables\nLesson 5 "
                              "charts and a one-page report\nLive every evening at 20:00, Q&A at 21:30.")});
    say(p, "line-d3-push", {k("📣 还没交前两次作业的同学看过来：回放还在，48 小时内补交都算打卡！\n卡在哪一步就在群里问，助教马上回 💪",
                              "📣 Missing the first two homeworks? The replays are still up, and anything handed in within 48 "
                              "hours counts!\nStuck somewhere? Ask here and the assistant answers right away 💪")});
    say(p, "line-d5-certificate", {k("🎓 恭喜结营！完成全部打卡的同学名单和电子证书都在这里👇\n5 天坚持下来真不容易，给自己点个赞 👏",
                                     "🎓 Congratulations! The list of everyone who finished and your certificates are here 👇\nFive "
                                     "days in a row is no small thing: well done 👏")});
    say(p, "line-d6-deadline", {k("⏰ 提醒：进阶课学员专享价今晚 24:00 截止\n想继续系统学的，回复“进阶”了解详情～",
                                  "⏰ Reminder: the campers' price for the advanced course ends at midnight tonight\nReply \"advanced\" "
                                  "for the details.")});
    say(p, "line-join-welcome", {k("{称呼}你好，报名成功 🎉\n入群链接、课表和练习文件下载方式都在下面👇 进群后记得改昵称：姓名-城市-行业～",
                                   "Hi {name}, you're in 🎉\nThe group link, the timetable and where to download the files are "
                                   "below 👇 Once you join, set your nickname: name - city - industry.")});
    say(p, "line-weekly-next", {k("📣 下一期 5 天 Excel 训练营下周一开营！\n推荐同事一起来，两人同报各减 50 元，回复“推荐”领邀请海报～",
                                  "📣 The next 5-day Excel camp opens next Monday!\nBring a colleague and you each get 50 off: reply "
                                  "\"invite\" for the poster.")});
    // The camp's two events each fill their day: the group takes six posts
    // and each run-sheet sends five (a lighter run-sheet, templates_kit.hpp).
    // Day 0 (opening) keeps the timetable at 18:30; nothing else runs
    // yet, so the task, reminder, live and feedback slots are skipped. Day 5
    // (closing) keeps the certificates at 22:00; the fifth lesson is taught
    // in the closing session, its practice file goes with the 09:00 notice,
    // the crew gives the noon reminder, and the closing replaces the evening
    // feedback, so the same four slots are skipped.
    lighter_event(k, r.runsheets[0], k("我是往期学员，今晚 {时间} 的开营仪式我也来～新同学别错过，这 5 天真的有用 👍",
                                       "Former camper here: I'll be at tonight's opening at {time} too. Don't miss it, these five days "
                                       "really help 👍"));
    lighter_event(k, r.runsheets[1], k("最后一课了！今晚 {时间} 结营直播，闹钟定好了⏰ 一起把最后一关拿下～",
                                       "Last lesson! Closing session tonight at {time}, alarm set ⏰ Let's finish this together!"));
    for (const Runsheet& event : r.runsheets)
        skip_on_event_day(p, event, {"slot-task", "slot-reminder", "slot-live", "slot-feedback"},
                          k("开营 / 结营当天：按运行单执行，当天的任务、提醒、直播和点评都并进运行单的消息里。",
                            "Opening or closing day: the run-sheet runs the day, and its messages carry the task, the reminder, "
                            "the live lesson and the feedback."));
    for (const Runsheet& event : r.runsheets)
        skip_on_event_day(p, event, {"line-weekly-next"},
                          k("开营 / 结营当晚只讲本期：下期招生预告停一次。",
                            "On an opening or closing night the group hears about this round only: no next-round preview."));
    // A lesson day's 20:00 post is the lesson (the weekly opening or closing
    // column that may fall on it belongs to another round), and day 6's is
    // the offer's last call: no live lesson that evening.
    for (int i = 1; i <= 4; ++i)
        fold_into_slot(p, "line-lesson-" + std::to_string(i), "slot-live",
                       k("上课日：20:00 直播时段上当天的课，由陈老师开场。",
                         "Lesson day: the 20:00 live slot is that day's lesson, opened by Ms Chen."));
    fold_into_slot(p, "line-d6-deadline", "slot-live",
                   k("第 6 天：课已上完，20:00 这一条是进阶课专享价的截止提醒。",
                     "Day 6: the lessons are over; the 20:00 post is the last call for the campers' price."));

    // A camp is a week of lessons: nearly every post gets people learning
    // and checking in (促活), and the selling is the closing session and
    // the offer's last day, so its mix is set to what such a week is.
    p.content.mix = {80, 10, 10, 10};
    return p;
}

}  // namespace core::tpl
