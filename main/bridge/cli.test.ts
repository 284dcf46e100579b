import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, listenProblem, parseBridgeArgs, USAGE } from './cli';

const cwd = '/home/me/kindred';

describe('bridge command line', () => {
  it('defaults the port and the data folder', () => {
    expect(parseBridgeArgs(['--dev'], {}, cwd)).toEqual({
      mode: { kind: 'dev' },
      port: DEFAULT_PORT,
      dataDir: resolve(cwd, '.kindred-data'),
      recovery: 'ask',
    });
  });

  it('takes the data folder from KINDRED_DATA_DIR, and --data-dir over that', () => {
    expect(parseBridgeArgs(['--dev'], { KINDRED_DATA_DIR: '/data/k' }, cwd).dataDir).toBe('/data/k');
    expect(parseBridgeArgs(['--dev', '--data-dir', 'mine'], { KINDRED_DATA_DIR: '/data/k' }, cwd).dataDir).toBe(resolve(cwd, 'mine'));
  });

  it('serves a built renderer with --static and a chosen port', () => {
    expect(parseBridgeArgs(['--static', 'out/renderer', '--port', '0'], {}, cwd)).toMatchObject({
      mode: { kind: 'static', dir: resolve(cwd, 'out/renderer') },
      port: 0,
    });
  });

  it('asks before any recovery unless told which one', () => {
    expect(parseBridgeArgs(['--dev'], {}, cwd).recovery).toBe('ask');
    expect(parseBridgeArgs(['--dev', '--restore-newest-backup'], {}, cwd).recovery).toBe('restore-newest-backup');
    expect(parseBridgeArgs(['--static', 'out/renderer', '--start-afresh'], {}, cwd).recovery).toBe('start-afresh');
  });

  it('refuses both recoveries at once, and says how to use them', () => {
    expect(() => parseBridgeArgs(['--dev', '--restore-newest-backup', '--start-afresh'], {}, cwd)).toThrow(
      'Choose one of --restore-newest-backup or --start-afresh, not both.',
    );
    expect(USAGE).toContain('--restore-newest-backup');
    expect(USAGE).toContain('--start-afresh');
  });

  it('refuses nonsense with a message', () => {
    expect(() => parseBridgeArgs([], {}, cwd)).toThrow('Choose one of --dev or --static <dir>.');
    expect(() => parseBridgeArgs(['--dev', '--static', 'x'], {}, cwd)).toThrow('Choose one of');
    expect(() => parseBridgeArgs(['--dev', '--port', 'abc'], {}, cwd)).toThrow('--port needs a whole number');
    expect(() => parseBridgeArgs(['--dev', '--port', '70000'], {}, cwd)).toThrow('--port needs a whole number');
    expect(() => parseBridgeArgs(['--dev', '--verbose'], {}, cwd)).toThrow();
  });
});

describe('when the bridge cannot listen', () => {
  it('explains a port in use or not allowed in a plain sentence, and leaves other failures alone', () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:5178'), { code: 'EADDRINUSE' });
    expect(listenProblem(inUse, 5178)).toBe(
      'Port 5178 is already in use, perhaps by another Kindred. Stop that one, or choose another port with --port <n> (0 picks a free one).',
    );
    expect(listenProblem(Object.assign(new Error('x'), { code: 'EACCES' }), 80)).toContain('may not listen on port 80');
    expect(listenProblem(new Error('something else'), 5178)).toBeNull();
    expect(listenProblem(undefined, 5178)).toBeNull();
  });
});
