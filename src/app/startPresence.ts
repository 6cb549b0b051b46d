// Colleagues' lines and the voicemail light, wired in a chunk of their own: the phone follows
// the watched list of the colleagues setting, and its colleague and voicemail events fill the
// presence store.
import type { Phone } from '../phone/phone';
import { usePresenceStore } from '../store/presenceStore';

export function startPresence(phone: Phone): void {
  phone.watch(usePresenceStore.getState().settings.watched);
  usePresenceStore.subscribe((state, before) => {
    if (state.settings.watched === before.settings.watched) return;
    phone.watch(state.settings.watched);
    // Lines no longer watched are forgotten.
    const lines = Object.fromEntries(
      state.settings.watched.flatMap((user) => {
        const line = state.lines[user];
        return line ? [[user, line]] : [];
      }),
    );
    usePresenceStore.setState({ lines });
  });
  phone.events.on((event) => {
    if (event.type === 'colleague') {
      const { user, state, canPickUp } = event.change;
      usePresenceStore.setState((s) => ({ lines: { ...s.lines, [user]: { state, canPickUp } } }));
    } else if (event.type === 'voicemail') {
      usePresenceStore.setState({ voicemail: event.waiting });
    }
  });
}
