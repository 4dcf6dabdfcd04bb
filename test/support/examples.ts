import { readdirSync, readFileSync, existsSync } from 'node:fs';

export interface Example {
  name: string;
  query: string;
  variables: Record<string, unknown> | undefined;
}

/** Every examples/*.graphql with its sibling .json variables, if any. */
export function loadExamples(dir = 'examples'): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const json = `${dir}/${name}.json`;
      return {
        name,
        query: readFileSync(`${dir}/${file}`, 'utf8'),
        variables: existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>) : undefined,
      };
    });
}
