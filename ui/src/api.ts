// The typed commands: one function per command of the Rust command table
// (crates/reach-app/src/command_table.rs), generated into ./generated-commands.ts with argument
// and result types from the generated bindings. Errors arrive as `AppError` ({code, message, …}).

import type { AppError } from "./generated";
import { commands } from "./generated-commands";

export const api = commands;

/** Any thrown value as an AppError. */
export function asError(e: unknown): AppError {
  if (e && typeof e === "object" && "code" in e && "message" in e) return e as AppError;
  return { code: "internal", message: String(e), field: null, rows: [], bad_rows: null };
}
