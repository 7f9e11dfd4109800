#include "core/exports/export_message.hpp"

#include "core/rules/naming.hpp"

namespace core {

std::string attachment_text(const Asset& asset, Lang lang) {
    return fmt(tr(S::export_attachment, lang), {{"name", asset_name(asset, lang)}, {"kind", tr(label_of(asset.kind), lang)}});
}

std::string attachments_text(const std::vector<const Asset*>& assets, Lang lang) {
    std::string out;
    for (const Asset* a : assets) {
        if (!out.empty()) out += lang == Lang::zh ? "、" : ", ";
        out += attachment_text(*a, lang);
    }
    return out;
}

std::string attachments_line(const std::vector<const Asset*>& assets, Lang lang) {
    if (assets.empty()) return "";
    return fmt(tr(S::export_attachments, lang), {{"value", attachments_text(assets, lang)}});
}

std::string script_line(const Script* script, Lang lang) {
    if (!script) return "";
    const std::string title = script->title.empty() ? tr(label_of(script->kind), lang) : script->title;
    return fmt(tr(S::export_script, lang), {{"value", title}});
}

std::string fill_in_line(const std::vector<std::string>& unfilled, Lang lang) {
    if (unfilled.empty()) return "";
    return fmt(tr(S::export_fill_in, lang), {{"names", placeholder_list(unfilled, lang)}});
}

}  // namespace core
