// write-good ships no types; the benchmark only calls the default export.
declare module 'write-good' {
  const writeGood: (text: string, options?: Record<string, boolean>) => Array<{ index: number; offset: number; reason: string }>;
  export default writeGood;
}
