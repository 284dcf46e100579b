import { describe, expect, it } from 'vitest';
import { networkRequests } from './netLog';

describe('reading the net log', () => {
  it('lists each network request once, loopback included, and none of the app’s own', () => {
    const log = `{"constants":{},"events":[
      {"params":{"url":"app://kindred/index.html"}},
      {"params":{"url":"file:///C:/Program%20Files/Kindred/resources/dictionaries/en-GB-10-1.bdic"}},
      {"params":{"url":"https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic"}},
      {"params":{"url": "https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic"}},
      {"params":{"url":"data:image/png;base64,AAAA"}},
      {"params":{"url":"http://127.0.0.1:9222/json"}}`;
    expect(networkRequests(log)).toEqual(['https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic', 'http://127.0.0.1:9222/json']);
  });

  it('finds nothing in a log of local requests only', () => {
    expect(networkRequests('{"events":[{"params":{"url":"app://kindred/assets/app.js"}}]}')).toEqual([]);
  });
});
