/**
 * Runs `work` with these environment variables set (undefined: unset), and puts back what was
 * there after: for code that reads process.env itself, as the AWS SDK's credential chain does.
 */
export async function withEnv<T>(vars: Readonly<Record<string, string | undefined>>, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  try {
    return await work();
  } finally {
    apply(before);
  }
}
