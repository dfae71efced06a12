// write-good ships no types; the bench only calls its one function.
declare module 'write-good' {
  function writeGood(
    text: string,
    options?: Record<string, boolean>,
  ): { index: number; offset: number; reason: string }[]
  export default writeGood
}
