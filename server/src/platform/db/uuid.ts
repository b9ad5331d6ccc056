const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach SQL, where a malformed uuid is an error, not "not found". */
export const isUuid = (value: string): boolean => UUID.test(value);
