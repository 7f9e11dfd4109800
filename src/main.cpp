// Composition root: connects the page (src/web) to the app (src/ui).
#include "ui/app.hpp"
#include "web/host.hpp"
#include "web/web_services.hpp"

int main() {
    static web::WebServices services;
    static ui::App app(services);
    web::set_app(&app);
    return 0;
}
