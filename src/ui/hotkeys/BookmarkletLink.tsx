// The "Call selection" bookmarklet, offered for dragging to the bookmarks bar.
import { useId, useLayoutEffect, useRef } from 'react';
import { bookmarkletHref } from '../../commands/bookmarklet';
import { useT } from '../useT';

export function BookmarkletLink() {
  const t = useT();
  const id = useId();
  const link = useRef<HTMLAnchorElement>(null);
  const href = bookmarkletHref(window.location.origin);
  // React blocks javascript: hrefs it renders, so the attribute is set on the element itself.
  useLayoutEffect(() => {
    if (href !== undefined) link.current?.setAttribute('href', href);
  }, [href]);
  if (href === undefined) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="bookmarklet">
      <h4 id={`${id}-title`}>{t('bookmarklet.title')}</h4>
      <p id={`${id}-hint`} className="hint">
        {t('bookmarklet.hint')}
      </p>
      {/* biome-ignore lint/a11y/useValidAnchor: the layout effect above sets the href. */}
      <a ref={link} className="bookmarklet-link" aria-describedby={`${id}-hint`}>
        {t('bookmarklet.link')}
      </a>
    </section>
  );
}
