import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../page/fixture-dom';

export interface DeviceCodeCase {
  readonly file: string;
  readonly expect: 'genuine' | 'lure' | 'quiet';
  readonly provider: string;
  readonly host: string;
  readonly path: string;
}

export const DEVICE_CODE_DIR = join(PAGES_DIR, 'device-code');

export function deviceCodeCases(): DeviceCodeCase[] {
  return (JSON.parse(readFileSync(join(DEVICE_CODE_DIR, 'cases.json'), 'utf8')) as { cases: DeviceCodeCase[] }).cases;
}

export function deviceCodeHtml(file: string): string {
  return readFileSync(join(DEVICE_CODE_DIR, file), 'utf8');
}
