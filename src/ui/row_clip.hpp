#pragma once
// Long lists of rows of different heights — Today's cards, a role's daily
// list, the scripts — draw only the rows near the screen
// (docs/architecture.md, "Long lists"). ImGuiListClipper does this for rows
// of one height (the tables); here each row's height is measured in the
// frame it is drawn and kept, and a row that its kept height places more
// than a screen away from what the window shows is passed over with a blank
// of that height, so the scroll bar and every row's place stay as if all
// were drawn. A row not yet measured is drawn, except that rows far off the
// screen are measured a few a frame (kMeasurePerFrame) and stand in with
// the average height until then, so a list of hundreds opens in one short
// frame. With the plan at the limits (192 cards on Today) this is what keeps
// a list's frame near 1 ms (BENCHMARKS.md, "Every section at the limits").
//
//     clip.begin();
//     for (const Row& r : rows)
//         if (clip.row(r.key)) { draw(r); clip.end_row(); }
//     clip.end();
//
// A table's rows go through table_rows(): rows of one height through
// ImGuiListClipper on a wide screen, and on a phone, where each row is a card
// of several table rows (ui/widgets.hpp, begin_table), through the above.
#include <functional>
#include <string>
#include <unordered_map>

namespace ui {

// The row that holds the field being typed into (Dear ImGui's active item)
// is drawn wherever it is scrolled to, and in the frame after it is left:
// a field that is not drawn loses its active state, and with it the text
// typed since the last pause. RowClip uses it for its rows and for the
// rows it hands to ImGuiListClipper (table_rows).
class ActiveRow {
public:
    // Around each row drawn: before() returns what after() needs.
    unsigned before() const;
    void after(const std::string& key, unsigned before);
    // Whether the row with this key held the active item (this frame or the last).
    bool holds(const std::string& key) const;

private:
    std::string key_;
    unsigned id_ = 0;
};

class RowClip {
public:
    static constexpr int kMeasurePerFrame = 8;

    // Before the first row. Forgets every height when the width or the
    // font size changed (the text wraps differently).
    void begin();
    // True: draw the row now, then call end_row(). False: the row is off the
    // screen and was passed over. A row `shown` is drawn wherever it is (one
    // about to be scrolled to).
    bool row(const std::string& key, bool shown = false);
    void end_row();
    // After the last row: places the blank for the rows passed over at the end.
    void end();

    // The rows [0, n) of the table being drawn (begin_table), each drawn by
    // draw(i) and known by key(i); only those near the screen are drawn, and
    // `focus` (or -1) wherever it is.
    void table_rows(int n, const std::function<const std::string&(int)>& key, int focus,
                    const std::function<void(int)>& draw);

    // The last frame's rows drawn and passed over (tests, benchmarks).
    int drawn() const { return drawn_; }
    int passed_over() const { return passed_; }

private:
    struct Kept {
        float height = 0;
        unsigned frame = 0;   // the last frame the list had this row
    };
    void pass_over(float height);
    void place_pending();
    float top();

    ActiveRow active_;
    std::unordered_map<std::string, Kept> heights_;
    float width_ = -1, font_size_ = -1;
    bool in_table_ = false;    // the rows are a phone's cards: table rows
    float pending_ = 0;        // height passed over and not yet placed
    float known_sum_ = 0;      // the heights kept this frame, for the average
    int known_n_ = 0;
    float row_top_ = 0;
    std::string row_key_;
    unsigned alive_before_ = 0;
    unsigned frame_ = 0;
    int drawn_ = 0, passed_ = 0, measured_ = 0, rows_ = 0;
};

}  // namespace ui
