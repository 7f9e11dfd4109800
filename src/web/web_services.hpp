#pragma once
#include "ui/services.hpp"

namespace web {
class WebServices : public ui::Services {
public:
    void download(const std::string& file_name, const std::string& mime, const std::string& bytes) override;
    std::optional<std::string> storage_get(const std::string& key) override;
    ui::StoreResult storage_set(const std::string& key, const std::string& value) override;
    int today_days() override;
    std::string now_iso() override;
    void pick_file_to_import() override;
};
}  // namespace web
