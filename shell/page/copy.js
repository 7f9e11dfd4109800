// ---- copying where the page may not write the clipboard ------------------------------
// Some browsers, among them the ones inside chat apps, refuse both ways a
// page has to write the clipboard (the copy command and
// navigator.clipboard): then the text is shown in a box of the page's own,
// already selected, for the user to copy with the system's own gesture
// (press and hold, Copy; Ctrl+C on a computer), with a button to close it.
const copyBox = document.getElementById('copy');
const copyBoxText = document.getElementById('copy-text');

function showCopyFallback(text) {
  document.getElementById('copy-title').textContent = T.copyTitle;
  document.getElementById('copy-hint').textContent = T.copyHint.replace('{key}', isMac ? '⌘C' : 'Ctrl+C');
  const close = document.getElementById('copy-close');
  close.textContent = T.copyClose;
  close.onclick = hideCopyFallback;
  copyBoxText.value = text;
  copyBox.hidden = false;
  copyBoxText.focus({ preventScroll: true });
  copyBoxText.setSelectionRange(0, copyBoxText.value.length);
}
function hideCopyFallback() {
  copyBox.hidden = true;
  copyBoxText.value = '';
  canvas.focus({ preventScroll: true });
  requestFrame();
}
copyBox.addEventListener('keydown', e => {
  if (e.key === 'Escape') hideCopyFallback();
});
// Key presses in the page's own boxes are theirs, not the app's (app.js).
function forThePage(e) {
  return !!(e.target && e.target.closest && e.target.closest('#copy, #notice, #update'));
}
