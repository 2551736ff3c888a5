// One MCP tool: its schemas (spec/schemas files, checked by their ahead-of-time validators), what it tells the
// host, and its work. Expected failures are values here: a tool's run() throws the CLI's errors (CliError,
// StateError, ...) and invoke() turns them into the catalog code and message the CLI prints, through the CLI's
// own toFailure(), so an agent reads the same words an operator would.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ErrorCode } from '../../generated/types.js';
import { toFailure } from '../cli/errors.js';
import type { McpContext } from './context.js';

/** MCP's behaviour hints: what a host may tell its user before running the tool. */
export interface ToolAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface ToolFailure {
  code: ErrorCode;
  message: string;
  details: Record<string, unknown> | null;
}

export type ToolOutcome =
  | { data: Record<string, unknown>; error?: undefined }
  | { data?: undefined; error: ToolFailure };

export interface ToolSpec<I, O> {
  name: string;
  title: string;
  description: string;
  /** The spec/schemas file of the arguments (its name) and its generated validator. */
  input: { schema: string; validate: ValidateFunction<I> };
  output: { schema: string; validate: ValidateFunction<O> };
  annotations: ToolAnnotations;
  /** A success may change which swarms this agent is in, hence the list of inbox resources. */
  listChanged?: boolean;
  /** The CLI's wording for an argument the schema refused, where the CLI has one for the same mistake. */
  explain?: (error: ErrorObject, args: Record<string, unknown>) => string | undefined;
  run(args: I, context: McpContext): Promise<O>;
}

/** A tool with its types erased, as the server lists and calls it. */
export interface SwarmTool {
  name: string;
  title: string;
  description: string;
  inputSchema: string;
  outputSchema: string;
  annotations: ToolAnnotations;
  listChanged: boolean;
  /** Checks the arguments, runs the tool, checks its result; never rejects. */
  invoke(args: Record<string, unknown> | undefined, context: McpContext): Promise<ToolOutcome>;
}

export function defineTool<I, O extends object>(spec: ToolSpec<I, O>): SwarmTool {
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    inputSchema: spec.input.schema,
    outputSchema: spec.output.schema,
    annotations: spec.annotations,
    listChanged: spec.listChanged ?? false,
    async invoke(args, context) {
      // A call without arguments is a call with none (MCP lets a client omit `arguments`).
      const given = args ?? {};
      if (!spec.input.validate(given)) {
        return { error: argumentFailure(spec.name, given, spec.input.validate.errors ?? [], spec.explain) };
      }
      let data: O;
      try {
        data = await spec.run(given, context);
      } catch (error) {
        const { code, message, details } = toFailure(error);
        return { error: { code, message, details } };
      }
      // Our own result breaking its schema is a bug: the agent gets an internal error rather than bad data.
      if (!spec.output.validate(data)) {
        const first = spec.output.validate.errors?.[0];
        const where = `${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`;
        return {
          error: {
            code: 'INTERNAL_ERROR',
            message: `${spec.name} produced a result outside its schema: ${where}`,
            details: null,
          },
        };
      }
      return { data: data as Record<string, unknown> };
    },
  };
}

/**
 * Arguments the schema refused: USAGE_ERROR, as every bad argument of the CLI is (nothing was changed), with the
 * JSON pointer of each failure in `details` the way INVALID_FORMAT carries them on the wire.
 */
function argumentFailure(
  tool: string,
  args: Record<string, unknown>,
  errors: readonly ErrorObject[],
  explain: ToolSpec<never, never>['explain'],
): ToolFailure {
  const described = errors.map((error) => ({ pointer: error.instancePath || '/', message: describe(error) }));
  const first = errors[0];
  const message =
    (first && explain?.(first, args)) ??
    `Invalid arguments for ${tool}: ${described.map((e) => `${e.pointer} ${e.message}`).join('; ') || 'refused'}`;
  return { code: 'USAGE_ERROR', message, details: { pointer: described[0]?.pointer ?? '/', errors: described } };
}

function describe(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (params.additionalProperty !== undefined) return `has no argument '${params.additionalProperty}'`;
  if (params.allowedValues) return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return error.message ?? 'is invalid';
}
