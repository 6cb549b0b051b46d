import { usePhoneStore } from '../store/phoneStore';
import { CallPanel } from './CallPanel';

export function CallList() {
  const calls = usePhoneStore((s) => s.calls);
  if (calls.length === 0) return null;
  return (
    <div className="calls">
      {calls.map((call) => (
        <CallPanel key={call.facts.callId} call={call} />
      ))}
    </div>
  );
}
