// Composition root: connects the page (src/web) to the app (src/ui).
#include "ui/app.hpp"
#include "web/host.hpp"

int main() {
    static ui::App app;
    web::set_app(&app);
    return 0;
}
