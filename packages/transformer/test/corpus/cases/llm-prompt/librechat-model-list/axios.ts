// The part of axios the port uses (a local stand-in for the third-party client).
export interface AxiosResponse<T> {
  data: T;
  status: number;
}
export interface AxiosRequestConfig {
  headers?: Record<string, string>;
  timeout?: number;
}
declare const axios: { get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>> };
export default axios;
