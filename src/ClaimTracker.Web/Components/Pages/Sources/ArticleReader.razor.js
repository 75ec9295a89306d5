// The reading view's fast pass: j/k move, a accepts, r rejects, e edits, unless the analyst is typing in a field.
const keys = new Set(['j', 'k', 'a', 'r', 'e']);

export function listen(page) {
  const handler = event => {
    if (event.ctrlKey || event.metaKey || event.altKey || !keys.has(event.key)) {
      return;
    }
    const target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    event.preventDefault();
    page.invokeMethodAsync('ShortcutAsync', event.key);
  };
  document.addEventListener('keydown', handler);
  return { dispose: () => document.removeEventListener('keydown', handler) };
}

export function show(id) {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'nearest' });
  }
}
