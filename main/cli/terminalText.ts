/**
 * Text from a plan file, made safe to print to a terminal. A plan file can come from anyone, and a
 * name or reason holding ESC, a C1 control or an OSC sequence could recolour the terminal, rename
 * its window, hide lines or (on some terminals) do worse. So every control character is shown
 * escaped, as a person reading the output can see it: \n, \r, \t by name, the rest as \xHH or \uHHHH.
 * The bidirectional overrides and isolates are escaped too: they can make text read differently
 * from what it is ("Trojan Source"). --json output is left to JSON.stringify, which escapes C0.
 */

// C0 controls, DEL and the C1 controls; the bidi embeddings, overrides and isolates; line and
// paragraph separators, which some terminals treat as new lines.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every control character shown escaped; ordinary text, accents and emoji unchanged. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
