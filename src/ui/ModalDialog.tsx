// A modal dialog: the native <dialog> opened with showModal(), so the page behind is inert, Tab
// stays inside and a backdrop covers the rest. Escape asks `onClose`, like every other way out;
// the focus goes to `initialFocus` and, once closed, back to where it was.
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';

interface Props {
  labelledBy: string;
  className: string;
  onClose(): void;
  initialFocus: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, className, onClose, initialFocus, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    const element = dialog.current;
    if (element && !element.open) {
      // jsdom has no showModal: there the dialog is only open.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    initialFocus.current?.focus();
    return () => {
      if (element?.open && typeof element.close === 'function') element.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [initialFocus]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={labelledBy}
      className={className}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
