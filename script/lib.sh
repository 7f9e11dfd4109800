# Shared by the scripts in script/: paths, messages, the emscripten environment.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# BUILD and DIST may be overridden (e.g. a second checkout-free build tree);
# DEPS (fetched sources and headers) stays shared unless set explicitly.
BUILD="${PLANNER_BUILD:-$ROOT/build}"
DEPS="${PLANNER_DEPS:-$ROOT/build/deps}"
DIST="${PLANNER_DIST:-$ROOT/dist}"
# emcc runs its JS optimizer with node and needs Debian's acorn module.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
jobs_n() { echo "${PLANNER_JOBS:-$(nproc 2>/dev/null || echo 2)}"; }   # PLANNER_JOBS: fewer, beside other builds
