/** crxjs: `import file from './x.ts?script'` gives the built file name of a script for scripting.executeScript. */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
