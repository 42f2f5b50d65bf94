// Code generated from backend/service/errors.go (Codes) by TestErrorCodesFile; DO NOT EDIT.
// Regenerate: go test ./backend/service -run ErrorCodes -update

/** The codes of the errors the backend answers with (service.Codes). */
export const BACKEND_CODES = ['invalid', 'not_found', 'in_use', 'internal'] as const
