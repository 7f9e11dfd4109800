#pragma once
#include <string>
#include "web/host.hpp"

namespace ui {
class App : public web::AppHooks {
public:
    void init(const char* lang) override;
    int frame() override;
    const char* export_json() override;
    const char* import_json(const char* text) override;
    void paste(const char*) override {}
    void storage_changed(const char*) override {}
    void flush() override {}
private:
    std::string name_ = "";
    char buf_[256] = "";
    std::string out_;
    bool en_ = false;
};
}
