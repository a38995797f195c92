export { armIcon } from './arm-icon.js';
export { echelonMark, ECHELON_GAP, ECHELON_HEIGHT } from './echelon-mark.js';
export { frameGeometry } from './frame.js';
export { headquartersStaff } from './headquarters-staff.js';
export { letterPaths } from './letters.js';
export { pathData, polyline } from './path-data.js';
export { unitSymbol } from './unit-symbol.js';
export type { UnitSymbolOptions } from './unit-symbol.js';
export type { Box, FrameGeometry, PathCommand, RawShape, SymbolRole, SymbolShape, UnitSymbol } from './types.js';
export {
  landUnitSidc,
  sidcDrawing,
  sidcSymbolInputs,
  sidcWithEchelon,
  parseSidc,
  isSidc,
  normalizeSidc,
  BUILTIN_LAND_ENTITIES,
  SIDC_ECHELONS,
} from './sidc.js';
export type { Sidc, SidcDrawing, SidcSymbolInputs } from './sidc.js';
