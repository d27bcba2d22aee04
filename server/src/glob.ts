/** Glob patterns (`**`, `*`, `?`) matched against a path relative to a workspace folder. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // **/ matches any number of folders, including none
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether `relativePath` (with / separators) matches any of the patterns. */
export function matchesAny(relativePath: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => globToRegExp(p.replace(/^\.\//, '')).test(relativePath));
}
