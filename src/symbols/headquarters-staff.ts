import { polyline } from './path-data.js';
import type { FrameGeometry, RawShape } from './types.js';

/** The APP-6 headquarters staff: a line down from the frame's lower-left corner (or left vertex). */
export function headquartersStaff(frame: FrameGeometry): RawShape {
  const { x, y } = frame.staffAnchor;
  return { kind: 'path', role: 'staff', commands: polyline([x, y, x, frame.box.y1 + 40]) };
}
