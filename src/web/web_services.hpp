#pragma once
// The browser's side of ui::Services.
#include "ui/services.hpp"

namespace web {

// localStorage through the page (shell/page/storage.js: storageGet/Set/Remove/Keys).
class LocalStore final : public core::KeyValueStore {
public:
    std::optional<std::string> get(const std::string& key) override;
    core::StoreStatus set(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;
    std::optional<std::vector<std::string>> keys() override;
};

class WebServices : public ui::Services {
public:
    void download(const std::string& file_name, const std::string& mime, const std::string& bytes) override;
    core::KeyValueStore& store() override { return store_; }
    int today_days() override;
    std::string now_iso() override;
    unsigned random_u32() override;
    std::string local_time(const std::string& iso) override;
    void pick_file_to_import() override;
    void write_file(const std::string& plan_id, const std::string& bytes) override;
    void pick_table_file() override;
    std::string page_url() override;
    void clear_fragment() override;
    void open_print_view(const std::string& html) override;

private:
    LocalStore store_;
};

}  // namespace web
