// Glyphs drawn by the browser's own text renderer, for the app's font loader
// (src/web/browser_font.cpp, docs/architecture.md "Fonts"): each character
// is drawn once per size on a canvas in the system's fonts and its ink
// handed over as RGBA, so whatever the system can draw, the planner draws,
// colour emoji included, and the page downloads no font.
//   - A system without a Chinese font (or ?font=bundled) gets the bundled
//     WenQuanYi subset as a web font, first in the stack (useBundledFaces).
//   - A canvas that cannot draw (no 2D context, an exception) sends the app
//     to the bundled font through Dear ImGui's own rasterizer instead
//     (app.js, fontFailed): text stays readable and the page shows no error.
const SYSTEM_FONTS = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", ' +
  '"Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", system-ui, sans-serif, ' +
  '"Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"';
// The bundled font's two slices (assets/font/subset.py), as web fonts.
const BUNDLED_FACES = [['planner-font.ttf.gz', 'Planner CJK'], ['planner-font-more.ttf.gz', 'Planner CJK More']];
const glyphs = { stack: SYSTEM_FONTS, canvas: null, ctx: null, px: 0, side: 0, pixels: null, failed: false };

function glyphContext() {
  if (!glyphs.ctx) {
    glyphs.canvas = document.createElement('canvas');
    glyphs.ctx = glyphs.canvas.getContext('2d', { willReadFrequently: true });
    if (!glyphs.ctx) throw new Error('no 2D canvas');
  }
  return glyphs.ctx;
}

// Draws one character (a code point, or a cluster's text: an emoji
// sequence drawn whole, src/ui/cluster_glyphs.hpp) at px (device pixels) and finds its ink in the
// pixels. Returns [advance, left, top, width, height, colour] with left/top
// from the pen on the baseline, and keeps the ink in glyphs.pixels: white
// with the coverage as alpha, or the glyph's own colours (an emoji). Only
// the box measureText gives, with a margin (browsers' boxes are not exact,
// least of all for emoji), is drawn and read back: reading the pixels is
// most of a glyph's cost.
function drawGlyph(character, px) {
  const ctx = glyphContext();
  const text = typeof character === 'string' ? character : String.fromCodePoint(character);
  if (px !== glyphs.px) setGlyphFont(ctx, px);
  const m = ctx.measureText(text);
  const advance = m.width;
  const margin = Math.ceil(px / 8) + 1;
  const edge = (v) => (Number.isFinite(v) ? Math.max(0, Math.ceil(v)) : px) + margin;
  const penX = edge(m.actualBoundingBoxLeft), penY = edge(m.actualBoundingBoxAscent);
  const areaW = penX + edge(m.actualBoundingBoxRight), areaH = penY + edge(m.actualBoundingBoxDescent);
  if (areaW > glyphs.side || areaH > glyphs.side) {   // resizing clears the canvas and its settings
    glyphs.canvas.width = glyphs.canvas.height = glyphs.side = Math.max(areaW, areaH, Math.ceil(px * 2));
    setGlyphFont(ctx, px);
  }
  ctx.clearRect(0, 0, areaW, areaH);
  ctx.fillText(text, penX, penY);
  const data = ctx.getImageData(0, 0, areaW, areaH).data;
  let x0 = areaW, y0 = areaH, x1 = -1, y1 = -1, colour = false;
  for (let y = 0, i = 3; y < areaH; y++) {
    for (let x = 0; x < areaW; x++, i += 4) {
      if (data[i] === 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
      if (data[i - 3] < 250 || data[i - 2] < 250 || data[i - 1] < 250) colour = true;
    }
  }
  if (x1 < 0) {
    glyphs.pixels = new Uint8Array(0);
    return [advance, 0, 0, 0, 0, 0];
  }
  const w = x1 - x0 + 1, h = y1 - y0 + 1;
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    const from = ((y0 + y) * areaW + x0) * 4;
    out.set(data.subarray(from, from + w * 4), y * w * 4);
  }
  if (!colour) for (let i = 0; i < out.length; i += 4) out[i] = out[i + 1] = out[i + 2] = 255;
  glyphs.pixels = out;
  return [advance, x0 - penX, y0 - penY, w, h, colour ? 1 : 0];
}

function setGlyphFont(ctx, px) {
  ctx.font = `${px}px ${glyphs.stack}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#fff';
  glyphs.px = px;
}

// The first failure of the canvas sends the app to the bundled font once.
function glyphFailed(e) {
  if (glyphs.failed) return null;
  glyphs.failed = true;
  console.warn('the browser could not draw text, using the bundled font:', e && e.message || e);
  setTimeout(fontFailed, 0);   // app.js; not inside the app's frame
  return null;
}
// For web_bridge.js: null when the canvas failed.
function glyph(character, px) {
  if (glyphs.failed) return null;
  if (ahead.counting) {
    const early = drawnAhead(character, px);
    if (early) return early;
  }
  try {
    return drawGlyph(character, px);
  } catch (e) {
    return glyphFailed(e);
  }
}
// How far a hanzi's ink reaches above and below the baseline at px.
function fontMetrics(px) {
  const g = glyph(0x4e2d, px);   // 中
  return g && g[4] > 0 ? [-g[2], g[2] + g[4]] : null;
}

// Whether the canvas draws text here at all, and whether the system has a
// Chinese font: two different hanzi that come out pixel for pixel the same
// are both the missing-glyph box.
function probeFonts() {
  try {
    const a = drawGlyph(0x4e2d, 32), inkA = glyphs.pixels;   // 中
    const b = drawGlyph(0x7fa4, 32), inkB = glyphs.pixels;   // 群
    const same = a[3] === b[3] && a[4] === b[4] && inkA.every((v, i) => v === inkB[i]);
    return { canvas: true, cjk: a[4] > 0 && !same };
  } catch (e) {
    return { canvas: false, cjk: false };
  }
}

// The bundled font's slices, fetched (or read from the single file) and put
// first in the stack, for a system with no Chinese font. Each slice that
// loads is used; the first that does not is thrown as { file, error }.
async function useBundledFaces() {
  const loaded = await Promise.allSettled(BUNDLED_FACES.map(async ([file, family]) => {
    try {
      const face = new FontFace(family, await fetchBytes(file, 'font ' + file));
      await face.load();
      document.fonts.add(face);
      return `"${family}"`;
    } catch (error) {
      throw { file, error };
    }
  }));
  const faces = loaded.filter(r => r.status === 'fulfilled').map(r => r.value);
  if (faces.length) {
    glyphs.stack = faces.join(', ') + ', ' + SYSTEM_FONTS;
    glyphs.px = 0;
  }
  const failed = loaded.find(r => r.status === 'rejected');
  if (failed) throw failed.reason;
}

// ---- a first visit's start screen, drawn while the wasm downloads ----------
// A first visit opens on the start screen (src/ui/welcome_panel.cpp), and
// its first frame asks for every glyph on it: about 290 in Chinese, a third
// of that frame (BENCHMARKS.md). While the wasm downloads the page has
// little else to do, so it draws them then, and glyph() hands them over
// when the app asks. Below: the start screen's characters per language, in
// the order its first frame asks for them, at 1280×720 and 390×844 (中 is
// the app measuring a hanzi's height, fontMetrics; "Debug" the title of
// Dear ImGui's fallback window, measured though never shown). text.test.mjs
// ("a first visit draws its start screen's glyphs ...") fails when the start
// screen asks for a character that is not here, and names it.
const START_SCREEN = {
  size: 16,   // the app's default text size, CSS px (kFontSizes in src/ui/app.cpp)
  zh: "中 \tDebug社群SOP规划器文件视图从哪里开始？选一个最接近你的模板，面已经排好每日时段、周栏目话术和各阶指标再改成自己。方案只保存在这浏览导出JN就能发给同事空白入…粘贴本带默认设置：1+3角色三不要弹药包题五其余由来填.json也可以直拖到页上行业母婴宝妈长育儿干货专家答疑会员福利适合门店品牌精细化运营教学习法分享免费公课用体验转正价班培训机构电商/快消秒杀特午间晚限券推广型高频节奏地生活餐饮市套订座新菜试吃连锁健身工作室晨练打卡食建议团约2天挑战场景激沉寂老摸清名亮主首先后氛围组；7–5把拉回8%启动第0逐安欢迎我介绍龙次份复盘仪式点评结播唤醒层定向召低槛互",
  en: "中 \tDebugComnitySOPlarFVwWhdks?cp:,KIf.;xJNB…1+3'-vAjM&QE/GL2R~8%7–50",
};
// glyphs: "px text" -> [metrics, pixels] as drawGlyph gave them. counting:
// from the start of drawing ahead until the first frame is drawn; missed:
// what that frame asked for at the start screen's size that was not drawn.
const ahead = { glyphs: new Map(), px: 0, drawing: false, counting: false, drawn: 0, used: 0, missed: [] };

// Starts drawing the start screen's glyphs for lang, a few milliseconds at
// a time, until they are all drawn or stopDrawingAhead().
function drawAhead(lang) {
  const chars = Array.from(START_SCREEN[lang] || '');
  ahead.px = START_SCREEN.size * textScale() * (window.devicePixelRatio || 1);
  ahead.drawing = ahead.counting = chars.length > 0;
  // Each slice is a task of its own (a message to itself: a chain of
  // setTimeout would wait 4 ms between slices), so the page's other tasks,
  // the unpacking of the wasm as it arrives, go on between them.
  const channel = new MessageChannel();
  let next = 0;
  channel.port1.onmessage = () => {
    if (!ahead.drawing) return;
    const until = performance.now() + 4;
    try {
      do {
        const metrics = drawGlyph(chars[next], ahead.px);
        ahead.glyphs.set(ahead.px + ' ' + chars[next], [metrics, glyphs.pixels]);
        ahead.drawn++;
      } while (++next < chars.length && performance.now() < until);
    } catch (e) {
      ahead.drawing = false;   // the app's own request meets the failure (glyphFailed)
    }
    if (next === chars.length) ahead.drawing = false;
    if (ahead.drawing) channel.port2.postMessage(0);
    else channel.port1.close();
  };
  if (ahead.drawing) channel.port2.postMessage(0);
}
// The wasm is here: the page's time is the app's now.
function stopDrawingAhead() {
  ahead.drawing = false;
}
// After the first frame: what was drawn ahead and not asked for is let go.
function stopCountingAhead() {
  ahead.counting = false;
  ahead.glyphs.clear();
}
function drawnAhead(character, px) {
  const text = typeof character === 'string' ? character : String.fromCodePoint(character);
  const found = ahead.glyphs.get(px + ' ' + text);
  if (!found) {
    if (px === ahead.px) ahead.missed.push(text);
    return null;
  }
  ahead.used++;
  glyphs.pixels = found[1];
  return found[0];
}
