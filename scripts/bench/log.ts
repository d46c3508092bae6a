/** The benchmark's progress lines and units. */
export const log = (message: string) => console.log(`[bench] ${message}`);
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
