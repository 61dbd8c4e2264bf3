import { describe, expect, it } from 'vitest';
import { judgeArrival } from '../../../src/core/device-code/arrival';

const OWN = ['https://login.microsoftonline.com', 'https://microsoft.com', 'https://www.microsoft.com'];

describe('judgeArrival', () => {
  it.each([
    [
      'a lure page as referrer',
      'https://teams-meet.events-portal.example/invite/4471',
      null,
      true,
      'teams-meet.events-portal.example',
    ],
    ['a lure that opened the tab (referrer stripped)', '', 'opaque', true, null],
    ['an opener on another readable origin', '', 'https://chat.example', true, 'chat.example'],
    ['typed or bookmarked', '', null, false, null],
    ['the provider’s own redirect', 'https://www.microsoft.com/', null, false, null],
    [
      'the provider’s own sign-in step',
      'https://login.microsoftonline.com/common/oauth2/deviceauth',
      'https://login.microsoftonline.com',
      false,
      null,
    ],
    ['a malformed referrer', 'not a url', null, false, null],
    ['an opaque referrer', 'data:text/html,x', null, false, null],
  ])('%s', (_name, referrer, openerOrigin, fromElsewhere, site) => {
    expect(judgeArrival({ referrer, openerOrigin }, OWN)).toEqual({ fromElsewhere, site });
  });
});
