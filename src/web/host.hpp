#pragma once
// The seam between the page (src/web) and the app (src/ui): what the page
// asks of the app. main.cpp connects one to the other.
namespace web {

struct AppHooks {
    virtual ~AppHooks() = default;
    virtual void init(const char* lang) = 0;
    // Between frames, before ImGui::NewFrame(): the place to change style and fonts.
    virtual void before_frame() = 0;
    // Draws the UI; returns ms until the app needs a frame again (-1: never, 0: now).
    virtual int frame() = 0;
    // Work too long for a frame (the autosave of a large plan): true when
    // some is waiting; the page then calls after_frame() as its own task,
    // once the frame is on screen.
    virtual bool has_after_frame_work() const = 0;
    virtual void after_frame() = 0;
    virtual const char* export_json() = 0;
    virtual const char* import_json(const char* text) = 0;   // {"ok":…} as JSON text
    virtual void paste(const char* text) = 0;                // pasted outside any text field
    virtual void storage_changed(const char* key) = 0;       // another tab wrote this key
    virtual void flush() = 0;                                // the page is being hidden
    virtual void open_link(const char* fragment) = 0;        // the address holds #<share link>
};

void set_app(AppHooks* app);

}  // namespace web
