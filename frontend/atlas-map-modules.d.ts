// Type declaration for the Natural Earth borders, which world-atlas ships as plain TopoJSON.

declare module 'world-atlas/countries-50m.json' {
  const topology: unknown;
  export default topology;
}
