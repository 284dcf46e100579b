/**
 * Which CPU a compiled native module is for, read from its first bytes (ELF, Mach-O or PE header).
 * The packaging hook checks better-sqlite3's .node file with it after rebuilding, so an installer can
 * never ship a driver built for the other architecture (an arm64 Mac app that cannot open its plans).
 */

/** The CPU names electron-builder and Node use. */
export type CpuArch = 'x64' | 'arm64' | 'ia32' | 'armv7l';

export type BinaryArch = { format: 'elf' | 'mach-o' | 'pe'; arch: CpuArch | 'other' } | { format: 'mach-o'; arch: 'universal' };

const ELF_MACHINES: Record<number, CpuArch> = { 3: 'ia32', 40: 'armv7l', 62: 'x64', 183: 'arm64' };
const MACH_O_CPUS: Record<number, CpuArch> = { 0x7: 'ia32', 0xc: 'armv7l', 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES: Record<number, CpuArch> = { 0x14c: 'ia32', 0x1c4: 'armv7l', 0x8664: 'x64', 0xaa64: 'arm64' };

/** The format and CPU of a compiled binary, or null when the bytes are none of the three formats. */
export function binaryArch(bytes: Uint8Array): BinaryArch | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (n: number) => bytes.byteLength >= n;

  // ELF: 0x7f 'E' 'L' 'F'; byte 5 says little (1) or big (2) endian; e_machine at 18.
  if (has(20) && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) {
    const machine = view.getUint16(18, bytes[5] === 1);
    return { format: 'elf', arch: ELF_MACHINES[machine] ?? 'other' };
  }

  // Mach-O, 64- or 32-bit, as written on little-endian Macs (feedfacf / feedface); cputype follows.
  if (has(8)) {
    const magic = view.getUint32(0, true);
    if (magic === 0xfeedfacf || magic === 0xfeedface) {
      return { format: 'mach-o', arch: MACH_O_CPUS[view.getUint32(4, true)] ?? 'other' };
    }
    // A fat (universal) binary holds several; Kindred ships one architecture per dmg.
    if (view.getUint32(0, false) === 0xcafebabe) return { format: 'mach-o', arch: 'universal' };
  }

  // PE: 'MZ', the PE header's offset at 0x3c, then 'PE\0\0' and the machine type.
  if (has(0x40) && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const pe = view.getUint32(0x3c, true);
    if (has(pe + 6) && view.getUint32(pe, false) === 0x50450000) {
      return { format: 'pe', arch: PE_MACHINES[view.getUint16(pe + 4, true)] ?? 'other' };
    }
  }
  return null;
}
