// Exports only the benchmarks and the test API's stats() call (shell/page/
// test_api.js, tests/bench/frames.mjs and startup.mjs): the app never uses them.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <nlohmann/json.hpp>

#include "core/json/plan_json.hpp"

extern "C" {

// The benchmarks' reference: the bare parse of the bytes the importer reads.
EMSCRIPTEN_KEEPALIVE int planner_parse_only(const char* text) {
    return core::parse_json(text).is_discarded() ? 0 : 1;
}

// Heap figures for planner.stats(): bytes the wasm memory holds, bytes in use.
EMSCRIPTEN_KEEPALIVE double planner_heap_size() { return (double)emscripten_get_heap_size(); }
EMSCRIPTEN_KEEPALIVE double planner_heap_used() { return (double)mallinfo().uordblks; }

}  // extern "C"
