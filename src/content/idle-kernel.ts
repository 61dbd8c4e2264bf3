import { DEVICE_LOGIN_TEXT, printsDeviceLogin } from '../core/page/device-text';
import { DEFAULT_GATE_KEYWORDS, GATE_SAMPLE_LENGTH, shouldWake, wakeSignals } from '../core/page/wake-gate';
import { CREDENTIAL_INPUT_SELECTOR, POST_FORM_SELECTOR } from '../core/page/gate-selectors';
import { capLength, normalizeText, stripInvisible } from '../core/page/normalize-text';
import { extensionFileUrl, runtimeApi } from './extension-api';
import { isEditable, isTopWithFrames, SETTLE_MS, watchUntilWake } from './idle-watch';

/**
 * The idle script's modules that the wake module uses too, by source path, with all their exports. The idle
 * script leaves them on its global before it imports the wake module, and the wake module's build reads them from
 * there instead of carrying a second copy (`scripts/idle-kernel-plugin.ts`): that copy would push everything the
 * content script loads past its 15 kB budget. The global is the content script's world's, which pages cannot see.
 * Built only on wake: an ordinary page pays for none of it. A unit test holds each list to its module's exports.
 */
export function idleKernel(): Readonly<Record<string, object>> {
  return {
    'src/core/page/device-text.ts': { DEVICE_LOGIN_TEXT, printsDeviceLogin },
    'src/core/page/wake-gate.ts': { DEFAULT_GATE_KEYWORDS, GATE_SAMPLE_LENGTH, shouldWake, wakeSignals },
    'src/core/page/gate-selectors.ts': { CREDENTIAL_INPUT_SELECTOR, POST_FORM_SELECTOR },
    'src/core/page/normalize-text.ts': { capLength, normalizeText, stripInvisible },
    'src/content/extension-api.ts': { extensionFileUrl, runtimeApi },
    'src/content/idle-watch.ts': { isEditable, isTopWithFrames, SETTLE_MS, watchUntilWake },
  };
}

export const IDLE_KERNEL_GLOBAL = 'consentGuardIdleKernel';
