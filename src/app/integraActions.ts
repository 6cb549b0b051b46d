// The real IntegraActions: rule tests and blocked pops. Integra's settings save as every part's do.
import { placeholderValues } from '../integra/placeholders';
import { sampleCall } from '../integra/sample';
import { removeBlockedPop, useIntegraStore } from '../store/integraStore';
import type { IntegraActions } from '../ui/integra/IntegraActions';
import { type IntegraEdges, runRule } from './integraEffects';

export function integraActions(edges: IntegraEdges): IntegraActions {
  return {
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
