import { executeServerCommand } from '@web/test-runner-commands';

/** CSS media features to emulate, e.g. `{ 'forced-colors': 'active', 'prefers-color-scheme': 'dark' }`. */
export type MediaFeatures = Partial<
  Record<'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion' | 'prefers-contrast', string>
>;

/** Emulates media features (and optionally `print`); replaces any earlier emulation. */
export async function emulateMediaFeatures(features: MediaFeatures, media?: 'print' | 'screen'): Promise<void> {
  await executeServerCommand('oob-media', { features, media });
}

/** Back to no emulation. */
export async function resetMedia(): Promise<void> {
  await executeServerCommand('oob-media', { features: {} });
}
