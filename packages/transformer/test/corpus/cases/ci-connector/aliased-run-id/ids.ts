export { newCorrelationId as correlationId } from './correlation';
