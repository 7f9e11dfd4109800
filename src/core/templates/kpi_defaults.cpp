#include "core/templates/kpi_defaults.hpp"

#include "core/rules/alerts.hpp"
#include "core/rules/stages.hpp"

namespace core {

namespace {

// Default data is written as zh/en pairs next to each other, so a change to
// one language is seen next to the other.
struct Text {
    const char* zh;
    const char* en;
    std::string in(Lang lang) const { return lang == Lang::en ? en : zh; }
};

struct KpiData {
    const char* key;
    Text name;
    Text unit;
    double target;
    Direction direction;
    Metric metric;
    std::vector<Text> remedies;
};

struct StageData {
    Text goal;
    std::vector<KpiData> kpis;
    std::vector<Text> checklist;
};

const Text kPercent{"%", "%"};
const Text kPeople{"人", "people"};

const StageData& data_of(Stage stage) {
    using D = Direction;
    static const StageData launch{
        {"让新成员顺利入群、完善资料，并在第一周留下来",
         "Bring new members in, get their profiles completed and keep them through the first week"},
        {
            {"join", {"入群率", "Join rate"}, kPercent, 60, D::higher, Metric::none,
             {{"加大入群福利：扫码入群即领 5 元无门槛券", "Sweeten the joining perk: a 5-yuan coupon for scanning the QR code"},
              {"重做邀请海报：一句话写清群能带来什么", "Redo the invitation poster: say in one line what the group gives"}}},
            {"profile", {"资料完善率", "Profile-completion rate"}, kPercent, 70, D::higher, Metric::none,
             {{"改好群昵称即可解锁一份新人福利", "Changing the group nickname unlocks a newcomer perk"},
              {"在欢迎语和群公告里给出昵称格式示例", "Show the nickname format in the welcome message and the announcement"}}},
            {"retain", {"首周留存率", "First-week retention"}, kPercent, 85, D::higher, Metric::none,
             {{"入群三天每天一份小福利，留住第一周", "A small perk on each of the first three days to carry members through week one"},
              {"氛围组第一天带头自我介绍并回应每位新人", "Have the atmosphere crew introduce themselves first and answer every newcomer on day one"}}},
            {"members", {"成员数", "Members"}, kPeople, 200, D::higher, Metric::members,
             {{"请老客户和门店顾客扫码入群", "Invite existing customers and shop visitors to scan in"},
              {"老带新：成员邀请好友入群双方得福利", "Members who bring a friend both get a perk"}}},
        },
        {{"发布群公告和群规（三不三要）", "Post the group announcement and rules (three don'ts, three musts)"},
         {"发送欢迎语和自我介绍模板", "Send the welcome message and the self-introduction template"},
         {"氛围组完成第一轮示范互动", "Atmosphere crew models the first round of interaction"},
         {"发放三天入群福利", "Run the three-day joining perk"},
         {"第 3 天发起第一个互动话题", "Day 3: start the first interaction topic"},
         {"记录入群率、资料完善率和成员数", "Log the join rate, profile completion and member count"}},
    };
    static const StageData activation{
        {"让成员开口说话、参与活动，养成按时打开的习惯",
         "Get members talking, joining activities and opening messages at fixed times"},
        {
            {"speaking", {"发言率", "Speaking rate"}, kPercent, 30, D::higher, Metric::speaking,
             {{"增加互动话题：每日一问、投票、接龙", "More interaction topics: a daily question, polls, chains"},
              {"发言给积分，氛围组先开口带动", "Give points for speaking and let the atmosphere crew start"}}},
            {"participation", {"活动参与率", "Activity participation"}, kPercent, 20, D::higher, Metric::none,
             {{"降低参与门槛：一键接龙、打卡即可参与", "Lower the bar: a one-tap chain or a check-in is enough to take part"},
              {"活动前早中晚三次预告，现场设即时小奖品", "Announce morning, noon and evening before the activity and give small instant prizes"}}},
            {"open", {"内容打开率", "Content open rate"}, kPercent, 20, D::higher, Metric::open_rate,
             {{"调整推送时间：对比工作日 20:00 与周末 10:00", "Move the push times: compare weekday 20:00 with weekend 10:00"},
              {"换新标题：试试“数字 + 痛点”", "New titles: try “number + pain point”"},
              {"先发图片再发文字，第一屏说清重点", "Send the image first, then the text, with the point on the first screen"}}},
            {"active", {"日活跃人数", "Daily active members"}, kPeople, 50, D::higher, Metric::active,
             {{"每日打卡领积分，固定栏目让成员知道何时来", "A daily check-in for points, and fixed columns so members know when to come"}}},
        },
        {{"固定每日时段：08:30 问候、10:00 干货、15:00 话题、20:00 福利",
          "Fix the daily slots: 08:30 greeting, 10:00 know-how, 15:00 topic, 20:00 perk"},
         {"上线每周栏目（周一资讯、周三公开课、周五会员日）",
          "Start the weekly columns (Monday brief, Wednesday open class, Friday member day)"},
         {"发布积分规则并开始记分", "Publish the points rules and start scoring"},
         {"举办第一场群活动（打卡挑战或答疑）", "Run the first group activity (a check-in challenge or a Q&A)"},
         {"每周查看打开率和发言率", "Check the open rate and speaking rate every week"},
         {"找出活跃成员，列为 KOC 候选", "Spot the active members and list them as KOC candidates"}},
    };
    static const StageData monetization{
        {"把信任转化为购买：提高转化率和客单价", "Turn trust into purchases: raise conversion and order value"},
        {
            {"conversion", {"转化率", "Conversion rate"}, kPercent, 10, D::higher, Metric::none,
             {{"加强钩子：前 50 单送赠品", "A stronger hook: the first 50 orders get a gift"},
              {"限时限量，倒计时海报加优惠券", "Limited time and quantity, with a countdown poster and a coupon"},
              {"先发测评和案例，再发优惠", "Post reviews and case studies before the offer"}}},
            {"aov", {"客单价", "Average order value"}, {"元", "yuan"}, 100, D::higher, Metric::none,
             {{"做组合：买 A 送 B 小样", "Bundles: buy A, get a sample of B"},
              {"任选 3 件 99 元，爆款搭配滞销款", "Any 3 for 99 yuan, pairing a best-seller with a slow seller"}}},
            {"coupon", {"优惠券核销率", "Coupon redemption"}, kPercent, 30, D::higher, Metric::none,
             {{"优惠券与成员看过的商品绑定", "Tie coupons to the items members looked at"},
              {"到期前一天 20:00 提醒用券", "Remind members at 20:00 the day before the coupon expires"}}},
            {"buyers", {"下单人数", "Buyers"}, kPeople, 15, D::higher, Metric::buyers,
             {{"发起拼单接龙：满 10 单发货", "Start a group-buy chain: ships at 10 orders"},
              {"会员日专属价", "A member-day price for group members only"}}},
        },
        {{"确定商品角色：流量品、福利品、利润品、专属品",
          "Assign product roles: traffic, perk, profit and exclusive items"},
         {"每周一次限时秒杀：倒计时海报 + 优惠券", "A weekly flash sale with a countdown poster and a coupon"},
         {"发起第一次拼单接龙", "Run the first group-buy chain"},
         {"按 30% 的比例安排转化型内容（测评、案例、限时优惠）",
          "Keep conversion content at 30% (reviews, cases, limited offers)"},
         {"每次活动后记录转化率和客单价", "Log conversion and order value after each campaign"},
         {"规划下一个节日大促", "Plan the next festival sale"}},
    };
    static const StageData retention{
        {"留住老成员、促进复购，及早发现流失", "Keep loyal members, drive repeat purchases and catch churn early"},
        {
            {"weekly-active", {"周活跃率", "Weekly active rate"}, kPercent, 30, D::higher, Metric::none,
             {{"固定一个成员期待的每周栏目", "Keep one weekly column members look forward to"},
              {"办只对群成员开放的活动", "Hold events open only to group members"}}},
            {"repurchase", {"复购率", "Repurchase rate"}, kPercent, 25, D::higher, Metric::none,
             {{"老会员专属折扣日", "Discount days for loyal members"},
              {"按使用周期提醒补货，积分可抵扣复购", "Replenishment reminders by usage cycle; points count toward repeat orders"}}},
            {"churn", {"流失率", "Churn rate"}, kPercent, 5, D::lower, Metric::none,
             {{"流失预警：沉默 30 天的成员发召回消息", "Churn warning: members silent for 30 days get a recall message"},
              {"退群前问一句原因，做成改进清单", "Ask leavers why, and turn the answers into fixes"}}},
            {"silent", {"沉默 30 天以上成员", "Members silent 30+ days"}, kPeople, 20, D::lower, Metric::silent,
             {{"定向唤醒：私信召回并送专属福利", "Targeted re-activation: a direct message with a perk just for them"},
              {"发一个零门槛话题并 @ 沉默成员", "Post a zero-effort topic and mention the silent members"}}},
        },
        {{"月末按 RFM 给成员分层", "Segment members by RFM at month end"},
         {"每月一次老会员日", "A loyal-member day every month"},
         {"检查会员等级权益是否仍有吸引力", "Check that the member levels' benefits still appeal"},
         {"每月整理沉默成员名单并召回", "List and recall the silent members every month"},
         {"月中做一次成员调研", "Run a member survey mid-month"}},
    };
    static const StageData referral{
        {"让老成员带来新成员，培养 KOC", "Have members bring new members, and grow KOCs"},
        {
            {"fission", {"裂变率", "Referral (fission) rate"}, kPercent, 10, D::higher, Metric::none,
             {{"阶梯邀请奖励：邀 3 人送小样，邀 5 人送正装", "Tiered invite rewards: 3 invites get a sample, 5 get the full size"},
              {"“分享后双方各得 5 元”", "“Share and you both get 5 yuan”"}}},
            {"recommend", {"推荐率", "Recommendation rate"}, kPercent, 20, D::higher, Metric::none,
             {{"准备好分享海报和话术，一键转发", "Ready-made share posters and scripts, forwarded in one tap"},
              {"每周展示成员故事和晒单", "Show member stories and order photos every week"}}},
            {"koc", {"KOC 占比", "Share of KOCs"}, kPercent, 5, D::higher, Metric::none,
             {{"邀请活跃成员做 KOC，给头衔和专属权益", "Invite active members to be KOCs, with a title and their own perks"},
              {"新品先给 KOC 试用", "Let KOCs try new products first"}}},
            {"shares", {"每日分享次数", "Daily shares"}, {"次", "shares"}, 5, D::higher, Metric::shares,
             {{"复查裂变机制：奖励、路径和海报", "Review the referral mechanism: the reward, the path and the poster"}}},
        },
        {{"设计阶梯邀请奖励", "Design the tiered invite rewards"},
         {"制作分享海报和转发话术", "Make the share poster and the forwarding script"},
         {"选出 KOC 候选人并沟通权益", "Pick KOC candidates and explain their perks"},
         {"每周一次 UGC 展示", "A weekly UGC showcase"},
         {"按渠道记录裂变来源", "Log where new members came from, by channel"}},
    };
    switch (stage) {
        case Stage::launch: return launch;
        case Stage::activation: return activation;
        case Stage::monetization: return monetization;
        case Stage::retention: return retention;
        case Stage::referral: break;
    }
    return referral;
}

}  // namespace

StagePlan default_stage(Stage stage, Lang lang, std::string_view id_prefix) {
    static const Plan fresh;   // holds the model's default stage boundaries
    StagePlan s;
    s.start_day = stage_plan(fresh, stage).start_day;
    s.end_day = stage_plan(fresh, stage).end_day;
    const StageData& d = data_of(stage);
    const std::string base = std::string(id_prefix) + stage_key(stage);
    s.goal = d.goal.in(lang);
    for (const KpiData& k : d.kpis) {
        Kpi kpi;
        kpi.id = base + "-" + k.key;
        kpi.name = k.name.in(lang);
        kpi.unit = k.unit.in(lang);
        kpi.target = k.target;
        kpi.direction = k.direction;
        kpi.metric = k.metric;
        for (size_t i = 0; i < k.remedies.size(); ++i)
            kpi.remedies.push_back({kpi.id + "-r" + std::to_string(i + 1), k.remedies[i].in(lang)});
        s.kpis.push_back(std::move(kpi));
    }
    for (size_t i = 0; i < d.checklist.size(); ++i)
        s.checklist.push_back({base + "-c" + std::to_string(i + 1), d.checklist[i].in(lang), false});
    return s;
}

std::vector<AlertRule> default_alerts(const Kpis& kpis, Lang lang, std::string_view id_prefix) {
    struct Row {
        AlertKind kind;
        const char* key;
    };
    static const Row rows[] = {{AlertKind::open_rate_low, "open-rate"},
                               {AlertKind::speaking_drop, "speaking-drop"},
                               {AlertKind::silent_members, "silent"},
                               {AlertKind::shares_low, "shares"}};
    std::vector<AlertRule> out;
    for (const Row& row : rows) {
        AlertRule a;
        a.id = std::string(id_prefix) + "alert-" + row.key;
        a.kind = row.kind;
        a.name = tr(label_of(row.kind), lang);
        a.threshold = default_threshold(row.kind);
        a.action = tr(default_action(row.kind), lang);
        for (const StagePlan* s : {&kpis.launch, &kpis.activation, &kpis.monetization, &kpis.retention, &kpis.referral})
            for (const Kpi& k : s->kpis)
                if (a.kpi.empty() && k.metric == metric_of(row.kind)) a.kpi = k.id;
        out.push_back(std::move(a));
    }
    return out;
}

Kpis default_kpis(Lang lang, std::string_view id_prefix) {
    Kpis k;
    k.launch = default_stage(Stage::launch, lang, id_prefix);
    k.activation = default_stage(Stage::activation, lang, id_prefix);
    k.monetization = default_stage(Stage::monetization, lang, id_prefix);
    k.retention = default_stage(Stage::retention, lang, id_prefix);
    k.referral = default_stage(Stage::referral, lang, id_prefix);
    k.alerts = default_alerts(k, lang, id_prefix);
    return k;
}

}  // namespace core
