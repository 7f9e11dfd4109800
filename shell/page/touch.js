// ---- touch: what a finger does, in the mouse events Dear ImGui knows -----------------
// app.js hands over the pointer events of pointerType 'touch' (the canvas has
// touch-action: none, so the browser itself neither scrolls nor zooms); mouse
// and pen keep their own path there. One finger is followed; a second one
// while it is down is ignored.
//   - A tap (up again within TOUCH_SLOP px, before the long press) is a left
//     click where the finger came down. Press and release are both given in
//     pointerup, which browsers count as the user's gesture for a touch: a
//     text field the click activates focuses the page's input field (app.js,
//     imeState) there, which is what opens the on-screen keyboard.
//   - A finger that moves more than TOUCH_SLOP px scrolls the window under
//     it by the pixels it moved (planner_touch_scroll, web_input.cpp), and
//     nothing is pressed: a scroll never clicks the item it started on.
//     Lifted while moving, the list keeps sliding and slows down (a fling);
//     the next finger stops it.
//   - Resting LONG_PRESS_MS without moving is a right click there, what a
//     context menu opens on; a ring shows that the press was taken. Moving
//     after that is a left-button drag from where the finger rested (drag
//     and drop: the weekly grid's columns), unless the right click opened
//     a menu.
const TOUCH_SLOP = 8;            // CSS px a finger may wander and still tap
const LONG_PRESS_MS = 500;
const FLING_TIME_MS = 325;       // a fling's speed falls by a factor e in this time
const FLING_START_SPEED = 0.15;  // px/ms: a slower release stops where it is
const FLING_STOP_SPEED = 0.02;   // px/ms: a fling this slow stops
const VELOCITY_WINDOW_MS = 100;  // a fling's speed: the finger's movement over its last 100 ms
const pressRing = document.getElementById('press');

let finger = null;          // the finger followed: {id, x0, y0, x, y, mode, timer, samples, popups}
let fling = null;           // a list sliding on: {vx, vy, t} (px/ms)
let lastTouch = false;      // whether the last pointer was a finger (app.js sizes the input field by it)
let touchEventName = '';    // the touch event being handled, '' between events (app.js, imeFocus)
let rightClicksSent = 0;    // long presses given as right clicks (the test API)

function touchDown(e) {
  if (finger) return;
  stopFling();
  const [x, y] = canvasPoint(e);
  finger = { id: e.pointerId, x0: x, y0: y, x, y, mode: 'pending', samples: [[e.timeStamp, x, y]],
             timer: setTimeout(longPress, LONG_PRESS_MS), popups: 0 };
  // No frame yet: what the finger does is not known, and a tap's release
  // should not wait behind a frame drawn for nothing.
  wasm.touchStart();
  wasm.mousePos(x, y, true);
}

function touchMove(e) {
  if (!finger || e.pointerId !== finger.id) return;
  const [x, y] = canvasPoint(e);
  const dx = x - finger.x, dy = y - finger.y;
  finger.x = x;
  finger.y = y;
  if (finger.mode === 'pending' || finger.mode === 'held') {
    if (Math.hypot(x - finger.x0, y - finger.y0) <= TOUCH_SLOP) return;
    clearTimeout(finger.timer);
    if (finger.mode === 'pending') {
      // A scroll: from where the finger came down, so the content stays under it.
      // This frame, with the pointer still where the finger came down,
      // notes the window under it: the one the gesture scrolls.
      finger.mode = 'scroll';
      wasm.touchScroll(x - finger.x0, y - finger.y0);
      remember(finger.samples, e.timeStamp, x, y);
      drawFrame();
      wasm.mousePos(NO_MOUSE, NO_MOUSE, true);   // then nothing is hovered while the content slides
    } else if (wasm.popupCount() > finger.popups) {
      finger.mode = 'done';   // the long press opened a menu: the finger is for that menu now
      return;
    } else {
      // A drag: the left button goes down where the finger rested, then follows it.
      finger.mode = 'drag';
      wasm.mouseButton(0, true);
      drawFrame();
      wasm.mousePos(x, y, true);
    }
    requestFrame();
    return;
  }
  if (finger.mode === 'scroll') {
    wasm.touchScroll(dx, dy);
    remember(finger.samples, e.timeStamp, x, y);
    requestFrame();
  } else if (finger.mode === 'drag') {
    wasm.mousePos(x, y, true);
    requestFrame();
  }
}

function touchUp(e) {
  if (!finger || e.pointerId !== finger.id) return;
  const f = finger;
  finger = null;
  clearTimeout(f.timer);
  touchEventName = 'pointerup';
  try {
    if (f.mode === 'pending') {
      // A tap: a click where the finger came down, pressed and released now,
      // inside the gesture. Each step is drawn: Dear ImGui takes the arrival
      // of a touch and its press in separate frames.
      wasm.mousePos(f.x0, f.y0, true);
      if (wasm.inputPending()) drawFrame();
      wasm.mouseButton(0, true);
      drawFrame();
      wasm.mouseButton(0, false);
      drawNow();
    } else if (f.mode === 'scroll') {
      const [x, y] = canvasPoint(e);
      remember(f.samples, e.timeStamp, x, y);
      startFling(f.samples, e.timeStamp);
    } else if (f.mode === 'drag') {
      // The drop: the frame with the finger at its last place comes first,
      // so the target under it has taken the payload's hover before the release.
      pointerPos(e);
      if (wasm.inputPending()) drawFrame();
      wasm.mouseButton(0, false);
      drawNow();
    }
  } finally {
    touchEventName = '';
  }
}

function touchCancel(e) {
  if (!finger || e.pointerId !== finger.id) return;
  clearTimeout(finger.timer);
  if (finger.mode === 'drag') {
    wasm.mouseButton(0, false);
    requestFrame();
  }
  finger = null;
}

// A finger's movement samples [time, x, y], its last 100 ms (for the fling's speed).
function remember(s, t, x, y) {
  s.push([t, x, y]);
  while (s.length > 2 && t - s[0][0] > VELOCITY_WINDOW_MS) s.shift();
}

function longPress() {
  if (!finger || finger.mode !== 'pending') return;
  finger.mode = 'held';
  finger.popups = wasm.popupCount();
  showPressRing(finger.x0, finger.y0);
  wasm.mousePos(finger.x0, finger.y0, true);
  if (wasm.inputPending()) drawFrame();
  wasm.mouseButton(2, true);   // DOM button 2: the right button
  drawFrame();
  wasm.mouseButton(2, false);
  drawNow();
  rightClicksSent++;
}

function showPressRing(x, y) {
  if (!pressRing) return;
  pressRing.style.left = Math.round(canvasX + x) + 'px';
  pressRing.style.top = Math.round(canvasY + y) + 'px';
  pressRing.hidden = false;
  pressRing.classList.remove('go');
  void pressRing.offsetWidth;   // restart the animation
  pressRing.classList.add('go');
  setTimeout(() => { pressRing.hidden = true; }, 450);
}

// ---- the fling: the speed of the finger's last 100 ms, slowing down exponentially
function startFling(samples, now) {
  const last = samples[samples.length - 1];
  let first = last;
  for (const s of samples) if (last[0] - s[0] <= VELOCITY_WINDOW_MS) { first = s; break; }
  const dt = last[0] - first[0];
  if (dt <= 0 || now - last[0] > 50) return;   // the finger rested before lifting: no fling
  const vx = (last[1] - first[1]) / dt, vy = (last[2] - first[2]) / dt;
  if (Math.hypot(vx, vy) < FLING_START_SPEED) return;
  fling = { vx, vy, t: performance.now() };
  requestFrame(1);
}
function flingStep() {
  if (!fling || !wasm.live) return;
  const now = performance.now();
  // The fling keeps to the clock, however slow the frames; a long pause (the
  // page hidden, then shown) counts as a quarter second.
  const dt = Math.min(250, Math.max(0, now - fling.t));
  fling.t = now;
  // How far a speed that decays as e^(-t/T) carries in dt: v·T·(1 − e^(−dt/T)).
  const k = Math.exp(-dt / FLING_TIME_MS);
  wasm.touchScroll(fling.vx * FLING_TIME_MS * (1 - k), fling.vy * FLING_TIME_MS * (1 - k));
  fling.vx *= k;
  fling.vy *= k;
  if (Math.hypot(fling.vx, fling.vy) < FLING_STOP_SPEED) fling = null;
  else requestFrame(1);
}
function stopFling() {
  fling = null;
}

// iOS may let only touchend open the keyboard: if the tap's frame wanted
// text and the focus did not hold, it is given again here, still inside the gesture.
canvas.addEventListener('touchend', () => {
  if (textWanted && document.activeElement !== ime) ime.focus({ preventScroll: true });
});
