// A fresh random seed for a new game (five base-36 characters): the menu's, the exercise set-up's and
// a game started from the URL without one.
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}
