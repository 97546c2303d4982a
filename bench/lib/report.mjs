// Formats the benchmark's figures as Markdown.

/** A Markdown table; `align` has one of 'l' / 'r' per column. */
export function table(header, rows, align = header.map((_, index) => (index === 0 ? 'l' : 'r'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = align.map((side) => (side === 'r' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

export function ms(value) {
  if (value === null || value === undefined) return 'n/a';
  return value >= 100 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1);
}

export function mb(kilobytes) {
  return kilobytes === null || kilobytes === undefined ? 'n/a' : (kilobytes / 1024).toFixed(1);
}

export function count(value) {
  return value === null || value === undefined ? 'n/a' : String(value);
}

export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * `value ÷ base` as `1.23×`. A base of zero (or missing figures) has no ratio: counts then show
 * the difference (`+34`), times `n/a`. `minBase` is the smallest base worth dividing by (a time
 * printed in 10 ms steps says little when it is 10 or 20 ms).
 */
export function ratio(value, base, { difference = false, minBase = 0 } = {}) {
  if (value === null || base === null || value === undefined || base === undefined) return 'n/a';
  if (base === 0) return difference ? `+${value}` : 'n/a';
  if (base < minBase || base < 0) return 'n/a';
  return `${(value / base).toFixed(2)}×`;
}

/** The smallest time (ms) a ratio is computed from: five of the compiler's printing steps. */
export function minTime(compiler) {
  return 5 * compiler.stepMs;
}

export function onOff(skipLibCheck) {
  return skipLibCheck ? 'on' : 'off';
}

export function duration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

/**
 * Writes `section` (which starts with `start` and ends with `end`) into the Markdown `file`,
 * replacing what stood between those markers, or appending it the first time. Other sections stay.
 */
export async function writeSection(file, start, end, section) {
  const { readFile, writeFile } = await import('node:fs/promises');
  const current = await readFile(file, 'utf8');
  const begin = current.indexOf(start);
  const stop = current.indexOf(end);
  const next =
    begin !== -1 && stop > begin
      ? `${current.slice(0, begin)}${section}${current.slice(stop + end.length)}`
      : `${current.replace(/\n*$/, '\n')}\n${section}\n`;
  await writeFile(file, next);
}
