// Vitest runs server modules outside React Server Components; the real package would throw there.
export {};
