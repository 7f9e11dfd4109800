// Composition root: the page (src/web) drives the app (src/ui), which reaches
// the browser only through the Services the page implements.
#include "ui/app.hpp"
#include "web/page_app.hpp"
#include "web/web_services.hpp"

int main() {
    static web::WebServices services;
    static ui::App app(services);
    static web::PageApp page(app);
    web::set_app(&page);
    return 0;
}
