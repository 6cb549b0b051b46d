/**
 * The text selected in the page, including inside a text field (which getSelection leaves out).
 * Self-contained on purpose: chrome.scripting.executeScript sends its source to the tab, so it
 * may use nothing but the page's globals.
 */
export function readSelection(): string {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      return value.slice(selectionStart, selectionEnd);
    }
  }
  return getSelection()?.toString() ?? '';
}
