// Reduced from api/server/services/Config/EndpointService.js: endpoint keys read from the
// environment once, at module load.
const isUserProvided = (value?: string) => value === 'user_provided';

const { OPENAI_API_KEY: openAIApiKey } = process.env ?? {};

const userProvidedOpenAI = isUserProvided(openAIApiKey);

export const config = {
  openAIApiKey,
  userProvidedOpenAI,
};
