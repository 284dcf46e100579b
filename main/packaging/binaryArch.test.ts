import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryArch } from './binaryArch';

/** The first 4 KB of a file: every header binaryArch reads is within them. */
function head(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(4096);
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** A 64-bit little-endian Mach-O header with the given CPU type. */
function machO(cpuType: number): Uint8Array {
  const bytes = new Uint8Array(32);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xfeedfacf, true);
  view.setUint32(4, cpuType, true);
  return bytes;
}

/** A minimal PE image: the DOS stub's pointer at 0x3c, then "PE\0\0" and the machine type. */
function pe(machine: number, headerAt = 0x80): Uint8Array {
  const bytes = new Uint8Array(headerAt + 24);
  const view = new DataView(bytes.buffer);
  bytes.set([0x4d, 0x5a]);
  view.setUint32(0x3c, headerAt, true);
  bytes.set([0x50, 0x45, 0, 0], headerAt);
  view.setUint16(headerAt + 4, machine, true);
  return bytes;
}

describe('binaryArch', () => {
  it('reads the CPU of real binaries on this machine: node itself and the installed better-sqlite3 driver', () => {
    const expected = { x64: 'x64', arm64: 'arm64' }[process.arch as 'x64' | 'arm64'];
    const format = { linux: 'elf', darwin: 'mach-o', win32: 'pe' }[process.platform as 'linux' | 'darwin' | 'win32'];
    expect(binaryArch(head(process.execPath))).toEqual({ format, arch: expected });
    const sqlite = join(createRequire(import.meta.url).resolve('better-sqlite3/package.json'), '..', 'build', 'Release', 'better_sqlite3.node');
    expect(binaryArch(head(sqlite))).toEqual({ format, arch: expected });
  });

  it('tells x64 from arm64 in Mac and Windows binaries', () => {
    expect(binaryArch(machO(0x01000007))).toEqual({ format: 'mach-o', arch: 'x64' });
    expect(binaryArch(machO(0x0100000c))).toEqual({ format: 'mach-o', arch: 'arm64' });
    expect(binaryArch(pe(0x8664))).toEqual({ format: 'pe', arch: 'x64' });
    expect(binaryArch(pe(0xaa64))).toEqual({ format: 'pe', arch: 'arm64' });
    expect(binaryArch(pe(0x14c, 0x40))).toEqual({ format: 'pe', arch: 'ia32' });
  });

  it('reads big-endian ELF headers as well as little-endian ones', () => {
    const elf = new Uint8Array(64);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 2]);
    new DataView(elf.buffer).setUint16(18, 183, false);
    expect(binaryArch(elf)).toEqual({ format: 'elf', arch: 'arm64' });
  });

  it('calls a universal Mac binary universal, and an unknown CPU other', () => {
    const fat = new Uint8Array(8);
    new DataView(fat.buffer).setUint32(0, 0xcafebabe, false);
    expect(binaryArch(fat)).toEqual({ format: 'mach-o', arch: 'universal' });
    expect(binaryArch(machO(0x12))).toEqual({ format: 'mach-o', arch: 'other' });
  });

  it('answers null for anything that is not a binary, however short', () => {
    expect(binaryArch(new Uint8Array())).toBeNull();
    expect(binaryArch(new TextEncoder().encode('MZ but only text, not a program at all, long enough to look'))).toBeNull();
    expect(binaryArch(new TextEncoder().encode('{"name":"better-sqlite3"}'))).toBeNull();
    // A PE pointer past the end of the file.
    const truncated = pe(0x8664).subarray(0, 0x84);
    expect(binaryArch(truncated)).toBeNull();
  });
});
