// Camera setups: shots filmed from the same position with the same size and lens share one setup.
import type { Shot } from '../../src-preload/contract/entities';

/** What a setup is made of; the camera position is read from the angle (height and direction of the camera). */
export type SetupShot = Pick<Shot, 'id' | 'angle' | 'size' | 'lensMm'>;

/**
 * The setup key of a shot: position (angle), size and lens. Two shots with one key are filmed without moving
 * or re-lensing the camera, so the crew lights once for both.
 */
export function setupKeyOf(shot: SetupShot): string {
  return `${shot.angle}|${shot.size}|${shot.lensMm ?? ''}`;
}

/** The letter part of a setup label: A…Z, then Z1, Z2… (a scene with more than 26 setups is rare but valid). */
function setupLetter(n: number): string {
  return n < 26 ? String.fromCharCode(65 + n) : `Z${n - 25}`;
}

/**
 * Labels the setups of one scene's shots (in shooting order): `3A`, `3B`… lettered in order of first use.
 * Returns shot id → setup label.
 */
export function assignSetups(sceneNumber: number, shots: readonly SetupShot[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byShot = new Map<string, string>();
  for (const shot of shots) {
    const key = setupKeyOf(shot);
    let label = labels.get(key);
    if (!label) {
      label = `${sceneNumber}${setupLetter(labels.size)}`;
      labels.set(key, label);
    }
    byShot.set(shot.id, label);
  }
  return byShot;
}
