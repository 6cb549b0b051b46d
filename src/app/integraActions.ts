// The real IntegraActions: checked settings into storage and the store, rule tests, blocked pops.
import { checkIntegraSettings } from '../integra/checkSettings';
import { placeholderValues } from '../integra/placeholders';
import { sampleCall } from '../integra/sample';
import { saveSetting } from '../storage/settings';
import { removeBlockedPop, useIntegraStore } from '../store/integraStore';
import type { IntegraActions } from '../ui/integra/IntegraActions';
import { type IntegraEdges, runRule } from './integraEffects';

export function integraActions(edges: IntegraEdges): IntegraActions {
  return {
    async saveSettings(input) {
      const check = checkIntegraSettings(input);
      if (!check.ok) return check;
      const saved = await saveSetting('integra', check.settings);
      if (!saved.ok) return saved;
      useIntegraStore.setState({ settings: check.settings });
      return { ok: true };
    },
    testRule(rule) {
      void runRule(rule, placeholderValues(sampleCall('CALL_IN', edges.now())), 'TEST', edges);
    },
    openBlockedPop(id) {
      const pop = useIntegraStore.getState().blockedPops.find((p) => p.id === id);
      if (pop && edges.openPop(pop.url) === 'opened') removeBlockedPop(id);
    },
    dismissBlockedPop: (id) => removeBlockedPop(id),
  };
}
