#pragma once
// The commands panels may ask of the app (undo, export, copy…), beside the
// plan edits they push to the sink.
#include <string>

namespace ui {

class App;
struct UiState;

struct AppActions {
    App& app;
    bool can_undo() const;
    bool can_redo() const;
    size_t undo_steps() const;
    int today_days() const;
    void undo();
    void redo();
    void export_file();
    void import_file();
    void copy_text(const std::string& text);
    void set_lang(int lang);
    void set_font_step(int step);
};

}  // namespace ui
