/**
 * oob-charts/data/import: converters from where orders of battle are kept (CSV sheets, ORBAT
 * Mapper scenarios) to the dataset format. A separate entry so that the elements and the
 * script-tag bundle do not carry the CSV parser.
 */
export { fromCSV } from './from-csv.js';
export type { CsvSheets } from './from-csv.js';
export { formatImportProblem } from './report.js';
export type { ImportProblem, ImportProblemCode, ImportResult } from './report.js';
export { fromOrbatMapper, scenarioDay } from './from-orbat-mapper.js';
export { parseSidc, isSidc, normalizeSidc, sidcArm, SIDC_ECHELONS, BUILTIN_LAND_ENTITIES } from './sidc-code.js';
export type { Sidc, SidcContext, SidcStatus, StandardIdentity } from './sidc-code.js';
