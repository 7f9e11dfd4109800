#pragma once
// The message dialog's view state (messages.cpp): which line's message is
// being edited.
#include <string>
#include <vector>

namespace ui {

struct MessageView {
    std::vector<std::string> path;   // the message's edit path, e.g. {"rhythm", "slots", "s-1", "message"}
    std::string line;                // the line's title, for the dialog's heading
    bool open = false;
};

}  // namespace ui
