// The part of axios the port uses (a local stand-in for the third-party client).
export interface AxiosResponse<T> {
  data: T;
  status: number;
}
export interface AxiosRequestConfig {
  baseURL?: string;
  timeout?: number;
  headers?: Record<string, string>;
}
export interface AxiosInstance {
  get<T = unknown>(url: string): Promise<AxiosResponse<T>>;
  post<T = unknown>(url: string, body?: unknown): Promise<AxiosResponse<T>>;
}
declare const axios: { create(config?: AxiosRequestConfig): AxiosInstance };
export default axios;
