/** The product's name and version (a test keeps this equal to package.json's version). */
export const serverInfo = { name: 'gongwen', version: '0.1.0' } as const;
