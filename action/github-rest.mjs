// @ts-check
/**
 * The GitHub REST endpoints the keyproof action uses, and nothing else: list, create and update
 * a pull request's issue comments; find and download an artifact. Plain `fetch`, no
 * dependencies: the action runs on the runner's own Node.
 */

/**
 * @param {{ apiUrl: string, token: string, repository: string }} options
 */
export function githubRest({ apiUrl, token, repository }) {
  const base = apiUrl.replace(/\/$/, '');
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'keyproof-action',
  };

  /** @param {string} method @param {string} url @param {unknown} [body] */
  async function call(method, url, body) {
    const send = () =>
      fetch(url.startsWith('http') ? url : `${base}${url}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    // A kept-alive connection the server closed while keyproof ran fails before any answer:
    // a GET is sent again once on a fresh one (a POST or PATCH never is: it might have landed).
    const res = await send().catch((/** @type {unknown} */ error) => {
      if (method === 'GET' && error instanceof TypeError) return send();
      throw error;
    });
    if (!res.ok) {
      const text = await res.text();
      throw new Error(
        `GitHub API ${method} ${url} answered ${res.status}: ${text.slice(0, 300)}${res.status === 403 ? '\nFix: give the workflow `permissions: pull-requests: write` (and `actions: read` for a stats artifact).' : ''}`,
      );
    }
    return res;
  }

  /** Every page of a list endpoint, following the `Link: <…>; rel="next"` header. @param {string} first */
  async function* pages(first) {
    /** @type {string | undefined} */
    let url = first;
    while (url !== undefined) {
      const res = await call('GET', url);
      yield/** @type {any[]} */ (await res.json());
      url = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
    }
  }

  return {
    /** @param {number} issue @returns {Promise<Array<{ id: number, body: string, user?: { login: string } }>>} */
    async listComments(issue) {
      const all = [];
      for await (const page of pages(`/repos/${repository}/issues/${issue}/comments?per_page=100`)) all.push(...page);
      return all;
    },
    /** @param {number} issue @param {string} body @returns {Promise<{ id: number }>} */
    async createComment(issue, body) {
      return /** @type {any} */ (
        await (await call('POST', `/repos/${repository}/issues/${issue}/comments`, { body })).json()
      );
    },
    /** @param {number} id @param {string} body @returns {Promise<{ id: number }>} */
    async updateComment(id, body) {
      return /** @type {any} */ (
        await (await call('PATCH', `/repos/${repository}/issues/comments/${id}`, { body })).json()
      );
    },
    /**
     * The newest unexpired artifact called `name`, from a run on `branch` when one has it.
     * @param {string} name @param {string | undefined} branch
     * @returns {Promise<{ id: number, archive_download_url: string } | undefined>}
     */
    async findArtifact(name, branch) {
      const res = await call(
        'GET',
        `/repos/${repository}/actions/artifacts?name=${encodeURIComponent(name)}&per_page=100`,
      );
      const { artifacts } =
        /** @type {{ artifacts: Array<{ id: number, expired: boolean, archive_download_url: string, workflow_run?: { head_branch?: string } }> }} */ (
          await res.json()
        );
      const live = artifacts.filter((a) => !a.expired);
      return live.find((a) => branch !== undefined && a.workflow_run?.head_branch === branch) ?? live[0];
    },
    /** The artifact's zip archive (GitHub answers with a redirect to storage). @param {string} url */
    async download(url) {
      return Buffer.from(await (await call('GET', url)).arrayBuffer());
    },
  };
}
