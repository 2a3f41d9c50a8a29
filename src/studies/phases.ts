import type { Phase } from '../../db/schema';

const LINE = /^\s*([a-z0-9][a-z0-9-]{0,39})\s*:\s*(.+?)\s*$/;

/** Parses the phases textarea ("id: label" per line, in order); undefined when a line is malformed or ids repeat. */
export function parsePhases(text: string): Phase[] | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const phases: Phase[] = [];
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    phases.push({ id: m[1]!, label: m[2]! });
  }
  const ids = new Set(phases.map((p) => p.id));
  if (!phases.length || ids.size !== phases.length) return undefined;
  return phases;
}

export function formatPhases(phases: Phase[]): string {
  return phases.map((p) => `${p.id}: ${p.label}`).join('\n');
}
