// origin: danny-avila/LibreChat@00b2d026c1bb6adf52d507b64d7564c289a27255 api/server/services/ModelService.js:26-179 (OpenAI model list, cached in the shared MODEL_QUERIES store under the base URL only; the request carries the deployment's API key and OpenAI organization)
// category: llm-prompt
// note (keyproof, on joining the corpus): the porter also expected the API key (OPENAI_API_KEY, sent as the Authorization header) to need a key decision; the corpus's documented decision is that credentials authenticate and do not shape the answer, so that expectation is not held. The organisation header is.
// decorators: tc39
// expect: KP* OPENAI_ORGANIZATION
// proof: api/server/services/ModelService.js:149 `const cachedModels = await modelsCache.get(baseURL);`
// proof: api/server/services/ModelService.js:87 `options.headers['OpenAI-Organization'] = process.env.OPENAI_ORGANIZATION;`
//
// fetchOpenAIModels hand-rolls the cache: `modelsCache.get(baseURL)` / `modelsCache.set(baseURL,
// models)` around `fetchModels({ apiKey, baseURL, ... })` (getLogStores is Redis when
// USE_REDIS is set, shared by every instance). Ported as the memoised function that section
// is, keyed by `baseURL` as LibreChat keys it. The listed models depend on the API key
// (`openAIApiKey`, from OPENAI_API_KEY, line 127 → the Authorization header, line 79) and on
// OPENAI_ORGANIZATION (org-scoped fine-tunes), neither in the key: two deployments sharing
// the store serve each other's lists. Kept: must fail. `user` is excluded as LibreChat's key
// leaves it out (it goes upstream only with `userIdQuery`, never set on this path).
// Reduction: the Ollama and Anthropic branches of fetchModels (not taken for OpenAI), the
// proxy agent (PROXY) and the token-config side write are left out; the fallback for an
// empty list stays outside the memoised function.
import { memoize } from 'keyproof';

import axios from './axios';
import { config } from './endpoint-config';

enum EModelEndpoint {
  openAI = 'openAI',
  azureOpenAI = 'azureOpenAI',
  assistants = 'assistants',
}

// Simplified stand-in for ~/utils extractBaseURL (keeps the URL up to `/v1`).
const extractBaseURL = (url: string) => {
  const match = url.match(/^(.*?\/v1)(?:\/|$)/);
  return match ? match[1] : url;
};

const { openAIApiKey } = config;

interface ModelsResponse {
  object: 'list';
  data: { id: string; object: 'model'; created: number; owned_by: string }[];
}

const fetchModels = async ({
  user,
  apiKey,
  baseURL,
  name = EModelEndpoint.openAI,
  azure = false,
  userIdQuery = false,
}: {
  user?: string;
  apiKey?: string;
  baseURL: string;
  name?: string;
  azure?: boolean;
  userIdQuery?: boolean;
}): Promise<string[]> => {
  let models: string[] = [];

  if (!baseURL && !azure) {
    return models;
  }

  if (!apiKey) {
    return models;
  }

  try {
    const options: { headers: Record<string, string>; timeout: number } = {
      headers: {},
      timeout: 5000,
    };

    options.headers.Authorization = `Bearer ${apiKey}`;

    if (process.env.OPENAI_ORGANIZATION && baseURL.includes('openai')) {
      options.headers['OpenAI-Organization'] = process.env.OPENAI_ORGANIZATION;
    }

    const url = new URL(`${baseURL}${azure ? '' : '/models'}`);
    if (user && userIdQuery) {
      url.searchParams.append('user', user);
    }
    const res = await axios.get<ModelsResponse>(url.toString(), options);

    const input = res.data;
    models = input.data.map((item) => item.id);
  } catch (error) {
    const logMessage = `Failed to fetch models from ${azure ? 'Azure ' : ''}${name} API`;
    console.error(logMessage, error);
  }

  return models;
};

const openaiBaseURL = 'https://api.openai.com/v1';

/**
 * The models an OpenAI-compatible endpoint lists (LibreChat's MODEL_QUERIES entry for
 * `baseURL`).
 * @excludeFromKey user sent upstream only with userIdQuery, which this call never sets
 */
const fetchOpenAIModelList = memoize(async function fetchOpenAIModelList(
  baseURL: string,
  user?: string,
): Promise<string[]> {
  let models = await fetchModels({
    apiKey: openAIApiKey,
    baseURL,
    user,
    name: EModelEndpoint.openAI,
  });

  if (baseURL === openaiBaseURL) {
    const regex = /(text-davinci-003|gpt-|o\d+-)/;
    const excludeRegex = /audio|realtime/;
    models = models.filter((model) => regex.test(model) && !excludeRegex.test(model));
    const instructModels = models.filter((model) => model.includes('instruct'));
    const otherModels = models.filter((model) => !model.includes('instruct'));
    models = otherModels.concat(instructModels);
  }

  return models;
});

/**
 * Fetches models from the specified API path or Azure, based on the provided options.
 */
export const fetchOpenAIModels = async (
  opts: { user: string; azure?: boolean; assistants?: boolean; plugins?: boolean },
  _models: string[] = [],
) => {
  const models = _models.slice() ?? [];
  let baseURL = openaiBaseURL;
  let reverseProxyUrl = process.env.OPENAI_REVERSE_PROXY;

  if (opts.assistants && process.env.ASSISTANTS_BASE_URL) {
    reverseProxyUrl = process.env.ASSISTANTS_BASE_URL;
  } else if (opts.azure) {
    return models;
  }

  if (reverseProxyUrl) {
    baseURL = extractBaseURL(reverseProxyUrl);
  }

  const fetched = await fetchOpenAIModelList(baseURL, opts.user);

  if (fetched.length === 0) {
    return _models;
  }

  return fetched;
};
