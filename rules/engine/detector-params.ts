// Checks of a rule's params that several detectors share. The message names the detector and the
// param, so the author of a rule set sees which rule to fix.

const isString = (item: unknown): item is string => typeof item === 'string';

/** Throws unless `params[key]` is absent or a list whose every item passes `isItem`. */
export function checkOptionalList(
  params: Record<string, unknown>,
  detectorId: string,
  key: string,
  what: string,
  isItem: (item: unknown) => boolean = isString,
): void {
  const value = params[key];
  if (value !== undefined && (!Array.isArray(value) || !value.every(isItem))) throw new Error(`${detectorId}: params.${key} must be a list of ${what}`);
}
