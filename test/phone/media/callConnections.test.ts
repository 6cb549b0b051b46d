import { describe, expect, it, vi } from 'vitest';
import { createCallConnections } from '../../../src/phone/media/callConnections';

const connection = () => ({}) as RTCPeerConnection;

describe('call connections', () => {
  it('keeps each call’s connection until it is removed, and tells the listeners', () => {
    const connections = createCallConnections();
    const heard = vi.fn();
    const unsubscribe = connections.subscribe(heard);
    const first = connection();
    connections.add('a', first);
    connections.add('a', first);
    connections.add('b', connection());
    expect(connections.get('a')).toBe(first);
    expect(connections.ids()).toEqual(['a', 'b']);
    connections.remove('a');
    connections.remove('a');
    expect(connections.get('a')).toBeUndefined();
    expect(heard.mock.calls.map(([id, c]) => [id, c !== undefined])).toEqual([
      ['a', true],
      ['b', true],
      ['a', false],
    ]);
    unsubscribe();
    connections.remove('b');
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('goes on telling the others when one listener throws', () => {
    const connections = createCallConnections();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const heard = vi.fn();
    connections.subscribe(() => {
      throw new Error('broken');
    });
    connections.subscribe(heard);
    connections.add('a', connection());
    expect(heard).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
