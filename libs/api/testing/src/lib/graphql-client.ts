/** A small GraphQL-over-HTTP client for tests: real requests to a listening API, cookies kept per client. */
export interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
  status: number;
  headers: Headers;
}

export class TestClient {
  accessToken?: string;
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly language = 'nl',
  ) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.language,
        ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResponse<T>['errors'] };
    return { ...body, status: res.status, headers: res.headers };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }
}

export function errorCode(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
