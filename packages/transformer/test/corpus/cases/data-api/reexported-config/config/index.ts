export { apiConfig, loadApiConfig } from './api';
