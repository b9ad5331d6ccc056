/** A value from an event's payload that names one of the keys of a translated section (a status, a role…). */
export const keyOf = <T extends object>(section: T, value: unknown): value is keyof T & string => typeof value === 'string' && Object.hasOwn(section, value);
