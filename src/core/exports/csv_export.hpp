#pragma once
// CSV exports for Excel and 飞书表格: UTF-8 with a byte-order mark
// (so Excel reads Chinese correctly), CRLF line ends, RFC 4180 quoting
// (a field holding , " CR or LF is quoted, quotes doubled). A cell of user
// text that starts with = + - @ TAB or CR gets a leading ' so a spreadsheet
// never runs it as a formula. Headers are in the chosen language.
//
// Schedule (schedule_csv), one row per calendar item (calendar.hpp) in
// [from, to] — run-sheet steps included — skipped items left out, in
// calendar order. The item key, the one internal value, is the last column;
// ids of slots, columns, assets and the like are not written.
//   date       YYYY-MM-DD the item shows on
//   weekday    周一…周日 / Mon…Sun
//   time       HH:MM, empty for all-day items
//   end date   last day of a campaign spanning several days, else empty
//   title      slot purpose, column name, task, line, campaign or content title
//   category   促活/转化/品牌, empty for monthly tasks and campaigns
//   format     图文, 视频, …, empty for monthly tasks and campaigns
//   owner      the content item's owner, and/or the role's name ("person / role")
//   kind       daily slot, weekly column, monthly task, SOP line, campaign, content item, run-sheet step
//   source     the content's source (original, repost, member submission), else empty
//   status     the content's status; 待填充 / "Empty slot" for a slot with no content
//   prep due   the content's preparation deadline, YYYY-MM-DD, else empty
//   messages   operator messages the item sends to the group
//   message    the text it sends, placeholders filled (rules/messages.hpp:
//              ready_message), then "话术：<title>" when it uses a script
//   attachments  each asset's name and kind: 202503促活-育儿干货-图文（图片）
//   fill in    placeholders left to fill when sending: {新人}、{链接}; empty
//              when the message is ready to send as it is
//   execution  its mark in the execution record (rules/execution.hpp:
//              mark_text): 已发送 · 12-03 20:01 · 小美, 跳过：<reason> · …;
//              empty when not marked
//   note       the override's or content's note
//   key        the item's key (rule + original date), stable across exports
//
// Asset library (assets_csv), one row per asset in library order:
//   name (naming.hpp), zone, category, topic, format, month (YYYY-MM),
//   tags (joined with 、 in Chinese, ", " in English), used by (titles of the
//   content items it is attached to, joined the same way), note, link, id.
#include <string>
#include <string_view>
#include <vector>

#include "core/text/i18n.hpp"
#include "core/model/plan.hpp"

namespace core {

std::string schedule_csv(const Plan& plan, Date from, Date to, Lang lang);
std::string assets_csv(const Plan& plan, Lang lang);

// One field, quoted when it must be (and guarded against formulas).
std::string csv_field(std::string_view text);
// Fields joined with commas, ended by CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace core
