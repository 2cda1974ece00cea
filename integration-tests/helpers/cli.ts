import { spawn } from "node:child_process"
import path from "node:path"

export const ROOT = path.resolve(__dirname, "..", "..")

export type Run = { code: number | null; stdout: string; stderr: string }

/** The environment of a command as a user would run it: ours, minus Redis, plus `extra` (undefined unsets). */
export function commandEnv(extra: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = { ...process.env, REDIS_URL: undefined, ...extra }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  return env as NodeJS.ProcessEnv
}

/** Runs `node scripts/<script> <args>` to its end. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, env: commandEnv(env) })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("exit", (code) => resolve({ code, stdout, stderr }))
  })
}

/** The command failed with exactly one line on stderr, `Error: …` matching `pattern`, and no stack trace. */
export function expectOneLineError(result: Run, pattern: RegExp) {
  expect(result.code).toBe(1)
  const lines = result.stderr.trim().split("\n")
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^Error: /)
  expect(lines[0]).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}
