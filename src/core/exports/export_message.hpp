#pragma once
// What a line sends, worded the same way in every export (iCalendar
// descriptions, CSV cells, the SOP document): the attachments with their
// kinds, the script it uses and the placeholders left to fill when sending.
// The message itself comes from rules/messages.hpp (ready_message); this
// file only words it.
#include <string>
#include <vector>

#include "core/rules/messages.hpp"
#include "core/text/i18n.hpp"

namespace core {

// "202503促活-育儿干货-图文（图片）" / "… (Image)": the asset's name and kind.
std::string attachment_text(const Asset& asset, Lang lang);
// Every attachment, joined with 、 in Chinese and ", " in English; "" for none.
std::string attachments_text(const std::vector<const Asset*>& assets, Lang lang);
// "附件：…" / "Attachments: …"; "" for none.
std::string attachments_line(const std::vector<const Asset*>& assets, Lang lang);
// "话术：欢迎语" / "Script: Welcome"; "" when the message uses no script.
std::string script_line(const Script* script, Lang lang);
// "发送前填写：{新人}" / "Fill in before sending: {newcomer}"; "" when nothing is left.
std::string fill_in_line(const std::vector<std::string>& unfilled, Lang lang);

}  // namespace core
