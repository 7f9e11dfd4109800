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
    r.routine.push_back({"line-d0-open", RoutinePhase::cold_start, created(0, 19, 0), k("第 0 天：开营前一小时", "Day 0: an hour before the opening"),
                         k("发课表和开营仪式预告，氛围组学员先做自我介绍。", "Post the timetable and the ceremony preview; alumni introduce themselves first."),
                         Category::brand, Format::text, kAdmin, 1});
    for (int i = 0; i < 5; ++i) {
        r.routine.push_back({"line-lesson-" + std::to_string(i + 1), RoutinePhase::cold_start, created(i + 1, 20, 0),
                             fmt(k("第 {n} 课：{topic}", "Lesson {n}: {topic}").c_str(),
                                 {{"n", std::to_string(i + 1)}, {"topic", k(topics_zh[i], topics_en[i])}}),
                             k("直播时段上课，课后发练习文件和当天笔记；21:30 点评作业。",
                               "Taught in the live slot, followed by the practice file and notes; homework feedback at 21:30."),
                             Category::activation, Format::live, kOwner, 0});
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
    r.routine.push_back({"line-weekly-next", RoutinePhase::mature, weekly(7, 20, 0), k("下期招生预告", "Next round preview"),
                         k("发下期开营日期，邀请学员推荐同事。", "Post the next start date and invite students to recommend colleagues."), Category::conversion, Format::poster, kAdmin, 1});
    r.runsheets = {
        nine_step_runsheet(k, {"run-opening", k("开营仪式", "Opening ceremony"), k.day(0), hm(20, 0), k("陈老师", "Ms Chen"),
                               k("5 天能学到什么，怎么打卡", "what the five days cover and how check-ins work"),
                               k("快捷键速查表", "a shortcut cheat sheet")}),
        nine_step_runsheet(k, {"run-closing", k("结营直播", "Closing live session"), k.day(5), hm(20, 0), k("陈老师", "Ms Chen"),
                               k("5 天回顾 + 优秀作业 + 进阶课", "five-day recap, best homework and the advanced course"),
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
    p.kpis.launch.goal = k("开营当天到齐，人人完成自我介绍和第一次打卡。", "Everyone in on day 0, each introduced and checked in once.");
    p.kpis.activation.goal = k("5 天课程完成率 60% 以上。", "Over 60% finish the five lessons.");
    kpi(p, "monetization-conversion").target = 15;
    p.content.mix = {60, 25, 15, 10};
    return p;
}

}  // namespace core::tpl
