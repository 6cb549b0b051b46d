// The text the user selected: in a field (the page selection does not include it in every
// browser), else on the page. Touches window.getSelection and document.activeElement.

export function selectedText(doc: Document = document): string {
  const active = doc.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    try {
      const { selectionStart: start, selectionEnd: end } = active;
      if (start !== null && end !== null && end > start) return active.value.slice(start, end);
    } catch {
      // Inputs of some types (number, email) have no selection and throw on reading it.
    }
  }
  return doc.getSelection()?.toString() ?? '';
}
